"""Facts the quizzes ask about that live in the summaries' prose rather than in the catalog YAML.

Design principles come from corpus/catalog/pillars.yaml (names in both languages, the section that
lists them); what each one says is taken from its line in that section. The pillars' common
anti-patterns and the "how to use this assistant" guide are read from their sections here, so a
question about them always quotes the section that states them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.knowledge.cache import corpus_cached
from assistant.knowledge.catalog import SectionRef, cited_text, load_catalog, source_path
from assistant.knowledge.pillars import load_pillars
from assistant.knowledge.sections import read_sections

GUIDE_DIR = Path(__file__).with_name("guide")
_GLOSS = re.compile(r"^\s*\([^)]*\)")  # the English gloss after a Korean name
_BULLET = re.compile(r"^-\s+(?P<body>.+)$")


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
    return read_sections(source_path(corpus, source))


def _find(sections: dict[str, str], suffix: str) -> str:
    return next(k for k in sections if k.endswith(suffix))


def _pillar_name(corpus: Path, pillar: str, lang: str) -> str:
    p = next(p for p in load_catalog(corpus).review.pillars if p.id == pillar)
    return getattr(p.name, lang)


@corpus_cached(maxsize=4)
def principles(corpus: Path) -> tuple[Principle, ...]:
    """Each pillar's design principles, then the framework's general ones (corpus/catalog/pillars.yaml).

    A principle's summary is what its own line in the cited section says after its name, so a
    "which principle says ..." question quotes the passage word for word; "" if no line names it.
    """
    catalog = load_pillars(corpus)
    groups: list[tuple[str, Any, Any]] = [
        (p.id, p.design_principles, p.cite.design_principles) for p in catalog.pillars
    ]
    groups.append(("general", catalog.general_principles, catalog.cite_general))
    out = []
    for group, items, cite in groups:
        refs = {lang: getattr(cite, lang) for lang in ("en", "ko")}
        lines = {lang: [x.strip() for x in cited_text(corpus, refs[lang]).splitlines() if x.strip()] for lang in refs}
        for item in items:
            name = {lang: getattr(item.name, lang) for lang in refs}
            out.append(
                Principle(
                    id=f"{group}:{item.id}",
                    group=group,
                    name=name,
                    summary={lang: _said(lines[lang], name[lang]) for lang in refs},
                    ref=refs,
                )
            )
    return tuple(out)


def _said(lines: list[str], name: str) -> str:
    """What a list line says after the principle's name: '- Name(English): says' -> 'says'."""
    for line in lines:
        at = line.casefold().find(name.casefold())
        if 0 <= at <= 6:  # the name opens the bullet or numbered line
            rest = _GLOSS.sub("", line[at + len(name) :], count=1)
            return rest.lstrip(" :,").strip()
    return ""


@corpus_cached(maxsize=8)
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
