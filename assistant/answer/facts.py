"""Answers straight from corpus/catalog: exact, complete, and for the entity that was asked about.

Where the catalog holds the fact (a plan's price, its response target for a severity, its end date, TAM,
Trusted Advisor; a pillar's design principles or best-practice areas; a glossary definition), the first
line is written from it and cites the corpus section that states it. Anything else returns None and the
extractive composer answers from the passages.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from assistant.answer.aside import set_aside_at
from assistant.answer.coverage import FRAMING, names_in
from assistant.answer.cues import (
    AFTER_END,
    ALTERNATIVE,
    AMONG,
    BIGGEST,
    CASE_OPENERS,
    CASE_OPENING,
    CASE_WORD,
    CHANGES,
    CHANNEL_CUES,
    CHEAPEST,
    DEDICATED,
    FACETS,
    FROM_TO,
    JOINING,
    KINDS,
    MISSING,
    NEWEST,
    NOW,
    ON_PLAN,
    PLAN_FEATURES,
    POINTER,
    PRICE_GAP,
    PRICE_RISE,
    PRICIEST,
    QUESTION_ID,
    ROUND_THE_CLOCK,
    SMALLEST,
    STILL,
    STILL_THERE,
    SUMMED,
    TECH_CASE,
    TIME_GAP,
    TOP,
    WH,
    WHICH_PILLAR,
    WHICH_PLAN,
    question_ids,
)
from assistant.answer.question import (
    SAME_AS,
    Question,
    after_question,
    asking_part,
    blank,
    scene_before,
)
from assistant.knowledge.aliases import SEVERITIES
from assistant.knowledge.pillars import fold_name
from assistant.messages import VERDICT_OPENING, kinds, say
from assistant.recommend.checks import break_even, held_against, held_text, price_at, tier_shares
from assistant.recommend.reader import (
    Money,
    bill_asked_next,
    held_amount,
    held_up,
    money,
    stated_bill,
    stated_bills,
)
from assistant.retrieval.identifiers import practices_asked
from assistant.retrieval.lexical import fold, folded_terms, tokenize
from assistant.text import CITATION_MARK


@dataclass(frozen=True)
class FactLine:
    text: str
    source: str
    section: str
    key: str = ""  # a string the cited passage should contain (picks the chunk within a section)
    items: tuple[str, ...] = ()  # list items shown under the line
    item_refs: tuple[tuple[str, str, str], ...] = ()  # (source, section, key) of items from sections of their own
    # the line answers what is asked of the name it was found by, whatever else the question's words ask
    # ("use managed … to reduce cost of ownership still a principle?" asks no price)
    whole: bool = False


@dataclass
class Knowledge:
    """The catalog parts answers read; loaded once with the assistant."""

    plans: dict[str, Any]
    glossary: dict[str, Any]
    partners: Any
    pillars: Any | None  # assistant.knowledge.pillars.Pillars when corpus/catalog/pillars.yaml exists
    addons: dict[str, Any] = field(default_factory=dict)  # bought beside a plan (Incident Detection and Response)
    krw_per_usd: float = 1.0  # the catalog's dated planning rate, for spends stated in won
    krw_as_of: str = ""  # that rate's date
    lineups: Any = None  # the cite of the section naming each line-up's plans
    as_of: dt.date | None = None  # a fixed day (tests, "as of" questions); None = the real today, every time
    prices_as_of: str = ""  # the day the catalog's prices were checked

    @property
    def today(self) -> dt.date:
        """Read on every answer, so a server running past midnight counts the days left correctly."""
        return self.as_of or dt.date.today()

    @classmethod
    def load(cls, corpus: Path, today: dt.date | None = None) -> Knowledge:
        from assistant.knowledge.catalog import load_catalog

        if not (corpus / "catalog").is_dir():  # a corpus of documents only: every answer comes from passages
            return cls(plans={}, glossary={}, partners=None, pillars=None, as_of=today)
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
            partners=catalog.partners,
            krw_per_usd=catalog.support_plans.exchange_rate.krw_per_usd,
            krw_as_of=str(catalog.support_plans.exchange_rate.as_of),
            prices_as_of=str(catalog.support_plans.as_of),
            pillars=pillars,
            addons={a.id: a for a in catalog.support_plans.addons},
            lineups=catalog.support_plans.lineups,
            as_of=today,
        )


def fact_lines(q: Question, k: Knowledge) -> list[FactLine]:
    """The catalog's answer to `q`, first line first; [] when the catalog does not hold it. A price asked of a later
    year ("what will the BS+ minimum be in 2028?") is followed by the day the prices stand at, and that the sources
    say nothing of that year."""
    lines = _count_checked(q, _fact_lines(q, k))
    if not lines or "price" not in q.facets or not k.prices_as_of:
        return lines
    later = sorted({int(y) for y in _YEAR.findall(q.typed or q.text) if int(y) > k.today.year})
    if not later:
        return lines
    lang = q.lang if q.lang in ("ko", "en") else "en"
    first = lines[0]
    note = say("price.later_year", lang, year=later[0], as_of=k.prices_as_of)
    return [*lines, FactLine(note, first.source, first.section, k.prices_as_of)]


# a figure of its own, not a digit of an id ("SEC01") or of a range's label
_FIGURE = re.compile(r"(?<![A-Za-z\d.])\d+(?![\d.])")


def _count_checked(q: Question, lines: list[FactLine]) -> list[FactLine]:
    """ "WA pillar 5개 맞지?", "security has 10 questions right?": the count the asker guessed, agreed with or not
    before the count that answers it (a list's length, or the figure its first line states)."""
    if not lines:
        return lines
    first = lines[0]
    return [replace(first, text=count_checked(q, first.text, len(first.items))), *lines[1:]]


def count_checked(q: Question, line: str, items: int = 0) -> str:
    """`line`, the first of an answer, opened by Yes or No when `q` guesses a count: whether the guess is the count
    of `items` listed under it, or else the one figure the line states (none, or several: no verdict)."""
    if q.guessed_count is None or VERDICT_OPENING.match(line):
        return line
    counts = {items} if items else {int(n) for n in _FIGURE.findall(CITATION_MARK.sub(" ", line))}
    if len(counts) != 1:
        return line
    lang = q.lang if q.lang in ("ko", "en") else "en"
    return say(f"verdict.{'yes' if q.guessed_count in counts else 'no'}", lang, text=line)


# a year said alone ("in 2028", "2028년"), not one of a date ("2027-01-01", "2027.1.1")
_YEAR = re.compile(r"(?<![\d.-])(20\d\d)(?![\d.-]|년\s*\d)")


def _fact_lines(q: Question, k: Knowledge) -> list[FactLine]:
    lang = q.lang if q.lang in ("ko", "en") else "en"
    if lines := _addons_listed(q, k, lang):
        return lines
    if q.kind == "definition" and SAME_AS.search(q.typed or q.text):
        # "is a lens the same thing as a pillar?": what each is, which passages say; no list of either (but an old
        # name and the current one, "enable traceability랑 maintain traceability 같은거임?", are one principle renamed)
        return _older_principle(q, k, lang) or _each_defined(q, k, lang)
    if lines := _addon_by_target(q, k, lang):
        return lines
    if any(m.entity.id in k.addons and m.start >= q.own_start for m in q.mentions) and (
        lines := _addon_lines(q, k, lang)
    ):
        return lines  # "카운트다운 프리미엄도 사용액 따라 올라감?" after Enterprise's price: the add-on this turn names
    if q.typed and (lines := _severity_code(q, k, lang)):
        return lines  # "whats that severity called in the support API?" after a plan's target: its code
    plans = [k.plans[p] for p in q.of_kind("plan") if p in k.plans and not _sets_the_scene(q, k)]
    plans = _asked_beyond_scene(q, plans)
    if q.own_start and len(plans) > 1:
        # ("비즈니스였으면? … 비교해달래" after Enterprise's price: the plan this turn names first, the topic beside it;
        # not one named in the scene after its question, "그거로 옮기면 돈 더 나감? 지금 dev로 40불 내는 중")
        tail = after_question(q.text)
        end = tail[0] if tail else len(q.text)
        own = {m.entity.id for m in q.mentions if m.entity.kind == "plan" and q.own_start <= m.start < end}
        plans = sorted(plans, key=lambda p: p.id not in own)
    if "replacement" in q.facets and plans:
        # ("우리 EOR 쓰는 중인데 Enterprise Support로 넘어갈 때 미리 알려줌?": the move to the plan named is the move
        # from the one the asker is on, whose line tells how it is made)
        named = {p.id for p in plans}
        on = [k.plans[p] for p in q.of_kind("plan") if p in k.plans and p not in named]
        plans = [*(p for p in on if p.replaced_by in named), *plans]
    lent = all(m.end <= q.own_start for m in q.mentions if m.entity.kind == "plan")
    if plans and lent and q.own_start and _CHEAPER_ONE.search(q.typed) and set(PLAN_FEATURES) & set(q.entities):
        plans = []  # "anything cheaper that still comes with a TAM?" after Enterprise: the plans with it, cheapest
    if (
        plans
        and lent
        and q.own_start
        and not FACETS["response"].search(q.typed)  # (the turn's own words ask no target; its time names one)
        and q.of_kind("severity")
        and STATED_TARGET.search(q.typed)
        and not POINTER.search(q.typed)
    ):
        # "15분짜리도 있음?" after a plan's target: the plans and add-ons that meet it (not "거기도 … 15분 응답
        # 있음?", which asks it of the plan pointed at, nor "응답 몇분 옴? 15분짜리도 있음?", which asks its figure)
        plans = []
    if not plans and (
        # "developer도 support api 됨?": an item of a plan's list makes its plan word a plan
        (q.kind == "yesno" and _listed_items(q, k))
        # ("what severity levels are there on developer?": so does a thing of support plans beside it)
        or "severity" in q.entities
        or set(PLAN_FEATURES) & set(q.entities)
        # ("지금 developer 새로 가입하는건 비추?": what one signs up for is a plan)
        or JOINING.search(q.text)
    ):
        plans = [k.plans[m.entity.id] for m in q.weak if m.entity.id in k.plans]
    if not plans and _asks_openers(replace(q, text=asking_part(q.text))) and not q.of_kind("plan"):
        # ("기술지원 케이스 누가 열수있어? IAM 유저도 되나요?": who may open cases, told plan by plan)
        return [_openers_line(p, lang) for p in sorted(k.plans.values(), key=lambda p: p.order) if _openers_known(p)]
    if plans and _OTHER_PLAN.search(q.text) and (_listed_items(q, k) or set(PLAN_FEATURES) & set(q.entities)):
        # "we're on business - is IEM included on some plan instead or do we pay extra?": the plans that have it,
        # then the one the asker is on
        others = _plans_with(q, k, lang) or _plans_listing(_item_mentions(q), k, lang)
        return others + [x for x in _plan_lines(q, plans, k, lang) if x not in others]
    if plans:
        # "which plans have the 15 min severity? bs+ doesnt right?": the plans that have it, then the one named
        masked = blank(q.text, [(m.start, m.end) for m in q.mentions if m.entity.kind == "plan"])
        having = _plans_with(q, k, lang) if q.kind == "list" and _PLAN_NOUN.search(masked) else []
        return having + [x for x in _plan_lines(q, plans, k, lang) if x not in having]
    return _theirs_checked(q, _catalog_reading(q, k, lang), lang)


def _catalog_reading(q: Question, k: Knowledge, lang: str) -> list[FactLine]:
    """The first of the catalog's readers that holds the answer to `q`."""
    # ("지속가능성 KPI 잡을 때 말하는 대리 지표가 뭐야?": the term asked right where the question asks is defined, not
    # the pillar that sets its scene)
    if q.kind == "definition" and any(e in k.glossary and _defined_here(e, q) for e in q.entities):
        lines = _definition(q, k, lang)
        if lines:
            return lines
    for reader in (
        _partner_firms,
        _addon_lines,
        _meets_target,
        _plans_with,
        _plans_including,
        _area_of_ids,
        _question_id,
        _older_principle,
        _principle_or_area,
        _pillar_lines,
        _partner_lists,
        _severity_code,
        _severity_list,
        _plan_list,
        _cheapest_plan,
        _priciest_plan,
        _definition,
    ):
        lines = reader(q, k, lang)
        if lines:
            return lines
    return []


# "…improve thru game days. thats all of em right?": whether the list typed is the whole list
_WHOLE_LIST = re.compile(r"\bthat'?s all(?: of (?:them|em))?\b|\bwhole list\b|\bfull list\b", re.IGNORECASE)


def _theirs_checked(q: Question, lines: list[FactLine], lang: str) -> list[FactLine]:
    """ "my notes have the general principles as: a, b, c, d, e. is one missing?": a list the asker typed, checked
    against the catalog's list: what it lacks leads (or that it lacks nothing), then the whole list."""
    text = q.typed or q.text
    asked = MISSING.search(text) or _WHOLE_LIST.search(text) or _CONFIRMS.search(text)  # ("… 이렇게 적었는데 맞음?")
    if not lines or len(lines[0].items) < 3 or not asked:
        return lines
    items = lines[0].items
    said = folded_terms(text)
    own = [folded_terms(re.sub(r"[()]", " ", i)) for i in items]
    # an item is there when a word only it has among the list's items is typed ("data", "데이터" …)
    there = [bool((words - set().union(*(o for o in own if o is not words))) & said) for words in own]
    if sum(there) < max(2, len(items) // 2):
        return lines  # (no list of the asker's own: "빠진 거 있음?" asks of the notes, or of something else)
    missing = [i for i, t in zip(items, there, strict=True) if not t]
    lead = (
        say("list.missing", lang, what=", ".join(missing)) if missing else say("list.complete", lang, what=len(items))
    )
    return [FactLine(lead, lines[0].source, lines[0].section, lines[0].key, whole=True), *lines]


# another plan, cheaper than the one talked about: "anything cheaper with a TAM?", "더 싼 거 없음?"
_CHEAPER_ONE = re.compile(
    r"\b(?:anything|something|any|one|option|plan)s?\s+cheaper\b|\bcheaper (?:option|one|plan|alternative)s?\b"
    r"|더\s*(?:싼|저렴한)\s*(?:거|것|게|플랜|옵션|데)",
    re.IGNORECASE,
)


def _asked_first(q: Question, facet: str, other: str) -> bool:
    """`facet` is asked in `q` before `other` is (both are), outside the names ("incident detection and response -
    how much and how fast"): "응답 몇 분 안에 오고 비용은 얼마임?"."""
    asked = blank(q.text, [(m.start, m.end) for m in q.mentions])
    a, b = FACETS[facet].search(asked), FACETS[other].search(asked)
    return a is not None and b is not None and a.start() < b.start()


_WHEN = re.compile(r"언제|\bwhen\b|날짜|며칠\s*(?:날|부터|까지)|\bwhat date\b", re.IGNORECASE)


def _when_asked_first(text: str) -> bool:
    """A question word asks the date before what to do is asked ("온램프 없어진다며? 언제고 우리가 뭐 해야됨?"; not
    "곧 없어진다며 ㅠ 우리 뭐 해야됨?", where the end is the scene)."""
    asked = asking_part(text)
    when, action = _WHEN.search(asked), FACETS["action"].search(asked)
    return when is not None and (action is None or when.start() < action.start())


# another plan than the one named: "is IEM on some plan instead?", "다른 플랜엔 TAM 있음?"
_OTHER_PLAN = re.compile(
    r"\b(?:some|another|other|any|a different) (?:support )?(?:plan|tier)s?\b|다른\s*(?:플랜|요금제|서포트)",
    re.IGNORECASE,
)

# "우리 베이직이라 …, 포럼 아직 있음?": a clause that ends in a connective tells the asker's situation; the question
# follows it
_SCENE_END = re.compile(
    r"(?:이라|라서|인데|는데|니까|이니|이고)\s+|\b(?:we're|we are|since we're) on\b[^,?]*,\s*", re.I
)


_BOTH_PRICED = re.compile(
    r"더\s*(?:비싸|비쌈|싸|저렴|들|나가|나감|내)|지금보다|차이|비교|\b(?:more|less|cheaper|pricier|differ\w*|compar\w*)\b",
    re.I,
)


def _asked_beyond_scene(q: Question, plans: list[Any]) -> list[Any]:
    """ "we're on business support, … if we jump to enterprise support, what's the fee?": of the plans named, the
    ones named after the clause that tells the asker's situation are asked; the one they are on is not."""
    ends = [m.end() for m in _SCENE_END.finditer(q.text)]
    if not ends or len(plans) < 2 or q.kind == "comparison" or _BOTH_PRICED.search(q.text):
        return plans  # ("dev 쓰는데 business로 가면 얼마 더 비쌈?": the gap needs both)
    # (not "비지니스" inside the severity "비지니스 크리티컬 시스템 다운")
    severities = [m.start for m in q.mentions if m.entity.kind == "severity"]
    after = {
        m.entity.id
        for m in q.mentions
        if m.entity.kind == "plan" and m.start >= max(ends) and not any(0 <= s - m.end <= 2 for s in severities)
    }
    asked = [p for p in plans if p.id in after]
    return asked if asked and len(asked) < len(plans) else plans


def _sets_the_scene(q: Question, k: Knowledge) -> bool:
    """The plans are named only in the clauses that tell the asker's situation, and the question after them names
    a program, service or term of its own, none a support-plan matter (a TAM is asked of the plan): that is what it
    asks about."""
    ends = [m.end() for m in _SCENE_END.finditer(q.text)]
    # ("dev 쓰는중인데 5명이 각자 IAM 계정으로 케이스 열 수 있음?": who may open cases is the plan's own rule)
    if not ends or _asks_openers(q):
        return False
    cut = ends[-1]

    def own(m: Any) -> bool:
        term = k.glossary.get(m.entity.id)
        if m.entity.id in PLAN_FEATURES:
            return False  # "베이직인데 TA 비용 최적화 검사 다 보임?": a plan's feature, asked of that plan
        if m.entity.kind == "term":
            return term is not None and term.topic != "support-plans"
        return m.entity.kind in ("program", "service")

    plans_before = all(m.end <= cut for m in q.mentions if m.entity.kind == "plan")
    return plans_before and any(m.start >= cut and own(m) for m in q.mentions)


# --- support plans ----------------------------------------------------------------------------------
def _plan_lines(q: Question, plans: list[Any], k: Knowledge, lang: str) -> list[FactLine]:
    if q.own_start and TECH_CASE.search(q.typed):
        # ("TAM 없는 플랜 뭐뭐임? 그리고 basic은 기술 케이스 열수 있음?": a turn that asks about technical cases asks
        # nothing of the feature the turn before was about)
        lent = [m for m in q.mentions if m.entity.id in PLAN_FEATURES and m.end <= q.own_start]
        q = replace(q, mentions=tuple(m for m in q.mentions if m not in lent)) if lent else q
    ids = set(q.entities)
    severities = [SEVERITIES[s] for s in q.of_kind("severity")]
    out: list[FactLine] = []
    features = set(PLAN_FEATURES) & ids
    features_said: dict[str, FactLine] = {}  # the line each feature asked got (of one plan: the last)
    succeeded: list[Any] = []
    # ("온램프에서 넘어가도 IEM 받을수있음?": an item or feature of the plan it moves to, asked yes or no)
    # (the items of plans' own lists it names: read once, for the move, the lines and the yes or no)
    named_items = _listed_items(q, k)
    moved_item = bool(features or named_items)
    # ("그럼 최소 요금은 얼마나 올라감?", "biz critical 응답시간도 달라져?" after On-Ramp's move: how far its price
    # rises, how its target changes, to the plan that replaces it)
    retiring = len(plans) == 1 and bool(plans[0].replaced_by)
    rising = retiring and "price" in q.facets and bool(PRICE_RISE.search(q.text))
    changing = retiring and bool({"price", "response"} & set(q.facets)) and bool(CHANGES.search(q.text))
    if (
        rising
        or changing
        or ("replacement" in q.facets and ({"price", "free", "response", "channels"} & set(q.facets) or moved_item))
    ):
        # "그럼 넘어갈 플랜은 최소 얼마부터임?": the figure of the plan that replaces it, told after its end date
        successors = [k.plans[p.replaced_by] for p in plans if p.replaced_by in k.plans]
        # ("넘어가면 … 응답시간도 달라짐?": the next plan, then the one it was)
        # ("몇분에서 몇분됨?", "지금 요금이 얼마인지, 그리고 전환되면 얼마로 바뀌는지": the plan it was, then the next)
        if successors and (rising or FROM_TO.search(q.text) or ("price" in q.facets and NOW.search(q.text))):
            plans = list({p.id: p for p in [*plans, *successors]}.values())
        elif successors and CHANGES.search(q.text):
            plans = list({p.id: p for p in [*successors, *plans]}.values())
        elif successors:
            succeeded, plans = plans, list({p.id: p for p in successors}.values())
    elif (
        q.typed
        and not any(m.entity.kind == "plan" and m.start >= q.own_start for m in q.mentions)
        and (
            "price" in q.facets
            or (
                not CHANGES.search(q.typed)
                and bool({"response", "channels"} & set(q.facets) or (moved_item and not q.facets))
            )
        )
    ):
        # ("가격은?", "그럼 TAM은?", "and response time for critical down then?" after a talk of moving from On-Ramp
        # to Enterprise: the plan ending and the one replacing it are both lent; what is to come is the successor's
        # price, target or feature, so it leads; not "언제?", which asks when the one ending ends, nor "어떻게
        # 달라짐?", told from the one left)
        moved_to = {p.replaced_by for p in plans}
        plans = sorted(plans, key=lambda p: p.id not in moved_to)
    elif len(plans) > 1 and (asked := _plan_asked(q)) is not None:
        # ("moved off on-ramp to ES last month … on-ramp was 10% so ~12k - what do we pay on ES now?": the plan the
        # question word asks about leads, the ones of the story after it)
        plans = sorted(plans, key=lambda p: p.id != asked)
    if features and q.kind == "definition" and KINDS["definition"].search(q.text):
        return []  # "what does the TAM do on Enterprise?": the feature's own definition answers, not the plan's
    # "Business 플랜에서 IEM 추가로 신청하면 얼마 더 내?": the price of an item the plan offers, not the plan's
    # (not a feature every plan is told by, "요금이랑 TAM 있는지": the plan's price, and whether it has one)
    # (not one the scene told of: "엔터프 서포트에 교육 접근권이랑 TAM 있다길래 보는 중. … 서포트비 한 달에 얼마
    # 나와?" asks the plan's price, at the bill stated)
    scene = scene_before(q.text, q.own_start) if "price" in q.facets else []
    item_names = [
        n
        for m in _item_mentions(q)
        if m.entity.id not in PLAN_FEATURES and not any(a <= m.start < b for a, b in scene)
        for n in m.names
    ]
    # "월 예산 100불, developer랑 business 중에 머가 되나요": each plan's price held against the amount, those
    # within it first
    bill = turn_bill(q, k.krw_per_usd)  # (read once: the spend, how it was said, what is guessed beside it)
    spend = bill.usd if bill is not None else None
    said = _bill_in_won(bill, k, lang)
    # (the bills after the first that the asker's own words state, each a different amount)
    other_bills = [] if bill is None or q.own_start else _other_bills(q.text, bill, k.krw_per_usd)
    held = held_amount(q.text, k.krw_per_usd) if "price" in q.facets else None
    if held is not None and len(plans) > 1:
        fits = {p.id: held_against(p.price, held[0], spend) for p in plans}
        plans = sorted(plans, key=lambda p: not ((f := fits[p.id]) is not None and f.within))
    for plan in plans:
        cite = plan.cite
        item = _included(plan, item_names)
        # ("비지니스 서포트 플랜인데 IEM 받을수 있나요? 무료인가요?": whether the item is free is whether it is extra)
        if item is not None and ("price" in q.facets or "free" in q.facets):
            out.append(_line(_has_item(plan, item, lang), getattr(plan.cite.channels, lang)))
        elif "price" in q.facets or "free" in q.facets or BREAK_EVEN.search(q.text):
            # ("and on-ramp? where was its crossover": where the percentage takes over is a price asked)
            even = break_even(plan.price) if BREAK_EVEN.search(q.text) else None
            if even is not None and plan.price.minimum_monthly_usd is not None:
                # ("at what usage does the 3% start beating the $29 floor?": where the percentage takes over)
                text = say(
                    "price.break_even",
                    lang,
                    spend=f"${even:,.0f}",
                    minimum=f"${plan.price.minimum_monthly_usd:,}",
                    rule=getattr(plan.price.text, lang),
                )
                out.append(_line(f"{plan.name}: {text}", getattr(cite.price, lang), _price_key(plan)))
            # (and the price at the bill the asker states; not at one an earlier turn stated when this one asks only
            # where the percentage takes over: "and on-ramp? where was its crossover")
            lent_bill = bill is not None and q.own_start > 0 and bill.start < q.own_start
            if even is None or (spend is not None and not lent_bill):
                # ("1.5M now and 3.5M next year, need both monthly fees": the price at each bill stated)
                for at, at_said in [(spend, said), *((b.usd, _bill_in_won(b, k, lang)) for b in other_bills)]:
                    if held is not None and (fit := held_against(plan.price, held[0], at)) is not None:
                        price = held_text(fit, held[0], at, getattr(plan.price.text, lang), lang)
                    else:
                        price = _priced(plan.price, at, lang, at_said)
                        price = _on_accounts(plan.price, at, q.text, lang, price)
                    bands = _bands(plan.price, at, lang) if at is not None and BREAKDOWN.search(q.text) else ()
                    out.append(_line(f"{plan.name}: {price}", getattr(cite.price, lang), _price_key(plan), bands))
                    # (worked out at the asker's own bill, the line is the answer, whatever story the bill came in)
                    worked = at is not None and held is None and not plan.price.uncertain and q.kind == "number"
                    out[-1] = replace(out[-1], whole=worked)
        # ("how many severity levels does BS+ have?": the ones it offers, counted, with their targets)
        levels = "severity" in ids and not severities and bool({"count", "tiers"} & set(q.facets))
        # ("which severity gets 30 min on on-ramp?": the severities whose target is the time stated)
        at_target = _severities_at(q, plan) if "severity" in ids and not severities else []
        if "response" in q.facets or severities or levels or at_target:
            hours = _HOURS_ASKED.search(q.text) is not None
            out.extend(_response_lines(plan, severities or at_target, lang, hours, counted=levels))
            lacking = [s for s in severities if getattr(plan.response_minutes, s) is None]
            if len(plans) == 1 and lacking:  # "does BS+ have the business-critical severity?": no, and the plans
                # that do; "dev 플랜인데 production down으로 열 수 있음?": no, and the severities it does have
                out.extend(x for x in _response_lines(plan, [], lang) if x.items)
                for sev in lacking:
                    out.extend(_plans_having_severity(sev, k, lang))
        if "technical-account-manager" in ids:
            out.append(_line(say(f"tam.{plan.tam}", lang, plan=plan.name), getattr(cite.tam_concierge, lang), "TAM"))
            features_said["technical-account-manager"] = out[-1]
            if plan is plans[-1] and all(p.tam in ("none", "unconfirmed") for p in plans):
                out.extend(_elsewhere("technical-account-manager", k, lang))  # "no" for each: where it is
            elif plan is plans[-1] and DEDICATED.search(q.text) and all(p.tam != "designated" for p in plans):
                # "온램프도 지정 TAM 있어?": a pool is no designated TAM; the plans that have one
                name = say("feature.designated-tam", lang)
                out.extend(_plans_having("designated-tam", name, True, _designated, "tam_concierge", k, lang)[:1])
        # ("named TAM + concierge, and 15 min?": each asked, each said; what the team does is no question of the plan)
        if "concierge-support-team" in ids and q.kind not in ("definition", "other"):
            text = say(f"concierge.{plan.concierge}", lang, plan=plan.name)
            out.append(_line(text, getattr(cite.tam_concierge, lang)))
            features_said["concierge-support-team"] = out[-1]
            if plan is plans[-1] and not any(p.concierge for p in plans):
                out.extend(_elsewhere("concierge-support-team", k, lang))  # ("bs+로 충분함?": not known; these have it)
        if "trusted-advisor" in ids:
            out.append(
                _line(say(f"ta.{plan.trusted_advisor}", lang, plan=plan.name), getattr(cite.trusted_advisor, lang))
            )
            features_said["trusted-advisor"] = out[-1]
            if plan is plans[-1] and all(p.trusted_advisor != "full" for p in plans):
                out.extend(_elsewhere("trusted-advisor", k, lang))  # ("basic이나 dev로는 안 돼?": neither; these do)
        if "channels" in q.facets:
            out.append(_line(_channels(plan, lang), getattr(cite.channels, lang)))
        # "온램프 없어진다며, 우리 뭐 해야됨?": what its customers do is how they leave it
        retires = {"end_date", "replacement"} & set(q.facets) | ({"replacement"} if "action" in q.facets else set())
        if retires and not succeeded and (line := _retirement(plan, k, lang, always=True)) is not None:
            out.append(line)  # (always: never None)
            # "can we jump early or do we wait it out"; ("온램프 없어지면 미리 얼마나 전에 알려줌?": how long ahead is
            # told by how the move is made)
            notice = "duration" in q.facets and _NOTICE.search(q.text) is not None
            if ("replacement" in retires or notice) and plan.moving is not None:
                moving = _line(getattr(plan.moving, lang), getattr(plan.cite.retirement, lang))
                # "미리 얼마나 전에 알려줌?": how the move is announced answers first, the end date follows
                # ("do they have to do anything?": so does what its customers do)
                # ("언제고 우리가 뭐 해야됨?": the date asked first, by a question word, leads)
                leads = {"duration", "action"} & set(q.facets) and not _when_asked_first(q.text)
                out.insert(len(out) - 1 if leads else len(out), moving)
    if "end_date" in q.facets and q.only:  # "온램프만 없어지는거 맞음?": no, and which others end that day
        out[:0] = _ending_too(plans, q.only, k, lang)
    # (the move already read: the plan it moves to is asked about)
    asked_of = {"price", "free", "response", "channels", "end_date", "replacement"} - (
        {"replacement"} if succeeded else set()
    )
    specific = asked_of & set(q.facets) or severities
    if out and "features" in q.facets and specific and q.negated:
        # "critical 15분 맞나요, TAM 말고 다른 혜택은?": the figure first, then what else the plan gives
        out.extend(_includes_line(plan, q, lang) for plan in plans if plan.includes)
    listed = named_items if q.kind == "yesno" else []
    if not out and not specific and listed and not features and "features" not in q.facets:
        # "비즈니스는 Support API 됨?": the plan's own list has the item, or does not list it; then the plans that do
        names = [n for m in listed for n in m.names]
        # (a plan without the item: that line answers whatever is said of using it, "can we open cases through the
        # Support API on developer?"; one with it may be asked more of it, "can we open cases in korean thru it")
        out = [
            replace(x, whole=_included(p, names) is None)
            for p in plans
            if (x := _item_line(p, names, getattr(listed[0].entity, lang), lang)) is not None
        ]
        if out and any(_included(p, names) is None for p in plans):
            out.extend(_plans_listing(listed, k, lang))
    if not out and "features" in q.facets and not specific:  # "베이직 플랜에 포함된 거": the plan's profile, whole
        # "is IEM included in business support": the item that names it answers first
        names = [n for m in q.mentions if m.entity.kind != "plan" for n in m.names]
        # ("is ProServe included in enterprise support?": its own section lists what it gives, not that)
        unlisted = _named_program(q, lang) if q.kind == "yesno" else ""
        out = [x for p in plans if (x := _item_line(p, names, unlisted, lang)) is not None]
        for plan in plans:
            summary = _line(f"{plan.name}: {getattr(plan.summary, lang)}", getattr(plan.cite.channels, lang))
            if plan.includes:  # what it gives, whole, as its own section lists it: that answers "what's included"
                out.append(_includes_line(plan, q, lang))
            out.append(summary)
            if "channels" not in q.set_aside:  # "전화/채팅 말고": the channels were named to be left out
                out.append(_line(_channels(plan, lang), getattr(plan.cite.channels, lang)))
            out.extend(_response_lines(plan, [], lang))
            if "technical-account-manager" not in {m.entity.id for m in q.negated}:
                tam = say(f"tam.{plan.tam}", lang, plan=plan.name)
                out.append(_line(tam, getattr(plan.cite.tam_concierge, lang), "TAM"))
            ta = say(f"ta.{plan.trusted_advisor}", lang, plan=plan.name)
            out.append(_line(ta, getattr(plan.cite.trusted_advisor, lang)))
            out.append(
                _line(
                    f"{plan.name}: {getattr(plan.price.text, lang)}", getattr(plan.cite.price, lang), _price_key(plan)
                )
            )
    if not out and q.kind == "comparison" and len(plans) > 1:
        # "IEM on Business vs Enterprise On-Ramp - what's the difference?": the item named, as each plan's list has it
        named = [n for m in q.mentions if m.entity.kind in ("term", "program", "service") for n in m.names]
        # ("developer vs business support+: which has the support api?": an item some plan's list holds is told of
        # each plan, the ones whose list lacks it too)
        items = _listed_items(q, k)
        unlisted = getattr(items[0].entity, lang) or items[0].entity.en if items else ""
        out = [x for p in plans if named and (x := _item_line(p, named, unlisted, lang)) is not None]
        out = out if len(out) == len(plans) else []
    if not out and q.kind == "comparison" and len(plans) > 1:
        for p in plans:
            out.append(_line(f"{p.name}: {getattr(p.summary, lang)}", getattr(p.cite.channels, lang)))
            out.append(_line(f"{p.name}: {getattr(p.price.text, lang)}", getattr(p.cite.price, lang), _price_key(p)))
    # "developer support business hours 정확히 언제임?": a term asked about beside the plan, which its profile does not
    # explain ("what is Developer Support" is not asked)
    beside = [m for m in q.mentions if m.entity.kind == "term" and m.entity.id not in (*PLAN_FEATURES, *FRAMING)]
    if not out and q.kind in ("definition", "other", "yesno") and not (features and q.kind in ("definition", "other")):
        if beside:
            return []
        # (what a plan's feature does, "엔터프라이즈의 컨시어지 팀은 뭐 해주는 팀임?", is no question about the plan)
        out = [_line(f"{p.name}: {getattr(p.summary, lang)}", getattr(p.cite.channels, lang)) for p in plans]
        # "whats this BS+ thing": a successor is told with the plans it replaces and when they end
        ended = (_retirement(old, k, lang) for p in plans for old in k.plans.values() if old.replaced_by == p.id)
        out.extend(x for x in ended if x is not None)
    if _asks_openers(q):  # "팀원 5명이 각자 케이스 열 수 있음?": who may open cases on each plan leads
        openers = [_openers_line(p, lang) for p in plans if _openers_known(p)]
        out = openers + [x for x in out if x not in openers]
    # "TAM도 줌?" after Enterprise's response time: the feature this turn names is what it asks, before what it lent
    own = [
        line
        for f, line in features_said.items()
        if any(m.entity.id == f and m.start >= q.own_start for m in q.mentions)
    ]
    if q.typed and len(plans) == 1 and own:
        out = own + [x for x in out if x not in own]
    ending = plans[0].available_until if len(plans) == 1 else None
    # (not by one already on it, who asks what to do: "On-Ramp 쓰고 있는데 따로 신청해야 하나요?")
    joining = bool(ending and ending > k.today and JOINING.search(q.text) and not ON_PLAN.search(q.text))
    # (a plan wanted cheap, "싼거 필요해서", asks no price: only an amount or a price word does)
    priced = bool(_PRICE_WORDS.search(q.text))
    wanted = [f for f in specific if f != "price" or priced]  # (facets asked, or the severities named)
    joining = joining and "action" not in q.facets and not (wanted or features or listed)
    if joining and ending:
        # "지금 developer 새로 가입하는건 비추?", "should we sign up for business support now?": taking up a plan that
        # ends within weeks is advised against, with its end and what replaces it (that is the yes or no)
        plan, successor = plans[0], k.plans.get(plans[0].replaced_by)
        then = successor.name if successor else plan.replaced_by
        text = say("plan.join_ending", lang, plan=plan.name, date=ending.isoformat(), days=(ending - k.today).days)
        text = f"{text} {say('plan.join_instead', lang, successor=then)}" if then else text
        out = [replace(_line(text, getattr(plan.cite.retirement, lang), ending.isoformat()), whole=True), *out]
    verdict = _yes_or_no(q, plans[0], listed) if q.kind == "yesno" and len(plans) == 1 and out and not joining else None
    guess = _guessed_price(q.text, bill, k.krw_per_usd) if len(plans) == 1 and out and "price" in q.facets else None
    # (without a bill, a guess is held against the plan's minimum: "ent on-ramp 월 최소 3000불 맞나?")
    cost = 0.0 if guess is None or plans[0].price.uncertain else price_at(plans[0].price, spend) or 0.0
    if guess is not None and out[0].key == _price_key(plans[0]) and cost:
        # "월 사용액 10만불임. 엔터프 서포트 만불이면 되는거 맞음?": the price worked out says whether the guess holds
        agree = "yes" if abs(cost - guess) <= max(1.0, cost * GUESS_TOLERANCE) else "no"
        out[0] = replace(out[0], text=say(f"verdict.{agree}", lang, text=out[0].text))
        verdict = None
    if verdict is not None:  # "does Developer include phone?": say yes or no before the fact that shows it
        if _asks_still_there(q):  # ("예산 $200인데 developer 계속 쓸 수 있나요?": its end date is the yes or no)
            ends = [x for x in out if x.key == (plans[0].available_until or dt.date.min).isoformat()]
            out = ends + [x for x in out if x not in ends]
        first = out[0]
        # ("아예 못 여는거임?": a question that states the negative is agreed with when the fact is negative)
        agree = ("no" if verdict == "yes" else "yes") if q.negative else verdict
        tech_case = _asks_tech_case(q)
        # ("on basic. prod down at 3am — can I open a technical case?": a plan that takes no technical case at all
        # answers that first, whatever severity the case would have)
        caseless = tech_case and plans[0].case_openers == "none"
        if caseless:
            verdict, agree = "no", ("yes" if q.negative else "no")
        if tech_case and (not q.of_kind("severity") or caseless):
            # "basic 플랜인데 기술 문의 케이스 열수있음?": the case itself, then the plan's profile (a severity named
            # is what is asked of the case: whether the plan has it)
            case = say(f"tech_case.{verdict}", lang, plan=plans[0].name)
            out.insert(
                0, FactLine(say(f"verdict.{agree}", lang, text=case), first.source, first.section, TECH_CASE_KEY)
            )
        else:
            # (a case opened at a severity: the line answers the case, however it was named)
            key = TECH_CASE_KEY if tech_case else first.key
            out[0] = FactLine(
                say(f"verdict.{agree}", lang, text=first.text), first.source, first.section, key, first.items
            )
        if verdict == "no" and "response" in q.facets and STATED_TARGET.search(q.text):
            # ("15분 안에 첫 응답 받아야 돼. BS+로 가면 커버되는 거지?": no, and what does meet that time)
            others = replace(q, mentions=tuple(m for m in q.mentions if m.entity.kind != "plan"))
            out.extend(x for x in _meets_target(others, k, lang) if x not in out)
    # (the plans moved from: their end, after what the plan they move to gives)
    out.extend(x for x in (_retirement(p, k, lang) for p in succeeded) if x is not None)
    gap: list[FactLine] = []
    # ("ES로 전환되면 … 지금보다 얼마를 더 내?": the plan moved to against the one it replaces)
    left = [p for p in succeeded if p not in plans]
    compared = plans if len(plans) == 2 else [*plans, *left] if len(plans) == len(left) == 1 else []
    if out and compared and "price" in q.facets and PRICE_GAP.search(q.text):
        # "how much more is business vs developer at 12k?": the gap between the two prices leads
        gap = _price_gap(compared, spend, lang)
        out[:0] = gap
    elif out and len(plans) == 2 and len(severities) == 1 and TIME_GAP.search(q.text):
        # "biz critical 장애 났을때 EOR vs ES first response 몇분 차이남?": the gap between the two targets leads
        out[:0] = _response_gap(plans, severities[0], lang)
    if out and len(plans) > 1 and CHEAPEST.search(q.text):  # "which of those is cheapest": name one
        # ("anything cheaper after jan 1?": of those that last)
        lasting = [p for p in plans if not p.available_until] if AFTER_END.search(q.text) else []
        # (plans are ranked by cost, cheapest first; at a stated bill, by what each costs at it, where certain)
        best = min(lasting or plans, key=lambda p: (_cost_at(p, spend), p.order))
        text = say(
            "plans.cheapest.of",
            lang,
            plan=best.name,
            price=_priced(best.price, spend, lang, said),
        )
        # ("그럼 온램프로 하면 더 싸지않아?": the cheaper one today may be gone within weeks: said with it)
        text = _until(text, best, lang) if best.available_until else text
        out = [_line(text, getattr(best.cite.price, lang), _price_key(best))] + [
            x for x in out if x is None or x.key != _price_key(best)
        ]
        # ("so ES is the cheaper one? by how much": the gap asked still leads, the cheaper one after it)
        out = [*gap, *(x for x in out if x not in gap)]
    if out:
        notes = [_retirement(p, k, lang) for p in plans if p.available_until]
        # (a line a yes or no now leads is said once: "아니요. Developer Support는 … 종료됩니다")
        out.extend(n for n in notes if n is not None and all(n.text not in x.text for x in out))
    if out and held is not None and held[1] == "cap":
        lasting = _lasting_within([*succeeded, *plans], held[0], spend, k, lang)
        # ("Developer 없어진다는데 월 $50 이하 대안?": what fits after its end is the answer, not the plan named)
        out = [*lasting, *out] if ALTERNATIVE.search(q.text) else [*out, *lasting]
    return [x for x in out if x is not None]


_PRICE_WORDS = re.compile(
    r"얼마|요금|가격|비용|\bhow much\b|\bprice\b|\bcosts?\b|\$|\d\s*(?:불|달러|만원|원)", re.IGNORECASE
)


# the spend at which the percentage takes over from the minimum: "at what usage does the 3% beat the $29 floor?",
# "break-even", "몇 불부터 10%로 계산됨?"
BREAK_EVEN = re.compile(
    r"\bbreak[- ]?even\b|\bat what (?:monthly |aws )*(?:usage|spend|bill)\b|\bcross[- ]?over\b|\btipping point\b"
    r"|\b(?:kicks?|kicking) in\b|\b(?:starts?|start to|begins?) (?:beating|exceeding|to exceed|to beat)\b"
    r"|(?:사용액|사용량|얼마|몇\s*불)\s*(?:부터|이상부터|넘어야|넘으면)[^?]*(?:%|퍼센트|퍼|프로|비율|요율)|손익\s*분기",
    re.IGNORECASE,
)
# "break down the tiers pls", "구간별로 얼마씩": the tiered price worked out band by band
BREAKDOWN = re.compile(
    r"break\s*(?:it\s*)?down|breakdown|per (?:tier|band)|by (?:tier|band)|구간\s*별|티어\s*별|나눠서"
    # ("계산 과정도 같이 부탁드려요", "show the math", "how is that calculated?": the working, band by band)
    r"|계산\s*(?:과정|식|방법)|어떻게\s*계산|show (?:me )?(?:the|your) (?:math|working|calculation)"
    r"|how (?:is|was) (?:that|it|this) (?:calculated|computed|worked out)",
    re.I,
)


def _bands(price: Any, spend: float, lang: str) -> tuple[str, ...]:
    """ "$150K-$500K at 7%: $24,500", one per band the spend reaches; none for a flat price."""

    def k(v: float) -> str:
        return f"${v / 1e6:,.4g}M" if v >= 1e6 else f"${v / 1000:,.4g}K" if v >= 1000 else f"${v:,.0f}"

    out = []
    for low, high, pct, amount in tier_shares(price, spend):  # (the last band reached: up to the spend)
        span = f"{k(low)}-{k(min(high, spend) if high is not None else spend)}"
        out.append(say("price.band", lang, span=span, pct=f"{pct:g}", amount=f"${amount:,.0f}"))
    return tuple(out)


def _lasting_within(named: list[Any], amount: float, spend: float | None, k: Knowledge, lang: str) -> list[FactLine]:
    """A named plan within the budget that ends: the plans that go on and fit the budget, cheapest first."""
    ending = [p for p in named if p.available_until and (f := held_against(p.price, amount, spend)) and f.within]
    if not ending:
        return []
    lasting = sorted((p for p in k.plans.values() if not p.available_until), key=lambda p: p.order)
    fits = [p for p in lasting if (f := held_against(p.price, amount, spend)) is not None and f.within]
    out = []
    if fits:
        date = max(p.available_until for p in ending).isoformat()
        names = ", ".join(p.name for p in fits)
        text = say("price.lasting_within", lang, date=date, amount=f"${amount:,.0f}", names=names)
        out.append(_line(text, getattr(fits[0].cite.price, lang), _price_key(fits[0])))
    # (the successor the end notice names, when it does not fit: what moving to it would cost against the budget)
    successors = {p.replaced_by: k.plans[p.replaced_by] for p in ending if p.replaced_by in k.plans}
    for plan in successors.values():
        if plan in fits or plan in named or (fit := held_against(plan.price, amount, spend)) is None:
            continue
        price = held_text(fit, amount, spend, getattr(plan.price.text, lang), lang)
        out.append(_line(f"{plan.name}: {price}", getattr(plan.cite.price, lang), _price_key(plan)))
    return out


def turn_bill(q: Question, krw_per_usd: float) -> Money | None:
    """The AWS bill the question states (`stated_bill`); in a follow-up, the one its own words state first ("ok and
    at 160k what's the bill?" after a turn at 140k), placed in `q.text`."""
    lent = stated_bill(q.text, krw_per_usd)
    if not q.own_start:
        return lent
    typed = q.text[q.own_start :]
    # (after a stated bill, a bare "at 160k" names the next one)
    own = stated_bill(typed, krw_per_usd) or (bill_asked_next(typed) if lent is not None else None)
    return lent if own is None else replace(own, start=own.start + q.own_start, end=own.end + q.own_start)


def _other_bills(text: str, first: Money, krw_per_usd: float) -> list[Money]:
    """The bills a question states besides `first`, each amount once."""
    out: list[Money] = []
    for b in stated_bills(text, krw_per_usd):
        if b.usd != first.usd and all(o.usd != b.usd for o in out):
            out.append(b)
    return out


def _turn_spend(q: Question, krw_per_usd: float) -> float | None:
    """The AWS bill `turn_bill` reads, in USD: this turn's own, else the one an earlier turn stated."""
    bill = turn_bill(q, krw_per_usd)
    return bill.usd if bill is not None else None


def _includes_line(plan: Any, q: Question, lang: str) -> FactLine:
    """What the plan includes, as its own section lists it, less what the asker set aside ("TAM 말고")."""
    extras = tuple(getattr(t, lang) for t in plan.includes if not _names_set_aside(q, t))
    return _line(say("plan.includes", lang, plan=plan.name), getattr(plan.cite.channels, lang), "", extras)


def _names_set_aside(q: Question, item: Any) -> bool:
    """Does a catalog item (both languages) name an entity the question set aside ("TAM 말고"), or hold every word
    it set aside ("design principles other than scale horizontally")?"""
    said = f"{item.en} {item.ko}"
    if q.aside_words:
        held = folded_terms(said)
        if all(fold(w) in held for w in q.aside_words):
            return True
    return names_in(said, [n for m in q.negated for n in m.names])


def _line(text: str, ref: Any, key: str = "", items: tuple[str, ...] = ()) -> FactLine:
    return FactLine(text, ref.source, ref.section, key, items)


def _price_key(plan: Any) -> str:
    m = plan.price.minimum_monthly_usd
    return f"${m:,}" if m else ""


def _minutes(n: int, lang: str) -> str:
    if n % 60 == 0:
        h = n // 60
        return say("duration.hour" if h == 1 else "duration.hours", lang, n=h)
    return say("duration.minutes", lang, n=n)


# "업무시간 기준임 아님 24시간 기준임?", "is that business hours or 24/7?": on which clock the targets run
_HOURS_ASKED = re.compile(
    r"업무\s*시간|근무\s*시간|영업\s*시간|24\s*시간\s*기준|연중무휴|주말"
    r"|business hours|office hours|24\s*/\s*7|24x7|weekends?",
    re.IGNORECASE,
)


def _response_lines(
    plan: Any, severities: list[str], lang: str, hours_asked: bool = False, counted: bool = False
) -> list[FactLine]:
    """`hours_asked`: the question asks on which clock the targets run, so a plan answered round the clock says
    so too (a business-hours plan always does); `counted`: how many severities the plan has is asked."""
    ref = getattr(plan.cite.response_targets, lang)
    targets = plan.response_minutes.model_dump()
    business_hours = plan.channels.hours == "business_hours"
    when = say("resp.business_hours", lang) if business_hours else ""
    if hours_asked and plan.channels.hours == "24x7":
        when = say("resp.round_the_clock", lang)
    asked = severities or [s for s, v in targets.items() if v is not None]
    if not asked or all(targets[s] is None for s in asked) and not severities:
        return [_line(say("resp.none", lang, plan=plan.name), ref)]
    if not severities and len(asked) > 1:
        head = say("resp.all", lang, plan=plan.name).rstrip(":") + (when or "") + ":"
        if counted:
            head = say("resp.counted", lang, plan=plan.name, n=kinds(len(asked), lang))
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
    if not names:  # none known: "not confirmed" is no "none" (Business Support+, Unified Operations)
        unknown = any(getattr(ch, c) is None for c in ("email", "phone", "chat"))
        if unknown and ch.hours:  # ("business support+ 24시간 됨?": the hours are known, the channels are not)
            return say("ch.unconfirmed.hours", lang, plan=plan.name, hours=say(f"hours.{ch.hours}", lang).strip(" ()"))
        return say("ch.unconfirmed" if unknown else "ch.none", lang, plan=plan.name)
    hours = say(f"hours.{ch.hours}", lang) if ch.hours else ""
    text = say("ch.some", lang, plan=plan.name, channels=", ".join(names), hours=hours)
    if plan.answered_by in ("cloud_support_associates", "cloud_support_engineers"):  # who answers is part of it
        who = say(f"who.{plan.answered_by}", lang)
        text = f"{text.rstrip('.')}{say('ch.by', lang, who=who)}."
    return text


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


def _ending_too(plans: list[Any], only: tuple[str, ...], k: Knowledge, lang: str) -> list[FactLine]:
    """The other plans that end on the day of a plan asked about as if it were the only one to end."""
    out = []
    for plan in plans:
        if plan.id not in only or not plan.available_until:
            continue
        others = [p.name for p in k.plans.values() if p.available_until == plan.available_until and p.id not in only]
        if others:
            date = plan.available_until.isoformat()
            text = say("plan.not_only", lang, plan=plan.name, others=", ".join(others), date=date)
            out.append(_line(text, getattr(plan.cite.retirement, lang), date))
    return out


# --- pillars and design principles -----------------------------------------------------------------
def _pillar_lines(q: Question, k: Knowledge, lang: str) -> list[FactLine]:
    if k.pillars is None:
        return []
    ids = set(q.entities)
    pillar_ids = _pillar_range(q, k) or list(dict.fromkeys(q.of_kind("pillar")))  # ("보안 … SEC": one, named twice)
    if q.counted == "pillar":
        pillar_ids = []  # ("pillar 5개 맞지? sustainability는 걍 lens였던거 같은데": the pillars counted, all of them)
    wants_principles = "design-principle" in ids or "general-design-principles" in ids
    wants_areas = "best-practice-area" in ids
    if len(pillar_ids) >= 2 and q.kind == "comparison" and not (wants_principles or wants_areas):
        # "reliability vs performance efficiency": what each pillar is about, side by side
        pillars = [k.pillars.pillar(pid) for pid in pillar_ids]
        return [
            _line(f"{both_names(p.name, lang)}: {getattr(p.definition, lang)}", getattr(p.cite.definition, lang))
            for p in pillars
        ]
    if len(pillar_ids) >= 2 and {"questions", "count"} <= set(q.facets) and not (wants_principles or wants_areas):
        # "SUS 질문이랑 PERF 질문 합치면 총 몇개?": each pillar's count, the sum first when it is asked
        pillars = [k.pillars.pillar(pid) for pid in pillar_ids]
        each = [_questions_line(p, lang) for p in pillars]
        if not SUMMED.search(q.text):
            return each
        owners = say("join.and", lang).join(both_names(p.name, lang) for p in pillars)
        summed = sum(len(p.questions) for p in pillars)
        line = say("count.questions.sum", lang, owners=owners, n=summed)
        return [FactLine(line, each[0].source, each[0].section, str(summed)), *each]
    if len(pillar_ids) >= 2 and (wants_principles or wants_areas) and q.kind in ("comparison", "list"):
        # "보안이랑 안정성 설계 원칙 비교해줘": each pillar's principles (or areas), one list after the other
        return [
            _named_list(
                getattr(p, "design_principles" if wants_principles else "areas"),
                "list.principles" if wants_principles else "list.areas",
                getattr(p.cite.design_principles if wants_principles else p.cite.areas, lang),
                lang,
                both_names(p.name, lang),
            )
            for p in (k.pillars.pillar(pid) for pid in pillar_ids)
        ]
    # the framework's questions, not the Machine Learning lens's
    framework = bool(_FRAMEWORK_LENS.search(q.text)) or ("lens" not in ids and bool(ids & {"pillar", _WAF}))
    # ("which WA pillar has the most design principles? the SEC one feels long": the pillar at the end of the
    # scale, among all six, whatever one pillar a remark names)
    # (not a pillar a follow-up names after an extreme, "제일 적은 건?" then "그럼 보안은?": that pillar's own count;
    # nor one asked about before the extreme, "how many qs does REL have and which pillar has the fewest?")
    # (positions in the turn's own words are placed in the whole text only where those words end it)
    own = q.typed or q.text[q.own_start :]
    at = len(q.text) - len(own) if q.text.endswith(own) else None
    cue = SMALLEST.search(own) or BIGGEST.search(own)
    said = [m for m in q.mentions if m.entity.kind == "pillar" and m.entity.id != "pillar"]
    remark = cue is not None and at is not None and bool(said) and all(m.start > at + cue.end() for m in said)
    scaled = not pillar_ids or remark
    if (
        scaled
        and len(pillar_ids) <= 1
        and "pillar" in ids
        and framework
        and (lines := _pillar_extremes(q, k, lang, wants_principles))
    ):
        return lines
    # (a principle or area of the pillar named, "지속 가능성 영향 이해 설명해줘", is what is asked, not the pillar)
    part_named = q.kind == "definition" and any(e.startswith(f"{pid}/") for pid in pillar_ids for e in q.entities)
    if len(pillar_ids) == 1 and q.kind in ("list", "number", "other", "definition") and not part_named:
        p = k.pillars.pillar(pillar_ids[0])
        if wants_principles and not NEWEST.search(q.text):  # (which one is newest: a passage says, the list does not)
            ref, owner = getattr(p.cite.design_principles, lang), both_names(p.name, lang)
            # ("비용최적화 설계원칙 중에 클라우드 재무관리(CFM) 말고 나머지": the others, the one set aside named)
            rest = _besides(q, p.design_principles, "list.principles", ref, lang, owner, ", ")
            return [rest or _named_list(p.design_principles, "list.principles", ref, lang, owner)]
        if wants_areas:
            biggest = bool(BIGGEST.search(q.text))
            if biggest or SMALLEST.search(q.text):
                return _sized_area(p, lang, biggest=biggest)
            # "sustainability pillar areas besides region selection?": the others, the one set aside named
            ref, owner = getattr(p.cite.areas, lang), both_names(p.name, lang)
            rest = _besides(q, p.areas, "list.areas", ref, lang, owner, ", ")
            if rest and "questions" not in q.facets:
                return [rest]
            listed = rest or _named_list(p.areas, "list.areas", ref, lang, owner)
            if "questions" in q.facets:  # "영역마다 질문 몇 개씩": each area with its question ids
                # ("SUS01 리전선택 말고 나머지 영역 뭐임? 번호랑": the others, each with its ids)
                areas = [a for a in p.areas if not (rest and _names_set_aside(q, a.name))]
                ids_of = [", ".join(a.questions) for a in areas]
                listed = replace(listed, items=tuple(f"{i}: {n}" for i, n in zip(listed.items, ids_of, strict=True)))
                if "count" in q.facets and not _EACH.search(q.text):  # "질문 몇개고 영역은 몇개로 나뉨?": both
                    return [_questions_line(p, lang), listed]
            return [listed]
        if "questions" in q.facets:
            # "안정성 필러 데이터 백업 관련된건 몇번 질문임?": the question whose topic was named, then the pillar's
            named = [
                _qid_line(p, a, qid, lang) for a in p.areas for qid in a.questions if _names_topic(q, a.topics.get(qid))
            ]
            return [*named, _questions_line(p, lang)]
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
    if not pillar_ids and wants_principles and "pillar" in ids and _EACH.search(q.text) and "count" in q.facets:
        # "how many design principles does each of the 6 pillars have": pillar by pillar, each from its own section
        return [
            _line(
                say("count.pillar_principles", lang, owner=both_names(p.name, lang), n=len(p.design_principles)),
                getattr(p.cite.design_principles, lang),
                str(len(p.design_principles)),
            )
            for p in k.pillars.pillars
        ]
    if not pillar_ids and "questions" in q.facets and "count" in q.facets and framework:
        # "필러 전부 합치면 질문 몇개?": the framework lens's total, pillar by pillar (the overview states the total)
        term = k.glossary.get("well-architected-framework")
        if term is None or term.cite is None:
            return []
        items = tuple(
            say(
                "count.pillar_questions",
                lang,
                owner=both_names(p.name, lang),
                n=len(p.questions),
                first=p.questions[0],
                last=p.questions[-1],
            )
            for p in k.pillars.pillars
        )
        total = sum(len(p.questions) for p in k.pillars.pillars)
        head = say("count.all_questions", lang, n=len(items), total=total)
        ref = getattr(term.cite, lang)
        return [FactLine(head, ref.source, ref.section, str(total), items)]
    newest = _newest_pillar(k, lang)
    # ("젤 최근에 생긴 필러 뭐임?", "그중에 나중에 추가된거 하나 있다던데" after the pillars: the pillar added last)
    picked = WHICH_PILLAR.search(q.text) or AMONG.search(q.text)
    if not pillar_ids and "pillar" in ids and NEWEST.search(q.text) and picked and newest:
        return [newest]  # (with when)
    if not pillar_ids and "pillar" in ids and q.kind in ("list", "number", "definition", "other"):
        if WHICH_PILLAR.search(q.text) and "count" not in q.facets:
            return []  # "which pillar is about carbon footprint?": one pillar, found in the passages
        term = k.glossary.get("pillar")
        if term is None or term.cite is None:
            return []
        ref = getattr(term.cite, lang)
        # "security랑 reliability 말고 나머지 뭐뭐": the others, the ones set aside named
        and_ = say("join.and", lang)
        whole = _named_list(k.pillars.pillars, "list.pillars", ref, lang, "")
        if rest := _besides(q, k.pillars.pillars, "list.pillars", ref, lang, "", and_):
            if "count" not in q.facets:
                return [rest]
            # ("필라 몇개임? sustainability 말고 나머지 이름만": how many in all, then the others by name)
            return [replace(whole, text=re.sub(r":$", ".", whole.text), items=()), rest]  # (no list under it)
        # ("처음부터 있던 5개랑 나중에 추가된거 구분해서": the list, and which one came later)
        added = [newest] if _ADDED_ASKED.search(q.text) and newest else []
        return [whole, *added]
    return []


# when the pillars came: "처음부터 있던 5개", "나중에 추가된 거", "which were there originally"
_ADDED_ASKED = re.compile(
    r"추가|나중에|처음부터|원래|\badded\b|\blater\b|\boriginal(?:ly)?\b|\bat first\b|\bfirst five\b", re.IGNORECASE
)


def _newest_pillar(k: Knowledge, lang: str) -> FactLine | None:
    """The pillar added last, with when (the first five have no date of their own)."""
    added = [p for p in k.pillars.pillars if p.added] if k.pillars else []
    if not added:
        return None
    p = max(added, key=lambda p: p.added or "")
    date = p.added or ""
    text = say("pillar.newest", lang, pillar=both_names(p.name, lang), year=date[:4], month=int(date[5:7]))
    return _line(text, getattr(p.cite.definition, lang), p.name.en)


def _besides(q: Question, items: list[Any], key: str, ref: Any, lang: str, owner: str, sep: str) -> FactLine | None:
    """The list `key` of `items` less those the question set aside, led by the ones set aside ("보안, 안정성 말고 …");
    None when it sets none aside, or all of them."""
    kept = [i for i in items if not _names_set_aside(q, i.name)]
    if len(kept) == len(items) or not kept:
        return None
    aside = sep.join(getattr(i.name, lang) for i in items if i not in kept)
    text = say(f"{key}.besides", lang, owner=owner, aside=aside, n=kinds(len(kept), lang))
    return replace(_named_list(kept, key, ref, lang, owner), text=text)


def _sized_area(p: Any, lang: str, biggest: bool) -> list[FactLine]:
    """ "젤 큰 영역은?": the pillar's area with the most (or fewest) questions, when one area alone has that many."""
    size = (max if biggest else min)(len(a.questions) for a in p.areas)
    areas = [a for a in p.areas if len(a.questions) == size]
    if len(areas) != 1:
        return []
    a = areas[0]
    text = say(
        "area.biggest" if biggest else "area.smallest",
        lang,
        owner=both_names(p.name, lang),
        area=both_names(a.name, lang),
        n=size,
        ids=", ".join(a.questions),
    )
    return [_line(text, getattr(p.cite.areas, lang), str(size))]


def _questions_line(p: Any, lang: str) -> FactLine:
    """ "The Security pillar has 11 questions (SEC01 to SEC11).", cited to the pillar's definition."""
    qs = p.questions
    text = say("count.questions", lang, owner=both_names(p.name, lang), n=len(qs), first=qs[0], last=qs[-1])
    return _line(text, getattr(p.cite.definition, lang), qs[-1])


# "which pillar has the fewest questions and which the most?", "설계 원칙 젤 많은 필러": counted from the catalog
def _pillar_extremes(q: Question, k: Knowledge, lang: str, principles: bool) -> list[FactLine]:
    """The pillars with the fewest and/or most questions (or design principles), ties named together, each line
    citing the pillar's own section, which states the count."""
    if k.pillars is None or not (principles or "questions" in q.facets) or "pillar" not in q.entities:
        return []
    thing = "principles" if principles else "questions"

    def count(p: Any) -> int:
        return len(p.design_principles) if principles else len(p.questions)

    def ranked(pool: list[Any], pick: Callable[..., int], message: str, **fields: str) -> tuple[FactLine, list[Any]]:
        """The line for the pillars of `pool` at its extreme count (by `pick`), and the pillars left."""
        n = pick(count(p) for p in pool)
        tied = [p for p in pool if count(p) == n]
        names = ", ".join(both_names(p.name, lang) for p in tied)
        ref = getattr(tied[0].cite.design_principles if principles else tied[0].cite.areas, lang)
        return _line(say(message, lang, pillars=names, n=n, **fields), ref, str(n)), [p for p in pool if p not in tied]

    out: list[FactLine] = []
    for cue, pick, key in ((SMALLEST, min, "fewest"), (BIGGEST, max, "most")):
        if not cue.search(q.text):
            continue
        line, rest = ranked(list(k.pillars.pillars), pick, f"pillar.{key}.{thing}")
        out.append(line)
        if _NEXT_RANK.search(q.text) and rest:  # ("fewest qs, and whats the 2nd smallest?": the next count too)
            out.append(ranked(rest, pick, "pillar.next", thing=say(f"thing.{thing}", lang))[0])
    return out


# the next one after the extreme: "the 2nd smallest", "second most", "두 번째로 적은", "그다음"
_NEXT_RANK = re.compile(
    r"\b(?:2nd|second|next)[- ](?:smallest|fewest|least|biggest|largest|most)\b|두\s*번째|그\s*다음", re.IGNORECASE
)


_WAF = "well-architected-framework"
_EACH = re.compile(r"마다|씩|\beach\b|\bper\b", re.IGNORECASE)  # "영역마다 몇 개씩": per item, not in total
_FRAMEWORK_LENS = re.compile(r"framework\s*lens|프레임워크\s*렌즈|(?:default|base)\s+lens|기본\s*렌즈", re.IGNORECASE)


def both_names(name: Any, lang: str) -> str:
    """A catalog name as answers write it: "보안(Security)" in Korean, "Security" in English."""
    return f"{name.ko}({name.en})" if lang == "ko" else name.en


# between two pillars named: "OPS부터 SUS까지", "OPS~SUS", "from OPS to SUS"
_RANGE_BETWEEN = re.compile(r"^\s*(?:부터|에서|~|-|–|to|through|thru)\s*$", re.IGNORECASE)


def _pillar_range(q: Question, k: Knowledge) -> list[str]:
    """ "OPS부터 SUS까지 다 합쳐서": the pillars from the first named to the second, in the framework's order."""
    named = [m for m in q.mentions if m.entity.kind == "pillar"]
    if k.pillars is None or len(named) != 2 or not _RANGE_BETWEEN.match(q.text[named[0].end : named[1].start]):
        return []
    order = [p.id for p in k.pillars.pillars]
    ends = sorted(order.index(m.entity.id) for m in named if m.entity.id in order)
    return order[ends[0] : ends[-1] + 1] if len(ends) == 2 and ends[0] != ends[1] else []


def _named_list(items: list[Any], key: str, ref: Any, lang: str, owner: str) -> FactLine:
    names = []
    for it in items:
        other = it.name.en if lang == "ko" else it.name.ko
        mine = getattr(it.name, lang)
        names.append(f"{mine} ({other})" if other and other != mine else mine)
    head = say(key, lang, owner=owner, n=kinds(len(items), lang))
    first = items[0].name.en if items else ""
    return FactLine(head, ref.source, ref.section, first, tuple(names))


_CONTEXT_TERMS = ("well-architected-framework", "well-architected-tool", "pillar", "design-principle", "workload")


# --- questions across plans: "which plans have a TAM", "TAM 없는 플랜" ----------------------------------
# feature -> (does a plan have it: True, False, or None when the sources do not confirm it; cite group)
_FEATURES: dict[str, tuple[Callable[[Any], bool | None], str]] = {
    "technical-account-manager": (lambda p: None if p.tam == "unconfirmed" else p.tam != "none", "tam_concierge"),
    "concierge-support-team": (lambda p: p.concierge, "tam_concierge"),
    "business-critical-system-down": (
        lambda p: p.response_minutes.business_critical_down is not None,
        "response_targets",
    ),
    "production-system-down": (lambda p: p.response_minutes.production_down is not None, "response_targets"),
    "trusted-advisor": (
        lambda p: None if p.trusted_advisor == "unconfirmed" else p.trusted_advisor == "full",
        "trusted_advisor",
    ),
    "retiring": (lambda p: p.available_until is not None, "channels"),
}
_PLAN_NOUN = re.compile(
    r"\bplans?\b(?!\s+to\b)|\btiers?\b|\b(?:cheapest|cheaper|which) options?\b|플랜|요금제|서포트", re.IGNORECASE
)
# ("이 심각도 아예 못고르는 유료 플랜": a severity the plan cannot take is one it lacks)
# ("the FULL check set, not just core": more than the core, no plan without it asked)
_NEGATED = re.compile(
    r"\bnot?\b(?!\s+(?:just|only|merely)\b)|n't|without|없는|없이|안\s*주는|미포함|못\s*(?:고르|골라|받|쓰|여|선택)|안\s*되는|불가",
    re.IGNORECASE,
)
# how long ahead a move is announced: "미리 얼마나 전에 알려줌?", "how much notice", "heads-up"
_NOTICE = re.compile(r"미리|사전에|알려|연락|통보|\bnotice\b|\bahead\b|\bin advance\b|heads[- ]?up", re.IGNORECASE)
# "유료 플랜", "paid plans": the free one is not among them
_PAID = re.compile(r"유료|\bpaid\b", re.IGNORECASE)


def _asked_feature(q: Question) -> tuple[str | None, bool, Callable[[Any], bool | None] | None, str]:
    """The plan feature a question asks about, whether it wants plans with it, and how to test a plan."""
    # ("TAM 없는 거 말고, 지정 TAM 붙는 플랜": a negative named only to be set aside wants the feature)
    # ("which plans have the 15 min severity? bs+ doesnt right?": a negation in a check after the question is that
    # check's, not the list's)
    first = q.text.find("?", q.own_start) + 1 or len(q.text)
    asking = q.text if "?" not in q.text[first:] else q.text[:first]
    # ("cheapest plan that still gives us a named TAM after jan 2027? not EOR obviously": the "not" of a plan set
    # aside negates no feature)
    aside = [n.start for n in q.negated]
    want = not any(
        not set_aside_at(q.text, m.start(), m.end()) and not any(0 <= a - m.end() <= 3 for a in aside)
        for m in _NEGATED.finditer(asking)
    )
    feature = next((e for e in q.entities if e in _FEATURES), None)
    if feature is None:  # "TAM 없는 플랜", "plans with no TAM": the feature was named in the negative
        feature = next((m.entity.id for m in q.negated if m.entity.id in _FEATURES), None)
        want = want and feature is None
    if feature == "technical-account-manager" and DEDICATED.search(q.text):
        return "designated-tam", want, _designated, "tam_concierge"
    if feature is None and "channels" in q.facets:
        asked = _asked_channels(q)
        round_clock = bool(ROUND_THE_CLOCK.search(q.text))

        def has(p: Any) -> bool | None:
            values = [getattr(p.channels, c) for c in asked]
            if round_clock:
                values.append(None if p.channels.hours is None else p.channels.hours == "24x7")
            return None if None in values else all(values)

        return "channels", want, has, "channels"
    if feature is None and "end_date" in q.facets:
        # ("cheapest plan that still exists next year?": the plans that do not end are wanted)
        feature, want = "retiring", want and not STILL_THERE.search(q.text)
    if feature is None:
        return None, want, None, ""
    check, group = _FEATURES[feature]
    return feature, want, check, group


def _item_mentions(q: Question) -> list[Any]:
    """The names a plan question gives beside its plans and severities: the items a plan may include ("IEM")."""
    return [m for m in q.mentions if m.entity.kind not in ("plan", "severity")]


def _listed_items(q: Question, k: Knowledge) -> list[Any]:
    """Items named that only a plan's own list settles (the Support API, IEM): terms some plan's own section lists,
    other than the features the catalog rates for every plan (TAM, Trusted Advisor)."""
    return [
        m
        for m in _item_mentions(q)
        if m.entity.id not in PLAN_FEATURES
        and m.entity.kind == "term"
        and any(_included(p, m.names) is not None for p in k.plans.values())
    ]


def _names(item: Any, names: list[str]) -> bool:
    """An item of a plan's own list, in either language, holds one of the names."""
    return bool(names) and names_in(f"{item.en} {item.ko}", names)


def _included(plan: Any, names: list[str]) -> Any:
    """The first item of the plan's own list that holds one of the names; None when none does."""
    return next((t for t in plan.includes if _names(t, names)), None)


def _has_item(plan: Any, item: Any, lang: str) -> str:
    """That the plan has the item: included, or offered at extra cost ("추가 요금의 IEM")."""
    key = "plan.has_item_extra" if item.extra else "plan.has_item"
    return say(key, lang, plan=plan.name, item=getattr(item, lang))


def _item_line(plan: Any, names: list[str], unlisted: str, lang: str) -> FactLine | None:
    """The item of the plan's own list that holds one of `names`; else, when `unlisted` names the thing asked,
    that the plan's list does not hold it (None when neither can be said)."""
    item = _included(plan, names)
    if item is not None:
        return _line(_has_item(plan, item, lang), getattr(plan.cite.channels, lang), getattr(item, lang))
    if plan.includes and unlisted:
        text = say("plan.not_listed", lang, plan=plan.name, item=unlisted)
        return _line(text[:1].upper() + text[1:], getattr(plan.cite.channels, lang))  # (the item opens the sentence)
    if unlisted:  # ("does business support+ give us the support api?": a plan whose sources list nothing it includes)
        return _line(
            say("plan.item_unconfirmed", lang, plan=plan.name, item=unlisted), getattr(plan.cite.channels, lang)
        )
    return None


def _named_program(q: Question, lang: str) -> str:
    """The program or service a question names beside its plan ("proserve": AWS Professional Services), by its
    name in `lang`; "" when none."""
    named = (m.entity for m in q.mentions if m.entity.kind in ("program", "service"))
    return next((getattr(e, lang) or e.en for e in named), "")


def _plans_including(q: Question, k: Knowledge, lang: str) -> list[FactLine]:
    """ "IEM 어느 서포트 플랜에 들어있어?": the plans whose own sections list the item named, each as it states it.
    ("Support API는 비즈니스 이상이어야 됨?": a plan named in passing to ask the item's floor asks the same.)"""
    floor = q.kind == "yesno" and any(m.entity.kind == "plan" for m in q.weak)
    if q.of_kind("plan") or not (WHICH_PLAN.search(q.text) or "features" in q.facets or floor):
        return []
    # ("what do we actually get out of a WA review": a term with a home of its own outside support plans, asked with
    # no plan word, is what the question is about, not an item a plan lists)
    asked_of_plans = floor or bool(_PLAN_NOUN.search(q.text))
    items = [m for m in _item_mentions(q) if asked_of_plans or _support_item(m.entity.id, k)]
    return _plans_listing(items, k, lang) if items else []


def _support_item(eid: str, k: Knowledge) -> bool:
    """A name that belongs to support plans: no glossary term of another topic (IEM, the TAM)."""
    term = k.glossary.get(eid)
    return term is None or term.topic == "support-plans"


def _plans_listing(mentioned: list[Any], k: Knowledge, lang: str) -> list[FactLine]:
    """The current plans whose own sections list one of the named items, each item as its plan states it."""
    names = [n for m in mentioned for n in m.names]
    having = [(p, t) for p in sorted(_current_plans(k), key=lambda p: p.order) for t in p.includes if _names(t, names)]
    if not having:
        return []
    first = having[0][0]
    items = tuple(f"{p.name}: {getattr(t, lang)}" for p, t in having)
    refs = tuple(
        (r.source, r.section, getattr(t, lang)) for r, t in ((getattr(p.cite.channels, lang), t) for p, t in having)
    )
    # (the item the plans list, not another name beside it: "support plans" in "which support plans come with the
    # support api")
    named = next((m.entity for m in mentioned if any(_names(t, m.names) for _, t in having)), mentioned[0].entity)
    key = "list.plans_including.one" if len(having) == 1 else "list.plans_including"
    head = say(key, lang, n=kinds(len(having), lang), item=getattr(named, lang) or named.en)
    ref = getattr(first.cite.channels, lang)
    several = len({r[:2] for r in refs}) > 1
    return [FactLine(head, ref.source, ref.section, getattr(having[0][1], lang), items, refs if several else ())]


def _plans_with(q: Question, k: Knowledge, lang: str) -> list[FactLine]:
    feature, want, has, group = _asked_feature(q)
    if feature is None or has is None or not _PLAN_NOUN.search(q.text):
        return []
    excluded = {m.entity.id for m in q.negated if m.entity.kind == "plan"}
    if _PAID.search(q.text):
        excluded |= {p.id for p in k.plans.values() if p.price.minimum_monthly_usd == 0 and not p.price.tiers}
    name = _channel_words(q, lang) if feature == "channels" else say(f"feature.{feature}", lang)
    return _plans_having(feature, name, want, has, group, k, lang, excluded, "price" in q.facets, q.text)


def _plans_having(
    feature: str,
    name: str,
    want: bool,
    has: Callable[[Any], bool | None],
    group: str,
    k: Knowledge,
    lang: str,
    excluded: Collection[str] = (),
    priced: bool = False,
    asked: str = "",
) -> list[FactLine]:
    """The current plans that have (or, with not `want`, lack) a feature, each with what sets it apart; `asked`
    is the question's text ("젤 싼 거" asks for the cheapest one)."""
    current = sorted(_current_plans(k), key=lambda p: p.order)
    chosen = [p for p in current if has(p) is want and p.id not in excluded]
    if not chosen:
        return []
    if feature == "retiring" and want:  # the section on the plans that end states them all, one plan's does not
        group = "retirement"
    ref = getattr(getattr(chosen[0].cite, group), lang)
    items = []
    for p in chosen:
        notes = [say(f"tam.kind.{p.tam}", lang)] if feature == "technical-account-manager" and want else []
        sev = SEVERITIES.get(feature, feature)  # (a severity comes by its entity id or by its field)
        if want and sev in SEVERITIES.values() and (minutes := getattr(p.response_minutes, sev, None)) is not None:
            notes.append(_minutes(minutes, lang))  # "and business-critical down?": each plan's target with it
        if feature == "retiring" and want and p.available_until and p.replaced_by in k.plans:
            ends, after = p.available_until.isoformat(), k.plans[p.replaced_by].name
            items.append(say("plan.item_ending", lang, plan=p.name, date=ends, successor=after))
            continue
        if p.available_until:
            notes.append(say("plan.until", lang, date=p.available_until.isoformat()))
        ends = f" ({'; '.join(notes)})" if notes else ""
        cost = f": {getattr(p.price.text, lang)}" if priced else ""
        items.append(f"{p.name}{ends}{cost}")
    one = len(chosen) == 1 and feature != "retiring"  # "Only one plan includes…"
    key = ("plans.with.one" if one else "plans.with") if want else ("plans.without.one" if one else "plans.without")
    # ("which plan gives a dedicated one": the one plan is named on line 1; its item stays when it says more)
    head = say(
        f"{key}.retiring" if feature == "retiring" else key, lang, feature=name, n=len(chosen), plan=chosen[0].name
    )
    items = [] if one and items == [chosen[0].name] else items
    lines = [FactLine(head, ref.source, ref.section, "", tuple(items))]
    # ("which plans don't have a TAM?": a plan the sources leave open is in neither list, so it is named as open)
    open_ = [p.name for p in current if has(p) is None and p.id not in excluded]
    if open_:
        lines.append(_line(say("plans.open", lang, plans=_and(open_, lang), feature=name), ref))
    if feature != "retiring":  # a plan in the list that is about to end says so, with its successor
        lines.extend(r for r in (_retirement(p, k, lang) for p in chosen if p.available_until) if r is not None)
    if CHEAPEST.search(asked):  # "TAM 있는/없는 플랜 중 젤 싼 거": the answer is one plan, with its price
        best = chosen[0]  # plans are ranked by cost, cheapest first
        text = say(
            "plans.cheapest" if want else "plans.cheapest.without",
            lang,
            feature=name,
            plan=best.name,
            price=getattr(best.price.text, lang),
        )
        cheapest = [_line(text, getattr(best.cite.price, lang), _price_key(best))]
        lasting = [p for p in chosen if not p.available_until]
        if best.available_until and lasting:  # cheapest today, gone next month: the cheapest that lasts, too
            later = _cheapest_line(lasting[0], lang, after=best.available_until)
            # ("anything cheaper after jan 1 with a TAM?": the one that lasts answers first)
            cheapest = [later, *cheapest] if AFTER_END.search(asked) else [*cheapest, later]
        lines[:0] = cheapest
    return lines


def _and(names: list[str], lang: str) -> str:
    """ "A, B and C" (Korean: "A, B, C")."""
    if lang == "ko" or len(names) < 2:
        return ", ".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _plans_having_severity(sev: str, k: Knowledge, lang: str) -> list[FactLine]:
    """The current plans with a response target for a severity a plan lacks, each with its ending if it ends."""

    def has(p: Any) -> bool:
        return getattr(p.response_minutes, sev) is not None

    return _plans_having(sev, say(f"sev.{sev}", lang), True, has, "response_targets", k, lang)[:1]


def _elsewhere(feature: str, k: Knowledge, lang: str) -> list[FactLine]:
    """ "Does Business Support+ include a TAM?" -> not confirmed; then the plans that do include one."""
    has, group = _FEATURES[feature]
    return _plans_having(feature, say(f"feature.{feature}", lang), True, has, group, k, lang)[:1]


def _designated(p: Any) -> bool | None:
    return None if p.tam == "unconfirmed" else p.tam == "designated"


def _yes_or_no(q: Question, plan: Any, listed: list[Any]) -> str | None:
    """ "yes"/"no" when the question asks whether one plan has one feature the catalog settles; else None.
    `listed`: the items of plans' own lists the question names (`_listed_items`)."""
    ids = set(q.entities)
    asked = _asked_channels(q) if "channels" in q.facets else []
    if "technical-account-manager" in ids and TAM_ACTS.search(q.typed or q.text):
        return None  # ("can our TAM just run our migration?": what a TAM does, which the passages say; not whether)
    if "technical-account-manager" in ids:
        # ("지정 TAM임?" of a plan with a pool of TAMs: no; a designated TAM is asked, not any TAM). A turn that
        # names the TAM again says which TAM itself; an elliptical one ("온램프는?") asks the TAM asked before.
        own = any(
            m.text.casefold() in q.typed.casefold() for m in q.mentions if m.entity.id == "technical-account-manager"
        )
        dedicated = bool(DEDICATED.search(q.typed if q.typed and own else q.text))
        value = None if plan.tam == "unconfirmed" else (plan.tam == "designated" if dedicated else plan.tam != "none")
    elif "trusted-advisor" in ids:
        value = None if plan.trusted_advisor == "unconfirmed" else plan.trusted_advisor == "full"
    elif "concierge-support-team" in ids:
        value = plan.concierge
    elif asked or ("channels" in q.facets and ROUND_THE_CLOCK.search(q.text)):
        values = [getattr(plan.channels, c) for c in asked]
        if ROUND_THE_CLOCK.search(q.text):  # "is it 24/7": the hours settle it
            values.append(None if plan.channels.hours is None else plan.channels.hours == "24x7")
        value = None if None in values else all(values)
    elif severities := [SEVERITIES[s] for s in q.of_kind("severity")]:  # "dev로 production down 케이스 됨?"
        value = all(getattr(plan.response_minutes, s) is not None for s in severities)
        if value and "response" in q.facets and (stated := STATED_TARGET.search(q.text)) is not None:
            # "does business have a 30 min response for prod down?": no, an hour; the time stated is what is asked
            value = all(getattr(plan.response_minutes, s) == _target_minutes(stated) for s in severities)
    elif "response" in q.facets and (stated := STATED_TARGET.search(q.text)) is not None:
        # "does BS+ have the 15 minute one too?": whether any of its targets is that fast
        targets = [t for t in vars(plan.response_minutes).values() if t is not None]
        value = _target_minutes(stated) in targets if targets else None
    elif _asks_openers(q):
        return None  # (who may open cases is said in words: "제한 없음?" and "각자 열 수 있음?" ask it both ways)
    elif listed:  # "비즈니스는 Support API 됨?": its own list says so, or does not list it
        # (before a technical case: "can we open cases through the Support API on developer?" asks of the API)
        item = _included(plan, [n for m in listed for n in m.names])
        value = True if item is not None else None
        if item is not None and item.extra:  # "IEM 포함임?": no, it costs extra; "IEM 쓸 수 있음?": the line says how
            value = False if INCLUDED_ASKED.search(q.text) else None
    elif _asks_tech_case(q):  # "on Basic, can I open a technical case?": who answers settles it
        value = None if plan.answered_by == "unconfirmed" else plan.answered_by != "customer_service"
    elif _asks_still_there(q):  # "developer 계속 쓸 수 있나요?": only a plan that does not end can be kept
        value = plan.available_until is None
    else:
        return None
    return None if value is None else ("yes" if value else "no")


# the TAM as the one who does something: "can our TAM just run our migration?", "TAM이 마이그레이션 해줌?"
TAM_ACTS = re.compile(
    r"\b(?:tams?|technical account managers?)\s+(?:(?:just|also|actually|even|really)\s+){0,2}"
    r"(?:run|do|build|migrate|handle|implement|write|deploy|fix|execute|carry|perform|take over|design|code|operate)\b"
    # ("TAM분이 저희 온프레미스 마이그레이션 작업도 직접 해주시는 건가요?": with an honorific, and a longer object)
    r"|(?:TAM|탐)\s*(?:분|님)?\s*(?:이|가|한테|에게|이랑|께서)\s*[^?]{0,40}?(?:해\s*줌|해\s*주|맡아|대신|수행|진행해|구축해|작업해)",
    re.IGNORECASE,
)


# whether a thing comes with the plan's price: "포함임?", "is IEM included", "free with business?"
INCLUDED_ASKED = re.compile(r"포함|\binclud\w*|\bcomes? with\b|\bfree\b|무료|공짜", re.IGNORECASE)


def _asks_still_there(q: Question) -> bool:
    """Whether the plan can still be had or kept ("still available next year?", "계속 쓸 수 있나요?"), asked of no
    plan beside others that end the same day ("온램프만 없어지는거 맞음?" is answered by those)."""
    return "end_date" in q.facets and not q.only and bool(STILL_THERE.search(q.text))


# The line that says whether a plan takes technical cases: it answers the case the question names, in whatever
# words ("technical case 열수있음?"), so those words are no detail the line lacks
TECH_CASE_KEY = "technical-case"
OPENERS_KEY = "case-openers"  # a line on who may open cases on a plan: it answers "how many people can open cases?"


def _openers_known(plan: Any) -> bool:
    return plan.case_openers != "unconfirmed"


def _openers_line(plan: Any, lang: str) -> FactLine:
    """Who may open cases on the plan, as its own section says ("only one primary contact", "any IAM user")."""
    text = say(f"case_openers.{plan.case_openers}", lang, plan=plan.name)
    return _line(text, getattr(plan.cite.channels, lang), OPENERS_KEY)


def _asks_openers(q: Question) -> bool:
    """Who, or how many people, may open cases: "팀원 5명이 각자 케이스 열 수 있음?", "can anyone on the team open
    a case?"."""
    opening = TECH_CASE.search(q.text) or CASE_WORD.search(q.text) or CASE_OPENING.search(q.text)
    return bool(CASE_OPENERS.search(q.text)) and bool(opening)


def _asks_tech_case(q: Question) -> bool:
    ids = set(q.entities)
    return (
        "technical-account-manager" not in ids
        and "trusted-advisor" not in ids
        and not _asked_channels(q)
        and bool(TECH_CASE.search(q.text))
    )


def _asked_channels(q: Question) -> list[str]:
    """The support channels a question names ("phone", "채팅"), in the catalog's order."""
    return [c for c, cue in CHANNEL_CUES.items() if cue.search(q.text)]


def _channel_words(q: Question, lang: str) -> str:
    asked = [say(f"channel.{c}", lang) for c in _asked_channels(q)]
    if ROUND_THE_CLOCK.search(q.text):
        asked.insert(0, say("channel.24x7", lang))
    return " ".join(asked) if asked else say("channel.any", lang)


# --- add-ons bought beside a plan (AWS Incident Detection and Response) -----------------------------------
def _addon_lines(q: Question, k: Knowledge, lang: str) -> list[FactLine]:
    addons = [k.addons[e] for e in q.entities if e in k.addons]
    aside = {m.entity.id for m in q.negated} & set(k.addons)
    described = [m for m in q.negated if m.entity.id == "support-add-on"]
    if not addons and not aside and described:
        # ("크리티컬 워크로드 5분 응답 애드온 말고 다른 애드온": an add-on set aside by what it does, not by name)
        words = folded_terms(re.split(r"[.?!,;]", q.text[: described[0].start])[-1])
        said = [(e, len(words & folded_terms(_addon_said(a)))) for e, a in k.addons.items()]
        best = max((n for _, n in said), default=0)
        aside = {e for e, n in said if n == best} if best >= 2 and [n for _, n in said].count(best) == 1 else set()
    if not addons and aside and "support-add-on" in q.entities:
        # "IDR 말고 다른 애드온은 뭐있음? 그건 얼마": the one add-on not set aside
        addons = [a for e, a in k.addons.items() if e not in aside]
    if len(addons) != 1 or not ({"price", "response"} & set(q.facets) or q.kind == "definition"):
        return []
    a = addons[0]
    ref = getattr(a.cite, lang)
    out = []
    if "price" in q.facets or q.kind == "definition":
        spend = _turn_spend(q, k.krw_per_usd)
        price = _priced(a.price, spend, lang)
        out.append(_line(f"{a.name}: {price}", ref, f"${a.price.minimum_monthly_usd:,}"))
        if "price" in q.facets and (total := _with_plan(q, k, a, spend, lang)):
            out = [*total, *out]
    if ("response" in q.facets or q.kind == "definition") and a.response_minutes is not None:
        line = _line(say("addon.response", lang, name=a.name, minutes=a.response_minutes), ref)
        # ("응답 몇 분 안에 오고 비용은 얼마임?": the figure asked first leads; "IDR이 뭐에요?": what it does, then
        # what it costs)
        what = q.kind == "definition" and "price" not in q.facets
        out.insert(0 if what or _asked_first(q, "response", "price") else len(out), line)
    return out


def _addons_listed(q: Question, k: Knowledge, lang: str) -> list[FactLine]:
    """ "besides the plan itself what paid add-ons does AWS Support sell? names pls", "서포트 애드온 뭐뭐 있음?": the
    add-ons, each with what it gives and what it costs; [] when one is named or set aside (its own line answers)."""
    own = q.typed or q.text[q.own_start :]
    if "support-add-on" not in q.entities or not k.addons or q.kind not in ("list", "other") or "price" in q.facets:
        return []
    aside = {m.entity.id for m in q.negated}
    if any(e in k.addons and e not in aside for e in q.entities) or not _ADDONS_ASKED.search(own):
        return []
    # ("IDR 말고 다른 애드온은 뭐있음?": the ones not set aside)
    addons = [a for e, a in k.addons.items() if e not in aside]
    if not addons:
        return []

    def said(a: Any) -> str:  # (what it gives, then what it costs)
        price = getattr(a.price.text, lang)
        if a.response_minutes is None:
            return f"{a.name}: {price}"
        return f"{say('addon.response', lang, name=a.name, minutes=a.response_minutes)}; {price}"

    items = tuple(said(a) for a in addons)
    names = [m.text for m in q.negated if m.entity.id in k.addons]
    listed = ", ".join(a.name for a in addons)
    text = say("list.addons.other", lang, n=len(addons), aside=", ".join(names), names=listed) if names else None
    text = text or say("list.addons", lang, n=len(addons), names=listed)
    return [_line(text, getattr(addons[0].cite, lang), str(len(addons)), items)]


# the add-ons asked for by their kind in the turn's own words ("paid add-ons", "애드온 뭐뭐")
_ADDONS_ASKED = re.compile(r"add-?ons?|애드온|추가\s*옵션|부가\s*(?:서비스|옵션)", re.IGNORECASE)


def _with_plan(q: Question, k: Knowledge, addon: Any, spend: float | None, lang: str) -> list[FactLine]:
    """ "we're on ES at 100k and want Countdown Premium on top — whats the total?": the one plan named and the add-on
    bought beside it, each priced at the stated bill, added up; [] when a price is uncertain or no bill is stated
    and the plan's price depends on it."""
    plans = [k.plans[p] for p in dict.fromkeys(q.of_kind("plan")) if p in k.plans]
    if len(plans) != 1 or plans[0].price.uncertain or addon.price.uncertain:
        return []
    plan = plans[0]
    plan_cost = price_at(plan.price, spend) if spend is not None else None
    addon_cost = price_at(addon.price, spend) if spend is not None else float(addon.price.minimum_monthly_usd)
    if plan_cost is None or addon_cost is None:
        return []
    total = say(
        "price.total",
        lang,
        plan=plan.name,
        addon=addon.name,
        plan_cost=f"${plan_cost:,.0f}",
        addon_cost=f"${addon_cost:,.0f}",
        total=f"${plan_cost + addon_cost:,.0f}",
        spend=f"${spend:,.0f}",
    )
    held = held_amount(q.text, k.krw_per_usd)
    if held is not None and held[1] == "cap":  # ("… 총 얼마? 예산 2만불": the sum held against the budget)
        side = "within" if plan_cost + addon_cost <= held[0] else "over"
        total += say(f"price.total.{side}", lang, amount=f"${held[0]:,.0f}")
    return [_line(total, getattr(plan.cite.price, lang), f"${plan_cost + addon_cost:,.0f}")]


def _addon_said(a: Any) -> str:
    """What the answers say of an add-on, in both languages: its name, price and response."""
    said = [a.name, a.price.text.en, a.price.text.ko]
    if a.response_minutes is not None:
        said += [say("addon.response", lang, name=a.name, minutes=a.response_minutes) for lang in ("ko", "en")]
    return " ".join(said)


# "we need like 5 min response for critical workloads, is there something for that", "1시간 안에 응답 받으려면":
# a response time the asker states (not one asked: "몇 분") picks what meets it, plans and add-ons alike.
STATED_TARGET = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:-\s*)?(min(?:ute)?s?|분|h(?:ou)?rs?|hours?|시간)(?![A-Za-z])", re.IGNORECASE
)


