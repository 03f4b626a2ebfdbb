"""Generic reading machinery for requests as people write them: phrases, typos, negation, scope, quantities.

Nothing here knows a support plan or a partner: the words come from the catalog (plain phrases, not
patterns) and this module turns them into matches with word boundaries for English (plus plural and
verb endings), free spacing for Korean, and a fuzzy repair of misspelt English words. Quantities are
read the same way for every advisor: durations in digits or words ("sixty minutes", "한 시간 반") and
money in USD or KRW ("$2k", "300만원", "3천만원").
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from assistant.answer.cues import PAID_AFTER, PAID_BEFORE
from assistant.knowledge.words import EN_ONES, EN_TENS, KNOWN_WORD, english_number, zipf

HANGUL = re.compile(r"[\uac00-\ud7a3]")
WORD = re.compile(r"[A-Za-z][A-Za-z'+-]*")
ENDINGS = r"(?:s|es|ed|ing|d)?"  # "audits", "outages", "monitored", "crashing"


@dataclass(frozen=True)
class Match:
    key: str  # what the phrase stands for (a need id, a cue name)
    start: int
    end: int
    said: str


# a change of the language spoken, not of plans: "switching to english so I can paste this", "영어로 바꿔서 답해줘"
_LANGUAGE_SWITCH = re.compile(
    r"\b(?:switch\w*|chang\w*|mov\w*)\s+(?:over\s+)?(?:to|into)\s+(?:english|korean)\b"
    r"|(?:영어|한국어|한글|영문|국문)\s*로\s*(?:바꿔|바꾸|바뀌|전환|옮겨)",
    re.IGNORECASE,
)


def without_language_switch(text: str) -> str:
    """`text` with a change of the answer's language blanked out, so that it reads as no change of plan."""
    return _LANGUAGE_SWITCH.sub(lambda m: " " * len(m.group(0)), text)


@lru_cache(maxsize=4096)
def phrase_rx(phrase: str) -> re.Pattern[str]:
    """A phrase as a pattern: Korean with optional spaces between letters, English bounded by non-letters."""
    p = phrase.strip().casefold()
    if HANGUL.search(p):
        body = r"\s*".join(re.escape(ch) for ch in p.replace(" ", ""))
        return re.compile(body, re.I)
    words = [re.escape(w) for w in p.split()]
    body = r"[\s-]+".join(words)
    tail = ENDINGS if re.search(r"[a-z]$", p) else ""
    return re.compile(rf"(?<![A-Za-z0-9]){body}{tail}(?![A-Za-z0-9])", re.I)


def pair_rx(first: Iterable[str], then: Iterable[str], within: int) -> re.Pattern[str]:
    """One word followed within `within` characters (same sentence) by another: "train our 30 engineers"."""
    a = "|".join(_body(p) for p in sorted(first, key=len, reverse=True))
    b = "|".join(_body(p) for p in sorted(then, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z0-9])(?:{a}){ENDINGS}[^.;!?\n]{{0,{within}}}?(?:{b}){ENDINGS}(?![A-Za-z0-9])", re.I)


def _body(phrase: str) -> str:
    p = phrase.strip().casefold()
    if HANGUL.search(p):
        return r"\s*".join(re.escape(ch) for ch in p.replace(" ", ""))
    return r"[\s-]+".join(re.escape(w) for w in p.split())


def find(text: str, phrases: Mapping[str, Iterable[str]]) -> list[Match]:
    """Every phrase occurrence, longest phrase first, without overlaps (so "dedicated tam" beats "tam")."""
    flat = sorted(((p, k) for k, ps in phrases.items() for p in ps if p.strip()), key=lambda x: -len(x[0]))
    taken = [False] * (len(text) + 1)
    out: list[Match] = []
    for phrase, key in flat:
        for m in phrase_rx(phrase).finditer(text):
            if any(taken[m.start() : m.end()]):
                continue
            taken[m.start() : m.end()] = [True] * (m.end() - m.start())
            out.append(Match(key, m.start(), m.end(), m.group(0)))
    return sorted(out, key=lambda m: m.start)


