"""Words that tell what a question asks for, in Korean and English, as data.

Each table maps a label to one pattern per language. They describe kinds of questions (a price, a list, a
definition), never one question: a new cue belongs here only if many questions would use it.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# A length named by its unit alone, as a statement: "taking hours rather than days", "몇 시간 안에 끝낼",
# "하루에서 며칠", "one to several days"
VAGUE_LENGTH = (
    r"\b(?:within|in|takes?|taking|under|over|about|around|for)\s+(?:a\s+)?(?:few\s+)?"
    r"(?:minutes|hours|days|weeks|months)\b"
    r"|(?:몇|수)\s*(?:시간|분|일|주|개월)\s*(?:안|이내|만에|정도|내|이면|가량|걸)"
    r"|하루|이틀|사흘|나흘|닷새|\b(?:one|two|three|a few|several)\s+(?:to\s+\w+\s+)?days?\b"
    # "한 달 전에", "두 시간 안에": a native numeral before the unit
    r"|(?<![가-힣])(?:한|두|세|네|다섯|여섯)\s?(?:달|해|주|시간)\s*(?:전|후|뒤|안|이내|동안|간|만에)"
)


def _cues(table: dict[str, str]) -> dict[str, re.Pattern[str]]:
    return {label: re.compile(pattern, _I) for label, pattern in table.items()}


# "그건 뭐라고 불러?", "what's that called": the question asks a name; a price or a date in it only sets the scene
NAME_ASKED = re.compile(
    r"뭐라고\s*(?:부름|불러|부르|부릅|해|하지|함|하나|하던데|했지)|(?:이름|명칭)(?:이|은)?\s*(?:뭐|무엇)"
    # "whats the new name", "새 이름 뭐임", "예전 이름은?": the name it goes by now or went by
    r"|\b(?:new|current|old|older|former|previous) name\b"
    r"|(?:새|바뀐|새로운|지금|예전|옛날|원래|이전)\s*(?:이름|명칭)(?:은|이|도)?\s*(?:\?|뭐|무엇|$)"
    r"|\bwhat(?:'s| is| was| are) (?:it|that|this|they|those) called\b|\bwhat do (?:you|they|we|aws) call\b"
    r"|\bwhat(?:'s| is) the (?:name|term) for\b",
    _I,
)

# "how much data / storage / time …" asks an amount of something, not a price (read on the unmasked text: "metric
# data" may be a name).
QUANTITY_ASKED = re.compile(
    r"how much(?=\s+(?:[\w-]+\s+)?(?:data|storage|memory|ram|cpu|disk|space|time|traffic|bandwidth|throughput"
    r"|history|capacity|headroom|usage|load|effort|work|experience|downtime|discount|savings|coverage)\b)",
    _I,
)

# An amount the asker states about themselves ("한달 $200 정도 쓰는 팀", "we spend ~$3k/mo", "budget of $500"): the
# situation the question is asked in, not a price it asks for.
_AMOUNT = r"(?:~|약|about|around)?\s*\$\s?[\d,.]+\s?[kKmM]?|[\d,.]+\s?(?:[kKmM]\s?)?(?:달러|usd|만\s?원|원)"
STATED_AMOUNT = re.compile(
    rf"(?:{_AMOUNT})\s*(?:/\s?(?:mo|month|월)|per month|a month)?\s*(?:정도|쯤|가량|내외)?\s*"
    r"(?:쓰는|쓰고|써|쓴|사용|지출|나오는|나와|청구|spend|spent|spending|budget|bill|in spend|on aws)"
    rf"|(?:spend|spending|budget|bill|쓰는\s*돈|예산|청구액)\s*(?:is|of|:|은|는|이|가)?\s*(?:{_AMOUNT})"
    # ("support budget line is 16k/mo": a budget word, one more word, and a bare figure in thousands)
    r"|(?:budget|예산)(?:\s+[A-Za-z가-힣]+)?\s*(?:is|of|:|은|는|이|가)?\s*~?\$?\d[\d,.]*\s?[kK](?![A-Za-z])",
    _I,
)

# "diff topic -", "완전 딴얘긴데", "unrelated, but": the turn opens a new conversation, whatever it leaves unnamed
NEW_TOPIC = re.compile(
    r"\b(?:diff(?:erent)?|new|unrelated|separate|change of) (?:topic|subject)\b"
    r"|\b(?:unrelated|different|separate) question\b"
    r"|\bswitching gears\b|\bunrelated(?: but|,)|\bon another note\b|\btotally different\b"
    r"|딴\s*(?:얘기|얘긴|이야기|이야긴|소리|질문)|다른\s*(?:얘기|이야기|주제)|다른\s*질문\s*(?:인데|하나|있는데)"
    r"|주제\s*(?:바꿔|바꿔서|전환)|별개로|상관\s*없는\s*(?:건데|얘기인데|얘긴데)",
    _I,
)

# Everyday words as chat often mistypes them, too short or too common to be read as a slip by the fuzzy matcher
# ("wich other questions", "which partner creds shud i filter on? not intrested in …"): read as the words meant, by
# the advisors' routing too
SLIPS = {
    "wich": "which",
    "wat": "what",
    "teh": "the",
    "shud": "should",
    "wud": "would",
    "cud": "could",
    "intrested": "interested",
    "intersted": "interested",
    "interestd": "interested",
}
SLIP_WORD = re.compile(r"(?<!\w)(" + "|".join(sorted(SLIPS, key=len, reverse=True)) + r")(?![\w-])", re.IGNORECASE)

# Chat shorthand read as the word it stands for ("infra protection", "gets recs", "prod env"), before names are
# looked up: the corpus writes the full word.
SHORTHAND = {
    "infra": "infrastructure",
    "recs": "recommendations",
    "qs": "questions",
    "rec": "recommendation",
    "prod": "production",
    "env": "environment",
    "envs": "environments",
    "config": "configuration",
    "configs": "configurations",
    "perf": "performance",
    "mgmt": "management",
    "docs": "documentation",
    "acct": "account",
    "org": "organization",
    "orgs": "organizations",
    "accts": "accounts",
    "reqs": "requirements",
    "dept": "department",
    "enum": "values",
    "enums": "values",
    "info": "information",
    "avail": "availability",
    "reqd": "required",
    "approx": "approximately",
    "crit": "critical",
    "lb": "load balancer",
    "lbs": "load balancers",
    "cert": "certification",
    "certs": "certifications",
    "ppl": "people",
    "diff": "difference",
    "diy": "on our own",
    "ur": "your",
    "em": "them",
    "r": "are",
    "u": "you",
    "w/o": "without",
    "w/": "with",
    "devs": "developers",
    "kinda": "kind of",
    "sorta": "sort of",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "have to",
    "dunno": "don't know",
    "thru": "through",
    "creds": "credentials",
    "dbs": "databases",
    "cred": "credential",
    "temp": "temporary",
    "auth": "authentication",
    "admin": "administrator",
    "admins": "administrators",
    "svc": "service",
    "svcs": "services",
    **SLIPS,
    "abt": "about",
    "idk": "don't know",
    # a negation typed without its apostrophe ("which plans DONT have a TAM"): read as the negation it is
    **{w: w[:-1] + "'t" for w in ["dont", "doesnt", "didnt", "isnt", "arent", "cant", "couldnt", "shouldnt"]},
    **{w: w[:-1] + "'t" for w in ["wouldnt", "hasnt", "havent"]},
    # chat fillers say nothing the passages could hold: dropped, so they never count as unmet words
    **dict.fromkeys(
        [
            "tl;dr",  # (no DR in it)
            "tldr",
            "smth",
            "sth",
            "smthg",
            "pls",
            "plz",
            "thx",
            "bc",
            "tho",
            "rn",
            "btw",
            "imo",
            "afaik",
            "iirc",
            "anyway",
            "tbh",
            "ofc",
            "lmk",
        ],
        "",
    ),
}
# English words typed in a Korean question ("share 권한 read-only 말고 …") that the Korean summaries say in Korean:
# read as those too, in a Korean question only (an English one finds them in the English summaries)
ENGLISH_IN_KOREAN = {
    "share": "공유",
    "sharing": "공유",
    "read-only": "읽기 전용",
    "read only": "읽기 전용",
    "readonly": "읽기 전용",
    "contributor": "기여자",
    "permission": "권한",
    "invoice": "청구서",
    "usage": "사용액",
}
# Words people type where the summaries use another term: both are searched and weigh in picking sentences.
# Korean loanwords and their native term ("검사 카테고리" finds "여섯 범주"), and everyday words for the
# summaries' section terms ("흔한 실수", "common mistakes" find the anti-patterns; "부딪힐 때", "conflict" the
# trade-offs). Keys are matched as word stems, case-folded.
USER_TERMS = {
    "지라": "Jira",
    "카테고리": "범주",
    "체크": "검사",
    "클래스룸": "강의실",
    "리스트": "목록",
    "타입": "유형",
    "체크리스트": "검증 목록",
    "스텝": "단계",
    "실수": "안티패턴",
    "충돌": "절충 조정",
    "부딪": "절충 조정",
    "상충": "절충 조정",
    "트레이드오프": "절충",
    "리포트": "보고서",
    "레포트": "보고서",
    "포맷": "형식",
    "티어": "등급",
    "레벨": "수준",
    "옛날": "예전",
    "플젝": "프로젝트",
    "맨 위": "최상위",
    "맨위": "최상위",
    "젤 윗": "최상위",
    "제일 윗": "최상위",
    "가장 윗": "최상위",
    "kind": "types",
    "kinds": "types",
    "sorts": "types",
    "종류": "유형",
    "mistake": "anti-patterns",
    "pitfall": "anti-patterns",
    "gotcha": "anti-patterns",
    "conflict": "trade-offs",
    "timezone": "local time",
    "상관없": "관계없",
    "상관 없": "관계없",
    "팔려": "판매",
    "팔고": "판매",
    "팔수": "판매",
    "팔 수": "판매",
    "팔면": "판매",
    "파는": "판매",
    "time zone": "local time",
    # ("our finops person and our SREs keep arguing": people's job titles, which the summaries call engineers)
    "sre": "engineers",
    "sres": "engineers",
    "시간대": "현지 시간",
    "타임존": "현지 시간",
    "clash": "trade-offs",
    # ("에러메세지 떴는데 돈 안쓰고 찾아볼 데": the summaries say 오류 and 무료)
    "에러": "오류",
    # ("기술적인 질문은 어디다 물어봐야됨?": the summaries say 기술 문의)
    "기술적인 질문": "기술 문의",
    "기술 질문": "기술 문의",
    # ("서비스 쿼터 모니터링", "포스트모템이 범인 찾기 분위기": the summaries say 할당량, 사후 분석, 장애 조치)
    "쿼터": "할당량",
    "포스트모템": "사후 분석",
    "포스트 모템": "사후 분석",
    "페일오버": "장애 조치",
    # ("비개발자 영업팀도 딸만한 자격증", "certs for non-dev staff": the summaries say 개발자가 아닌 직군)
    "비개발자": "개발자가 아닌 직군",
    "non-dev": "non-technical",
    "non-devs": "non-technical",
    "non-developer": "non-technical",
    "non-developers": "non-technical",
    "non-engineers": "non-technical",
    # ("담달 대형 런칭있는데": the summaries say 출시)
    "런칭": "출시",
    "론칭": "출시",
    # ("which purchasing option fits interruptible batch work?": the summaries say pricing models, interruption)
    "purchasing option": "pricing model",
    "purchase option": "pricing model",
    "buying option": "pricing model",
    "interruptible": "interruption",
    # ("can we haggle a custom price there?": the summaries say negotiate)
    "haggle": "negotiate",
    "haggling": "negotiate",
    "haggled": "negotiated",
    "돈 안": "무료",
    "돈 안 들": "무료",
    "돈 들이지 않": "무료",
    "without paying": "free",
    "without spending": "free",
    "no money": "free",
    # ("cheapest way to learn WA? zero budget": nothing to spend is what the summaries call free)
    "zero budget": "free",
    "no budget": "free",
    "0 budget": "free",
    "예산 0": "무료",
    "예산 없": "무료",
    "예산없": "무료",
    # ("팀원들이 아무거나 못사게 막는 기능": the summaries say 구매 and 제한 for chat's buying and blocking verbs)
    "못사": "구매",
    "못 사": "구매",
    "사게": "구매",
    "살수": "구매",
    "살 수": "구매",
    "구입": "구매",
    "막는": "제한",
    "막게": "제한",
    "막을": "제한",
    "막아": "제한",
    # ("cs팀이랑 윗분들은?": the summaries' 고객 지원팀 and 경영진)
    "cs팀": "고객 지원팀",
    "cs 팀": "고객 지원팀",
    "윗분": "경영진",
    "윗선": "경영진",
    # ("vpc cidr 겹치지 않게": the summaries say IP ranges, "IP 주소 범위")
    "cidr": "IP",
    # ("which cert first if I'm brand new to AWS": the summaries say beginners; "완전 처음인데": 입문, 기초)
    # (not "new to AWS", which the summaries say of partners too)
    "brand new": "beginners",
    "newbie": "beginners",
    "noob": "beginners",
    "완전 처음": "입문 기초",
    "처음 시작": "입문 기초",
    "초보": "입문 기초",
    # ("want a class with only our ppl": a course run for one company is private training)
    "only our": "private",
    "just our": "private",
    "우리 팀만": "프라이빗",
    "우리끼리만": "프라이빗",
    "우리 직원만": "프라이빗",
    # ("can a solo dev sell an AMI?": the summaries say individual developers, 개인 개발자)
    "solo dev": "individual developers",
    "indie dev": "individual developers",
    "1인 개발": "개인 개발자",
    # ("can i export a WA review out of the tool?": the summaries say reports)
    "export": "reports",
    # ("the one about killing resources nobody uses anymore": the summaries say decommissioning what is no longer
    # needed, 폐기)
    "nobody uses": "no longer needed",
    "no one uses": "no longer needed",
    "not used anymore": "no longer needed",
    "killing": "decommissioning",
    "kill off": "decommissioning",
    "tear down": "decommissioning",
    "안 쓰는 리소스": "폐기",
    "안쓰는 리소스": "폐기",
    # ("which one got added most recently": the summaries call it the newest)
    "most recently": "newest",
    "latest": "newest",
}
# which edition or date a figure holds for: "어느 판 기준이야?", "언제 기준임?", "as of when", "which version"
EDITION_ASKED = re.compile(
    r"(?:어느|무슨|몇\s*년(?:도)?)\s*(?:판|버전|에디션)|(?:판|버전)\s*기준|언제\s*기준|기준\s*(?:이|은)?\s*언제|기준\s*(?:날짜|시점|일)"
    r"|\bas of when\b|\bwhich (?:edition|version)\b|\bwhat (?:edition|version)\b|\bhow current\b|\bstill current\b",
    re.IGNORECASE,
)
# Korean chat's loanwords for what the summaries say in Korean words ("가격네고 되나?": 가격 협상): read as the
# summaries' word, inside a word too, since chat glues them on ("가격네고")
KO_CHAT_WORDS = {"네고": "협상", "디스카운트": "할인", "인보이스": "청구서", "빌링": "청구"}
KO_CHAT_WORD = re.compile("|".join(sorted(KO_CHAT_WORDS, key=len, reverse=True)))

# "low-crit": after a hyphen too; the longest first ("w/o" before "w/")
SHORTHAND_WORD = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(k) for k in sorted(SHORTHAND, key=len, reverse=True)) + r")(?![\w-])", _I
)
ENGLISH_IN_KOREAN_WORD = re.compile(
    r"\b(" + "|".join(re.escape(k) for k in sorted(ENGLISH_IN_KOREAN, key=len, reverse=True)) + r")\b", _I
)

# What the question asks about an entity. Entity names are masked before these run, so the pillar
# "비용 최적화" never reads as the facet "비용" (cost).
# a phone call asked for (not an "on-call rotation" or "API calls": a rota and requests)
# a mail that comes to the asker ("메일 와?", "메일 받음?", "메일 보내줌?"), not one sent to support
# a sum the asker says is paid, held up to confirm ("18불만 내면 되는거 맞지?", "just 18 bucks right?"): the words
# after it and before it; a price asked here, no bill in the advisors' reader (recommend/reader.py)
# (only a sum paid that settles it: "8만불 정도 나옴", "월 5만불 내는데" are the bill)
PAID_AFTER = r"\s*(?:만\s*내|(?:정도|쯤)?\s*내면\s*(?:되|돼|됨))"
PAID_BEFORE = r"\b(?:just|only|pay|paying)"
_MAIL_COMES = r"\s*(?:이|가|은|는|도)?\s*(?:와|옴|오나|오냐|오는|올|받|줌|줘|보내\s*줌|보내\s*줘|보내\s*주)"
_CALL = r"(?<!on-)(?<!on )(?<!api )\bcall\b(?!\s+rotation)"

# a unit of time as a question counts it ("how many days back", "how many hrs"): a length, not a number of things
TIME_UNIT = r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?)"

# facets that ask for a figure (a price, a response time, a date, a limit, a length)
FIGURE_FACETS = frozenset({"price", "response", "end_date", "date", "limit", "duration"})

# "몇 명이든", "몇 개라도": however many, no count asked ("몇 명이나" still asks one)
ANY_NUMBER = r"(?!\s*(?:이든|든|이라도|라도|이건|건)(?![가-힣]))"
# "워크로드 몇개는 15분도 느림": "some of them" as a topic the sentence goes on about, no count asked ("몇 개는?" asks)
NOT_SOME = r"(?![는은]\s+[^\s?])"

# A time after the classic plans end: "anything cheaper after jan 1", "내년부터 쓸 수 있는", "past january"
AFTER_END = re.compile(
    r"\bafter (?:jan(?:uary)?\.?(?:\s*1(?:st)?)?|new year'?s?|2027|the (?:cutoff|retirement|switch|move|migration))\b"
    # ("and once they get moved to the other one?", "after we switch to the new plan": the plan after the move)
    r"|\b(?:once|after)\s+(?:(?:they|we|it|i|you)\s+)?(?:(?:get|are|'re|have|'ve|have been|got)\s+)?"
    r"(?:moved|migrated|switched|transitioned|move|migrate|switch)\b"
    r"(?:\s+(?:over\s+)?to\s+(?:the\s+)?(?:new|other|next|replacement)(?:\s+(?:one|plan))?)?"
    r"|(?:전환|이관|이전)(?:되|된|한|하)\S*\s*(?:후|이후|다음|뒤)|(?:옮긴|넘어간|갈아탄)\s*(?:후|이후|다음|뒤)"
    r"|\b(?:past|from|in|starting) jan(?:uary)?\b|\bnext year\b|\bin 2027\b|\bthat (?:lasts|stays|continues)\b"
    r"|내년|2027년|1월\s*(?:1일)?\s*(?:이후|부터|되면|지나)|이후에도",
    _I,
)

# Whether a plan can still be had or kept: "can we keep using it", "아직 가입돼?", "내년에도 쓸 수 있어?"; asked yes
# or no, the plan's end date (or its lasting) settles it
_STILL_THERE = (
    r"still (?:available|around|a thing|supported|sold|offered|exists?)|keep using"
    r"|내년에도|아직\s*(?:가입|있|돼|되|쓸|살아)|계속\s*(?:쓸|써|사용|남)"
    # ("1월1일 지나도 살아남는 서포트 플랜 뭐뭐임?? … 남는거만")
    r"|살아\s*남|남는\s*(?:거|것|플랜|애|요금제)"
    # ("2027년 이후 가입 가능한 플랜?", "which plans can I still sign up for in 2027?": what can be chosen then)
    r"|still (?:sign up|subscribe|buy|pick|choose)"
    r"|still use\b(?=[^.?!]{0,25}\b(?:next year|in 2027|after (?:jan\w*|2027)))"
    r"|\b(?:sign up|subscribe|enrol?l|buy|pick|choose)\b(?:\s+\w+){0,2}\s+(?:in|after|from|past)\s+(?:20\d\d|jan\w*)\b"
    r"|(?:20\d\d년|내년)\s*(?:이후|부터|에)?(?:에도|도)?\s*(?:\S+\s+){0,2}?"
    r"(?:가입\s*(?:가능|할\s*수|돼|되)|쓸\s*수|사용\s*가능|고를\s*수|선택\s*가능)"
)
STILL_THERE = re.compile(_STILL_THERE, _I)

# each unit of time as either language says it, by its Korean name
TIME_UNITS = {
    "분": r"분|minutes?|mins?",
    "시간": r"시간|hours?|hrs?",
    "일": r"일|days?",
    "주": r"주|weeks?",
    "개월": r"개월|달|months?",
    "달": r"개월|달|months?",
    "년": r"년|years?",
}
# a length of time said with its unit ("5분", "15 minutes", "1시간", "4 hrs"): (number, unit)
TIME_SAID = re.compile(rf"(\d+)\s*-?\s*({TIME_UNITS['분']}|{TIME_UNITS['시간']})(?![A-Za-z])", re.IGNORECASE)


def time_in(time: tuple[str, str], text: str) -> bool:
    """`text` says the same length of time (minutes or hours, in either language)."""
    number, unit = time
    minutes = unit.casefold().startswith(("분", "min"))
    return any(n == number and u.casefold().startswith(("분", "min")) == minutes for n, u in TIME_SAID.findall(text))


# how often, said in words ("regularly, and after major changes", "정기적으로 반복"): it answers "how often?" only
# where no passage gives a period ("분기마다" beats "정기적으로")
WORDED_FREQUENCY = re.compile(
    r"\bregularly\b|\bperiodically\b|\brepeated(?:ly)?\b|\brecurring\b|\broutinely\b|정기적|반복", re.IGNORECASE
)

# what happens at a rate ("runs monthly", "spikes monthly"): the verbs before a "monthly" that is no price
_RATE_VERBS = "run runs ran happen happens occur occurs recur recurs execute executes spike spikes peak peaks rotate"
# a timeout's value asked about ("lambda timeout?", "max timeout", "타임아웃 몇 분"), not one left out ("have no
# timeout", "타임아웃 없이") or the practice named beside others ("타임아웃이랑 재시도 말고", "타임아웃 길게 잡고")
_TIMEOUT = (
    r"\b(?:max(?:imum)?|default)\s+time\s?outs?\b|(?:최대|기본)\s*타임아웃"
    r"|(?<!\bno )(?<!\bwithout )\btime\s?outs?\b"
    r"(?=\s*(?:\?|$|is\b|limit|value|setting|\d|(?:은|는|이|값)?\s*(?:최대|몇|얼마|한도)))"
    r"|타임아웃\s*(?:은|는|이|값|시간|설정)?\s*(?=\?|$|몇|얼마|\d|최대|한도)"
)
# (and "our batch peaks are monthly": what happens, said to be monthly)
_NOT_AFTER_VERB = "".join(
    f"(?<!\\b{v} )" for v in f"{_RATE_VERBS} rotates report reports meet meets are is were was".split()
)
FACETS = _cues(
    {
        # "flag for cost?", "cost checks", "pricing models", "save $$": the topic of cost or kinds of pricing, no
        # figure asked
        # (not "is IEM in the price?", which asks whether it is included: "free")
        "price": r"(?<!\bin the )(?<!\bin their )(?<!\bin its )(?<!\bpart of the )\bprice[sd]?\b"
        r"|\bpricing\b(?![\s-]+(?:models?|options?|types?|structures?|methods?))"
        r"|\bcosts? (?:of|for|per|if|at|when|with|us|me)\b|(?<!for )\bcost\?|\bcosting (?:us|me|you|them)\b"
        r"|\b(?:does|would|will) .{0,40}(?<!for )\bcost\b(?!-|\s+(?:checks?|categor|optimi|pillar|allocation|anomal))"
        r"|how much(?!\s+(?:heads?[- ]up|notice|warning|lead time|time|longer|earlier|sooner|before|faster|slower"
        r"|quicker|shorter))"
        r"|\b(?:billed|charged) at\b"
        # "whats the incident detection and response add-on cost again": the thing's cost, a noun asked for
        r"|\bwhat(?:'s|’s|s| is| was) the\s+(?:[\w+-]+\s+){0,6}?cost\b"
        r"(?![- ](?:checks?|categor|optimi|pillar|allocation|anomal|explorer|center|management|awareness|visibility"
        r"|reports?|and usage|model|driver))"
        # "what % does AWS bill on the slice between 150k and 500k?": a rate of the bill
        r"|\b(?:what|which)\s*(?:%|percent(?:age)?|rate)(?=.{0,40}\b(?:bill|charg|pay)\w*)"
        r"|\bwhat(?:'s|’s|s| is| would be| will) (?:the|our|my)\s+(?:\S+\s+){0,3}?bill\b"
        # "whats the support line on this months bill", "do the tier math": the plan's share of the bill, worked out
        r"|\b(?:line|charge|amount) on (?:the|this|our|my|next) (?:\S+\s+){0,2}?bill\b|\b(?:tier|the) math\b"
        # ("what does the support bill come to?", "what should the support line come to?": the sum, worked out)
        r"|\b(?:bill|line|charge|cost|total|fee|support)\s+(?:\w+\s+){0,2}?(?:come|comes|coming) to\b"
        r"|\b(?:bill|line|charge|cost|total|fee|support)\s+(?:\w+\s+){0,2}?(?:work|works) out to\b"
        # "what would business support run us?", "how much will it set us back"
        r"|\b(?:would|will|does|did) .{0,40}\brun (?:us|me|you|them)\b|\bset (?:us|me|you|them) back\b"
        # "what do we pay on ES now?", "what would we be paying": the amount owed
        # (not "what do u pay for?", which asks what things cost money; "what are we paying for EOR each month?" asks
        # what is owed for a thing)
        r"|\bwhat (?:do|does|would|will|did|should|are|is) (?:we|i|you|they|it|\w+ )(?:\w+ ){0,2}?pay(?:ing)?\b"
        r"(?!\s+for\s*(?:\?|$|in\b|with\b|on\b|exactly\b))"
        # "would be like 70 bucks right?", "한 50불 나오나?": an amount guessed for confirmation
        r"|\b(?:be|is|costs?|comes? to|like|about|around)\s+(?:(?:just|only|still)\s+(?:the\s+)?)?"
        r"(?:like\s+|about\s+|around\s+|~)?\$?\d[\d,.]*k?"
        r"\s*(?:bucks|dollars|usd)?\s*(?:right|correct|or so|a month|/mo)?\s*\?"
        # ("…3% so just 18 bucks right?", "18불만 내면 되는거 맞지?": an amount paid, held up to confirm)
        rf"|{PAID_BEFORE}\s+\$?\d[\d,.]*k?\s*(?:bucks|dollars|usd)\b|\bpay (?:just |only )?\$\s?\d"
        rf"|\d[\d,.]*\s*(?:불|달러|원){PAID_AFTER}"
        # "monthly" is a price beside a price word or at the end ("enterprise monthly?"), not in "our monthly load run"
        r"|\bfees?\b|\bsupport charges?\b|\bbreak[- ]?even\b|손익\s*분기"
        # "what's the support line this month?", "total support spend that month?": the plan's line on the bill
        # ("exact support line for dec?": a month by its name)
        r"|\bsupport (?:line|spend|bill)\b(?=.{0,20}\b(?:month|mo|bill|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct"
        r"|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\b)"
        r"|\btotal support\b"
        # ("what's the monthly support line?", "the support line item on the bill": its amount)
        r"|\b(?:monthly|month'?s|per[- ]month) support (?:line|spend|bill|charge|cost)s?\b|\bsupport line[- ]item\b"
        # ("aws usage is about 200k a month, what's the support line then?": the plan's line at that bill)
        r"|\bwhat(?:'s|’s|s| is| would be| will be)\s+(?:the|our|my)\s+support\s+(?:line|bill|charge|spend)\b"
        # "they put 35k/mo in the budget for support. do they fit?": the price held against a budget
        r"|\bfit\b(?=.{0,60}(?:\bbudget|예산))|(?:\bbudget|예산).{0,60}\bfit\b"
        r"|예산\s*(?:안|내|으로)\s*(?:에\s*)?(?:들어|충분|커버)"
        # "someone said BS+ is still $29/mo minimum": an amount held up as a plan's minimum, to confirm (the amount
        # itself is blanked out as one the asker states: spaces stand where it was)
        r"|\s{3,}(?:minimum|min)\b"
        # ("if our batch jobs only run monthly?": how often a thing happens, after its verb, asks no price)
        r"|" + _NOT_AFTER_VERB + r"(?:per month|monthly)"
        # ("what does support come to per month on that?": at the bill just stated)
        r"(?=\s*(?:[?.,!]|$|cost|price|fee|bill|budget|minimum|charge|rate|spend|for\b|(?:on|at) (?:that|this|it)\b))"
        # ("whats the monthly floor", "is there a price floor?": the minimum charge)
        r"|\b(?:monthly|price|pricing|cost|fee|support|billing|spend|minimum) floor\b|\bfloor (?:price|fee|amount)\b"
        r"|(?<!\bat )(?<!\bat a )\bminimum\b|\bcheapest\b|(?<!\$)\$(?!\$|\s?\d)|\$\s?\d|\busd\b|dollars?"
        # ("응답시간 얼마야?": how much time, no price)
        # ("요금에 기본으로 포함되는 항목": what the price includes, not the price)
        r"|가격(?!\s*모델)(?!에\s*(?:\S+\s+)?(?:포함|들어))|요금(?!에\s*(?:\S+\s+)?(?:포함|들어))(?!제)|(?<!시간\s)(?<!시간)(?<!기간\s)(?<!기간)(?<!응답\s)(?<!응답)얼마(?!나|\s*마다|\s*동안|\s*만에|\s*(?:주기|간격|기간|만큼\s*자주|걸|소요|전|안\s*(?:돼|되|됐|됨|지났|지나)))|비용(?:은|이|이요)?\s*(?:\?|얼마|어떻게\s*돼|들어|나와)|비용(?:이랑|랑|하고|과)\s|월\s*최소|최소\s*(?:금액|요금|가격)|최저|저렴|달러|만\s*원|몇\s*불"
        r"|응시료|수수료|이용료|사용료|요율|금액|싼|싸게|싸요|더\s*쌈|쌈\?|\bcheap"
        # "100불보다 안비싸지?", "under 100 bucks a month?": an amount held against a budget asks the price
        r"|비싸|비쌈|\bexpensive\b|\bpricey\b"
        # "그거로 옮기면 돈 더 나감?": more money than now is a price held against the one paid
        r"|돈(?:이)?\s*더\s*(?:나가|나감|나와|나옴|들|듦|드|써|씀)"
        r"|\d\s*(?:불|달러)\s*(?:보다|이하|이상|미만|넘|안에|안으로|내로|밑)"
        # "만불이면 되는거 맞음?", "한 50불 나오나?": an amount guessed for confirmation
        r"|(?:\d[\d,.]*\s*(?:k|천|만)?|(?<![가-힣])[일이삼사오육칠팔구십백천만]{1,4})\s*(?:불|달러)\s*(?:이면|면|정도|쯤|부터(?:인|\s*시작(?:하는|인|함|해)?\s*(?:거|건|게)?)?|짜리)?\s*"
        r"(?:되는|되나|됨|돼|맞|나오|나옴|나와|내면|인가|이지|이죠|아님|아닌)"
        # (not the bill: "we spend over 10k a month")
        r"|(?<!spend )(?<!spends )(?<!spending )(?<!usage )(?<!usage is )(?<!bill is )"
        r"\b(?:under|below|over|above|less than|more than|within)\s+\$?\d[\d,.]*\s*k?\s*"
        r"(?:bucks|dollars|usd|a month|/\s*mo|per month|monthly)\b"
        r"|\d\s*(?:k|천|만)?\s*(?:불|달러|원|bucks|dollars|usd)\s*예산|예산\s*(?:이|은)?\s*(?:월\s*)?\$?\d"
        r"|\bbudget (?:is|of) (?:like |about |around )?\$?\d|\$\d[\d,.]*k?\s*budget"
        # (an error, success or failure rate is no price)
        r"|\b(?:day|hourly|daily) rates?\b"
        r"|(?<!error )(?<!success )(?<!failure )(?<!churn )(?<!hit )\brates?\b(?!\s*limit)"
        r"|단가|일당|시간당"
        # "사용액 따라 올라감?", "does it scale with usage": how the price moves with the bill
        r"|(?:사용액|사용량|사용\s*금액|청구액)\s*(?:에\s*)?따라|\b(?:scales?|grows?|goes? up|rises?|increases?)"
        r" with (?:usage|spend|the bill)\b",
        "response": r"response|respond|how (?:fast|quickly|soon)|turnaround|reply|answer(?:ed)? within"
        r"|응답(?:\s*(?:시간|속도|목표))?|답변\s*(?:시간|속도|까지)|몇\s*(?:시간|분)\s*(?:안|내|만|이내)|얼마나\s*빨리|회신"
        # "답 보통 언제 와?", "답변 얼마나 걸려?": how soon an answer comes
        r"|(?<![가-힣])답(?:변|장)?\s*(?:이|은|는)?\s*(?:보통|대충|대략|주로)?\s*(?:언제|얼마나\s*(?:걸|빨|빠)|몇\s*(?:시간|분))"
        # "엔터프라이즈로 넘어가면 그거 빨라짐?", "does it get faster on enterprise?": the response, compared
        r"|빨라(?:짐|져|지|집|질)|\b(?:get|gets|getting|be|is it|any|anything|something) (?:faster|quicker)\b"
        # ("anything quicker than 15 min?", "15분보다 빠른 거": a time that beats the one said)
        r"|\b(?:faster|quicker|sooner) than\b|보다\s*(?:더\s*)?(?:빠른|빨리)"
        # "비즈니스 플랜 장애 대응 몇 시간 걸림?": how soon a case about an outage is taken up
        r"|(?:장애|이슈|문제|케이스)\s*(?:나면|터지면|시|때)?\s*(?:대응|처리)\s*(?:은|는|이|가)?\s*(?:몇|얼마|언제)"
        r"|대응\s*(?:시간|속도)",
        # (not "a pass/fail at the end", "in the end": where something stops, no end date)
        "end_date": r"(?<!the )\bend(?:s|ing)?\b(?!\s+up\b)|\bretir\w*|discontinu\w*|deprecat\w*|sunset\w*|going away"
        r"|phas\w* out|last day|\bexpire\s*\??\s*$"  # ("when does on-ramp expire?"; not "if it expires, …")
        r"|until when|no longer|going away|goes away|go away|(?:be|is|are) gone|disappear\w*"
        # ("which support plans die on jan 1 2027?": which die, not "till it dies in jan", a scene)
        r"|\bwhich\b[^?.]{0,40}?\b(?:die|dies|dying)\b"
        # ("dev and biz get shut off", "is it getting axed"): a plan being ended, said passively
        r"|\b(?:get|gets|getting|be|being|is|are) (?:shut (?:off|down)|killed|axed)\b"
        r"|종료|없어지|없어진|없어짐|없어져|사라지|사라짐|사라져"
        # ("끝나고 회고는?", "끝나면": after an event is over, no end date asked)
        # (not "셀프 어세스먼트로 끝나는 거야?": done by some means, no end of it)
        # (not work that may be interrupted: "중단돼도 되는 배치", "중단 가능한 작업")
        r"|폐지|중단(?!돼도|되어도|되도|되더라도|해도|\s*가능|을\s*견|에\s*강)|언제까지"
        r"|(?<!로)(?<!로 )끝나(?!고|면|서)|(?<!로)(?<!로 )끝남|끝날|끝난대|단종|서비스\s*끝"
        # still there? "can we keep using it next year", "아직 가입돼?", "내년에도 쓸 수 있어?"
        # (not "3.5M/mo next year": the bill a year ahead)
        # (not what the asker means to do next year: "내년에 Migration Competency 따려고")
        r"|(?<!/mo )(?<!/month )(?<!a month )(?<!per month )next year"
        r"|내년에(?![^.?!]{0,30}(?:려고|려는|할\s*거|계획|예정))|"
        + _STILL_THERE
        # ("1월1일 지나면 이거 어케됨?", "what happens after jan 1"): the plan once the cut-over day has passed
        + r"|(?:\d{1,2}\s*월\s*\d{1,2}\s*일|새해|연초)\s*(?:이|가)?\s*(?:지나|넘어가|넘으면|되면|부터|이후)"
        r"|\b(?:after|from|come|past) (?:jan(?:uary)?\.?\s*1(?:st)?\b|new year|the new year)",
        # ("if our spend had been $40k instead": another amount, no plan in place of another)
        # ("is IEM on some plan instead or do we pay extra": another way, no plan in place of another)
        "replacement": r"replac\w*|successor|(?<![\dkKmM%] )instead(?!\s+of\b)(?!,?\s+or\b)"
        r"|migrat\w* to|move to|switch to"
        r"|what next|after 2027"
        # "where do we land after that?", "can we jump early", "… after the move", "옮긴 뒤에는"
        r"|\bafter the (?:move|switch|migration|transition|change)\b"
        r"|(?:옮긴|바뀐|넘어간|전환한|전환된)\s*(?:뒤|후|다음)"
        r"|\bwhere (?:do|will|would|should) (?:we|i) (?:land|go|end up|move)\b|\bjump (?:to|early|over|ship)\b"
        # (not "최소요금 $29 넘어감?": an amount exceeded)
        # (not "아직 안 옮겨진 계정": a move not made, said of the account the question is about)
        r"|대체|후속|대신|(?<!안\s)(?<!안)옮겨|옮길|전환|갈아타|갈아탈|바꿔야|바뀌|바뀜|바뀐"
        r"|(?<![\d%원불])(?<![\d%원불]\s)(?<!요금\s)(?<!금액\s)(?<!최소\s)(?:넘어가|넘어갈|넘어감)|(?:뭘|뭐|어디)로\s*넘어"
        r"|어디로\s*(?:가|감|옮|이동|넘어)",  # "디벨로퍼 쓰던 팀은 어디로 가?"
        # ("my notes call it 'enable traceability'": naming, not a phone call)
        # (not a mail the asker gets: "EOR 끝나면 메일 와?", "will aws email us first?" asks to be told, see "action")
        "channels": r"\bphone\b|\bchat\b|(?<!get an )(?<!receive an )\bemail\b(?! (?:us|me|them)\b)|e-mail"
        r"|\bchannels?\b"
        r"|" + _CALL + r"(?!\s+(?:it|them|this|that|these|those)\s+(?:[\'\u201c\u2018]|a\b|an\b|the\b))"
        rf"|전화|채팅|(?:이메일|메일)(?!{_MAIL_COMES})|채널|연락\s*(?:방법|수단)"
        # help at any hour is a trait of the channels ("is it 24/7 tho", "24시간 지원됨?"), not a response time
        r"|24\s*/\s*7|\b24x7\b|around the clock|round[- ]the[- ]clock|연중무휴"
        r"|24\s*시간\s*(?:지원|대응|상담|연락|운영|내내|상시|가능|돼|되|됨|받|열려)",
        # "which SEC ids", "COST 번호 매핑": a pillar's question ids (not "전화번호")
        # ("for a question", "per question": what each one gets, not which ones)
        # (not a technical question one asks support: "기술적인 질문은 어디다 물어봄?", "technical questions")
        # ("what can a single question end up with", "질문 하나가 받는 위험": what one question gets)
        "questions": r"(?<!\ba )(?<!\beach )(?<!\bper )(?<!\bevery )(?<!\btechnical )(?<!\bsingle )(?<!\bany )"
        r"\bquestions?(?:\s+(?:ids?|numbers?))?\b"
        # ("질문별 위험 수준", "질문마다": what each question gets, as "per question")
        # (nor the asker's own: "신입이라 질문요..", "질문 있어요", "질문드려요")
        r"|(?<!기술적인 )(?<!기술 )(?<!기술)질문"
        r"(?!\s*(?:별|마다|하나|한\s*개|요|이요|있어|있습|있는데|드려|드립|좀|할게|해도))"
        r"(?:\s*(?:번호|아이디|id))?"
        r"|\bids\b|(?<![가-힣])번호",
        "tiers": r"\btiers?\b|\blevels?\b|등급|티어|레벨|수준|몇\s*단계",
        # (a verb, not the noun after "after", "each"...: "cleanup after release"; "founded", not "found an entry")
        # (not how often or which one: "a big-bang transformation once a year", "every year", "next year")
        "date": r"(?<!\ba )(?<!\bper )(?<!\bevery )(?<!\beach )(?<!\bthis )(?<!\bnext )(?<!\blast )\byear\b"
        r"|\bdate\b|since when|\bfounded\b"
        r"|(?<!after )(?<!before )(?<!each )(?<!every )(?<!per )(?<!a )(?<!the )(?<!new )"
        # (nor one the asker does: "so we launch the prod api on the tiniest instance")
        r"(?<!we )(?<!i )(?<!to )(?<!you )(?<!they )(?<!will )(?<!'ll )(?<!can )(?<!should )"
        r"\b(?:release|launch|introduce|publish)(?:d|ed)?\b"
        # (a launch as the asker's event, "review launch readiness with us", "before our launch day": no date asked)
        r"(?!\s+(?:readiness|events?|days?|plans?|checklists?|prep\w*|windows?|reviews?))"
        r"|\badded\b|came out"
        r"|\bwhen (?:was|were|did)\b"
        # ("GameDay 행사 다음 서울 일정 언제야?", "when's the next one in seoul?": the date of an event)
        r"|일정\s*(?:이|은)?\s*언제(?!\s*(?:쯤\s*)?(?:잡|정하|정해|하는|하면|해야))|\bwhen(?:'s|s| is) the next\b"
        # ("HRI 잔뜩 나왔는데", "문제가 생겼는데": things turned up, no date asked)
        r"|몇\s*년\s*도|몇\s*년에|몇\s*년\s*몇\s*월|몇\s*월에|연도|날짜|출시|언제[^?]{0,15}(?:나왔|나옴|나온|나와|생겼|생김)|(?:나왔|생겼)(?:어|나|지|음)?\s*\?"
        r"|발표|처음\s*(?:나|만들|공개)|언제\s*(?:추가|도입|만들|시작)|추가됐|추가되었|추가된"
        # ("다음 개정판은 언제 나오나요?", "when will the next edition come out?": the date of something to come)
        # (not "when does business support+ come out?", of a thing the passages say is here already)
        r"|(?:다음|차기|새)[^?]{0,15}언제[^?]{0,15}(?:나오|나올|나옵|공개되|공개돼|출시되|출시돼)"
        r"|\bwhen will\b[^?]{0,40}\b(?:come out|be (?:released|published|out)|drop)\b",
        # What a plan, program or service gives you as a whole: "엔터프라이즈 혜택 목록", "what's included in Basic"
        # ("what do you actually get with it", "뭐 줌?")
        "features": r"\bbenefits?\b|\bfeatures?\b|\binclud(?:e|ed|es)\b"
        r"|what (?:do|does|would) (?:i|we|you)(?: \w+)? get|comes? with"
        # "what's the stuff u get 'once a year' on it?", "the things you get with it"
        r"|\b(?:stuff|things) (?:that )?(?:you|u|we|i) get\b"
        r"|혜택|포함(?:된|되는|돼|되어|됨|되나|됐)|뭐\s*(?:줘|줌|주나|주냐|받|해\s*(?:줘|줌|주나|주냐|주니))"
        r"|제공(?:하는|되는)\s*(?:거|것|내용)"
        # "뭐 들어있음?", "what's in it", "딸려 나오는 거"
        r"|(?:뭐|뭣|무엇)(?:이|가)?\s*들어\s*(?:있|가|감)|딸려\s*(?:오|나오|있)|\bwhat'?s in (?:it|there|the)\b"
        # "플랜에 들어있는거임?", "요금에 들어가나?": whether the plan includes it
        r"|(?:플랜|요금|서포트|가격)(?:에|에는|엔)\s*(?:\S+\s+)?들어\s*(?:있|가|감)",
        # ("몇 개만 5분 안에": only a few, no count asked)
        # ("몇 명이든", "몇 개라도": however many, no count asked; "워크로드 몇개는 15분도 느림": some of them)
        "count": r"how many|number of"
        r"|몇\s*(?:개(?!\s*만|\s*정도만)|가지|곳|명|종류|등급)" + NOT_SOME + ANY_NUMBER + "|개수|갯수"
        # "시험 문항 수랑 시간", "직원 수": the number of a thing, said as a noun
        # ("자격증 딴 인원수를 본다던데": the number is what someone looks at, not what is asked)
        r"|(?:문항|문제|항목|인원|직원|사람|고객|계정|리전|체크|검사)\s?수(?=\s*$|\s*[?,]|랑|와|는|\s+(?:몇|얼마))",
        # How long something lasts or stays valid: "유효기간 몇 년?", "how long is a certification valid"
        "duration": r"how long|how far back|\blook(?:s|ing)? back\b|\blookback\b"
        r"|how much (?:heads?[- ]up|notice|warning|lead time|time)\b"
        r"|valid for|\bvalidity\b|\bexpir\w*|유효\s*기간|만료|기간은|얼마\s*동안|얼마나\s*(?:전|미리|일찍)|미리\s*얼마"
        # ("한번 따면 평생감?", "is it good for life?": whether it lasts forever asks how long it does)
        r"|평생\s*(?:가|감|간|유효|인정|쓸|써)|영구\s*(?:적으로|히)?\s*(?:유효|인정)"
        r"|\b(?:good |valid )?for life\b|\bforever\b"
        # (not "몇 년 몇 월에", "몇 년도": the year and month something happened, a date)
        r"|몇\s*(?:년|개월|달|일)\s*(?:간|동안)?(?!\s*(?:도|에|몇\s*월))|몇\s*년(?!\s*(?:도|에|몇\s*월))|며칠"
        r"|how many (?:days|hours|months|years)",
        # ("수명 주기": a lifecycle, no period asked)
        "frequency": r"how often|how frequently|얼마나\s*자주|얼마\s*마다|몇\s*(?:달|개월|년)\s*마다"
        # (not "주기적으로 들여다보면", periodically: an adverb asks no cadence)
        r"|(?<!수명)(?<!수명 )주기(?!적)|간격"
        # ("what cadence does the guidance suggest?")
        r"|\b(?:what|which|recommended|suggested|right)\s+(?:\w+\s+)?cadence\b"
        # "리뷰 1년에 몇번 해줌?", "how many times a year": a count per period
        r"|(?:1\s*년|일\s*년|한\s*해|1\s*년에|매년|한\s*달|분기)\s*(?:에)?\s*몇\s*(?:번|회)"
        r"|\bhow many times (?:a|per|each) (?:year|month|quarter)\b",
        "free": r"\bfree\b|no cost|without paying|무료|공짜|돈\s*(?:안|없이|드|들|듦|듬|나가|나감|나갈|내야|내나|냄)"
        # ("is IEM in the price?": whether it comes at no extra cost)
        r"|\b(?:in|part of|included in|covered by) (?:the|their|its) (?:plan'?s? )?(?:price|fee)\b"
        # "WA툴 유료임?", "is it paid?": whether it costs anything, asked the other way round
        r"|유료\s*(?:임|인가|야|예요|에요|인지|인거|인데|냐|니)?\s*\?|\b(?:is|it's|its) (?:it )?paid\s*\?"
        # ("does the MSP program cost anything?", "MSP 프로그램 비용 있어?": whether it costs anything at all)
        r"|\bcosts? (?:anything|money|us anything)\b|\bany (?:fee|cost|charge)s?\b"
        r"|(?:비용|요금|돈)\s*(?:이|은|도)?\s*(?:있|드|들|발생)\w*\s*\?"
        # ("IEM 비용 따로 내야됨?": whether it costs extra)
        r"|(?:비용|요금|돈)\s*(?:을|를|도)?\s*따로\s*(?:내|들|드|나가|나감|청구|받)",
        # what the asker has to do about it: "우리 뭐 해야됨?", "do they have to do anything?"
        "action": r"\b(?:do|does|must|should) (?:we|i|they|you|customers) (?:have|need) to (?:do|take)\b"
        r"|\bwhat (?:should|do|must) (?:we|i|they) do\b|\b(?:any|take) action\b|\bneed to do anything\b"
        r"|(?:뭐|뭘|무엇을|어떻게)\s*(?:따로|별도로|더|미리|먼저)?\s*해야|할\s*(?:일|거|게)\s*(?:있|뭐|없)|조치"
        r"|(?:따로|별도로|직접|미리)\s*(?:신청|가입|전환)\w*(?:\s+\S+)?\s*(?:해야|필요|하나|함)|신청\s*해야"
        # what happens to the asker when it comes ("2027년 1월1일 되면 어케됨?", "what happens to us then")
        # ("자격증 만료되면 어케 됨?" asks what follows an expiry: see ASKED "expiry")
        r"|(?:우리는?|우린|저희는?|그럼|그러면|(?<!만료)되면|없어지면|끝나면|종료되면)\s*(?:\S+\s+)?어떻게\s*"
        r"(?:됨|돼|되나|되는|될까|되냐|되죠|되요|돼요)"
        r"|\bwhat happens (?:to (?:us|me|our|my)|then|after|when|on)\b"
        # whether the asker is told before it comes ("EOR 끝나면 메일 와?", "will aws email us before the move?")
        rf"|메일{_MAIL_COMES}|\b(?:get|receive) an? (?:email|notice|notification)\b|\bemail (?:us|me|them)\b"
        r"|\b(?:be|get|are|were) (?:notified|told|warned)\b|통보|안내\s*(?:메일|연락)",
        # a file format asked: "what formats can i export", "리포트 형식 뭐임", "커스텀 렌즈 포맷"
        "format": r"\bformats?\b|\bfile types?\b|형식|포맷|확장자",
        # an identifier asked: "베스트 프랙티스 id 뭐였지", "which BP id", "질문 번호"
        "ident": r"(?<![A-Za-z])ids?(?![A-Za-z])\s*(?:뭐|무엇|는|은|가|이|\?|$)|\bwhich (?:bp|id|best practice)\b"
        r"|\b(?:bp|best practice) (?:id|number)\b|아이디\s*(?:뭐|는|가)"
        # "그중 백업 묻는건 몇번?", "그거 다루는 질문 몇번임": which question, by its number
        r"|(?:묻는|다루는|해당하는|관련된|관련)\s*(?:건|거|게|것|질문)?(?:은|는|이|가)?\s*(?:번호\s*(?:는|가)?\s*)?몇\s*번(?!\s*째)"
        r"|질문\s*번호(?:는|가)?\s*(?:몇|뭐)"
        # "which PERF q covers graviton", "which OPS number is that", "COST 질문이 몇 번", "몇 번 질문": a review
        # question, by its id (not "질문 몇 번까지 돼?", how many times one may ask)
        r"|\bwhich (?:(?:OPS|SEC|REL|PERF|COST|SUS) )?(?:question|q)\b(?!'?s)"
        # ("the REL question about isolating faults — which number is that?")
        r"|\bquestion\b[^?]{0,100}\bwhich (?:number|id)\b|\bwhich (?:number|id)\b[^?]{0,40}\bquestion\b"
        # (a pillar's name is blanked out before cues are read: "which ___ number")
        r"|\b(?:which|what)(?:\s{2,}|\s+(?:WA|WAFR|pillar|review)\s+)(?:q|question|number|id)\b(?!'?s)"
        r"|(?:(?<![A-Za-z])(?:OPS|SEC|REL|PERF|COST|SUS)|질문)\s*(?:이|은|는)?\s*몇\s*번(?!\s*(?:째|까지|이나|정도|씩|해|하|더))"
        # ("WA review 어느 question임?": the English word in a Korean question)
        r"|몇\s*번\s*질문|어느\s*(?:질문|question|q(?![A-Za-z]))",
        # the name something went by before ("마지막 거 예전 이름은?", "what was it called before")
        "former": r"(?:예전|옛날|이전|원래|옛)\s*(?:이름|명칭)(?:은|이|도)?\s*(?:\?|뭐|무엇|$)"
        r"|\b(?:old|older|former|previous|original|earlier) nam(?:e|ing)\b|\bformerly (?:called|named|known)\b"
        r"|\bcalled before\b|\bused to be called\b"
        # "구판에선 이름 달랐던거 같은데", "what was it called in the older edition": a name in an earlier edition
        r"|(?:구판|옛\s*판|이전\s*판|예전\s*판|옛날\s*판|이전\s*버전|예전\s*버전|옛날\s*버전)[^?]{0,20}?(?:이름|명칭|불렀|불리)"
        r"|\b(?:old|older|previous|earlier|original) (?:edition|version|whitepaper)s?\b[^?]{0,30}?"
        r"\b(?:called|named|name)\b"
        r"|\b(?:called|named)\b[^?]{0,30}?\bin (?:the )?(?:old|older|previous|earlier|original) (?:edition|version)",
        # Who does or takes part in something: "who should be in the room", "기술지원은 누가 해줌?" (not "누구나")
        "party": r"\bwho(?:m|'s)?\b|누가|누구(?!나)",
        # The asker's own notes: "what did my notes say", "노트에 뭐 적었지" (their words are then the subject)
        "notes": r"\bmy (?:own )?notes?\b|\bI (?:wrote|noted|jotted)\b|\bin (?:the|our)(?: own)? notes\b"
        r"|노트|메모(?!리)|적어\s*(?:둔|놨|놓)|써\s*(?:놨|놓|둔)",
        # what not to do: "anything we shouldn't paste into a post?", "올리면 안 되는 거", "주의할 점"
        "caution": r"\bshouldn['’]?t\b|\bshould not\b|\bmust(?:n['’]?t| not)\b|\bnot supposed to\b|\bavoid\b"
        r"|\bcareful\b|\bwatch out\b|\bwhat not to\b|\b(?:don['’]?t|never) (?:put|paste|post|share|include|upload)\b"
        r"|주의|조심|하면\s*안\s*(?:되|됨|돼|될)|(?:올리|넣|적|쓰|공유하|붙이)(?:면|지)\s*(?:안|말)|말아야|금지|피해야",
        # more of something than it gives by default: "더 길게 보고 싶으면?", "can we extend the lookback"
        "extend": r"더\s*(?:길게|오래|늘리|늘려|많이\s*(?:보|저장|보관))|늘리(?:려면|고|는|면)|늘릴\s*수"
        r"|\b(?:longer|extend\w*|increase the|beyond the default|(?:further|farther) back|more history)\b",
        # how to switch a feature on: "how do i turn on rightsizing recs", "어디서 켜요?", "활성화하려면" (not "켜면
        # 요금은?", "if we enable it, …": a condition)
        "enable": r"\b(?:how|where)\b[^?.]{0,30}"
        r"\b(?:turn(?:ing)? (?:\w+ )?on|enabl\w*|activat\w*|switch(?:ing)? (?:\w+ )?on)\b"
        # ("do I have to switch those on somewhere or are they just there?": whether a step is needed to have it)
        r"|\b(?:have|need) to (?:turn (?:\w+ )?on|enabl\w*|activat\w*|switch (?:\w+ )?on|opt in)\b"
        r"|(?<![가-힣])켜(?:요|려면|나요|야\s*(?:돼|됨|함|하))|어디서\s*(?:켜|켬)|켜는\s*(?:법|방법|곳)"
        r"|활성화(?:하려면|하는\s*(?:법|방법|곳)|는\s*어디|해야)",
        # what a thing comes through: "CUR은 요즘 어디 통해서 받음?", "delivered via what?"
        "via": r"(?:어디|뭘|무엇|뭐)\s*(?:를|을)?\s*통해|(?:통해서|통해)\s*(?:받|보|가|나|와|제공|전달)"
        r"|\b(?:through|via) (?:what|which|where)\b|\bdelivered (?:through|via|by|how)\b|\bcomes? through\b",
        # where data or figures come from: "그 데이터는 보통 어디서 뽑음?", "where does that data come from?"
        "source": r"어디서\s*(?:뽑|가져|얻|나오|나와|모으|모아|수집|긁|따와|받아)|(?:데이터|지표)\s*(?:출처|소스)"
        r"|\bwhere (?:does|do|did|would|should|can) (?:\S+ ){0,4}?(?:come|get|pull|collect)\w* (?:\S+ )?from\b"
        r"|\b(?:data|metric) sources?\b|\bwhat sources?\b",
        # when or for whom it is the right choice: "프라이빗 교육은 어떤 상황에 좋아?", "when is it a good fit?"
        "fit": r"어떤\s*(?:상황|경우)에\s*(?:좋|유용|적합|맞|쓰)|언제\s*(?:쓰면|좋|유용|적합)"
        r"|누구(?:한테|에게)\s*(?:맞|좋|적합)"
        r"|\bwhen (?:is|are|would|should|do)\b[^?]{0,40}\b(?:good|best|right|useful|worth it)\b|\bgood fit\b"
        r"|\bwho (?:is|are) [^?]{0,30}\bfor\b|\bbest suited\b|\bideal for\b",
        # selling one's own product ("마켓플레이스에 우리 SaaS 올리려면", "입점하려면", "how do we list our app",
        # "joining APN as an ISV"): the seller's passages answer, not the buyer's ("판매자랑 협상 되나?" is a buyer's)
        "sell": r"입점|(?:판매자|셀러)\s*(?:로|등록|가입|계정)|판매\s*(?:하려|할\s*수|하고\s*싶)"
        r"|(?:우리|저희|자사|내가?)\s*(?:회사\s*)?(?:\S+\s+)?(?:SaaS|사스|제품|솔루션|소프트웨어|앱|AMI|상품)[^?]{0,25}?"
        r"(?:올리|팔|판매|등록|리스팅)"
        # (not what AWS itself sells: "what paid add-ons does AWS Support sell on top?")
        r"|(?<!aws )(?<!support )(?<!amazon )\bsell(?:s|ing)?\b"
        r"|\b(?:become|register as|sign up as) an? seller\b|\bseller (?:account|registration)\b"
        r"|\b(?:list|publish)(?:ing)? (?:our|my|a|the|your) (?:own )?(?:\w+ )?"
        r"(?:product|saas|software|solution|app|ami|offer)"
        r"|\b(?:our|my) (?:own )?(?:\w+ )?(?:product|saas|software|solution|app|ami|tool)s?\b[^?.]{0,30}?"
        r"\b(?:on|in|onto|to) (?:the )?(?:aws )?marketplace\b"
        r"|\b(?:join|joining|become|becoming)\b[^?.]{0,20}\b(?:apn|partner network|an? (?:aws )?partner)\b"
        r"|(?:APN|파트너\s*네트워크)\S{0,2}\s*(?:가입|들어가|참여)",
        # A limit, quota or guarantee of a service: stated in the corpus only where a passage gives its number.
        # ("calls that have no timeout", "타임아웃 없이": a practice left out, no limit asked)
        # ("a quota bump", "service limit increase cases": a change asked for, not a limit's figure)
        # ("is there a cap on milestones per workload?": how many at most)
        "limit": r"\bmax(?:imum)?\b|\b(?:limits?|quotas?)\b(?!\s+(?:increase|bump|raise|hike|request)s?\b)"
        r"|\b(?:a|any|the)\s+(?:hard\s+|soft\s+)?caps?\s+(?:on|for|of)\b|\bhard (?:cap|limit)|\bcapped at\b|"
        + _TIMEOUT
        + r"|\bsla\b|uptime|availability (?:guarantee|%)"
        # ("영향 반경은 뭐 기준으로 제한하라고": restricting is a practice, not a limit asked)
        r"|최대(?!한(?!도))|최소값|최솟값|한도|제한(?!하|해|했|할|한다|된|되|돼|시키)|(?<![가-힣])상한|몇\s*(?:개|명|번|건)?\s*까지"
        r"|가용성\s*보장",
    }
)

# every Hangul syllable that ends in ㅁ: the nominal ending chat puts on a verb ("나옴", "걸림")
_M_FINAL = "[" + "".join(chr(0xAC00 + 28 * i + 16) for i in range(399)) + "]"

KINDS = _cues(
    {
        # (not a compound that only names what something is for: "for the old-vs-new slide")
        "comparison": r"(?<![A-Za-z]-)\bvs\.?\b(?!-[A-Za-z])|versus|compar\w*|difference|differ\w*|better than"
        r"|\bor\b.*\?$|\bsame as\b"
        # ("A랑 B 중에 뭐가 더 믿을만함?", "which is the stronger signal, A or B?")
        r"|중에\s*(?:뭐|뭣|어느|어떤)\s*(?:게|것이|거|쪽|놈)?\s*(?:가|이)?\s*더\b|\bwhich (?:is|one is) (?:the )?"
        r"(?:better|stronger|more|safer|cheaper)\b"
        # ("엔터프라이즈 서포트랑 포지션이 어떻게 달라", "ES랑 어케 다름?": how one differs from the other named)
        r"|(?:랑|이랑|과|와|하고)\s+(?:\S+\s+){0,2}?(?:어떻게|어케|어떤\s*점이?|뭐가)\s*(?:다르|달라|다름|다른지|다릅)"
        r"|차이|비교|다른\s*점|뭐가\s*(?:다르|달라|다름)|어느\s*(?:게|쪽)|똑같(?!이)|(?:랑|이랑|과|와)\s*같(?:아|나|음|은가|니|냐)",
        # ("결제는 어떻게 돼?", "TAM은 어떻게 됨?": how a thing stands, which is explained, not a how-to)
        "howto": r"how (?:do|can|should|to|would)|steps to|way to|best way"
        r"|어떻게(?!\s*(?:돼|됨|되(?!려|게|도록)|된|나뉘|나뉨|나눠|나누어))|방법|하려면|하는\s*법"
        # "what do we do first", "뭐부터 해야됨?": where to start is a how-to
        r"|where (?:do|should|to) (?:i |we )?start|what (?:should|do) (?:i|we) do first|first steps?\b"
        r"|뭐부터|무엇부터|뭘\s*먼저|먼저\s*(?:뭘|뭐|무엇)|어디서부터|어디부터"
        # "어디서 켜요?", "where do I turn it on": where to do it is a how-to
        r"|어디(?:서|에서)\s*(?:\S+\s*)?(?:켜|끄|설정|바꾸|변경|찾|신청|하)"
        r"|where (?:do|can|should) (?:i|we) (?:enable|turn|switch|find|set|change|configure|sign)"
        # ("what does the reliability pillar say we shd be doing instead": what to do, as advised)
        r"|\bwhat (?:should|shd|shld) (?:i|we) (?:be )?(?:do|doing)\b"
        r"|\b(?:say|says|recommends?|suggests?|advises?) (?:that )?(?:we|i|you) (?:should|shd|shld|ought to)\b",
        "list": r"what are|which are|list\b|name (?:the|all|a few|some|them|a couple|\d+|two|three|four|five)\b"
        r"|enumerate|all (?:the|of)|\bkinds? of\b|\btypes? of\b"
        # "what product types can you buy", "which formats are there", "one line each": several things asked
        r"|\b(?:what|which) (?:[\w-]+ )?(?:types|kinds|formats|categories|levels)\b|\bone line (?:each|per)\b|한\s*줄씩"
        # ("game day scenario ideas besides the usual load test? want a menu to pick from": several to choose from)
        r"|\bideas\b|\ba menu\b|\b(?:options|ones) to (?:pick|choose) from\b|아이디어"
        r"|뭐뭐|무엇무엇|뭐가\s*있|어떤\s*(?:것|게)들|종류|목록|나열|정리해|(?:\d+|몇|여섯|다섯|일곱)\s*(?:개|가지|단계|종류|등급)"
        # ("수평 확장 말고 나머지?": the rest of a list)
        r"|말고\s*나머지\s*(?:는|도|들은?)?\s*(?:\?|$)"
        # "보통 어떤 글 있음?", "어떤 플젝 맡아?": the kinds of a thing that there are, or that someone takes on
        r"|어떤\s*[가-힣A-Za-z]+\s*(?:들)?\s*(?:이|가|을|를)?\s*(?:있|맡|해줌|해 줌|다뤄|다룸|나와|나옴)"
        # "the names", "이름 다": several names; "예전 이름은?", "what's it called now" ask one
        r"|\bnames\b|이름들|이름\s*(?:전부|다|목록|모두)|전부|모두|다\s*(?:알려|말해|나열|적어)"
        # "등급은 어케 나뉨", "how is it split": the parts a thing is divided into
        r"|(?:어떻게|뭐로|무엇으로)\s*나(?:뉘|뉨|눠|누어|뉜)|\bhow (?:is|are) (?:it|they) (?:split|divided|grouped)\b"
        # "실험템플릿엔 뭐 들어감", "what goes in a template": the parts a thing is made of
        r"|(?:뭐|뭐가|무엇이)\s*들어(?:감|가|갈|있)|구성\s*요소|뭐로\s*구성|\bwhat goes (?:in|into)\b"
        r"|\bwhat(?:'s| is) in (?:a|an|the)\b|\bconsists? of\b|\bmade up of\b|\bcomponents of\b",
        # ("when I define the workload": the asker's own act, no definition asked)
        "definition": r"what(?:'s| is| does)\b|\bwhats\b|\bmeaning\b|\bmean\b"
        r"|(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bthey )(?<!\bto )\bdefine\b|\bdefinition\b|explain"
        r"|뭐야|뭐임|뭔가요|뭔데|뭐지|뭐에요|뭐예요|무엇인가|무엇입니까|이란|(?<![가-힣])란\b|뜻|정의|설명"
        # ("stop condition이 뭐?": a name, its particle and a bare 뭐 at the end)
        r"|(?:이|가|은|는)\s*뭐\s*\??\s*$"
        r"|뭔\s*소리|무슨\s*(?:소리|말)|뭔\s*말"
        # "그 팀 정확히 뭐 해주는데", "뭐 하는 곳임?": what a team or a thing does for you
        r"|뭐\s*해\s*주(?:는|나|냐|니|지|죠|심)|뭐\s*해줌|뭐\s*하는\s*(?:거|건|곳|팀|데|애)"
        # what it is for: "private marketplace는 뭐에 쓰는거?", "what's it used for"
        r"|(?:뭐|뭘|어디)에\s*(?:쓰|써|사용)|\bwhat (?:is|are) (?:it|they|\w+) (?:used )?for\b",
        "yesno": r"^(?:is|are|does|do|can|should|will|has|have|was|did)\b|(?:나요|까요|니|냐|인가|ㅇㅇ|ㄴㄴ)\??\s*$"
        # "we're on Basic — can I open a case?": the question after a clause that sets the scene
        # ("new hire here: is a lens the same thing as a pillar?")
        r"|(?:[—–,;:.]|\s-)\s*(?:can|could|do|does|is|are|will|should)\s+(?:i|we|you|it|they|there|a|an|the|my|our)\b"
        r"|(?:야|지|죠|해|돼|어|아|나|까|뤄|봐|써|뿐)요?\?\s*$|맞(?:아|나|지|죠|음)"
        # a verb whose stem and ending run together: "들어가?", "메일 와?", "다 줘?", "없어져?" (not "뭐가?", "누가?")
        r"|(?<![뭐누])(?<!어디)(?<!얼마)(?:가|와|줘|워|져|려)요?\?\s*$"
        # a verb made a noun, as chat ends a question: "나옴?", "가능함?", "걸림?" (any syllable ending in ㅁ)
        rf"|[가-힣]\s?{_M_FINAL}\?\s*$"
        # the one-syllable verbs alone after a Latin name: "support api 됨?", "API 함?"
        r"|(?<![가-힣])(?:됨|됌|함|임)\?\s*$"
        # "수정 가능?", "한국어 지원?": a noun of possibility or presence asked alone
        r"|(?:가능|불가|불가능|지원|포함|있음|없음)\s*\?\s*$",
    }
)

# "게임데이 장애주입은 뭘로 함?": the means asked, a tool when the question names no service of its own ("FIS 중지
# 조건은 뭘로 걸어?" asks for a setting of FIS)
# ("뭐뭐로 나뉨?", "뭐로 바뀜?": what it is divided or turned into, no tool)
MEANS_ASKED = re.compile(
    # ("값이 뭐로 나와?", "API에선 뭐로 찍힘?", "뭐로 불러?": "as what" it shows or is called, not "with what")
    r"(?<!뭐)(?:뭘로|뭐로|무엇으로|(?:뭘|뭐)\s*가지고)(?![가-힣])(?!\s*(?:나뉘|나뉨|나눠|나누|구분|분류|바뀌|바뀜|바꿔|변경"
    # ("커스텀 렌즈는 뭘로 만듦?": in what form it is written, not a tool)
    r"|찍|나오|나와|나옴|나온|뜨|뜸|떠|뜬|표시|보이|보여|보임|불리|불러|불림|부르|나타|만들|만듦|만든|작성|정의))"
    r"|\bwith what\b",
    _I,
)

# A question that asks which service or tool to use ("which service analyses S3 in place", "관련 도구는?", "뭐 써?"):
# it is answered by a sentence that names one, not by a definition of the problem.
TOOL_ASKED = re.compile(
    r"\b(?:which|what) (?:aws |amazon )(?:services?|tools?|products?)\b|\b(?:which|what) tools?\b|\btools?\s*\??\s*$"
    r"|\b(?:which|what) (?:services?|products?) (?:should|do|can|could|would) (?:i|we|you) use\b"
    r"|\bwhat (?:do|should|can) (?:i|we) use\b|\bwhat to use\b|\btools? (?:for|to)\b"
    r"|(?:어떤|무슨|어느|관련|추천|쓸\s*만한)\s*(?:도구|툴)|(?:어떤|무슨|어느|추천)\s*AWS\s*(?:서비스|제품)|관련\s*(?:AWS\s*)?서비스"
    r"|(?:서비스|도구|툴|제품)\S*\s*(?:뭐\s*)?(?:써|쓰|사용|이용)|(?:도구|툴)(?:는|은|가|이|들)?\s*\??\s*$"
    r"|(?:뭐|뭘|무엇을?)\s*(?:써|쓰|사용|이용)"
    # "적정 크기 조정에 쓰는 도구 뭐 있어?", "도구 추천", "any tools for this?", "recommended tools"
    r"|(?:쓰는|쓸|사용하는|사용할|이용하는)\s*(?:AWS\s*)?(?:도구|툴|서비스)|(?:도구|툴)\s*(?:뭐|뭘|무엇|추천|있)"
    r"|\bany tools?\b|\brecommended tools?\b|\btools?\s+(?:you\s+)?(?:recommend|suggest)"
    # "AWS 서비스로 돌릴 수 있나? 이름이 뭐였더라", "is there an aws service for that"
    r"|(?:AWS|아마존)\s*(?:관리형\s*)?서비스(?:로|가|는|를|중에)?\s*(?:\S+\s*)?(?:돌릴|돌려|할\s*수|쓸|있|뭐|이름)"
    r"|\bis there an? (?:aws |amazon )?(?:service|tool)\b|\ban? aws (?:service|tool) (?:for|to|that)\b"
    # "which service injects faults?", "what tool flags idle stuff": one service named by what it does ("what
    # services does ProServe offer" asks offerings, not a tool)
    # (not "what product formats can you buy": the kinds of a thing, listed)
    r"|\b(?:which (?:service|tool|product)s?|what (?:service|tool|product))\b"
    r"(?!\s+(?:types?|formats?|kinds?|categor\w*|lines?|offerings?|listings?|levels?|tiers?)\b)"
    # ("the thing that flags idle load balancers - what is it?", "whats the aws service that breaks stuff on purpose",
    # "the console thing where u answer questions")
    r"|\bthe (?:[\w-]+ ){0,3}?(?:aws |amazon )?(?:service|tool) (?:that|which|where|u|you|for)\b"
    # (a "thing" only when its name is asked: not "what's the concrete thing that goes wrong")
    r"|\bthe (?:[\w-]+ ){0,3}?thing (?:that|which|where|u|you)\b(?=.*\b(?:what(?:'s| is) it|called|its name)\b)"
    # "장애 주입하는 서비스 뭐임?", "유휴 리소스 찾아주는 툴 이름": a service named by what it does ("파트너가
    # 제공하는 서비스" is an offering)
    # ("비용 튀면 알려주는 그거 이름 뭐임": the name of the thing that does it)
    r"|[가-힣]는\s*(?:그거|그것|그\s*기능)\s*(?:이름|뭐였|뭐더라)"
    r"|(?<!제공)(?<!제공해)[가-힣]는\s*(?:그\s*)?(?:AWS\s*)?(?:서비스|도구|툴)(?:가|이|는|은)?\s*(?:뭐(?!\s*뭐)|뭔|무엇(?!무엇)|어떤|이름)",
    _I,
)
# Several tools asked for, not one: "which aws tools give recs?", "관련 서비스들", "도구 뭐뭐"
TOOLS_ASKED = re.compile(r"\b(?:tools|services|products)\b|(?:도구|툴|서비스)\s*들|뭐\s*뭐", _I)
# A sentence that names an AWS service ("Amazon Athena", "AWS Budgets", "Compute Optimizer").
NAMES_SERVICE = re.compile(
    r"\b(?:AWS|Amazon) (?!Well-Architected\b)[A-Z][\w-]+|\b[A-Z][a-z]+ (?:Optimizer|Explorer|Advisor|Hub)(?![A-Za-z])"
)

# AWS's programs, which NAMES_SERVICE also matches, are no service to use ("AWS Professional Services")
PROGRAM_NAME = re.compile(
    r"\b(?:AWS|Amazon) (?:Professional Services|Partner|Competency|Navigate|Training|Certification|Academy|Activate)\b"
)

# Parts of a support plan a question may ask about (a TAM, Trusted Advisor's checks, the concierge team).
PLAN_FEATURES = ("technical-account-manager", "trusted-advisor", "concierge-support-team")

# Qualifiers of a question across plans ("the cheapest plan with a TAM", "a dedicated TAM", "24/7 phone").
# "몇 분에서 몇 분으로 바뀌는 거", "from what to what": the value before and after, both asked, in that order
FROM_TO = re.compile(
    r"몇\s*\S{0,3}\s*에서\s*몇|\bfrom (?:what|how (?:much|many|long)) to\b|\bto what\b[^?]*\bfrom what\b",
    re.IGNORECASE,
)
# "어떻게 달라짐?", "어케 바뀜?", "what changes": the difference the move to another plan makes
CHANGES = re.compile(
    r"달라|변하|변해|차이|\bdiffer"
    # ("뭐로 바뀜?", "what does it change to": what replaces it, asked of the plan alone)
    r"|(?:어떻게|어케|어캐|뭐가|뭐뭐|무엇이)\s*바(?:뀌|뀜|뀐|껴|뀔)|\bchang(?:e|es|ing)\b(?!\s+(?:to|into)\b)"
    rf"|{FROM_TO.pattern}",
    re.IGNORECASE,
)

# a difference asked, of whatever: "the delta", "gap", "차이 얼마" ("요금 차이가 한 달에 얼마인가요?": a few words may
# stand between)
_DIFFERENCE = r"\b(?:difference|gap|delta)\b|차이(?:가|는)?[^.?!]{0,12}?(?:얼마|몇)"
# the difference between two prices asked: "how much more", "얼마나 더", and any difference
# how far a price goes up: "최소 요금은 얼마나 올라감?", "how much will it go up?" (of a plan that moves to another)
PRICE_RISE = re.compile(
    r"얼마나\s*(?:올라|오르|오름|늘어|늘|뛰)|\bhow much (?:will|would|does|do) (?:it|that|they|the \w+|our \w+) "
    r"(?:go up|rise|increase|jump)\b|\bgo(?:es)? up by how much\b",
    re.IGNORECASE,
)
PRICE_GAP = re.compile(
    r"\bhow much (?:more|less|cheaper|extra|higher|lower|bigger|pricier|costlier)\b|\bby how much\b|\bprice diff"
    rf"|얼마나\s*더|얼마(?:를)?\s*더|더\s*(?:비싸|싸)|얼마나\s*(?:높|비싸|싸)|{_DIFFERENCE}"
    rf"|{PRICE_RISE.pattern}",
    re.IGNORECASE,
)
# the difference between two response times asked: "몇분 차이", "how much faster", "얼마나 더 빨라", and any difference
TIME_GAP = re.compile(
    r"\bhow much (?:faster|slower|quicker|sooner)\b|몇\s*(?:분|시간)\s*(?:더|차이)|얼마나\s*더\s*(?:빨|늦|느)"
    rf"|{_DIFFERENCE}",
    re.IGNORECASE,
)
# "Developer 없어진다는데 대안 있음?", "what should I use instead": another plan is asked for, not the one named
ALTERNATIVE = re.compile(
    r"대안|대신(?:할|에)?|뭘로\s*(?:바꿔|갈아|옮겨|넘어)|갈아\s*타|\balternatives?\b|\binstead\b"
    r"|\b(?:switch|move|migrate|go) to what\b|\bwhat (?:do|should|can) (?:i|we) (?:switch|move|go) to\b",
    _I,
)

CHEAPEST = re.compile(
    r"cheapest|least expensive|lowest[- ]priced|lowest cost|(?:가장|제일|젤)\s*(?:싼|저렴)|최저가"
    # between two: "둘 중에 뭐가 더 쌈?", "which is cheaper"
    r"|\bcheaper\b|더\s*(?:싼|싸|저렴|쌈)",
    _I,
)
# "젤 큰 영역은?", "which one has the most?", "질문 젤 적은 필러": the member with the most (or fewest) of what it
# groups
BIGGEST = re.compile(
    r"\b(?:biggest|largest|(?<!at )most(?!\s+of\b)|the most)\b(?!\s+(?:recent|common|important|popular|used)\b)"
    # ("제일 질문 많은 필러": the thing counted may stand between)
    r"|(?:가장|제일|젤|젤루)\s*(?:[가-힣A-Za-z]+\s*){0,2}?(?:큰|많은|많이|많|많아)|최다",
    _I,
)
SMALLEST = re.compile(
    r"\b(?:smallest|fewest|(?<!at )least)\b|(?:가장|제일|젤|젤루)\s*(?:[가-힣A-Za-z]+\s*){0,2}?(?:작은|적은|적|적어)",
    _I,
)
# a Well-Architected question id: "SEC01", "rel 9", "COST03"
QUESTION_ID = re.compile(r"(?<![A-Za-z])(OPS|SEC|REL|PERF|COST|SUS)\s?(\d{1,2})(?!\d)", re.IGNORECASE)


def question_ids(text: str) -> list[str]:
    """The Well-Architected question ids a text names, as the catalog writes them ("rel 2" -> "REL02"), in order."""
    return list(dict.fromkeys(f"{m.group(1).upper()}{int(m.group(2)):02d}" for m in QUESTION_ID.finditer(text)))


def id_prefix(qid: str) -> str:
    """ "REL09" -> "REL": the pillar's prefix of a question id."""
    return qid.rstrip("0123456789")


