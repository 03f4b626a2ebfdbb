"""Answers straight from corpus/catalog: exact, complete, and for the entity that was asked about.

Where the catalog holds the fact (a plan's price, its response target for a severity, its end date, TAM,
Trusted Advisor; a pillar's design principles or best-practice areas; a glossary definition), the first
line is written from it and cites the corpus section that states it. Anything else returns None and the
extractive composer answers from the passages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.answer.question import Question
from assistant.knowledge.aliases import SEVERITIES
from assistant.messages import say


@dataclass(frozen=True)
class FactLine:
    text: str
    source: str
    section: str
    key: str = ""  # a string the cited passage should contain (picks the chunk within a section)
    items: tuple[str, ...] = ()  # list items shown under the line


@dataclass
class Knowledge:
    """The catalog parts answers read; loaded once with the assistant."""

    plans: dict[str, Any]
    glossary: dict[str, Any]
    pillars: Any | None  # assistant.knowledge.pillars.Pillars when corpus/catalog/pillars.yaml exists
    today: dt.date

    @classmethod
    def load(cls, corpus: Path, today: dt.date | None = None) -> Knowledge:
        from assistant.catalog import load_catalog

        catalog = load_catalog(corpus)
        pillars = None
        if (corpus / "catalog" / "pillars.yaml").exists():
            try:
                from assistant.knowledge.pillars import load_pillars

                pillars = load_pillars(corpus)
            except ImportError:
                pillars = None
        return cls(
            plans={p.id: p for p in catalog.support_plans.plans},
            glossary={t.id: t for t in catalog.glossary.terms},
            pillars=pillars,
            today=today or dt.date.today(),
        )


def fact_lines(q: Question, k: Knowledge) -> list[FactLine]:
    """The catalog's answer to `q`, first line first; [] when the catalog does not hold it."""
    lang = q.lang if q.lang in ("ko", "en") else "en"
    plans = [k.plans[p] for p in q.of_kind("plan") if p in k.plans]
    if plans:
        return _plan_lines(q, plans, k, lang)
    lines = _pillar_lines(q, k, lang)
    if lines:
        return lines
    return _definition(q, k, lang)


# --- support plans ----------------------------------------------------------------------------------
def _plan_lines(q: Question, plans: list[Any], k: Knowledge, lang: str) -> list[FactLine]:
    ids = set(q.entities)
    severities = [SEVERITIES[s] for s in q.of_kind("severity")]
    out: list[FactLine] = []
    for plan in plans:
        cite = plan.cite
        if "price" in q.facets or "free" in q.facets:
            price = getattr(plan.price.text, lang)
            out.append(_line(f"{plan.name}: {price}", getattr(cite.price, lang), _price_key(plan)))
        if "response" in q.facets or severities:
            out.extend(_response_lines(plan, severities, lang))
        if "technical-account-manager" in ids:
            out.append(_line(say(f"tam.{plan.tam}", lang, plan=plan.name), getattr(cite.tam_concierge, lang), "TAM"))
        if "trusted-advisor" in ids:
            out.append(
                _line(say(f"ta.{plan.trusted_advisor}", lang, plan=plan.name), getattr(cite.trusted_advisor, lang))
            )
        if "channels" in q.facets:
            out.append(_line(_channels(plan, lang), getattr(cite.channels, lang)))
        if {"end_date", "replacement"} & set(q.facets):
            out.append(_retirement(plan, k, lang, always=True))
    if not out and q.kind == "comparison" and len(plans) > 1:
        for p in plans:
            out.append(_line(f"{p.name}: {getattr(p.summary, lang)}", getattr(p.cite.channels, lang)))
            out.append(_line(f"{p.name}: {getattr(p.price.text, lang)}", getattr(p.cite.price, lang), _price_key(p)))
    if not out and q.kind in ("definition", "other", "yesno"):
        out = [_line(f"{p.name}: {getattr(p.summary, lang)}", getattr(p.cite.channels, lang)) for p in plans]
    if out:
        notes = [_retirement(p, k, lang) for p in plans if p.available_until]
        out.extend(n for n in notes if n is not None and n not in out)
    return [x for x in out if x is not None]


def _line(text: str, ref: Any, key: str = "", items: tuple[str, ...] = ()) -> FactLine:
    return FactLine(text, ref.source, ref.section, key, items)


def _price_key(plan: Any) -> str:
    m = plan.price.minimum_monthly_usd
    return f"${m:,}" if m else ""


def _minutes(n: int, lang: str) -> str:
    if n % 60 == 0:
        h = n // 60
        return f"{h}시간" if lang == "ko" else f"{h} hour{'s' if h != 1 else ''}"
    return f"{n}분" if lang == "ko" else f"{n} minutes"


