"""Every `from our_module import name` in the code names something that exists, including the imports inside
functions that only run in one command (a moved helper once broke `eval/ingest_speed.py` unseen)."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OURS = ("assistant", "ingest", "eval", "ui")


def _imports() -> list[tuple[str, str, str]]:
    found = []
    for package in OURS:
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                ours = isinstance(node, ast.ImportFrom) and not node.level and node.module
                if ours and node.module.split(".")[0] in OURS and not node.module.startswith("ui.views"):
                    found += [(str(path.relative_to(ROOT)), node.module, a.name) for a in node.names]
    return found


def test_every_import_of_our_own_names_resolves():
    imports = _imports()
    assert len(imports) > 300  # the walk reached the code
    missing = []
    for where, module, name in imports:
        mod = importlib.import_module(module)
        if not hasattr(mod, name):
            try:
                importlib.import_module(f"{module}.{name}")
            except ModuleNotFoundError:
                missing.append(f"{where}: from {module} import {name}")
    assert missing == []
