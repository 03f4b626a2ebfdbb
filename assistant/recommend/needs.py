"""Requirements from a free-text need in Korean or English, or from option ids.

Support needs are read with the catalog's words (support_plans.yaml `needs` and `cues`) by the generic
machinery in reader.py: negation, must versus nice-to-have, durations and money (USD, KRW) and the
plan a customer is on. They become ids a plan can be checked against ("production-down-1h", "budget").
Partner needs become the catalog entries whose keywords the text names, plus the intents keywords
alone cannot tell apart (selling versus buying software, training people versus training models).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from assistant.answer.aside import set_aside_at
from assistant.errors import BadQuestion
from assistant.knowledge.catalog import IntentWords, PartnerEntry, PartnerReading, Partners, SupportPlans
from assistant.messages import bilingual, say
from assistant.recommend.reader import (
    HANGUL,
    TOO_MUCH,
    Match,
    Money,
    clause_bounds,
    clause_of,
    durations,
    find,
    money,
    pair_rx,
    phrase_rx,
    repair,
    vocabulary_of,
    without_language_switch,
)

# Option ids; the order is the order reasons are listed in. Labels: the catalogue's `rec.need.<id>`.
NEEDS: tuple[str, ...] = (
    "business-critical-15m",
    "business-critical-30m",
    "production-down-1h",
    "production-impaired-4h",
    "system-impaired-12h",
    "general-guidance-24h",
    "24x7",
    "phone",
    "chat",
    "email",
    "tam",
    "designated-tam",
    "concierge",
    "full-trusted-advisor",
    "support-api",
    "account-billing",
)
BUDGETS: dict[str, int | None] = {"free": 0, "low": 200, "medium": 5500, "high": None}  # USD a month


@dataclass(frozen=True)
class Requirement:
    id: str  # a NEEDS id, "budget" or "learning"
    value: int | None = None  # minutes asked for (response needs), the USD cap (budget)
    said: str = ""  # the words it came from; "" for options
    level: str = ""  # budget only: free/low/medium/high, or "" for a dollar amount
    krw: int | None = None  # budget only: the cap as written, when it was in won
    under: bool = False  # budget only: the amount said is itself too much ("15k/mo is too much"), the cap one below

    def label(self, lang: str) -> str:
        if self.id != "budget":
            return say(f"rec.need.{self.id}", lang)
        if self.krw is not None:
            return say("rec.budget.krw", lang, krw=self.krw, usd=self.value)
        if not self.level and self.under and self.value is not None:
            return say("rec.budget.under_usd", lang, usd=self.value + 1)
        if not self.level:
            return say("rec.budget.usd", lang, usd=self.value)
        word = say(f"rec.budget.{self.level}", lang)
        if not self.value:
            return say("rec.budget.level", lang, word=word)
        return say("rec.budget.level_cap", lang, word=word, usd=self.value)


def latin(pattern: str) -> str:
    """Latin words bounded by non-letters, so "TAM이" and "API로" match next to Hangul but "tamper" does not."""
    return rf"(?<![A-Za-z0-9])(?:{pattern})(?![A-Za-z0-9])"


def any_of(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts), re.I)


# --- support needs: read with the catalog's words -------------------------------------------------
TARGETS: tuple[tuple[int, str], ...] = (
    (15, "business-critical-15m"),
    (30, "business-critical-30m"),
    (60, "production-down-1h"),
    (240, "production-impaired-4h"),
    (720, "system-impaired-12h"),
    (1440, "general-guidance-24h"),
)
SITUATIONS = ("business-critical-30m", "production-down-1h", "production-impaired-4h")
CLOCK = re.compile(r"(?<![\d:])(\d{1,2})(?::\d\d)?\s*([ap])\.?\s*m(?![A-Za-z])\.?|(오전|오후)\s*(\d{1,2})\s*시", re.I)
DAY_MINUTES = 24 * 60
CHANNELS = ("phone", "chat", "email")
NEGATION_BEFORE_REACH = 25  # characters between "don't need" and the feature it cancels
NEGATION_AFTER_REACH = 14  # characters between "TAM은" and "필요 없어"
SIMILARITY_MARGIN = 0.01  # best minus runner-up similarity; set on hand-written probes, not on any eval table
Encode = Callable[[list[str]], Any]  # texts -> unit vectors (assistant.retrieval.embedder spaces' encode)


@dataclass
class SupportNeeds:
    """What a support request says: must-haves, nice-to-haves, what it rules out, money, and its current plan."""

    reqs: list[Requirement] = field(default_factory=list)  # must-haves, budget and learning included
    nice: list[Requirement] = field(default_factory=list)
    ruled_out: list[Requirement] = field(default_factory=list)  # "no TAM needed"
    spend_usd: float | None = None  # monthly AWS usage stated, for pricing usage-based plans
    spend_said: str = ""
    krw: bool = False  # an amount was in won: the answer shows the rate and its date
    current: str | None = None  # plan id the customer is on ("we are on Business")
    named: list[str] = field(default_factory=list)  # plans the request names to weigh ("developer랑 business 중에")
    similar: list[tuple[str, float]] = field(default_factory=list)  # fallback matches (need id, similarity)
    keep: bool = False  # asks whether the current plan can be kept ("can we stay on developer?")
    cost_now: bool = False  # asks what the current plan costs ("what's our support bill right now?")
    above: str | None = None  # a plan asked to be gone beyond ("ES보다 윗단", "something above enterprise")


def extract_support_needs(text: str, plans: SupportPlans | None = None) -> list[Requirement]:
    """The requirements a need states (must-haves, budget, learning), in option order."""
    return read_support(text, plans or _default_plans()).reqs


def read_support(text: str, plans: SupportPlans, encode: Encode | None = None) -> SupportNeeds:
    """Read a request with the catalog's phrases and cues; `encode` enables the similarity fallback."""
    cues = plans.cues
    text = repair(text or "", _vocabulary(plans))
    bounds = clause_bounds(text, cues.clause_breaks)
    groups: dict[str, list[str]] = {n.id: n.phrases for n in plans.needs}
    groups |= {f":unless:{n.id}": n.unless for n in plans.needs if n.unless}
    for name in ("negation_before", "negation_after", "nice_to_have", "must", "production", "not_production"):
        groups[f":{name}"] = getattr(cues, name)
    for name in ("learning", "business_hours", "free", "low", "high", "budget", "spend", "ignore"):
        groups[f":{name}"] = getattr(cues, name)
    for plan in plans.plans:
        groups[f"@{plan.id}"] = plan.aliases
        groups[f"@@{plan.id}"] = plan.short_aliases
    hits = find(text, groups)
    out = SupportNeeds()
    needs = [h for h in hits if not h.key.startswith((":", "@"))]
    spans = [(h.start, h.end) for h in hits if h.key == "24x7"]
    found: dict[str, Requirement] = {}
    # "24시간 전화 지원", "24 hour phone support": a day's hours before a channel are the hours it is open
    for d in durations(text, cues.numbers):
        if d[0] == DAY_MINUTES and any(h.key in CHANNELS and 0 <= h.start - d[2] <= 2 for h in needs):
            spans.append((d[1], d[2]))
            found.setdefault("24x7", Requirement("24x7", said=d[3]))
    # "24시간 연중무휴", "24 hours a day": a duration touching a round-the-clock phrase is not a target
    timed = [d for d in durations(text, cues.numbers) if not any(a - 3 <= d[2] and d[1] < b for a, b in spans)]
    soft: dict[str, Requirement] = {}
    for minutes, _start, _end, said in timed:
        need = _target(minutes)
        if not found.get(need) or (found[need].value or 0) > minutes:
            found[need] = Requirement(need, minutes, said)
    for h in needs:
        if h.key in SITUATIONS and timed:
            continue  # a stated time beats the severity a situation implies
        req = Requirement(h.key, said=h.said)
        if _in_clause(hits, f":unless:{h.key}", h, bounds):
            continue
        if _negated(h, hits, text, bounds, cues):
            out.ruled_out.append(req)
        elif _in_clause(hits, ":nice_to_have", h, bounds):
            soft.setdefault(h.key, req)
        else:
            found.setdefault(h.key, req)
    if "24x7" not in found and (night := _night_time(text)):
        found["24x7"] = Requirement("24x7", said=night.group(0))
    has = {k for k in (h.key for h in hits)}
    severity = any(n in found for _, n in TARGETS)
    production = [h for h in hits if h.key == ":production"]
    live = [h for h in production if not _negated(h, hits, text, bounds, cues)]  # "no prod" is not production
    # ("테스트용 AWS 계정을 스무 개 운영 중": accounts run for testing are in operation, not production)
    live = [h for h in live if not _in_clause(hits, ":learning", h, bounds)]
    if live and ":not_production" not in has and not severity:
        found["production-impaired-4h"] = Requirement("production-impaired-4h", said=live[0].said)
    out.reqs = simplify([found[n] for n in NEEDS if n in found])
    out.nice = [r for n, r in soft.items() if n not in found]
    out.current = _current_plan(hits, text, bounds, cues)
    out.keep = bool(find(text, {":keep": cues.keep}))  # (read apart: "계속 사용 중" still says the current plan)
    out.cost_now = bool(find(text, {":cost_now": cues.cost_now}))
    out.named = [p for p in _named_plans(hits, text, cues) if p != out.current]
    out.above = _above(hits, text, plans)
    budget = _money(text, hits, bounds, plans, out) or _priced_out(hits, text, plans, out)
    if budget is None:
        budget = next((_level(h) for h in hits if h.key in (":free", ":low", ":high")), None)
    if budget:
        out.reqs.append(budget)
    denied = next((h for h in production if h not in live), None)
    learning = next((h for h in hits if h.key in (":learning", ":not_production")), denied)
    if learning and not [r for r in out.reqs if r.id != "budget"]:
        out.reqs.append(Requirement("learning", said=learning.said))
    if encode and not out.reqs and not out.ruled_out and not out.current and text.strip():
        out.similar = _similar(text, plans, encode)
        out.reqs = [Requirement(n, said=text.strip()) for n, _ in out.similar]
    return out