def _severities_at(q: Question, plan: Any) -> list[str]:
    """The plan's severities whose target is a time this turn states ("온램프에서 30분 응답 받는 심각도는?")."""
    stated = set(_stated_targets(q))
    return [s for s, t in plan.response_minutes.model_dump().items() if t is not None and t in stated]


def _stated_targets(q: Question) -> list[float]:
    """The response times this turn states, in minutes, less those said of what it sets aside ("5분 응답 애드온 말고
    다른 애드온")."""
    own = q.typed or q.text
    return [_target_minutes(m) for m in STATED_TARGET.finditer(own) if not set_aside_at(own, m.start(), m.end())]


def _addon_by_target(q: Question, k: Knowledge, lang: str) -> list[FactLine]:
    """ "더 빠른 5분짜리 애드온 … 월 사용액 30만불이면 얼마?": an add-on named by the response it gives, in this turn
    (whatever plan the talk was about), with its price at the stated spend when a price is asked."""
    own = q.typed or q.text
    targets = _stated_targets(q)
    # ("15 min isnt fast enough … need like 5 min. what do we add?": what is added to a plan is an add-on)
    if ("support-add-on" not in q.entities and not _ADD_ASKED.search(own)) or not targets:
        return []
    # ("15분도 느림. 5분 안에": the fastest time said is the one needed)
    value = min(targets)
    spend = _turn_spend(q, k.krw_per_usd)
    out = []
    for a in sorted(k.addons.values(), key=lambda a: a.response_minutes or 0):
        if a.response_minutes is not None and a.response_minutes <= value:
            out.append(
                _line(_addon_text(a, q, lang, spend), getattr(a.cite, lang), f"${a.price.minimum_monthly_usd:,}")
            )
    return out


