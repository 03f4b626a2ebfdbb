"""Does a support plan meet one requirement? Yes, no, or unconfirmed, with the words its passage states.

Only the catalog decides: a fact the catalog marks unknown (null, "unconfirmed", an uncertain price)
is never counted as met. Facts without a catalog field of their own are worked out in `derive`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from assistant.knowledge.catalog import Cite, Plan, Price
from assistant.recommend.needs import Requirement
from assistant.recommend.types import section_text

State = Literal["yes", "no", "unconfirmed"]
SEVERITIES = {  # need id -> (response_minutes field, slowest acceptable target in minutes)
    "business-critical-15m": ("business_critical_down", 15),
    "business-critical-30m": ("business_critical_down", 30),
    "production-down-1h": ("production_down", 60),
    "production-impaired-4h": ("production_impaired", 240),
    "system-impaired-12h": ("system_impaired", 720),
    "general-guidance-24h": ("general_guidance", 1440),
}
SEVERITY_NAMES = {
    "business_critical_down": ("business-critical system down", "비즈니스 크리티컬 시스템 다운"),
    "production_down": ("production system down", "프로덕션 시스템 다운"),
    "production_impaired": ("production system impaired", "프로덕션 시스템 손상"),
    "system_impaired": ("system impaired", "시스템 손상"),
    "general_guidance": ("general guidance", "일반 안내"),
}
CHANNEL_WORDS = {"phone": ("phone", "전화"), "chat": ("chat", "채팅"), "email": ("email", "이메일")}


@dataclass(frozen=True)
class Verdict:
    state: State
    met_by: str = ""
    evidence: str = ""  # words of met_by that the cited passage states
    cite: Cite | None = None
    open: bool = False  # "no" only because the sources leave the fact open and the need avoids guesses


def short_name(plan: Plan) -> str:
    """The plan as AWS names it in short: "Business", "Enterprise On-Ramp", "Business Support+"."""
    return plan.name.removesuffix(" Support")


def duration(minutes: int, lang: str) -> str:
    if minutes < 60:
        return f"{minutes}분" if lang == "ko" else f"{minutes} minutes"
    hours = minutes // 60
    return f"{hours}시간" if lang == "ko" else f"{hours} hour{'s' if hours > 1 else ''}"


@dataclass(frozen=True)
class Derived:
    """Facts the catalog implies without a field of their own, worked out once per catalog."""

    support_api: dict[str, State]  # plan id -> does it include the AWS Support API
    price_floor: dict[str, int]  # plan id -> lowest monthly price it can have (for an unknown price)
    cheaper: dict[str, list[Price]] = None  # type: ignore[assignment]  # plan id -> prices of plans ranked below


def derive(plans: list[Plan], corpus_dir: Path) -> Derived:
    """Support API: yes where the plan's own section states it, no for classic plans below the cheapest
    such plan (the API came with Business), unconfirmed otherwise. Price floor: `order` is a cost rank,
    so a plan of unknown price costs at least the minimum of every plan ranked below it."""
    stated = {p.id for p in plans if "Support API" in section_text(corpus_dir, p.cite.channels.en)}
    floor = min((p.order for p in plans if p.id in stated), default=0)
    api: dict[str, State] = {
        p.id: "yes" if p.id in stated else "no" if "classic" in p.lineup and p.order < floor else "unconfirmed"
        for p in plans
    }
    known = [(p.order, p.price.minimum_monthly_usd) for p in plans if p.price.minimum_monthly_usd is not None]
    floors = {
        p.id: p.price.minimum_monthly_usd
        if p.price.minimum_monthly_usd is not None
        else max((usd for order, usd in known if order < p.order), default=0)
        for p in plans
    }
    cheaper = {p.id: [q.price for q in plans if q.order < p.order] for p in plans}
    return Derived(api, floors, cheaper)


def check(plan: Plan, req: Requirement, lang: str, derived: Derived, spend: float | None = None) -> Verdict:
    ko, name = lang == "ko", short_name(plan)
    if req.id in SEVERITIES:
        field, limit = SEVERITIES[req.id]
        minutes = getattr(plan.response_minutes, field)
        if minutes is None or minutes > limit:
            return Verdict("no")
        severity, target = SEVERITY_NAMES[field][ko], duration(minutes, lang)
        met_by = f"{name}: {severity} {target} 이내" if ko else f"{name}: {severity}: {target}"
        return Verdict("yes", met_by, target, plan.cite.response_targets)
    if req.id in CHANNEL_WORDS:
        word = CHANNEL_WORDS[req.id][ko]
        met_by = f"{name}: {word} 기술 지원" if ko else f"{name}: technical support by {word}"
        return _flag(getattr(plan.channels, req.id), met_by, word, plan.cite.channels)
    if req.id == "24x7":
        if plan.channels.hours is None and not any((plan.channels.email, plan.channels.phone, plan.channels.chat)):
            return Verdict("no")  # no technical channel at all (Basic), so nothing to staff around the clock
        word = "24시간 연중무휴" if ko else "24/7"
        met_by = f"{name}: {word} 기술 지원" if ko else f"{name}: technical support {word}"
        hours = plan.channels.hours
        return _flag(None if hours is None else hours == "24x7", met_by, word, plan.cite.channels)
    if req.id in ("tam", "designated-tam"):
        return _tam(plan, req.id, lang)
    if req.id == "concierge":
        word = "컨시어지" if ko else "concierge"
        met_by = f"{name}: 컨시어지 지원팀" if ko else f"{name}: the concierge support team"
        return _flag(plan.concierge, met_by, word, plan.cite.tam_concierge)
    if req.id == "full-trusted-advisor":
        word = "전체 검사" if ko else "full set"
        met_by = f"{name}: Trusted Advisor 전체 검사" if ko else f"{name}: the full set of Trusted Advisor checks"
        ta = plan.trusted_advisor
        return _flag(None if ta == "unconfirmed" else ta == "full", met_by, word, plan.cite.trusted_advisor)
    if req.id == "support-api":
        met_by = f"{name}: AWS Support API 포함" if ko else f"{name}: includes the AWS Support API"
        state = derived.support_api[plan.id]
        return Verdict(state, met_by, "Support API", plan.cite.channels) if state == "yes" else Verdict(state)
    if req.id == "budget":
        floor = max([derived.price_floor[plan.id]] + [price_at(q, spend) or 0 for q in derived.cheaper[plan.id]])
        return _budget(plan, req.value, lang, floor, spend)
    if req.id == "account-billing":  # every plan, Basic included, has 24/7 customer service for these
        met_by = f"{name}: 계정·결제 고객 서비스" if ko else f"{name}: customer service for account and billing"
        return Verdict("yes", met_by, "billing" if not ko else "결제", plan.cite.channels)
    if req.id == "learning":
        if plan.price.minimum_monthly_usd != 0:
            return Verdict("no")
        word = "무료" if ko else "free"
        met_by = (
            f"{name}: 무료이며 기술 문제는 문서와 re:Post 같은 셀프서비스로 해결"
            if ko
            else f"{name}: free, with self-service technical help (documentation, re:Post)"
        )
        return Verdict("yes", met_by, word, plan.cite.channels)
    raise ValueError(f"unknown requirement {req.id!r}")


def _flag(value: bool | None, met_by: str, evidence: str, cite: Cite) -> Verdict:
    if value is None:
        return Verdict("unconfirmed")
    return Verdict("yes", met_by, evidence, cite) if value else Verdict("no")


def _tam(plan: Plan, need: str, lang: str) -> Verdict:
    if plan.tam == "unconfirmed":
        return Verdict("unconfirmed")
    if plan.tam == "none" or (need == "designated-tam" and plan.tam != "designated"):
        return Verdict("no")
    ko, name = lang == "ko", short_name(plan)
    if plan.tam == "designated":
        word = "지정 TAM" if ko else "designated TAM"
        return Verdict("yes", f"{name}: {word}" if ko else f"{name}: a {word}", word, plan.cite.tam_concierge)
    word = "TAM 풀" if ko else "pool of TAMs"
    return Verdict("yes", f"{name}: {word}" if ko else f"{name}: a {word}", word, plan.cite.tam_concierge)


def price_at(price: Price, spend: float | None) -> float | None:
    """Monthly price at a monthly AWS spend: the greater of the minimum and the tiered percentages.
    Without a spend, the minimum; None when the catalog has no price."""
    if price.minimum_monthly_usd is None:
        return None
    total, low, spent = 0.0, 0.0, float(spend or 0)
    for tier in price.tiers if spend else []:
        high = tier.up_to_usd if tier.up_to_usd is not None else float("inf")
        total += max(0.0, min(spent, high) - low) * tier.percent / 100
        low = high
    return max(float(price.minimum_monthly_usd), total)


def _budget(plan: Plan, cap: int | None, lang: str, floor: float, spend: float | None = None) -> Verdict:
    price, ko, name = price_at(plan.price, spend), lang == "ko", short_name(plan)
    if price is None:  # unknown, but never below what cheaper-ranked plans cost
        return Verdict("no" if cap is not None and floor > cap else "unconfirmed")
    if cap is not None and price > cap:
        return Verdict("no")  # an uncertain price counts at its higher figure: a budget is a hard limit
    if price == 0:
        return Verdict("yes", f"{name}: 무료" if ko else f"{name}: free", "무료" if ko else "free", plan.cite.price)
    amount = f"${plan.price.minimum_monthly_usd:,}"
    doubt = (" (불확실)" if ko else " (uncertain)") if plan.price.uncertain else ""
    if spend:
        cost = f"${price:,.0f}"
        met_by = (
            f"{name}: 이 사용량에서 월 {cost} (최소 {amount}){doubt}"
            if ko
            else f"{name}: {cost} a month at this usage (minimum {amount}){doubt}"
        )
    else:
        met_by = f"{name}: 월 {amount}부터{doubt}" if ko else f"{name}: from {amount} a month{doubt}"
    return Verdict("yes", met_by, amount, plan.cite.price)
