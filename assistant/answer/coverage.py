"""Near-misses: a question that names something specific no retrieved passage states gets a decline.

"What is the S3 SLA?", "m5.large price per hour", "AWS Summit Seoul 2027 언제함?" look like the corpus but ask
a fact it does not hold. Grounded or silent: better to say what is not covered than to answer a neighbour.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet

from assistant.answer.acronyms import spelled_out
from assistant.answer.aside import set_aside_at
from assistant.answer.cues import (
    ASKED,
    ASKED_SHAPES,
    BIGGEST,
    COUNTERS,
    FACETS,
    IF_CLAUSE,
    KINDS,
    NOT_SOME,
    POINTER,
    PREFACE,
    PRICE_SET,
    QUESTION_ID,
    QUESTION_NUMBER,
    REASON_ASKED,
    SHAPES,
    SMALLEST,
    TIME_UNIT,
    TIME_UNITS,
    USER_TERMS,
)
from assistant.answer.question import (
    Question,
    after_question,
    blank,
    cost_order_spans,
    count_set_aside,
    list_noun,
    quoted,
    scene_before,
)
from assistant.knowledge.words import COMMON_WORD, WORKPLACE_ACRONYMS, slip_of_common, zipf
from assistant.messages import say
from assistant.retrieval.lexical import content_terms, fold, folded_terms
from assistant.types import Hit

SPECIFIC_KINDS = ("service", "program", "event", "exam")
# Terms the catalog answers about (or that only set the scene): never a near-miss subject.
FRAMING = {
    "pillar",
    "support-add-on",  # the kind; the add-on named beside it is what a figure is checked for
    "design-principle",
    "best-practice-area",
    "general-design-principles",
    "well-architected-framework",
    "well-architected-tool",
    "workload",
    "best-practice",
    "severity",
}
# the brand before an official name, often left out where the name is said again ("Solutions Architect – Associate")
_BRAND = re.compile(r"^(?:AWS Certified|AWS|Amazon)\s+")
AWS_NAMED = re.compile(r"\baws\b|amazon|아마존", re.IGNORECASE)  # the asker names AWS itself
# ("which of AWS's six doesn't have an azure equivalent?": a mapping onto the other provider, which we do not know)
# what points back at another provider the story named ("what is their version of …", "그쪽은", "거기도")
_THEIRS = re.compile(
    r"\b(?:their|theirs|they|them|its)\b|\b(?:versions?|equivalents?|counterparts?) of\b|그쪽|거기|걔네", re.IGNORECASE
)
_EQUIVALENT = re.compile(r"\b(?:equivalents?|counterparts?|maps? (?:on)?to)\b|대응되는|대응하는|매핑", re.IGNORECASE)
# AWS named only as the thing compared with: "like AWS added in 2021", "AWS처럼", "AWS WA툴 같은 리뷰 도구",
# "the equivalent of aws trusted advisor"
_LIKE_AWS = re.compile(
    r"\b(?:like|as|unlike|similar to|equivalents? (?:of|to)|counterparts? (?:of|to)|version of)\s+(?:the\s+)?"
    r"(?:aws|amazon)\b"
    r"|(?:aws|amazon|아마존)(?:\s*[^\s,.?!]+){0,2}?\s*(?:처럼|같이|같은|비슷한|와\s*같은|랑\s*같은|랑\s*비슷한)",
    re.IGNORECASE,
)
# Identifiers: instance types (m5.large), events and exams (re:Invent, SAA-C03), product names (CloudHSM, vCPU).
# (a Latin word ends where a Korean particle starts: "PLS가", "CloudFormation으로")
_LATIN_TAIL = r"[A-Za-z0-9_]*(?![A-Za-z0-9_])"
_IDENT = re.compile(
    r"\b[a-z]+\d+[a-z]*(?:\.[a-z0-9]+)+\b|\b\w+:\w+\b|\b[A-Za-z]+-[A-Za-z]*\d+\w*\b"
    # (not the stem of a contraction in capitals: "DON'T")
    rf"|\b[A-Z][a-z]+[A-Z]{_LATIN_TAIL}|\b[a-z]+[A-Z]+{_LATIN_TAIL}|\b[A-Z]{{3,6}}s?(?![A-Za-z0-9_])(?!['’][A-Za-z])"
)
SHOUTED_ZIPF = 4.5  # a word in capitals this common in English ("NOT", "ONLY") is stress, not an identifier
# a proper name inside a sentence: "Summit", or a compound of capitalised words, "Partner-Led" (whose words the
# corpus may each use)
_CAPITALISED = re.compile(r"(?<=[\w,] )[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)+\b|(?<=[\w,] )[A-Z][a-z]{2,}\b")
# (not the stem of a contraction: "shouldn't", "couldn’t" are everyday words)
_WORD = re.compile(r"\b[a-z]{4,}\b(?!['’]t\b)")
# A quantity: "93일", "$15,000", "99.99%", "15 minutes"; not the digits of a name ("EC2", "Route 53").
FIGURE = re.compile(
    r"\$\s?\d|(?<![A-Za-z\d])\d[\d,.]*\s?(?:%|percent|(?:minute|hour|day|second|week|month|year)s?\b|ms\b"
    r"|[KMGT]i?B\b|분|시간|일|초|개월|년|달러|원|배)",
    re.IGNORECASE,
)
# An amount of money ("$15,000", "5달러", "10,000원"); a price is that, or "free"
AMOUNT = re.compile(r"\$\s?\d|\d\s?(?:달러|dollars?|usd)\b|\d[\d,]*\s?원", re.IGNORECASE)
MONEY = re.compile(rf"{AMOUNT.pattern}|\bfree\b|무료|{PRICE_SET}", re.IGNORECASE)
# "does it cost extra?" is answered by "at no additional charge"; "how much does its paid option cost?" is not.
NO_CHARGE = re.compile(
    r"\bno (?:additional |extra )?(?:charge|cost)\b|추가\s*(?:비용|요금)\s*(?:없이|없음|없다|없는)", re.IGNORECASE
)
MONEY_OR_NO_CHARGE = re.compile(f"{MONEY.pattern}|{NO_CHARGE.pattern}", re.IGNORECASE)
# that something costs, or costs nothing more, in words as well as figures ("추가 요금을 내고", "at extra cost")
CHARGE_SAID = re.compile(
    rf"{MONEY_OR_NO_CHARGE.pattern}|추가\s*요금|별도\s*요금|유료|\b(?:extra|additional)\s+(?:cost|fee|charge)s?\b"
    r"|\bcosts?\s+extra\b|\bat\s+(?:an\s+)?extra\b|\bpaid\b|\bcharged?\b",
    re.IGNORECASE,
)
_REMEDY = re.compile(
    # ("… 크레딧이나 보상 같은 거 해줘요?": compensation in any words)
    r"환불|보상|서비스\s*크레딧|\brefund\w*|\bservice credits?\b|\bcompensat\w*|\bmoney back\b",
    re.I,
)
# credits of any kind ("do we get credits if they miss the 15 min target?", "training credits", "aws credits or
# funding"): no passage gives any (not "credit card", a way to pay)
_CREDITS = re.compile(r"크레딧|\bcredits\b", re.I)
_DISCOUNT = re.compile(r"할인|\bdiscount(?:s|ed)?\b|\b\d+\s?% off\b", re.IGNORECASE)
EXTRA_ASKED = re.compile(r"\bextra\b|\badditional\b|\bfree\b|추가\s*(?:비용|요금)|무료|공짜", re.IGNORECASE)
# "how much is the paid subscription": only an amount answers; "free courses" beside it does not
PAID_ASKED = re.compile(r"\bpaid\b|\bpremium\b|\bsubscriptions?\b|유료|구독\s*(?:료|비)", re.IGNORECASE)
# "what's the day rate", "minimum engagement": a rate or a minimum is an amount; "priced per engagement" is none
# (nor "is there a rate card", which asks whether a price list exists, like "단가표")
RATE_ASKED = re.compile(
    r"\brates?\b(?![\s-]*cards?\b)|\bminimum\b|\bmin\b|\bper[\s-][a-z]+(?:-[a-z]+)?\b|일당|시간당|분당|단가(?!표)|최소|최저",
    re.IGNORECASE,
)
# Facets whose answer is a figure about the named thing, and what a sentence giving it must hold.
# A limit is stated as a figure or a count of things, with a word that bounds it ("up to 100 milestones").
LIMIT_FIGURE = re.compile(rf"{FIGURE.pattern}|(?<![A-Za-z\d])\d[\d,]*\s+[A-Za-z]{{3,}}", re.IGNORECASE)
LIMIT_SAID = re.compile(rf"{FACETS['limit'].pattern}|\bup to\b|\bat most\b|\bno more than\b|까지", re.IGNORECASE)
FIGURES: dict[str, tuple[re.Pattern[str], ...]] = {
    "limit": (LIMIT_FIGURE, LIMIT_SAID),
    "price": (MONEY,),
    "count": (SHAPES["count"],),
}
FIGURE_NOUNS = {"limit": "limit", "price": "price", "count": "number"}
RARE_ZIPF = 3.0  # rarer than this in everyday English: a technical word the question depends on
PARTICIPLE_OF = 2.0  # Zipf: a verb this common ("overwrite" 2.4) has participles that are words, not names
EVERYDAY_STEM = 4.0  # a stem this common ("small", "tech") makes its chatty form ("smallish") no name


def not_covered(
    q: Question, hits: list[Hit], known: Callable[[str], bool], catalog: bool = False, stated: str = ""
) -> tuple[str, str] | None:
    """(what, why) when `q` names something specific that no passage in `hits` states; else None.

    Another provider named without AWS; a service or program the passages never name, or whose asked
    figure (a limit, a price) they never give; an identifier, proper name or rare technical word the
    corpus has never seen (`known` says whether the corpus has a word). With `catalog` (the catalog states
    the answer for the entities named) only another provider, a service or program named nowhere, and unknown
    words still count. `stated`: catalog
    lines read as one more passage (they give the add-on's price that the retrieved passages miss).
    """
    providers = [m for m in q.mentions if m.entity.kind == "provider"]
    # "Oracle vs AWS", "gcp support pricing compared to aws": we know one side only
    # (AWS named only in why it is asked, after the question, does not make it one about AWS: "구글 클라우드
    # Architecture Framework에도 지속 가능성 pillar가 따로 있나요? AWS 6개 pillar랑 1:1로 맞춰 보고 싶대요.")
    tail = after_question(q.text)
    asked = q.text[: tail[0]] if tail and any(m.start < tail[0] for m in providers) else q.text
    # ("we're split aws + azure. does azure's framework use the same 6 pillars?": AWS named only in the scene before
    # a question about the other provider does not make it one about AWS)
    # (statements only: not a label before a dash, "whats the google cloud equivalent of aws competency — …?")
    story = [
        (a, b)
        for a, b in scene_before(q.text, q.own_start)
        if b <= len(asked) and q.text[a:b].rstrip()[-1:] not in "-–—"
    ]
    in_question = [m for m in providers if not any(a <= m.start < b for a, b in story)]
    if in_question:
        asked = blank(asked, story)
    elif providers and not (POINTER.search(rest := blank(asked, story)) or _THEIRS.search(rest)):
        # ("we moved off azure last year. what does the reliability pillar say about multi-az?": another provider in
        # the asker's story only, the question about AWS's own framework)
        providers = []
    aws = AWS_NAMED.search(_LIKE_AWS.sub(" ", asked))  # ("X's framework, like AWS added": X is asked about)
    compared = q.kind == "comparison" or KINDS["comparison"].search(q.text) or _EQUIVALENT.search(q.text)
    if providers and (not aws or compared):
        return providers[0].text, "provider"
    # ("azure's well-architected framework — how many pillars does it have, and which of AWS's six …?": a part that
    # asks about the other provider alone is one we know nothing of)
    from assistant.answer.parts import asking_parts  # (parts reads names_in from here)

    for part in asking_parts(q.text) if providers else []:
        named = [m for m in providers if m.text.casefold() in part.casefold()]
        if named and not AWS_NAMED.search(_LIKE_AWS.sub(" ", part)):
            return named[0].text, "provider"
    texts = f"{passages_text(hits[:5])} {stated}"
    # ("ES 15분 응답 목표 못 지키면 서비스 크레딧이나 환불 받을수 있나요?": a remedy asked of anything, a plan the
    # catalog knows included, is one a passage must state; the catalog's targets say nothing of it)
    typed = q.typed or q.text
    remedy = _REMEDY.search(typed) or _CREDITS.search(typed)
    remedy = remedy if remedy is not None and not (_REMEDY.search(texts) or _CREDITS.search(texts)) else None
    # (credits with a program the passages never name: the program is what they lack, "Activate 크레딧으로 …", said
    # by the names below; the credits, if nothing else is)
    if remedy is not None and not any(
        m.entity.kind in SPECIFIC_KINDS and not names_in(texts, m.names) for m in q.mentions
    ):
        return remedy.group(0), "missing"
    # (a comparison of amounts too: "SAA랑 SAP 응시료 차이 얼마나 남?" needs each one's fee; not one of how a price
    # works, "is the EC2 cost baked into that rate or billed on top?")
    amounts = q.kind == "number" or (q.kind == "comparison" and bool(_AMOUNT_ASKED.search(q.text)))
    figures = [(f, FIGURES[f]) for f in FIGURES if f in q.facets] if amounts else []
    if PAID_ASKED.search(q.text) or RATE_ASKED.search(q.text):
        figures = [(f, (AMOUNT,) if f == "price" else needs) for f, needs in figures]
    elif EXTRA_ASKED.search(q.text):
        figures = [(f, (MONEY_OR_NO_CHARGE,) if f == "price" else needs) for f, needs in figures]
    # "is the carbon footprint tool free?": whether the thing this turn names costs anything is a price the passages
    # must give for it (a name lent by the turn before was asked about there)
    free_asked = q.kind == "yesno" and "free" in q.facets and not figures
    if free_asked:
        figures = [("price", (CHARGE_SAID,))]
    elif q.kind == "yesno" and not figures and _DISCOUNT.search(q.text):
        # ("SAA 한국어로 응시하면 응시료 할인해줌?": a discount asked of a thing is one a passage must state for it)
        free_asked, figures = True, [("price", (_DISCOUNT,))]
    noun = _counted(q)
    if noun:  # "how many competency partners": a count of partners, not any count near "competency"
        # (which holds the number, in digits or in words)
        figures = [(f, (noun,) if f == "count" else needs) for f, needs in figures]
    aside = _context_spans(q.text) + [span for span in [after_question(q.text)] if span] + cost_order_spans(q.text)
    scene = scene_before(q.text, q.own_start)
    subjects = [m.start for m in q.mentions] + [m.start() for m in QUESTION_ID.finditer(q.text)]
    doing = [m.span() for m in _STUDYING.finditer(q.text)]
    if any(not any(a <= start < b for a, b in doing) for start in subjects):
        aside += doing  # ("SA pro 공부중인데 PERF랑 SUS …": the exam studied for is the asker's, the pillars asked)
    # (up to the words after the question: "… — how much per resource per month? want to turn it on org-wide" points
    # back at nothing in its question, whatever "it" the remark after it says)
    asked_after = q.text[max((b for _, b in scene), default=0) : tail[0] if tail else None]
    # ("payments startup on EKS — usage ~160k and we're on ES. … do we fit?": the plan the asker is on is what a
    # question naming nothing asks about; the services beside it are their stack)
    on_plan = any(m.entity.kind == "plan" and any(a <= m.start < b for a, b in scene) for m in q.mentions)
    if any(not any(a <= start < b for a, b in aside + scene) for start in subjects) or (
        scene and (POINTER.search(asked_after) or on_plan)
    ):
        # "we run rabbitmq on two ec2 boxes. per 'services, not servers', what instead?": the setup they state
        # before a question that names its own subject is theirs, not what is asked; so is one the question points
        # back at ("mgmt wants a full week offsite for our first WA review. is that how its supposed to be done?")
        aside += scene
    # ("with FIS can we hit a slice of an ASG?" -> "and what gives it permission?": of the names the turn before lent,
    # one the passages state is what "it" is; another was asked about there, not here)
    lent_stated = any(
        m.start < q.own_start and m.entity.kind in SPECIFIC_KINDS and names_in(texts, m.names) for m in q.mentions
    )
    mapping = bool({"questions", "ident"} & set(q.facets))  # which review question (or best practice) covers it
    own_subject = any(o.start >= q.own_start for o in q.mentions) if q.own_start else False
    # (a service the asker only sets the question in need not be stated, see `setting` below; what sets it is read
    # once for every name)
    # ("why would paying for multi-AZ RDS count as cost optimization?" asks the why of a practice the service only sets)
    reason = bool(REASON_ASKED.search(q.typed or q.text))
    # (the scene before the question, a Korean clause that sets it, an English condition)
    told_spans = [*scene, *ko_scene_clause(q.text), *_if_clauses(q.text)]
    for m in q.mentions:
        if any(a <= m.start < b for a, b in aside):
            continue  # "writing a lambda to pull HRIs": what the asker is building, not what is asked
        if own_subject and m.start < q.own_start and m.entity.kind in SPECIFIC_KINDS:
            # ("does business support+ have the fifteen minute one too?" after "we run a fintech on ECS, … on ES …"):
            # a service the turn before lent was asked about there; this turn names its own subject
            continue
        specific = m.entity.kind in SPECIFIC_KINDS
        if not specific and not (m.entity.kind == "term" and m.entity.id not in FRAMING):
            continue
        names = m.names + [b for n in m.names if (b := _BRAND.sub("", n)) != n and len(b) > 3]
        # ("vpc cidr 겹치지 않게 잡으라는거 REL 몇번 질문임?": asked which review question covers a practice, the
        # service it is done with is the practice's setting; a service the corpus knows does not have to be stated)
        # (nor when a reason is asked, `reason`; nor one the corpus knows in the scene before the question: "Graviton
        # 전환 끝냄 … 탄소 지표 없는데 그렇게 써도 됨?" asks about the claim, not about Graviton; or in a Korean clause
        # that sets it: "팀장님이 RDS 멀티AZ 돈 아깝다고 끄자는데, 그게 비용 최적화 맞아요?", or an English condition:
        # "if rds starts acting weird can i open a tech case")
        told = any(a <= m.start < b for a, b in told_spans)
        setting = (
            (mapping or reason or told) and m.entity.kind == "service" and any(_known_name(n, known) for n in m.names)
        )
        if specific and not names_in(texts, names) and not (lent_stated and m.start < q.own_start) and not setting:
            # (beside a catalog answer too: "Activate 크레딧으로 biz+ 요금 낼수있음?" asks about the credits, which
            # neither the plan's line nor any passage names)
            return m.text, "missing"
        if catalog or (free_asked and m.start < q.own_start):
            continue
        for facet, needs in figures:
            if facet == "count" and noun and not any(noun.search(f"2 {n}") for n in names):
                continue  # "how many principles are in the old whitepaper": a count of principles, not of it
            if facet == "count" and _KINDS_ASKED.search(q.text):
                continue  # "how many types of lenses": kinds are told by name as often as by number
            if not _states_figure(names, needs, hits[:5], stated):
                return say("missing.of", q.lang, name=m.text, word=_figure_word(q, facet)), "missing"
    if remedy is not None:
        return remedy.group(0), "missing"
    # (a rare word the turn before used was asked there: the words this turn typed say what it asks)
    lent = [(0, q.own_start)] if q.own_start else []
    # ("we run a fintech on ECS, ~300k/mo spend, on ES. what % …": a rare word of the asker's setting is theirs; the
    # plan named there may be the subject, the business they are in is not)
    for word in _specific_words(q, aside + lent + scene):
        # ("HRIs": the plural of a name the passages use)
        forms = [word, word[:-1]] if re.fullmatch(r"[A-Z]{2,6}s", word) else [word]
        # ("antipattern": a word the passages write with a hyphen, "anti-pattern")
        forms += [f"{word[:i]}-{word[i:]}" for i in range(3, len(word) - 2)] if word.isalpha() else []
        if (
            not names_in(texts, forms)
            and not any(known(w.casefold()) for w in forms)
            and spelled_out(word, texts) is None
            and not _alternative_stated(q.text, word, texts)
        ):
            return word, "missing"
    return None


# a name in quotes: capitalised words, the lower-case words that join them ("MAP for AWS Transform")
_QUOTED_NAME = re.compile(r"[A-Z][\w+.-]*(?:\s+(?:(?:for|of|the|and|on|in|to)\s+)*[A-Z][\w+.-]*)+")


# (a labour rate too: "what day rate do Navigate-track partners charge compared with Premier ones?")
_AMOUNT_ASKED = re.compile(r"얼마|\bhow much\b|\b(?:day|daily|hourly) rates?\b|일당|시간당|단가(?!표)", re.IGNORECASE)


# the end of a Korean clause that sets the scene: "… 짜는 중인데 ", "… 쓰는데, "
_CLAUSE_BEFORE = re.compile(r"[는인한]데(?:요)?,?\s")
# a count asked in Korean, with its counter: "몇 단계", "몇 가지", "몇개"
_KO_COUNT_ASKED = re.compile(r"몇\s*(개|가지|단계|종류)(?!월|국)")


def count_said(q: Question, text: str) -> str | None:
    """`text` with the count of its lead's items said first ("4단계: 자격증은 Foundational, … 수준으로 나뉜다."),
    when a count is asked ("자격증 레벨 몇 단계임?", "how many cert levels") and the lead answers it by listing the
    items with no number; None otherwise. Items are counted at one depth, those right under the lead."""
    if q.kind not in ("number", "list"):  # ("자격증 레벨 몇 단계임?" reads as a list of levels)
        return None
    lines = text.splitlines()
    cut = next((i for i, x in enumerate(lines) if i and x.startswith("- ")), len(lines))
    items = [x for x in lines[1:cut] if _ITEM.match(x)]
    lead = re.sub(r"\s*\[\d+\]", "", lines[0])  # (its citation is no number)
    said = re.search(
        rf"\d|\b(?:{_NUMBER_WORDS})\b|(?<![가-힣])(?:두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?[가-힣]", lead, re.I
    )
    if said:
        return None
    if len(items) >= 2:
        depth = min(len(x) - len(x.lstrip()) for x in items)
        n = sum(1 for x in items if len(x) - len(x.lstrip()) == depth)
    else:  # (or the names the lead itself runs through: "자격증은 Foundational, Associate, Professional, Specialty
        # 수준으로 나뉜다" answering "레벨 몇단계고 한번 따면 몇년감?")
        n = _inline_count(lead)
    if not n:
        return None
    ko = _KO_COUNT_ASKED.search(q.text) if q.lang == "ko" else None
    en = _HOW_MANY.search(q.text) if q.lang != "ko" else None
    cue = ko or en
    if cue is None:
        return None
    # (the lead must name what the counting sentence names: "APN 파트너 경로 지금 몇개고" is not counted by a lead on
    # the old partner types)
    # (from the clause the count is asked in: not "교육 로드맵 짜는 중인데" before it)
    start = max(q.text.rfind(p, 0, cue.start()) for p in ".?!\n") + 1
    start = max([start, *(m.end() for m in _CLAUSE_BEFORE.finditer(q.text, 0, cue.start()))])
    end = min((i for p in ".?!\n" if (i := q.text.find(p, cue.end())) >= 0), default=len(q.text))
    if not all(names_in(lines[0], m.names) for m in q.mentions if start <= m.start < end):
        return None
    if ko:
        lead = say("count.lead", "ko", n=n, unit=ko.group(1), text=lines[0])
    elif en and (noun := f"{en.group(1)}{en.group(2)}".strip()) and counted_noun(q.text) is not None:
        lead = say("count.lead", "en", n=n, unit=f" {noun}s" if not noun.endswith("s") else f" {noun}", text=lines[0])
    else:
        return None
    return "\n".join([lead, *lines[1:]])


def passages_text(hits: list[Hit]) -> str:
    """The passages' headings and text as one string, for checking which names they say."""
    return " ".join(f"{h.chunk.section}\n{h.chunk.text}" for h in hits)


def unknown_quoted_name(q: Question, corpus: str) -> str | None:
    """A product's name the asker quotes ("saw 'AWS Well-Architected Agent (preview)' in the docs") that the
    corpus (`corpus`, its text case-folded) never says; None when every quoted name is there."""
    text = q.typed or q.text
    # (or given in brackets after the asker's own words for it: "게임 업계용 렌즈(Games Industry Lens)")
    # (unless the alias table knows it: "프로서브(AWS ProServe)")
    known = {_BRAND.sub("", m.text).strip().casefold() for m in q.mentions}
    bracketed = [
        b
        for b in re.findall(r"\(([^()]*)\)", text)
        if _QUOTED_NAME.fullmatch(b.strip()) and _BRAND.sub("", b.strip()).casefold() not in known
    ]
    for phrase in [*quoted(text), *bracketed]:
        for found in _QUOTED_NAME.finditer(re.sub(r"\([^()]*\)", " ", phrase)):
            name = found.group(0).strip()
            # ("'AWS MSP' 배지": the brand before a name the corpus writes on its own, "MSP", adds nothing unknown)
            bare = _BRAND.sub("", name).strip()
            if name.casefold() not in corpus and not (bare and re.search(rf"\b{re.escape(bare.casefold())}\b", corpus)):
                return name
    return None


def unknown_plus_name(q: Question, corpus: str) -> str | None:
    """A known name with a "+" typed after it that makes another name the corpus never uses ("Enterprise Support+
    라는 새 플랜", "ES+"): a plan that does not exist is not the plan it was made from."""
    text = q.text
    for m in q.mentions:
        # (the name as typed up to the "+", "Enterprise Support+", of which the alias table may have read a part)
        # (the "+" typed right after the name: "custom lens + a profile" joins two things)
        # (a Korean particle may follow: "Developer Support+로 넘어가라던데")
        typed = re.match(r"[\w-]+(?: [\w-]+){0,2}?\+(?![A-Za-z0-9_+])", text[m.start :])
        if m.text.endswith("+") or typed is None:
            continue
        name = typed.group(0)
        # (one of its own names: not "business-critical does BS+", a name and then another)
        if name[:-1].strip().casefold() not in {n.casefold() for n in (m.text, *m.every_name)}:
            continue
        if not any(n.casefold().endswith("+") for n in (m.entity.en, m.entity.ko, *m.names)) and (
            name.casefold() not in corpus
        ):
            return name
    return None


def unknown_shorter_name(q: Question, corpus: str) -> str | None:
    """A name set aside, and the name left when its last word is dropped asked about instead ("Countdown Premium 말고
    그냥 기본 AWS Countdown은 가격 얼마임?"): when the corpus writes that shorter name only as part of the longer one,
    the thing asked is one it never describes."""
    text = q.text.casefold()
    named = [(m.start, m.end) for m in q.mentions]
    for m in q.negated:
        for name in sorted({n for n in m.every_name if n.isascii() and " " in n}, key=len, reverse=True):
            shorter = name.rsplit(" ", 1)[0]
            if len(shorter) < MIN_SHORTER or zipf(shorter.casefold()) >= COMMON_WORD:
                continue
            at = [
                x.start()
                for x in re.finditer(_as_name(shorter), text)
                if not text.startswith(name.casefold(), x.start())
                and not any(s <= x.start() < e for s, e in [(m.start, m.end), *named])
            ]
            # (the corpus read only for a shorter name the question does use)
            if at and len(re.findall(_as_name(shorter), corpus)) == len(re.findall(_as_name(name), corpus)):
                return q.text[at[0] : at[0] + len(shorter)]
    return None


MIN_SHORTER = 5  # a shorter name this long at least ("AWS Countdown", not "IDR")


def _as_name(name: str) -> str:
    """A pattern for `name` (casefolded) as a whole name: no Latin letter or digit on either side, a Korean particle
    may follow ("AWS Countdown은")."""
    return rf"(?<![A-Za-z0-9-]){re.escape(name.casefold())}(?![A-Za-z0-9-])"


# a share the asker states: "50% off voucher", "30 퍼센트 할인", with the words after it that say of what
_STATED_PERCENT = re.compile(
    r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s?(?:%|percent\b|퍼센트|프로(?![가-힣]))((?:\s+[A-Za-z가-힣]+){0,2})", re.IGNORECASE
)


# a figure the asker estimates or measured ("~8%", "like 40%", "averages 8%", "약 30%"): their own, not a claim
_ESTIMATED = re.compile(
    r"(?:~|\b(?:about|around|roughly|approx(?:imately)?|like|averag\w*|at|sits?|hover\w*|peaks?|only)|약|대략|평균)\s*$",
    re.IGNORECASE,
)
_ESTIMATE_REACH = 16  # characters before the figure where that word is read


def unknown_stated_percent(q: Question, corpus: str) -> str | None:
    """A percentage the asker states as a fact to check ("heard you get a 50% off voucher when you recertify")
    that the corpus (`corpus`, case-folded) never states; None when it does, or when the question names a plan (a
    plan's rates are the catalog's, and a wrong guess is answered with the right rate)."""
    if q.of_kind("plan"):
        return None
    text = q.typed or q.text
    for found in _STATED_PERCENT.finditer(text):
        if _ESTIMATED.search(text[max(0, found.start() - _ESTIMATE_REACH) : found.start()]):
            continue  # ("one api box averages ~8% cpu": what the asker measured of their own, no fact to check)
        if not re.search(rf"(?<![\d.]){re.escape(found.group(1))}\s?(?:%|percent|퍼센트)", corpus):
            return f"{found.group(1)}%{found.group(2)}".strip()
    return None


# a Korean clause that sets the scene before the question: "…끄자는데, ", "…복제 중인데… "
_KO_SCENE_CLAUSE = re.compile(r"^[^?]*?(?:던데|는데|인데|은데)(?:[,…]|\.{2,})?\s+")


def ko_scene_clause(text: str) -> list[tuple[int, int]]:
    found = _KO_SCENE_CLAUSE.match(text)
    return [found.span()] if found else []


# an English condition before what is asked: "if rds starts acting weird can i open a tech case", "once we're on ES,"
def _if_clauses(text: str) -> list[tuple[int, int]]:
    return [found.span() for found in IF_CLAUSE.finditer(text)]


# a best practice's id: "REL09-BP03", "rel09 bp3", "SEC 1 BP 1"
_BEST_PRACTICE_ID = re.compile(
    r"(?<![A-Za-z])(OPS|SEC|REL|PERF|COST|SUS)\s?(\d{1,2})\s?[-_ ]?\s?BP\s?(\d{1,2})(?!\d)", re.IGNORECASE
)


# how best practices are numbered: "BP02는 뭐고", "SEC03이랑 무슨 관계", "what does the BP part mean", "번호 체계"
_NUMBERING = re.compile(
    r"(?<![A-Za-z])BP\s?\d*(?![A-Za-z])|\b(?:OPS|SEC|REL|PERF|COST|SUS)\s?\d{1,2}\b(?!-)|번호\s*(?:체계|규칙|형식)|관계"
    r"|\b(?:numbering|naming|format|relat\w*)\b",
    re.IGNORECASE,
)


def unknown_best_practice(q: Question, corpus: str) -> str | None:
    """A best practice asked by its id ("REL09-BP03 정확한 제목이 뭐였지?") that the corpus (`corpus`, case-folded)
    never names: the summaries describe questions and areas, and name only a few best practices by id; the title
    of any other is not known, whatever the question's area says."""
    text = q.typed or q.text
    if _NUMBERING.search(_BEST_PRACTICE_ID.sub(" ", text)):
        return None  # ("'SEC03-BP02 미흡'이라는데 여기서 BP02는 뭐고 SEC03이랑은 무슨 관계임?": how the ids are built)
    for found in _BEST_PRACTICE_ID.finditer(text):
        bp = f"{found.group(1).upper()}{int(found.group(2)):02d}-BP{int(found.group(3)):02d}"
        if bp.casefold() not in corpus:
            return bp
    return None


def _known_name(name: str, known: Callable[[str], bool]) -> bool:
    """Every word of a Latin-script name is one the corpus uses ("Amazon VPC", "VPC")."""
    words = re.findall(r"[A-Za-z0-9]+", name)
    return bool(words) and name.isascii() and all(known(w.casefold()) for w in words)


def _figure_word(q: Question, facet: str) -> str:
    """The question's own word for the figure ("응시료", "SLA", "quota"); a plain noun for the facet where that
    word is a modifier or a phrase ("max", "how much") that cannot follow "the"."""
    if facet in q.asks:
        return say(f"figure.{facet}", q.lang)
    asked = FACETS[facet].search(q.text)
    word = asked.group(0).strip("?？!.,~ ") if asked else ""  # ("비용은?": the noun, not its question mark)
    if q.lang == "ko":  # the noun only: "비용 얼마" -> "비용"; a bare "얼마" or "최소" names no noun
        noun = _KO_PARTICLE.sub("", word.split(maxsplit=1)[0]) if word.strip() else ""
        if not noun or _KO_NOT_A_NOUN.match(noun):  # "몇개까지": how it is asked, so the facet's own word
            return say("figure.money" if facet == "price" else f"figure.{facet}", "ko")
        return noun
    is_noun = word.casefold() in _ENGLISH_FIGURE_NOUNS
    return (word.upper() if word.casefold() == "sla" else word.casefold()) if is_noun else FIGURE_NOUNS[facet]


_KO_PARTICLE = re.compile(r"(?:은|는|이|가|을|를|이요)$")
_KO_NOT_A_NOUN = re.compile(r"얼마|최소|최대|최저|몇|싼|싸게|저렴")  # how a price is asked, not what it is of

# English words of the figure facets that read as "the <word> of X"
_ENGLISH_FIGURE_NOUNS = frozenset(
    {"limit", "limits", "quota", "quotas", "sla", "uptime", "timeout", "price", "prices", "pricing", "fee", "fees"}
)


# a length said in words or figures: "몇 시간 안에", "며칠이 아니라", "hours rather than days", "3일"
_WORDED_LENGTH = re.compile(
    rf"{ASKED_SHAPES['duration'].pattern}|몇\s*(?:시간|분|주|달|개월)|며칠|\b(?:minutes|hours|days|weeks|months)\b",
    re.IGNORECASE,
)


def unstated_figure(q: Question, text: str, lead_only: bool = False, catalog: bool = False) -> str | None:
    """What the answer `text` fails to give of the figure `q` asks by its unit or kind: a percentage, a duration,
    a size, a score, a sum, named customers, a person, or a count of the very thing counted ("몇 명", "how many
    employees"); the words for a decline, else None. The figure must be in the lead (line 1 and the items
    under it) or, unless `lead_only`, in a supporting line that names the question's subject.

    A sentence near the subject without that shape ("Savings Plans appeared in 2019" for "max discount
    percent") answers a neighbouring question, however well it matches the words.
    """
    lines = text.splitlines()
    cut = next((i for i, x in enumerate(lines) if i and x.startswith("- ")), len(lines))
    lead, support = "\n".join(lines[:cut]), [x for x in lines[cut:] if not lead_only and about(q, x)]
    # (a catalog line of a response time answers it in its own unit: "첫응답 몇분임?" by "1시간")
    near = catalog and "response" in q.facets
    shapes = [
        (a, _unit_asked(q.text, near) or ASKED_SHAPES[a]) if a == "duration" else (a, ASKED_SHAPES[a]) for a in q.asks
    ]
    if q.kind == "yesno":  # ("원래 그렇게 오래 걸림?": "며칠이 아니라 몇 시간" answers whether it takes long)
        shapes = [(a, _WORDED_LENGTH) if a == "duration" else (a, s) for a, s in shapes]
    # "계정당 워크로드 최대 몇개까지?", "is there a max number of accounts …?": a figure, or "no limit"
    if q.kind in ("number", "yesno") and "limit" in q.facets:
        shapes.append(("limit", SHAPES["limit"]))
    # (an answer in Korean counts in Korean: "how many questions in the WA Framework lens rn? 슬라이드에 …" is
    # answered "질문은 … 57개")
    english = _counted(q) if q.lang != "ko" else None
    noun = english or _ko_counted_noun(q)
    # ("데이터 보호는 몇번부터 몇번?": question ids asked by their numbers, not a number of times)
    asked = QUESTION_NUMBER.sub("", q.text) if "questions" in q.facets else q.text
    counted = noun or next((give for ask, give in COUNTERS if ask.search(asked)), None)
    if counted is not None and "count" not in q.facets and q.kind != "list" and count_set_aside(q.text):
        counted = None  # ("워크로드 몇 개에 IDR 붙일까 하는데 그거 애드온 가격 어떻게 돼?": a few, said in the scene)
    # "which pillar has the most of them?" (carried: "questions how many which pillar …"): the one with the most is
    # asked, not a count of pillars
    if counted is not None and not (BIGGEST.search(asked) or SMALLEST.search(asked)):
        shapes.append(("count", counted))
    # the items of a list are counted by reading them (a number of things, not of times or people)
    countable = english is not None or bool(COUNTERS[0][0].search(q.text))
    # (not "how many staff", nor "체크 몇 개" by a line listing categories; "자격증 레벨 몇개?" by the line that lists
    # them "… 수준으로 나뉜다", the counted noun in the summaries' word)
    inline = inline_list(lines[0] if lines else "") and (noun is None or lists_counted(q, lines[0]))
    # ("커스텀 렌즈는 계정당 몇개까지?": a limit, which no list of what exists answers)
    limit = "limit" in q.facets or bool(_UP_TO.search(q.text))
    items = sum(1 for x in lines[1:cut] if _ITEM.match(x)) >= 2 and _items_of(q, english, lines[0] if lines else "")
    listed = countable and not limit and (items or inline)
    lacking = next(
        (
            a
            for a, shape in shapes
            if not any(shape.search(_no_figure(x, a)) for x in (lead, *support)) and not (a == "count" and listed)
        ),
        None,
    )
    if lacking is None:
        return None
    # (not a name said after the question: "aws support korea phone number? need to call them rn, prod is down")
    tail = after_question(q.text)
    subject = next(
        (m.text for m in q.mentions if m.entity.id not in FRAMING and not (tail and m.start >= tail[0])), None
    )
    word = say(f"figure.{lacking}", q.lang)
    counted_as = _counted_words(q) if lacking == "count" else ""
    if counted_as:  # ("how many best practices …": the number of best practices, not a number of the pillar)
        word = say("figure.count_of", q.lang, what=counted_as)
    if subject is None or subject.casefold() in counted_as.casefold():
        return say("figure.asked", q.lang, word=word)
    return say("missing.of", q.lang, name=subject, word=word)


def _items_of(q: Question, counted: re.Pattern[str] | None, line: str) -> bool:
    """The items under `line` are the things counted: a line that introduces them by a noun the question never uses
    ("… grouped into seven best-practice areas:" under "how many best practices") lists something else. `counted`:
    the English counted noun's pattern; without one, any list counts."""
    stem = re.search(r"[A-Za-z-]+$", counted.pattern) if counted is not None else None
    # (the noun right before the colon that opens the items, past a bracket: "four best-practice areas (REL01 to
    # REL13):")
    line = re.sub(r"\s*\([^()]*\)(?=\s*:\s*(?:\[\d+\]\s*)?$)", "", line)
    noun = re.search(r"([A-Za-z]+)\W*\s*:\s*(?:\[\d+\]\s*)?$", line)
    if stem is None or noun is None:
        return True
    said = noun.group(1).casefold()
    asked = folded_terms(q.text)
    return said.startswith(stem.group(0).casefold().lstrip("-")) or bool({fold(said), said.rstrip("s")} & asked)


def _counted_words(q: Question) -> str:
    """The words a count question names what it counts by, as typed ("best practices", "체크"); "" if none."""
    found = _HOW_MANY.search(q.text)
    if found is not None:
        return q.text[found.start(1) : found.end()].strip()
    found = _KO_HOW_MANY.search(q.text)
    return found.group(1) if found is not None else ""


def _no_figure(text: str, asked: str) -> str:
    """`text` without what only looks like the figure asked: round the clock ("24시간 연중무휴") is no length, a
    citation "[2]" no number, and a year or a date ("2018년 11월에 출시") no limit or count."""
    text = _ALWAYS_ON.sub(" ", re.sub(r"\s*\[\d+\]", " ", text))  # (nor is a citation's number "[2]")
    return _DATED.sub(" ", text) if asked in ("limit", "count") else text


_DATED = re.compile(
    r"\b(?:19|20)\d{2}\s*년(?:\s*\d{1,2}\s*월)?|\d{4}-\d{2}-\d{2}"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d{2}\b"
    r"|\b(?:in|since|until|by|of)\s+(?:19|20)\d{2}\b",
    re.IGNORECASE,
)

# "24시간 연중무휴", "24 hours a day": when help is there, round the clock, not a length of anything
_ALWAYS_ON = re.compile(
    r"24\s*시간\s*(?:연중무휴|365|내내|상시|언제나)|\b24 hours a day\b|\b24\s*/\s*7\b|\b24x7\b", re.I
)

# A length of time asked in its unit ("몇 분 동안", "how many hours"): a figure in another unit ("3년간 유효") is
# a neighbouring fact, not the answer
_UNIT_ASKED = re.compile(
    r"몇\s*(분|시간|일|주|개월|달|년)(?!\s*(?:도|에|째))|\bhow many (minutes|hours|days|weeks|months|years)\b",
    re.IGNORECASE,
)
_EN_UNIT = {"minutes": "분", "hours": "시간", "days": "일", "weeks": "주", "months": "개월", "years": "년"}


def _unit_asked(text: str, near: bool = False) -> re.Pattern[str] | None:
    """The shape of a length in the unit `text` asks it in; `near`: minutes and hours for either."""
    found = _UNIT_ASKED.search(text)
    if found is None:
        return None
    unit = found.group(1) or _EN_UNIT[found.group(2).casefold()]
    units = "|".join(TIME_UNITS[u] for u in (_NEAR_UNITS.get(unit, (unit,)) if near else (unit,)))
    # (up to three digits, as the plain shape: "2026년" is a year, not a length of time; or a number in words: "within
    # five minutes", "두 시간")
    return re.compile(rf"(?:(?<![\d,.])\d{{1,3}}(?:\.\d+)?|{_WORDED_NUMBER})\s?(?:{units})(?![A-Za-z])", re.IGNORECASE)


_WORDED_NUMBER = (
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety|an?)\s"
    r"|(?<![가-힣])(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?"
)