def repair(text: str, vocabulary: frozenset[str]) -> str:
    """Misspelt English words (5+ letters, not known) replaced by the closest known word: "suport" -> "support".
    An everyday word is spelt as meant: "still available" is no slip of "unavailable"."""

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.casefold()
        if len(low) < 5 or low in vocabulary or zipf(low) >= KNOWN_WORD:
            return word
        return _closest(low, vocabulary) or word

    return WORD.sub(fix, text)


@lru_cache(maxsize=8192)
def _closest(word: str, vocabulary: frozenset[str]) -> str | None:
    near = difflib.get_close_matches(word, sorted(vocabulary), n=1, cutoff=0.82)
    return near[0] if near else None


def vocabulary_of(phrases: Iterable[str]) -> set[str]:
    return {w.casefold() for p in phrases for w in WORD.findall(p)}


def clause_bounds(text: str, breaks: Iterable[str]) -> list[tuple[int, int]]:
    """Spans between clause breaks (punctuation, "but", "다만"): negation and "nice to have" stay inside one."""
    cuts = {0, len(text)}
    low = text.casefold()
    for b in breaks:
        start = 0
        while (i := low.find(b.casefold(), start)) >= 0:
            if not (b == "." and _decimal_point(text, i)):
                cuts.update((i, i + len(b)))
            start = i + 1
    points = sorted(cuts)
    return [(a, b) for a, b in zip(points, points[1:], strict=False) if b > a]


