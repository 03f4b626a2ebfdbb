"""Facts the quizzes ask about that live in the summaries' prose rather than in the catalog YAML.

Design principles (general and per pillar, with their names in both languages), the pillars'
common anti-patterns and the "how to use this assistant" guide are read from their sections here,
so a question about them always quotes the section that states them. Korean bullets name a principle
as "한국어(English): ...", which pairs the two languages without a hand-kept table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.catalog import SectionRef, load_catalog
from assistant.sections import read_sections

GUIDE_DIR = Path(__file__).with_name("guide")
_KO_NAMED = re.compile(r"^-\s*(?P<ko>[^(:]+?)\s*\((?P<en>[^)]+)\)\s*:\s*(?P<rest>.+)$")
_BULLET = re.compile(r"^-\s+(?P<body>.+)$")
_QUOTED = re.compile(r"\"([^\"]+)\"|“([^”]+)”")


@dataclass(frozen=True)
class Principle:
    id: str  # "<group>:<english name, lower case>"
    group: str  # a pillar id, or "general"
    name: dict[str, str]  # by language
    summary: dict[str, str]  # what it says, without its name, by language
    ref: dict[str, SectionRef]  # the section that lists it, by language


@dataclass(frozen=True)
class AntiPattern:
    pillar: str
    text: str  # the bullet, one language
    ref: SectionRef


@dataclass(frozen=True)
class Feature:
    """One line of the assistant guide: a command or page and what it is for."""

    name: str  # e.g. `wa-assistant ask`
    purpose: str
    ref: SectionRef


def _sections(corpus: Path, source: str) -> dict[str, str]:
    return read_sections(corpus.joinpath(*source.split("/")[1:]))


def _find(sections: dict[str, str], suffix: str) -> str:
    return next(k for k in sections if k.endswith(suffix))


def _pillar_name(corpus: Path, pillar: str, lang: str) -> str:
    p = next(p for p in load_catalog(corpus).review.pillars if p.id == pillar)
    return getattr(p.name, lang)


@lru_cache(maxsize=4)
def principles(corpus: Path) -> tuple[Principle, ...]:
    """Each pillar's design principles, then the framework's general ones, in corpus order."""
    out: list[Principle] = []
    for p in load_catalog(corpus).review.pillars:
        src = {lang: f"corpus/summaries/{lang}/pillar-{p.id}.md" for lang in ("en", "ko")}
        secs = {lang: _sections(corpus, src[lang]) for lang in src}
        head = {
            "en": _find(secs["en"], f"{p.name.en}: design principles"),
            "ko": _find(secs["ko"], f"{p.name.ko}: 설계 원칙"),
        }
        en_lines = [m.group("body") for m in map(_BULLET.match, secs["en"][head["en"]].splitlines()) if m]
        for m in filter(None, map(_KO_NAMED.match, secs["ko"][head["ko"]].splitlines())):
            en_name = m.group("en").strip()
            en_line = next((x for x in en_lines if x.casefold().startswith(en_name.casefold())), None)
            if en_line is None:
                continue  # the English summary words it differently: no fair question in English
            out.append(
                Principle(
                    id=f"{p.id}:{en_name.casefold()}",
                    group=p.id,
                    name={"en": en_name, "ko": m.group("ko").strip()},
                    summary={"en": en_line[len(en_name) :].lstrip(" :,").strip(), "ko": m.group("rest").strip()},
                    ref={lang: SectionRef(source=src[lang], section=head[lang]) for lang in src},
                )
            )
    out += _general(corpus)
    return tuple(out)


def _general(corpus: Path) -> list[Principle]:
    """The six general design principles: one section each; the name is quoted in its first sentence."""
    src = {lang: f"corpus/summaries/{lang}/design-principles.md" for lang in ("en", "ko")}
    secs = {lang: _sections(corpus, src[lang]) for lang in src}
    en = [k for k in secs["en"] if "> General design principle:" in k]
    ko = [k for k in secs["ko"] if "> 일반 설계 원칙:" in k]
    out = []
    for en_head, ko_head in zip(en, ko, strict=False):
        quoted = _QUOTED.search(secs["en"][en_head])
        ko_name = ko_head.rpartition(": ")[2].partition(" (")[0].strip()
        if not quoted:
            continue
        en_name = next(g for g in quoted.groups() if g)
        out.append(
            Principle(
                id=f"general:{en_name.casefold()}",
                group="general",
                name={"en": en_name[0].upper() + en_name[1:], "ko": ko_name},
                summary={"en": "", "ko": ""},
                ref={
                    "en": SectionRef(source=src["en"], section=en_head),
                    "ko": SectionRef(source=src["ko"], section=ko_head),
                },
            )
        )
    return out


@lru_cache(maxsize=8)
def anti_patterns(corpus: Path, lang: str) -> tuple[AntiPattern, ...]:
    """The bullets of every pillar's "common anti-patterns" section, in one language."""
    out = []
    for p in load_catalog(corpus).review.pillars:
        source = f"corpus/summaries/{lang}/pillar-{p.id}.md"
        secs = _sections(corpus, source)
        head = _find(
            secs, f"{_pillar_name(corpus, p.id, lang)}: {'common anti-patterns' if lang == 'en' else '흔한 안티패턴'}"
        )
        for m in filter(None, map(_BULLET.match, secs[head].splitlines())):
            out.append(AntiPattern(p.id, m.group("body").strip(), SectionRef(source=source, section=head)))
    return tuple(out)


@lru_cache(maxsize=4)
def guide(lang: str) -> tuple[Feature, ...]:
    """The guide's bullets "- `name`: purpose" (assistant/learn/guide/<lang>.md)."""
    path = GUIDE_DIR / f"{lang}.md"
    out = []
    for section, text in read_sections(path).items():
        for m in filter(None, map(_BULLET.match, text.splitlines())):
            name, sep, purpose = m.group("body").partition(": ")
            if sep and name.startswith("`"):
                ref = SectionRef(source=f"assistant/learn/guide/{lang}.md", section=section)
                out.append(Feature(name.strip("` "), purpose.strip(), ref))
    return tuple(out)


def guide_text(ref: SectionRef) -> str:
    return read_sections(GUIDE_DIR / Path(ref.source).name)[ref.section]
