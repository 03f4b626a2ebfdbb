"""What every command prints for scripts and what the measuring commands leave in eval/results/."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def emit_json(data: Any) -> None:
    """One JSON document on stdout, non-ASCII kept readable (Korean stays Korean)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")


def write_results(out_dir: Path, name: str, result: object, markdown: str) -> tuple[Path, Path]:
    """`<name>.json` (the figures) and `<NAME>.md` (the same as a report) in `out_dir`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    js, md = out_dir / f"{name}.json", out_dir / f"{name.upper()}.md"
    js.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", "utf-8")
    md.write_text(markdown, "utf-8")
    return js, md
