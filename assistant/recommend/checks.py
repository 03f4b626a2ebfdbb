"""Does a support plan meet one requirement? Yes, no, or unconfirmed, with the words its passage states.

Only the catalog decides: a fact the catalog marks unknown (null, "unconfirmed", an uncertain price)
is never counted as met. Facts without a catalog field of their own are worked out in `derive`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from assistant.knowledge.catalog import Cite, Plan, Price
from assistant.messages import say
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
SEVERITY_NAMES = tuple(dict.fromkeys(field for field, _ in SEVERITIES.values()))  # words: `sev.<field>`
CHANNELS = ("phone", "chat", "email")  # words: `ch.<channel>`


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
        return say("duration.minutes", lang, n=minutes)
    hours = minutes // 60
    return say("duration.hours" if hours > 1 else "duration.hour", lang, n=hours)


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
    name = short_name(plan)

    def said(key: str, **values: object) -> str:
        return say(f"rec.{key}", lang, **values)

    if req.id in SEVERITIES:
        field, limit = SEVERITIES[req.id]
        minutes = getattr(plan.response_minutes, field)
        if minutes is None or minutes > limit:
            return Verdict("no")
        severity, target = say(f"sev.{field}", lang), duration(minutes, lang)
        met_by = said("met_by.severity", name=name, severity=severity, target=target)
        return Verdict("yes", met_by, target, plan.cite.response_targets)
    if req.id in CHANNELS:
        word = say(f"ch.{req.id}", lang)
        met_by = said("met_by.channel", name=name, word=word)
        return _flag(getattr(plan.channels, req.id), met_by, word, plan.cite.channels)
    if req.id == "24x7":
        if plan.channels.hours is None and not any((plan.channels.email, plan.channels.phone, plan.channels.chat)):
            return Verdict("no")  # no technical channel at all (Basic), so nothing to staff around the clock
        word = said("word.24x7")
        hours = plan.channels.hours
        met_by = said("met_by.24x7", name=name, word=word)
        return _flag(None if hours is None else hours == "24x7", met_by, word, plan.cite.channels)
    if req.id in ("tam", "designated-tam"):
        return _tam(plan, req.id, lang)
    if req.id == "concierge":
        met_by = said("met_by.concierge", name=name)
        return _flag(plan.concierge, met_by, said("word.concierge"), plan.cite.tam_concierge)
    if req.id == "full-trusted-advisor":
        met_by, ta = said("met_by.full_ta", name=name), plan.trusted_advisor
        full = None if ta == "unconfirmed" else ta == "full"
        return _flag(full, met_by, said("word.full_set"), plan.cite.trusted_advisor)
    if req.id == "support-api":
        met_by = said("met_by.support_api", name=name)
        state = derived.support_api[plan.id]
        return Verdict(state, met_by, "Support API", plan.cite.channels) if state == "yes" else Verdict(state)
    if req.id == "budget":
        floor = max([derived.price_floor[plan.id]] + [price_at(q, spend) or 0 for q in derived.cheaper[plan.id]])
        return _budget(plan, req.value, lang, floor, spend)
    if req.id == "account-billing":  # every plan, Basic included, has 24/7 customer service for these
        return Verdict("yes", said("met_by.billing", name=name), said("word.billing"), plan.cite.channels)
    if req.id == "learning":
        if plan.price.minimum_monthly_usd != 0:
            return Verdict("no")
        return Verdict("yes", said("met_by.learning", name=name), said("word.free"), plan.cite.channels)
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
    word = say("rec.word.designated_tam" if plan.tam == "designated" else "rec.word.tam_pool", lang)
    met_by = say("rec.met_by.tam", lang, name=short_name(plan), word=word)
    return Verdict("yes", met_by, word, plan.cite.tam_concierge)


def price_low_at(price: Price, spend: float | None) -> float | None:
    """An uncertain price at the lower minimum another source gives; None when no source gives one."""
    if price.low_monthly_usd is None:
        return None
    return price_at(price.model_copy(update={"minimum_monthly_usd": price.low_monthly_usd}), spend)


def break_even(price: Price) -> float | None:
    """The monthly AWS spend at which the tiered percentages reach the minimum fee: above it the percentages set the
    price ($29 at 3% -> about $967). None without a minimum or tiers."""
    if price.minimum_monthly_usd is None or not price.tiers:
        return None
    total, low = 0.0, 0.0
    for tier in price.tiers:
        high = tier.up_to_usd if tier.up_to_usd is not None else float("inf")
        band = (high - low) * tier.percent / 100
        if total + band >= price.minimum_monthly_usd and tier.percent:
            return low + (price.minimum_monthly_usd - total) * 100 / tier.percent
        total, low = total + band, high
    return None


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


@dataclass(frozen=True)
class Held:
    """A plan's monthly price held against an amount: at the stated AWS spend, else from its minimum."""

    cost: float
    within: bool
    at_spend: bool  # the cost is worked out at the stated spend (else it is the minimum)
    usage_limit: float | None = None  # no spend stated: the monthly usage up to which the price stays within
    tiered: bool = False  # the price grows with usage (so without a spend, the cost is where it starts)
    low: float | None = None  # an uncertain price within the amount only at the lower figure a source gives

    @property
    def maybe(self) -> bool:
        """Over the amount at the higher figure, within it at the lower: neither fits nor misses."""
        return self.low is not None  # (set only then)