_ADD_ASKED = re.compile(
    r"\bwhat (?:do|can|should|would) (?:we|i) (?:need to )?(?:add|buy on top|get on top)\b|\bon top of\b"
    r"|(?:뭘|뭐|무엇을|뭐를)\s*(?:더\s*)?(?:추가|얹|붙여|붙이)"
    # ("15 min is still too slow … anything faster we can bolt on?", "더 빨리 받게 붙일 수 있는 거 있음?")
    r"|\b(?:we|i) (?:can|could) (?:add|bolt on|tack on|buy on top)\b|\bbolt(?:ed)?[- ]on\b"
    r"|(?:붙일|추가할|얹을)\s*수"
    # ("neither is fast enough … anything quicker than 15 min?", "15분보다 빠른 거 있음?": what beats the time said)
    r"|\b(?:anything|something|any option)\s+(?:faster|quicker|sooner)\b|보다\s*(?:더\s*)?빠른\s*(?:거|것|게|옵션)",
    re.IGNORECASE,
)


def _target_minutes(found: re.Match[str]) -> float:
    """A `STATED_TARGET` match in minutes ("5분" -> 5, "1 hour" -> 60)."""
    return float(found.group(1)) * (1 if found.group(2).casefold().startswith(("m", "분")) else 60)


def _addon_text(a: Any, q: Question, lang: str, spend: float | None = None) -> str:
    """An add-on by the response it gives (what named it), and when a price is asked what it costs, inside the
    sentence: at the stated spend ("…: a 5-minute response …; $30,000 a month at $1,500,000 …"), else its rule."""
    text = say("addon.response", lang, name=a.name, minutes=a.response_minutes)
    if "price" not in q.facets:
        return text
    price = _priced(a.price, spend, lang)
    return f"{text}; {price[:1].lower() if lang == 'en' else price[:1]}{price[1:]}"