# "OPS01 to OPS03", "OPS01~OPS03", "COST05-COST08", "REL09부터 REL13까지": every id between
ID_RANGE = re.compile(
    r"(?<![A-Za-z])(OPS|SEC|REL|PERF|COST|SUS)\s?(\d{2})\s*(?:~|–|-|to|through|부터)\s*(?:\1)?\s?(\d{2})",
    re.IGNORECASE,
)


def ids_in(text: str) -> list[str]:
    """The question ids a text names, ranges spelled out ("OPS01 to OPS03" -> OPS01, OPS02, OPS03)."""
    found: list[str] = []
    for m in ID_RANGE.finditer(text):
        prefix, first, last = m.group(1).upper(), int(m.group(2)), int(m.group(3))
        found += [f"{prefix}{n:02d}" for n in range(first, last + 1)] if first < last <= first + 15 else []
    return list(dict.fromkeys([*found, *question_ids(text)]))


def without_named_ids(text: str) -> str:
    """`text` with each clause that names a question id blanked (offsets stay valid): a guess ("SEC08?") or what
    the asker knows ("구현은 OPS04인 건 아는데,") is not the description of what they ask about."""
    return _NAMING_CLAUSE.sub(lambda m: " " * len(m.group()) if ids_in(m.group()) else m.group(), text)


