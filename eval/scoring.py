"""Per-question scores and their aggregation by language pair, from a replayed question and its expectations.

A score is None where it does not apply (retrieval scores on an answer-only row, completeness on a
definition question, ...), and a group's figure is the mean over the rows where it applies, so adding a
kind of row never dilutes a metric it has nothing to do with.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from eval import metrics as m

RETRIEVAL = ("recall@1", "recall@3", "recall@5", "mrr@10", "ndcg@10")
CITATION = ("citation_validity", "groundedness", "claim_support", "citation_precision")
ANSWER = (
    "keyword_hit_rate",
    "answer_complete",
    "group_recall",
    "number_correct",
    "first_line_value",
    "first_line_groups",
    "near_miss_abstention",
    "oos_abstention",
    "false_abstention",
    "followup_accuracy",
    "note_led",
)
KEYS = (*RETRIEVAL, *ANSWER, *CITATION)
Scores = dict[str, float | None]


def retrieval_scores(item: dict[str, Any], texts: Sequence[str]) -> Scores:
    expect = item.get("expect_substrings") or []
    if item.get("out_of_scope") or not expect:
        return dict.fromkeys(RETRIEVAL)
    rank = m.first_relevant(texts, expect)
    out: Scores = {f"recall@{k}": m.recall_at(rank, k) for k in (1, 3, 5)}
    out["mrr@10"] = m.reciprocal_rank(rank, 10)
    out["ndcg@10"] = m.ndcg_at(texts, expect, 10)
    return out


def answer_scores(item: dict[str, Any], ask: dict[str, Any]) -> Scores:
    """What the answer text is worth against the row's expected answer."""
    out: Scores = dict.fromkeys((*ANSWER, *CITATION))
    text, abstained = ask["answer"], bool(ask["abstained"])
    oos = bool(item.get("out_of_scope"))
    groups = item.get("answer_groups") or []
    if oos:
        out["oos_abstention"] = float(abstained)
        if item.get("near_miss"):
            out["near_miss_abstention"] = float(abstained)
    else:
        out["false_abstention"] = float(abstained)
        if item.get("expect_keywords"):
            said_as = item.get("said_as")
            out["keyword_hit_rate"] = m.keyword_hit_rate(text, item["expect_keywords"], groups, said_as)
        if item.get("type") in ("list", "number") and groups:
            out["answer_complete"] = m.complete(text, groups)
            out["group_recall"] = m.group_recall(text, groups)
        if item.get("type") == "number" and groups:
            out["number_correct"] = m.number_correct(text, groups[0], item.get("distractors") or [])
            # Line 1 of a number answer states the value with its entity; a list's line 1 only leads its items.
            out["first_line_value"] = m.first_line_value(text, groups[0])
            out["first_line_groups"] = m.group_recall(m.first_line(text), groups)
    if item.get("chain") and int(item.get("turn", 1)) >= 2:
        out["followup_accuracy"] = m.turn_correct(abstained, oos, text, groups)
    if not abstained:
        sources = {c["n"]: c["source"] for c in ask["citations"]}
        # ("what did my notes say about X": the notes are the subject, and rightly lead)
        out["note_led"] = None if item.get("notes_asked") else m.led_by_note(text, sources)
        if not oos:
            texts = {c["n"]: c["text"] for c in ask["citations"]}
            out["citation_validity"] = m.citation_validity(text, list(texts))
            out["groundedness"] = m.groundedness(text, texts)
            out["claim_support"] = m.claim_support(text, texts)
            expect = [*(item.get("expect_substrings") or []), *(item.get("expect_keywords") or [])]
            out["citation_precision"] = m.citation_precision(list(texts.values()), expect)
    return out


def pair_of(item: dict[str, Any]) -> str:
    return str(item.get("pair") or item.get("lang", "?"))


def type_of(item: dict[str, Any]) -> str:
    return ("out-of-scope " if item.get("out_of_scope") else "") + str(item.get("type", "untyped"))


def aggregate(
    rows: Sequence[tuple[dict[str, Any], Scores]], key: Callable[[dict[str, Any]], str] = pair_of
) -> dict[str, dict[str, Any]]:
    """Means by group: "all" and each language pair (or other key); None where no row of the group applies."""
    groups: dict[str, list[Scores]] = defaultdict(list)
    for item, scores in rows:
        groups["all"].append(scores)
        groups[key(item)].append(scores)
    out: dict[str, dict[str, Any]] = {}
    for name in ["all", *sorted(g for g in groups if g != "all")]:
        values = groups[name]
        out[name] = {key: _mean([s.get(key) for s in values]) for key in KEYS}
        out[name]["n"] = len(values)
    return out


def turn_accuracy(rows: Sequence[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, Any]:
    """Conversation chains: accuracy at each turn position and the share of chains right at every turn."""
    by_turn: dict[int, list[float]] = defaultdict(list)
    chains: dict[str, list[float]] = defaultdict(list)
    for item, ask in rows:
        if not item.get("chain"):
            continue
        ok = m.turn_correct(
            bool(ask["abstained"]), bool(item.get("out_of_scope")), ask["answer"], item.get("answer_groups") or []
        )
        by_turn[int(item.get("turn", 1))].append(ok)
        chains[item["chain"]].append(ok)
    out: dict[str, Any] = {f"turn{t}_accuracy": _mean(v) for t, v in sorted(by_turn.items())}
    out["chain_accuracy"] = _mean([1.0 if all(v) else 0.0 for v in chains.values()])
    out["chains"] = len(chains)
    return out


def _mean(values: Sequence[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(m.mean(present), 4) if present else None