_NEAR_UNITS = {"분": ("분", "시간"), "시간": ("분", "시간")}


_ITEM = re.compile(r"^\s*(?:\d+[.)]|[-*])\s+\S")
_UP_TO = re.compile(r"까지|최대|\bmax(?:imum)?\b|\bup to\b|\bat most\b", re.IGNORECASE)


_INLINE_RUN = re.compile(r"(?:[^,，、.]{1,40}[,，、]\s*){2,}[^,，、.\s]{1,40}")


def _inline_runs(line: str) -> Iterator[list[str]]:
    """The comma-separated runs of a line, each as its parts ("자격증은 Foundational", "Associate", …)."""
    for run in _INLINE_RUN.finditer(line):
        yield re.split(r"[,，、]\s*", run.group(0))


def _inline_count(line: str) -> int:
    """How many short names a line runs through in a row ("Foundational, Associate, Professional, Specialty"); 0 when
    it runs through fewer than three."""
    return next(
        (len(parts) for parts in _inline_runs(line) if len(parts) >= 3 and all(_short(p) for p in parts[1:-1])), 0
    )


def _short(part: str) -> bool:
    return 0 < len(part.split()) <= 3


def inline_list(line: str) -> bool:
    """ "자격증은 Foundational, Associate, Professional, Specialty 수준으로 나뉜다": three or more short items in a row,
    which a count question reads by counting, like a bulleted list."""
    if any(len(parts) >= 3 and any(_short(p) for p in parts[1:-1]) for parts in _inline_runs(line)):
        return True
    # ("Name the roles: a facilitator who runs the scenario, the responders who …, and observers who take notes":
    # after a colon, three or more items that each say a little about themselves)
    after = _AFTER_COLON.search(line)
    parts = re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+", after.group(1)) if after else []
    return len(parts) >= 3 and all(0 < len(p.split()) <= _COLON_ITEM_WORDS for p in parts)