def _response_gap(plans: list[Any], severity: str, lang: str) -> list[FactLine]:
    """Two plans' first-response targets for one severity, and how far apart they are; [] when either plan has
    none for it."""
    minutes = [getattr(p.response_minutes, severity) for p in plans]
    if None in minutes or minutes[0] == minutes[1]:
        return []
    (fast, a), (slow, b) = sorted(zip(plans, minutes, strict=True), key=lambda pm: pm[1])
    text = say(
        "resp.gap",
        lang,
        fast=fast.name,
        slow=slow.name,
        severity=say(f"sev.{severity}", lang),
        a=_minutes(a, lang),
        b=_minutes(b, lang),
        gap=_minutes(b - a, lang),
    )
    return [_line(text, getattr(fast.cite.response_targets, lang))]


def _price_gap(plans: list[Any], spend: float | None, lang: str) -> list[FactLine]:
    """Two plans' monthly prices at the stated bill (or their minimums), and how far apart they are; [] when
    either price is uncertain."""
    if any(p.price.uncertain for p in plans):
        return []
    costs = [price_at(p.price, spend) for p in plans]
    if None in costs:
        return []
    (low, a), (high, b) = sorted(zip(plans, costs, strict=True), key=lambda pc: pc[1] or 0.0)
    gap = f"${(b or 0) - (a or 0):,.0f}"
    if spend is None:  # (no bill stated: the minimums, said to be the minimums)
        text = say("price.gap.minimum", lang, high=high.name, low=low.name, gap=gap)
    else:
        text = say("price.gap", lang, high=high.name, low=low.name, gap=gap, spend=f"${spend:,.0f}")
    return [_line(text, getattr(high.cite.price, lang), _price_key(high))]


