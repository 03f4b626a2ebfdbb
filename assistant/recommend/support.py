"""Recommend an AWS Support plan: the cheapest continuing plan that meets every must-have within the budget.

Plans are tried cheapest first (catalog `order`). Only a plan that runs past the planning horizon
(default 12 months from `as_of`, which defaults to today) can be the answer; a retiring plan that would
fit is mentioned with its end date. A plan with nothing known to be missing is preferred to a far
dearer confirmed one, with what AWS must confirm; a budget is a hard limit, priced at the stated AWS
spend, and when it cannot be met the answer is a `conflict` naming the cheapest plan meeting the rest.
"We are on X" adds the transition: end date, replacement, feature-by-feature changes and price.
"""

from __future__ import annotations

import datetime as dt
from itertools import combinations
from pathlib import Path

from assistant.knowledge.catalog import Catalog, Cite, Plan, Text
from assistant.messages import say
from assistant.recommend.checks import (
    Held,
    State,
    Verdict,
    check,
    derive,
    held_against,
    held_text,
    price_at,
    short_name,
    usd,
)
from assistant.recommend.needs import (
    NEEDS,
    Encode,
    Requirement,
    SupportNeeds,
    merge,
    parse_budget,
    parse_need_ids,
    read_support,
    simplify,
)
from assistant.recommend.transition import transition
from assistant.recommend.types import Alternative, Passage, Reason, Recommendation
from assistant.retrieval.lexical import detect_lang

FASTEST_PLAN_MINUTES = 15
MAX_LISTED = 4  # features named when saying what the next plan up adds
STALE_AFTER_DAYS = 90  # deciding this long after the facts were checked earns a reminder


def recommend_support(
    catalog: Catalog,
    corpus_dir: Path,
    need: str = "",
    needs: list[str] | None = None,
    budget: str | None = None,
    as_of: dt.date | None = None,
    horizon_months: int | None = None,
    encode: Encode | None = None,
) -> Recommendation:
    """A plan for a need in words and/or option ids; bad ids or budgets raise BadQuestion.

    `horizon_months` overrides the catalog's planning horizon; `encode` (texts -> unit vectors) turns on
    the similarity fallback for requests no phrase matches, and is left out to stay pure and fast."""
    options = parse_need_ids(needs or [])
    money = parse_budget(budget)
    lang = detect_lang(need) if need.strip() else "en"
    read = read_support(need, catalog.support_plans, encode)
    reqs = merge(read.reqs, options, [money] if money else [])
    day = as_of or dt.date.today()
    months = catalog.support_plans.planning_horizon_months if horizon_months is None else horizon_months
    advisor = _Advisor(catalog, corpus_dir, lang, day, months, read)
    if read.above in advisor.by_id and advisor.only_above(read.above):
        return advisor.decide(reqs)  # ("ES보다 윗단이 필요하면 뭘 알아봐야 돼요?": the plans ranked over it)
    if read.current and not [r for r in reqs if r.id != "budget"]:
        cap = _budget_cap(reqs)
        # ("developer 끝나면 뭘로? 예산 월 30달러": a successor over the budget is no answer; the budget decides)
        if cap is None or advisor.successor_within(cap):
            return advisor.transition_only()
        return advisor.decide(reqs)
    if _vague(reqs):
        cap = next((r.value for r in reqs if r.id == "budget" and r.value), None)
        if cap is not None:  # "월 200불 이하로 쓸수있는 서포트 뭐있어?": what the budget allows, then what decides
            return advisor.within_budget(cap)
        rec = Recommendation(
            "support_plan", lang, status="clarify", clarifying_question=say("rec.clarify_support", lang)
        )
        rec.as_of = day.isoformat()
        return rec
    return advisor.decide(reqs)


def _budget_cap(reqs: list[Requirement]) -> int | None:
    """The monthly USD the budget allows; None when no budget, or one without a figure ("high"), is stated."""
    return next((r.value for r in reqs if r.id == "budget" and r.value is not None), None)


def _vague(reqs: list[Requirement]) -> bool:
    """Nothing to go on: no need stated, and no budget that decides by itself (only "free" does)."""
    return not any(r.id in NEEDS or r.id == "learning" or (r.id == "budget" and r.value == 0) for r in reqs)