# beside an id guessed, a bare "which number" asks for the id ("SEC02 맞지? 아니면 몇 번임?", "or which one?")
WHICH_NUMBER = re.compile(
    r"몇\s*번\s*(?:이|임|인|일|이야|이지|이죠|인가요|일까|이냐|인지)?\s*(?:[?？]|$)|\bwhich (?:one|number)\b",
    re.IGNORECASE,
)
# a clause: up to the end of a sentence, a comma or a Korean connective ending before one ("아는데,", "맞고 ")
_NAMING_CLAUSE = re.compile(r"[^.?!,\n]+(?:[.?!,\n]+|$)")


# a remark in brackets, longer than an abbreviation's "(ES)": "(1월에 바뀌는 거 앎)", "(ES로 넘어가기 전ㅋㅋ)"
BRACKETED_REMARK = re.compile(r"\([^()]{4,}\)")


# "몇번부터 몇번", "몇번이지", "몇 번까지": which numbers (not "몇 번째", which one in a list)
# (not how many times something happens: "앞으로 2년 동안 몇 번 바뀌는 셈이에요?", "몇 번이나 해요?"; but "SEC 몇 번
# 증빙임?", "OPS 몇번씩인지" ask ids)
QUESTION_NUMBER = re.compile(
    r"(?<!년에 )(?<!년에)(?<!달에 )(?<!달에)몇\s*번(?!\s*째)(?!이나|정도|쯤)"
    r"(?!\s*(?:바뀌|바꾸|바꿔|바꿨|하[는고면게지]|해[야요서도]|했|돌려|돌리|봐|볼|보[는고면]|받아|받으|되[는고면지]|돼|됐|갱신|개정"
    r"|나오|나와|반복|실행|열어|열리|써야|쓰면|만나|올라|떨어|생기|생겨))"
)
# what is still paid for beside what is free: "비용은 … AWS 리소스에 대해서만 낸다", "you pay only for the resources"
STILL_PAID = re.compile(r"\bpay (?:only )?for\b|(?:대해서만|에만)\s*(?:낸다|내면|지불)", re.IGNORECASE)
# what the notes say asked for ("what did my notes say about…", "노트에 X는 뭐라고 했지", "my notes had a line about
# X, what was it again"), not the notes quoted to ask something else ("노트엔 X라고 돼있던데 지금 이름은?")
NOTES_SAID = re.compile(
    r"\bwhat\b[^?.!]{0,40}\b(?:say|says|said|write|wrote|written|jot(?:ted)?|put|note[sd]?|have|had)\b"
    r"|\bhow did (?:i|my notes?|the notes|we)\b|\bwhat was (?:it|that)\b"
    # ("list the 6 pillars exactly how my notes write them", "노트에 적힌 그대로 보여줘": the notes' own wording)
    r"|\b(?:how|as)\s+(?:my|the|our)\s+notes?\s+(?:write|writes|put|puts|say|says|word|words|phrase|call|have|list)\b"
    r"|(?:적힌|적은|쓴|써놓은|적어놓은|적어둔)\s*(?:그대로|대로)"
    r"|뭐\s*라(?:고|구|했)|뭐\s*(?:한다고|했다고|적|써)|어떻게\s*(?:정의|설명|적|써|정리)|뭐\s*있었",
    re.IGNORECASE,
)
# whether the notes hold something at all: "did my notes mention IDR?", "노트에 IDR 얘기 있었나?" (a yes/no whose
# answer is what the notes hold, or that they hold nothing of it)
NOTES_MENTION = re.compile(
    r"\b(?:did|do|does)\s+(?:my|the|our)\s+notes?\s+(?:ever\s+)?(?:mention|cover|talk about|say anything|have anything)"
    r"|\banything\s+(?:in|on)\s+(?:my|the|our)\s+notes?\b"
    r"|(?:얘기|이야기|내용|말|언급)\s*(?:이|은|도)?\s*(?:있었|있어|있나|있음|있던|나와|나왔|했었)",
    re.IGNORECASE,
)
# the notes' words quoted back to ask about them: "노트엔 X라고 돼있던데", "my notes say it's 'know every service'"
NOTES_QUOTED = re.compile(
    r"(?<!뭐)(?<!뭐 )(?:라고|이라고|라며|라던|이라던)\s*(?:적|써|돼|되|했|하던|나와)"
    # (a pair of quotes round the words; "my notes' list" is a possessive, no quote)
    r"|(?<!\w)['‘\"“][^'’\"”]+['’\"”](?!\w)",
    re.IGNORECASE,
)