_AFTER_COLON = re.compile(r":\s+([^:;.]+)")
_COLON_ITEM_WORDS = 12


def about(q: Question, line: str, strict: bool = False, known: Callable[[str], bool] | None = None) -> bool:
    """Does `line` name what `q` asks about: an entity it names, else one of its rarer detail words? `strict`:
    the entity and, where the question has any, one of its rarer English words ("revenue" in "what percent of
    revenue comes from enterprise support")."""
    # (by any of its names: "다중 AZ 설계는 …" is about the "멀티AZ" asked)
    names = [n for m in q.mentions if m.entity.id not in FRAMING for n in m.every_name]
    have = content_terms(line)
    # a line in the summaries' term speaks the asker's word for it ("강의실" is the "클래스룸" asked about)
    have |= {t for word, term in _USER_TERM_TOKENS if term <= have for t in word}
    rare = [
        t
        for t in q.detail
        if not (t.isascii() and zipf(t) >= COMMON_WORD) and not any(ASKED[a].fullmatch(t) for a in q.asks)
    ]
    if names and strict:
        # Korean detail is syllable pairs: half of those that are no particle ending must be there too
        ko = [t for t in rare if not t.isascii() and t[-1] not in _PARTICLES and (known is None or known(t))]
        en = [t for t in rare if t.isascii()]
        return (
            names_in(line, names)
            and (not en or _has_any(have, en))
            and (not ko or 2 * sum(t in have for t in ko) >= len(ko))
        )
    if names:
        return names_in(line, names)
    return _has_any(have, rare)