def _negated(h: Match, hits: list[Match], text: str, bounds: list[tuple[int, int]], cues: Any) -> bool:
    """ "no TAM", "don't need a TAM or concierge", "TAM은 필요 없고", "TAM이나 컨시어지는 필요 없어"."""
    a, b = clause_of(bounds, h.start)
    for c in hits:
        if not a <= c.start < b:
            continue
        if c.key == ":negation_before" and c.end <= h.start and h.start - c.end <= NEGATION_BEFORE_REACH:
            between = [x for x in hits if c.end <= x.start < h.start]
            if not any(x.key == ":must" for x in between):
                return True
        if c.key == ":negation_after" and c.start >= h.end and c.start - h.end <= NEGATION_AFTER_REACH:
            others = [x for x in hits if h.end <= x.start < c.start and not x.key.startswith(":")]
            gap = text[h.end : others[0].start] if others else ""
            if not others or any(gap.strip().casefold().startswith(j) for j in cues.joiners):
                return True
    return False


def _in_clause(hits: list[Match], key: str, h: Match, bounds: list[tuple[int, int]]) -> bool:
    span = clause_of(bounds, h.start)
    return any(c.key == key and clause_of(bounds, c.start) == span for c in hits)


def _current_plan(hits: list[Match], text: str, bounds: list[tuple[int, int]], cues: Any) -> str | None:
    """The plan a customer says they are on: a plan name next to "we are on", "from", "쓰고 있", "에서".

    A short name ("Business") counts beside a plan word ("Business 플랜", "business support") or right after
    a current-plan cue ("from Business"); "to Business Support+" / "비즈니스 서포트 플러스로" is the target."""
    mentions = []
    aside = _plans_set_aside(hits, text)
    for h in hits:
        if not h.key.startswith("@"):
            continue
        before, after = text[max(0, h.start - 22) : h.start], text[h.end : h.end + 18]
        cue_before = any(phrase_rx(c).search(before) for c in cues.current_plan if not HANGUL.search(c))
        cue_after = any(phrase_rx(c).search(after[:12]) for c in cues.current_plan if HANGUL.search(c))
        worded = any(phrase_rx(w).search(after[:10]) for w in cues.plan_words)
        if h.key.startswith("@@") and not (worded or cue_after or re.search(r"(?:from|on)\s+$", before, re.I)):
            continue
        if _LIKENED_AFTER.match(after) or _LIKENED_BEFORE.search(before):
            continue  # ("그거 내년에도 있지? 온램프처럼 없어지는거 아니고?": a plan held up for likeness is not theirs)
        if h in aside:
            continue  # ("Developer, Business, On-Ramp 말고 2027년 이후 가입 가능한 플랜?": set aside, not theirs)
        target = re.search(r"(?:\bto|into)\s+$", before, re.I) or re.match(r"\s*(?:플랜|서포트)?\s*(?:으로|로)", after)
        mentions.append((h, cue_before or cue_after, bool(target)))
    for h, cued, targeted in mentions:
        if cued and not targeted:
            return h.key.lstrip("@")
    named = {h.key.lstrip("@") for h, _, target in mentions if not target}
    changing = any(phrase_rx(c).search(without_language_switch(text)) for c in cues.change)
    if changing and len(named) == 1:
        return named.pop()
    return None