# "빠진 거", "what did I leave out": the question asks which one is missing
MISSING = re.compile(
    r"빠진|빠졌|빠져|누락|\bmissing\b|\bleft out\b|\bleave out\b|\bomit|\bskip(?:ped|s)?\b"
    r"|\bmiss(?:ed)? (?:one|any|anything|something)\b"
    r"|\bdidn'?t (?:list|include)\b",
    re.IGNORECASE,
)
# "기본으로 며칠치?", "what's the default retention": the setting as it comes, not the paid or tuned one
DEFAULT = re.compile(r"\bdefaults?\b|\bby default\b|\bout of the box\b|기본(?:으로|값|적으로|\s*설정)?(?!\s*사항)", _I)
# "why right-size before buying savings plans?", "라이트사이징 먼저 하라는 이유 뭐임?": a reason asked ...
REASON_ASKED = re.compile(r"\bwhy\b|\bhow come\b|\bwhat for\b|이유|(?<![가-힣])왜(?!냐)|어째서", _I)
# ... and a sentence that gives one: a cause, a purpose, or what goes wrong otherwise
GIVES_REASON = re.compile(
    r"\bbecause\b|\bsince\b(?!\s+(?:\d|january|february|march|april|may|june|july|august|september|october|"
    r"november|december))|\bso that\b|\botherwise\b|\bto avoid\b|\b(?:which|this|that) (?:means|lets|keeps|avoids|"
    r"prevents)\b|때문|므로|(?:으|이)?니까|그래야|덕분|[가-힣]면\s[^.]{0,50}?(?:줄어|늘어|어렵|못|낭비|잃|커지|높아|떨어)",
    _I,
)
NEWEST = re.compile(
    r"\b(?:newest|latest|most recent(?:ly added)?|(?:added|introduced) most recently|last added|added last|youngest)\b"
    r"|(?:가장|제일|젤)\s*(?:최근|최신|새로|나중|늦게)|최신\s*(?:필러|원칙|pillar)|마지막에\s*(?:추가|생긴|나온)"
    # ("그중에 나중에 추가된거 하나 있다던데 뭐고 언제 추가됨?", "one was added later, which?": the one added after)
    r"|나중에\s*(?:추가|생긴|생겼|나온|들어온|들어간|붙은)|\badded later\b|\blater addition\b",
    _I,
)
TOP = re.compile(r"highest|\btop\b|best tier|most senior|제일\s*높|가장\s*높|최고|최상위|젤\s*높", _I)
DEDICATED = re.compile(
    r"dedicated|designated|assigned|own (?:tam|technical account)|\bnamed (?:tam|technical account)"
    r"|전담|지정|전속|배정",
    _I,
)
ROUND_THE_CLOCK = re.compile(
    r"24\s*/\s*7|24x7|24\s*시간|연중무휴|around the clock|any time|anytime|밤에도|주말에도", _I
)
# Opening a technical support case with an engineer (Basic Support answers account and billing questions only)
# who, or how many, may open cases: "팀원 5명이 각자", "아무나", "can everyone on the team", "5 engineers"
CASE_OPENERS = re.compile(
    r"각자|아무나|누구나|누가|여러\s*명|\d+\s*명|몇\s*명|팀원|인원|\beveryone\b|\banyone\b"
    r"|\bmultiple (?:people|users)\b"
    # ("케이스 여는 사람 제한", "who can open cases"): the people who open them
    r"|(?:여는|열\s*수\s*있는)\s*사람|\bwho (?:can|may|is allowed to) open\b"
    r"|\bhow many (?:people|users|of us)\b|\bteam ?mates?\b|\bteam members?\b|\d+\s*(?:people|engineers|devs|users)\b"
    # ("more than one person", "only one guy", "several engineers", "한 명만", "두 명 이상"): a count of people
    r"|\bmore than one\b|\b(?:several|many|few|a couple of|one|two|three|four|five) (?:people|persons?|guys?|users|"
    r"engineers|devs|admins|members)\b|\bonly one\b|(?<![가-힣])(?:한|두|세|네|다섯)\s*명|\d+\s*명\s*이상",
    _I,
)
CASE_WORD = re.compile(r"케이스|\bcases?\b|\btickets?\b", re.IGNORECASE)  # a support case, by the word for it
# opening a case: "open", "열수있음", "여는", "오픈" (the words a technical-case question asks it with)
CASE_OPENING = re.compile(
    r"\bopen(?:ing|s)?\b|(?<![가-힣])(?:열|여는|열어|열고|열면|열수|오픈)(?![가-힣])|(?<![가-힣])열\s*수\s*(?:있|없)",
    _I,
)
TECH_CASE = re.compile(
    r"\btech(?:nical)?\s+(?:support\s+)?(?:case|ticket|question|issue|help)s?\b|\bopen (?:a )?(?:support )?case"
    r"|기술\s*(?:지원\s*)?(?:케이스|문의|티켓|질문)|케이스\s*(?:열|오픈|생성|만들)",
    _I,
)
CHANNEL_CUES = {
    "phone": re.compile(r"\bphone\b|" + _CALL + r"|전화", _I),
    "chat": re.compile(r"\bchat\b|채팅", _I),
    "email": re.compile(r"\be-?mail\b|이메일|메일", _I),
}

