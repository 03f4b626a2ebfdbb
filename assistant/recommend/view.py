"""A recommendation as a reader sees it, built once: headline, labelled sections with [n] citation numbers,
numbered sources. The chat Markdown (render.py), the terminal (cli/recommend.py) and the Streamlit page
(ui/recommendation.py) only draw it, so the three agree on labels, order, numbering and what is said twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.messages import say
from assistant.recommend.types import Alternative, Passage, Recommendation, Status


@dataclass(frozen=True)
class Line:
    """One bullet: `lead` (a requirement, an alternative's name) then `text`, citing source `cite` (1-based)."""

    text: str
    lead: str = ""
    sep: str = ""  # between lead and text: " → " for a reason, ": " for an alternative
    cite: int | None = None

    @property
    def plain(self) -> str:
        return f"{self.lead}{self.sep}{self.text}"


@dataclass(frozen=True)
class Section:
    key: str  # "why", "unmet", "notes", "alternatives": a renderer may style one kind differently
    heading: str
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class RecommendationView:
    kind: str
    lang: str
    status: Status
    title: str  # "Recommended plan" / "추천 파트너"; empty when nothing is recommended (a conflict, a question)
    headline: str  # the recommendation, or "No single answer fits" on a conflict; empty on a question
    caveat: str  # on "unconfirmed": that the pick holds if AWS confirms what is open
    verdict: Line | None  # the yes or no asked ("can we keep our plan?"), said before the headline
    question: str  # the clarifying question, when that is the whole answer
    sections: tuple[Section, ...]
    sources_heading: str
    sources: tuple[Passage, ...]
    evidence: dict[int, tuple[str, ...]] = field(default_factory=dict)  # source number -> words the reasons cite


def label(key: str, lang: str) -> str:
    return say(f"rec.label.{key}", lang)


def recommendation_view(rec: Recommendation) -> RecommendationView:
    """Every passage a shown line cites, numbered once in reading order; a passage no line cites is not
    listed. A sentence both unmet and a note is said once, under "unmet" (a conflict is what cannot be met)."""
    lang = rec.lang
    number: dict[tuple[str, str], int] = {}
    cited: list[Passage] = []

    def cite(p: Passage | None) -> int | None:
        if p is None:
            return None
        if (p.source, p.section) not in number:
            cited.append(p)
            number[(p.source, p.section)] = len(cited)
        return number[(p.source, p.section)]

    said = rec.note_sources

    def alternatives(items: list[Alternative] | None = None) -> list[Line]:  # (numbered after the lines above them)
        return [Line(a.why, a.name, ": ", cite(a.citation)) for a in (rec.alternatives if items is None else items)]

    verdict = Line(rec.verdict, cite=cite(said.get(rec.verdict))) if rec.verdict else None  # (numbered first)
    clarify = rec.status == "clarify"
    # a question back shows only the plans a stated budget allows (what decides between them is asked)
    groups = (
        {
            "compared": alternatives(rec.compared),
            "within_budget": alternatives(),
            # ("~$100 a month": a plan whose price is over it at one source's figure and within it at another's)
            "notes": [Line(n, cite=cite(said.get(n))) for n in rec.notes],
        }
        if clarify
        else {
            "why": [Line(r.met_by, r.requirement, " → ", cite(r.citation)) for r in rec.reasons],
            "unmet": [Line(u, cite=cite(said.get(u))) for u in rec.unmet],
            "notes": [Line(n, cite=cite(said.get(n))) for n in rec.notes if n not in rec.unmet],
            "alternatives": alternatives(),
        }
    )
    sources = tuple(cited)
    sections = tuple(Section(key, label(key, lang), tuple(lines)) for key, lines in groups.items() if lines)
    evidence: dict[int, tuple[str, ...]] = {}
    for r in rec.reasons:
        if (n := cite(r.citation)) is not None and r.evidence:
            evidence[n] = (*evidence.get(n, ()), r.evidence)
    headline = rec.full_name or rec.recommendation or (label("conflict", lang) if rec.status == "conflict" else "")
    return RecommendationView(
        kind=rec.kind,
        lang=lang,
        status=rec.status,
        title=label(rec.kind, lang) if rec.recommendation else "",
        headline="" if clarify else headline,
        caveat=label("unconfirmed", lang) if rec.status == "unconfirmed" else "",
        verdict=None if clarify else verdict,
        question=(rec.clarifying_question or "") if clarify else "",
        sections=sections,
        sources_heading=say("sources", lang),
        sources=sources,
        evidence=evidence,
    )
