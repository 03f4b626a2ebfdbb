"""The regression gate: metrics must stay at or above the floors kept in eval/thresholds.toml."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

THRESHOLDS = Path(__file__).with_name("thresholds.toml")


def load_thresholds(path: Path = THRESHOLDS) -> dict[str, dict[str, float]]:
    with path.open("rb") as f:
        return tomllib.load(f)


def failures(metrics: dict[str, Any], floors: dict[str, float]) -> list[str]:
    """One line per metric below its floor; group.metric keys, e.g. "all.recall@5"."""
    out = []
    for key, floor in floors.items():
        group, _, name = key.rpartition(".")
        value = metrics.get(group or "all", {}).get(name)
        if value is None:
            out.append(f"{key}: not measured")
        elif value < floor:
            out.append(f"{key}: {value:.3f} < {floor:.3f}")
    return out


def ceiling_failures(metrics: dict[str, Any], ceilings: dict[str, float]) -> list[str]:
    """One line per metric above its ceiling (false abstention, note-led answers: lower is better)."""
    out = []
    for key, ceiling in ceilings.items():
        group, _, name = key.rpartition(".")
        value = metrics.get(group or "all", {}).get(name)
        if value is None:
            out.append(f"{key}: not measured")
        elif value > ceiling:
            out.append(f"{key}: {value:.3f} > {ceiling:.3f}")
    return out


def target_report(metrics: dict[str, Any], path: Path = THRESHOLDS) -> list[str]:
    """The report-only targets not met yet, as gate lines ("all.answer_complete: 0.625 < 0.950")."""
    table = load_thresholds(path)
    return failures(metrics, table.get("targets", {})) + ceiling_failures(metrics, table.get("ceilings", {}))
