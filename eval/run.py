"""`wa-assistant eval`: replay a JSONL question set through the same API users call."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from assistant.core import Assistant
from assistant.errors import ConfigError
from assistant.types import Turn
from eval import metrics as m
from eval.jsonl import read_jsonl

REQUIRED = ("id", "question")


def load_dataset(path: Path) -> list[dict[str, Any]]:
    """Question records; a bad line is an error naming the file and line."""
    if not path.exists():
        raise ConfigError(f"No dataset at {path}: pass --dataset FILE.jsonl.")
    items = []
    for n, item in read_jsonl(path):
        if not isinstance(item, dict) or any(k not in item for k in REQUIRED):
            raise ConfigError(f"{path}:{n}: each line needs at least {', '.join(REQUIRED)}.")
        items.append(item)
    return items


def history_of(item: dict[str, Any]) -> list[Turn]:
    turns = []
    for h in item.get("history") or []:
        turns.append(Turn(h) if isinstance(h, str) else Turn(h.get("question", ""), h.get("answer", "")))
    return turns


def run_eval(assistant: Assistant, dataset: Path) -> dict[str, Any]:
    items = load_dataset(dataset)
    rows = []
    for item in items:
        history = history_of(item)
        answer = assistant.ask(item["question"], history)
        retrieval = assistant.retrieve(item["question"], k=10, history=history)
        rows.append((item, answer.to_dict(), retrieval.to_dict()))
    return {
        "metrics": summarise(rows),
        "questions": [{"id": i["id"], "ask": a, "retrieve": r} for i, a, r in rows],
    }


def summarise(rows: list[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]]) -> dict[str, Any]:
    groups: dict[str, list[dict[str, float]]] = defaultdict(list)
    answered: list[float] = []
    grounded: list[float] = []
    precision: list[float] = []
    for item, ask, ret in rows:
        if item.get("out_of_scope"):
            continue
        rank = m.first_relevant([r["text"] for r in ret["results"]], item.get("expect_substrings") or [])
        scores = {f"recall@{k}": m.recall_at(rank, k) for k in (1, 3, 5)}
        scores["mrr@10"] = m.reciprocal_rank(rank, 10)
        scores["ndcg@10"] = m.ndcg_at([r["text"] for r in ret["results"]], item.get("expect_substrings") or [], 10)
        scores["keyword_hit_rate"] = m.keyword_hit_rate(ask["answer"], item.get("expect_keywords") or [])
        groups["all"].append(scores)
        groups[item.get("pair") or item.get("lang", "?")].append(scores)
        if not ask["abstained"]:
            texts = {c["n"]: c["text"] for c in ask["citations"]}
            answered.append(m.citation_validity(ask["answer"], list(texts)))
            grounded.append(m.groundedness(ask["answer"], texts))
            expect = [*(item.get("expect_substrings") or []), *(item.get("expect_keywords") or [])]
            precision.append(m.citation_precision(list(texts.values()), expect))
    out: dict[str, Any] = {}
    for group, scores in sorted(groups.items()):
        out[group] = {key: round(m.mean([s[key] for s in scores]), 4) for key in scores[0]}
        out[group]["n"] = len(scores)
    out["all"]["citation_validity"] = round(m.mean(answered), 4)
    out["all"]["groundedness"] = round(m.mean(grounded), 4)
    out["all"]["citation_precision"] = round(m.mean(precision), 4)
    out["all"].update(
        {
            k: round(v, 4)
            for k, v in m.abstention(
                [a["abstained"] for _, a, _ in rows], [bool(i.get("out_of_scope")) for i, _, _ in rows]
            ).items()
        }
    )
    out["all"]["questions"] = len(rows)
    return out


def print_report(result: dict[str, Any], console: Any) -> None:
    from rich.table import Table

    metrics = result["metrics"]
    table = Table(title="wa-assistant eval")
    cols = ["recall@1", "recall@3", "recall@5", "mrr@10", "ndcg@10", "keyword_hit_rate", "n"]
    table.add_column("group")
    for c in cols:
        table.add_column(c, justify="right")
    for group, vals in metrics.items():
        if group.startswith("recommend_"):
            continue
        table.add_row(group, *(f"{vals[c]:.3f}" if c != "n" else str(vals[c]) for c in cols))
    console.print(table)
    a = metrics["all"]
    console.print(
        f"citation validity {a['citation_validity']:.3f} · groundedness {a['groundedness']:.3f} · "
        f"citation precision {a['citation_precision']:.3f} · abstention accuracy "
        f"{a['abstention_accuracy']:.3f} (precision {a['abstention_precision']:.3f}, "
        f"recall {a['abstention_recall']:.3f}) · {a['questions']} questions"
    )
    for group, rec in metrics.items():  # recommend_{support,partner,routing}_{dev,test}
        if group.startswith("recommend_"):
            langs = " · ".join(f"{lang} {v['accuracy']:.3f}" for lang, v in rec.get("by_lang", {}).items())
            name = group.removeprefix("recommend_")
            console.print(f"advisors ({name}): accuracy {rec['accuracy']:.3f} on {rec['n']} rows ({langs})")