GUESS_TOLERANCE = 0.02  # a guessed price this close to the one worked out is right (rounding: "$1.7k")
# the asker checks an amount: "만불이면 되는거 맞음?", "so it's 10k right?", "600불 맞지?"
_CONFIRMS = re.compile(
    r"\b(?:right|correct|accurate)\s*\?|\bis (?:that|this|it) (?:right|correct)\b|\bam i (?:right|correct)\b"
    r"|맞(?:음|지|죠|나|아|냐|는지|습니까|나요|을까)|되는\s*(?:거|건|게)|나오(?:나|냐|는지|는\s*거)|나옴\s*\?|(?:이|가)?\s*(?:아님|아닌가|아니야)\s*\?",
    re.IGNORECASE,
)
_BARE_GUESS = re.compile(
    r"(?<![\w$.,])\$?(\d[\d,]*(?:\.\d+)?)\s*k\b(?!\s*(?:/|a month|per month|monthly|usage|spend))", re.I
)


def _guessed_price(text: str, bill: Money | None, krw_per_usd: float) -> float | None:
    """The price the asker guesses and asks to confirm, in USD: an amount beside the bill they state ("10만불 쓰는데
    엔터프 만불 맞음?", "we spend 100k, so enterprise is 10k right?"), or named as the price ("월 최소 3000불
    맞나?"); None when nothing is being checked."""
    if not _CONFIRMS.search(text):
        return None
    # (a budget held up as a cap is no guess: "예산 월 3k … business 요금 얼마? 예산 안에 들어감?")
    found = money(text, krw_per_usd)
    held = [(m.start, m.end) for m in found if held_up(text, m) is not None]
    amounts = [m.usd for m in found if (bill is None or m.start != bill.start) and (m.start, m.end) not in held]
    if not amounts:
        taken = [(bill.start, bill.end)] if bill is not None else []
        amounts = [
            float(m.group(1).replace(",", "")) * 1e3
            for m in _BARE_GUESS.finditer(text)
            if not any(a <= m.start() < b for a, b in (*taken, *held))
        ]
    return amounts[-1] if len(amounts) == 1 else None


