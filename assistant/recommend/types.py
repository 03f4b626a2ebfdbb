"""What a recommender returns: a decision, its reasons with cited passages, and what else to consider."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from assistant.knowledge.cache import corpus_cached
from assistant.knowledge.catalog import Cite, SectionRef, cited_text

Kind = Literal["support_plan", "partner"]
# recommended: every requirement confirmed; unconfirmed: the best fit if AWS confirms what the sources
# leave open; conflict: no single answer can meet the requirements; clarify: too little to go on.
Status = Literal["recommended", "unconfirmed", "conflict", "clarify"]


@dataclass(frozen=True)
class Passage:
    """A cited corpus section, with its text so a reader can check the claim without opening files."""

    source: str
    section: str
    text: str

    @classmethod
    def of(cls, corpus_dir: Path, cite: Cite, lang: str) -> Passage:
        ref = cite.ko if lang == "ko" else cite.en
        return cls(ref.source, ref.section, section_text(corpus_dir, ref))

    def to_dict(self) -> dict[str, str]:
        return {"source": self.source, "section": self.section, "text": self.text}


@corpus_cached(maxsize=512)
def section_text(corpus_dir: Path, ref: SectionRef) -> str:
    """A cited section's text, read once per process like the catalog itself (`load_catalog` caches too)."""
    return cited_text(corpus_dir, ref).strip()


@dataclass(frozen=True)
class Reason:
    """One requirement and the feature that meets it; `evidence` is the words the passage states."""

    requirement: str
    met_by: str
    citation: Passage
    evidence: str = ""  # kept for tests and the UI's highlighting, not part of the JSON contract

    def to_dict(self) -> dict[str, Any]:
        return {"requirement": self.requirement, "met_by": self.met_by, "citation": self.citation.to_dict()}


@dataclass(frozen=True)
class Alternative:
    name: str
    why: str
    citation: Passage | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "why": self.why, "citation": self.citation.to_dict() if self.citation else None}


@dataclass
class Recommendation:
    kind: Kind
    lang: str
    recommendation: str = ""  # empty when the answer is a conflict or a clarifying question
    # the pick by its full name where the short one is ambiguous ("Enterprise Support", not "Enterprise" beside
    # "Enterprise On-Ramp"): the headline a reader sees; empty = `recommendation`
    full_name: str = ""
    status: Status = "recommended"
    reasons: list[Reason] = field(default_factory=list)
    alternatives: list[Alternative] = field(default_factory=list)
    unmet: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    clarifying_question: str | None = None
    sources: list[Passage] = field(default_factory=list)  # passages the notes rely on
    note_sources: dict[str, Passage] = field(default_factory=dict)  # a note or unmet line -> its passage
    as_of: str = ""  # the decision date (support plans), ISO
    conflict: dict[str, Any] | None = None  # status "conflict" on a budget: the cheapest plan meeting the rest
    transition: dict[str, Any] | None = None  # "we are on X": from, to, ends, gains, losses, prices
    compared: list[Alternative] = field(default_factory=list)  # plans the request named, held against its budget
    verdict: str = ""  # the yes or no to "can we keep our plan?", said before the recommendation

    @property
    def citations(self) -> list[Passage]:
        """Every passage cited anywhere, once, in order of first use."""
        seen: dict[tuple[str, str], Passage] = {}
        shown = [*self.compared, *self.alternatives]
        cited = [r.citation for r in self.reasons] + [a.citation for a in shown if a.citation]
        for p in cited + self.sources:
            seen.setdefault((p.source, p.section), p)
        return list(seen.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "lang": self.lang,
            "recommendation": self.recommendation,
            "alternatives": [a.to_dict() for a in self.alternatives],
            "compared": [a.to_dict() for a in self.compared],
            "reasons": [r.to_dict() for r in self.reasons],
            "unmet": list(self.unmet),
            "citations": [p.to_dict() for p in self.citations],
            "notes": list(self.notes),
            "clarifying_question": self.clarifying_question,
            "status": self.status,
            "as_of": self.as_of or None,
            "conflict": self.conflict,
            "transition": self.transition,
            "verdict": self.verdict or None,
        }
