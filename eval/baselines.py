"""The retrievers `wa-assistant bench` compares ours with, each over the same chunks as the store.

Every system answers `retrieve(query, k) -> list[Chunk]`, best first, so the bench scores them alike.
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import bm25s
import numpy as np

from assistant.core import Assistant
from assistant.retrieval.embedder import Embedder
from assistant.retrieval.lexical import EN_STOP
from assistant.retrieval.store import StoreReader
from assistant.types import Chunk

KIWI_HINT = 'kiwipiepy is not installed: install the "bench" extra with `.venv/bin/pip install -e ".[bench]"`'
# Kiwi tags that carry content: nouns, numerals, verb/adjective stems, roots, Latin, Hanja, numbers, adverbs.
KIWI_KEEP = ("NNG", "NNP", "NR", "VV", "VA", "XR", "SL", "SH", "SN", "MAG")
_EDGES = re.compile(r"^\W+|\W+$")


class Retriever(Protocol):
    name: str

    def retrieve(self, query: str, k: int) -> list[Chunk]: ...


def whitespace_tokens(text: str) -> list[str]:
    """Lower-cased words split on whitespace, punctuation trimmed at their edges: the naive baseline.

    Korean particles stay attached ("원칙은" never matches "원칙"); that cost is what this system shows.
    """
    words = (_EDGES.sub("", w) for w in text.lower().split())
    return [w for w in words if w]


@functools.cache
def kiwi() -> Any:
    """One Kiwi analyser per process: it takes seconds and hundreds of MB to load."""
    try:
        from kiwipiepy import Kiwi
    except ImportError as exc:
        raise ImportError(KIWI_HINT) from exc
    return Kiwi()


def content_morphemes(tokens: Sequence[Any]) -> list[str]:
    """Kiwi tokens -> lower-cased content morphemes, without English stop words (as ours drops them)."""
    out = []
    for t in tokens:
        if not t.tag.startswith(KIWI_KEEP):
            continue
        form = t.form.lower()
        if form not in EN_STOP:
            out.append(form)
    return out


def morpheme_tokens(text: str) -> list[str]:
    return content_morphemes(kiwi().tokenize(text))


def morpheme_tokens_many(texts: Sequence[str]) -> list[list[str]]:
    """Batch form: Kiwi analyses a list of texts on its worker threads."""
    return [content_morphemes(tokens) for tokens in kiwi().tokenize(list(texts))]


def index_text(chunk: Chunk) -> str:
    """What every lexical index sees: the heading path and the text, as ours indexes them."""
    return f"{chunk.section}\n{chunk.text}"


@dataclass
class BM25Baseline:
    """BM25 (bm25s) over the chunks with a pluggable tokeniser; `index_s` is its build time."""

    name: str
    chunks: list[Chunk]
    tokenize: Callable[[str], list[str]]
    tokenize_many: Callable[[Sequence[str]], list[list[str]]] | None = None
    index_s: float = field(init=False, default=0.0)

    def __post_init__(self) -> None:
        started = time.perf_counter()
        texts = [index_text(c) for c in self.chunks]
        many = self.tokenize_many or (lambda ts: [self.tokenize(t) for t in ts])
        corpus = [tokens or ["<empty>"] for tokens in many(texts)]
        self._bm25 = bm25s.BM25()
        if corpus:
            self._bm25.index(corpus, show_progress=False)
        self.index_s = time.perf_counter() - started

    def retrieve(self, query: str, k: int) -> list[Chunk]:
        tokens = self.tokenize(query)
        if not tokens or not self.chunks:
            return []
        scores = np.asarray(self._bm25.get_scores(tokens))
        order = np.argsort(-scores, kind="stable")[:k]
        return [self.chunks[i] for i in order if scores[i] > 0]


@dataclass
class DenseBaseline:
    """One embedding space alone: encode the query, ask Chroma for its nearest chunks."""

    name: str
    space: Embedder
    reader: StoreReader
    chunks: list[Chunk]

    def __post_init__(self) -> None:
        self._by_id = {c.id: c for c in self.chunks}

    def retrieve(self, query: str, k: int) -> list[Chunk]:
        vec = self.space.encode([query], is_query=True)[0].tolist()
        return [self._by_id[i] for i, _ in self.reader.nearest(self.space.name, vec, k) if i in self._by_id]


@dataclass
class OursSystem:
    """Our full pipeline, through the public API (`Assistant.retrieve`)."""

    assistant: Assistant
    name: str = "ours"

    def retrieve(self, query: str, k: int) -> list[Chunk]:
        return [h.chunk for h in self.assistant.retrieve(query, k=k).hits]