def _cost_at(plan: Any, spend: float | None) -> float:
    """What a plan costs a month at the stated bill; 0 when no bill is stated or its price is uncertain (then
    the catalog's order, cheapest first, decides)."""
    if spend is None or plan.price.uncertain:
        return 0.0
    return price_at(plan.price, spend) or 0.0


def _plan_asked(q: Question) -> str | None:
    """The one plan the question's last question word asks about, if one: named after it in English ("… what do we
    pay on ES now?"), before it in its clause in Korean ("엔터프라이즈는 최소 월 얼마였지? 온램프보다 비싸지 않나")."""
    asks = [m.start() for m in WH.finditer(q.text, q.own_start)]
    if not asks or q.typed:
        return None  # (a follow-up's plans are ordered by the talk: the one moved to first)
    at = asks[-1]
    if q.lang == "ko":
        # (a price asked of the nearest clause that names a plan: "developer로는 부족해서 ES 보는 중인데 최소 얼마?")
        clause_end = _PRICE_CLAUSE_END if "price" in q.facets else _CLAUSE_END
        ends = [0, *(m.end() for m in clause_end.finditer(q.text, 0, at))]
        named = set()
        for start, end in reversed(list(zip(ends, [*ends[1:], at], strict=True))):
            named = {m.entity.id for m in q.mentions if m.entity.kind == "plan" and start <= m.start < end}
            if named:
                break
    else:
        named = {m.entity.id for m in q.mentions if m.entity.kind == "plan" and m.start > at}
    return next(iter(named)) if len(named) == 1 else None


_CLAUSE_END = re.compile(r"[?.!,\n]")
_PRICE_CLAUSE_END = re.compile(rf"{_CLAUSE_END.pattern}|(?<=[가-힣])(?:는데|인데|해서|라서|니까)\s")


# "계정 3개 전부 … 각각 월 사용액 300불 … 다 합치면", "we have 4 accounts, each spends about $2k … total?": the
# same plan on several accounts, each at the bill stated, added up
_ACCOUNTS = re.compile(
    r"(?:계정|어카운트)\s*(\d{1,2})\s*개|(\d{1,2})\s*개\s*(?:의\s*)?(?:계정|어카운트)|\b(\d{1,2})\s+(?:aws\s+)?accounts\b",
    re.IGNORECASE,
)
# (each account at the bill stated; not "3 accounts, $30k in total", a bill split in ways the question does not say)
_EACH_ACCOUNT = re.compile(r"각각|각\s*계정|계정마다|계정별|계정당|\beach\b|\bper account\b|\bapiece\b", re.IGNORECASE)