# USER_TERMS as token sets (the asker's word, the summaries' term), read once
_USER_TERM_TOKENS = [(content_terms(word), content_terms(term)) for word, term in USER_TERMS.items()]
_PARTICLES = set("은는이가을를에의도로와과야임함요")


def _has_any(have: AbstractSet[str], words: list[str]) -> bool:
    # "review" is in "Reviews are meant to be light": an English word with an ending still counts
    return any(t in have or (t.isascii() and len(t) >= 4 and any(h.startswith(t) for h in have)) for t in words)


_SENTENCE = re.compile(r"(?<=[.!?。])\s+|\n")


_RARE_SHAPES = frozenset({"multiple"})


def figure_lead(
    q: Question, text: str, cited: list[Hit], hits: list[Hit], known: Callable[[str], bool] | None = None
) -> tuple[str, list[Hit]] | None:
    """The answer `text` led by a retrieved sentence that gives the figure `q` asks by its unit and names its
    subject, with the citations that go with it; None when no retrieved passage states it.

    "how long should a review take" is answered by "…taking hours rather than days" even when the composer
    chose the review's definition to lead. `known`: the corpus's vocabulary (a question word no passage uses,
    "클래스룸", is not required of the sentence).
    """
    lines = text.splitlines()
    for i, x in enumerate(lines):  # a supporting line of the answer itself that gives it moves up
        if i and x.startswith("- ") and not unstated_figure(q, x[2:]) and about(q, x, strict=True, known=known):
            return _moved_up(lines, i), cited
    for h in hits[:5]:
        for sentence in _SENTENCE.split(h.chunk.text):
            line = sentence.strip().lstrip("-* ").strip()
            if len(line) < 20 or unstated_figure(q, line):
                continue
            counted = _counted(q)  # "57 questions" names what "how many questions" counts
            named = counted is not None and counted.search(line) and not about(q, "", strict=True, known=known)
            # (a multiple of a named thing is rare enough that naming it is enough: "멀티AZ로 하면 비용 몇 배?" is
            # answered by "다중 AZ 설계는 일부 자원을 대략 두 배로 늘린다", which never says "비용")
            strict = not (q.asks and set(q.asks) <= _RARE_SHAPES)
            if not (named or about(q, f"{h.chunk.section}\n{line}", strict=strict, known=known)):
                continue
            # ("Enterprise TAM 한달에 몇시간?": a plan's figure of another feature, "24시간 이내", is not the TAM's)
            # (a term by any of its names: "멀티AZ" is named by "다중 AZ 설계는 …")
            if not all(
                names_in(f"{h.chunk.section}\n{line}", m.every_name) for m in q.mentions if m.entity.kind == "term"
            ):
                continue
            # (a supporting line that is this sentence moves up with its items, not said twice)
            same = next((i for i, x in enumerate(lines) if i and re.sub(r"^- | \[\d+\]$", "", x) == line), None)
            if same is not None:
                return _moved_up(lines, same), cited
            have = [c.chunk.id for c in cited]
            n = have.index(h.chunk.id) + 1 if h.chunk.id in have else len(cited) + 1
            return lead_with(f"{line} [{n}]", "\n".join(lines)), cited if n <= len(cited) else [*cited, h]
    return None