# Units a figure is asked in ("in minutes", "how many days"): the shape of the answer, not a subject.
UNIT_WORDS = re.compile(
    r"\b(?:in\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|seconds?|secs?|percent(?:age)?|dollars?"
    r"|usd)\b",
    _I,
)

# Korean endings and particles of two syllables ("다운이면", "플랜에서"): they ask nothing, and the bigram that
# straddles a word and its ending ("랜이" in "플랜이면") is no word either
KO_ENDINGS = (
    *("이면", "라면", "에서", "으로", "까지", "부터", "에게", "한테", "이랑", "하고", "인데", "는데", "해서"),
    *("하면", "되면", "려면", "이야", "이고", "에는", "에도", "으면", "거든", "던데", "다던", "였으면", "이었으면"),
)
ENDING_END = re.compile(rf"(?<=[가-힣]{{2}})(?:{'|'.join(KO_ENDINGS)})(?![가-힣])")

# Counts asked added up: "SUS 질문이랑 PERF 질문 합치면 총 몇개?", "필러 전부 합치면?" after one pillar's count
SUMMED = re.compile(r"합치면|합하면|합쳐서|더하면|총합|\b(?:combined|altogether|all together|in total|summed)\b", re.I)

# Words that ask nothing of their own once the entity and the kind of answer are known ("tell me", "알려줘").
DETAIL_STOP = frozenset(
    [
        *("tell", "give", "show", "list", "please", "aws", "amazon", "support", "plan", "plans"),
        # "does X include / offer Y": the verb of having asks nothing beyond Y
        *("include", "includes", "included", "including", "offer", "offers", "provide", "provides", "포함"),
        *("get", "gets", "getting", "got", "gives"),  # ("a plan that gets me 24/7 phone")
        # "최신 이름으로 뭐뭐임?", "the current names": the catalog's lists are the current names
        *("이름", "name", "names", "최신", "latest", "current", "현행"),
        # "the response target", "최소 월 얼마": the figure asked, which the catalog line gives (a plan's price
        # line is its minimum: "the greater of $15,000 or …")
        *("target", "targets", "목표", "최소", "최저", "minimum", "min", "lowest"),
        # "the support add-on": the kind of thing named, which the catalog line is
        *("add", "addon", "addons", "애드온"),
        *("pillar", "pillars", "framework", "well", "architected"),
        *("알려", "려줘", "줘요", "주세", "세요", "려주", "해줘", "정리", "좀요", "있어", "있나", "있음", "없어"),
        *("뭐있", "인지", "건지", "거야", "한거", "하는", "되는", "플랜", "서포", "포트", "지원", "원칙", "기둥"),
        *("필라", "아키", "키텍", "텍처", "웰아", "어떻"),
        # "리스트 좀", "목록", "뭐뭐 있는지": the list asked for, which the catalog line is
        *("리스", "스트", "목록", "나열", "있는", "는지"),
        # fillers that stress the question, never its subject ("정확히 몇 시", "exactly", "혹시", "대충")
        *("정확", "확히", "혹시", "대충", "진짜", "그냥", "exactly", "exact", "really", "actually", "roughly"),
        *("확실", "실히", "반드", "드시", "surely", "definitely", "certainly"),  # "확실히 나오는 플랜"
        "중에",  # "6개 중에": among the set the question names, which is no thing asked
        # "which classic plans …", "클래식 플랜 중에": the line-up the plans are drawn from, which the catalog knows
        *("classic", "클래", "래식", "lineup"),
        *("다른", "another", "other"),  # "IDR 말고 다른 애드온은?": the other one is the thing asked, no word of it
        *KO_ENDINGS,
    ]
)

