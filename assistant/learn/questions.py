"""Quiz question candidates, built only from structured catalog facts, each with the passage stating it.

Every candidate names the corpus section whose text states its right answer; quiz.py drops any
candidate whose passage does not contain the answer's words, so a fact the catalog holds but the
corpus does not state never becomes a question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from assistant.catalog import Catalog, SectionRef, Term, load_catalog
from assistant.learn.path import Lang, Step, step_terms
from assistant.sections import read_sections


@dataclass(frozen=True)
class Candidate:
    kind: str  # the family of fact (term, area, target, ...), so one quiz mixes them
    subject: str  # the fact asked about, so one quiz asks about it once
    question: str
    answer: str
    distractors: tuple[str, ...]  # wrong choices, the answer excluded
    ref: SectionRef  # the passage that states the answer


# Question wording by language; {} fields are filled from the catalog.
TEXT = {
    "ko_of": ("What is the Korean term for “{name}”?", "“{name}”의 한국어 용어는 무엇인가요?"),
    "en_of": ("What is the English term for “{name}”?", "“{name}”의 영어 용어는 무엇인가요?"),
    "defined": (
        "Which term matches this definition? “{definition}”",
        "다음 정의에 맞는 용어는 무엇인가요? “{definition}”",
    ),
    "area": (
        "In the {pillar} pillar, which best-practice area covers this best practice? “{practice}”",
        "{pillar} 원칙에서 다음 모범 사례를 다루는 모범 사례 영역은 무엇인가요? “{practice}”",
    ),
    "target": (
        "What is the first-response target of {plan} for a “{severity}” case?",
        "{plan}에서 “{severity}” 케이스의 첫 응답 목표 시간은 얼마인가요?",
    ),
    "minimum": ("What is the minimum monthly price of {plan}?", "{plan}의 월 최소 요금은 얼마인가요?"),
    "replaced": (
        "Which plan replaces {plan} when it is discontinued on {date}?",
        "{date}에 종료되는 {plan}의 후속 플랜은 무엇인가요?",
    ),
    "path": (
        "Which APN Partner Path is this? “{description}”",
        "다음 설명에 해당하는 APN 파트너 경로는 무엇인가요? “{description}”",
    ),
    "tier": (
        "Which Services Path tier is this? “{description}”",
        "다음 설명에 해당하는 Services Path 등급은 무엇인가요? “{description}”",
    ),
    "program": (
        "Which APN program is this? “{description}”",
        "다음 설명에 해당하는 APN 프로그램은 무엇인가요? “{description}”",
    ),
    "alternative": (
        "Which option fits this description? “{description}”",
        "다음 설명에 맞는 선택지는 무엇인가요? “{description}”",
    ),
}
# ResponseMinutes field -> the glossary term that names the severity in both languages
SEVERITY_TERM = {
    "general_guidance": "general-guidance",
    "system_impaired": "system-impaired",
    "production_impaired": "production-system-impaired",
    "production_down": "production-system-down",
    "business_critical_down": "business-critical-system-down",
}
_PAREN = re.compile(r"\s*\([^)]*\)\s*$")


def text(key: str, lang: Lang, **values: str) -> str:
    return TEXT[key][0 if lang == "en" else 1].format(**values)


def candidates(corpus: Path, step: Step, lang: Lang) -> list[Candidate]:
    """Every question the catalog can support for this step, in a fixed order (the seed picks later)."""
    catalog = load_catalog(corpus)
    out = term_questions(step_terms(corpus, step), lang)
    if step.id in {p.id for p in catalog.review.pillars}:
        out += area_questions(corpus, catalog, step.id, lang)
    elif step.id == "support-plans":
        out += plan_questions(catalog, lang)
    elif step.id == "partners":
        out += partner_questions(catalog, lang)
    return out


def term_questions(terms: list[Term], lang: Lang) -> list[Candidate]:
    """Korean <-> English names and definitions of the step's glossary terms."""
    out = []
    for t in terms:
        if t.cite is None:
            continue
        others = [o for o in terms if o.id != t.id]
        if t.en.casefold() != t.ko.casefold():
            out.append(
                Candidate("term", t.id, text("ko_of", lang, name=t.en), t.ko, tuple(o.ko for o in others), t.cite.ko)
            )
            out.append(
                Candidate("term", t.id, text("en_of", lang, name=t.ko), t.en, tuple(o.en for o in others), t.cite.en)
            )
        question = text("defined", lang, definition=getattr(t.definition, lang))
        names = tuple(getattr(o, lang) for o in others)
        out.append(Candidate("term", t.id, question, getattr(t, lang), names, getattr(t.cite, lang)))
    return out