def shaped_lead(
    q: Question,
    text: str,
    cited: list[Hit],
    shapes: list[re.Pattern[str]],
    known: Callable[[str], bool] | None,
    said: tuple[re.Pattern[str], ...] = (),
) -> str:
    """`text` led by its supporting line that has one of the figure `shapes` a yes-or-no question asks about and
    names its subject (itself or by the section it cites), when the lead has none: "does the WA tool cost money?" is
    answered by "…the tool itself is free of charge…", not by what the tool is. `text` unchanged when the lead has
    one, or says it another way (`said`: a price in words, "A paid option … extends the lookback" answers "and if
    we pay for it?"; not a list's head, "반복 절차는 다음 다섯 단계다" says no period), or no line does."""
    lines = text.splitlines()
    cut = next((i for i, x in enumerate(lines) if i and x.startswith("- ")), len(lines))
    said = () if cut > 1 else said
    if not shapes or any(s.search(x) for x in lines[:cut] for s in (*shapes, *said)):
        return text
    for i, x in enumerate(lines[cut:], start=cut):
        if not x.startswith("- ") or not any(s.search(x) for s in shapes):
            continue
        sections = [cited[int(n) - 1].chunk.section for n in _CITED.findall(x) if 0 < int(n) <= len(cited)]
        named = [n for m in q.mentions for n in m.every_name]
        if names_in("\n".join([*sections, x]), named) if named else about(q, x, known=known):
            return _moved_up(lines, i)
    return text


