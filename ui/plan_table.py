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
from assistant.recommend.checks import SEVERITIES, derive, duration, short_name
from assistant.recommend.needs import (
    Requirement,
    extract_support_needs,
    merge,
    parse_budget,
    parse_need_ids,
)

YES, NO, UNKNOWN = "✓", "—", "?"
# (row key, English label, Korean label), top to bottom
ROWS: tuple[tuple[str, str, str], ...] = (
    ("available", "Available", "가입 가능"),
    ("email", "Email", "이메일"),
    ("phone", "Phone", "전화"),
    ("chat", "Chat", "채팅"),
    ("hours", "Hours", "지원 시간"),
    ("answered_by", "Answered by", "응답 담당"),
    ("general_guidance", "General guidance", "일반 안내"),
    ("system_impaired", "System impaired", "시스템 손상"),
    ("production_impaired", "Production system impaired", "프로덕션 시스템 손상"),
    ("production_down", "Production system down", "프로덕션 시스템 다운"),
    ("business_critical_down", "Business-critical system down", "비즈니스 크리티컬 시스템 다운"),
    ("tam", "Technical Account Manager", "TAM"),
    ("concierge", "Concierge", "컨시어지"),
    ("trusted_advisor", "Trusted Advisor", "Trusted Advisor"),
    ("support_api", "AWS Support API", "AWS Support API"),
    ("price", "Price", "요금"),
)
# need id -> the row that decides it
NEED_ROWS = {need: field for need, (field, _) in SEVERITIES.items()}
NEED_ROWS |= {"phone": "phone", "chat": "chat", "email": "email", "24x7": "hours", "tam": "tam"}
NEED_ROWS |= {"designated-tam": "tam", "concierge": "concierge", "full-trusted-advisor": "trusted_advisor"}
NEED_ROWS |= {"support-api": "support_api", "budget": "price", "learning": "price"}
SEVERITY_FIELDS = {field for field, _ in SEVERITIES.values()}
WORDS = {  # catalog values -> (en, ko)
    "business_hours": ("business hours", "업무 시간"),
    "24x7": ("24/7", "24시간 연중무휴"),
    "cloud_support_associates": ("Cloud Support Associates", "Cloud Support Associates"),
    "cloud_support_engineers": ("Cloud Support Engineers", "Cloud Support Engineers"),
    "customer_service": ("customer service (account, billing)", "고객 서비스 (계정·결제)"),
    "none": (NO, NO),
    "pool": ("pool of TAMs", "TAM 풀"),
    "designated": ("designated TAM", "지정 TAM"),
    "core": ("core checks", "핵심 검사"),
    "full": ("full set", "전체 검사"),
    "unconfirmed": (UNKNOWN, UNKNOWN),
}


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
    rows = [(key, ko if lang == "ko" else en, [_cell(p, key, lang, day, api) for p in plans]) for key, en, ko in ROWS]
    prices = [p.price.text.ko if lang == "ko" else p.price.text.en for p in plans]
    return PlanTable([short_name(p) for p in plans], [p.id for p in plans], rows, prices)


def deciding_rows(need: str = "", needs: list[str] | None = None, budget: str | None = None) -> set[str]:
    """The row keys the requirements in `need` (words), `needs` (option ids) and `budget` are checked on."""
    money = parse_budget(budget)
    reqs: list[Requirement] = merge(extract_support_needs(need), parse_need_ids(needs or []), [money] if money else [])
    return {NEED_ROWS[r.id] for r in reqs if r.id in NEED_ROWS}


def _cell(plan: Plan, key: str, lang: str, day: dt.date, api: Mapping[str, str]) -> str:
    ko = lang == "ko"
    if key == "available":
        if plan.available_until is None:
            return YES
        end = plan.available_until
        if day < end:
            return f"{end}까지" if ko else f"until {end}"
        return f"{end} 종료" if ko else f"ended {end}"
    if key in ("email", "phone", "chat"):
        return _flag(getattr(plan.channels, key))
    if key in SEVERITY_FIELDS:
        minutes = getattr(plan.response_minutes, key)
        return NO if minutes is None else duration(minutes, lang)
    if key == "hours":
        return _word(plan.channels.hours, ko) if plan.channels.hours else NO
    if key in ("answered_by", "tam", "trusted_advisor"):
        return _word(getattr(plan, key), ko)
    if key == "concierge":
        return _flag(plan.concierge)
    if key == "support_api":
        return {"yes": YES, "no": NO}.get(api[plan.id], UNKNOWN)
    if key == "price":
        usd = plan.price.minimum_monthly_usd
        if usd is None:
            return UNKNOWN
        text = ("무료" if ko else "free") if usd == 0 else f"월 ${usd:,}부터" if ko else f"from ${usd:,}/month"
        return f"{text} {UNKNOWN}" if plan.price.uncertain else text
    raise ValueError(f"unknown row {key!r}")


def _flag(value: bool | None) -> str:
    return UNKNOWN if value is None else YES if value else NO


def _word(value: str, ko: bool) -> str:
    en_word, ko_word = WORDS.get(value, (value, value))
    return ko_word if ko else en_word