# What a sentence that tells how to do something looks like: steps, an action, a tool to use.
HOWTO_SHAPE = re.compile(
    r"\bsteps?\b|\bfirst\b|\bthen\b|\bstart (?:by|with|from)\b|\bsign up\b|\bregister\b"
    r"|단계|먼저|순서|그다음|그 다음|신청한다|등록한다",
    _I,
)

# Question words: a Korean question ending in "-야?" asks yes or no only when it has none of these.
WH = re.compile(
    # ("whats the response target": a question word typed without its apostrophe)
    r"뭐|뭔(?!가)|뭘|무엇|무슨|어떤|어떻게|어케|어캐|며칠|어느|왜|언제|어디|몇|누가|누구|얼마"
    r"|\b(?:what|which|how|why|when|where|who)\b|\b(?:whats|hows|wheres|whens|whos)\b",
    _I,
)

# "몇개고 뭐뭐임", "how many and what are they": a count asked beside the items themselves, which a list answers
ENUMERATE = re.compile(
    r"뭐뭐|무엇무엇|어떤\s*(?:것|게)들|나열|목록|각각\s*(?:뭐|무엇)|\blist\b|\benumerate\b"
    r"|what are (?:they|those|these|the)\b|which (?:ones|are they)\b|name (?:them|all|each)\b",
    _I,
)

# Plural things a list answer enumerates: seeing one of these with a list or "what" cue makes a list question.
LISTABLE = ("pillar", "design-principle", "best-practice-area", "general-design-principles", "severity")

# A kind's word and the kind of its members: "필러 뭐뭐 있음? 지속가능성도 들어가?" checks a member against the list
MEMBERS = {
    "pillar": "pillar",
    "design-principle": "principle",
    "general-design-principles": "principle",
    "best-practice-area": "area",
    "severity": "severity",
    "support-plan": "plan",
    "partner-paths": "path",
    "lens": "lens",
}
_KIND_WORD = r"(?:(?:필러|필라|pillar|원칙|플랜|plan|path|경로|렌즈|lens|영역)\s*)?"
# after a member's name: "지속가능성도 들어가?", "unified ops도 있음?", "포함임?", "is sustainability one of them?"
MEMBER_CHECK_AFTER = re.compile(
    rf"^\s*{_KIND_WORD}(?:은|는|이|가)?\s*(?:도|까지)\s*(?:다\s*)?(?:들어가|들어있|들어감|포함|있|속|해당|끼|껴)"
    rf"|^\s*{_KIND_WORD}(?:은|는|이|가)?\s*(?:포함|들어가|들어감|들어있|속해|속함|껴)"
    rf"|^\s*{_KIND_WORD}(?:(?:is|are)\s+)?(?:one of (?:them|those|these|the)\b|included\b"
    r"|in (?:there|it|the list|that list|them)\b|on (?:the|that) list\b|part of (?:it|them|that|the list)\b"
    r"|among them\b|(?:too|as well|also)\s*\?)",
    _I,
)
# before it: "does it include sustainability?", "including the Sustainability pillar?"
MEMBER_CHECK_BEFORE = re.compile(
    r"\b(?:does (?:it|that)|do (?:they|those|these|the \w+))\s+(?:also\s+)?(?:include|have|cover|contain)"
    r"\s+(?:the\s+)?$"
    r"|\bincluding\s+(?:the\s+)?$",
    _I,
)

# the plural noun a list question asks for by name: "which DR strategies …" (not "what are the options", whose
# noun is any list's)
LIST_NOUN = re.compile(
    r"\bwhich\s+(?:[\w-]+\s+){0,2}?([a-z]{4,}s)\b(?!\s+(?:of|are|is)\b)"
    # ("what product types can you buy": a noun right after "what", not "what are the options")
    r"|\bwhat\s+(?!(?:are|is|were|was|do|does|did|can|should|would|will)\b)(?:[\w-]+\s+)?([a-z]{4,}s)\b(?!\s+(?:of|are|is)\b)"
    # ("how many roles are we supposed to staff and what are they?": the things counted, then listed)
    r"|\bhow many\s+(?:[\w-]+\s+)?([a-z]{4,}s)\b(?!\s+of\b)",
    _I,
)
LIST_NOUN_STEM = 6  # letters that name the noun in any of its forms ("strategies", "strategy")

# "그중", "of those": a question about one of the things the last answer listed
# ("그 영역들 중에": among the things just named, plural; "그 기간 중에" is during a time)
AMONG = re.compile(
    r"그\s*중|이\s*중|(?<![가-힣])(?:그|이)\s+(?:[가-힣A-Za-z]+)?들\s*중|\b(?:of|among) (?:those|these|them)\b", _I
)

# Words that point at what the conversation just named, read alike by a follow-up and by a pointer in a turn
_POINTED = (
    r"|그것|그건|그게|그거|이것|이건|이거(?!나|든)|얘(?:네|는|가|도)?(?![가-힣])|거기|거긴|그쪽|해당|위의|앞의|같은\s*(?:거|건|걸|것|문제|장애)|둘\s*다|둘다"
    r"|그중|그 중|이 중|이중에|(?:둘|셋|넷|다섯)\s*중"
    # "그런거 미리 막으려면", "이런 문제": things of the kind just named (not "그런데", "그런지")
    r"|(?<![가-힣])(?:그런|이런)\s*(?:거|것|건|게|걸|(?!데|지|가)[가-힣]{2,})"
    # "the whole pillar", "the plan", "그 필라", "이 심각도": the one just discussed
    r"|\bthe (?:whole|entire) \w+|\bthe (?:pillar|plan|program|programme|lens|path|tier|area|exam)\b"
    r"|(?<![가-힣])(?:그\s*|이\s+)(?:필라|필러|원칙|플랜|프로그램|렌즈|영역|시험|자격증|툴|도구|심각도)"
)
# Continuation cues: a turn that starts like this, or points back, carries the previous topic.
# an acknowledgement a turn opens with before it goes on ("ok and enterprise?", "ㅇㅋ 그럼 …", "lol so …")
# (in Korean only before "그럼": "아 그리고 …", "아 근데 …" as often turn to something new)
_ACK = r"(?:(?:ok(?:ay)?|kk?|lol|haha|nice|cool|got it|thanks|thx|ty|alright|hmm+|ah|oh)[,.!~…]*\s+)?"
_ACK_KO = r"(?:(?:ㅇㅋ|ㅇㅇ|오키|오케이|넵|네|아|오)[,.!~…]*\s+)"
FOLLOWUP = re.compile(
    rf"^{_ACK}(?:and|also|what about|how about|then|so|but|same for|for)\b|^(?:the )?same (?:thing|question|deal|one)\b"
    r"|^(?:그럼|그러면|그리고|그건|그거|그게|이건|또|근데|그럼요|반대로|거꾸로|마찬가지로|똑같이)"
    rf"|^{_ACK_KO}(?:그럼|그러면)"
    r"|^(?:conversely|likewise|similarly|on the other hand)\b"
    # "더 길게 보려면?", "더 싼 거 없어?": more of what was just said
    r"|^더\s*[가-힣]"
    # ("끝나고 회고는?", "그 다음엔?": after or before the event just talked about)
    r"|^(?:끝나고|끝나면|끝난\s*(?:뒤|후|다음)|하고\s*나(?:서|면)|하고\s*난\s*(?:뒤|후|다음)|마치(?:고|면)"
    r"|그\s*다음|그\s*전에|그\s*뒤|그\s*후)"
    r"|\b(?:it|its|that|this|they|them|those|these|the same|one|both)\b" + _POINTED,
    _I,
)
# Pointers to several things named earlier ("which of those is cheapest", "둘 중 뭐가 나아"): every subject of
# the conversation's kind, not only the last turn's.
PLURAL = re.compile(
    r"\b(?:those|these|them|both|either|(?:of )?the two|all of them)\b"
    r"|둘\s*다|둘다|둘\s*중|그중|그 중|이 중|이중에|셋\s*중"
    # ("둘 차이 요약좀", "두 플랜 비교해줘": the two just talked about)
    r"|(?<![가-힣])둘(?:이|의|은|을)?(?=\s|$|[?？!.,])|(?<![가-힣])두\s*(?:개|플랜|가지|서포트)",
    _I,
)
# A turn that picks one of several ("which one", "cheapest", "어느 게"): its answer's subject becomes the topic.
PICK = re.compile(
    rf"\bwhich (?:one|of|is)\b|{CHEAPEST.pattern}|{TOP.pattern}|어느\s*(?:게|거|쪽|것)|뭐가\s*(?:제일|더|가장|젤)"
    # ("그중 어디 봐야됨?", "이 중에 뭐 골라?": a question word among them)
    r"|(?:그|이)\s*중\s*(?:에서|에)?\s*(?:어디|어느|뭐|무엇|무슨)",
    _I,
)
# A turn asking for an example leans on the topic ("한국 예시 들어줘", "got an example?").
EXAMPLE = re.compile(r"\bexamples?\b|\bfor instance\b|예시|예를\s*들|예\s*들어", _I)
# A sentence that gives examples ("…가 대표적인 예다", "such as Amazon SQS"): what "AWS 예시로 뭐 있음?" asks for
EXAMPLE_SAID = re.compile(
    r"\bfor (?:example|instance)\b|\bsuch as\b|\be\.g\.|\bexamples? (?:are|include|is)\b|\btypical example"
    r"|예를\s*들(?:어|면)|(?:대표적인|좋은|흔한)\s*예(?:다|이다|로|가|는)?|(?:이|가)\s*예다",
    _I,
)
# The strong kind of follow-up cue: a word that points back ("it", "those", "그거", "둘 다"), not a conjunction.
POINTER = re.compile(
    r"\b(?:it|its|that|this|they|them|those|these|the same|both|which one|that one|ones)\b"  # "custom ones"
    r"|^(?:related|relevant)\b|^관련"  # "관련 도구는?": related to what was just discussed
    r"|그걸|걔(?:네|는|가|도)?(?![가-힣])"  # "그걸론 부족할 듯", "걔네는?"
    r"|(?<![가-힣])그\s+(?:[가-힣]{2,}|팀|곳|분|건)"  # "그 기간 안에", "그 기능", "그 팀": the one just named
    # "post our outage there", "sell there": the place just named (not "is there", "there are")
    r"|(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )\bthere\b(?!\s+(?:is|are|was|were|any|a|an|be|will)\b)"
    # "anything for the switch", "during the move": the change just talked about
    r"|\bthe (?:switch|move|migration|transition|cutover|changeover)\b" + _POINTED,
    _I,
)

