"""Moving from one support plan to another: end date, replacement, what is gained or lost, price change.

Compares two catalog plans fact by fact (channels, hours, response targets, TAM, concierge, Trusted
Advisor) so "we are on Business; what changes?" gets the concrete differences, each side cited by the
caller. Unknown facts are listed as unconfirmed, never as gains or losses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from assistant.knowledge.catalog import Plan
from assistant.messages import say
from assistant.recommend.checks import SEVERITY_NAMES, duration, price_at, short_name, usd

CHANNELS = ("email", "phone", "chat")  # in the order a reader compares them; words: `ch.<channel>`

TAM_RANK = {"none": 0, "pool": 1, "designated": 2}


@dataclass
class Transition:
    current: str
    to: str
    ends: dt.date | None
    gains: list[str] = field(default_factory=list)
    losses: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    price_from: float | None = None
    price_to: float | None = None
    lines: list[str] = field(default_factory=list)  # the sentences for the answer
    compared: list[str] = field(default_factory=list)  # those of `lines` read off the plans' features
    price_line: str = ""  # the one of `lines` read off the plans' prices

    def to_dict(self) -> dict[str, Any]:
        return {
            "from": self.current,
            "to": self.to,
            "ends": self.ends.isoformat() if self.ends else None,
            "gains": self.gains,
            "losses": self.losses,
            "unconfirmed": self.unknown,
            "monthly_usd_from": self.price_from,
            "monthly_usd_to": self.price_to,
        }


def transition(
    cur: Plan, to: Plan, lang: str, as_of: dt.date, spend: float | None, successor: Plan | None = None
) -> Transition:
    """From `cur` to `to`; `successor`, the plan AWS names to replace `cur`, when `to` is another one (a need
    or a budget chose it): the end notice names the plan that replaces, never the plan chosen."""
    t = Transition(short_name(cur), short_name(to), cur.available_until)
    for key in CHANNELS:
        _compare(t, getattr(cur.channels, key), getattr(to.channels, key), say(f"ch.{key}", lang))
    if cur.channels.hours != to.channels.hours:
        word = say("rec.word.24x7", lang)
        _compare(
            t, cur.channels.hours == "24x7", None if to.channels.hours is None else to.channels.hours == "24x7", word
        )
    for field_name in SEVERITY_NAMES:
        a, b = getattr(cur.response_minutes, field_name), getattr(to.response_minutes, field_name)
        name = say(f"sev.{field_name}", lang)
        if a == b:
            continue
        if b is not None and (a is None or b < a):
            t.gains.append(f"{name} {duration(b, lang)}")
        elif a is not None:
            t.losses.append(f"{name} {duration(a, lang)}")
    if cur.tam != to.tam:
        if "unconfirmed" in (cur.tam, to.tam):
            t.unknown.append("TAM")
        elif TAM_RANK[to.tam] > TAM_RANK[cur.tam]:
            t.gains.append(say(f"rec.gain.{to.tam}", lang))
        else:
            t.losses.append(say(f"rec.gain.{cur.tam}", lang))
    _compare(t, cur.concierge, to.concierge, say("rec.word.concierge", lang))
    if cur.trusted_advisor != to.trusted_advisor:
        word = say("rec.gain.full_ta", lang)
        _compare(
            t,
            cur.trusted_advisor == "full",
            None if to.trusted_advisor == "unconfirmed" else to.trusted_advisor == "full",
            word,
        )
    t.price_from, t.price_to = price_at(cur.price, spend), price_at(to.price, spend)
    if cur.available_until and cur.id != to.id:
        days = (cur.available_until - as_of).days
        t.lines.append(
            say(
                "rec.transition_end",
                lang,
                cur=t.current,
                end=cur.available_until,
                days=days,
                as_of=as_of,
                to=short_name(successor or to),
            )
        )
        if not cur.moved_by_aws:  # (On-Ramp's customers are moved by AWS: no advice to move first)
            t.lines.append(say("rec.transition_when", lang, end=cur.available_until))
        if cur.moving:
            t.lines.append(cur.moving.ko if lang == "ko" else cur.moving.en)
    elif cur.id == to.id:
        t.lines.append(say("rec.transition_stays", lang, cur=t.current))
    if cur.id != to.id:
        for key, items in (("gains", t.gains), ("losses", t.losses), ("unknowns", t.unknown)):
            if items:
                t.compared.append(say(f"rec.{key}", lang, to=t.to, items=", ".join(items)))
        if not (t.gains or t.losses or t.unknown):
            t.compared.append(say("rec.no_change", lang))
        t.lines += t.compared
        at_usage = say("rec.at_usage", lang, spend=usd(spend)) if spend else ""
        uncertain = cur.price.uncertain or to.price.uncertain  # a minimum alone is no basis for a difference
        diff = _diff(None if uncertain else t.price_from, t.price_to, lang)
        t.price_line = say(
            "rec.price_diff",
            lang,
            cur=t.current,
            cur_cost=_cost_said(t.price_from, cur, lang),
            to=t.to,
            to_cost=_cost_said(t.price_to, to, lang),
            at_usage=at_usage,
            diff=diff,
        )
        t.lines.append(t.price_line)
    return t


def _compare(t: Transition, had: bool | None, has: bool | None, word: str) -> None:
    if had == has:
        return
    if has is None or had is None:
        t.unknown.append(word)
    elif has:
        t.gains.append(word)
    else:
        t.losses.append(word)


def _diff(a: float | None, b: float | None, lang: str) -> str:
    if a is None or b is None:
        return say("rec.diff.unknown", lang)
    d = b - a
    return say("rec.diff", lang, sign="+" if d >= 0 else "-", amount=f"${abs(d):,.0f}")


def _cost_said(amount: float | None, plan: Plan, lang: str) -> str:
    """A plan's monthly figure, its doubt beside it; "not published" when the sources give none (Unified
    Operations), never a bare "?"."""
    if amount is None:
        return say("rec.price.unpublished", lang)
    return usd(amount) + _doubt(plan, lang)


def _doubt(plan: Plan, lang: str) -> str:
    """An uncertain price is its minimum only: say so beside the figure."""
    if not plan.price.uncertain:
        return ""
    return say("rec.price.minimum_only", lang)
