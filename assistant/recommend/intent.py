"""Route a chat message: choose a support plan, a partner, move between plans, or just ask a fact?

"Which support plan should we choose?" wants a decision; "What is Business Support's response time?"
wants a passage, and the normal retrieval answers it. So a message routes to a recommender only when it
names the topic and also asks for a choice or states a need of its own; a bare "plan" counts as a
support plan only after a determiner or a support word ("which plan", "support plan"), never after
another noun ("backup plan", "DR 플랜", "Savings Plan", "pricing plan", "improvement plan"). "We are on
X; what next year?" is a transition. The routing set (eval/data/routing_*.jsonl) measures all of this.
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.answer.cues import ASKED, BRACKETED_REMARK, CHEAPEST, STILL_THERE
from assistant.knowledge.cache import corpus_cached
from assistant.knowledge.catalog import SupportPlans
from assistant.recommend.needs import any_of, latin, read_support
from assistant.recommend.reader import held_up, money, phrase_rx, without_language_switch

SUPPORT = any_of(
    latin(
        r"support (?:plans?|tiers?|levels?)|aws support|premium support|(?:business|enterprise|developer) support\+?"
    ),
    latin(r"on-ramp|unified operations|TAMs?|technical account managers?|(?:phone|chat|24/7|technical) support"),
    # ("budget ~$300/mo for support, prod workload. what should we get": money set aside for support)
    latin(r"support budget|budget\b[^.?!]{0,20}?\b(?:for|on) (?:aws )?support"),
    # ("we can only spend 100 a month on support"): money spent on support
    latin(r"(?:spend|afford|pay|put)\b[^.?!]{0,30}?\b(?:on|for) (?:aws )?support\b"),
    r"서포트|지원\s*플랜|기술\s*지원|(?:전화|채팅|24\s*/\s*7)\s*지원",
)
BARE_PLAN = re.compile(r"(\S+)\s+(?:plans?|tiers?)(?![A-Za-z])|(\S+)\s*(?:플랜|요금제)", re.I)
# words that may stand before a bare "plan" in a support-plan request
PLAN_DETERMINERS = {"a", "an", "the", "which", "what", "our", "my", "this", "that", "any", "right", "best", "aws"}
PLAN_DETERMINERS |= {"support", "paid", "cheapest", "어떤", "무슨", "어느", "이", "그", "지원", "서포트", "aws의"}
PARTNER = any_of(
    # ("someone to run it 24/7 … which designation is that one?": a partner's designation, as the Finder filters)
    latin(r"partners?|apn|consult(?:ing|ants?|ancy)|msps?|system integrators?|vendors?|agency|designations?"),
    r"파트너|컨설팅|업체|협력사|대행사",
)
# Asking for a choice, or describing one's own situation ("we need", "우리 팀은 ... 필요").
CHOOSE = any_of(
    # ("which one only a shared pool?", "which one has the most questions": a fact of each one, no choice asked)
    latin(
        r"recommend\w*|suggest\w*|should (?:we|i)|which (?:one(?!'s|\s+"
        r"(?:gets?|has|have|had|includes?|comes?|offers?|only|was|covers?|got)\b)|is best)"
    ),
    latin(r"best\s+(?:[\w+-]+\s+){0,3}(?:plans?|partners?|options?|fit)"),
    latin(r"(?:which|what) [\w\s+-]{0,40}?(?:fits?|suits?|for (?:us|me|our)|do (?:we|i) need)"),
    latin(r"(?:which|what) [\w\s+-]{0,40}?to (?:choose|pick|get|buy|use)"),
    latin(r"help (?:me|us) (?:choose|pick|find|decide)|(?:choose|pick|find|looking for) an?"),
    # ("do we have to do anything before 2027-01-01?": an obligation asked, no situation of one's own)
    latin(r"(?:we|i) (?:need|want|run|have(?! to\b)|are looking|am looking)|we'd like"),
    latin(r"our (?:team|company|startup|workload)s?"),
    # ("which support plan?", "which plan that's not being retired fits?")
    latin(r"right (?:plan|partner) for|find us"),
    latin(r"which (?:[\w+-]+ )?(?:plans?|partners?|tiers?)(?= *\?| +(?:fits?|suits?))"),
    latin(r"which (?:[\w+-]+ )?plan (?:that|which)\b[^?.]{0,40}?\b(?:fits?|suits?|works?)\b"),
    # ("which support plan … can we actually get for that?", "뭐 가입해야됨?")
    latin(r"which (?:[\w+-]+ )?plans?\b[^?.]{0,60}?\b(?:can|could|should) (?:we|i) (?:\w+ )?(?:get|afford|use|pick)\b"),
    # ("… Business 말고 뭐 가입?", "뭘로 가입함?": what to sign up for, asked bare)
    r"(?:뭐|뭘|뭘로|어떤\s*(?:거|걸|플랜))\s*(?:가입|신청)(?:해야|할|하면|함|해|하지|하나|\s*[?？]|\s*$)",
    r"(?:^|[,.;]\s*)(?:need|want|looking for)(?![A-Za-z])",
    # ("어떤 플랜이 맞아?", "우리 회사에 맞는": what suits; "critical 15분 맞나요?" checks a fact)
    r"추천|골라|고르|고를|선택|뭘\s*(?:써야|골라|해야)|뭐\s*(?:쓸|써)|어느\s*(?:게|것|쪽)"
    r"|(?:어떤|어느|무슨|뭐가|뭘|무엇이)[^?.!]{0,30}?맞(?:아|는|을까|나요|는지|을지|음)"
    r"|(?:에|에게|한테|께)\s*(?:\S+\s+)?맞(?:아|는|을까|나요|는지|을지)",
    r"(?:어떤|어느|무슨)[^?.!]{0,30}?좋(?:을까|아|나요|은가요|을지|습니까)|필요(?:해|한데|합니다|하다|함)|찾(?:고|아|는)|도와줄|해줄|구하(?:고|려)",
    r"우리\s*(?:팀|회사)|저희|(?:받고|맡기고|쓰고|도입하고|가입하고)\s*싶|있을까",
    r"예산",
)
# Something else asked for in place of what was named ("instead", "next best", "대신", "더 싼 플랜")
INSTEAD = any_of(
    latin(r"instead|next best|alternatives?|what else|other options?|cheaper (?:plans?|options?|ones?|tiers?)"),
    r"대신|대안|(?:더|좀\s*더)\s*(?:싼|저렴한|싸게)|다른\s*(?:거|걸|플랜|옵션)|딴\s*(?:거|걸)",
)
# A question about a fact: unless it also asks to recommend, the retrieval answers it.
FACTUAL = any_of(
    latin(r"what (?:is|are|does|do)|what's|explain|when (?:does|do|is|will)|why|how (?:does|do i|do we|to)"),
    # "how many weeks ahead do we request IEM? we're on enterprise": a figure to look up
    latin(r"how (?:many|long|far|early|soon)\b"),
    # "where do customers usually find partners?", "파트너 찾는 경로가 어디어디 있음?": where something is found
    latin(r"where (?:do|does|can|could|would|is|are|to)\b"),
    r"어디어디|어디서|어디에서|어디로|어디다|어디에\s*있",
    # ("노트엔 서포트 플랜이 … 4개로 정리돼 있는데 지금도 이 4개 맞음? 내년 예산 잡는 중": whether it still holds)
    r"(?:지금도|아직도|여전히)\s*(?:\S+\s*){0,3}?맞(?:음|아|나|죠|지|는지|는\s*거|는거)",
    # "Advanced로 올라가려면 어떤 요건을 보나요?", "what are the requirements for Premier?": a program's own rules
    latin(r"what (?:are|r) the (?:[\w-]+ ){0,2}requirements\b|requirements (?:for|to)\b"),
    r"요건|자격\s*조건|조건이\s*(?:뭐|어떻게|있)",
    # a share asked ("할인 몇 프로 나와요?", "몇 퍼센트 붙어?"): a figure to look up
    r"몇\s*(?:프로|퍼센트|%)",
    # a number a program requires ("Premier 티어 달려면 자격증 보유자 최소 몇 명 있어야 됨?"): a figure to look up
    r"(?:최소|최대|적어도)\s*몇\s*(?:명|개|건|번)|몇\s*(?:명|개|건)\s*(?:이상|이나|정도)?\s*(?:있어야|필요|요구|채워야)",
    latin(r"how many (?:[\w-]+ ){0,3}(?:do|does|must|should) (?:we|i|you|they|a partner) (?:need|have)\b"),
    # ("그 TAM분한테 마이그레이션 작업 맡겨도 되나요?"): what may be asked of a role is how it works
    r"(?:TAM|티에이엠|컨시어지(?:\s*팀)?)\s*(?:분|님)?\s*(?:한테|에게|께)(?!\s*(?:맞|필요))",
    # (criteria are facts to look up; "whats the diff btw software path and services path": chat's "diff")
    latin(r"difference|diff|which best practice|says?|filter \w+ by|criteria"),
    # "our startup spends 3k/mo, what would enterprise on-ramp cost us": the price of a plan it names
    latin(r"what (?:would|will|does|do) .{0,40}\bcost\b|how much (?:would|will|does|is) .{0,30}\b(?:cost|run)\b"),
    # "can we do a WA review ourselves or do we need a partner?": a yes/no about how things work
    latin(r"^\s*(?:can|could|is|are|will) (?:we|i|you|it|they)\b"),
    # ("…, will the TAM we get with Enterprise Support actually do hands-on migration work for us?": what a role does)
    # (asked in the negative too: "we have ES already - cant our TAM just do the migration?")
    latin(
        r"(?:will|would|does|do|can|could|(?:won|can|doesn|don|couldn|wouldn)[’']?t) (?:the|our|a|my) "
        r"(?:tam|technical account manager|concierge)\b"
    ),
    # ("which plans will still be around, and which ones go away?": which exist, not which fits)
    latin(
        r"which (?:[\w+-]+ )?(?:plans?|ones?|tiers?) (?:will |are )?(?:still )?(?:be )?"
        r"(?:around|left|remain\w*|exist\w*|continu\w*|go(?:es|ing)? away|get retired|retir\w*|die|dies|dying)"
    ),
    # ("…파트너 고를때도 의미 있다던데 무슨 얘기임": what a saying means is a fact to explain)
    r"무슨\s*(?:얘기|애기|이야기|말|뜻|소리|의미)|뭔\s*(?:얘기|말|뜻|소리)|"
    r"뭐야|뭔가요|무엇|언제|왜|차이|설명|기준은|어떻게\s*(?:나뉘|나뉨|나눠|나누|구분|세워|만드)|이란|란\?|인가요|하는\s*일",
    # a list asked for ("티어 낮은 순으로 다 알려줘", "없어지는 플랜 전부 … 정리좀", "list all the tiers")
    latin(r"\blist (?:all|the|them|every)\b|\ball (?:the )?(?:tiers|plans|paths|programs)\b"),
    r"다\s*(?:알려|말해|나열)|전부|정리\s*(?:좀|해)|나열|뭐뭐|목록",
    # a length of time asked ("네비게이트 트랙 다 끝내는데 보통 몇달 걸림? 우리회사 파트너 가입 준비중")
    r"몇\s*(?:달|개월|년|주|일|시간)\s*(?:이나|정도|쯤)?\s*(?:걸|소요)|며칠\s*(?:이나|정도|쯤)?\s*(?:걸|소요)|얼마나\s*걸",
    # how often ("MSP 지정 받고 나면 재감사는 몇 년 주기야? 내년 예산에 넣어야 돼서")
    r"몇\s*(?:달|개월|년|주|일)\s*(?:에\s*한\s*번|마다|주기)|\bhow often\b",
    # a price or a fee asked ("APN 연회비 얼마임? Registered부터 시작할 거", "비용이 얼마인지 알 수 있을까요?")
    r"얼마(?:임|야|예요|에요|인지|인가|인데|죠|지|냐|일까|입니까|나\s*(?:해|함|돼|나와|들어))?\s*(?:[?？.]|$|알)",
    latin(r"how much (?:is|are)\b|what(?:'s| is| are) the (?:\w+ )?(?:fees?|cost|price)\b"),
    # a way of doing things checked ("그 제품 장애 나면 저희 서포트 플랜으로 케이스 열면 되는 거죠?") or whether
    # something can be done ("크레딧으로 서포트 요금도 낼 수 있어요?"), when nothing before it asks which one
    r"^(?:(?!어떤|어느|무슨|뭘|뭐|몇).)*?(?:(?:되는|하는|맞는)\s*거\s*(?:죠|지|지요|맞죠|맞지|맞나요)"
    r"|[을를ㄹ할낼쓸열받살볼]\s*수\s*(?:있|없)(?:어요|나요|음|어|나|습니까|을까요))\s*[?？]",
    latin(r",\s*(?:right|correct)\s*\?"),
    # ("msp badge = audited or just self-declared?", "is the exam proctored or unproctored?", "free or paid?"): which
    # of two states a thing is in, a fact to look up (not "business or enterprise?", a choice between named things)
    latin(
        r"\b[a-z]{3,}ed or (?:just |only |merely |simply )?(?:self-|un)?[a-z]{3,}ed\s*\?"
        r"|\b(?:free|paid) or (?:free|paid)\b"
    ),
    # how a thing is engaged ("고객이 프로서브 쓰고 싶다는데 절차가 어떻게 되나요?"): a procedure to look up
    r"절차|어떻게\s*(?:신청|진행|시작|계약|이용)",
)
# the days left before a date asked ("종료까지 며칠 남았나요? 전환 품의 일정 잡아야 해서요"): a count, no move asked
DAYS_LEFT = any_of(r"며칠\s*(?:이나|정도|쯤)?\s*남|몇\s*일\s*남", latin(r"how many days|days? (?:left|remain)"))
# What to look at when choosing: criteria to look up ("파트너 고를때 티어 말고 뭐 봐야됨?", "what else should we look at
# when picking a partner?"), unless the message also tells the asker's own situation to choose for
CRITERIA = any_of(
    latin(r"what (?:else )?(?:should|do|must) (?:we|i) (?:look (?:at|for)|check|consider|compare|watch (?:out )?for)"),
    latin(r"what (?:else )?to (?:look (?:at|for)|check|consider|compare)"),
    r"(?:뭘|뭐|무엇을|뭐를|어떤\s*걸|어떤\s*점을?)\s*(?:더\s*)?(?:봐야|보면\s*(?:돼|되|됨)|확인해야|따져|체크해야|살펴)",
)
_WHEN_CHOOSING = any_of(
    r"(?:고를|고르는|골랐을|선택할|선택하는|찾을|뽑을)\s*(?:때|떄)",
    latin(r"when (?:choosing|picking|selecting|comparing|hiring|shortlisting)"),
)
# A plan's name as people type it, short forms too ("biz 서포트", "dev 플랜", "엔터 서포트")
_NAMED = (
    r"(?:basic|developer|business|enterprise|on-?ramp|unified|\bbiz\b|\bdev\b|베이직|디벨로퍼|개발자|비즈니스|비즈|엔터프라이즈"
    r"|엔터|온램프)"
)
# "비즈니스 서포트 붙이면 한달에 얼마 나옴?": the price of a plan it names
_PLAN_PRICE = _NAMED + r"[^?]{0,40}?얼마"
# "비즈니스 서포트면 케이스 여는 사람 수 제한 있어? 우리 팀 12명임": a yes/no about a plan it names is a fact to
# look up, whatever the team says of itself ("플랜 있어?" about no plan in particular still asks for a choice)
NAMED_PLAN_YESNO = re.compile(
    _NAMED
    # (chat's nouned verbs too: "붙음?", "나옴?", "가능함?")
    + r"[^?]{0,60}?(?:있어|있나|있음|없어|없나|없음|돼|되나|됨|가능|나요|되지|있지|[붙나들]음|[나들]옴|함|임"
    # ("온램프 쓰고 있는데요, 전담 TAM 한 명이 붙는 구조 맞죠?": a fact checked; not "우리한테 맞아?", a fit)
    r"|(?<!한테 )(?<!에게 )(?<!한테)(?<!에게)맞(?:죠|지|나요|나|음|습니까))\s*\?"
    # "developer support 50불 이하임?", "is business support+ under 100 bucks?": a plan's price held against an
    # amount asks that plan's price, not for a plan within a budget
    r"|" + _NAMED + r"[^?]{0,40}?\d[\d,.]*\s*(?:k|천|만)?\s*(?:불|달러|bucks|dollars|usd)?\s*"
    r"(?:이하|이상|미만|보다|넘|under|below|over|above|or less|or more)[^?]{0,12}\?"
    # "is business support+ under 100 bucks a month?": a named plan's price held against an amount
    r"|^\s*(?:is|are|does|do|would|will)\b[^?]{0,30}?\b(?:basic|developer|business|enterprise|on-?ramp|unified)\b"
    r"[^?]{0,40}?\b(?:under|below|over|above|less than|more than|cheaper|pricier)\b"
    # "do i need business support to get the full TA checks or does developer have them"
    # (a feature asked of a plan: "does it include / do i need X to get", never "do we need enterprise?")
    r"|^\s*(?:do|does)\b[^?]{0,40}?\b(?:basic|developer|business|enterprise|on-?ramp|unified)\b"
    r"[^?]{0,40}?\b(?:to get|include|includes|have|has|come with|comes with|cover|covers)\b"
    # "월 사용액 4만불인데 비즈니스 서포트 붙이면 한달에 얼마 나옴?": the price of a plan it names, whatever the
    # company says of itself
    r"|"
    + _PLAN_PRICE
    # "$0 budget for support. can we open a technical support case on basic?": the last sentence asks whether a plan
    # it names allows something, whatever budget the message states before it
    + r"|(?:^|[.!?]\s+)(?:can|could|do|does|will|would)\s+(?:we|i|you)\b[^?.]{0,60}?\b(?:on|with|under)\s+"
    r"(?:basic|developer|business|enterprise|on-?ramp)\b[^?.]{0,25}\?",
    re.IGNORECASE,
)
NAMED_PLAN_PRICE = re.compile(_PLAN_PRICE, re.IGNORECASE)
STRONG_CHOICE = any_of(
    latin(r"recommend\w*|suggest\w*|should (?:we|i) (?:choose|pick|get|buy|use)"),
    # ("which support plan fits and roughly what would it cost?": a choice asked, its price with it)
    latin(
        r"which (?:[\w+-]+ )?(?:plans?|tiers?|partners?|options?)"
        r" (?:fits?|suits?|works? best|makes? (?:the most )?sense)"
    ),
    latin(r"best\s+(?:[\w+-]+\s+){0,3}(?:plans?|partners?|options?|fit) for (?:us|me|a|an|our)"),
    r"추천|골라",
)


# a question typed without its mark: "is there something for that", "그런 거 있음", "되나"
_ASKS_WITHOUT_MARK = re.compile(
    r"\b(?:is|are) there\b|\b(?:can|could|do|does|is|are) (?:we|i|you|it|they)\b"
    r"|있(?:어|나|음|을까|는지)|되나|돼\b|됨\b",
    re.IGNORECASE,
)


def detect_intent(question: str, corpus: Path | None = None) -> str | None:
    """ "support_plan", "partner", "transition", or None for a question the normal retrieval should answer.
    `corpus`: the folder whose catalog names the plans (default: the configured one, read from the environment)."""
    text = question or ""
    if not text.strip():
        return None
    plans = _plans(corpus)
    read = read_support(text, plans) if plans is not None else None
    # "we are on X" alone may preface any question ("can our TAM help ...?"); a named plan's price asked by no one
    # on it ("3만불쯤인데 on-ramp 붙이면 한달 얼마? 내년 예산에 넣을거") is no move between plans
    priced = bool(NAMED_PLAN_PRICE.search(text)) and plans is not None and not _says_current(text, plans)
    counted = bool(DAYS_LEFT.search(text))
    # ("can we negotiate a discount on Enterprise Support since we're being moved?": a discount is a fact to look up)
    counted = counted or bool(ASKED["discount"].search(text))
    if plans is not None and read and read.current and _asks_about_change(text, plans) and not (priced or counted):
        return "transition"
    # a plan or an amount turned down for its price, then a choice asked ("엔터프라이즈는 너무 비싸서 못씀. 뭐 써야
    # 됨?", "ent at 15k/mo is too much, what should we use instead?"): the asker's own budget, below that price
    priced_out = bool(
        read and any(r.id == "budget" and r.under for r in read.reqs) and (CHOOSE.search(text) or INSTEAD.search(text))
    )
    chosen = bool(STRONG_CHOICE.search(text))
    # ("which plans can we still use next year?", "2027년 이후 가입 가능한 플랜?": which exist then, not which fits;
    # not "월 200불 예산 … 내년에도 계속 쓸수있어야함", a need of its own beside it)
    if STILL_THERE.search(text) and read is not None and not read.reqs and not (chosen or priced_out):
        return None
    factual = bool(FACTUAL.search(text))
    if (factual or NAMED_PLAN_YESNO.search(text)) and not (chosen or priced_out):
        return None
    # (the words that say when: "파트너 고를때", "when picking a partner", are the criteria's, no choice asked)
    unsaid = _WHEN_CHOOSING.sub(" ", CRITERIA.sub(" ", text))
    if CRITERIA.search(text) and not chosen and not CHOOSE.search(unsaid):
        return None
    # a budget is a need of one's own: "월 500불 이하로 …되는 플랜?", "under $200 a month" (an amount held up as a
    # limit: not "under 15 minutes", "up to 20 engineers", nor "spend over 5k", the AWS bill); held against plans
    # it names ("is business support under 400?"), it asks their prices
    budget = any(held_up(text, m) == "cap" for m in money(text, 1.0)) and not (read and read.named)
    # what one does not need beside what one does ("TAM은 필요없고 24시간 전화 지원만 되면 됨") is a situation of
    # one's own, whatever the question after it ("제일 싼 플랜?")
    # (about a plan it names, "TAM은 필요없고 … bs+로 충분함?", or one a turn before named, "does that one come with
    # a tam? dont need concierge", it asks that plan's facts: only the cheapest asked for is a choice)
    weighed = bool(
        read and read.ruled_out and read.reqs and not read.named and not read.current and CHEAPEST.search(text)
    )
    if not CHOOSE.search(text) and not budget and not weighed and not priced_out:
        return None
    # ("should we choose business or developer?": plans set side by side are support plans by their short names)
    partner = len(PARTNER.findall(text))
    # ("besides the tier, what else … picking a partner": a bare "tier" beside a partner is the partner's tier)
    support = len(SUPPORT.findall(text)) + _bare_plans(text, tiers=not partner)
    support += bool(read and len(read.named) > 1 and chosen) + priced_out
    # ("need <30min response for biz critical down, budget max $6k/mo": a response time needed, stated as a time, is
    # a support need, though no word says "support"; not a word that only hints at one, "prod", "장애", "on-call")
    # (a statement of needs, no question of its own: "5분 응답 받고싶은데 그런 애드온 있음?" asks a fact)
    stated = "?" not in text and not factual and not _ASKS_WITHOUT_MARK.search(text)
    support += bool(stated and read and any(r.id != "budget" and any(c.isdigit() for c in r.said) for r in read.reqs))
    if not support and not partner:
        return None
    return "partner" if partner > support else "support_plan"


def states_a_need(question: str, corpus: Path | None = None) -> bool:
    """The message itself says something the support advisor weighs: a budget, a must-have, a plan ruled out."""
    plans = _plans(corpus)
    read = read_support(question, plans) if plans is not None else None
    return bool(read and (read.reqs or read.ruled_out))


def _says_current(text: str, plans: SupportPlans) -> bool:
    """The text says which plan the asker is on ("we are on", "쓰는 중")."""
    return any(phrase_rx(c).search(text) for c in plans.cues.current_plan if c != "에서")


def _asks_about_change(text: str, plans: SupportPlans) -> bool:
    """A move between plans is asked about, outside remarks in brackets ("developer 플랜임 (1월에 바뀌는 거 앎)":
    the asker knows of the change and asks something else)."""
    from assistant.answer.question import after_question  # (question reads amounts with recommend.reader)

    said = BRACKETED_REMARK.sub(" ", without_language_switch(text))
    # (nor in the reason said after the question: "약정 걸면 할인 몇 프로 나와요? 내년 예산 잡아야 돼서요")
    remark = after_question(said)
    said = said[: remark[0]] if remark else said
    return any(phrase_rx(c).search(said) for c in plans.cues.change)


def _bare_plans(text: str, tiers: bool = True) -> int:
    """Bare "plan"/"플랜" after a determiner or support word: "which plan" counts, "backup plan" does not.
    `tiers`: whether a bare "tier" counts too (not beside a partner: partners have tiers as well)."""
    count = 0
    for m in BARE_PLAN.finditer(text):
        if not tiers and re.search(r"tiers?$", m.group(0), re.I):
            continue
        before = (m.group(1) or m.group(2) or "").casefold().strip("?,.!")
        # "되는 플랜", "주는 플랜": a Korean clause ending in a verb describes the plan wanted
        if before in PLAN_DETERMINERS or (
            m.group(2) and re.fullmatch(r"[가-힣]*(?:되는|주는|있는|하는|되고|가능한)", before)
        ):
            count += 1
    if re.match(r"\s*(?:plans?|플랜|요금제)", text, re.I):
        count += 1
    return count


def _plans(corpus: Path | None = None) -> SupportPlans | None:
    """The corpus's support plans; None for a corpus of documents only (no catalog/ folder), as
    `Knowledge.load` reads it: no plan can be named, so no question is a plan change."""
    if corpus is None:
        from assistant.settings import load_settings

        corpus = load_settings().corpus
    return _plans_of(corpus)


@corpus_cached(maxsize=4)
def _plans_of(corpus: Path) -> SupportPlans | None:
    """Keyed by the folder: a process that reads two corpora (tests; a web app pointed elsewhere) must not
    keep the first one's answer, e.g. "no plans" from a documents-only corpus."""
    from assistant.knowledge.catalog import load_catalog

    if not (corpus / "catalog").is_dir():
        return None
    return load_catalog(corpus).support_plans
