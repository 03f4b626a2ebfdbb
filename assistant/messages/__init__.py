"""Every sentence the answer engine says, in Korean and English, looked up by key.

`say(key, lang, **values)` formats one message; a missing Korean text falls back to English.
"""

from __future__ import annotations

from assistant.messages.answers import ANSWERS

CATALOGUE: dict[str, dict[str, str]] = {**ANSWERS}


def say(key: str, lang: str, **values: object) -> str:
    texts = CATALOGUE[key]
    text = texts.get(lang) or texts["en"]
    return text.format(**values) if values else text
