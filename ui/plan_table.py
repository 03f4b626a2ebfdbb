"""AWS Support plans side by side, from the catalog: one row per fact, one column per plan.

`deciding_rows` names the rows a support need turns on (a 1-hour production-down target reads the
production-down row), so a reader can see at a glance why the recommended plan won.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from assistant.knowledge.catalog import Plan, load_catalog
from assistant.messages import CATALOGUE
from assistant.recommend.checks import SEVERITIES, derive, duration, short_name
from assistant.recommend.needs import (
    Requirement,
    extract_support_needs,
    merge,
    parse_budget,
    parse_need_ids,
)
from ui.strings import t

YES, NO, UNKNOWN = "✓", "—", "?"
# row keys, top to bottom; labels are the catalogue's `ui.plan.row.<key>`
ROWS = (
    *("available", "email", "phone", "chat", "hours", "answered_by"),
    *("general_guidance", "system_impaired", "production_impaired", "production_down", "business_critical_down"),
    *("tam", "concierge", "trusted_advisor", "support_api", "price"),
)
# need id -> the row that decides it
NEED_ROWS = {need: field for need, (field, _) in SEVERITIES.items()}
NEED_ROWS |= {"phone": "phone", "chat": "chat", "email": "email", "24x7": "hours", "tam": "tam"}
NEED_ROWS |= {"designated-tam": "tam", "concierge": "concierge", "full-trusted-advisor": "trusted_advisor"}
NEED_ROWS |= {"support-api": "support_api", "budget": "price", "learning": "price"}
SEVERITY_FIELDS = {field for field, _ in SEVERITIES.values()}


@dataclass(frozen=True)
class PlanTable:
    plans: list[str]  # column headers: short plan names, cheapest first
    ids: list[str]  # the plans' catalog ids, same order
    rows: list[tuple[str, str, list[str]]]  # (row key, label, one cell per plan)
    prices: list[str]  # each plan's full price rule, in words


def plan_table(corpus: Path, lang: str, as_of: dt.date | None = None) -> PlanTable:
    """Every plan of the catalog, cheapest first, with the facts the recommender checks."""
    day = as_of or dt.date.today()
    plans = sorted(load_catalog(corpus).support_plans.plans, key=lambda p: p.order)
    api = derive(plans, corpus).support_api
    rows = [(key, t(f"plan.row.{key}", lang), [_cell(p, key, lang, day, api) for p in plans]) for key in ROWS]
    prices = [p.price.text.ko if lang == "ko" else p.price.text.en for p in plans]
    return PlanTable([short_name(p) for p in plans], [p.id for p in plans], rows, prices)


def deciding_rows(need: str = "", needs: list[str] | None = None, budget: str | None = None) -> set[str]:
    """The row keys the requirements in `need` (words), `needs` (option ids) and `budget` are checked on."""
    money = parse_budget(budget)
    reqs: list[Requirement] = merge(extract_support_needs(need), parse_need_ids(needs or []), [money] if money else [])
    return {NEED_ROWS[r.id] for r in reqs if r.id in NEED_ROWS}


def _cell(plan: Plan, key: str, lang: str, day: dt.date, api: Mapping[str, str]) -> str:
    if key == "available":
        if plan.available_until is None:
            return YES
        end = plan.available_until
        if day < end:
            return t("plan.until", lang, end=end)
        return t("plan.ended", lang, end=end)
    if key in ("email", "phone", "chat"):
        return _flag(getattr(plan.channels, key))
    if key in SEVERITY_FIELDS:
        minutes = getattr(plan.response_minutes, key)
        return NO if minutes is None else duration(minutes, lang)
    if key == "hours":
        return _word(plan.channels.hours, lang) if plan.channels.hours else NO
    if key in ("answered_by", "tam", "trusted_advisor"):
        return _word(getattr(plan, key), lang)
    if key == "concierge":
        return _flag(plan.concierge)
    if key == "support_api":
        return {"yes": YES, "no": NO}.get(api[plan.id], UNKNOWN)
    if key == "price":
        usd = plan.price.minimum_monthly_usd
        if usd is None:
            return UNKNOWN
        text = t("plan.free", lang) if usd == 0 else t("plan.from", lang, usd=usd)
        return f"{text} {UNKNOWN}" if plan.price.uncertain else text
    raise ValueError(f"unknown row {key!r}")


def _flag(value: bool | None) -> str:
    return UNKNOWN if value is None else YES if value else NO


def _word(value: str, lang: str) -> str:
    """A catalog value in words; "none" and "unconfirmed" are marks, and a value without words stays as is."""
    marks = {"none": NO, "unconfirmed": UNKNOWN}
    return marks.get(value) or (t(f"plan.word.{value}", lang) if f"ui.plan.word.{value}" in CATALOGUE else value)
