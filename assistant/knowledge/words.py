"""Word-level helpers shared by the alias table and the near-miss check: how common an English word is,
and how many typing slips separate two words."""

from __future__ import annotations

import re
from functools import lru_cache

COMMON_WORD = 5.5  # Zipf: "have", "take", "many", "really" are everyday words that name no subject
KNOWN_WORD = 3.0  # Zipf: a word this common ("available", "basics") is spelt as meant, no slip of another
# Zipf: a noun rarer than this, pointed at ("that AMI", "그 플러스"), names a thing; "that one", "that cost" do not
NAMING_WORD = 4.5


@lru_cache(maxsize=8192)
def zipf(word: str) -> float:
    """How common a word is in everyday English (wordfreq's Zipf scale: 7 = "the", 0 = never seen)."""
    from wordfreq import zipf_frequency  # loads its tables on first use only

    return zipf_frequency(word, "en")


# Acronyms of everyday office work, which name no product or service anyone could ask the corpus about: "client
# procurement still writes 'consulting partner' in RFPs" says where a word is used, not what is asked
WORKPLACE_ACRONYMS = frozenset(
    [
        # (currency codes: "our aws bill is around 1.2M USD per month" states an amount, names nothing)
        "usd",
        "krw",
        "eur",
        "jpy",
        "rfp",
        "rfi",
        "rfq",
        "sow",
        "po",
        "kpi",
        "okr",
        "roi",
        "tco",
        "poc",
        "mvp",
        "eta",
        "faq",
        "ceo",
        "cto",
        "cio",
        "cfo",
        "ciso",
        "coo",
        "hr",
        "pm",
        "qa",
        "uat",
        "raci",
        "nda",
        "msa",
        "eod",
        "asap",
        "fyi",
        "tbd",
        "wip",
        "pr",
        "jd",
        "cv",
        "mou",
        "loi",
        "ooo",
    ]
)


# English numbers in words, as people type them: "fifteen", "twenty-four", "one hundred and eighty"
# chat's clipped words and the whole words the summaries write ("tech help": technical; "prod": production)
CLIPPINGS = {
    "tech": "technical",
    "info": "information",
    "config": "configuration",
    "configs": "configuration",
    "env": "environment",
    "envs": "environments",
    "docs": "documentation",
    "repo": "repository",
    "repos": "repositories",
    "org": "organization",
    "orgs": "organizations",
    "infra": "infrastructure",
    "perf": "performance",
    "req": "requirement",
    "reqs": "requirements",
    "mgmt": "management",
    "ops": "operations",
    "dupe": "duplicate",
    "dupes": "duplicates",
    "svc": "service",
    "svcs": "services",
    "acct": "account",
    "accts": "accounts",
    "prod": "production",
    "dev": "development",
    "reco": "recommendation",
    "recos": "recommendations",
}
# chat's contractions typed without the apostrophe: words of the asking, which no passage could hold
BARE_CONTRACTIONS = frozenset(
    ["isnt", "arent", "wasnt", "werent", "dont", "doesnt", "didnt", "cant", "couldnt", "wont", "wouldnt"]
    + ["shouldnt", "havent", "hasnt", "hadnt", "im", "ive", "youre", "theyre", "thats", "whats"]
)
_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
EN_ONES = {w: i for i, w in enumerate((_ONES + " seventeen eighteen nineteen").split())}
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
EN_TENS = {w: 10 * (i + 2) for i, w in enumerate(_TENS)}


def english_number(words: str) -> int | None:
    """ "one hundred and eighty" -> 180, "twenty-four" -> 24, and as people say figures, "two fifty" -> 250 (a digit
    then tens: hundreds); None when the words do not make one number ("five twelve": two numbers side by side)."""
    value, last = 0, None
    for word in re.split(r"[\s-]+", words.casefold()):
        if word == "and":
            continue
        if word == "hundred":
            value, last = (value or 1) * 100, "hundred"
            continue
        n = 1 if word == "a" else EN_ONES.get(word, EN_TENS.get(word))
        if last == "ones" and word in EN_TENS and value < 10:  # ("two fifty k", "one sixty five")
            value, last = value * 100 + EN_TENS[word], "tens"
            continue
        if n is None or (last == "tens" and n >= 10) or (last in ("ones", "teens") and word != "a"):
            return None
        value += n
        last = "tens" if word in EN_TENS else "teens" if n >= 10 else "ones"
    return value


SLIP_OF = 3.5  # Zipf: a common word ("attach", "difference") a rare one may be a slip of


@lru_cache(maxsize=1)
def _by_deletion() -> dict[str, tuple[str, ...]]:
    """Every common English word of five letters or more, and each of its one-letter deletions, to the words it
    comes from (a slip of one insertion, deletion or substitution shares a key with the word meant)."""
    from wordfreq import top_n_list

    index: dict[str, list[str]] = {}
    for word in top_n_list("en", 30000):
        if len(word) < 5 or not word.isalpha() or zipf(word) < SLIP_OF:
            continue
        for key in {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}:
            index.setdefault(key, []).append(word)
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=4096)
def slip_of_common(word: str) -> str | None:
    """The common word a rare lower-case one is one typing slip from ("attatch" -> "attach", "diffrence" ->
    "difference"), keeping its first letter (a product's name, "karpenter", is no slip of "carpenter"), of seven
    letters or more (a short name, "braket", is one slip from many words); None if none. A shorter word of four
    letters or more is a slip only of one of the commonest words ("wuld" -> "would", "shuld" -> "should")."""
    low = word.casefold()
    if len(low) < SHORT_SLIP or not low.isalpha():
        return None
    index = _by_deletion()
    keys = {low, *(low[:i] + low[i + 1 :] for i in range(len(low)))}
    found = sorted(
        {
            w
            for k in keys
            for w in index.get(k, ())
            if w[0] == low[0] and w != low and slips(low, w, 1) <= 1 and (len(low) >= 7 or zipf(w) >= FUNCTION_WORD)
        },
        key=lambda w: -zipf(w),
    )
    return found[0] if found else None


SHORT_SLIP = 4  # a slip this long at least
FUNCTION_WORD = 5.9  # how common the word a short slip comes from must be: "would", "should", "about", "which"


def slips(a: str, b: str, limit: int = 2) -> int:
    """Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`; stops counting past `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def one_slip_apart(a: str, b: str) -> bool:
    """One typing slip turns `a` into `b`: a letter changed, added or dropped, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        return len(diff) == 1 or swapped
    short, long = sorted((a, b), key=len)
    i = next((i for i, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[i:] == long[i + 1 :]
