"""Pure metric functions: small inputs, hand-checkable outputs, no I/O."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

_REF = re.compile(r"\[(\d+)\]")


def first_relevant(texts: Sequence[str], expect: Sequence[str]) -> int | None:
    """1-based rank of the first text containing any expected substring, or None."""
    for rank, text in enumerate(texts, start=1):
        if any(s in text for s in expect):
            return rank
    return None


def recall_at(rank: int | None, k: int) -> float:
    return 1.0 if rank is not None and rank <= k else 0.0


def reciprocal_rank(rank: int | None, k: int = 10) -> float:
    return 1.0 / rank if rank is not None and rank <= k else 0.0


def ndcg_at(texts: Sequence[str], expect: Sequence[str], k: int = 10) -> float:
    """Binary-relevance nDCG@k; the ideal ranking puts the relevant passages retrieved first."""
    gains = [1.0 if any(s in t for s in expect) else 0.0 for t in texts[:k]]
    dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains))
    ideal = sum(1.0 / math.log2(i + 2) for i in range(int(sum(gains))))
    return dcg / ideal if ideal else 0.0


def keyword_hit_rate(answer: str, keywords: Sequence[str]) -> float:
    """Share of expected keywords present in the answer (case-insensitive)."""
    if not keywords:
        return 1.0
    low = answer.lower()
    return sum(1 for k in keywords if k.lower() in low) / len(keywords)


def citation_validity(answer: str, citation_numbers: Sequence[int]) -> float:
    """1.0 when every [n] in the answer names a returned citation (and there is at least one)."""
    refs = {int(n) for n in _REF.findall(answer)}
    if not refs:
        return 0.0
    return 1.0 if refs <= set(citation_numbers) else 0.0


def abstention(abstained: Sequence[bool], out_of_scope: Sequence[bool]) -> dict[str, float]:
    """Accuracy, precision and recall of abstaining, with out-of-scope as the positive class."""
    pairs = list(zip(abstained, out_of_scope, strict=True))
    tp = sum(1 for a, o in pairs if a and o)
    fp = sum(1 for a, o in pairs if a and not o)
    fn = sum(1 for a, o in pairs if not a and o)
    correct = sum(1 for a, o in pairs if a == o)
    return {
        "abstention_accuracy": correct / len(pairs) if pairs else 0.0,
        "abstention_precision": tp / (tp + fp) if tp + fp else 1.0,
        "abstention_recall": tp / (tp + fn) if tp + fn else 1.0,
    }


def mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


_CITED_LINE = re.compile(r"^\s*-?\s*(.*?)\s*((?:\[\d+\]\s*)+)$")


def groundedness(answer: str, citation_texts: dict[int, str]) -> float:
    """Share of cited answer lines whose words all stand in the passage they cite.

    A line's text is compared with whitespace folded and table cells joined, the form the offline
    composer quotes them in; lines without a citation (leads, list items) are not counted.
    """
    checked = grounded = 0
    for line in answer.splitlines():
        m = _CITED_LINE.match(line)
        if not m or not m.group(1):
            continue
        refs = [int(n) for n in re.findall(r"\d+", m.group(2))]
        body = _fold(m.group(1).rstrip(":"))
        checked += 1
        if any(body in _fold(citation_texts.get(n, "")) for n in refs):
            grounded += 1
    return grounded / checked if checked else 0.0


def _fold(text: str) -> str:
    text = re.sub(r"^\s*[-*+]\s+", "", text, flags=re.M)
    text = text.replace("|", " ").replace(" — ", " ")
    return " ".join(text.split())


def citation_precision(citation_texts: Sequence[str], expect: Sequence[str]) -> float:
    """Share of cited passages that contain an expected substring or keyword."""
    if not citation_texts:
        return 0.0
    low = [e.lower() for e in expect]
    return sum(1 for t in citation_texts if any(e in t.lower() for e in low)) / len(citation_texts)