def _response_lines(plan: Any, severities: list[str], lang: str) -> list[FactLine]:
    ref = getattr(plan.cite.response_targets, lang)
    targets = plan.response_minutes.model_dump()
    business_hours = plan.channels.hours == "business_hours"
    when = say("resp.business_hours", lang) if business_hours else ""
    asked = severities or [s for s, v in targets.items() if v is not None]
    if not asked or all(targets[s] is None for s in asked) and not severities:
        return [_line(say("resp.none", lang, plan=plan.name), ref)]
    if not severities and len(asked) > 1:
        head = say("resp.all", lang, plan=plan.name) + (when or "")
        items = tuple(f"{say(f'sev.{s}', lang)}: {_minutes(targets[s], lang)}" for s in asked)
        return [FactLine(head, ref.source, ref.section, "", items)]
    out = []
    for s in asked:
        sev = say(f"sev.{s}", lang)
        if targets[s] is None:
            out.append(_line(say("resp.lacks", lang, plan=plan.name, severity=sev), ref))
        else:
            value = _minutes(targets[s], lang) + when
            out.append(_line(say("resp.one", lang, plan=plan.name, severity=sev, value=value), ref))
    return out


def _channels(plan: Any, lang: str) -> str:
    ch = plan.channels
    names = [say(f"ch.{c}", lang) for c in ("email", "phone", "chat") if getattr(ch, c)]
    if not names:
        return say("ch.none", lang, plan=plan.name)
    hours = say(f"hours.{ch.hours}", lang) if ch.hours else ""
    return say("ch.some", lang, plan=plan.name, channels=", ".join(names), hours=hours)


def _retirement(plan: Any, k: Knowledge, lang: str, always: bool = False) -> FactLine | None:
    if not plan.available_until:
        if not always:
            return None
        ref = getattr(plan.cite.channels, lang)
        return _line(say("plan.continues", lang, plan=plan.name), ref)
    ref = getattr(plan.cite.retirement, lang)
    successor = k.plans.get(plan.replaced_by)
    days = (plan.available_until - k.today).days
    key = "plan.ended" if days <= 0 else "plan.ends"
    return _line(
        say(
            key,
            lang,
            plan=plan.name,
            date=plan.available_until.isoformat(),
            days=days,
            successor=successor.name if successor else plan.replaced_by,
        ),
        ref,
        plan.available_until.isoformat(),
    )


# --- pillars and design principles -----------------------------------------------------------------
def _pillar_lines(q: Question, k: Knowledge, lang: str) -> list[FactLine]:
    if k.pillars is None:
        return []
    ids = set(q.entities)
    pillar_ids = q.of_kind("pillar")
    wants_principles = "design-principle" in ids or "general-design-principles" in ids
    wants_areas = "best-practice-area" in ids
    if len(pillar_ids) == 1 and q.kind in ("list", "number", "other", "definition"):
        p = k.pillars.pillar(pillar_ids[0])
        if wants_principles:
            return [
                _named_list(
                    p.design_principles,
                    "list.principles",
                    getattr(p.cite.design_principles, lang),
                    lang,
                    _name(p.name, lang),
                )
            ]
        if wants_areas:
            return [_named_list(p.areas, "list.areas", getattr(p.cite.areas, lang), lang, _name(p.name, lang))]
        if "questions" in q.facets:
            qs = p.questions
            text = say("count.questions", lang, owner=_name(p.name, lang), n=len(qs), first=qs[0], last=qs[-1])
            return [_line(text, getattr(p.cite.definition, lang), qs[-1])]
        if q.kind == "definition":
            return [_line(getattr(p.definition, lang), getattr(p.cite.definition, lang))]
        return []
    if (
        not pillar_ids
        and "general-design-principles" in ids
        or (wants_principles and not pillar_ids and "well-architected-framework" in ids)
    ):
        ref = getattr(k.pillars.cite_general, lang)
        return [_named_list(k.pillars.general_principles, "list.general", ref, lang, "")]
    if not pillar_ids and "pillar" in ids and q.kind in ("list", "number", "definition", "other"):
        term = k.glossary.get("pillar")
        if term is None or term.cite is None:
            return []
        ref = getattr(term.cite, lang)
        return [_named_list(k.pillars.pillars, "list.pillars", ref, lang, "")]
    return []


def _name(name: Any, lang: str) -> str:
    return f"{name.ko}({name.en})" if lang == "ko" else name.en


def _named_list(items: list[Any], key: str, ref: Any, lang: str, owner: str) -> FactLine:
    names = []
    for it in items:
        other = it.name.en if lang == "ko" else it.name.ko
        mine = getattr(it.name, lang)
        names.append(f"{mine} ({other})" if other and other != mine else mine)
    head = say(key, lang, owner=owner, n=len(items))
    first = items[0].name.en if items else ""
    return FactLine(head, ref.source, ref.section, first, tuple(names))


_CONTEXT_TERMS = ("well-architected-framework", "well-architected-tool", "pillar", "design-principle", "workload")


# --- glossary definitions ---------------------------------------------------------------------------
def _definition(q: Question, k: Knowledge, lang: str) -> list[FactLine]:
    if q.kind != "definition" or q.facets:
        return []
    terms = [k.glossary[e] for e in q.entities if e in k.glossary and k.glossary[e].cite is not None]
    if len(terms) > 1:  # "a lens in the WA Tool": the framework and the tool are context, not the subject
        terms = [t for t in terms if t.id not in _CONTEXT_TERMS]
    if len(terms) != 1:
        return []
    t = terms[0]
    name = f"{t.ko}({t.en})" if lang == "ko" and t.ko != t.en else t.en
    text = getattr(t.definition, lang)
    return [_line(say("def", lang, name=name, text=text), getattr(t.cite, lang))]
