"""Every sentence a user reads, in Korean and English, looked up by key: `say(key, lang, **values)`.

One catalogue, grouped by who speaks: the answer engine (bare keys, answers.py), and under a namespace
the advisors (`rec.`), the review report (`review.`), the Streamlit app (`ui.`), the HTTP server
(`server.`), the terminal (`cli.`) and the learning path (`learn.`). A translator reads one folder;
tests/test_messages.py checks that every key has both languages with the same placeholders and is used.
"""

from __future__ import annotations

from assistant.messages.answers import ANSWERS
from assistant.messages.cli import CLI
from assistant.messages.errors import ERRORS
from assistant.messages.learn import LEARN
from assistant.messages.recommend import RECOMMEND
from assistant.messages.review import REVIEW
from assistant.messages.server import SERVER
from assistant.messages.ui import UI

LANGS = ("en", "ko")
Texts = dict[str, str]


def _namespaced(name: str, texts: dict[str, Texts]) -> dict[str, Texts]:
    return {f"{name}.{key}": value for key, value in texts.items()}


def _merge(*groups: dict[str, Texts]) -> dict[str, Texts]:
    """One dict; a key defined twice is a mistake that would silently shadow a sentence, so it raises."""
    merged: dict[str, Texts] = {}
    for group in groups:
        if clash := merged.keys() & group.keys():
            raise KeyError(f"message keys defined twice: {sorted(clash)}")
        merged |= group
    return merged


CATALOGUE: dict[str, Texts] = _merge(
    ANSWERS,
    _namespaced("rec", RECOMMEND),
    _namespaced("review", REVIEW),
    _namespaced("ui", UI),
    _namespaced("server", SERVER),
    _namespaced("learn", LEARN),
    _namespaced("cli", CLI),
    _namespaced("errors", ERRORS),
)


def say(key: str, lang: str, **values: object) -> str:
    """The sentence for `key` in `lang` ("ko" or "en"; anything else reads English), filled with `values`."""
    texts = CATALOGUE[key]
    text = texts["ko"] if lang == "ko" else texts["en"]
    return text.format(**values)


def bilingual(key: str, **values: object) -> str:
    """ "English / 한국어" in one line, for what is said before a reader's language is known (errors, status)."""
    return " / ".join(say(key, lang, **values) for lang in LANGS)


def both(key: str, **values: object) -> dict[str, str]:
    """The sentence in every language, for answers that carry both (server errors, exported files)."""
    return {lang: say(key, lang, **values) for lang in LANGS}