def _decimal_point(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def clause_of(bounds: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    return next(((a, b) for a, b in bounds if a <= pos < b), (0, 0))


# --- durations -----------------------------------------------------------------------------------
UNIT = r"(minutes?|mins?|hours?|hrs?|h|분|시간)"


def durations(text: str, numbers: dict[str, float]) -> list[tuple[int, int, int, str]]:
    """(minutes, start, end, said) for each stated duration: "1h", "sixty minutes", "한 시간 반", "half an hour"."""
    words = "|".join(re.escape(w) for w in sorted(numbers, key=len, reverse=True))
    number = rf"(\d+(?:\.\d+)?|{words})"
    rx = re.compile(
        rf"(?<![A-Za-z0-9])(half an? hour|반\s*시간)|{number}\s*-?\s*{UNIT}(?:\s*(반|and a half))?(?![A-Za-z])",
        re.I,
    )
    out = []
    for m in rx.finditer(text):
        if m.group(1):
            out.append((30, m.start(), m.end(), m.group(0)))
            continue
        raw, unit, half = m.group(2).casefold(), m.group(3).casefold(), m.group(4)
        if raw in numbers and not HANGUL.search(raw) and raw.isalpha() and not _word_start(text, m.start()):
            continue  # "Shan hour" is not "an hour"
        amount = numbers[raw] if raw in numbers else float(raw)
        amount += 0.5 if half else 0
        minutes = amount if unit.startswith(("m", "분")) else amount * 60
        out.append((max(1, round(minutes)), m.start(), m.end(), m.group(0)))
    return out


def _word_start(text: str, i: int) -> bool:
    return i == 0 or not text[i - 1].isalpha()


# --- money ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Money:
    usd: float
    krw: int | None  # the amount as written when it was in won
    start: int
    end: int
    said: str


# a scale after a figure: "$1.2 million", "1.2 mil/mo", "four grand", "20k"
SCALES = {"k": 1e3, "grand": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "mil": 1e6, "million": 1e6}
_SCALE = r"(k|grand|thousand|mm|m|mil|million)"
# a figure in digits, or in words before a scale ("four grand", "a million", "twenty k")
_SCALED_WORDS = ("a", *EN_ONES, *EN_TENS)  # (their values: `english_number`)
_SCALED_WORD = rf"(?:{'|'.join(sorted(_SCALED_WORDS, key=len, reverse=True))})"
_FIGURE = r"\d[\d,]*(?:\.\d+)?"
# ("three hundred k a month", "one hundred sixty k", "two fifty k": a run of number words before a scale)
# ("one point five mil", "six and a half k": a fraction after the words)
_SPELT_FRACTION = rf"(?:[\s-]+point[\s-]+{_SCALED_WORD}|[\s-]+and[\s-]+a[\s-]+half)"
_SCALED_FIGURE = (
    rf"(?:{_FIGURE}|{_SCALED_WORD}(?:(?:[\s-]+and)?[\s-]+(?:hundred|{_SCALED_WORD}))*{_SPELT_FRACTION}?"
    rf"(?=\s*(?:{'|'.join(SCALES)})\b))"
)
USD_RX = re.compile(
    rf"\$\s?(\d(?:[\d,]*\d)?(?:\.\d+)?)\s*{_SCALE}?(?![A-Za-z])|(?<![\w$])(\d(?:[\d,]*\d)?(?:\.\d+)?)\s*{_SCALE}?\s*"
    r"(usd|dollars?|bucks|달러|불)(?![A-Za-z])",
    re.I,
)


def scaled(raw: str, scale: str | None) -> float:
    """ "1.2" "mil" -> 1,200,000; "four" "grand" -> 4,000."""
    value = (spelt_figure(raw) or 0.0) if raw[:1].isalpha() else float(raw.replace(",", ""))
    return value * SCALES.get((scale or "").casefold(), 1)


def spelt_figure(words: str) -> float | None:
    """ "two fifty" -> 250, "one point five" -> 1.5, "six and a half" -> 6.5: `english_number` and a fraction."""
    words = words.casefold().strip()
    half = re.search(r"[\s-]+and[\s-]+a[\s-]+half$", words)
    if half:
        units = english_number(words[: half.start()])
        return None if units is None else units + 0.5
    parts = re.split(r"[\s-]+point[\s-]+", words, maxsplit=1)
    if len(parts) == 1:
        return english_number(words)
    ones, fraction = english_number(parts[0]), english_number(parts[1])
    if ones is None or fraction is None:
        return None
    return ones + fraction / (10 if fraction < 10 else 100)  # ("one point twelve": 1.12)


# Dollars counted in Korean ("20만불", "5천 달러") and a bare "50k" beside a month ("50k/mo", "30k a month").
# ("3만5천불": digits after a unit go on counting)
# ("만불이면 되는거 맞음?", "오천불": a unit alone, or after a Korean digit, counts too)
KO_USD_RX = re.compile(
    # ("만오천불": the digits after the big unit spelt as words too)
    # ("십이만 불", "사십만 불": tens and hundreds spelt out before the big unit)
    r"(?<![\w$])((?:\d[\d,]*(?:\.\d+)?\s*|[일이삼사오육칠팔구십백]{1,4})?[천만억](?:[일이삼사오육칠팔구십백천만억\s]|\d[\d,]*\s*[천백십]?)*)\s*"
    r"(?:usd|dollars?|달러|불)",
    re.I,
)
_KO_BILL = r"(?:사용액|사용량|사용\s*금액|청구액)(?:은|는|이|가)?"  # the AWS bill named in Korean, with its particle
BARE_K_RX = re.compile(
    rf"(?<![\w$])({_SCALED_FIGURE})\s*{_SCALE}(?![A-Za-z0-9])"
    r"(?=\s*(?:/\s*mo|/\s*month|per month|a month|monthly|each month|this month|last month|/월|월))",
    re.I,
)
# ... and a bare "300k" or "3 grand" after a word of spending or of a bar ("we spend 300k", "under 5k", "like three
# grand": the figures of a support chat are dollars)
BARE_K_AFTER_RX = re.compile(
    r"\b(?:spend(?:ing|s)?|spent|usage|bill(?:\s+is)?|under|over|above|below|within|less than|more than|about"
    # ("this month we're at one point two mil", "이번달 청구 six and a half k": the bill, said so)
    r"|(?:we'?re|we are|currently|now|running|we'?ll be|we will be)\s+at"
    r"|청구(?:액|서|금액)?(?:은|는|이|가)?|(?:이번|지난)\s*달"
    # ("월 사용액 35k쯤인데": the bill in Korean, a particle right after the scale)
    rf"|around|like|max|{_KO_BILL})"
    # ("usage forecast for jan is eight hundred k": a bill foreseen is a bill)
    r"(?:\s+(?:forecast|estimate|projection)(?:\s+for\s+(?:next\s+)?\w+)?)?"
    r"(?:\s+(?:this|last|next|per|a|each)\s+month)?(?:\s+(?:is|was|of))?"  # ("usage this month ~6.5k")
    # ("december usage is tracking ~ninety-five k": where the bill is heading)
    r"(?:\s+(?:tracking|trending|running|heading|landing)(?:\s+(?:at|to|towards?|around|about))?)?"
    rf"\s*~?\s*\$?({_SCALED_FIGURE})\s*{_SCALE}(?![A-Za-z0-9])"
    r"(?!\s*(?:of\s+)?(?:spend|usage|bill|use)\b)",  # ("how do TAMs work under 5k spend": a level of spend)
    re.I,
)
# ... and a bare "50k" named as the usage ("at 50k usage", "with 300k of monthly spend", "bill says four point two k
# usage this month", "w/ about 52k usage")
BARE_K_USAGE_RX = re.compile(
    # ("EOR w/ about 52k usage": the bill said roughly)
    rf"(?:\b(?:at|with|on|for|(?:bill|invoice)\s+(?:says|shows|reads))|\bw/)(?:\s+(?:about|around|roughly|approx\.?))?"
    rf"\s+~?\$?({_SCALED_FIGURE})\s*{_SCALE}"
    r"(?=\s+(?:of\s+)?(?:monthly\s+|aws\s+)*(?:usage|spend|bill)\b)",
    re.I,
)
# ... and, in a turn after a bill was stated, a bare "at 160k" or "160k면": the bill asked about next
BARE_K_AT_RX = re.compile(
    rf"\b(?:at|with|if|for)\s+~?\$?({_SCALED_FIGURE})\s*{_SCALE}(?![A-Za-z0-9])"
    rf"|(?<![\w$])({_SCALED_FIGURE})\s*{_SCALE}(?=\s*(?:이면|면|일\s*때|에서는|에선))",
    re.I,
)


def bill_asked_next(text: str) -> Money | None:
    """The bill a follow-up names bare, as the next one to work a price out at (`BARE_K_AT_RX`), if any."""
    m = BARE_K_AT_RX.search(text)
    return None if m is None else _scaled_money(text, m, 1 if m.group(1) else 3)


def _scaled_money(text: str, m: re.Match[str], i: int) -> Money:
    """The amount of a figure matched in group `i` and its scale in group `i + 1`, as typed between them."""
    return Money(scaled(m.group(i), m.group(i + 1)), None, m.start(i), m.end(i + 1), text[m.start(i) : m.end(i + 1)])


# A bare number is money only where money is plainly meant: after a budget word ("budget is 300", "예산 300"),
# before "a month" ("300 a month"), or held up against a price at the end of a clause ("under 400?")
BARE_RX = re.compile(
    # (a figure never ends with its comma: "after jan 2027, budget ~20k" holds no amount "2027,")
    r"(?:\bbudget(?:\s+(?:is|of|around|about|like))*\s*[:=]?|예산(?:은|이)?\s*:?(?:\s*월)?)\s*~?\s*"
    r"(\d(?:[\d,]*\d)?(?:\.\d+)?)\s*(k)?(?![\w%.]|\s*(?:분|시간|명|개|일|주|%))"
    r"|(?<![\w$.,])(\d(?:[\d,]*\d)?(?:\.\d+)?)\s*(k)?\s*(?=(?:a month|per month|/\s*mo(?:nth)?|monthly|each month)\b"
    r"|(?:budget|예산)(?![A-Za-z]))"
    r"|\b(?:under|below|over|above|less than|more than|at most|at least|no more than)\s+"
    r"(\d(?:[\d,]*\d)?(?:\.\d+)?)\s*(k)?(?=\s*(?:[?.!,]|$))",
    re.I,
)
YEAR = re.compile(r"20[1-4]\d")
# An amount held up as a bar ("under $100", "50불 이하", "월 100불 예산", "over 5k?"), not the AWS bill
_BAR_AFTER = re.compile(
    r"\s*(?:/\s*mo\w*|a month|per month|monthly)?\s*"
    r"(?:이하|미만|이상|초과|보다|넘|까지|안쪽|안으로|안에|내로|내에서|밑|선에서|예산"
    r"|(?:\s*a month\s*)?budget|(?:in|into) (?:the |our |their )?(?:\w+ )?budget|or (?:less|under|more|over)"
    # "finance gave us ~$50k/mo for support", "서포트 예산": the amount set aside for the plan
    r"|(?:max(?:imum)?\s+|tops\s+)?(?:for|on) (?:the |our )?(?:aws )?support\b|max(?:imum)?\b|tops\b|at most\b"
    # ("월 100불 정도 쓸 수 있음", "200불까지 낼 수 있어요": what the asker can afford)
    r"|(?:\s*(?:정도|쯤|선))?\s*(?:까지)?\s*(?:는\s*)?(?:쓸|낼|지출할|감당할)\s*수\s*있"
    # ("월 30불 정도밖에 못씀": only that much)
    r"|(?:\s*(?:정도|쯤))?\s*밖에)",
    re.I,
)
_BAR_BEFORE = re.compile(
    r"(?:\b(?:under|below|above|over|less than|more than|at most|at least|up to|no more than|within|max(?:imum)?"
    # ("budget is 300", "support budget line is 16k/mo", "budget for next yr is 140k/mo")
    r"|budget(?: [a-z]+){0,3}?(?: of| is|:)?"
    # ("we can spend ~$100/mo", "can only afford 200 a month")
    r"|can (?:only |just )?(?:spend|afford|pay|put)(?: up to| about| around| like| maybe)?"
    # ("finance capped our support line at ~$150/mo")
    r"|\bcapped\b(?: [\w+-]+){0,4}? at|\bcap (?:of|is|at))"
    r"|예산(?:은|이)?(?:\s*월)?)\s*(?:~\s*)?$",
    re.IGNORECASE,
)
_TIER_AFTER = re.compile(r"\s*(?:구간|분|부분|사용)")
_TIER_BEFORE = re.compile(r"\b(?:part|portion|tier|band|slice|share)(?:\s+of(?:\s+\w+)?)?(?:\s+usage)?\s*$", re.I)
_BILL_BEFORE = re.compile(r"\b(?:usage|use|spend\w*|spent|bill)(?:\s+(?:is|was|of \w+|that'?s))?\s*$", re.I)
# "사용액이 약 120만 달러까지 늘 것": the bill the asker expects to grow to, not a cap on a price
_BILL_UP_TO = re.compile(rf"{_KO_BILL}\s*(?:약|대략|한|월|최대)?\s*$")
# a rate asked of a plan's price ("what % …", "몇 퍼", "요율"): an amount it is asked above is a band of usage
_RATE_ASKED = re.compile(r"\bwhat\s*(?:%|percent)|\b(?:what|which) rate\b|몇\s*(?:%|퍼|프로)|요율|몇\s*퍼센트", re.I)
_FLOOR = re.compile(r"over|above|more than|at least|이상|초과|넘|or more", re.I)


def held_up(text: str, m: Money) -> str | None:
    """ "cap" for an amount held up as a limit ("under $100", "100불 이하", "budget $300"), "floor" for a bar to
    pass ("over 5k", "5천불 이상"), "compare" for "100불보다", "tier" for a band of usage ("the part above $1M"),
    None for an amount simply stated (the AWS bill)."""
    after = _BAR_AFTER.match(text, m.end)
    before = _BAR_BEFORE.search(text[max(0, m.start - 24) : m.start])
    ahead = text[max(0, m.start - 40) : m.start - len(before.group(0))] if before else ""
    if (after and _TIER_AFTER.match(text, after.end())) or _TIER_BEFORE.search(ahead):
        return "tier"  # "25만불 초과 구간", "the part of usage above $1M": a band of usage a rate applies to
    bar = after or before
    if bar is not None and _RATE_ASKED.search(text) and _FLOOR.search(bar.group(0)):
        return "tier"  # "what % do they charge on business support above 250k?": the rate of the usage above it
    if _BILL_BEFORE.search(ahead):
        before = None  # "we spend over 10k": the bill, not a bar on a price
    if after and after.group(0).strip() == "까지" and _BILL_UP_TO.search(text[max(0, m.start - 24) : m.start]):
        after = None
    if not (after or before):
        return None
    said = (after.group(0) if after else "") + (before.group(0) if before else "")
    if said.strip().endswith("보다"):  # "100불보다 비싸?" and "100불보다 안비싸지?" alike: which side is asked is open
        return "compare"
    return "floor" if _FLOOR.search(said) else "cap"


def stated_bill(text: str, krw_per_usd: float) -> Money | None:
    """The first amount of the AWS bill the text states ("$20k", "20,000 dollars", "2천만원")."""
    return next(iter(stated_bills(text, krw_per_usd)), None)


def stated_bills(text: str, krw_per_usd: float) -> list[Money]:
    """Each amount of the AWS bill the text states ("1.5M now and 3.5M next year"). An amount held up as a cap or
    a bar is a budget, not the spend a price is worked out at; one named as a price ("월 최소 3000불 맞나?") is a
    price."""
    return [
        m
        for m in money(text, krw_per_usd)
        if held_up(text, m) is None
        and not _PRICE_BEFORE.search(text[max(0, m.start - 16) : m.start])
        and not TOO_MUCH.match(text, m.end)  # ("월 1만5천불은 너무 비쌈": a price turned down, not the bill)
        and not _PRICE_AFTER.match(text, m.end)  # ("BS+ is still $29/mo minimum": a plan's minimum)
        # ("… 3%니까 18불만 내면 되는거 맞지?", "so just 18 bucks right?": the price the asker worked out, to confirm)
        and not _PAID_AFTER.match(text, m.end)
        and not _PAID_BEFORE.search(text[max(0, m.start - 12) : m.start])
    ]


# an amount said to be too much: "15k/mo for ent is too much", "월 1500만원은 부담", "$5,500 is over our budget"
TOO_MUCH = re.compile(
    r"\s*(?:/\s*mo\w*|a month|per month|monthly)?\s*(?:for [\w+-]+(?: support)?\s+)?"
    r"(?:is|was|seems|'s)?\s*(?:way\s+|just\s+|a bit\s+)?"
    r"(?:too (?:much|expensive|pricey|steep|high)|over (?:our |the )?budget|more than we can|out of (?:our )?budget)"
    r"|\s*(?:은|는|이|가|도)?\s*(?:좀|너무|넘|많이)?\s*(?:비싸|비쌈|비싼|부담|무리|감당\s*(?:안|못)|오버)",
    re.IGNORECASE,
)


# a sum the asker worked out and holds up to confirm is no bill (answer/cues.py PAID_AFTER, PAID_BEFORE)
_PAID_AFTER = re.compile(PAID_AFTER, re.I)
_PAID_BEFORE = re.compile(rf"{PAID_BEFORE}\s*\$?$", re.I)
_PRICE_AFTER = re.compile(r"\s*(?:/\s*mo\w*|a month|per month|monthly)?\s*(?:minimum|min|floor)\b", re.I)
# an amount named as a plan's minimum, not as the bill: "월 최소 3000불", "minimum is $5k" ("월 aws 요금 $2,000" is
# the bill)
_PRICE_BEFORE = re.compile(
    r"(?:최소|최저|minimum|min)\s*(?:은|는|이|가|금액은?|요금은?|is|of|:)?\s*(?:월\s*)?~?$", re.I
)


def held_amount(text: str, krw_per_usd: float) -> tuple[float, str] | None:
    """The first amount a price is held against ("under $400?", "월 100불 이하", "budget is 300"), in USD, and how
    ("cap", "floor" or "compare")."""
    return next(
        ((m.usd, r) for m in money(text, krw_per_usd) if (r := held_up(text, m)) in ("cap", "floor", "compare")), None
    )


KO_DIGITS = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
KO_SMALL = {"십": 10, "백": 100, "천": 1000}
KO_BIG = {"만": 10_000, "억": 100_000_000}
KRW_RX = re.compile(  # not inside a word: the particle in "사용량이 천만원" is no digit 2
    r"((?:\d[\d,]*(?:\.\d+)?|(?<![가-힣])[일이삼사오육칠팔구십백천만억])(?:[\d,.\s]|[일이삼사오육칠팔구십백천만억])*)\s*(원|krw)",
    re.I,
)


def money(text: str, krw_per_usd: float) -> list[Money]:
    """Amounts in USD ("$2k", "500 USD", "1000 dollars") and KRW ("10만원", "3천만원", "50,000 KRW")."""
    out = []
    for m in USD_RX.finditer(text):
        raw, scale = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        out.append(Money(scaled(raw, scale), None, m.start(), m.end(), m.group(0).strip()))
    for m in KO_USD_RX.finditer(text):
        usd = korean_number(m.group(1))
        if usd is not None and not any(o.start <= m.start() < o.end for o in out):
            out.append(Money(float(usd), None, m.start(), m.end(), m.group(0).strip()))
    for m in BARE_K_RX.finditer(text):
        if not any(o.start <= m.start() < o.end for o in out):
            out.append(Money(scaled(m.group(1), m.group(2)), None, m.start(), m.end(), m.group(0).strip()))
    for m in [*BARE_K_AFTER_RX.finditer(text), *BARE_K_USAGE_RX.finditer(text)]:
        if not any(o.start <= m.start(1) < o.end for o in out):
            out.append(_scaled_money(text, m, 1))
    for m in BARE_RX.finditer(text):
        i = next(g for g in (1, 3, 5) if m.group(g))
        if YEAR.fullmatch(m.group(i)):  # "2027 budget", "budget 2026": a year, not an amount
            continue
        if not any(o.start <= m.start(i) < o.end for o in out):
            value = float(m.group(i).replace(",", "")) * (1e3 if m.group(i + 1) else 1)
            end = m.end(i + 1) if m.group(i + 1) else m.end(i)
            out.append(Money(value, None, m.start(i), end, text[m.start(i) : end]))
    for m in KRW_RX.finditer(text):
        won = korean_number(m.group(1))
        if won is not None:
            out.append(Money(won / krw_per_usd, won, m.start(), m.end(), m.group(0).strip()))
    return sorted(out, key=lambda x: x.start)


def korean_number(raw: str) -> int | None:
    """ "3천만" -> 30,000,000; "10만" -> 100,000; "2억 5천만" -> 250,000,000; "50,000" -> 50,000."""
    total, group, num = 0.0, 0.0, None
    for tok in re.findall(r"\d[\d,]*(?:\.\d+)?|[일이삼사오육칠팔구십백천만억]", raw.replace(" ", "")):
        if tok[0].isdigit():
            num = float(tok.replace(",", ""))
        elif tok in KO_DIGITS:
            num = KO_DIGITS[tok]
        elif tok in KO_SMALL:
            group += (num if num is not None else 1) * KO_SMALL[tok]
            num = None
        else:
            total += (group + (num or 0) or 1) * KO_BIG[tok]
            group, num = 0.0, None
    total += group + (num or 0)
    return int(total) if total or raw.strip().startswith("0") else None