_CITED = re.compile(r"\[(\d+)\]")
PRICE_WORDED = re.compile(
    r"\b(?:paid|charges?|fees?|costs?|billed|prices?|pricing)\b|유료|요금|비용|수수료|과금|가격", re.IGNORECASE
)


def lead_with(line: str, text: str) -> str:
    """`text` with `line` leading it: its own first line and the rest become supporting lines ("- …")."""
    rest = [f"- {x}" if x and not x.startswith(("- ", "  ")) else x for x in text.splitlines()]
    return "\n".join([line, *rest])


def _moved_up(lines: list[str], i: int) -> str:
    """The answer with its supporting line `i`, and the items indented under it, as the lead."""
    end = next((j for j in range(i + 1, len(lines)) if not lines[j].startswith("  ")), len(lines))
    moved, rest = lines[i:end], lines[:i] + lines[end:]
    items = [f"  {y[2:]}" if y.startswith("- ") else y for y in moved[1:]]
    return "\n".join([moved[0][2:], *items, *(f"- {y}" if j == 0 else y for j, y in enumerate(rest))])


# what joins two alternatives asked between: "YAML이야? JSON이야?", "YAML or JSON", "YAML/JSON", "YAML 아니면 JSON"
_OR = r"\s*(?:(?:이야|야|임|인지|이냐|냐|인가요|예요|이에요)\s*[?？]?|[,/]|\bor\b|\bvs\.?|아니면|아님|혹은|또는)\s*"


def _alternative_stated(text: str, word: str, texts: str) -> bool:
    """The word is one of two alternatives the question asks between, and the passages state the other: "포맷
    YAML이야? JSON이야?" is answered by the passage that says JSON, whatever it says of YAML."""
    w, name = re.escape(word), r"([A-Za-z][A-Za-z0-9.+-]*)"  # (the other: Latin letters, no particle glued on)
    for m in re.finditer(rf"(?<![\w-]){w}{_OR}{name}|{name}{_OR}{w}(?![A-Za-z0-9-])", text):
        other = m.group(1) or m.group(2)
        # (names both, written with capitals: not "prorated or … full", "Japan, names pls")
        named = all(any(c.isupper() for c in x) for x in (word, other))
        if named and other.casefold() != word.casefold() and names_in(texts, [other]):
            return True
    return False


def _specific_words(q: Question, aside: list[tuple[int, int]]) -> list[str]:
    """`aside`: where the question says what the answer is for ("need the full list for a handover doc") or what
    it says after the question: no subject of its own."""
    spans = [*((m.start, m.end) for m in (*q.mentions, *q.weak)), *aside]
    # (an acronym spelled out in brackets right after it names what its name names: "SAP (Solutions Architect
    # Professional)")
    spans += [
        (b.start(1), b.end(1)) for m in q.mentions if (b := re.search(r"(\S+) \($", q.text[: m.start])) is not None
    ]
    out = []

    def free(found: re.Match[str]) -> bool:  # not part of a name, and not named only to be set aside
        at = found.start()
        # ("third party software issues, like our nginx setup": an example beside a subject the corpus knows)
        example = bool(q.mentions or q.weak) and bool(_EXAMPLE_BEFORE.search(q.text[max(0, at - 30) : at]))
        return not any(s <= at < e for s, e in spans) and not set_aside_at(q.text, at, found.end()) and not example

    out = [
        found.group(0)
        for pattern in (_IDENT, _CAPITALISED)
        for found in pattern.finditer(q.text)
        if free(found)
        and not (found.group(0).isupper() and zipf(found.group(0).casefold()) >= SHOUTED_ZIPF)
        and re.sub(r"s$", "", found.group(0)).casefold() not in WORKPLACE_ACRONYMS
        # ("… How long does one stay valid?": the turn's own first word, after the topic lent to it, starts a sentence)
        and not (q.own_start and found.start() == q.own_start)
    ]
    out += [
        w.group(0)
        for w in _WORD.finditer(q.text)
        if free(w)
        and zipf(w.group(0)) < RARE_ZIPF
        and not _everyday_form(w.group(0))
        and not _VERB_WITH_OBJECT.match(q.text, w.start())
        # ("is it getting axed too?": a participle after a passive's verb says what happens to a subject, no name)
        and not (
            w.group(0).islower() and _PASSIVE_BEFORE.search(q.text, 0, w.start()) and _PARTICIPLE.search(w.group(0))
        )
        # ("whats the actual diffrence", "which SEC question do i attatch this to": a slip of an everyday word)
        and not (w.group(0).islower() and slip_of_common(w.group(0)))
    ]
    # ("our timezone": a word the summaries say otherwise, "local time", is no name they lack; "in January": a
    # month or a weekday is a time, no name)
    return [w for w in out if w.casefold() not in USER_TERMS and not _CALENDAR.fullmatch(w)]


