"""Save a built model's state as plain arrays (.npz, no pickle) and restore it, so loading runs no code.

The USE model takes seconds to build (a SentencePiece model parsed in pure Python, weights inflated).
A pickle of it loads fast but executes whatever the file says: anyone who can write the state folder
could run code. Here the object tree is walked into typed arrays plus a JSON schema; loading reads
them with `allow_pickle=False` and rebuilds only classes of an allowed package, without calling their
constructors. A file that does not match is rejected and the model is built again.
"""

from __future__ import annotations

import array
import importlib
import json
import os
import types
from pathlib import Path
from typing import Any

import numpy as np


class UnsafeCache(ValueError):
    """The file names a class outside the allowed package or a type the codec does not know."""


class StaleCache(ValueError):
    """The file was written for another build (its recorded `meta`, e.g. the model id, differs)."""


def _blob(items: list[bytes]) -> tuple[np.ndarray, np.ndarray]:
    offsets = np.cumsum([0] + [len(b) for b in items], dtype=np.int64)
    return np.frombuffer(b"".join(items), dtype=np.uint8), offsets


def _unblob(data: np.ndarray, offsets: np.ndarray) -> list[bytes]:
    raw = data.tobytes()
    return [raw[a:b] for a, b in zip(offsets[:-1].tolist(), offsets[1:].tolist(), strict=True)]


def _text(items: list[str]) -> np.ndarray | None:
    """Strings joined by NUL as one UTF-8 array (split back in C speed), when none contains a NUL."""
    if any("\0" in x for x in items):
        return None
    return np.frombuffer("\0".join(items).encode("utf-8", "surrogatepass"), dtype=np.uint8)


def _untext(data: np.ndarray) -> list[str]:
    return data.tobytes().decode("utf-8", "surrogatepass").split("\0")


class _Writer:
    def __init__(self) -> None:
        self.arrays: dict[str, np.ndarray] = {}

    def put(self, value: np.ndarray) -> str:
        key = f"a{len(self.arrays)}"
        self.arrays[key] = value
        return key

    def encode(self, v: Any, skip: set[str], blank: frozenset[str] = frozenset()) -> Any:
        if v is None or isinstance(v, bool | int | float | str):
            return {"t": "v", "v": v}
        if isinstance(v, np.ndarray):
            return {"t": "nd", "k": self.put(v)}
        if isinstance(v, array.array):
            return {"t": "arr", "c": v.typecode, "k": self.put(np.array(v))}
        if isinstance(v, bytes):
            return {"t": "b", "k": self.put(np.frombuffer(v, dtype=np.uint8))}
        if isinstance(v, frozenset | set) and all(isinstance(x, int) for x in v):
            return {"t": "iset", "k": self.put(np.array(sorted(v), dtype=np.int64))}
        if isinstance(v, list | tuple):
            kind = "list" if isinstance(v, list) else "tuple"
            if v and all(isinstance(x, str) for x in v) and (text := _text(list(v))) is not None:
                return {"t": kind + ":text", "k": self.put(text)}
            if v and all(isinstance(x, str) for x in v):
                data, off = _blob([x.encode("utf-8", "surrogatepass") for x in v])
                return {"t": kind + ":str", "k": self.put(data), "o": self.put(off)}
            if v and all(isinstance(x, bytes) for x in v):
                data, off = _blob(list(v))
                return {"t": kind + ":bytes", "k": self.put(data), "o": self.put(off)}
            if v and all(type(x) is int for x in v):
                return {"t": kind + ":int", "k": self.put(np.array(v, dtype=np.int64))}
            return {"t": kind, "v": [self.encode(x, skip, blank) for x in v]}
        if isinstance(v, dict):
            if v and all(isinstance(k, str) for k in v) and all(type(x) is int for x in v.values()):
                vals = np.array(list(v.values()), dtype=np.int64)
                if (text := _text(list(v))) is not None:
                    return {"t": "dict:text-int", "k": self.put(text), "v": self.put(vals)}
                data, off = _blob([k.encode("utf-8", "surrogatepass") for k in v])
                vals = np.array(list(v.values()), dtype=np.int64)
                return {"t": "dict:str-int", "k": self.put(data), "o": self.put(off), "v": self.put(vals)}
            if all(type(k) is int for k in v):
                return {"t": "dict:int", "v": [[k, self.encode(x, skip, blank)] for k, x in v.items()]}
        if hasattr(v, "__dict__") and not isinstance(v, type | types.FunctionType | types.MethodType):
            cls = type(v)
            state = {k: None if k in blank else x for k, x in vars(v).items() if k not in skip}
            fields = {k: self.encode(x, skip, blank) for k, x in state.items()}
            return {"t": "obj", "cls": f"{cls.__module__}:{cls.__qualname__}", "f": fields}
        raise UnsafeCache(f"cannot store a {type(v).__name__}")


