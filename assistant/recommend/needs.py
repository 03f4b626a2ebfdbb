"""Requirements from a free-text need in Korean or English, or from option ids: a rule-based lexicon.

Support needs become ids a plan can be checked against ("production-down-1h", "phone", "budget").
Partner needs become the catalog entries whose keywords the text names, plus the intents keywords
alone cannot tell apart (selling versus buying software, training people versus training models).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from assistant.catalog import PartnerEntry, Partners
from assistant.errors import BadQuestion

# Option ids with their labels (en, ko); the order is the order reasons are listed in.
NEEDS: dict[str, tuple[str, str]] = {
    "business-critical-15m": (
        "business-critical system down within 15 minutes",
        "비즈니스 크리티컬 시스템 다운 시 15분 이내 응답",
    ),
    "business-critical-30m": (
        "business-critical system down within 30 minutes",
        "비즈니스 크리티컬 시스템 다운 시 30분 이내 응답",
    ),
    "production-down-1h": ("production system down within 1 hour", "프로덕션 시스템 다운 시 1시간 이내 응답"),
    "production-impaired-4h": ("production system impaired within 4 hours", "프로덕션 시스템 손상 시 4시간 이내 응답"),
    "system-impaired-12h": ("system impaired within 12 hours", "시스템 손상 시 12시간 이내 응답"),
    "general-guidance-24h": ("technical questions answered within 24 hours", "기술 문의 24시간 이내 응답"),
    "24x7": ("help 24/7, nights and weekends included", "야간·주말을 포함한 24시간 연중무휴 지원"),
    "phone": ("technical support by phone", "전화 기술 지원"),
    "chat": ("technical support by chat", "채팅 기술 지원"),
    "email": ("technical support by email", "이메일 기술 지원"),
    "tam": ("a Technical Account Manager (TAM)", "TAM(Technical Account Manager)"),
    "designated-tam": ("a designated TAM of your own", "지정(전담) TAM"),
    "concierge": ("the concierge support team", "컨시어지 지원팀"),
    "full-trusted-advisor": ("the full set of Trusted Advisor checks", "Trusted Advisor 전체 검사"),
    "support-api": ("the AWS Support API", "AWS Support API"),
}
LEARNING = ("learning or experiments, no production", "프로덕션 없는 학습·실험")
BUDGETS: dict[str, int | None] = {"free": 0, "low": 200, "medium": 5500, "high": None}  # USD a month
BUDGET_WORDS = {"free": "무료", "low": "낮음", "medium": "중간", "high": "높음"}
# Response targets the plans offer, fastest first: a wanted response time needs the slowest one within it.
TARGETS: tuple[tuple[int, str], ...] = (
    (15, "business-critical-15m"),
    (30, "business-critical-30m"),
    (60, "production-down-1h"),
    (240, "production-impaired-4h"),
    (720, "system-impaired-12h"),
    (1440, "general-guidance-24h"),
)


@dataclass(frozen=True)
class Requirement:
    id: str  # a NEEDS id, "budget" or "learning"
    value: int | None = None  # minutes asked for (response needs), the USD cap (budget)
    said: str = ""  # the words it came from; "" for options
    level: str = ""  # budget only: free/low/medium/high, or "" for a dollar amount

    def label(self, lang: str) -> str:
        ko = lang == "ko"
        if self.id == "budget":
            if not self.level:
                return f"예산: 월 ${self.value:,} 이하" if ko else f"budget: at most ${self.value:,} a month"
            word = BUDGET_WORDS[self.level] if ko else self.level
            cap = "" if not self.value else f" (월 ${self.value:,} 이하)" if ko else f" (up to ${self.value:,} a month)"
            return f"예산: {word}{cap}" if ko else f"budget: {word}{cap}"
        pair = LEARNING if self.id == "learning" else NEEDS[self.id]
        return pair[1] if ko else pair[0]


def latin(pattern: str) -> str:
    """Latin words bounded by non-letters, so "TAM이" and "API로" match next to Hangul but "tamper" does not."""
    return rf"(?<![A-Za-z0-9])(?:{pattern})(?![A-Za-z0-9])"


def any_of(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts), re.I)


# --- support plan lexicon ------------------------------------------------------------------------
ROUND_CLOCK = any_of(
    latin(r"24\s*/\s*7|24\s*x\s*7|24/365|around the clock|round[- ]the[- ]clock|24[- ]hours? a day|day and night"),
    latin(r"24[- ]hour (?:support|help|coverage|service)|nights?|overnight|midnight|weekends?|holidays?"),
    latin(r"after[- ]hours|out of (?:office|business) hours|outside (?:office|business|working) hours|any ?time"),
    r"24시간\s*(?:연중무휴|내내|365일|지원|대응|상시)|연중무휴|365일|새벽|심야|야간|한밤|밤|주말|공휴일|언제든",
)
CLOCK = re.compile(r"(?<![\d:])(\d{1,2})(?::\d\d)?\s*([ap])\.?\s*m(?![A-Za-z])\.?|(오전|오후)\s*(\d{1,2})\s*시", re.I)
DURATION = any_of(
    latin(
        r"(\d+(?:\.\d+)?|one|two|three|four|five|ten|twelve|fifteen|twenty|thirty)\s*-?\s*(minutes?|mins?|hours?|hrs?|h)"
    ),
    latin(r"(an?)\s+(hour)"),
    r"(\d+(?:\.\d+)?)\s*(분|시간)|([한두세네])\s*(시간)",
)
HALF_HOUR = any_of(latin("half an hour"), r"반\s*시간")
NUMBERS = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10, "twelve": 12}
NUMBERS |= {"fifteen": 15, "twenty": 20, "thirty": 30, "한": 1, "두": 2, "세": 3, "네": 4}
CRITICAL = any_of(
    latin(
        r"business[- ]critical|mission[- ]critical|critical (?:systems?|workloads?|services?|outages?|applications?)"
    ),
    r"비즈니스\s*크리티컬|미션\s*크리티컬|핵심\s*(?:업무|시스템|서비스)|매출(?:에)?\s*직결",
)
DOWN = any_of(
    latin(r"(?:is|goes|went|go|are|being|system|production|site|service) down|outages?|downtime|incidents?"),
    r"다운|장애|먹통|서비스\s*중단|멈추|멈춤",
)
IMPAIRED = any_of(latin(r"impaired|degraded|degradation"), r"손상|성능\s*저하")
NOT_PRODUCTION = any_of(
    latin(r"(?:no|not in|not yet in|without|non|pre)[- ]?production|nothing in production"),
    r"프로덕션(?:은|이)?\s*(?:없|아직|아니)|운영\s*환경(?:은|이)?\s*없|비운영",
)
PRODUCTION = any_of(
    latin(r"production|prod|live (?:service|site|system|traffic|customers?)|customers? (?:use|rely on) it"),
    r"프로덕션|운영\s*환경|운영\s*중|운영중|실서비스|상용\s*서비스|서비스\s*운영",
)
LEARNING_RX = any_of(
    latin(r"learn(?:ing)?|study(?:ing)?|students?|experiments?|experimenting|hobby|side project|personal project"),
    latin(r"toy project|sandbox|practi[cs]e|test account"),
    r"학습|공부|학생|실습|개인\s*프로젝트|토이\s*프로젝트|사이드\s*프로젝트|연습|취미|스터디",
)
CHANNELS = {
    "phone": any_of(
        latin(r"(?:tele)?phones?|hotline|call (?:aws|support|someone|an? (?:engineer|human|person))|on a call"),
        latin(r"speak to (?:a|an|someone)|talk to (?:a|an|someone)"),
        r"전화|유선|통화",
    ),
    "chat": any_of(latin(r"(?:live )?chat"), r"채팅|메신저"),
    "email": any_of(latin(r"e-?mails?"), r"메일"),
}
DESIGNATED_TAM = any_of(
    latin(r"(?:designated|dedicated|named|own|assigned|personal)\s+(?:TAM|technical account manager)"),
    r"(?:지정|전담|전용|우리만의|고정)\s*(?:된\s*)?TAM|TAM\s*(?:을|를)?\s*(?:지정|전담)",
)
FEATURES = {
    "tam": any_of(latin(r"TAMs?|technical account managers?"), r"기술\s*계정\s*관리자|테크니컬\s*어카운트\s*매니저"),
    "concierge": any_of(latin("concierge"), r"컨시어지"),
    "full-trusted-advisor": any_of(latin(r"trusted\s*advisor"), r"트러스티드\s*어드바이저"),
    "support-api": any_of(
        latin(r"support\s*api|(?:open|create|file|manage) cases? (?:via|through|with|using) (?:the )?api"),
        r"서포트\s*api|api\s*(?:로|으로)?\s*케이스",
    ),
    "general-guidance-24h": any_of(
        latin(r"technical (?:questions?|help|support|cases?|issues?)|ask (?:aws )?engineers"),
        latin(r"architecture (?:guidance|advice|questions?)|best[- ]practice guidance"),
        r"기술\s*(?:문의|지원|질문)|아키텍처\s*(?:조언|문의|상담)",
    ),
}
CORE_ONLY = any_of(latin(r"core|basic checks"), r"핵심\s*검사")
BUDGET_RX = {
    "free": any_of(
        r"(?<![A-Za-z-])(?<!feel )free(?![A-Za-z-])(?! up| tier)",
        latin(r"no (?:cost|budget|money)|zero (?:cost|budget)|costs? nothing|can(?:no|')t pay|without paying"),
        r"무료|공짜|비용(?:이|은)?\s*(?:없|0|안\s*드|들면\s*안)|돈(?:이|은)?\s*없|예산(?:이|은)?\s*없|0원",
    ),
    "low": any_of(
        latin(r"cheap(?:est|ly)?|low[- ]cost|low budget|tight budget|limited budget|small budget|inexpensive"),
        latin(r"affordable|budget[- ]conscious|minimal cost|budget is (?:tight|limited|small|low)"),
        r"저렴|싸게|저비용|적은\s*비용|최소\s*비용|예산(?:이|은)?\s*(?:적|빠듯|부족|넉넉하지\s*않|많지\s*않)|가성비",
    ),
    "medium": any_of(
        latin(r"medium budget|moderate budget|mid[- ]range budget"), r"중간\s*(?:수준의\s*)?예산|적당한\s*예산"
    ),
    "high": any_of(
        latin(r"budget is (?:not an issue|no issue|no object|not a concern|unlimited)|money is no object"),
        latin(
            r"cost (?:is not|isn't|doesn't) (?:an issue|matter)|whatever it costs|high budget|large budget|big budget"
        ),
        r"예산(?:은|이)?\s*(?:충분|넉넉|상관\s*없|문제\s*없)|비용(?:은|이)?\s*(?:상관\s*없|문제\s*없)",
    ),
}
USD_CAP = any_of(
    latin(r"(?:budget(?: is| of)?|afford|at most|up to|under|below|less than|no more than|max(?:imum)?)")
    + r"\s*(?:of\s*)?(?:about\s*)?\$\s?(\d[\d,]*)(\s?k)?",
    r"예산(?:은|이)?\s*(?:월\s*)?\$\s?(\d[\d,]*)(\s?k)?|\$\s?(\d[\d,]*)(\s?k)?\s*(?:이하|까지|미만)",
)


def extract_support_needs(text: str) -> list[Requirement]:
    """The support requirements a need states, each once, in NEEDS order (budget and learning last)."""
    text = text or ""
    found: dict[str, Requirement] = {}
    clock = ROUND_CLOCK.search(text) or _night_time(text)
    if clock:
        found["24x7"] = Requirement("24x7", said=clock.group(0))
    rest = ROUND_CLOCK.sub(" ", text)  # "24 hours a day" is not a 24-hour response target
    durations = list(_durations(rest))
    for minutes, said in durations:
        need = _target(minutes)
        if need not in found or (found[need].value or 0) > minutes:
            found[need] = Requirement(need, minutes, said)
    if not durations:  # without a stated time, the situation named implies the severity
        for rx, need in (
            (CRITICAL, "business-critical-30m"),
            (DOWN, "production-down-1h"),
            (IMPAIRED, "production-impaired-4h"),
        ):
            if m := rx.search(text):
                found.setdefault(need, Requirement(need, said=m.group(0)))
        production = None if NOT_PRODUCTION.search(text) else PRODUCTION.search(text)
        if production and not any(need in found for _, need in TARGETS):
            found["production-impaired-4h"] = Requirement("production-impaired-4h", said=production.group(0))
    for need, rx in CHANNELS.items():
        if m := rx.search(text):
            found[need] = Requirement(need, said=m.group(0))
    if m := DESIGNATED_TAM.search(text):
        found["designated-tam"] = Requirement("designated-tam", said=m.group(0))
    for need, rx in FEATURES.items():
        m = rx.search(text)
        if m and not (need == "full-trusted-advisor" and CORE_ONLY.search(text)):
            found.setdefault(need, Requirement(need, said=m.group(0)))
    reqs = simplify([found[n] for n in NEEDS if n in found])
    if budget := _budget(text):
        reqs.append(budget)
    learning = NOT_PRODUCTION.search(text) or LEARNING_RX.search(text)
    if learning and not [r for r in reqs if r.id != "budget"]:
        reqs.append(Requirement("learning", said=learning.group(0)))
    return reqs


def parse_need_ids(ids: Iterable[str]) -> list[Requirement]:
    """Option ids (`--need phone`) as requirements; an unknown id is an error that lists the known ones."""
    reqs = []
    for raw in ids:
        need = raw.strip().lower()
        if need not in NEEDS:
            raise BadQuestion(f"Unknown need {raw!r}: use one of {', '.join(NEEDS)}.")
        reqs.append(Requirement(need))
    return reqs


def parse_budget(level: str | None) -> Requirement | None:
    if level is None:
        return None
    key = level.strip().lower()
    if key not in BUDGETS:
        raise BadQuestion(f"Unknown budget {level!r}: use one of {', '.join(BUDGETS)}.")
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


def _night_time(text: str) -> re.Match[str] | None:
    """A clock time outside business hours (08:00-18:00): "3 a.m.", "오후 11시"."""
    for m in CLOCK.finditer(text):
        hour, half = (int(m.group(1)), m.group(2).lower()) if m.group(1) else (int(m.group(4)), m.group(3))
        morning = half in ("a", "오전")
        if (morning and (hour < 8 or hour == 12)) or (not morning and 6 <= hour < 12):
            return m
    return None


def _durations(text: str) -> Iterable[tuple[int, str]]:
    for m in HALF_HOUR.finditer(text):
        yield 30, m.group(0)
    for m in DURATION.finditer(HALF_HOUR.sub(" ", text)):  # "half an hour" is not also "an hour"
        groups = [g for g in m.groups() if g]
        number, unit = groups[0].lower(), groups[1].lower()
        amount = NUMBERS[number] if number in NUMBERS else float(number)
        minutes = amount if unit.startswith(("m", "분")) else amount * 60
        yield max(1, round(minutes)), m.group(0)


def _target(minutes: int) -> str:
    """The cheapest need whose target meets a wanted response time; faster than any plan = the fastest."""
    fitting = [need for target, need in TARGETS if target <= minutes]
    return fitting[-1] if fitting else TARGETS[0][1]


def _budget(text: str) -> Requirement | None:
    if m := USD_CAP.search(text):
        amount, thousands = next((a, k) for a, k in zip(m.groups()[::2], m.groups()[1::2], strict=True) if a)
        cap = int(amount.replace(",", "")) * (1000 if thousands else 1)
        return Requirement("budget", cap, said=m.group(0))
    for level, rx in BUDGET_RX.items():  # most restrictive first
        if m := rx.search(text):
            return Requirement("budget", BUDGETS[level], said=m.group(0), level=level)
    return None


# --- partner lexicon -----------------------------------------------------------------------------
SELL = any_of(
    latin(r"sell(?:ing)?|list (?:our|my|the) \w+|go[- ]to[- ]market|monetize|become a seller"),
    r"판매|팔(?:고|려|수|아)|입점",
)
BUY = any_of(
    latin(r"buy(?:ing)?|purchase|procure|subscribe|off[- ]the[- ]shelf|ready[- ]made"), r"구매|구입|구독|살\s*수"
)
TRAIN = any_of(
    latin(
        r"(?:train|training|upskill(?:ing)?|teach|educate|reskill)\s+(?:(?:\d+|our|my|the|all|new)\s+)*"
        r"(?:engineers?|developers?|staff|teams?|people|employees|members|admins?|architects?)"
    ),
    latin(r"certifications?|exams?|skill builder|classroom|bootcamp|courses?|upskill\w*|build (?:our |their )?skills"),
    r"교육|자격증|역량(?:을)?\s*(?:강화|키우|높이)|강의|연수|부트캠프",
)
BECOME = any_of(
    latin(
        r"become an? (?:aws )?partner|join (?:the )?apn|new (?:aws )?partner|we are an? (?:consult\w*|isv|msp|reseller)"
    ),
    r"파트너(?:가|로)\s*(?:되|등록|가입)|apn\s*(?:가입|등록)|파트너사(?:가|로)\s*되",
)
SERVICES = any_of(
    latin(r"consult\w*|system integrators?|outsourc\w*|implementation partner|professional services"),
    latin(r"help (?:us |me )?(?:to |with )?(?:design|build|migrat|mov|implement|moderni[sz]|deploy|operat)\w*"),
    latin(r"help (?:us |me )?(?:to |with )?set(?:ting)? up"),
    r"컨설팅|구축|설계|외주|대행|SI\s*업체",
)
OPERATE = any_of(
    latin(r"(?:run|operate|manage) (?:it|them|our [\w -]{1,30}?) for us|managed services?|on[- ]call"),
    latin(r"24/7 (?:operations|monitoring)|monitor (?:it|them|our \w+) for us"),
    r"운영\s*(?:대행|위탁)|운영(?:을|까지)?\s*맡|관리형\s*서비스|장애\s*대응|관제",
)
LARGE = any_of(
    latin(r"large|big|huge|enterprise[- ]wide|company[- ]wide|entire|whole|all (?:of )?our"),
    latin(r"(?:mission|business)[- ]critical"),
    latin(r"critical|regulated|bank(?:ing)?|financial|hundreds|thousands|data ?cent(?:er|re)s?"),
    latin(r"\d{3,}\s*(?:servers?|vms?|workloads?|applications?|apps?)"),
    r"대규모|대형|전사|전체\s*(?:시스템|인프라)|핵심|금융|은행|수백|수천|데이터\s*센터|미션\s*크리티컬",
)
SMALL = any_of(
    latin(r"small|startup|start-up|poc|proof of concept|pilot|single (?:app|application|workload)"),
    r"소규모|작은|스타트업|파일럿|개념\s*검증",
)
KOREA = any_of(latin(r"korea\w*|seoul|busan"), r"한국|국내|서울|부산")
DEADLINE = any_of(
    latin(r"(?:in|within)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:months?|weeks?)"),
    r"(?:\d+|[한두세네]|다섯|여섯)\s*(?:개월|달|주)\s*(?:안에|내|이내|만에)",
)
# Catalog keywords that are also everyday words: "감사합니다" is thanks, not an audit; "이전에" is "before".
FALSE_FRIENDS = {
    "감사": ("합니다", "해요", "드", "하다"),
    "이전": ("에는", "부터", "까지", "의 ", "엔"),
    "데이터": ("베이스",),
}


@dataclass
class PartnerNeeds:
    entries: dict[str, str] = field(default_factory=dict)  # catalog entry id -> the words that named it
    intents: dict[str, str] = field(default_factory=dict)  # sell, buy, train, become, services, operate
    size: str | None = None  # "large" or "small"
    korea: bool = False
    deadline: str = ""


def extract_partner_needs(text: str, partners: Partners) -> PartnerNeeds:
    """Catalog entries named by their keywords (longest first, no overlaps) and the intents around them."""
    needs = PartnerNeeds(entries=_keyword_hits(text, partners))
    rxs = {"become": BECOME, "sell": SELL, "train": TRAIN, "buy": BUY, "services": SERVICES, "operate": OPERATE}
    for intent, rx in rxs.items():
        if m := rx.search(text):
            needs.intents[intent] = m.group(0)
    needs.size = "large" if LARGE.search(text) else "small" if SMALL.search(text) else None
    needs.korea = bool(KOREA.search(text))
    needs.deadline = m.group(0) if (m := DEADLINE.search(text)) else ""
    return needs


def _keyword_hits(text: str, partners: Partners) -> dict[str, str]:
    p = partners
    entries: list[PartnerEntry] = [*p.paths, *p.legacy_types, *p.tiers, *p.programs, *p.competencies]
    entries += [*p.korean_premier_partners, *p.alternatives]
    owners: dict[str, list[str]] = {}  # one keyword may name several entries ("saas": Software Path, Marketplace)
    for entry in entries:
        for k in entry.keywords:
            owners.setdefault(k.casefold(), []).append(entry.id)
    taken = [False] * len(text)
    hits: dict[str, str] = {}
    for keyword in sorted(owners, key=len, reverse=True):
        for m in _keyword_rx(keyword).finditer(text):
            if any(taken[m.start() : m.end()]) or _false_friend(keyword, text, m.end()):
                continue
            taken[m.start() : m.end()] = [True] * (m.end() - m.start())
            for entry_id in owners[keyword]:
                hits.setdefault(entry_id, m.group(0))
    return hits


def _keyword_rx(keyword: str) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(w) for w in keyword.split())
    return re.compile(body if re.search(r"[\uac00-\ud7a3]", keyword) else latin(body), re.I)


def _false_friend(keyword: str, text: str, end: int) -> bool:
    return any(text.startswith(tail, end) for tail in FALSE_FRIENDS.get(keyword, ()))
