"""Every sentence the answer engine says, in Korean and English, looked up by key.

`say(key, lang, **values)` formats one message; a missing Korean text falls back to English.
"""

from __future__ import annotations

from assistant.messages.answers import ANSWERS
from assistant.messages.documents import DOCUMENTS

CATALOGUE: dict[str, dict[str, str]] = {**ANSWERS, **DOCUMENTS}


def say(key: str, lang: str, **values: object) -> str:
    texts = CATALOGUE[key]
    text = texts.get(lang) or texts["en"]
    return text.format(**values) if values else text


def page_label(source: str, page: int | None, lang: str) -> str:
    """ "p. 12" for a PDF page, "slide 3" for a PowerPoint slide, "" for a file without pages."""
    if not page:
        return ""
    return say("cite.slide" if source.lower().endswith(".pptx") else "cite.page", lang, n=page)


def located(source: str, page: int | None, lang: str) -> str:
    """A citation's file with its page when it has one: "corpus/documents/x/a.pdf, p. 12"."""
    label = page_label(source, page, lang)
    return f"{source}, {label}" if label else source
