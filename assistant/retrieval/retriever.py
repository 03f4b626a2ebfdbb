"""Hybrid retrieval: each dense space and BM25 rank the chunks; weighted reciprocal rank fusion joins them.

Measured on this machine (../shared/RETRIEVAL.md and eval/data/golden.jsonl): e5 is best in Korean,
USE cross-lingually, and BM25 only ranks passages in the question's own language. So the fused list
keeps one of the first five places for the best passage in the other language (ranked by the dense
spaces alone): an English question whose answer is only in the Korean notes still finds it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from assistant.retrieval.embedder import Embedder
from assistant.retrieval.identifiers import practices_asked, states_practice
from assistant.retrieval.lexical import LexicalIndex, detect_lang, tokenize
from assistant.retrieval.lexical_cache import load_or_build
from assistant.retrieval.scope import ScopeGate
from assistant.retrieval.store import StoreReader
from assistant.types import Chunk, Hit, Retrieval

RRF_K = 5
CANDIDATES = 30
# Weights per ranked list, tuned on eval/data/golden.jsonl (see eval/ and the README).
WEIGHTS = {"e5": 1.0, "use": 1.5, "bm25": 1.0, "heading": 0.5}
CROSS_WEIGHTS = {"use": 1.0, "e5": 0.5}  # ranking passages in the other language: dense only
DEFAULT_DENSE_WEIGHT = 1.0  # any other space, e.g. a sentence-transformers model
CROSS_SLOT = 5  # the other language's best passage is placed no lower than this
KIND_SLOT = 2  # a passage of the kind asked for ("my notes") is placed no lower than this
KIND_CHOICES = 3  # of the best passages of that kind, the first titled by the question's words is placed


@dataclass
class HybridRetriever:
    chunks: list[Chunk]
    spaces: list[Embedder]
    reader: StoreReader
    lexical: LexicalIndex
    headings: LexicalIndex
    gate: ScopeGate

    @classmethod
    def build(cls, reader: StoreReader, spaces: list[Embedder], cache: Path | None = None) -> HybridRetriever:
        """`cache`: a folder for the BM25 indexes, reused while the chunks are the same (lexical_cache.py)."""
        chunks = reader.chunks()
        lexical = load_or_build([f"{c.section}\n{c.text}" for c in chunks], cache, "text")
        headings = load_or_build([c.section for c in chunks], cache, "headings")
        return cls(chunks, spaces, reader, lexical, headings, ScopeGate(lexical))

    def __post_init__(self) -> None:
        self._by_id = {c.id: i for i, c in enumerate(self.chunks)}

    def ranked_lists(self, query: str, kind: str | None = None) -> dict[str, list[tuple[int, float]]]:
        """Each retriever's candidates as (chunk index, its own score), best first; with `kind`, only the
        passages of that kind."""
        lists: dict[str, list[tuple[int, float]]] = {}
        mask = None if kind is None else np.array([c.kind == kind for c in self.chunks])
        for space in self.spaces:
            vec = space.encode_query(query).tolist()
            ranked = self.reader.nearest(space.name, vec, CANDIDATES, kind)
            lists[space.name] = [(self._by_id[cid], sim) for cid, sim in ranked if cid in self._by_id]
        for name, index in (("bm25", self.lexical), ("heading", self.headings)):
            scores = index.scores(query)
            if mask is not None:
                scores = np.where(mask, scores, 0.0)
            order = np.argsort(-scores)[:CANDIDATES]
            lists[name] = [(int(i), float(scores[i])) for i in order if scores[i] > 0]
        return lists

    def _with_stated_practice(self, order: list[int], query: str, lang: str, k: int) -> list[int]:
        """ "OPS07-BP06 뭔 모범사례임? 리뷰에서 HRI 떴는데": the passage stating that practice, whatever else is
        said."""
        asked = practices_asked(query)
        if not asked:
            return order
        stating = [i for i, c in enumerate(self.chunks) if c.lang == lang and states_practice(c.text, asked)]
        return _stated_practice_slot(order, stating, k)

    def _with_kind_slot(self, order: list[int], kind: str, query: str) -> list[int]:
        """The passage of `kind` best for `query` among the first KIND_SLOT places; of close ones, the section
        titled by what the question says ("노트에 안정성 정의 뭐라고 써놨지": "안정성", before its subsection
        "디자인 원칙")."""
        own = _fuse(self.ranked_lists(query, kind), WEIGHTS)
        ranked = sorted(own, key=lambda i: -own[i])[:KIND_CHOICES]
        said = set(tokenize(query))
        best = ([i for i in ranked if set(tokenize(self.chunks[i].heading)) <= said] or ranked)[:1]
        return _with_slot(order, best, lambda i: i in best, KIND_SLOT)

    def retrieve(
        self, query: str, k: int = 5, evidence: str | None = None, kind: tuple[str, str] | None = None
    ) -> Retrieval:
        """The top `k` passages for `query`; `evidence` (default: the query) is the text the scope gate weighs.
        With `kind`, (a kind of passage, what to search it for): "what did my notes say about right sizing?"
        places the notes' passage best for "right sizing" among the first KIND_SLOT, however the summaries (and
        the summaries' sections on the notes, which share the word "notes") rank around it."""
        lang = detect_lang(query)
        lists = self.ranked_lists(query)
        fused = _fuse(lists, WEIGHTS)
        order = sorted(fused, key=lambda i: -fused[i])
        other = "en" if lang == "ko" else "ko"
        cross = _fuse(lists, CROSS_WEIGHTS, keep=lambda i: self.chunks[i].lang == other)
        order = _with_cross_slot(order, sorted(cross, key=lambda i: -cross[i]), self.chunks, other, k)
        order = self._with_stated_practice(order, query, lang, k)
        if kind is not None:
            order = self._with_kind_slot(order, *kind)
        best = sum(WEIGHTS.get(name, DEFAULT_DENSE_WEIGHT) for name in lists) / (RRF_K + 1)
        signals: dict[int, dict[str, float]] = defaultdict(dict)
        for name, ranked in lists.items():
            for i, score in ranked:
                signals[i][name] = score
        hits, floor = [], 1.0
        for i in order[:k]:
            floor = min(floor, fused.get(i, 0.0) / best)  # a promoted passage takes the place's score
            hits.append(Hit(self.chunks[i], floor, dict(signals[i])))
        top = {name: ranked[0][1] if ranked else 0.0 for name, ranked in lists.items()}
        verdict = self.gate.judge(evidence or query, top, [h.chunk for h in hits])
        return Retrieval(query, hits, verdict.in_scope, verdict.reason)