def area_questions(corpus: Path, catalog: Catalog, pillar_id: str, lang: Lang) -> list[Candidate]:
    """Which best-practice area of the pillar a review best practice belongs to (from its cite's heading)."""
    pillar = next(p for p in catalog.review.pillars if p.id == pillar_id)
    out = []
    for q in pillar.questions:
        ref: SectionRef = getattr(q.cite, lang)
        parent, _, heading = ref.section.rpartition(" > ")
        if not parent.endswith(("best-practice areas", "모범 사례 영역")):
            continue  # cited from the design principles, not an area
        path = corpus.joinpath(*ref.source.split("/")[1:])
        areas = [s.rpartition(" > ")[2] for s in read_sections(path) if s.startswith(parent + " > ")]
        label = _area_label if lang == "ko" else str
        practice = getattr(q.best_practice, lang)
        question = text("area", lang, pillar=getattr(pillar.name, lang), practice=practice)
        distractors = tuple(label(a) for a in areas if a != heading)
        out.append(Candidate("area", q.id, question, label(heading), distractors, ref))
    return out


def _area_label(heading: str) -> str:
    """'조직 (Organization)' -> '조직': the Korean passage names the area without the English gloss."""
    return _PAREN.sub("", heading)


def plan_questions(catalog: Catalog, lang: Lang) -> list[Candidate]:
    """Response targets, minimum prices and replacements of the support plans."""
    plans = catalog.support_plans.plans
    names = {p.id: p.name for p in plans}
    terms = {t.id: t for t in catalog.glossary.terms}
    durations = sorted({m for p in plans for m in p.response_minutes.model_dump().values() if m is not None})
    prices = {p.id: p.price.minimum_monthly_usd for p in plans if p.price.minimum_monthly_usd and not p.price.uncertain}
    out = []
    for p in plans:
        for field, minutes in p.response_minutes.model_dump().items():
            if minutes is None:
                continue
            severity = getattr(terms[SEVERITY_TERM[field]], lang)
            wrong = tuple(duration(m, lang) for m in durations if m != minutes)
            question = text("target", lang, plan=p.name, severity=severity)
            out.append(
                Candidate(
                    "target",
                    f"{p.id}:{field}",
                    question,
                    duration(minutes, lang),
                    wrong,
                    getattr(p.cite.response_targets, lang),
                )
            )
        if p.id in prices:
            wrong = tuple(f"${v:,}" for k, v in prices.items() if k != p.id)
            question = text("minimum", lang, plan=p.name)
            out.append(
                Candidate(
                    "minimum", f"{p.id}:price", question, f"${prices[p.id]:,}", wrong, getattr(p.cite.price, lang)
                )
            )
        if p.replaced_by and p.cite.retirement and p.available_until:
            wrong = tuple(n for k, n in names.items() if k not in (p.id, p.replaced_by))
            question = text("replaced", lang, plan=p.name, date=p.available_until.isoformat())
            out.append(
                Candidate(
                    "replaced",
                    f"{p.id}:replaced",
                    question,
                    names[p.replaced_by],
                    wrong,
                    getattr(p.cite.retirement, lang),
                )
            )
    return out


def duration(minutes: int, lang: Lang) -> str:
    """How the corpus writes a target: '1 hour', '30 minutes'; '1시간', '30분'."""
    hours, rest = divmod(minutes, 60)
    if hours and not rest:
        return f"{hours} hour{'s' if hours > 1 else ''}" if lang == "en" else f"{hours}시간"
    return f"{minutes} minutes" if lang == "en" else f"{minutes}분"


def partner_questions(catalog: Catalog, lang: Lang) -> list[Candidate]:
    """Partner Paths, Services Path tiers, APN programs and the alternatives, from their descriptions."""
    partners = catalog.partners
    groups = (
        ("path", partners.paths),
        ("tier", partners.tiers),
        ("program", partners.programs),
        ("alternative", partners.alternatives),
    )
    out = []
    for key, entries in groups:
        for e in entries:
            question = text(key, lang, description=getattr(e.description, lang))
            wrong = tuple(o.name for o in entries if o.id != e.id)
            out.append(Candidate(key, e.id, question, e.name, wrong, getattr(e.cite, lang)))
    return out