def _plans_set_aside(hits: list[Match], text: str) -> list[Match]:
    """The plan names the request sets aside ("온램프 말고", "other than developer"), with those listed beside one
    ("Developer, Business, On-Ramp 말고", "other than developer, business and on-ramp")."""
    plans = sorted((h for h in hits if h.key.startswith("@")), key=lambda h: h.start)
    out = [h for h in plans if set_aside_at(text, h.start, h.end)]
    pairs = list(zip(plans, plans[1:], strict=False))
    for order in (pairs, pairs[::-1]):  # (forwards after "other than"; backwards before "말고")
        for a, b in order:
            if (a in out) != (b in out) and _SIDE_BY_SIDE.fullmatch(text[a.end : b.start]):
                out.append(b if a in out else a)
    return out


# A plan named to compare with ("온램프처럼", "unlike on-ramp", "like developer"): not the one used, nor the target
_LIKENED_AFTER = re.compile(
    r"\s*(?:support\+?|플랜|서포트)?\s*(?:처럼|같이|마냥|(?:이랑|랑|과|와)\s*(?:달리|다르게|비슷))"
)
_LIKENED_BEFORE = re.compile(r"\b(?:like|unlike|as with|similar to|the same as)\s+$", re.I)


# Between two plan names set side by side: "developer랑 business", "business or developer", "dev/bs+", "A vs B"
_SIDE_BY_SIDE = re.compile(r"\s*(?:,|/|or|vs\.?|and|랑|이랑|하고|와|과|아니면|또는|이나|나)?\s*", re.I)