def _on_accounts(price: Any, spend: float | None, text: str, lang: str, priced: str) -> str:
    """The price at a bill, for as many accounts as the question counts, each at that bill ("계정 3개 … 각각 월
    사용액 300불 … 합치면 얼마?": 3 × $29 = $87); else the price as it was."""
    found = _ACCOUNTS.search(text)
    n = int(next(g for g in found.groups() if g)) if found else 0
    cost = None if spend is None or price.uncertain else price_at(price, spend)
    if n < 2 or cost is None or not _EACH_ACCOUNT.search(text):
        return priced
    total = say("price.accounts", lang, n=n, total=f"${n * cost:,.0f}", cost=f"${cost:,.0f}")
    return f"{total}; {priced}"


def _priced(price: Any, spend: float | None, lang: str, said: str = "") -> str:
    """A price's rule, worked out at the stated monthly bill when there is one and the price is certain
    ("$1,700 a month at $20,000 of monthly AWS usage (rule)"); `said`: the bill as the asker gave it, in won."""
    rule = getattr(price.text, lang)
    cost = None if spend is None or price.uncertain else price_at(price, spend)
    if cost is None or spend is None:
        return rule
    return say("price.at", lang, spend=said or f"${spend:,.0f}", cost=f"${cost:,.0f}", rule=rule)


def _bill_in_won(bill: Money | None, k: Knowledge, lang: str) -> str:
    """The bill stated in won, with the dollars it was worked out at and the dated rate ("₩30,000,000(≈$20,690,
    1달러당 1,450원, 2026-11-26 기준 계획 환율)"); "" for a bill in dollars or none."""
    if bill is None or bill.krw is None:
        return ""
    return say(
        "price.spend_krw",
        lang,
        krw=f"₩{bill.krw:,}",
        usd=f"${bill.usd:,.0f}",
        rate=f"{k.krw_per_usd:,.0f}",
        date=k.krw_as_of,
    )


def _of_response(q: Question) -> bool:
    """A response time is what the question is about: asked, or a severity named ("15분짜리도 있음?" after the
    production-down target)."""
    return "response" in q.facets or bool(q.of_kind("severity"))


def _meets_target(q: Question, k: Knowledge, lang: str) -> list[FactLine]:
    found = STATED_TARGET.search(q.text, q.own_start)
    # (a plan the turn before lent is the talk's, not this turn's: "15분짜리도 있음?" after Business Support+'s
    # target asks which have one)
    own_plan = any(m.entity.kind == "plan" and m.start >= q.own_start for m in q.mentions)
    if not _of_response(q) or found is None or own_plan:
        return []
    value = _target_minutes(found)
    # (the severity this turn names; one lent is where the talk was, and the time stated is the new need)
    severities = [SEVERITIES[m.entity.id] for m in q.mentions if m.entity.kind == "severity" and m.start >= q.own_start]
    plans_asked = bool(_PLAN_NOUN.search(q.text))  # "which plan…": the plans first, an add-on after them
    # sorted by (an add-on after the plans when plans are asked, minutes, a retiring plan after a lasting one)
    meets: list[tuple[tuple[bool, int, bool], FactLine]] = []
    meeting: list[Any] = []  # the plans that meet it
    for a in k.addons.values():
        if a.response_minutes is not None and a.response_minutes <= value:
            line = _addon_text(a, q, lang)  # ("the add-on w/ 5 min response - how much?": what it costs, too)
            meets.append(((plans_asked, a.response_minutes, False), _line(line, getattr(a.cite, lang))))
    for plan in _current_plans(k):
        targets = plan.response_minutes.model_dump()
        ok = [
            (t, s) for s, t in targets.items() if t is not None and t <= value and (not severities or s in severities)
        ]
        if ok:
            t, sev = min(ok)
            text = say("resp.one", lang, plan=plan.name, severity=say(f"sev.{sev}", lang), value=_minutes(t, lang))
            text = _until(text, plan, lang)  # "(ends 2027-01-01)": a plan that meets it today may not next month
            ref = getattr(plan.cite.response_targets, lang)
            meets.append(((False, t, bool(plan.available_until)), _line(text, ref)))
            meeting.append(plan)
    # ("15분짜리도 있음?": what gives that very time, before what beats it)
    out = [line for _, line in sorted(meets, key=lambda m: (m[0][0], m[0][1] != value, *m[0][1:]))]
    if out and meeting and CHEAPEST.search(q.text):  # "cheapest plan that still gets 15 min?": that one, priced
        best = min(meeting, key=lambda p: p.order)  # plans are ranked by cost, cheapest first
        lines = [_cheapest_line(best, lang)]
        lasting = [p for p in meeting if not p.available_until]
        if best.available_until and lasting:  # cheapest today, gone next month: the cheapest that lasts, too
            lines.append(_cheapest_line(min(lasting, key=lambda p: p.order), lang, after=best.available_until))
        out[:0] = lines
    return out


def _cheapest_line(plan: Any, lang: str, after: dt.date | None = None) -> FactLine:
    """ "The cheapest plan that meets it is On-Ramp: … (ends 2027-01-01)", or the cheapest of those that continue
    `after`."""
    price = getattr(plan.price.text, lang)
    if after is not None:
        text = say("plans.cheapest.lasting", lang, date=after.isoformat(), plan=plan.name, price=price)
    else:
        text = _until(say("plans.cheapest.meeting", lang, plan=plan.name, price=price), plan, lang)
    return _line(text, getattr(plan.cite.price, lang), _price_key(plan))


def _until(text: str, plan: Any, lang: str) -> str:
    """A sentence about a retiring plan, with when it ends ("… (ends 2027-01-01)."); as it is for one that lasts."""
    if not plan.available_until:
        return text
    return f"{text.rstrip('.')} ({say('plan.until', lang, date=plan.available_until.isoformat())})."


def _current_plans(k: Knowledge) -> list[Any]:
    """The plans on offer today: a plan past its end date is gone."""
    return [p for p in k.plans.values() if not p.available_until or p.available_until > k.today]


# --- design principles and best-practice areas by name --------------------------------------------------


def _question_id(q: Question, k: Knowledge, lang: str) -> list[FactLine]:
    """ "SEC01 뭐임", "what is REL05 about", "SEC05랑 SEC06 각각": the area each question id belongs to, and what it
    asks where the catalog says."""
    # ("SEC03은 어느 영역 소속이야?": the area it sits in, not the list of every area)
    if k.pillars is None or practices_asked(q.text):
        return []  # ("OPS07-BP06 뭔 모범사례임?": one best practice, which the catalog does not hold; its passage says)
    qids = question_ids(q.text)
    # (one id: "SUS01~06 각각 뭐야" asks the areas of a range)
    which_area = "best-practice-area" in q.entities and "count" not in q.facets and len(qids) == 1
    if q.kind not in ("definition", "other") and not (which_area and not _ID_RANGE.search(q.text)):
        return []
    last_id = max((m.end() for m in QUESTION_ID.finditer(q.text)), default=0)
    asked = len(asking_part(q.text))  # ("OPS10 - what's it asking? we got an HRI on it": the HRI is the scene)
    if q.kind == "definition" and any(
        last_id <= m.start < asked and m.entity.id in k.glossary and m.entity.id not in (*_CONTEXT_TERMS, *_ID_WORDS)
        for m in q.mentions
    ):
        return []  # "REL04 보면 요청을 멱등하게 만들라는데, 멱등하다는 게 뭔 뜻임?": the term after the id is asked
    lines = []
    aside = {m.entity.id for m in q.negated}
    for qid in qids:
        for pillar in k.pillars.pillars:
            area = next((a for a in pillar.areas if qid in a.questions), None)
            if area is None or f"{pillar.id}/{area.id}" in aside:
                continue  # ("SUS01 리전선택 ㄴㄴ 그거 말고 나머지 영역": the id of the area set aside is set aside too)
            lines.append(_qid_line(pillar, area, qid, lang))
    return lines


def _area_of_ids(q: Question, k: Knowledge, lang: str) -> list[FactLine]:
    """ "REL09 to REL13 fall under which area, and how many questions is that": several ids of one area are that
    area, said with its count and its ids."""
    qids = question_ids(q.text)
    if k.pillars is None or len(qids) < 2 or practices_asked(q.text):
        return []
    if "best-practice-area" not in q.entities or _EACH.search(q.text):
        return []  # ("SEC05랑 SEC06 각각 뭐야": what each one asks)
    homes = {
        (pillar.id, area.id): (pillar, area)
        for qid in qids
        for pillar in k.pillars.pillars
        for area in pillar.areas
        if qid in area.questions
    }
    if len(homes) != 1:
        return []
    pillar, area = next(iter(homes.values()))
    return [replace(_area_line(pillar, area, lang, counted=True), whole=True)]


def _area_line(pillar: Any, area: Any, lang: str, counted: bool) -> FactLine:
    """An area's question ids, led by how many there are when `counted` ("질문은 5개입니다: REL09, …")."""
    key = ("area.count_one" if len(area.questions) == 1 else "area.count") if counted else "area.of"
    text = say(
        key,
        lang,
        name=getattr(area.name, lang),
        pillar=both_names(pillar.name, lang),
        questions=", ".join(area.questions),
        n=len(area.questions),
    )
    return _line(text, getattr(pillar.cite.areas, lang), area.questions[0])


def _qid_line(pillar: Any, area: Any, qid: str, lang: str, area_first: bool = False) -> FactLine:
    """ "REL09(데이터 백업)는 안정성(Reliability)의 장애 관리 영역에 속한 질문입니다": a question id with the topic the
    summary states beside it, its area and pillar, cited to the pillar's areas. `area_first`: the area was asked
    ("RI는 어느 영역임?"), and leads."""
    names = {"qid": qid, "area": getattr(area.name, lang), "pillar": both_names(pillar.name, lang)}
    topic = area.topics.get(qid)  # "REL10 (fault isolation)": stated beside the id in the summary
    key = (
        ("area.covering" if area_first else "qid.topic")
        if topic
        else ("area.covering_id" if area_first else "qid.area")
    )
    text = say(key, lang, topic=getattr(topic, lang), **names) if topic else say(key, lang, **names)
    return _line(text, getattr(pillar.cite.areas, lang), qid)


def question_lines(ids: tuple[str, ...], k: Knowledge, lang: str, area_first: bool = False) -> list[FactLine]:
    """The line that places one question id (with its topic) in its area and pillar, or, for several ids of one
    area, that area's ids; [] when the catalog does not place them."""
    if k.pillars is None or not ids:
        return []
    for pillar in k.pillars.pillars:
        area = next((a for a in pillar.areas if ids[0] in a.questions), None)
        if area is None:
            continue
        if len(ids) == 1:
            return [_qid_line(pillar, area, ids[0], lang, area_first)]
        return [_area_line(pillar, area, lang, counted=False)] if set(ids) <= set(area.questions) else []
    return []


def question_topics(k: Knowledge) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """Each question id's area ids, and its topic in both languages without its area's or pillar's name: what
    `review_questions` tells the ids of an area apart by."""
    areas: dict[str, tuple[str, ...]] = {}
    topics: dict[str, str] = {}
    for pillar in k.pillars.pillars if k.pillars else ():
        for area in pillar.areas:
            # ("안정성 테스트" of Reliability, 안정성: "테스트" tells it apart)
            name = {fold(t) for t in tokenize(f"{area.name.en} {area.name.ko} {pillar.name.en} {pillar.name.ko}")}
            for qid in area.questions:
                areas[qid] = tuple(area.questions)
                topic = area.topics.get(qid)
                words = f"{topic.en} {topic.ko}".split() if topic else []
                topics[qid] = " ".join(w for w in words if not {fold(t) for t in tokenize(w)} <= name)
    return areas, topics


_ID_WORDS = ("best-practice", "best-practice-area", "question")  # what an id is ("SEC01 모범 사례"): no term asked
_ID_RANGE = re.compile(r"\d\s*(?:~|-|–|부터|to|through)\s*(?:[A-Za-z]{2,4})?\s*\d", re.IGNORECASE)


def _older_principle(q: Question, k: Knowledge, lang: str) -> list[FactLine]:
    """ "perform operations as code 아직 있음?", "is enable traceability still a principle?": a principle's name from
    an older edition, asked by someone who learned it there: what became of it, and No when they ask whether it
    still stands (not when they name the current one beside it: "X랑 Y 같은거임?" asks how the two relate)."""
    typed = q.typed or q.text  # (the asker's own words: a name lent by the turns before is no name asked about)
    still = bool(STILL.search(typed))
    # ("the old '…' principle - whats it called now?": its name now, asked in any shape)
    if k.pillars is None or not (still or NOW.search(typed) or q.kind in ("yesno", "other", "definition")):
        return []
    said = _fold_name(typed)
    found = []
    for owner, current, old, ref in _older_names(k, lang):
        at = [i for n in (old.en, old.ko) if n and (i := said.find(_fold_name(n))) >= 0]
        if at:
            found.append((min(at), owner, current, old, ref))
    found.sort(key=lambda f: f[0])  # (in the order typed)
    if not found:
        return []
    if q.kind == "definition" and not (still or NOW.search(typed) or SAME_AS.search(typed)) and _definition(q, k, lang):
        return []  # what it meant: the glossary defines it
    lines = []
    # ("perform operations as code, annotate documentation 지금도 둘다 있음?": each name asked, in the order typed)
    for _, owner, current, old, ref in found:
        old_said = f"{old.ko}({old.en})" if lang == "ko" and old.ko else old.en
        key = "principle.dropped" if current is None else "principle.absorbed" if old.absorbed else "principle.renamed"
        name = both_names(current.name, lang) if current is not None else ""
        line = replace(_line(say(key, lang, old=old_said, owner=owner, name=name), ref, old.en), whole=True)
        both_named = current is not None and any(_fold_name(n) in said for n in (current.name.en, current.name.ko))
        if (q.kind == "yesno" or still) and not both_named:
            line = replace(line, text=say("verdict.no", lang, text=line.text))
        lines.append(line)
    # ("운영우수성 설계원칙에 perform operations as code 아직 있음?": the current list shows what took its place)
    return [*lines, *(_pillar_lines(q, k, lang) if q.kind == "list" and q.of_kind("pillar") else [])]


def _older_names(k: Knowledge, lang: str) -> Iterator[tuple[str, Any, Any, Any]]:
    """Each older name with its owner's name, the principle it became (None: dropped) and the section stating it."""
    assert k.pillars is not None
    general = say("principle.owner.general", lang)
    for g in k.pillars.general_principles:
        for old in g.formerly:
            yield general, g, old, getattr(old.cite or k.pillars.cite_general, lang)
    for p in k.pillars.pillars:
        owner = say("principle.owner.pillar", lang, pillar=both_names(p.name, lang))
        ref = getattr(p.cite.design_principles, lang)
        for d in p.design_principles:
            for old in d.formerly:
                yield owner, d, old, getattr(old.cite, lang) if old.cite else ref
        for old in p.dropped:
            yield owner, None, old, getattr(old.cite, lang) if old.cite else ref


def _fold_name(text: str) -> str:
    """A name as the catalog's loader looks for it, quotes aside too ("'perform ops-as-code'" is no other name)."""
    return fold_name(_QUOTES.sub(" ", text))


_QUOTES = re.compile(r"['\"“”‘’`]")


def part_home(k: Knowledge, eid: str, lang: str) -> tuple[Any, str] | None:
    """The section that states a design principle or best-practice area ("reliability/scale-horizontally"), and
    the name it goes by there; None for any other entity."""
    owner, _, item = eid.partition("/")
    if k.pillars is None or not item:
        return None
    if owner == "general":
        g = next((g for g in k.pillars.general_principles if g.id == item), None)
        return (getattr(k.pillars.cite_general, lang), getattr(g.name, lang)) if g is not None else None
    pillar = next((p for p in k.pillars.pillars if p.id == owner), None)
    if pillar is None:
        return None
    principle = next((d for d in pillar.design_principles if d.id == item), None)
    if principle is not None:
        return getattr(pillar.cite.design_principles, lang), getattr(principle.name, lang)
    area = next((a for a in pillar.areas if a.id == item), None)
    return (getattr(pillar.cite.areas, lang), getattr(area.name, lang)) if area is not None else None


