"""Load corpus/catalog/pillars.yaml: the framework's general design principles and its six pillars.

A list question ("보안 원칙의 설계 원칙은?") deserves the whole list, exact and in both languages, so the
lists live here as data rather than being pieced together from retrieved passages. Each group cites
the corpus section that states it, and the loader checks that every name really appears in that
section, so the catalog and the summaries cannot drift apart silently.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from pydantic import Field, model_validator

from assistant.knowledge.cache import corpus_cached
from assistant.knowledge.catalog import (
    PILLAR_PREFIX,
    CatalogError,
    Cite,
    PillarId,
    Slug,
    Text,
    _Model,
    _name,
    _parse,
    _refs,
    _section_text,
    _unique,
    source_path,
)

KEY = "pillars"
_QUESTION = re.compile(r"^([A-Z]+)(\d{2})$")


class OlderName(_Model):
    """A principle's name in an older edition ("Enable traceability"), as people who learned it still ask for it;
    `ko` is the Korean rendering the corpus gives it, where it gives one. `absorbed`: folded into the current
    principle with others, not merely renamed."""

    en: str = Field(min_length=1)
    ko: str | None = None
    absorbed: bool = False
    cite: Cite | None = None  # where the corpus says it, when not in its principles' own section


class Principle(_Model):
    """A design principle: its name in both languages, a one-line summary and the names older editions gave it."""

    id: Slug
    name: Text
    summary: Text
    formerly: list[OlderName] = Field(default_factory=list)


class Area(_Model):
    """A best-practice area and the AWS question ids it groups (SEC02, SEC03), with what each asks about where the
    area has several ("REL10": fault isolation)."""

    id: Slug
    name: Text
    questions: list[str] = Field(min_length=1)
    topics: dict[str, Text] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _topics_of_its_questions(self) -> Area:
        stray = sorted(set(self.topics) - set(self.questions))
        if stray:
            raise ValueError(f"area {self.id}: topics for questions it does not have: {', '.join(stray)}")
        return self


class PillarCites(_Model):
    definition: Cite
    design_principles: Cite
    areas: Cite


class Pillar(_Model):
    id: PillarId
    name: Text
    definition: Text
    design_principles: list[Principle] = Field(min_length=1)
    areas: list[Area] = Field(min_length=1)
    cite: PillarCites
    dropped: list[OlderName] = Field(default_factory=list)  # principles of older editions the current one lacks
    added: str | None = None  # "2021-12" for a pillar added after the framework's first five (cited by definition)

    @model_validator(mode="after")
    def _questions_run_in_order(self) -> Pillar:
        """Question ids carry the pillar's prefix and run 01..N across the areas, in order."""
        prefix = PILLAR_PREFIX[self.id]
        ids = [q for a in self.areas for q in a.questions]
        expected = [f"{prefix}{n:02d}" for n in range(1, len(ids) + 1)]
        if ids != expected:
            raise ValueError(f"questions of {self.id} must run {expected[0]}..{expected[-1]} in order, got {ids}")
        _unique([d.id for d in self.design_principles], f"{self.id} design principle id")
        _unique([a.id for a in self.areas], f"{self.id} area id")
        return self

    @property
    def questions(self) -> list[str]:
        return [q for a in self.areas for q in a.questions]


class Pillars(_Model):
    as_of: dt.date
    general_principles: list[Principle] = Field(min_length=1)
    cite_general: Cite
    pillars: list[Pillar]

    @model_validator(mode="after")
    def _all_pillars_in_order(self) -> Pillars:
        order = list(PILLAR_PREFIX)
        if [p.id for p in self.pillars] != order:
            raise ValueError(f"pillars must be, in this order: {', '.join(order)}")
        _unique([g.id for g in self.general_principles], "general principle id")
        return self

    def pillar(self, pillar_id: str) -> Pillar:
        """The pillar with this id; KeyError names the valid ids."""
        for p in self.pillars:
            if p.id == pillar_id:
                return p
        raise KeyError(f"no pillar {pillar_id!r}; pillars are {', '.join(PILLAR_PREFIX)}")