# a plan named as the floor to go beyond: "ES보다 윗단", "엔터프라이즈보다 상위 플랜", "anything above enterprise"
_ABOVE_AFTER = re.compile(r"\s*(?:플랜|서포트)?\s*보다\s*(?:더\s*)?(?:윗단|윗\s*단계|윗급|위|상위|높은|큰|높)")
_ABOVE_BEFORE = re.compile(
    r"\b(?:above|beyond|higher than|bigger than|bigger plan than|(?:tier|step|level) (?:up from|above)|outgr[eo]wn?)"
    r"\s+(?:the\s+|our\s+)?$",
    re.IGNORECASE,
)


def _above(hits: list[Match], text: str, plans: SupportPlans) -> str | None:
    """The plan a request asks to go beyond ("ES보다 윗단이 필요하면", "what's above enterprise?"): the answer is
    among the plans ranked over it. A plan may be named by its initials here ("ES", "BS"), which elsewhere are too
    short to read as a plan."""
    named = [(h.start, h.end, h.key.lstrip("@")) for h in hits if h.key.startswith("@")]
    initials = {"".join(w[0] for w in re.findall(r"[A-Za-z]+", p.name)).upper(): p.id for p in plans.plans}
    named += [(m.start(), m.end(), initials[m.group(0)]) for m in _INITIALS.finditer(text) if m.group(0) in initials]
    for start, end, plan in sorted(named):
        if _ABOVE_AFTER.match(text, end) or _ABOVE_BEFORE.search(text[max(0, start - 30) : start]):
            return plan
    return None


_INITIALS = re.compile(r"(?<![A-Za-z])[A-Z]{2,4}(?![A-Za-z])")


