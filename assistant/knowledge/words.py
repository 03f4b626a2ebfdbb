"""Word-level helpers shared by the alias table and the near-miss check: how common an English word is,
and how many typing slips separate two words."""

from __future__ import annotations

from functools import lru_cache

COMMON_WORD = 5.5  # Zipf: "have", "take", "many", "really" are everyday words that name no subject
KNOWN_WORD = 3.0  # Zipf: a word this common ("available", "basics") is spelt as meant, no slip of another


@lru_cache(maxsize=8192)
def zipf(word: str) -> float:
    """How common a word is in everyday English (wordfreq's Zipf scale: 7 = "the", 0 = never seen)."""
    from wordfreq import zipf_frequency  # loads its tables on first use only

    return zipf_frequency(word, "en")


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