# Languages we do not answer in: Japanese kana, Chinese characters without Hangul, other scripts, and the
# function words of the common Latin-script languages other than English.
OTHER_SCRIPT = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\u0400-\u04ff\u0600-\u06ff\u0e00-\u0e7f\u0900-\u097f]")
LATIN_FUNCTION_WORDS = {
    "en": {"the", "is", "are", "what", "how", "of", "and", "does", "do", "for", "which", "a", "to", "in", "my", "we"},
    "other": {  # German, French, Spanish, Portuguese, Italian, Dutch
        *[
            "der",
            "die",
            "das",
            "und",
            "ist",
            "sind",
            "was",
            "wie",
            "welche",
            "nicht",
            "ein",
            "eine",
            "für",
            "mit",
            "von",
            "auf",
        ],
        *[
            "le",
            "la",
            "les",
            "est",
            "sont",
            "quels",
            "quelles",
            "quel",
            "comment",
            "une",
            "des",
            "pour",
            "avec",
            "pas",
            "du",
        ],
        *["el", "los", "las", "es", "son", "qué", "cuáles", "cómo", "una", "para", "con", "por", "del"],
        *["os", "as", "são", "quais", "como", "uma", "não", "com", "do", "da"],
        *["il", "gli", "sono", "quali", "che", "di", "per"],
        *["het", "zijn", "wat", "hoe", "welke", "een", "niet", "voor", "met", "van"],
    },
}

# What an answer to a facet looks like: a sentence that has this shape speaks to what was asked.
# How a price is set where no amount is published ("priced per engagement under a negotiated contract"): it
# answers a price question as a figure would.
PRICE_SET = (
    r"\bnegotiat\w*|\bprice list\b|\bpriced per\b|\bcustom (?:price|pricing|terms)\b|정가표|계약\s*협상|협상으로|협상해"
    # the basis of a charge: "billed by how long the actions run", "작업 시간에 따라 부과된다"
    r"|\b(?:billed|charged) (?:by|per|for|according to)\b|에\s*따라\s*(?:부과|과금|청구)"
    # a price the sources leave open is the answer to "how much": "Not confirmed; ask AWS", "요금이 확인되지 않았으므로"
    r"|\bnot confirmed; ask AWS\b|(?:요금|가격)이\s*확인되지\s*않"
)
# that the sources promise no such figure ("응답 시간이 보장되지 않는다"): the answer to "답변 언제까지 달림?"
NO_FIGURE = (
    r"|보장되지\s*않|보장하지\s*않|보장이\s*없|\bnot guaranteed\b|\bno guaranteed\b"
    r"|\bno (?:fixed|set) (?:time|date|deadline)"
)
SHAPES = _cues(
    {
        "price": r"\$\s?\d|\d\s?%|달러|\d\s?원|\bfree\b|no (?:additional )?charge|무료|추가 비용 없|quote|견적|"
        + PRICE_SET,
        # "15 minutes", "a 5-minute response"; "Developer Support has no production system down severity" (no target)
        "response": r"\d+\s?-?(?:minutes?|hours?|분|시간)|\bhas no [\w -]{3,40} severity\b|심각도가\s*없" + NO_FIGURE,
        # a number, or that there is none ("인원 제한 없이", "unlimited")
        # (not a year or a quarter: "launched in November 2018", "after Q3 remediation" give no cap)
        "limit": r"(?<![\d,.Qq])(?!(?:19|20)\d\d(?!\d))\d|제한(?:은|이)?\s*없|무제한"
        r"|\bno (?:\w+ )?limits?\b|\bunlimited\b|\bany number of\b",
        "date": r"\b(?:19|20)\d{2}\b|\d{4}-\d{2}-\d{2}|\d+\s?월|\d{4}\s?년" + NO_FIGURE,
        "end_date": r"\b20\d{2}\b|\d{4}-\d{2}-\d{2}" + NO_FIGURE,
        "count": r"(?<![A-Za-z\d])\d+\s+[A-Za-z]{3,}|(?<![A-Za-z\d])\d+\s?(?:개|가지|명|곳|단계|종류)"
        r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)\s+[a-z]{3,}"
        r"|(?:두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?(?:개|가지|명|곳)",
        # the people or parties who do something: roles, teams, firms
        "party": r"\b(?:people|persons?|teams?|owners?|engineers?|architects?|partners?|sellers?|buyers?|vendors?"
        r"|customers?|managers?|TAMs?|experts?|consultants?|staff|specialists?|members?|users?|accounts?)\b"
        r"|사람|팀|책임자|담당자|엔지니어|아키텍트|파트너|판매자|구매자|공급자|고객|전문가|컨설턴트|매니저|사용자|계정|멤버|인력",
        # "is it free?" is answered by "no charge" and as well by "it is billed by…", "유료 기능"
        "ident": r"\b(?:OPS|SEC|REL|PERF|COST|SUS)\d{2}(?:-BP\d{2})?\b",
        "format": r"\b(?:PDF|JSON|CSV|YAML|XML|HTML|Markdown)\b",
        # a name something went by: "예전 이름은 …", "이전 판에서는 … 불렀다", "formerly called …"
        "former": r"(?:예전|이전|옛|원래)\s*(?:이름|명칭)|이전\s*판|(?:이라고|라고)\s*(?:불렀|불리던|불렸)|\(구\s"
        r"|\bformerly\b|\bpreviously (?:called|named|known)\b|\bold(?:er)? name\b|\bused to be called\b"
        r"|\brenamed\b|\b(?:earlier|previous|older) (?:edition|version)\b",
        "free": r"\bfree\b|no (?:additional )?charge|무료|추가\s*(?:비용|요금)(?:이|은)?\s*없|\$\s?\d"
        # ("… Business Support customers can get it for an extra fee": it costs extra there)
        r"|\b(?:for an?|at an?) (?:extra|additional) (?:fee|charge|cost)\b|추가\s*(?:요금|비용)을\s*(?:내|지불)"
        r"|유료|\bpaid\b|\bbilled\b|\bcharged\b|요금이\s*(?:붙|부과|청구)|(?:부과|청구|과금)(?:된다|되며|돼|됨|한다)",
        # (a length, not a year: "2026년 11월 기준" says when, not for how long)
        "duration": r"(?<![\d,.])\d{1,3}\s?(?:years?|months?|days?|hours?|년|개월|일|시간)"
        r"|\b(?:a|an|one|two|three|four|five|six|twelve)\s+(?:years?|months?|weeks?|days?)\b|" + VAGUE_LENGTH,
        "via": r"통해|통하여|\bthrough\b|\bvia\b|\bdelivered\b",
        "source": r"출처|\bsources?\b|(?:에서|로부터)\s*(?:수집|가져|모아|모은|뽑)",
        "enable": r"\benabl\w*|\bturn(?:ed|s)? on\b|\bactivat\w*|\bswitch(?:ed)? on\b|\bopt(?:s|ed)?[- ]in\b"
        r"|켜(?:야|면|서|고|거나|며|는)|켠|활성화",
        "extend": r"늘어나|늘어난|늘릴|늘려|최대\s*\d|\bup to \d|\bextend\w*|\bincrease[sd]? (?:to|the)\b|\blonger\b",
        # a warning: "posts should never include account IDs", "민감한 정보를 올리지 않도록 주의"
        "caution": r"\bnever\b|\bshould not\b|\bmust not\b|\bdo not\b|\bdon['’]t\b|\bavoid\b"
        r"|않도록|주의(?:해야|한다|하라|할\s*것)|금지|말아야|하지\s*(?:않|말)|피해야|안\s*된다",
        "frequency": r"\bevery\b|\beach\b|\bannual\w*|\byearly\b|\bquarterly\b"
        r"|\bmonthly\b(?!\s+(?:usage|spend|bill|fee|price|cost|minimum|charge))"  # ("monthly usage": a bill)
        # ("분기마다", "릴리스마다"; not "권장 사항마다", for each of a thing)
        r"|매\s*(?:년|월|분기)|(?:년|해|월|달|개월|분기|주|일|시간|릴리스|배포|변경|출시)\s*마다|주기"
        # "연 1회", "once a year", "two per quarter": a count per period
        r"|(?:연|월|분기|년에)\s*\d+\s*(?:회|번)|\b(?:once|twice|\w+ times) (?:a|per|each) (?:year|month|quarter)\b"
        r"|(?<![$\d,.])\b(?:one|two|three|four|\d{1,2})\b(?![\d,.%])[^.;$%]{0,60}?"
        r"\b(?:a|per|each) (?:year|month|quarter)\b",
    }
)

# What a sentence says when it answers a facet that has no figure of its own (the facet's cue reads the question)
SAID = _cues(
    {
        # a seller's sentence: "register as a seller", "판매자로 등록", "sell on it yourself", "공동 판매"
        "sell": r"판매자|판매(?:하|할|한다|채널)|입점|공동\s*판매|\bsell(?:s|ing)?\b|\bsellers?\b|\bco-sell\w*",
        # when or for whom a thing is the right choice: "… 할 때 유용하다", "suits teams that …", "a good fit for"
        "fit": r"유용|적합|알맞|잘\s*맞|맞는다|\bsuits?\b|\buseful\b|\bgood fit\b|\bideal\b|\bbest for\b"
        r"|\bworks well\b",
    }
)

