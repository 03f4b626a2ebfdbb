"""`wa-assistant eval`: replay a JSONL question set through the same API users call."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from assistant.core import Assistant
from assistant.errors import ConfigError
from assistant.types import Turn
from eval import metrics as m
from eval import scoring as s
from eval.gate import target_report
from eval.jsonl import read_jsonl
from eval.split import split_paths

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


def load_datasets(paths: Sequence[Path]) -> list[dict[str, Any]]:
    return [item for path in paths for item in load_dataset(path)]


def dataset_paths(split: str = "test", dataset: Path | None = None) -> list[Path]:
    """The files to replay: an explicit --dataset, else the golden split (dev, test or all)."""
    if dataset is not None:
        return [dataset]
    try:
        return split_paths(split)
    except ValueError as exc:
        raise ConfigError(f"{exc}.") from None


def replay(assistant: Assistant, items: list[dict[str, Any]]) -> list[tuple[dict, dict, dict]]:
    """Ask every question; a chain's turns carry the answers this run gave to its earlier turns."""
    chains: dict[str, list[Turn]] = {}
    rows = []
    for item in items:
        chain = item.get("chain")
        history = list(chains.get(chain, [])) if chain else history_of(item)
        answer = assistant.ask(item["question"], history)
        retrieval = assistant.retrieve(item["question"], k=10, history=history)
        if chain:
            chains.setdefault(chain, []).append(Turn(item["question"], answer.answer))
        rows.append((item, answer.to_dict(), retrieval.to_dict()))
    return rows


def run_eval(assistant: Assistant, dataset: Path | Sequence[Path]) -> dict[str, Any]:
    paths = [dataset] if isinstance(dataset, Path) else list(dataset)
    rows = replay(assistant, load_datasets(paths))
    return {
        "datasets": [p.as_posix() for p in paths],
        "metrics": summarise(rows),
        "by_type": s.aggregate(score(rows), key=s.type_of),
        "questions": [{"id": i["id"], "ask": a, "retrieve": r} for i, a, r in rows],
    }


Replayed = list[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]]  # (item, ask, retrieve) dicts


def score(rows: Replayed) -> list[tuple[dict[str, Any], s.Scores]]:
    return [
        (item, {**s.retrieval_scores(item, [r["text"] for r in ret["results"]]), **s.answer_scores(item, ask)})
        for item, ask, ret in rows
    ]


def summarise(rows: Replayed) -> dict[str, Any]:
    """The metrics by language pair, plus abstention and conversation figures under "all"."""
    out = s.aggregate(score(rows))
    out["all"].update(
        {
            k: round(v, 4)
            for k, v in m.abstention(
                [a["abstained"] for _, a, _ in rows], [bool(i.get("out_of_scope")) for i, _, _ in rows]
            ).items()
        }
    )
    out["all"].update(s.turn_accuracy([(i, a) for i, a, _ in rows]))
    out["all"]["questions"] = len(rows)
    return out


RETRIEVAL_COLS = ["recall@1", "recall@3", "recall@5", "mrr@10", "ndcg@10", "n"]
ANSWER_COLS = {  # column title -> metric key (short titles: the table fits 100 columns)
    "complete": "answer_complete",
    "groups": "group_recall",
    "num ok": "number_correct",
    "L1 value": "first_line_value",
    "keywords": "keyword_hit_rate",
    "near-miss": "near_miss_abstention",
    "false abst": "false_abstention",
    "follow-up": "followup_accuracy",
    "note-led": "note_led",
}


def fmt(value: Any) -> str:
    """A metric cell: three decimals, "-" where the metric does not apply to the group."""
    if value is None:
        return "-"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def metric_groups(metrics: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(g, v) for g, v in metrics.items() if not g.startswith("recommend_")]


def print_report(result: dict[str, Any], console: Any) -> None:
    from rich.table import Table

    metrics = result["metrics"]
    groups = metric_groups(metrics)
    title = " + ".join(Path(p).name for p in result.get("datasets", [])) or "wa-assistant eval"
    retrieval = Table(title=f"retrieval · {title}")
    answers = Table(title=f"answers · {title}")
    for table, cols in ((retrieval, RETRIEVAL_COLS), (answers, list(ANSWER_COLS))):
        table.add_column("group")
        for c in cols:
            table.add_column(c, justify="right")
    for group, vals in groups:
        retrieval.add_row(group, *(fmt(vals.get(c)) for c in RETRIEVAL_COLS))
        answers.add_row(group, *(fmt(vals.get(k)) for k in ANSWER_COLS.values()))
    console.print(retrieval)
    console.print(answers)
    a = metrics["all"]
    turns = " · ".join(f"{k.removesuffix('_accuracy')} {fmt(v)}" for k, v in a.items() if k.startswith("turn"))
    console.print(
        f"citation validity {fmt(a['citation_validity'])} · groundedness {fmt(a['groundedness'])} · "
        f"citation precision {fmt(a['citation_precision'])} · abstention accuracy "
        f"{fmt(a['abstention_accuracy'])} (precision {fmt(a['abstention_precision'])}, "
        f"recall {fmt(a['abstention_recall'])}) · {a['questions']} questions"
    )
    console.print(
        f"conversations: {a.get('chains', 0)} chains · all turns right {fmt(a.get('chain_accuracy'))} · {turns}"
    )
    gaps = target_report(metrics)
    console.print("issue 10 targets (report-only): " + ("all met" if not gaps else " · ".join(gaps)))
    for group, rec in metrics.items():  # recommend_{support,partner,routing}_{dev,test}
        if group.startswith("recommend_"):
            langs = " · ".join(f"{lang} {v['accuracy']:.3f}" for lang, v in rec.get("by_lang", {}).items())
            name = group.removeprefix("recommend_")
            console.print(f"advisors ({name}): accuracy {rec['accuracy']:.3f} on {rec['n']} rows ({langs})")