_PASSIVE_BEFORE = re.compile(r"\b(?:get|gets|getting|got|gotten|be|being|been|is|are|was|were)\s+(?:\w+ly\s+)?$", re.I)
_PARTICIPLE = re.compile(r"(?:ed|en)$")

# "trying to timebox our first review": a word between "to" and its object is a verb the asker uses, no name (a
# name after "to" is where something goes: "move to graviton instances")
_VERB_WITH_OBJECT = re.compile(
    r"(?<=\bto )[a-z]+\s+(?:our|my|the|a|an|this|that|these|those|it|them|your|each|every|all)\b", re.IGNORECASE
)

_CALENDAR = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    # (their short forms: "past Jan 1", "by Sept", "on Tue")
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?",
    re.IGNORECASE,
)


def _everyday_form(word: str) -> bool:
    """An everyday word with a chatty ending ("smallish", "techy", "profs"): rare as written, yet it names
    nothing the corpus could lack."""
    low = word.casefold()
    for ending in ("ish", "y", "s"):
        stem = low.removesuffix(ending)
        if stem != low and len(stem) >= 3 and max(zipf(stem), zipf(stem + "e")) >= EVERYDAY_STEM:
            return True
    # a plural is as rare as its singular ("any region gotchas?": "gotcha" is no name, so neither is "gotchas")
    if low.endswith("s") and not low.endswith("ss") and zipf(low[:-1]) >= RARE_ZIPF:
        return True
    # (a past participle in -en, "overwritten", "rewritten": a verb's form, no name, so its verb need only be a word)
    stem = low.removesuffix("en")
    if stem != low and len(stem) >= 4 and max(zipf(stem + "e"), zipf(stem[:-1] + "e")) >= PARTICIPLE_OF:
        return True
    # a verb's -ing or -ed form ("without nuking prod", "bricked it"), or an adverb's -ly ("push them there
    # natively"): names take no such ending, so a stem that is an English word at all is enough
    for ending in ("ing", "ed", "ly"):
        stem = low.removesuffix(ending)
        if stem != low and len(stem) >= 3 and max(zipf(stem), zipf(stem + "e"), zipf(stem[:-1])) >= RARE_ZIPF:
            return True
    return False


_PURPOSE = re.compile(
    r"\b(?:for|in|into)\s+(?:a|an|our|my|the|this|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:doc|docs|document|deck|slides?|meeting|report|presentation|wiki|ticket|e-?mail|memo|proposal|page|notes)\b"
    # "ESG 보고서에 넣겠다는데": the document it goes into
    r"|(?<![\w가-힣])(?:[A-Za-z0-9-]+\s*)?(?:보고서|문서|발표\s*자료|장표|슬라이드|위키|티켓|메일)(?:에|용|에다|에도)(?![가-힣])",
    re.IGNORECASE,
)
# "writing a lambda to pull HRIs", "building a dashboard for it": what the asker is making, the scene of the question
_BUILDING = re.compile(
    r"\b(?:writing|building|coding|making|scripting)\s+(?:a|an|our|my|some|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+"
    r"(?:\s+(?:to|that|which)\s+(?:[\w-]+\s+){0,3}[\w-]+)?",
    re.IGNORECASE,
)


# "우린 RDS 쪽만 딱 맡길건데 …": the asker's own situation, told in a clause that ends in "-데" before the question
_OURS_BEFORE = re.compile(
    r"(?<![가-힣])(?:우리|우린|저희|저흰|우리팀|우리 팀)(?![가-힣]*\?)[^.?!]{0,60}?데(?:요)?,?(?=\s)"
)


# what the asker studies for, told before the question: "SA pro 공부중인데", "SAA 준비하는 중인데", "studying for
# the SA pro,"
_STUDYING = re.compile(
    r"(?:^|(?<=[.!?\n]\s)|(?<=[.!?\n]))[^.?!,\n]{1,40}?(?:공부|준비|스터디)\s*"
    r"(?:(?:중|하는\s*중|하고\s*있)\w*(?:데|고|라)(?:요)?|하다가?|하는데|하면서),?(?=\s)"
    # (or what the asker's team is in the middle of doing: "MSA로 쪼개는중인데", "EKS로 옮기는 중이라")
    r"|(?:^|(?<=[.!?\n]\s)|(?<=[.!?\n]))[^.?!,\n]{1,40}?[가-힣]는\s*중(?:인데|이라서?|이고)(?:요)?,?(?=\s)"
    r"|\b(?:studying|prepping|preparing|cramming)\s+for\s+(?:the\s+|my\s+|an?\s+|our\s+)?[\w+-]+(?:\s+[\w+-]+){0,2}?"
    r"(?=\s*(?:[,.;:!?\-–—]|\band\b|\bbut\b|\bso\b))",
    re.IGNORECASE,
)
# "Our CFO is asking: …", "new hire here: …": who asks or why, before a colon and the question
_ASKED_BY = re.compile(r"^[^:?]{3,40}:(?=\s+\S[^?]*\?)")


def _context_spans(text: str) -> list[tuple[int, int]]:
    """Where a question says what the answer is for, what the asker is building or what they do, who asks it, or
    how it is prefaced: no subject of its own."""
    return [m.span() for rx in (_PURPOSE, _BUILDING, _OURS_BEFORE, _ASKED_BY, PREFACE) for m in rx.finditer(text)]


_EXAMPLE_BEFORE = re.compile(
    r"(?:\blike|\bsuch as|\be\.g\.,?|\bfor (?:example|instance)|\bsay|예를 들(?:어|면)|예컨대)\s+"
    r"(?:(?:our|my|a|an|the|우리)\s+)?(?:[\w.-]+\s+)?$",
    re.IGNORECASE,
)
_HOW_MANY = re.compile(
    # "how many engineers", "minimum # of aws-certified engineers", "the number of milestones"
    r"(?:how many|\b(?:minimum |min |maximum |max |exact )?(?:number|#)\s*of)"
    # ("questions how many and ids": "and" counts nothing; "how many can one workload hold?": the counted thing is
    # left unsaid, and the noun after the verb holds it)
    # ("milestones max how many per workload?": the counted thing was said before, "per" holds what has them)
    # ("how many actually run inside our account": a verb, no counted thing)
    r"\s+(?!(?:and|or|but|the|are|is|can|could|do|does|did|will|would|should|may|might|must|per|each|every"
    # ("how many of those can one workload hold?": what "those" point back at is counted, by the turn before)
    r"|actually|really|exactly|still|of (?:those|these|them|it))\b)((?:[A-Za-z-]+\s+){0,3}?)([A-Za-z-]{3,}?)(?:e?s)?"
    # ("how many cloud design principles were in …": the thing counted before a past verb too)
    r"(?=\s+(?:are|r|is|was|were|do|does|did|in|on|at|of|there|have|has|had|can|could|will|would|should|must"
    r"|exist|exists|total|altogether|available"
    r"|included|offered|per|for|until|till|before|after|left|since|to|remaining"
    # ("max number of milestones one workload can have": the thing counted, then who holds them)
    # ("how many IEMs and cloud ops reviews a year": the first of two things counted)
    r"|one|a|an|each|every|that|which|we|i|you|they|our|my|your|and)\b|\s*\?|\s*$"
    # ("how many individual best practices (the -BPxx ones) are in REL": an aside after the noun)
    r"|\s*\([^()]*\)\s+(?:are|is|do|does|in|on|there|have|has|total)\b)",
    re.I,
)


def counted_noun(text: str, names: Mapping[str, Sequence[str]] | None = None) -> re.Pattern[str] | None:
    """ "how many aws competency partners are in korea" -> a pattern for a number a few words before "partner".
    `names`: other names of a counted noun that names an entity ("IEMs": "Infrastructure Event Management")."""
    m = _HOW_MANY.search(text)
    if not m or (m.group(1) + text[m.start(2) : m.end()]).split()[0].casefold() in ("time", "times"):
        return None  # ("how many times a year": how often, said as "one … a year" as well as "twice")
    if re.fullmatch(TIME_UNIT, (m.group(1) + text[m.start(2) : m.end()]).split()[0], re.IGNORECASE):
        return None  # ("how many days back": a length of time, which the duration shape checks)
    stem, number = re.escape(m.group(2)), rf"(?:\d+|{_NUMBER_WORDS})"
    if other := [n for n in (names or {}).get(m.group(2).casefold(), ()) if n]:
        # (a thing by its name is counted in words as well: "one Infrastructure Event Management a year")
        stem, number = "(?:" + "|".join([stem, *(re.escape(n) for n in other)]) + ")", rf"(?:\d+|{_NUMBER_WORDS}|one)"
    if _PEOPLE.fullmatch(m.group(2)):
        # ("how many people can open cases": "one primary contact", "any number of the account's IAM users")
        return re.compile(
            rf"(?:\d+|{_NUMBER_WORDS}|\bone|\ba single)\s+(?:[\w-]+\s+){{0,3}}{_PEOPLE.pattern}"
            r"|\bany number of\b|\bunlimited\b|\bno limit\b",
            re.I,
        )
    kinds = _KINDS_OF.match(text, m.start(2))
    of = _of_noun(text[kinds.end() :]) if kinds else None
    if of:  # "how many types of partner paths": "five paths" counts them, as does "two kinds of lenses"
        return re.compile(
            rf"(?:\d+|{_NUMBER_WORDS})\s+(?:[\w-]+\s+){{0,3}}(?:{re.escape(of)}|{_KINDS_OF.pattern})", re.I
        )
    if kinds:
        # ("how many risk levels": "there are five values"; a count of kinds is said with any word for kinds)
        stem = f"(?:{stem}|{_KINDS_OF.pattern})"
    return re.compile(rf"{number}\s+(?:[\w-]+\s+){{0,3}}{stem}", re.I)