class _Advisor:
    """One decision: the requirements, every plan's verdict on each, and the recommendation being built."""

    def __init__(self, catalog: Catalog, corpus_dir: Path, lang: str, as_of: dt.date, months: int, read: SupportNeeds):
        self.catalog = catalog.support_plans
        self.plans = sorted(self.catalog.plans, key=lambda p: p.order)
        self.by_id = {p.id: p for p in self.plans}
        self.facts_date = self.catalog.as_of
        self.corpus_dir, self.lang, self.as_of, self.months, self.read = corpus_dir, lang, as_of, months, read
        self.derived = derive(self.plans, corpus_dir)
        self.avoid = {n.id for n in self.catalog.needs if n.if_unconfirmed == "avoid"}
        self.live = [p for p in self.plans if p.available_until is None or as_of < p.available_until]
        self.horizon_end = _add_months(as_of, months)
        # the plans that can be the answer: running past the planning horizon
        self.lasting = [p for p in self.live if p.available_until is None or p.available_until > self.horizon_end]
        self.reqs: list[Requirement] = []
        self.grid: dict[str, list[Verdict]] = {}
        self.straddled: set[str] = set()  # plans whose two price figures have been said against the budget
        self.rec = Recommendation("support_plan", lang)
        self.rec.as_of = as_of.isoformat()

    def only_above(self, plan_id: str) -> bool:
        """Keep only the plans ranked over `plan_id` ("ES보다 윗단이 필요하면"); False, changing nothing, when no
        lasting plan is."""
        floor = self.by_id[plan_id].order
        if not any(p.order > floor for p in self.lasting):
            return False
        self.plans, self.live, self.lasting = (
            [p for p in plans if p.order > floor] for plans in (self.plans, self.live, self.lasting)
        )
        return True

    def transition_only(self) -> Recommendation:
        """ "We are on X; what now?" with no other need: the replacement, what changes and the price."""
        cur = self.by_id[self.read.current or ""]
        target = self._successor(cur)
        self.rec.recommendation, self.rec.full_name = short_name(target), target.name
        if self.read.keep:  # "can we stay on developer next year?": no, it ends; or yes, it lasts
            if target is cur:
                self.rec.verdict = self._say("keep_yes", cur=short_name(cur))
            else:
                self.rec.verdict = self._say(
                    "keep_no", cur=short_name(cur), end=cur.available_until, to=short_name(target)
                )
            self._cite([self.rec.verdict], cur.cite.retirement or cur.cite.channels)
        elif self.read.cost_now:  # "what's our support bill right now, and after new year?": the price leads
            cost, at_usage = self._cost(cur)
            if cur is not target:
                self.rec.verdict = self._say(
                    "cost_now_ending",
                    cur=short_name(cur),
                    cost=cost,
                    at_usage=at_usage,
                    end=cur.available_until,
                    to=short_name(target),
                )
            else:
                self.rec.verdict = self._say("cost_now", cur=short_name(cur), cost=cost, at_usage=at_usage)
            self._cite([self.rec.verdict], cur.cite.price)
        elif cur.moved_by_aws and cur.moving and cur is not target:
            # "do we need to do anything before on-ramp ends?": AWS moves them; how it does leads
            self._moved_first(cur, cur.moving)
        self._transition(cur, target)
        self._money_notes()
        return self.rec

    def successor_within(self, cap: int) -> bool:
        """Whether the plan to move to fits the budget (a price the catalog lacks is not held against it)."""
        fit = held_against(self._successor(self.by_id[self.read.current or ""]).price, cap, self.read.spend_usd)
        return fit is None or fit.within

    def within_budget(self, cap: int) -> Recommendation:
        """A budget alone decides nothing (Basic is free): the lasting plans it allows, cheapest first, each with
        its price and passage, and the questions that would pick one."""
        spend = self.read.spend_usd
        fits = [p for p in self.lasting if (cost := price_at(p.price, spend)) is not None and cost <= cap]
        names = ", ".join(short_name(p) for p in fits) or "-"
        lead = self._say("within_budget", usd=cap, months=self.months, names=names)
        for p in self.lasting:  # ("~$100/mo": a plan over it at one source's figure, within it at another's, is said)
            if p not in fits:
                self._straddles(p, cap)
        named = [self.by_id[p] for p in self.read.named if p in self.by_id]
        if named:  # "budget 300, business or developer?": the plans named, held against the budget, answer first
            held = {p.id: held_against(p.price, cap, spend) for p in named}
            within = [p for p in named if (h := held[p.id]) is not None and h.within]
            over = [p for p in named if p not in within]
            if within:
                said = self._say("named_within", usd=cap, names=self._ending_names(within, held))
                said += f" {self._say('named_over', usd=cap, names=self._ending_names(over, held))}" if over else ""
            else:
                said = self._say("named_none", usd=cap, names=self._ending_names(over, held))
            lead = f"{said}\n{lead}"
            for p in named:
                why = self._held(p, cap, held[p.id])
                self.rec.compared.append(Alternative(p.name, why, self._passage(p.cite.price)))
        self.rec.status = "clarify"
        # (one plan within the budget leaves nothing to pick between)
        ask = f"\n\n{self._say('clarify_support_budget')}" if len(fits) > 1 else ""
        self.rec.clarifying_question = lead + ask
        for p in fits:
            text = p.price.text.ko if self.lang == "ko" else p.price.text.en
            self.rec.alternatives.append(Alternative(short_name(p), text, self._passage(p.cite.price)))
        return self.rec

    def _ending_names(self, plans: list[Plan], held: dict[str, Held | None]) -> str:
        """ "Business Support ($7,900 a month, ends 2027-01-01), Business Support+": the price at the stated spend
        (the answer to "얼마 나옴? 예산 안에 들어옴?" on the first line) and the end of a plan that ends."""
        out = []
        for p in plans:
            fit = held.get(p.id)
            details = [self._say("named_cost", cost=usd(fit.cost))] if fit is not None and fit.at_spend else []
            details += [self._say("named_end", end=p.available_until)] if p.available_until else []
            out.append(self._say("named_detail", name=p.name, details=", ".join(details)) if details else p.name)
        return ", ".join(out)

    def _held(self, plan: Plan, cap: int, fit: Held | None) -> str:
        """ "$60 a month at $2,000 of monthly AWS usage, within $100 (rule). Developer Support ends on …"."""
        rule = plan.price.text.ko if self.lang == "ko" else plan.price.text.en
        line = held_text(fit, cap, self.read.spend_usd, rule, self.lang) if fit else rule
        if plan.available_until and plan.replaced_by:
            end, rname = plan.available_until, self.by_id[plan.replaced_by].name  # (full names: "Enterprise Support")
            line += " " + self._say("ending", name=plan.name, end=end, rname=rname, fit="").strip()
        return line

    def decide(self, reqs: list[Requirement]) -> Recommendation:
        self.reqs = reqs
        spend = self.read.spend_usd
        self.grid = {p.id: [self._verdict(p, r) for r in reqs] for p in self.plans}
        cap = _budget_cap(reqs)
        if cap is not None:
            for p in self.lasting:  # (counted at its higher figure, said with both)
                self._straddles(p, cap)
        best = self._cheapest(self.lasting, {"yes"})
        maybe = self._cheapest(self.lasting, {"yes", "unconfirmed"})
        if maybe is not None and (best is None or maybe.order < best.order):
            self.rec.status = "unconfirmed"
            if best is not None:
                self._note(
                    "unconfirmed_pick",
                    name=short_name(maybe),
                    open=self._labels(maybe, "unconfirmed"),
                    confirmed=short_name(best),
                    cost=usd(price_at(best.price, spend)),
                )
                self._offer(best, self._fit(best))
            else:
                self._note("none_confirmed", as_of=self.as_of, name=short_name(maybe))
            best = maybe
        if best is None:
            rec = self._budget_conflict() or self._conflict()
            self._money_notes()
            return rec
        self.rec.recommendation, self.rec.full_name = short_name(best), best.name
        for req, v in zip(reqs, self.grid[best.id], strict=True):
            if v.state == "yes" and v.cite:
                self.rec.reasons.append(Reason(req.label(self.lang), v.met_by, self._passage(v.cite), v.evidence))
            elif v.state == "unconfirmed":
                self.rec.unmet.append(self._say("ask_aws_first", label=req.label(self.lang), name=short_name(best)))
        self._ending(best)
        self._ended(best)
        self._retiring(best)
        self._cheaper(best)
        self._upgrade(best)
        self._soft(best)
        self._extras(best)
        if self.read.current and self.read.current != best.id:
            cur = self.by_id[self.read.current]
            if cur.moved_by_aws and cur.moving and best is self._successor(cur) and not self.rec.verdict:
                # ("고객사 EOR 쓰는중인데 내년부터 어케됨?? 뭐 해야되나요, TAM은?": the plan advised is the one AWS
                # moves them to, so how it moves them, with nothing to do, is said first)
                self._moved_first(cur, cur.moving)
            self._transition(cur, best)
        self._money_notes()
        return self.rec

    # --- time, money and moving between plans ---------------------------------------------------------
    def _successor(self, plan: Plan) -> Plan:
        """The plan to be on after `plan`: itself if it lasts, else its replacement (followed to the end)."""
        while plan.replaced_by and plan not in self.lasting:
            plan = self.by_id[plan.replaced_by]
        return plan

    def _moved_first(self, cur: Plan, moving: Text) -> None:
        """How AWS moves the customers of `cur` to the plan after it (`moving`: nothing for them to do) leads the
        answer."""
        self.rec.verdict = moving.ko if self.lang == "ko" else moving.en
        self._cite([self.rec.verdict], cur.cite.retirement or cur.cite.channels)

    def _transition(self, cur: Plan, to: Plan) -> None:
        successor = self._successor(cur)
        info = transition(cur, to, self.lang, self.as_of, self.read.spend_usd, successor)
        self.rec.transition = info.to_dict()
        if cur.cite.retirement:
            # ("we're on developer, budget $30": Basic is where the budget leads, not what replaces Developer)
            suffix = "" if successor is to else ".chosen"
            self.rec.reasons.append(
                Reason(
                    self._say(f"transition_requirement{suffix}", cur=short_name(cur), end=cur.available_until),
                    self._say(
                        f"transition_met_by{suffix}", to=short_name(to), cur=short_name(cur), end=cur.available_until
                    ),
                    self._passage(cur.cite.retirement),
                    short_name(to),
                )
            )
        for line in info.lines:
            self.rec.notes.append(line)
        self._cite(info.compared, to.cite.channels)
        self._cite([info.price_line] if info.price_line else [], to.cite.price)
        # the end date, when to move and how customers are moved stand on the plan's retirement notice (or, for a
        # plan that lasts, on its own section): every line of the answer is cited
        timing = [x for x in info.lines if x not in info.compared and x != info.price_line]
        if timing:
            self._cite(timing, cur.cite.retirement or cur.cite.channels)
        if self.rec.verdict in self.rec.notes:  # (a verdict the notes repeat is said once, first)
            self.rec.notes.remove(self.rec.verdict)

    def _retiring(self, best: Plan) -> None:
        """A cheaper plan that fits but ends within the horizon: named with its end date, never chosen."""
        for p in self.live:
            if p in self.lasting or p.order >= best.order or not p.cite.retirement:
                continue
            if all(v.state == "yes" for v in self.grid[p.id]):
                days = (p.available_until - self.as_of).days if p.available_until else 0
                self._note(
                    "retiring_fits",
                    name=short_name(p),
                    end=p.available_until,
                    days=days,
                    as_of=self.as_of,
                    months=self.months,
                    best=short_name(best),
                    source=p.cite.retirement,
                )
                return

    def _budget_conflict(self) -> Recommendation | None:
        """The budget is what cannot be met: say so and name the cheapest plan meeting the rest, at the usage."""
        budget = next((i for i, r in enumerate(self.reqs) if r.id == "budget" and r.value is not None), None)
        if budget is None:
            return None
        rest = [p for p in self.lasting if all(v.state != "no" for i, v in enumerate(self.grid[p.id]) if i != budget)]
        self.rec.status = "conflict"
        label = self.reqs[budget].label(self.lang).split(": ", 1)[-1]  # "at most $1,000 a month"
        wanted = [r for i, r in enumerate(self.reqs) if i != budget and r.id != "learning"]
        needs = ", ".join(f"“{r.label(self.lang)}”" for r in wanted) or self._say("your_needs")
        if not rest:
            message = self._say("budget_nothing", budget=label, needs=needs)
            self.rec.notes.append(message)
            self.rec.unmet.append(message)
            self.rec.conflict = {"requirement": "budget", "cheapest_meeting_rest": None, "monthly_usd": None}
            return self.rec
        plan = rest[0]
        cost = price_at(plan.price, self.read.spend_usd)
        at_usage = self._say("at_usage", spend=usd(self.read.spend_usd)) if self.read.spend_usd else ""
        message = self._say(
            "budget_conflict",
            budget=label,
            needs=needs,
            name=short_name(plan),
            cost=usd(cost),
            at_usage=at_usage,
        )
        self.rec.notes.append(message)
        self.rec.unmet.append(message)
        self._cite([message], plan.cite.price)
        self._offer(plan, self._say("all_but_budget"))
        self.rec.conflict = {
            "requirement": "budget",
            "budget_usd": self.reqs[budget].value,
            "cheapest_meeting_rest": short_name(plan),
            "monthly_usd": round(cost, 2) if cost is not None else None,
        }
        return self.rec

    def _soft(self, best: Plan) -> None:
        """Nice-to-haves never decide; say which plan up would add them."""
        if not self.read.nice:
            return
        labels = ", ".join(r.label(self.lang) for r in self.read.nice)
        adds = next(
            (
                p
                for p in self.lasting
                if p.order > best.order and all(self._state(p, r) == "yes" for r in self.read.nice)
            ),
            None,
        )
        if adds:
            self._note("nice_to_have", labels=labels, plan=short_name(adds))
        else:
            self._note("nice_unmet", labels=labels)

    def _money_notes(self) -> None:
        if self.read.ruled_out:
            labels = ", ".join(dict.fromkeys(r.label(self.lang) for r in self.read.ruled_out))
            self._note("ruled_out", labels=labels)
        if self.read.krw:
            rate = self.catalog.exchange_rate
            self._note("exchange", rate=rate.krw_per_usd, date=rate.as_of)

    def _conflict(self) -> Recommendation:
        """No plan meets everything: name the two requirements no plan meets together, and each side's plan."""
        self.rec.status = "conflict"
        reqs, n = self.reqs, len(self.reqs)
        able = [{p.id for p in self.lasting if self.grid[p.id][i].state != "no"} for i in range(n)]
        pair = next(((a, b) for a, b in combinations(range(n), 2) if not able[a] & able[b]), None)
        if pair is None:
            labels = ", ".join(f"“{r.label(self.lang)}”" for r in reqs)
            sides: tuple[int, ...] = tuple(range(n))
            message = self._say("conflict_all", as_of=self.as_of, labels=labels)
        else:
            sides = pair
            (la, pa), (lb, pb) = ((reqs[i].label(self.lang), self._names(able[i])) for i in pair)
            message = self._say("conflict_pair", la=la, pa=pa, lb=lb, pb=pb, as_of=self.as_of)
        self.rec.notes.append(message)
        self.rec.unmet.append(message)
        for i in sides:
            plan = next((p for p in self.lasting if self.grid[p.id][i].state == "yes"), None)
            if plan:
                label = reqs[i].label(self.lang)
                self._offer(plan, self._say("meets", label=label))
        return self.rec

    # --- what the answer depends on -------------------------------------------------------------------
    def _ending(self, best: Plan) -> None:
        """A plan still running but ending: its date, its replacement and how well that fits."""
        if not (best.available_until and best.replaced_by and best.cite.retirement):
            return
        repl = self.by_id[best.replaced_by]
        end, name, rname, fit = best.available_until, short_name(best), short_name(repl), self._fit(repl)
        self._note("ending", best.cite.retirement, name=name, end=end, rname=rname, fit=fit)
        self._offer(repl, fit)
        keeper = self._cheapest([p for p in self.live if p.available_until is None], {"yes"})
        if keeper and keeper is not repl:
            self._offer(keeper, self._say("keeper", end=end))

    def _ended(self, best: Plan) -> None:
        """A cheaper plan that would fit has ended: say so, so nobody asks for it by its old name."""
        gone = self._cheapest(self.plans, {"yes"})
        if gone and gone not in self.live and gone.order < best.order and gone.replaced_by and gone.cite.retirement:
            name, end, rname = short_name(gone), gone.available_until, short_name(self.by_id[gone.replaced_by])
            self._note("ended", gone.cite.retirement, name=name, end=end, rname=rname)

    def _cheaper(self, best: Plan) -> None:
        """What the next plan down lacks, which cheaper plan only lacks confirmation, which need costs most."""
        cheaper = [p for p in self.lasting if p.order < best.order]
        if cheaper and (lacks := self._labels(cheaper[-1], "no")):
            down = short_name(cheaper[-1])
            self._note("next_down", down=down, lacks=lacks)
            self._offer(cheaper[-1], self._say("cheaper_lacks", lacks=lacks))
        for p in cheaper:
            states = {v.state for v in self.grid[p.id]}
            if "no" not in states and "unconfirmed" in states:
                name, open_ = short_name(p), self._labels(p, "unconfirmed")
                self._note("if_confirmed", open=open_, name=name)
                self._offer(p, self._say("cheaper_open", open=open_))
        for i, req in enumerate(self.reqs):
            others = [r for j, r in enumerate(self.reqs) if j != i and r.id not in ("budget", "learning")]
            if req.id in ("budget", "learning") or not others:  # "without the TAM, Basic" says nothing useful
                continue
            rest = [p for p in self.lasting if all(v.state == "yes" for j, v in enumerate(self.grid[p.id]) if j != i)]
            if rest and rest[0].order < best.order:
                name = short_name(rest[0])
                self._note("without", label=req.label(self.lang), name=name)

    def _upgrade(self, best: Plan) -> None:
        """The first plan up that adds something confirmed: what the answer becomes if you need more."""
        asked = {r.id for r in self.reqs}
        extra = [Requirement(n) for n in NEEDS if n not in asked]
        for up in (p for p in self.lasting if p.order > best.order):
            adds = simplify([r for r in extra if self._state(up, r) == "yes" and self._state(best, r) == "no"])
            if adds:
                more = self._say("and_more", n=len(adds) - MAX_LISTED) if len(adds) > MAX_LISTED else ""
                labels = ", ".join(r.label(self.lang) for r in adds[:MAX_LISTED]) + more
                name = short_name(up)
                if up.available_until:
                    name += self._say("until", end=up.available_until)
                self._note("also_need", labels=labels, name=name)
                self._offer(up, self._say("adds", labels=labels))
                return

    def _straddles(self, plan: Plan, cap: int) -> None:
        """An uncertain price over the budget at one source's figure and within it at another's. The budget counts
        it at the higher figure (a hard limit); this says both, so a plan that may fit is not silently ruled out."""
        fit = held_against(plan.price, cap, self.read.spend_usd)
        if fit is None or not fit.maybe:
            return
        self.straddled.add(plan.id)
        self._note(
            "price_straddles",
            plan.cite.price,
            name=short_name(plan),
            low=usd(fit.low),
            high=usd(fit.cost),
            budget=usd(cap),
        )

    def _cost(self, plan: Plan) -> tuple[str, str]:
        """What the plan costs a month, and the usage that figure is worked out at; an uncertain price is said as
        a minimum, never as the price at the stated usage ("$129 at $8,000 of usage" would read as exact)."""
        spend = self.read.spend_usd
        cost = usd(price_at(plan.price, spend))
        if plan.price.uncertain:
            return self._say("at_least", cost=cost), ""
        return cost, self._say("at_usage", spend=usd(spend)) if spend else ""

    def _extras(self, best: Plan) -> None:
        text = best.price.text.ko if self.lang == "ko" else best.price.text.en
        cost, at_usage = self._cost(best)
        key = "price_minimum" if best.price.uncertain else "price_at"
        if price_at(best.price, self.read.spend_usd) is None:
            key = "price_unpublished"  # (Unified Operations: no figure at all, not "at least ?")
        self._note(key, best.cite.price, name=short_name(best), cost=cost, at_usage=at_usage, text=text)
        # (a price whose two figures were said against the budget needs no second word on it)
        if best.price.uncertain and any(r.id == "budget" for r in self.reqs) and best.id not in self.straddled:
            self._note("price_uncertain", name=short_name(best))
        if any(r.value is not None and r.value < FASTEST_PLAN_MINUTES for r in self.reqs if r.id != "budget"):
            for addon in self.catalog.addons:
                if addon.response_minutes and addon.response_minutes < FASTEST_PLAN_MINUTES:
                    atext = addon.price.text.ko if self.lang == "ko" else addon.price.text.en
                    self._note("addon", addon.cite, minutes=addon.response_minutes, name=addon.name, text=atext)
        if (self.as_of - self.facts_date).days > STALE_AFTER_DAYS:
            self._note("stale", date=self.facts_date)

    # --- small helpers -------------------------------------------------------------------------------
    def _cheapest(self, plans: list[Plan], ok: set[str]) -> Plan | None:
        return next((p for p in plans if all(v.state in ok for v in self.grid[p.id])), None)

    def _fit(self, plan: Plan) -> str:
        name, no, unsure = short_name(plan), self._labels(plan, "no"), self._labels(plan, "unconfirmed")
        if no:
            return self._say("fit_lacks", name=name, no=no)
        if unsure:
            return self._say("fit_open", name=name, unsure=unsure)
        return self._say("fit_all", name=name)

    def _labels(self, plan: Plan, state: State) -> str:
        """Labels of the needs with this verdict; a need missing only for want of confirmation says so."""
        pairs = zip(self.reqs, self.grid[plan.id], strict=True)
        unsure = self._say("open_mark")
        return ", ".join(r.label(self.lang) + (unsure if v.open else "") for r, v in pairs if v.state == state)

    def _names(self, ids: set[str]) -> str:
        return ", ".join(short_name(p) for p in self.plans if p.id in ids) or "-"

    def _state(self, plan: Plan, req: Requirement) -> State:
        return self._verdict(plan, req).state

    def _verdict(self, plan: Plan, req: Requirement) -> Verdict:
        """A plan's verdict on a need; an open fact counts as missing for needs the catalog marks "avoid"."""
        v = check(plan, req, self.lang, self.derived, self.read.spend_usd)
        return Verdict("no", open=True) if v.state == "unconfirmed" and req.id in self.avoid else v

    def _offer(self, plan: Plan, why: str) -> None:
        """Add a plan as an alternative, once, and never the recommended plan itself."""
        name = short_name(plan)
        if name != self.rec.recommendation and name not in {a.name for a in self.rec.alternatives}:
            if plan.available_until and plan.replaced_by:  # an ending alternative says so, as the answer would
                end, repl = plan.available_until, short_name(self.by_id[plan.replaced_by])
                why += self._say("alt_ends", end=end, repl=repl)
            self.rec.alternatives.append(Alternative(name, why, self._passage(plan.cite.channels)))

    def _note(self, key: str, source: Cite | None = None, **values: object) -> None:
        """A note in the answer's language (catalogue key `rec.<key>`), with the passage it rests on."""
        message = self._say(key, **values)
        self.rec.notes.append(message)
        if source:
            self._cite([message], source)

    def _cite(self, lines: list[str], source: Cite) -> None:
        """The passage `lines` rest on, so each line shows its [n] and every listed source is cited."""
        passage = self._passage(source)
        self.rec.sources.append(passage)
        for line in lines:
            self.rec.note_sources[line] = passage

    def _passage(self, cite: Cite) -> Passage:
        return Passage.of(self.corpus_dir, cite, self.lang)

    def _say(self, key: str, **values: object) -> str:
        return say(f"rec.{key}", self.lang, **values)


def _add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (the month's last day when it is shorter)."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    for d in range(day.day, 27, -1):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    return dt.date(year, month, min(day.day, 28))