def _fuse(lists: dict[str, list[tuple[int, float]]], weights: dict[str, float], keep=None) -> dict[int, float]:
    """Weighted reciprocal rank fusion; with `keep`, ranks count only the kept chunks."""
    fused: dict[int, float] = defaultdict(float)
    for name, ranked in lists.items():
        weight = weights.get(name, DEFAULT_DENSE_WEIGHT if name not in ("bm25", "heading") else 0.0)
        if not weight:
            continue
        rank = 0
        for i, _ in ranked:
            if keep is not None and not keep(i):
                continue
            fused[i] += weight / (RRF_K + rank + 1)
            rank += 1
    return fused


def _stated_practice_slot(order: list[int], stating: list[int], k: int) -> list[int]:
    """The best passage that states a best practice asked by its id, second if none of the top `k` does."""
    if not stating or any(i in stating for i in order[:k]):
        return order
    pick = min(stating, key=lambda i: order.index(i) if i in order else len(order))
    rest = [i for i in order if i != pick]
    return rest[:1] + [pick] + rest[1:]


def _with_cross_slot(order: list[int], cross: list[int], chunks: list[Chunk], other: str, k: int) -> list[int]:
    """Make sure the first CROSS_SLOT places hold at least one passage in the other language."""
    slot = min(k, CROSS_SLOT)
    return order if slot < 2 else _with_slot(order, cross, lambda i: chunks[i].lang == other, slot)


def _with_slot(order: list[int], ranked: list[int], held: Callable[[int], bool], slot: int) -> list[int]:
    """Make sure the first `slot` places hold a passage that is `held`: the best of `ranked` takes the last one."""
    if not ranked or any(held(i) for i in order[:slot]):
        return order
    pick = ranked[0]
    rest = [i for i in order if i != pick]
    return rest[: slot - 1] + [pick] + rest[slot - 1 :]


class DocumentRetriever(BaseRetriever):
    """The hybrid retriever as a LangChain `BaseRetriever`: `invoke(query)` gives `Document`s, best first.

    Each document's metadata holds the chunk's own (source, title, section, lang, ...) plus its rank,
    fused score, each ranked list's score (`signals`) and the scope gate's verdict for the query, so a
    LangChain app can cite and abstain as this one does.
    """

    hybrid: Any  # HybridRetriever (a dataclass; pydantic is not asked to validate it)
    k: int = 5

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        r = self.hybrid.retrieve(query, k=self.k)
        return [
            Document(
                page_content=h.chunk.text,
                id=h.chunk.id,
                metadata={
                    **h.chunk.metadata(),
                    "rank": rank,
                    "score": h.score,
                    "signals": dict(h.signals),
                    "in_scope": r.in_scope,
                    "scope_reason": r.scope_reason,
                },
            )
            for rank, h in enumerate(r.hits, start=1)
        ]