# Figures a question asks for by their unit or kind, whatever it asks them of: "몇 퍼", "how long", "max size",
# "합격 점수", "revenue", "which companies use", "who wrote". An answer holds such a figure only where a sentence
# has the matching shape in `ASKED_SHAPES`; without one the question is about something the corpus does not say.
ASKED = _cues(
    {
        # ("aws support korea phone number?", "전화번호 뭐임"): a number to call, which a sentence must give
        "phone": r"\bphone\s*(?:number|no\.?|#)|\bnumber to call\b|전화\s*번호|콜센터\s*번호",
        # ("멀티AZ로 가면 비용 대충 몇 배?", "how many times more"): a multiple, no amount
        # ("multi-AZ doubles the cost?", "비용 두 배로 뛰어?": a multiple stated to be confirmed)
        "multiple": r"몇\s*배|\bhow many times (?:more|as|over)\b|\bwhat multiple\b"
        r"|\b(?:doubles?|doubling|triples?)\b(?= (?:\w+ ){0,2}(?:costs?|price|bill|spend|resources)\b)"
        r"|(?:두|세)\s*배(?:로|나)?\s*(?:늘|뛰|올|되|돼|들)",
        # (a share the asker states as a premise, "3%라 더 싸지 않나", "5%밖에 안 되는데", is none asked)
        "percent": r"\bpercent(?:age)?s?\b|%(?![^?.!]{0,16}?(?:이?라|는데|인데|니까|이니)(?:서)?(?=\s))|퍼센트"
        r"|몇\s*(?:퍼|프로)|\b(?:what|which|how big a) (?:cut|share)\b"
        r"|\bratio\b|할인율|수수료율|비율",
        "duration": r"\bhow long\b|\bhow far back\b"
        # ("lambda timeout?" asks a length; "if we skip timeouts" names a practice)
        r"|\bhow many (?:hours|minutes|seconds|days|weeks|months|years)\b|(?!timeouts)(?:" + _TIMEOUT + r")"
        r"|\bretention\b|\b(?:minimum|contract|commitment) (?:term|length|period)\b"
        r"|\b(?:max|min)(?:imum)?\s+(?:\w+\s+)?(?:duration|runtime)\b"
        # (not a period said to exist, "규정상 보관 기간 있는 로그인데 지워도 됨?": the logs it describes)
        r"|몇\s*(?:시간|분|초|일|주|달(?!러)|개월)|(?:보존|보관|유지|계약|약정|최소|최대|유효)\s*기간"
        r"(?!\s*(?:이|가)?\s*(?:있는|없는|지난|넘은|남은|동안|내에|안에))|기간\s*(?:은|이)?\s*(?:얼마|몇)"
        r"|실행\s*시간|얼마\s*동안|몇\s*년\s*(?:동안|간|짜리|약정|유효)|며칠"
        # "원래 그렇게 오래 걸림?", "보통 얼마나 걸려?", "does it take long": how long a thing takes
        r"|(?:오래|얼마나?)\s*(?:걸(?:려|리|림|린|릴)|소요)|\btakes? (?:that |so |very )?long\b|\bhow much time\b",
        # ("마일스톤 이름 글자수 제한?", "how many characters can a name have": a text's length, no count of things)
        "length": r"글자\s*수|문자\s*수|몇\s*(?:글)?자(?![가-힣])|\bhow many char(?:acter)?s\b"
        r"|\bchar(?:acter)?s? (?:limit|count|max)\b|\b(?:name|title|text) length\b|\bmax(?:imum)? length\b",
        "size": r"\bhow (?:big|large)\b|\b(?:max(?:imum)?|min(?:imum)?)\s+(?:\w+\s+){0,2}?size\b|\bsize (?:limit|cap)\b"
        # (not "사용량 얼마부터": the usage, whose last syllables spell 용량)
        r"|몇\s*(?:기가|테라|메가|바이트|GB|TB|MB)|(?:최대|최소)\s*(?:\S+\s+){0,2}?(?:(?<!사)용량|크기|사이즈)"
        r"|(?:(?<!사)용량|크기)\s*(?:은|이|가)?\s*(?:몇|얼마)",
        "score": r"\bpass(?:ing)? (?:score|mark|grade)\b|\bcut-?off score\b|\bscore (?:to|needed|required)\b"
        r"|합격\s*(?:점수|선|기준|커트)|몇\s*점|커트\s*라인|컷\s*라인",
        # what a seller or buyer pays the platform: "listing fee", "수수료"; free products are no answer to it
        "fee": r"\b(?:listing|seller|selling|transaction|platform|processing|marketplace)\s+fees?\b|\bcommissions?\b"
        r"|\bfees?\b.{0,40}\b(?:take|takes|charge|charges|keep|keeps)\b|\btake rate\b"
        r"|\b(?:aws|amazon)(?:'s)? cut\b|\bcut (?:does|do|of)\b|수수료",
        # ("연간으로 선결제하면 할인 있나요?", "any discount if we prepay?"): a discount, which a sentence must name
        # (not one the asker has, "Savings Plans 할인 크게 걸어두고", nor "역할인가요")
        "discount": r"\b(?:any|a|an|get|got|offers?|there)\s+(?:[\w-]+\s+){0,3}?discounts?\b"
        r"|\bdiscounts?\s+(?:for|on|if|when)\b"
        r"|(?<!역)할인\s*(?:같은\s*거|혜택|이나|은|이|도)?\s*(?:있|없|받|돼|되|됨|가능|해\s*주|해줌|해줘|나와|나오|적용)",
        # ("what are the requirements for our consultancy to join the WA Partner Program?", "참여하려면 파트너사 요건이
        # 어떻게 되나요?"): what it takes to get in, which a sentence must state as a condition
        "entry": r"\b(?:requirements?|criteria|eligib\w*|prerequisites?)\b(?=[^?.!]{0,60}?\b(?:join|joining|become"
        r"|becoming|enter|entering|apply|applying|qualify|get (?:in|into|accepted))\b)"
        r"|\b(?:requirements?|criteria|eligib\w*|prerequisites?) (?:for|to) (?:join|becom|enter|apply|qualif)\w*"
        r"|(?:참여|가입|합류|들어가|신청)(?:하|으|시)?려면[^?]{0,30}?(?:요건|조건|자격)",
        "money": r"\brevenues?\b|\bsalar(?:y|ies)\b|\bvaluation\b|\bprofits?\b|\bearnings\b|\bturnover\b"
        r"|매출|연봉|월급|시가\s*총액|영업\s*이익|순이익",
        # named parties that use something: case studies, reference customers ("which companies use X")
        "customers": r"\bcase stud(?:y|ies)\b|\bcustomer (?:stor(?:y|ies)|references?|examples?|list)\b"
        r"|\breference customers?\b|\bsuccess stor(?:y|ies)\b"
        r"|\b(?:which|what) (?:\w+ )?(?:companies|customers|firms|enterprises|organi[sz]ations|businesses|banks)"
        r"(?:\s+(?!should|would|could|must|need|needs|can|might|may|to)\w+){0,3}?"
        r"\s+(?:use|are using|run|bought|chose|have)\b|\bwho (?:uses|is using|are using|else uses)\b"
        r"|(?:고객|도입|구축|성공|적용)\s*사례|레퍼런스"
        # "고객사 어디야?" asks for customers; "고객사 요청으로" only says who asked
        r"|고객사\s*(?:는|가|로는|들은|들)?\s*(?:어디|누구|어느|몇|있어|있나|있음|리스트|목록)"
        r"|(?:쓰는|사용하는|도입한|이용하는|쓰고\s*있는)\s*(?:한국\s*|국내\s*)?(?:회사|기업|대기업|곳|고객)\s*"
        r"(?:는|은|이|가|들)?\s*(?:어디|누구|뭐(?!\s*(?:해|하|할))|어느|몇)"  # ("고객은 뭐 해야 됨": what they do)
        # "does Samsung use X", "삼성전자도 X 쓰나": a named party's use of something (names are masked first);
        # "do sellers use", "are teams using": a plural subject is a kind of party, not a named one
        r"|\b(?:does|is)\s+(?!(?:aws|amazon|it|my|our|your|the|a|an|this|that|we|i|you|they|anyone|everyone)\b)"
        r"[a-z][\w-]+\s+(?:use|using|run on|running on)\b"
        # (not a time: "지금도 새로 못 쓰나요?" asks whether it can still be used)
        r"|(?<![\w])(?!(?:우리|저희|나|내|제|저|너|회사|팀|개인|스타트업|플랜|서포트|지원|계정|리전|서비스|요금제|티어"
        r"|지금|아직|요즘|이제|여전히|앞으로|계속|내년|올해)도)"
        r"[가-힣A-Za-z]{2,}(?<!에서)(?<!팀)(?<!회사)(?<!부서)(?<!사람)(?<!개발자)(?<!엔지니어)(?<!고객)(?<!기업)(?<!업체)도"
        r"\s+(?:\S.*?)?"
        r"(?:쓰나|쓰냐|쓰는지|쓰고\s*있|써\s*\?|씀\s*\?|사용하나|사용하냐|사용하는지|사용\s*중|이용하나|도입했)",
        # what follows when something runs out: "if a private offer expires, …?", "만료되면 어떻게 됨?" (not "when
        # does it expire", a date)
        "expiry": r"\b(?:if|once|after|when (?:it|they|the|a|an|our|my|its|that|this))\b[^.?]{0,40}"
        r"\b(?:expir\w*|lapses?)\b|\bexpir\w*\b[^.?]{0,30}\b(?:what happens|then what)\b"
        r"|만료\s*(?:되면|돼면|되고|된\s*후|후에?|시|하면|되었을)",
        # a time of day: "몇 시부터 몇 시까지", "what time does it open", "the exact hours"
        "clock": r"몇\s*시\s*(?:부터|까지|에|쯤)|몇\s*시(?![간작])|\bwhat time\b"
        r"|\b(?:exact|which|what) (?:business |office )?hours\b|\bhours\b.{0,12}\bexactly\b|\bfrom what time\b",
        # a person: an author, founder or executive, whom the corpus never names
        "person": r"\bwho (?:wrote|writes|created|invented|founded|authored|started|designed|coined)\b"
        r"|\bname of the (?:person|author|creator|engineer|founder)\b"
        r"|\b(?:ceo|cto|founder|inventor)\b|누가\s*(?:만들|썼|작성|창시|설립|고안)"
        # "처음 만든 담당자 이름이 누구임?": the name of whoever made it
        r"|(?:만든|작성한|쓴|설계한)\s*(?:\S+\s+){0,2}?(?:사람|담당자|저자|분)|(?:담당자|사람|저자|창시자)\s*(?:의\s*)?이름"
        r"|(?:대표|창업자|창시자|작성자|저자)\s*(?:가|는|이|은)?\s*누구",
    }
)
_KO_NUMBER = r"(?:\d[\d,.]*|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)"
_EN_NUMBER = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)"
_TIME_EN = r"(?:years?|months?|weeks?|days?|hours?|hrs?|h|minutes?|mins?|seconds?|secs?|ms)\b"
ASKED_SHAPES = _cues(
    {
        # (groups of digits as a number to call is written, "02-123-4567", "+1 206 266 4064"; no date)
        "phone": r"(?<![\d-])\+?\d{1,4}[ ()-]+\d{2,4}[ )-]+\d{3,4}(?:[ -]+\d{4})?(?![\d-])",
        "multiple": r"\d+(?:\.\d+)?\s*배|(?:두|세|네|몇)\s*배|\bdoubl\w*|\btripl\w*|\btwice\b"
        r"|\b\d+(?:\.\d+)?\s*(?:x|times)\b",
        "percent": r"\d\s?%|\bpercent|퍼센트|\d\s?(?:퍼|프로)(?![가-힣])|\b\d+\s?:\s?\d+\b"
        r"|\bone (?:in|per|for every) \d+",
        # a length of time, not a year ("2026년" is a date); digits in Korean, digits or words in English
        "duration": rf"(?<![\d,.])\d{{1,3}}\s?(?:년|개월|달|주|일|시간|분|초)|(?<![\d,.])\d{{1,3}}\s?{_TIME_EN}"
        rf"|\b{_EN_NUMBER}\s+{_TIME_EN}|\d{{1,2}}:\d{{2}}"
        r"|" + VAGUE_LENGTH,
        "length": r"\d+\s?(?:자|글자|문자)(?![가-힣])|\d+\s+char(?:acter)?s\b",
        "size": r"\d\s?(?:[KMGTP]i?B\b|bytes?\b|기가|테라|메가|바이트)",
        "score": r"\d{2,4}\s?(?:점|points?\b)|\d+\s?/\s?\d{3,4}|\bscore of \d",
        "fee": r"\$\s?\d|\d\s?%|\d\s?(?:달러|원)|\bno (?:\w+ )?fees?\b|\bfree of charge\b"
        r"|수수료(?:가|는)?\s*(?:없|무료)",
        "discount": r"\bdiscount|할인",
        "entry": r"\b(?:must|required?|requires|requirements?|need(?:s|ed)? to|have to|has to|criteria|eligib\w*"
        # (an audit passed is one: "after an audit of their practice", "감사를 통과해야"; not "감사(audit)가 아니라")
        r"|at least|minimum|after an audit|audited|pass(?:es|ed)? (?:an? )?(?:audit|validation))\b"
        r"|해야|있어야|필요|요건|조건|자격|이상|(?:감사|심사|검증)(?:를|을)?\s*(?:통과|받)",
        "money": r"\$\s?\d|\d\s?(?:달러|억|조|만\s?원)|\d[\d,]*\s?원|\d\s?(?:million|billion|USD|KRW)\b",
        "customers": r"\b(?:customers?|clients?) (?:such as|like|including|include)\b|고객(?:사)?(?:로는|으로는)"
        r"|\bcase stud(?:y|ies) (?:of|from|with)\b|(?:고객|도입) 사례(?:로는|로|는)",
        "expiry": r"\bexpir\w*|만료|\blapse|\bvalid for\b|유효하|\brecertif|재인증",
        "clock": r"\b\d{1,2}:\d{2}\b|\b\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}\s?시(?!간)",
        "person": r"\b(?:written|authored|created|founded|invented|led) by [A-Z][a-z]+|\bCEO,? [A-Z][a-z]+ [A-Z]",
    }
)
# "SEC 몇번이였지": which SEC question, by its id (a pillar's question-id prefix before "몇 번")
_NOT_AFTER_ID_PREFIX = "".join(
    f"(?<!{p}{sp})(?<!{p.lower()}{sp})" for p in ("OPS", "SEC", "REL", "PERF", "COST", "SUS") for sp in ("", " ")
)
# "몇 X": the counter X says what the number counts; an answer gives a number with one of its counters.
COUNTERS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    # ("질문 몇번", "질문 id 몇 번": which question, by its id; not how many times)
    (
        re.compile(
            rf"(?<!질문 )(?<!질문)(?<!id )(?<!ID )(?<!번호 ){_NOT_AFTER_ID_PREFIX}몇\s*(?:{ask}){NOT_SOME}{ANY_NUMBER}"
        ),
        re.compile(give, _I),
    )
    for ask, give in (
        # any counter but a unit of time, money or share: "4단계", "7가지", "6개 영역"
        (
            r"개(?!월|국|\s*만|\s*정도만)|가지|종류|단계",
            rf"{_KO_NUMBER}\s?(?!년|월|일|시|분|초|달러|원|억|만|퍼|프로|배)[가-힣]|\b{_EN_NUMBER}\s+[A-Za-z]{{3,}}",
        ),
        ("명", rf"{_KO_NUMBER}\s?명|\d[\d,]*\s+(?:people|persons|employees|engineers|members)\b"),
        ("곳|군데|개사", rf"{_KO_NUMBER}\s?(?:곳|군데|개사|개\s*(?:회사|기업|파트너))"),
        # ("SUS 몇번까지": up to which number, "몇 번째": which one; not how many times)
        (
            r"번(?!\s*(?:까지|째|부터))|회(?!\s*(?:까지|째))",
            rf"{_KO_NUMBER}\s?(?:번|회)|\d+\s+times\b|\b(?:once|twice)\b",
        ),
        ("문제|문항", r"\d+\s?(?:문제|문항)|\d+\s+questions\b"),
        ("개국|나라", r"\d+\s?(?:개국|나라)|\d+\s+countries\b"),
        # ("몇 배": "두 배로 늘린다", "roughly doubles")
        ("배", rf"(?:\d+(?:\.\d+)?|{_KO_NUMBER})\s?배|\d+x\b|\b(?:doubl|tripl)\w*|\btwice\b"),
    )
)

# "네번째 거 자세히", "세번째 거 설명 좀", "tell me more about it": more than the one line a catalog holds
EXPLAIN = re.compile(
    r"자세히|설명\s*(?:좀|해|부탁|ㄱ)|더\s*(?:알려|설명)|\bexplain\b|\btell me more\b"
    r"|\bmore (?:on|about|detail)|\bin detail\b|\bdetails?\b(?! of the)",
    re.IGNORECASE,
)

# "which plan gives you a dedicated one", "어느 플랜부터 열림?": one plan is what is asked
WHICH_PLAN = re.compile(
    r"\b(?:which|what)(?: \w+)? (?:plan|support plan|support tier)\b|(?:어느|어떤|무슨)\s*(?:플랜|서포트|요금제)"
    r"|(?:플랜|서포트|요금제)\s*(?:중에|중에서|중)\s*(?:젤|제일|가장|어느)"
    # ("cheapest option that still has prod-down?" after Developer: another plan is what is asked)
    r"|\b(?:cheapest|cheaper|least expensive) (?:plan|option|tier)s?\b"
    r"|(?:젤|제일|가장|더)\s*(?:싼|저렴한)\s*(?:플랜|요금제)",
    re.IGNORECASE,
)

# "루트 유저 잠그는 거 어느 영역 얘기임?", "which area covers tagging": one best-practice area (or question) picked
WHICH_AREA = re.compile(
    r"(?:어느|어떤|무슨)\s*(?:모범\s*사례\s*)?(?:영역|질문)|(?:영역|질문)\s*(?:소속|어디)"
    r"|\bwhich (?:best[- ]practice )?(?:area|question)s?\b|\bwhat (?:best[- ]practice )?area\b",
    _I,
)

# "which pillar covers backups", "백업은 어느 필러 소관임?": the pillar is what is asked, not the list of pillars
WHICH_PILLAR = re.compile(
    r"\b(?:which|what)(?: \w+)? pillar\b|\bwhich of the (?:six |6 )?pillars\b"
    r"|(?:어느|어떤|무슨)\s*(?:필러|필라|원칙|기둥|pillar)"
    r"|(?:필러|필라|원칙)\s*(?:소관|담당)|소관|(?:pillar|필러|필라|원칙|기둥)s?\s*(?:중에|중에서|중)\s*(?:젤|제일|가장|뭐|어느)"
    # "and the newest pillar?", "젤 최근에 생긴 필러": one pillar picked by a superlative
    r"|\bthe (?:newest|latest|oldest|most recent|last added|original|biggest|largest|smallest) pillar\b"
    r"|(?:젤|제일|가장)\s*(?:최근|최신|새로|늦게|나중|먼저|오래|큰|작은)\S*\s*(?:\S+\s*)?(?:필러|필라|원칙|기둥|pillar)(?!\s*의)"
    # ("제일 질문 많은 필러는 뭐임?", "질문 젤 적은 pillar 어디?": a superlative, then the pillar asked for)
    r"|(?:젤|제일|가장)\s*(?:\S+\s*){0,2}?(?:많은|적은)\s*(?:필러|필라|원칙|기둥|pillar)(?:는|은|이|가)?\s*(?:뭐|어디|어느|무엇)",
    re.IGNORECASE,
)


# already on a plan: "쓰고 있는데", "we're on"
ON_PLAN = re.compile(
    r"쓰고\s*있|쓰는\s*(?:중|데)|사용\s*(?:중|하고)|이용\s*(?:중|하고)"
    r"|\bwe(?:'re| are) (?:on|using)\b|\bcurrently on\b",
    _I,
)

# taking up a plan: "새로 가입", "sign up for", "should we get business support" ("get" only before a plan word)
JOINING = re.compile(
    r"가입|새로\s*(?:시작|들어|쓰|사|구매)|구매|신청|(?:으로|로)\s*(?:옮기|갈아타|바꾸|전환)"
    r"|\bsign(?:ing)?[- ]?up\b|\bsubscrib\w*|\bjoin(?:ing)?\b|\bbuy(?:ing)?\b|\bpurchas\w*"
    r"|\bstart(?:ing)? (?:on|with)\b|\b(?:go|going|get|getting) (?:on|with)\b|\bswitch(?:ing)? to\b",
    _I,
)

NOW = re.compile(r"지금|현재|요즘|\bnow\b|\btoday\b|\bthese days\b", _I)

# "아직", "still", "지금도", "current edition": whether a name still stands
STILL = re.compile(r"아직|지금도|여전히|현행|요즘도|\bstill\b|\bcurrent(?:ly)?\b|\banymore\b|\bany more\b", _I)

# "제일 비싼 플랜", "most expensive", "돈 제일 많이 드는": the top of the price ladder
PRICIEST = re.compile(
    r"most expensive|priciest|highest[- ]priced|(?:가장|제일|젤)\s*(?:[가-힣]+\s*)?(?:비싼|비쌈|비싸)"
    r"|(?:가장|제일|젤)\s*(?:비용|돈)\s*(?:이|을)?\s*(?:많이|제일|젤|가장)?\s*(?:드는|나가는|들어가는)"
    r"|(?:비용|돈)\s*(?:이|을)?\s*(?:가장|제일|젤)\s*(?:많이)?\s*(?:드는|나가는|들어가는)",
    _I,
)

# "quick refresher, what are …", "dumb q: …", "sanity check - …": chat's preface to a question, in its own words
PREFACE = re.compile(
    r"^\s*(?:(?:quick|dumb|silly|stupid|random|noob|newbie|basic|simple|small|short|real|sanity|another|one|hey|ok|okay"
    r"|so|hi|btw|fyi|also)\s+){0,2}(?:refresher|reminder|check|q|qq|question|one|thing|quick|ask|team|all|folks)"
    r"\s*[,:\-–—]+(?=\s)",
    re.IGNORECASE,
)


# an English condition that sets a question ("if rds starts acting weird can i open a tech case", "if we go
# Enterprise Support, will the TAM …"): up to the comma or the verb that asks
IF_CLAUSE = re.compile(
    r"\b(?:if|once|whenever|when(?!\s+(?:does|do|is|are|will|can|did|was|were|should|would)\b))\s+[^,?.!]{3,80}?"
    r"(?=,|\s+(?:can|could|should|do|does|will|would|is|are|what|how|who|which)\s)",
    re.IGNORECASE,
)