def _principle_or_area(q: Question, k: Knowledge, lang: str) -> list[FactLine]:
    if k.pillars is None:
        return []
    if MISSING.search(q.typed or q.text) and len({e for e in q.entities if "/" in e}) >= 2:
        return []  # ("…자격증명, 추적성, … 5개 맞음? 빠진거 있음?": the asker's list, checked against the pillar's)
    for eid in q.entities:
        owner, _, item = eid.partition("/")
        if not item and "questions" in q.facets:  # a glossary term that is also an area ("인시던트 대응")
            owner, item = next(((p.id, eid) for p in k.pillars.pillars if any(a.id == eid for a in p.areas)), ("", ""))
        if not item:
            continue
        if owner == "general":
            ref = getattr(k.pillars.cite_general, lang)
            p = next(g for g in k.pillars.general_principles if g.id == item)
            return [_line(f"{getattr(p.name, lang)}: {getattr(p.summary, lang)}", ref, p.name.en)]
        pillar = k.pillars.pillar(owner)
        principle = next((d for d in pillar.design_principles if d.id == item), None)
        if principle is not None and "questions" in q.facets:
            return [_questions_line(pillar, lang)]  # questions belong to the pillar: a principle has none of its own
        if principle is not None and "former" in q.facets and principle.formerly:
            # ("마지막 거 예전 이름은?" after the reliability principles: what older editions called it)
            return [
                _line(
                    say("principle.formerly", lang, name=both_names(principle.name, lang), old=old.en),
                    getattr(old.cite or pillar.cite.design_principles, lang),
                    old.en,
                )
                for old in principle.formerly
            ]
        if principle is not None:
            # one name, several pillars ("Use managed services": Operational Excellence and Sustainability): each
            # pillar that has it, or only the ones the question names
            named = {m.entity.id for m in q.mentions if m.entity.kind == "pillar"}
            owners = [
                (p, d)
                for p in k.pillars.pillars
                for d in p.design_principles
                if d.name.en.casefold() == principle.name.en.casefold() and (not named or p.id in named)
            ] or [(pillar, principle)]
            lines = [
                _line(
                    say(
                        "principle.of",
                        lang,
                        name=both_names(d.name, lang),  # ("정식 이름 뭐임?": the English one is the name AWS uses)
                        pillar=both_names(p.name, lang),
                        summary=getattr(d.summary, lang),
                    ),
                    getattr(p.cite.design_principles, lang),
                    d.name.en,
                )
                for p, d in owners
            ]
            if len(owners) > 1:
                lead = say("principle.owners", lang, name=both_names(principle.name, lang), n=len(owners))
                first = owners[0][0]
                items = tuple(both_names(p.name, lang) for p, _ in owners)
                lines.insert(0, _line(lead, getattr(first.cite.design_principles, lang), principle.name.en, items))
            return lines
        area = next((a for a in pillar.areas if a.id == item), None)
        # ("재시도 어케하라고 돼있음? rel pillar 워크로드아키텍처쪽": how the area says to do something, which its
        # question ids do not say; those answer what it covers, what it is, its list or how many questions it has)
        covers = bool({"questions", "count"} & set(q.facets)) or q.kind in ("definition", "list")
        if area is not None and covers:
            whole = _area_line(
                pillar, area, lang, counted="count" in q.facets
            )  # "몇 개": the count leads, the ids follow
            # "그 중에 전송중 데이터 보호는 몇번이지": the question of the area whose topic the asker named
            topics = [
                qid for qid in area.questions if "questions" in q.facets and _names_topic(q, area.topics.get(qid))
            ]
            # "pillar 질문 총 몇개임? 그중에 … 영역엔 몇개?": the pillar's total, asked first, answers first
            total = [_questions_line(pillar, lang)] if "count" in q.facets and _total_first(q) else []
            return [*total, *(_qid_line(pillar, area, qid, lang) for qid in topics), whole]
    return []


_TOTAL = re.compile(r"총|전체|통틀어|\btotal\b|\bin all\b|\boverall\b|\baltogether\b", re.IGNORECASE)


def _total_first(q: Question) -> bool:
    """A total asked before the area is named ("질문 총 몇개임? 그중에 '지출 및 사용량 인식' 영역엔?")."""
    areas = [m.start for m in q.mentions if m.entity.kind == "area"]
    found = _TOTAL.search(q.text)
    return bool(found and areas and found.start() < min(areas))


def _names_topic(q: Question, topic: Any) -> bool:
    """The question names this topic of a question id, in either language, spaces aside."""
    if topic is None:
        return False
    typed = re.sub(r"\s+", "", q.text.casefold())
    return any(
        len(t) >= 4 and t in typed
        for t in (re.sub(r"\s+", "", getattr(topic, lang).casefold()) for lang in ("en", "ko"))
    )


# --- partner paths and Services Path tiers ----------------------------------------------------------------
def _partner_firms(q: Question, k: Knowledge, lang: str) -> list[FactLine]:
    """ "베스핀은 지금도 제일 윗등급 맞음?": what the catalog holds on a named partner firm, which says whether its
    tier was re-checked (the notes named it; its current tier is for the Partner Solutions Finder to confirm)."""
    asked = set(q.of_kind("partner"))
    if k.partners is None:
        return []
    aside = {m.entity.id for m in q.negated}  # ("메가존 말고 나머지 두 곳 어디야?": the others)
    firms = [f for f in k.partners.korean_premier_partners if f.tier == "premier" and f.id not in aside]
    if not asked and firms and "premier-tier" in q.entities and _FIRMS_ASKED.search(q.text):
        # "국내 그 등급 회사 어디어디 있음?": the firms the catalog holds at that tier, and that the tier needs checking
        ref = getattr(firms[0].cite, lang)
        text = say("firms.premier", lang, names=", ".join(f.name for f in firms))
        return [FactLine(text, ref.source, ref.section, firms[0].name)]
    if not asked or {"price", "response", "limit", "date"} & set(q.facets):
        return []  # (a firm's prices or dates are no catalog fact: "베스핀이랑 메가존 중 어디가 더 쌈?")
    return [
        _line(f"{firm.name}: {getattr(firm.description, lang)}", getattr(firm.cite, lang))
        for firm in k.partners.korean_premier_partners
        if firm.id in asked
    ]


_FIRMS_ASKED = re.compile(
    r"어디\s*어디|어느\s*(?:회사|업체|기업)|(?:회사|업체|기업|파트너|곳)\S*\s*(?:는|은|이|가)?\s*(?:어디|누구)"
    r"|\b(?:which|what) (?:companies|firms|partners|ones)\b|\bwho (?:are|has|have|holds?)\b",
    re.IGNORECASE,
)


def _partner_lists(q: Question, k: Knowledge, lang: str) -> list[FactLine]:
    if k.partners is None:
        return []
    ids = set(q.entities)
    if _FIRMS_ASKED.search(q.text):
        return []  # "국내에 젤 윗등급 달고있는데 어디어디?": the firms that hold it (passages name them)
    # ("소프트웨어 경로 티어는?": a path the ladder is not of; the knowledge base gives the Services Path's tiers only)
    other_path = next((p for p in k.partners.paths if p.id in ids and p.id != "services-path"), None)
    if "tiers" in q.facets and (
        other_path is not None or "services-path" in ids or "aws-partner-network" in ids or "partner-paths" in ids
    ):
        tiers = sorted(k.partners.tiers, key=lambda t: t.rank)
        ref = getattr(tiers[0].cite, lang)
        items = tuple(f"{t.name}: {getattr(t.description, lang)}" for t in tiers)
        listed = FactLine(say("list.tiers", lang, n=len(tiers)), ref.source, ref.section, tiers[0].name, items)
        if other_path is not None and "services-path" not in ids:
            ladder = ", ".join(t.name for t in tiers)
            text = say("tiers.not_of_path", lang, path=other_path.name, tiers=ladder)
            return [FactLine(text, ref.source, ref.section, other_path.name), listed]
        if TOP.search(q.text):  # "제일 높은 건?": the top tier, then the ladder
            top = tiers[-1]
            text = say("tiers.top", lang, name=top.name, text=getattr(top.description, lang))
            return [FactLine(text, ref.source, ref.section, top.name), listed]
        return [listed]
    if "partner-paths" in ids and q.kind in ("list", "number", "definition", "other"):
        paths = k.partners.paths
        ref = getattr(paths[0].cite, lang)
        items = tuple(f"{p.name}: {getattr(p.description, lang)}" for p in paths)
        return [
            FactLine(say("list.paths", lang, n=kinds(len(paths), lang)), ref.source, ref.section, paths[0].name, items)
        ]
    return []


# --- the severities of a support case: "how many severity levels", "심각도 뭐뭐 있어" ---------------------------
def _severity_list(q: Question, k: Knowledge, lang: str) -> list[FactLine]:
    """The five severities, lowest first, named in both languages; asked of severity as such (no plan, no one
    severity named), as a list or a count."""
    term = k.glossary.get("severity")
    if "severity" not in q.entities or q.of_kind("severity") or term is None or term.cite is None:
        return []
    if (q.of_kind("plan") or any(m.entity.id in k.plans for m in q.weak)) and not _sets_the_scene(q, k):
        return []  # ("what severity levels are there on developer?": the plan's own, with their targets)
    if not ("count" in q.facets or (q.kind == "list" and (KINDS["list"].search(q.text) or "tiers" in q.facets))):
        return []  # "what is a severity?" asks for the meaning; "what severity levels are there?" for the list
    other = "en" if lang == "ko" else "ko"
    # ("케이스 api로 만들 때 severity 코드값 뭐뭐?": the value the Support API takes for each, beside its name)
    coded = bool(_CODE_ASKED.search(q.text))
    items = tuple(
        f"{say(f'sev.{s}', lang)} ({say(f'sev.{s}', other)})" + (f": {code}" if coded and (code := _code(k, t)) else "")
        for t, s in SEVERITIES.items()
    )
    ref = getattr(term.cite, lang)
    return [FactLine(say("list.severities", lang, n=kinds(len(items), lang)), ref.source, ref.section, "", items)]


_CODE_ASKED = re.compile(r"\bcodes?\b|\bapi\b|\bvalues?\b|코드|값|API", re.IGNORECASE)


def _severity_code(q: Question, k: Knowledge, lang: str) -> list[FactLine]:
    """ "'프로덕션 시스템 손상'은 severity 코드 뭐로 넣어야됨?" (scripting cases through the Support API): the value the
    API takes for each severity named (also when a turn before asked it: "다운은?"); a response time asked of it is
    the plans' to answer."""
    named = [t for t in q.of_kind("severity") if t in SEVERITIES and _code(k, t)]
    # (a follow-up by its own words: "whats that severity called in the support API?" after a plan's target asks
    # the code, whatever target the turn before asked)
    response = "response" in q.facets and (not q.typed or bool(FACETS["response"].search(q.typed)))
    if not named or response or not _CODE_ASKED.search(q.text):
        return []
    other = "en" if lang == "ko" else "ko"
    out = []
    for t in named:
        ref = getattr(k.glossary[t].cite, lang)
        name = f"{say(f'sev.{SEVERITIES[t]}', lang)} ({say(f'sev.{SEVERITIES[t]}', other)})"
        out.append(FactLine(say("sev.code", lang, severity=name, code=_code(k, t)), ref.source, ref.section, ""))
    return out


def _code(k: Knowledge, term_id: str) -> str:
    term = k.glossary.get(term_id)
    return getattr(term, "code", None) or ""


# --- the plans themselves: "what support plans are there", "클래식 서포트 플랜 5개 뭐였더라" ---------------------
_CLASSIC = re.compile(
    r"\b(?:classic|old(?:er)?|legacy|previous)\b|current (?:ones|plans) until|기존|클래식|예전|옛날|구\s*플랜", re.I
)
_NEW = re.compile(r"\bnew\b|newer|2027|신규|새\s*(?:플랜|구성|라인업)|새로운|바뀐", re.I)


def _plan_list(q: Question, k: Knowledge, lang: str) -> list[FactLine]:
    """Every plan of the line-up asked (classic, new, or both), in order, each retiring one with its end date and
    successor; asked of support plans as such, as a list or a count."""
    if "support-plan" not in q.entities or q.of_kind("plan") or k.lineups is None or not k.plans:
        return []
    if not ("count" in q.facets or q.kind in ("list", "other")) or set(q.facets) - {"count"}:
        return []
    classic, new = bool(_CLASSIC.search(q.text)), bool(_NEW.search(q.text))
    lineup = "classic" if classic and not new else "new" if new and not classic else None
    plans = sorted((p for p in k.plans.values() if lineup is None or lineup in p.lineup), key=lambda p: p.order)
    items = []
    for p in plans:
        if p.available_until is not None and p.replaced_by in k.plans:
            ends, after = p.available_until.isoformat(), k.plans[p.replaced_by].name
            items.append(say("plan.item_ending", lang, plan=p.name, date=ends, successor=after))
        else:
            items.append(p.name)
    key = {"classic": "list.plans_classic", "new": "list.plans_new", None: "list.plans"}[lineup]
    ref = getattr(k.lineups, lang)
    return [FactLine(say(key, lang, n=kinds(len(items), lang)), ref.source, ref.section, plans[0].name, tuple(items))]


def _cheapest_plan(q: Question, k: Knowledge, lang: str) -> list[FactLine]:
    """ "what's the cheapest plan?", asked of no feature: the cheapest of all, the cheapest paid one with its end,
    and the cheapest paid one that lasts (plans are ranked by cost)."""
    if not CHEAPEST.search(q.text) or not (_PLAN_NOUN.search(q.text) or "support-plan" in q.entities):
        return []
    if q.of_kind("plan") or set(PLAN_FEATURES) & set(q.entities) or q.of_kind("severity"):
        return []
    ranked = sorted(_current_plans(k), key=lambda p: p.order)
    if not ranked:
        return []
    first = ranked[0]
    text = say("plans.cheapest.any", lang, plan=first.name, price=getattr(first.price.text, lang))
    out = [_line(text, getattr(first.cite.price, lang), _price_key(first))]
    paid = next((p for p in ranked if p.price.minimum_monthly_usd), None)
    if paid is not None:
        text = _until(
            say("plans.cheapest.paid", lang, plan=paid.name, price=getattr(paid.price.text, lang)), paid, lang
        )
        out.append(_line(text, getattr(paid.cite.price, lang), _price_key(paid)))
        lasting = next((p for p in ranked if p.price.minimum_monthly_usd and not p.available_until), None)
        if paid.available_until and lasting is not None:
            out.append(_cheapest_line(lasting, lang, after=paid.available_until))
    return out


def _priciest_plan(q: Question, k: Knowledge, lang: str) -> list[FactLine]:
    """ "제일 비싼 플랜 뭐임?", "most expensive support plan?", asked of no plan or feature: the priciest of the plans
    whose price is published, then the ones whose price is not confirmed (which may cost more)."""
    if not PRICIEST.search(q.text) or not (_PLAN_NOUN.search(q.text) or "support-plan" in q.entities):
        return []
    if q.of_kind("plan") or set(PLAN_FEATURES) & set(q.entities) or q.of_kind("severity"):
        return []
    current = _current_plans(k)
    priced = [p for p in current if p.price.minimum_monthly_usd is not None]
    if not priced:
        return []
    top = max(priced, key=lambda p: (p.price.minimum_monthly_usd, p.order))
    text = say("plans.priciest", lang, plan=top.name, price=getattr(top.price.text, lang))
    out = [replace(_line(text, getattr(top.cite.price, lang), _price_key(top)), whole=True)]
    for p in (p for p in current if p.price.minimum_monthly_usd is None):
        out.append(_line(f"{p.name}: {getattr(p.price.text, lang)}", getattr(p.cite.price, lang), _price_key(p)))
    return out


# --- glossary definitions ---------------------------------------------------------------------------
def _definition(q: Question, k: Knowledge, lang: str) -> list[FactLine]:
    if q.kind not in ("definition", "comparison") or q.facets or q.wants_tool:
        return []  # ("rightsizing tools?" asks for services, not a meaning)
    terms = [k.glossary[e] for e in dict.fromkeys(q.entities) if e in k.glossary and k.glossary[e].cite is not None]
    if len(terms) > 1:  # "a lens in the WA Tool": the framework and the tool are context, not the subject
        terms = [t for t in terms if t.id not in _CONTEXT_TERMS]
    if q.kind == "comparison":  # "private marketplace는 … 그냥 marketplace랑 뭐가 달라": each side, as defined
        return _each_defined(q, k, lang)
    if len(terms) > 1:  # "APN 컴피턴시", "AWS Partner Network competency": the last noun of a compound is its head
        terms = [t for t in terms if not _modifies(t.id, q)]
    if len(terms) > 1:  # "what's a stop condition in FIS?", "게임데이 할 때 stop condition이 뭐?": the one asked of
        asked = [t for t in terms if _defined_here(t.id, q)]
        terms = asked or terms
    if len(terms) != 1:
        return []
    return [_defined(terms[0], lang)]


def _each_defined(q: Question, k: Knowledge, lang: str) -> list[FactLine]:
    """Each side the question sets against another, as the glossary defines it ("is a private marketplace the same
    thing as a private offer?"): two definitions say how they differ; fewer than two compare nothing."""
    terms = [k.glossary[e] for e in dict.fromkeys(q.entities) if e in k.glossary and k.glossary[e].cite is not None]
    if len(terms) > 1:  # (the framework, a pillar: context, not a side)
        terms = [t for t in terms if t.id not in _CONTEXT_TERMS]
    return [_defined(t, lang) for t in terms] if len(terms) >= 2 else []


def _defined(t: Any, lang: str) -> FactLine:
    name = f"{t.ko}({t.en})" if lang == "ko" and t.ko != t.en else t.en
    return _line(say("def", lang, name=name, text=getattr(t.definition, lang)), getattr(t.cite, lang))


# the question word right before a name ("what's a …") or right after it and its particle ("…이 뭐?")
_ASKED_BEFORE = re.compile(r"\bwhat(?:'s|s| is| are)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
_ASKED_AFTER = re.compile(r"\)?\s*(?:이란|란|이|가|은|는)?\s*(?:뭐|뭔|무엇|머(?:임|야|지|예|에요|냐|여))")


def _defined_here(eid: str, q: Question) -> bool:
    """The entity is named right where a definition question asks: after "what is" or before "…이 뭐"."""
    return any(
        _ASKED_BEFORE.search(q.text[: m.start]) or _ASKED_AFTER.match(q.text, m.end)
        for m in q.mentions
        if m.entity.id == eid
    )


def _modifies(eid: str, q: Question) -> bool:
    """The entity is named right before another name, as the first part of a compound."""
    mine = [m for m in q.mentions if m.entity.id == eid]
    return any(not q.text[m.end : o.start].strip() for m in mine for o in q.mentions if o.start >= m.end and o is not m)
