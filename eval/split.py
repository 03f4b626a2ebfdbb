"""The golden set's dev/test split: deterministic, stratified by language pair and question type.

Dev (eval/data/golden_dev.jsonl) is what a change may be tuned on and what `make test`'s floors check;
test (eval/data/golden_test.jsonl) is only reported. A conversation chain is one unit, so its turns never
straddle the split. Within each stratum the units are ordered by a hash of their id and dealt out
alternately, test first, so every stratum is halved and the result does not depend on file order.

    python -m eval.split NEW.jsonl   # deal new rows into dev and test; existing rows stay put
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"
SPLIT_FILES = {"dev": DATA / "golden_dev.jsonl", "test": DATA / "golden_test.jsonl"}
SPLITS = ("dev", "test", "all")


def split_paths(split: str) -> list[Path]:
    """The files that make up a split name: dev, test, or all (both)."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: use one of {', '.join(SPLITS)}")
    return [SPLIT_FILES["dev"], SPLIT_FILES["test"]] if split == "all" else [SPLIT_FILES[split]]


def unit_of(item: dict[str, Any]) -> str:
    """A chain's turns share one unit; any other row is its own."""
    return str(item.get("chain") or item["id"])


def stratum_of(item: dict[str, Any]) -> tuple[str, str]:
    if item.get("chain"):
        return ("chain", str(item.get("lang", "?")))
    return (str(item.get("pair", "?")), str(item.get("type", "?")))


def assign(items: Iterable[dict[str, Any]], placed: dict[str, str] | None = None) -> dict[str, str]:
    """unit id -> "dev" or "test". Units already `placed` stay; the others are dealt, in hash order,
    to whichever split of their stratum has fewer units (test on a tie), so adding rows never moves
    an existing one across the split."""
    placed = placed or {}
    strata: dict[tuple[str, str], set[str]] = defaultdict(set)
    for item in items:
        strata[stratum_of(item)].add(unit_of(item))
    out: dict[str, str] = {}
    for units in strata.values():
        sizes = {"test": 0, "dev": 0}
        for unit in units & placed.keys():
            out[unit] = placed[unit]
            sizes[placed[unit]] += 1
        for unit in sorted(units - placed.keys(), key=lambda u: hashlib.sha256(u.encode()).hexdigest()):
            split = "test" if sizes["test"] <= sizes["dev"] else "dev"
            out[unit] = split
            sizes[split] += 1
    return out


def write_split(
    items: list[dict[str, Any]], files: dict[str, Path] = SPLIT_FILES, placed: dict[str, str] | None = None
) -> dict[str, int]:
    """Write every item to the file of its split, keeping the given order; returns the counts."""
    where = assign(items, placed)
    counts = {}
    for split, path in files.items():
        rows = [i for i in items if where[unit_of(i)] == split]
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        counts[split] = len(rows)
    return counts


def read_rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()] if path.exists() else []


def main(argv: list[str] | None = None) -> int:
    """Deal the rows of the given files (new rows) into dev and test; existing rows stay where they are."""
    items: list[dict[str, Any]] = []
    placed: dict[str, str] = {}
    for split, path in SPLIT_FILES.items():
        rows = read_rows(path)
        placed.update({unit_of(r): split for r in rows})
        items += rows
    known = {i["id"] for i in items}
    for name in sys.argv[1:] if argv is None else argv:
        new = read_rows(Path(name))
        clash = sorted(known & {r["id"] for r in new})
        if clash:
            print(f"error: {name}: ids already in the golden set: {', '.join(clash[:5])}", file=sys.stderr)
            return 2
        items += new
    counts = write_split(items, placed=placed)
    print(", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