class _Reader:
    def __init__(self, arrays: Any, package: str):
        self.arrays, self.package = arrays, package

    def get(self, key: str) -> np.ndarray:
        return self.arrays[key]

    def decode(self, node: dict[str, Any]) -> Any:
        t = node["t"]
        if t == "v":
            return node["v"]
        if t == "nd":
            return self.get(node["k"])
        if t == "arr":
            return array.array(node["c"], self.get(node["k"]).tolist())
        if t == "b":
            return self.get(node["k"]).tobytes()
        if t == "iset":
            return frozenset(self.get(node["k"]).tolist())
        kind, _, item = t.partition(":")
        if kind in {"list", "tuple"}:
            seq: list[Any]
            if item == "text":
                seq = _untext(self.get(node["k"]))
            elif item == "str":
                seq = [b.decode("utf-8", "surrogatepass") for b in _unblob(self.get(node["k"]), self.get(node["o"]))]
            elif item == "bytes":
                seq = _unblob(self.get(node["k"]), self.get(node["o"]))
            elif item == "int":
                seq = self.get(node["k"]).tolist()
            else:
                seq = [self.decode(x) for x in node["v"]]
            return seq if kind == "list" else tuple(seq)
        if t == "dict:str-int":
            keys = [b.decode("utf-8", "surrogatepass") for b in _unblob(self.get(node["k"]), self.get(node["o"]))]
            return dict(zip(keys, self.get(node["v"]).tolist(), strict=True))
        if t == "dict:text-int":
            return dict(zip(_untext(self.get(node["k"])), self.get(node["v"]).tolist(), strict=True))
        if t == "dict:int":
            return {int(k): self.decode(x) for k, x in node["v"]}
        if t == "obj":
            module, _, name = node["cls"].partition(":")
            if module != self.package and not module.startswith(self.package + "."):
                raise UnsafeCache(f"class {node['cls']} is outside {self.package}")
            cls = getattr(importlib.import_module(module), name)
            obj = object.__new__(cls)  # no constructor runs
            for k, x in node["f"].items():
                setattr(obj, k, self.decode(x))
            return obj
        raise UnsafeCache(f"unknown type {t!r}")


def save(
    obj: Any,
    path: Path,
    skip: set[str] | None = None,
    blank: set[str] | None = None,
    meta: dict[str, str] | None = None,
) -> None:
    """Write `obj`'s state to `path` (.npz) atomically: attributes named in `skip` are left out, those in
    `blank` are stored as None (live handles such as thread pools), `meta` is recorded for `load` to check."""
    w = _Writer()
    schema = {"meta": meta or {}, "root": w.encode(obj, skip or set(), frozenset(blank or ()))}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.stem}.tmp{os.getpid()}.npz")
    arrays = {"__schema__": np.frombuffer(json.dumps(schema).encode(), dtype=np.uint8), **w.arrays}
    np.savez(tmp, **arrays)  # type: ignore[arg-type]
    os.replace(tmp, path)


def load(path: Path, package: str, meta: dict[str, str] | None = None) -> Any:
    """The object saved at `path`; only classes of `package` are rebuilt, and no pickle is read.

    Raises StaleCache when the file's recorded meta is not `meta` (another package version built it)."""
    with np.load(path, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    schema = json.loads(arrays.pop("__schema__").tobytes())
    if "root" not in schema or schema.get("meta") != (meta or {}):
        raise StaleCache(f"{path.name} was written for {schema.get('meta')}, not {meta}")
    return _Reader(arrays, package).decode(schema["root"])