def _named_plans(hits: list[Match], text: str, cues: Any) -> list[str]:
    """The plans a request names, in order. A short name ("business") counts beside a plan word or set side by
    side with another plan's name, never alone ("business hours" is no plan)."""
    mentions = sorted((h for h in hits if h.key.startswith("@")), key=lambda h: h.start)
    out: list[str] = []
    for i, h in enumerate(mentions):
        ok = not h.key.startswith("@@") or any(phrase_rx(w).search(text[h.end : h.end + 10]) for w in cues.plan_words)
        for j in (i - 1, i + 1):  # a neighbour joined to it by "or", "랑", "/"
            if 0 <= j < len(mentions):
                a, b = sorted((h, mentions[j]), key=lambda x: x.start)
                ok = ok or bool(_SIDE_BY_SIDE.fullmatch(text[a.end : b.start]))
        plan = h.key.lstrip("@")
        if ok and plan not in out:
            out.append(plan)
    return out


def _money(text: str, hits: list[Match], bounds: list[tuple[int, int]], plans: SupportPlans, out: SupportNeeds):
    """Each amount is a budget or the AWS spend, by the nearest money word in its clause; budgets are caps."""
    caps: list[tuple[float, Money, bool]] = []
    for m in money(text, plans.exchange_rate.krw_per_usd):
        span = clause_of(bounds, m.start)
        near = [h for h in hits if h.key in (":budget", ":spend", ":free") and clause_of(bounds, h.start) == span]
        near.sort(key=lambda h: min(abs(h.start - m.end), abs(m.start - h.end)))
        out.krw = out.krw or m.krw is not None
        # ("15k/mo for ent is too much tbh", "만오천불은 너무 비쌈": that amount is already over the budget)
        too_much = bool(TOO_MUCH.match(text, m.end))
        if near and near[0].key == ":spend" and not too_much:
            out.spend_usd, out.spend_said = m.usd, m.said
        else:
            caps.append((m.usd - 1 if too_much else m.usd, m, too_much))
    if not caps:
        return None
    usd, m, under = min(caps, key=lambda c: c[0])
    return Requirement("budget", int(usd), said=m.said, krw=m.krw, under=under)


def _priced_out(hits: list[Match], text: str, plans: SupportPlans, out: SupportNeeds) -> Requirement | None:
    """A plan turned down for its price, no amount said ("엔터프라이즈는 너무 비싸서 못씀", "enterprise support is too
    expensive for us"): the budget is below that plan's minimum, and the plan is no longer one to weigh."""
    for h in sorted((h for h in hits if h.key.startswith("@")), key=lambda h: h.start):
        plan = next((p for p in plans.plans if p.id == h.key.lstrip("@")), None)
        if plan is None or not plan.price.minimum_monthly_usd or not TOO_MUCH.match(text, h.end):
            continue
        out.named = [p for p in out.named if p != plan.id]
        return Requirement("budget", plan.price.minimum_monthly_usd - 1, said=h.said, under=True)
    return None


def _level(h: Match) -> Requirement:
    level = h.key.lstrip(":")
    return Requirement("budget", BUDGETS[level], said=h.said, level=level)


def _similar(text: str, plans: SupportPlans, encode: Encode) -> list[tuple[str, float]]:
    """The need whose bilingual description is clearly closest to the request, when no phrase fired.

    Small multilingual models squeeze all similarities together (0.75-0.88 for any text), so the best
    need must beat both the runner-up and the catalog's "no need stated" examples by SIMILARITY_MARGIN;
    otherwise nothing is guessed and the advisor asks its question."""
    import numpy as np

    described = [n for n in plans.needs if n.id in NEEDS]
    texts = tuple(f"{n.description.en} {n.description.ko}" for n in described)
    nulls = tuple(t for x in plans.no_need for t in (x.en, x.ko))
    key = (id(encode), texts + nulls)
    if key not in _DESCRIBED:
        _DESCRIBED[key] = np.asarray(encode(list(texts + nulls)))
    sims = _DESCRIBED[key] @ np.asarray(encode([text]))[0]
    need_sims, null_sims = sims[: len(texts)], sims[len(texts) :]
    order = np.argsort(-need_sims)
    best = float(need_sims[order[0]])
    rival = max([float(need_sims[order[1]]), *map(float, null_sims)])
    return [(described[int(order[0])].id, best)] if best - rival >= SIMILARITY_MARGIN else []


_DESCRIBED: dict[tuple[int, tuple[str, ...]], Any] = {}  # description vectors per encoder, computed once


def _night_time(text: str) -> re.Match[str] | None:
    """A clock time outside business hours (08:00-18:00): "3 a.m.", "오후 11시"."""
    for m in CLOCK.finditer(text):
        hour, half = (int(m.group(1)), m.group(2).lower()) if m.group(1) else (int(m.group(4)), m.group(3))
        morning = half in ("a", "오전")
        if (morning and (hour < 8 or hour == 12)) or (not morning and 6 <= hour < 12):
            return m
    return None


