"""Every sentence a user reads, in Korean and English, looked up by key: `say(key, lang, **values)`.

One catalogue, grouped by who speaks: the answer engine (bare keys, answers.py), and under a namespace
the advisors (`rec.`), the review report (`review.`), the Streamlit app (`ui.`), the HTTP server
(`server.`), the terminal (`cli.`), the learning path (`learn.`), ingest (`ingest.`) and the store's
health (`store.`). A translator reads one folder; tests/test_messages.py checks that every key has both
languages with the same placeholders and is used.
"""

from __future__ import annotations

import re

from assistant.messages.answers import ANSWERS
from assistant.messages.cli import CLI
from assistant.messages.documents import DOCUMENTS
from assistant.messages.errors import ERRORS
from assistant.messages.ingest import INGEST
from assistant.messages.learn import LEARN
from assistant.messages.recommend import RECOMMEND
from assistant.messages.review import REVIEW
from assistant.messages.server import SERVER
from assistant.messages.store import STORE
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
    DOCUMENTS,
    _namespaced("rec", RECOMMEND),
    _namespaced("review", REVIEW),
    _namespaced("ui", UI),
    _namespaced("server", SERVER),
    _namespaced("learn", LEARN),
    _namespaced("cli", CLI),
    _namespaced("errors", ERRORS),
    _namespaced("ingest", INGEST),
    _namespaced("store", STORE),
)


def say(key: str, lang: str, /, **values: object) -> str:
    """The sentence for `key` in `lang` ("ko" or "en"; anything else reads English), filled with `values`."""
    texts = CATALOGUE[key]
    if lang == "ko":
        return particles(texts["ko"].format(**values))
    return texts["en"].format(**values)


def said_pattern(*keys: str) -> re.Pattern[str]:
    """What the sentences for `keys` (with at most a `{what}` to fill) look like once said, in either language, the
    `{what}` as any text: for telling a reply of the assistant's own kind ("a decline") from its text."""
    filled = re.escape("\0")
    sentences = (say(key, lang, what="\0") for key in keys for lang in LANGS)
    return re.compile("|".join(re.escape(s).replace(filled, ".+") for s in sentences))


# A Korean particle written for both kinds of noun ("을(를)") after a name filled in at run time.
_PAIRED = re.compile(r"(을\(를\)|이\(가\)|은\(는\)|과\(와\)|으로\(로\)|이에요\(예요\))")
_AFTER_CONSONANT = {
    "을(를)": "을",
    "이(가)": "이",
    "은(는)": "은",
    "과(와)": "과",
    "으로(로)": "으로",
    "이에요(예요)": "이에요",
}
_AFTER_VOWEL = {
    "을(를)": "를",
    "이(가)": "가",
    "은(는)": "는",
    "과(와)": "와",
    "으로(로)": "로",
    "이에요(예요)": "예요",
}


def particles(text: str) -> str:
    """ "TAM을(를)" -> "TAM을", "Enterprise Support은(는)" -> "Enterprise Support는": the particle that fits how
    the word before it ends when read aloud (a final consonant or not; Latin words as Koreans read them)."""

    def pick(m: re.Match[str]) -> str:
        before = _spoken_end(text[: m.start()])
        if before is None:
            return m.group(0)
        table = _AFTER_CONSONANT if before else _AFTER_VOWEL
        if m.group(0) == "으로(로)" and before == "ㄹ":
            return "로"
        return table[m.group(0)]

    return _PAIRED.sub(pick, text)


def with_particle(word: str, particle: str) -> str:
    """ "자격증" + "는" -> "자격증은": a particle as typed after a word, in the form that fits the word."""
    pair = next((p for p in _AFTER_CONSONANT if particle in (_AFTER_CONSONANT[p], _AFTER_VOWEL[p])), None)
    return particles(word + pair) if pair else word + particle


def _spoken_end(before: str) -> str | bool | None:
    """Does the text end, read aloud, with a final consonant? "ㄹ" for a final ㄹ; None when unclear."""
    word = before.rstrip().rstrip("”’\"'」』")  # ("“지정(전담) TAM”을(를)": the quoted word's own end)
    if word.endswith(")") and "(" in word:  # "TAM(기술 계정 관리자)": the particle follows the name before it
        word = word[: word.rindex("(")].rstrip()
    if not word:
        return None
    last = word[-1]
    if "\uac00" <= last <= "\ud7a3":
        final = (ord(last) - 0xAC00) % 28
        return "ㄹ" if final == 8 else final != 0
    if last == "+":  # "Business Support+": 플러스
        return False
    if last.isdigit():  # 일, 칠, 팔 end in ㄹ; 영, 삼, 육 in another consonant; the rest in a vowel
        return "ㄹ" if last in "178" else last in "036"
    if last.isalpha() and last.isascii():
        token = re.search(r"[A-Za-z]+$", word)
        if token and token.group(0).isupper() and len(token.group(0)) <= 6:
            # (an acronym is read letter by letter: 엘, 알 end in ㄹ; 엠, 엔 in another consonant; the rest, "CDK"
            # 씨디케이, in a vowel)
            return "ㄹ" if last in "LR" else last in "MN"
        low = word.casefold()
        if low.endswith(("ng", "m", "n")):
            return True
        if low.endswith("l"):
            return "ㄹ"
        return low[-1] in "bkp" and len(low) <= 4  # short acronyms read letter by letter end in a vowel
    return None


def bilingual(key: str, /, **values: object) -> str:
    """ "English / 한국어" in one line, for what is said before a reader's language is known (errors, status)."""
    return " / ".join(say(key, lang, **values) for lang in LANGS)


def both(key: str, /, **values: object) -> dict[str, str]:
    """The sentence in every language, for answers that carry both (server errors, exported files)."""
    return {lang: say(key, lang, **values) for lang in LANGS}


def kinds(n: int, lang: str) -> str:
    """A count of kinds as the answer shapes in ANSWERS.md write it: "7가지" in Korean, "7" in English (a
    figure on line 1 is read at a glance; native numerals, "일곱 가지", are read in corpus sentences)."""
    return f"{n}가지" if lang == "ko" else str(n)


# the "Yes." or "No." a yes-or-no answer opens with, in either language (with the space after it)
VERDICT_OPENING = re.compile(
    "|".join(re.escape(say(k, lang, text="").strip()) + r"\s*" for k in ("verdict.yes", "verdict.no") for lang in LANGS)
)
