"""The message catalogue: every key in both languages, the same placeholders in each, and every key used."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from assistant.messages import CATALOGUE, LANGS, _merge, say

ROOT = Path(__file__).resolve().parents[1]
NAMESPACES = (
    "rec",
    "review",
    "ui",
    "server",
    "learn",
    "cli",
    "errors",
    "ingest",
    "store",
)  # adapters prefix these (`t("x")` reads "ui.x")


def fields(text: str) -> set[str]:
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_key_has_korean_and_english_text():
    missing = [(key, lang) for key, texts in CATALOGUE.items() for lang in LANGS if not texts.get(lang, "").strip()]
    extra = [key for key, texts in CATALOGUE.items() if set(texts) - set(LANGS)]
    assert not missing and not extra


def test_placeholders_are_the_same_in_both_languages():
    differ = {
        key: (fields(t["en"]), fields(t["ko"])) for key, t in CATALOGUE.items() if fields(t["en"]) != fields(t["ko"])
    }
    assert not differ


def test_a_key_defined_twice_is_refused():
    with pytest.raises(KeyError, match="twice"):
        _merge({"a": {"en": "A", "ko": "가"}}, {"a": {"en": "B", "ko": "나"}})


def test_say_fills_the_language_asked_and_reads_english_otherwise():
    assert say("rec.gains", "ko", to="Business", items="TAM") == "Business 플랜으로 얻는 것: TAM."
    assert say("rec.gains", "en", to="Business", items="TAM") == "Gains with Business: TAM."
    assert say("rec.gains", "fr", to="X", items="Y") == say("rec.gains", "en", to="X", items="Y")
    assert say("server.no_user_message", "en").endswith('{"role": "user", "content": ...}.')  # braces unescaped


def _literals() -> tuple[set[str], set[str]]:
    """Every string constant in the code that reads the catalogue, and the constant heads of f-strings
    (f"sev.{s}" can reach every "sev." key); a constant plus an f-string's constant tail counts as one
    constant (f"{key}.retiring" with key "plans.with" reads "plans.with.retiring")."""
    consts: set[str] = set()
    heads: set[str] = set()
    tails: set[str] = set()
    files = [*(ROOT / "assistant").rglob("*.py"), *(ROOT / "ui").rglob("*.py"), *(ROOT / "ingest").rglob("*.py")]
    for path in files:
        if "messages" in path.relative_to(ROOT).parts[:2]:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                consts.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                heads.add(str(node.values[0].value))
            if isinstance(node, ast.JoinedStr) and isinstance(node.values[-1], ast.Constant):
                tails.add(str(node.values[-1].value))
    consts |= {c + t for c in consts if "." in c and c.isascii() for t in tails if t.startswith(".")}
    return consts, heads - {f"{ns}." for ns in NAMESPACES}  # a bare namespace head is an adapter, not a use


def test_every_key_is_used():
    consts, heads = _literals()

    def used(key: str) -> bool:
        ns, _, bare = key.partition(".")
        names = {key, bare} if ns in NAMESPACES else {key}
        return bool(names & consts) or any(n.startswith(h) for n in names for h in heads if h)

    assert sorted(k for k in CATALOGUE if not used(k)) == []


def test_korean_particles_follow_the_word_before_them():
    from assistant.messages import particles

    assert particles("TAM(기술 계정 관리자)을(를) 제공") == "TAM(기술 계정 관리자)을 제공"
    assert particles("Enterprise Support은(는)") == "Enterprise Support는"
    assert particles("플랜은(는) 2개") == "플랜은 2개"
    assert particles("Business Support+은(는)") == "Business Support+는"
    assert particles("SEC01은(는) REL05은(는)") == "SEC01은 REL05는"
    assert particles("#1으로(로) #3으로(로) #2으로(로)") == "#1로 #3으로 #2로"  # 일 ends in ㄹ, 삼 in ㅁ, 이 in a vowel
    # a quoted word: the particle fits the word inside the quotes
    assert particles("“지정(전담) TAM”을(를) 충족") == "“지정(전담) TAM”을 충족"
    assert particles("“24시간 지원”을(를)") == "“24시간 지원”을"
