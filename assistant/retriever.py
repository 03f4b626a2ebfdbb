"""Hybrid retrieval: each dense space and BM25 rank the chunks; weighted reciprocal rank fusion joins them.

Measured on this machine (../shared/RETRIEVAL.md): e5 is best in Korean, USE cross-lingually, and BM25
helps only at a lower weight because it cannot bridge an English question to Korean text.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from assistant.embedder import _LazyEmbeddings
from assistant.lexical import LexicalIndex, content_terms, detect_lang
from assistant.scope import ScopeGate
from assistant.store import StoreReader
from assistant.types import Chunk, Hit, Retrieval

RRF_K = 20
CANDIDATES = 30
DENSE_WEIGHT = 1.0
LEXICAL_WEIGHT = 0.5
HEADING_WEIGHT = 0.5  # BM25 over heading paths alone: "reliability design principles" names a section


@dataclass
class HybridRetriever:
    chunks: list[Chunk]
    spaces: list[_LazyEmbeddings]
    reader: StoreReader
    lexical: LexicalIndex
    headings: LexicalIndex
    gate: ScopeGate

    @classmethod
    def build(cls, reader: StoreReader, spaces: list[_LazyEmbeddings]) -> HybridRetriever:
        chunks = reader.chunks()
        lexical = LexicalIndex([f"{c.section}\n{c.text}" for c in chunks])
        headings = LexicalIndex([c.section for c in chunks])
        return cls(chunks, spaces, reader, lexical, headings, ScopeGate(spaces=[s.name for s in spaces]))

    def __post_init__(self) -> None:
        self._by_id = {c.id: i for i, c in enumerate(self.chunks)}

    def retrieve(self, query: str, k: int = 5) -> Retrieval:
        fused: dict[int, float] = {}
        signals: dict[int, dict[str, float]] = {}
        top: dict[str, float] = {}
        for space in self.spaces:
            vec = space.encode([query], is_query=True)[0].tolist()
            ranked = self.reader.nearest(space.name, vec, CANDIDATES)
            top[space.name] = ranked[0][1] if ranked else 0.0
            for rank, (cid, sim) in enumerate(ranked):
                idx = self._by_id.get(cid)
                if idx is None:  # store changed under us; the next load sees it
                    continue
                fused[idx] = fused.get(idx, 0.0) + DENSE_WEIGHT / (RRF_K + rank + 1)
                signals.setdefault(idx, {})[space.name] = sim
        for name, index, weight in (
            ("bm25", self.lexical, LEXICAL_WEIGHT),
            ("heading", self.headings, HEADING_WEIGHT),
        ):
            scores = index.scores(query)
            order = np.argsort(-scores)[:CANDIDATES]
            top[name] = float(scores[order[0]]) if len(order) else 0.0
            for rank, idx in enumerate(int(i) for i in order):
                if scores[idx] <= 0:
                    break
                fused[idx] = fused.get(idx, 0.0) + weight / (RRF_K + rank + 1)
                signals.setdefault(idx, {})[name] = float(scores[idx])
        best = (len(self.spaces) * DENSE_WEIGHT + LEXICAL_WEIGHT + HEADING_WEIGHT) / (RRF_K + 1)
        ranked_idx = sorted(fused, key=lambda i: -fused[i])[:k]
        hits = [Hit(self.chunks[i], fused[i] / best, signals.get(i, {})) for i in ranked_idx]
        verdict = self.gate.judge(query, detect_lang(query), top, [h.chunk for h in hits], content_terms)
        return Retrieval(query, hits, verdict.in_scope, verdict.reason)
