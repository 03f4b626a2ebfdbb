"""YAML, parsed by libyaml's C parser when PyYAML was built with it, else by the pure-Python one.

Both are safe loaders and build the same data (checked on every YAML file and front matter in corpus/);
errors come from the pure-Python parser.
The C parser matters for start-up: the catalog, alias and question tables took about 2 s of every cold
`ask` in pure Python.
"""

from __future__ import annotations

from typing import Any

import yaml

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """`yaml.safe_load`, faster. Broken YAML is parsed again by the pure-Python loader, whose error names
    the line where the problem is seen (libyaml's points further on) in the words users have seen."""
    try:
        return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError:
        return yaml.safe_load(text)
