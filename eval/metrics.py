"""Pure metric functions: small inputs, hand-checkable outputs, no I/O."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence

import numpy as np

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


_NUMBER_WORDS = {
    w: str(n)
    for n, words in enumerate(
        [
            (),
            ("one", "하나", "한"),
            ("two", "둘", "두"),
            ("three", "셋", "세"),
            ("four", "넷", "네"),
            ("five", "다섯"),
            ("six", "여섯"),
            ("seven", "일곱"),
            ("eight", "여덟"),
            ("nine", "아홉"),
            ("ten", "열"),
        ]
    )
    for w in words
}


def keyword_alternatives(keyword: str, groups: Sequence[Sequence[str]] = ()) -> list[str]:
    """A keyword and what the row accepts in its place: the other spellings in its answer group
    ("엔터프라이즈" / "Enterprise"), and a number word's digit ("다섯" / "5", as "5가지" says it) or a digit's words."""
    alts = [keyword, *(a for g in groups if any(a.lower() == keyword.lower() for a in g) for a in g)]
    if keyword.lower() in _NUMBER_WORDS:
        alts.append(_NUMBER_WORDS[keyword.lower()])
    if keyword.isdigit():  # and the other way: "5" is said "다섯 가지" in a corpus sentence
        alts += [w for w, d in _NUMBER_WORDS.items() if d == keyword and len(w) > 1]
    return list(dict.fromkeys(alts))


def _keyword_in(alt: str, number_word: bool, plain: str, low: str) -> bool:
    if alt.isdigit():
        return group_found(plain, [alt])
    if number_word and alt.isascii():
        return re.search(rf"\b{re.escape(alt)}\b", plain, re.IGNORECASE) is not None
    return alt.lower() in low


def keyword_hit_rate(
    answer: str,
    keywords: Sequence[str],
    groups: Sequence[Sequence[str]] = (),
    said_as: Mapping[str, Sequence[str]] | None = None,
) -> float:
    """Share of expected keywords present in the answer (case-insensitive), each in any form the row accepts.
    `said_as`: a cross-language row's keywords as the corpus says them in the asker's language (the answer's)."""
    if not keywords:
        return 1.0
    low = answer.lower()
    plain = _REF.sub("", answer)  # a digit never matches a citation marker "[2]"
    found = 0
    for k in keywords:
        alts = [*keyword_alternatives(k, groups), *((said_as or {}).get(k) or ())]
        # digits and number words as whole words ("ten" is not in "often"); other keywords as substrings
        found += any(_keyword_in(a, a != k and a.lower() in _NUMBER_WORDS, plain, low) for a in alts)
    return found / len(keywords)


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


def claim_support(answer: str, citation_texts: dict[int, str]) -> float:
    """Share of cited claims whose numbers and names all stand in the passages they cite.

    Groundedness asks for the words verbatim, which an answer written from the catalog ("15 minutes on
    Enterprise Support") does not keep; this asks what matters for trust: no figure or name the source lacks.
    """
    from assistant.answer.grounding import claims, unsupported

    cited = [c for c in claims(answer) if c.refs]
    if not cited:
        return 0.0
    ok = 0
    for c in cited:
        passages = [citation_texts.get(n, "") for n in c.refs]
        lacking = [m for m in unsupported(c, passages) if "words not in the source" not in m]
        ok += not lacking
    return ok / len(cited)


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


# --- Answer metrics: is the answer complete, right and led by the fact? ---------------------------


def _boundary_pattern(alternative: str) -> re.Pattern[str]:
    """Case-insensitive match that keeps numbers whole: "5,500" is not found in "15,500", "11" not in "SEC11"."""
    body = re.escape(" ".join(alternative.split())).replace(r"\ ", r"\s+")
    head = r"(?<![0-9A-Za-z.,])" if alternative[:1].isdigit() else ""
    tail = r"(?![0-9]|[.,][0-9])" if alternative[-1:].isdigit() else ""
    return re.compile(head + body + tail, re.IGNORECASE)


def find(text: str, alternative: str) -> int | None:
    """Position of the first whole occurrence of an alternative in the text, or None."""
    m = _boundary_pattern(alternative).search(text)
    return m.start() if m else None


def group_found(text: str, group: Sequence[str]) -> bool:
    """A group is found when any of its alternatives (English name, Korean name, spelling) occurs."""
    return any(find(text, a) is not None for a in group)


def group_recall(answer: str, groups: Sequence[Sequence[str]]) -> float:
    """Share of answer groups present in the answer (partial credit for an incomplete list)."""
    if not groups:
        return 1.0
    return sum(group_found(answer, g) for g in groups) / len(groups)


def complete(answer: str, groups: Sequence[Sequence[str]]) -> float:
    """1.0 when every answer group is present in the answer: all list items, the value and its entity."""
    return 1.0 if all(group_found(answer, g) for g in groups) else 0.0


def first_line(answer: str) -> str:
    """The line a reader sees first: the first non-blank line."""
    return next((line for line in answer.splitlines() if line.strip()), "")


def _earliest(text: str, alternatives: Sequence[str]) -> int | None:
    hits = [p for p in (find(text, a) for a in alternatives) if p is not None]
    return min(hits) if hits else None


def number_correct(answer: str, value: Sequence[str], distractors: Sequence[str]) -> float:
    """1.0 when the value asked for is in the answer and no sibling entity's value leads the first line.

    `value` holds the alternatives of the right value ("$15,000", "15,000달러"); `distractors` the values of
    the entities next to it (On-Ramp's "$5,500"). A first line that states a distractor before the value,
    or a distractor and no value, answers with the wrong entity's figure.
    """
    if _earliest(answer, value) is None:
        return 0.0
    line = first_line(answer)
    wrong = _earliest(line, distractors)
    right = _earliest(line, value)
    if wrong is not None and (right is None or wrong < right):
        return 0.0
    return 1.0


def first_line_value(answer: str, value: Sequence[str]) -> float:
    """1.0 when the first line states the value asked for (the answer comes first)."""
    return 1.0 if _earliest(first_line(answer), value) is not None else 0.0


def first_cited(answer: str) -> int | None:
    """The citation number of the first [n] in the answer text."""
    m = _REF.search(answer)
    return int(m.group(1)) if m else None


def led_by_note(answer: str, sources: dict[int, str]) -> float | None:
    """1.0 when the first cited passage is the user's notes although a curated summary is also cited.

    None when it does not apply (nothing cited, or no summary among the citations): only answers that
    had a summary to lead with count.
    """
    first = first_cited(answer)
    if first is None or not any(s.startswith("corpus/summaries/") for s in sources.values()):
        return None
    return 1.0 if sources.get(first, "").startswith("corpus/notes/") else 0.0


def turn_correct(abstained: bool, out_of_scope: bool, answer: str, groups: Sequence[Sequence[str]]) -> float:
    """A conversation turn is right when it abstains exactly when it should and, when answering, is complete."""
    if out_of_scope:
        return 1.0 if abstained else 0.0
    return 0.0 if abstained else complete(answer, groups)


def percentile(values: Sequence[float], q: float) -> float:
    """numpy's q-th percentile (linear interpolation between ranks); 0.0 for no values."""
    return float(np.percentile(np.asarray(values, dtype=float), q)) if len(values) else 0.0