def load_pillars(corpus_dir: Path) -> Pillars:
    """corpus_dir/catalog/pillars.yaml, validated; every cite resolves and states the names it backs."""
    return _load(corpus_dir.resolve())


@corpus_cached(maxsize=8)
def _load(corpus_dir: Path) -> Pillars:
    pillars = _parse(corpus_dir, KEY, Pillars)
    cache: dict[Path, dict[str, str]] = {}
    problems: list[str] = []
    for where, ref in _refs(pillars, ""):
        try:
            _section_text(corpus_dir, ref, cache)
        except CatalogError as exc:
            problems.append(f"{where}: {exc}")
    if not problems:
        problems = list(_unstated_names(corpus_dir, pillars, cache)) + list(_unstated_topics(corpus_dir, pillars))
    if problems:
        raise CatalogError(_name(corpus_dir, KEY), "; ".join(problems[:5]))
    return pillars


def _unstated_names(corpus_dir: Path, pillars: Pillars, cache: dict[Path, dict[str, str]]):
    """Names (per language) that the section their group cites never mentions."""
    groups: list[tuple[str, Cite, list[Principle] | list[Area]]] = [
        ("general_principles", pillars.cite_general, pillars.general_principles)
    ]
    for p in pillars.pillars:
        groups.append((f"pillars[{p.id}].design_principles", p.cite.design_principles, p.design_principles))
        groups.append((f"pillars[{p.id}].areas", p.cite.areas, p.areas))
    for where, cite, items in groups:
        for lang in ("en", "ko"):
            ref = getattr(cite, lang)
            text = fold_name(_section_text(corpus_dir, ref, cache))
            for item in items:
                name = getattr(item.name, lang)
                if fold_name(name) not in text:
                    yield f"{where}[{item.id}]: {lang} name {name!r} is not stated in {ref.source} > {ref.section!r}"
                for old in getattr(item, "formerly", []):
                    yield from _unstated_older(corpus_dir, f"{where}[{item.id}].formerly", old, ref, lang, cache)
    for p in pillars.pillars:
        for lang in ("en", "ko"):
            ref = getattr(p.cite.design_principles, lang)
            for old in p.dropped:
                yield from _unstated_older(corpus_dir, f"pillars[{p.id}].dropped", old, ref, lang, cache)


def _unstated_older(
    corpus_dir: Path, where: str, old: OlderName, ref: Any, lang: str, cache: dict[Path, dict[str, str]]
):
    """An older name is stated in English where it is cited, in both languages (the Korean section gives it in
    brackets); its Korean rendering anywhere in the Korean document (often only where the notes use it)."""
    ref = getattr(old.cite, lang) if old.cite else ref
    if fold_name(old.en) not in fold_name(_section_text(corpus_dir, ref, cache)):
        yield f"{where}: {lang} older name {old.en!r} is not stated in {ref.source} > {ref.section!r}"
    if lang == "ko" and old.ko:
        document = fold_name(source_path(corpus_dir, ref.source).read_text(encoding="utf-8"))
        if fold_name(old.ko) not in document:
            yield f"{where}: Korean older name {old.ko!r} is not stated in {ref.source}"


def _unstated_topics(corpus_dir: Path, pillars: Pillars):
    """Question topics (per language) that the pillar's summary never states next to the question id."""
    for p in pillars.pillars:
        for lang in ("en", "ko"):
            ref = getattr(p.cite.areas, lang)
            text = fold_name(source_path(corpus_dir, ref.source).read_text(encoding="utf-8"))
            for area in p.areas:
                for qid, topic in area.topics.items():
                    said = getattr(topic, lang)
                    if fold_name(f"{qid} ({said})") not in text and fold_name(f"{qid}({said})") not in text:
                        where = f"pillars[{p.id}].areas[{area.id}].topics[{qid}]"
                        yield f"{where}: {lang} {said!r} is not stated in {ref.source}"


def fold_name(text: str) -> str:
    """Case, spacing and hyphens aside: "application-level" is "application level". How a catalog name is looked for
    in a section and, with quotes set aside too, in a question."""
    return " ".join(text.casefold().replace("-", " ").split())