def _target(minutes: int) -> str:
    """The cheapest need whose target meets a wanted response time; faster than any plan = the fastest."""
    fitting = [need for target, need in TARGETS if target <= minutes]
    return fitting[-1] if fitting else TARGETS[0][1]


def _vocabulary(plans: SupportPlans) -> frozenset[str]:
    """Every English word the catalog's phrases and cues use: the words a typo is repaired towards."""
    cues = plans.cues
    words = [p for n in plans.needs for p in n.phrases] + [a for p in plans.plans for a in p.aliases]
    for name in type(cues).model_fields:
        words += list(getattr(cues, name))
    return _vocabulary_of(tuple(words))


@lru_cache(maxsize=8)
def _vocabulary_of(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(vocabulary_of(words))


def _default_plans() -> SupportPlans:
    from assistant.knowledge.catalog import load_catalog
    from assistant.settings import load_settings

    return load_catalog(load_settings().corpus).support_plans


def parse_need_ids(ids: Iterable[str]) -> list[Requirement]:
    """Option ids (`--need phone`) as requirements; an unknown id is an error that lists the known ones."""
    reqs = []
    for raw in ids:
        need = raw.strip().lower()
        if need not in NEEDS:
            raise BadQuestion(bilingual("errors.recommend.unknown_need", need=raw, needs=", ".join(NEEDS)))
        reqs.append(Requirement(need))
    return reqs


def parse_budget(level: str | None) -> Requirement | None:
    if level is None:
        return None
    key = level.strip().lower()
    if key not in BUDGETS:
        raise BadQuestion(bilingual("errors.recommend.unknown_budget", budget=level, budgets=", ".join(BUDGETS)))
    return Requirement("budget", BUDGETS[key], level=key)


def merge(*groups: Iterable[Requirement]) -> list[Requirement]:
    """Requirements from several places, later groups winning (an explicit --budget beats the text)."""
    found: dict[str, Requirement] = {}
    for group in groups:
        for r in group:
            found[r.id] = r
    order = [*NEEDS, "budget", "learning"]
    reqs = simplify(sorted(found.values(), key=lambda r: order.index(r.id)))
    stated = any(r.id in NEEDS for r in reqs)  # learning only speaks when nothing more specific was said
    return [r for r in reqs if not (stated and r.id == "learning")]


def simplify(reqs: list[Requirement]) -> list[Requirement]:
    """Drop needs a stricter one implies: a 15-minute target implies the 30-minute one, a designated TAM a TAM."""
    ids = {r.id for r in reqs}
    implied = {"business-critical-30m": "business-critical-15m", "tam": "designated-tam"}
    return [r for r in reqs if implied.get(r.id) not in ids]


# --- partner reading: intents and size words live in partners.yaml `reading` -------------------------
CERTIFICATE = re.compile(r"certifications?|certificates?|인증", re.I)  # people's or a system's: the context decides
DEADLINE = any_of(
    latin(r"(?:in|within)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:months?|weeks?)"),
    r"(?:\d+|[한두세네]|다섯|여섯)\s*(?:개월|달|주)\s*(?:안에|내|이내|만에)",
)


@dataclass
class PartnerNeeds:
    entries: dict[str, str] = field(default_factory=dict)  # catalog entry id -> the words that named it
    intents: dict[str, str] = field(default_factory=dict)  # sell, buy, train, become, services, operate
    size: str | None = None  # "large" or "small"
    korea: bool = False
    deadline: str = ""


def extract_partner_needs(text: str, partners: Partners, cues: Any = None) -> PartnerNeeds:
    """Catalog entries named by their keywords (longest first, no overlaps) and the intents around them.

    `cues` (support_plans.yaml `cues`: the same negation words serve both advisors) drops negated entries."""
    reading = partners.reading
    needs = PartnerNeeds(entries=_keyword_hits(text, partners, cues))
    for intent in ("become", "sell", "train", "buy", "services", "operate"):
        if said := _said(text, reading.intents[intent]):
            needs.intents[intent] = said
    if "competency-security" in needs.entries:  # "ISMS-P certification" certifies a system, not people
        if CERTIFICATE.fullmatch(needs.intents.get("train", "")):
            del needs.intents["train"]
        for entry, said in list(needs.entries.items()):
            if CERTIFICATE.fullmatch(said) and entry != "competency-security":
                del needs.entries[entry]
    large = find(text, {"large": reading.sizes["large"]}) or _many(text, reading)
    needs.size = "large" if large else "small" if find(text, {"small": reading.sizes["small"]}) else None
    needs.korea = any(phrase_rx(w).search(text) for w in partners.korea_words)
    needs.deadline = m.group(0) if (m := DEADLINE.search(text)) else ""
    return needs


def _said(text: str, words: IntentWords) -> str:
    """The words that state an intent: a phrase, or a pair ("train ... engineers"); "" when none does."""
    if hits := find(text, {"x": words.phrases}):
        return hits[0].said
    for pair in words.pairs:
        if m := pair_rx(pair.first, pair.then, pair.within).search(text):
            return m.group(0)
    return ""


def _many(text: str, reading: PartnerReading) -> bool:
    """A count of servers or workloads at or above the catalog's "large" count: "300 VMs", "서버 150대"."""
    units = "|".join(re.escape(u) for u in sorted(reading.count_units, key=len, reverse=True))
    for m in re.finditer(rf"(\d[\d,]*)\s*(?:{units})", text, re.I):
        if int(m.group(1).replace(",", "")) >= reading.large_count:
            return True
    return False


def _keyword_hits(text: str, partners: Partners, cues: Any = None) -> dict[str, str]:
    """Entries whose keywords the text names, unless negated ("no migration help", "마이그레이션은 필요 없고")."""
    p = partners
    negations = _negations(text, cues) if cues is not None else []
    entries: list[PartnerEntry] = [*p.paths, *p.legacy_types, *p.tiers, *p.programs, *p.competencies]
    entries += [*p.korean_premier_partners, *p.alternatives]
    owners: dict[str, list[str]] = {}  # one keyword may name several entries ("saas": Software Path, Marketplace)
    for entry in entries:
        for k in entry.keywords:
            owners.setdefault(k.casefold(), []).append(entry.id)
    for svc in p.aws_services:  # a named AWS service: its Competency, else validated delivery of that service
        for name in svc.names:
            owners.setdefault(name.casefold(), []).append(svc.competency or "aws-service-delivery")
    taken = [False] * len(text)
    hits: dict[str, str] = {}
    for keyword in sorted(owners, key=len, reverse=True):
        for m in _keyword_rx(keyword).finditer(text):
            if any(taken[m.start() : m.end()]) or _false_friend(keyword, text, m.end(), p.reading.false_friends):
                continue
            taken[m.start() : m.end()] = [True] * (m.end() - m.start())
            # (a name that starts within a negation's reach: "not interested in shops still doing navigate")
            if any(start <= m.start() < end for start, end in negations):
                continue
            for entry_id in owners[keyword]:
                hits.setdefault(entry_id, m.group(0))
    return hits


def _negations(text: str, cues: Any) -> list[tuple[int, int]]:
    """Spans a negation covers, within one clause: after "no/don't need/without", before "필요 없/not needed"."""
    bounds = clause_bounds(text, cues.clause_breaks)
    spans = []
    hits = find(text, {"before": cues.negation_before, "after": cues.negation_after, "must": cues.must})
    for c in hits:
        a, b = clause_of(bounds, c.start)
        if c.key == "before":
            wants = [h.start for h in hits if h.key == "must" and h.start >= c.end]  # "not on AWS yet, want to..."
            spans.append((c.end, min([b, c.end + NEGATION_BEFORE_REACH, *wants])))
        elif c.key == "after":
            spans.append((max(a, c.start - NEGATION_AFTER_REACH - 10), c.start))
    return spans


def _keyword_rx(keyword: str) -> re.Pattern[str]:
    """Korean as written; English through the reader (word bounds, plural and verb endings: "audits")."""
    if HANGUL.search(keyword):
        return re.compile(r"\s+".join(re.escape(w) for w in keyword.split()), re.I)
    return phrase_rx(keyword)


def _false_friend(keyword: str, text: str, end: int, friends: dict[str, list[str]]) -> bool:
    return any(text.startswith(tail, end) for tail in friends.get(keyword, ()))