def held_against(price: Price, amount: float, spend: float | None) -> Held | None:
    """None when the catalog has no price. An uncertain price counts at its higher figure, as budgets do."""
    cost = price_at(price, spend)
    if cost is None:
        return None
    limit = None
    if spend is None and price.tiers and cost <= amount and price_at(price, 1e12) > amount:  # type: ignore[operator]
        low, high = 0.0, 1e12
        for _ in range(100):  # the price only grows with usage: halve the range to the last spend within
            mid = (low + high) / 2
            low, high = (mid, high) if (price_at(price, mid) or 0) <= amount else (low, mid)
        limit = low
    lower = price_low_at(price, spend)
    maybe = lower if lower is not None and cost > amount >= lower else None
    return Held(cost, cost <= amount, spend is not None and bool(price.tiers), limit, bool(price.tiers), maybe)


def held_text(fit: Held, amount: float, spend: float | None, rule: str, lang: str) -> str:
    """ "$500 a month at $5,000 of monthly AWS usage, over $400 (rule)"; "from $29 …, within $100 up to $3,333 …"."""
    cost = f"${fit.cost:,.0f}"
    at = say("price.held.at", lang, spend=f"${spend:,.0f}") if fit.at_spend and spend is not None else ""
    if not fit.at_spend and fit.tiered:
        cost = say("price.held.from", lang, cost=cost)
    limit = say("price.held.limit", lang, usage=f"${fit.usage_limit:,.0f}") if fit.usage_limit is not None else ""
    key = "price.held.within" if fit.within else "price.held.over"
    return say(key, lang, at=at, cost=cost, amount=f"${amount:,.0f}", limit=limit, rule=rule)


def tier_shares(price: Price, spend: float) -> list[tuple[float, float | None, float, float]]:
    """The tiered price at a spend, band by band: (from, to or None, percent, amount) for each band the spend
    reaches. Their sum is the tiered total, which the minimum may still exceed."""
    out: list[tuple[float, float | None, float, float]] = []
    low = 0.0
    for tier in price.tiers:
        if spend <= low:
            break
        high = None if tier.up_to_usd is None else float(tier.up_to_usd)
        part = (min(spend, high) if high is not None else spend) - low
        out.append((low, high, float(tier.percent), part * tier.percent / 100))
        low = high if high is not None else spend
    return out


def usd(amount: float | None) -> str:
    """A monthly figure as the advisors write it: "$5,000", or "?" when the catalog has no price."""
    return "?" if amount is None else f"${amount:,.0f}"


def _budget(plan: Plan, cap: int | None, lang: str, floor: float, spend: float | None = None) -> Verdict:
    price, name = price_at(plan.price, spend), short_name(plan)
    if price is None:  # unknown, but never below what cheaper-ranked plans cost
        return Verdict("no" if cap is not None and floor > cap else "unconfirmed")
    if cap is not None and price > cap:
        return Verdict("no")  # an uncertain price counts at its higher figure: a budget is a hard limit
    if price == 0:
        return Verdict("yes", say("rec.met_by.free", lang, name=name), say("rec.word.free", lang), plan.cite.price)
    amount = f"${plan.price.minimum_monthly_usd:,}"
    doubt = say("rec.word.uncertain", lang) if plan.price.uncertain else ""
    if spend:
        met_by = say("rec.met_by.at_usage", lang, name=name, cost=f"${price:,.0f}", amount=amount, doubt=doubt)
    else:
        met_by = say("rec.met_by.from", lang, name=name, amount=amount, doubt=doubt)
    return Verdict("yes", met_by, amount, plan.cite.price)
