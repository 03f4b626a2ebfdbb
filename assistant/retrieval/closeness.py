"""How close sentences are in meaning across languages, for the composer.

The USE space was trained on translation pairs, so a Korean line and the English sentence saying the same thing
land close together (a cosine around 0.6-0.9), which e5 does not separate as well at the sentence level. Sentence
vectors are kept in a small LRU: the corpus's sentences recur from question to question.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from assistant.lru import LRU
from assistant.retrieval.embedder import Embedder

SENTENCES = 4096  # sentence vectors kept (the corpus has about 2,500 sentences in its summaries)

Closeness = Callable[[str, Sequence[str]], list[float]]


def closeness(space: Embedder, capacity: int = SENTENCES) -> Closeness:
    """(one sentence, others) -> the cosine of each other sentence to it, in `space`."""
    kept: LRU[np.ndarray] = LRU(capacity)

    def vectors(texts: Sequence[str]) -> list[np.ndarray]:
        found = {t: kept.get(t) for t in dict.fromkeys(texts)}
        new = [t for t, v in found.items() if v is None]
        if new:
            for t, v in zip(new, space.encode(new), strict=True):
                kept.put(t, v)
                found[t] = v
        return [found[t] for t in texts]  # type: ignore[misc]

    def close(one: str, others: Sequence[str]) -> list[float]:
        if not others:
            return []
        first, *rest = vectors([one, *others])
        return [float(v @ first) for v in rest]

    return close