def _counted(q: Question) -> re.Pattern[str] | None:
    """`counted_noun` of the question, a noun that names an entity counted by any of its names too ("how many IEMs
    a year": "one Infrastructure Event Management a year")."""
    return counted_noun(
        q.text, {re.sub(r"e?s$", "", m.text).casefold(): (m.entity.en, m.entity.ko) for m in q.mentions}
    )


# people counted: by any word for a person a passage uses ("how many people" is met by "one primary contact")
_PEOPLE = re.compile(
    r"(?:people|persons?|users?|folks|members?|engineers?|devs?|staff|contacts?|admins?|administrators?)", re.I
)
_KINDS_OF = re.compile(
    r"(?:values?|kinds?|types?|categor(?:y|ies)|class(?:es)?|grades?|levels?|varieties|variety)\b", re.I
)


# "체크 정확히 몇 개", "카테고리 몇개": the plain noun a Korean count is of (names of entities are not plain nouns)
_KO_HOW_MANY = re.compile(
    r"(?<![가-힣])([가-힣]{2,6}?)(?:은|는|이|가|을|를|도)?\s+(?:(?:총|전부|다|정확히|모두|전체|대충|대략|최대|최소)\s*)*"
    r"몇\s*(?:개(?!\s*만|\s*정도만)|가지)" + NOT_SOME
)
# a number that counts: digits that are no date, amount or time ("2026년 11월"), or a native numeral as a word
_KO_NUMERAL = (
    r"(?<![가-힣\d])(?:\d[\d,]*(?![\d,]|\s?(?:년|월|일|시|분|%|달러))"
    r"|(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|열한|열두|열세)(?=\s|개|가지|곳|명|단계|종류))"
)


def counted_pattern(q: Question) -> re.Pattern[str] | None:
    """What a number must stand next to, to count what `q` counts ("how many partners", "체크 몇 개"), if said."""
    return _counted(q) or _ko_counted_noun(q)


def _ko_counted_noun(q: Question) -> re.Pattern[str] | None:
    """ "Trusted Advisor 체크 정확히 몇 개?" -> a number next to "체크" or the summaries' "검사" (a few words either
    side), so "여섯 범주" (six categories) answers "카테고리 몇개" but not a count of checks."""
    names = ko_counted_names(q)
    if not names:
        return _ko_counted_thing(q)
    said = "|".join(re.escape(n) for n in names)
    return re.compile(
        rf"{_KO_NUMERAL}\s?(?:개|가지|곳)?\s*(?:\S+\s+){{0,2}}?(?:{said})|(?:{said})\S*\s+(?:\S+\s+){{0,3}}?{_KO_NUMERAL}"
    )


def _ko_counted_thing(q: Question) -> re.Pattern[str] | None:
    """ "WA툴 계정당 워크로드 최대 몇개까지?": a count of a thing the question names (an entity), which a number
    counts only with no other object between them ("워크로드 하나에는 마일스톤을 최대 100개" counts milestones)."""
    m = _KO_HOW_MANY.search(q.text)
    # ("워크로드당 몇개": per workload, not workloads counted; "마일스톤 하나 워크로드에 몇개까지": what it is held in)
    if not m or m.group(1).endswith(("당", "마다", "별", "에", "에서")):
        return None
    named = next((x for x in q.mentions if x.start <= m.start(1) < x.end), None)
    if named is None or named.entity.kind in ("plan", "pillar"):  # (a plan's or pillar's count is of its parts)
        return None
    said = "|".join(re.escape(n) for n in named.names)
    other_object = r"(?!\S*(?:을|를)\s)"
    return re.compile(
        rf"{_KO_NUMERAL}\s?(?:개|가지|곳)?\s*(?:\S+\s+){{0,1}}?(?:{said})"
        rf"|(?:{said})\S*\s+(?:{other_object}\S+\s+){{0,3}}?{_KO_NUMERAL}",
        re.IGNORECASE,
    )


def lists_counted(q: Question, line: str) -> bool:
    """ "자격증 레벨 몇개?": `line` lists what is counted, named in the summaries' word right after the items
    ("Foundational, …, Specialty 수준으로 나뉜다"; not "…의 여섯 범주에서 … 검사 범위는", which lists categories)."""
    if counted_noun(q.text) is not None:
        # ("how many roles … and what are they?": "Name the roles: a facilitator …, the responders …, and observers")
        stem = list_noun(q)
        return bool(stem) and re.search(rf"\b{re.escape(stem)}\w*\s*:\s", line, re.IGNORECASE) is not None
    names = ko_counted_names(q)
    if not names:
        return False
    said = re.compile(r"\s*(?:" + "|".join(re.escape(n) for n in names) + ")")
    return any(said.match(line, run.end()) for run in _INLINE_RUN.finditer(line))


def ko_counted_names(q: Question) -> list[str]:
    """The noun a Korean count question counts, as typed and in the summaries' words ("레벨" -> "수준"), when it is
    one people say otherwise than the summaries ("체크" for "검사"); else none."""
    m = _KO_HOW_MANY.search(q.text)
    if not m or any(x.start <= m.start(1) < x.end for x in (*q.mentions, *q.weak)):
        return []
    noun = m.group(1)
    terms = [term for word, term in USER_TERMS.items() if noun.startswith(word)]
    if not terms and noun not in USER_TERMS.values():
        return []  # only a noun people say otherwise than the summaries risks a wrong count
    return [noun, *terms]


# ("how many types of lenses", "레벨이 몇 개로 나뉨?", "몇 종류임?": the kinds or the parts a thing is split into)
_KINDS_ASKED = re.compile(
    r"\bhow many (?:types|kinds|sorts|categories|varieties|levels|tiers) (?:of|are there)\b"
    r"|몇\s*(?:개|가지|단계|등급|종류)\s*(?:로|으로)\s*(?:나뉘|나뉨|나눠|나누|구분|분류)|몇\s*종류",
    re.IGNORECASE,
)


def _of_noun(rest: str) -> str | None:
    """ " of partner paths are there" -> "path": the last word of the noun phrase after "of", as a stem."""
    m = re.match(
        r"\s+of\s+([A-Za-z-]+(?:\s+[A-Za-z-]+){0,3}?)(?=\s+(?:are|r|is|exist|do|does|there|in|on|for|at|can)\b|\s*[?.!,]|\s*$)",
        rest,
        re.I,
    )
    if not m:
        return None
    last = m.group(1).split()[-1]
    return re.sub(r"(?<=[^s])e?s$", "", last, flags=re.I) if len(last) > 3 else None


_NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|dozens?|hundreds?|thousands?"


def _states_figure(names: list[str], needs: tuple[re.Pattern[str], ...], hits: list[Hit], stated: str = "") -> bool:
    """Does a passage (or the `stated` catalog lines) give the asked figure (a sentence with every pattern of
    `needs`) for the entity, named in the sentence or in the passage's heading?"""
    for heading, text in [*((h.chunk.section, h.chunk.text) for h in hits), ("", stated)]:
        for sentence in re.split(r"(?<=[.!?。])\s+|\n", text):
            if not all(n.search(sentence) for n in needs):
                continue
            if names_in(sentence, names) or names_in(heading, names):
                return True
    return False


def names_in(text: str, names: list[str]) -> bool:
    """Is any of `names` in `text`? Latin names as whole words ("RDS" is not in "records"), or their plural
    ("Add-ons are …" names the add-on)."""
    for name in names:
        if re.search(r"[\uac00-\ud7a3]", name):  # Hangul spaced or not ("운영대행" is in "운영 대행")
            pattern = r"\s*".join(re.escape(ch) for ch in name if not ch.isspace())
        else:  # ("Solutions Architect – Associate" names "Solutions Architect Associate")
            word = r"(?:\s*[-–—]\s*|\s+)".join(re.escape(w) for w in name.split())
            pattern = rf"(?<![A-Za-z0-9]){word}s?(?![A-Za-z0-9])"
        if any(not _other_word(name, f.group(0)) for f in re.finditer(pattern, text, re.IGNORECASE)):
            return True
    return False


def _other_word(acronym: str, said: str) -> bool:
    """`said` is another word that merely starts with `acronym`: an acronym's plural is said in capitals ("SLAs"),
    and "SaaS" is no plural of "SAA". Words in lower case ("plans" of "plan") are not acronyms, and an acronym said
    in lower case is a word ("map roughly onto" does not name MAP)."""
    if not (acronym.isupper() and acronym.isalpha()):
        return False
    return not said[: len(acronym)].isupper() or (len(said) > len(acronym) and not said[:-1].isupper())
