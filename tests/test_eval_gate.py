"""`make test` fails when quality drops below the floors in eval/thresholds.toml (no timing floors)."""

from __future__ import annotations

from pathlib import Path

from eval.gate import failures, load_thresholds
from eval.run import run_eval

ROOT = Path(__file__).resolve().parents[1]


def test_golden_set_meets_the_floors(assistant):
    result = run_eval(assistant, ROOT / "eval" / "data" / "golden.jsonl")
    floors = load_thresholds()["golden"]
    assert failures(result["metrics"], floors) == []


def test_gate_reports_a_drop():
    metrics = {"all": {"recall@5": 0.5, "citation_validity": 1.0}}
    assert failures(metrics, {"all.recall@5": 0.9, "all.citation_validity": 1.0, "all.mrr@10": 0.1}) == [
        "all.recall@5: 0.500 < 0.900",
        "all.mrr@10: not measured",
    ]
