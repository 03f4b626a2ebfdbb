"""Memoised reads of the corpus (catalog, aliases, pillars, cited sections, quiz pools), forgotten together.

They are keyed by the corpus folder, not its content, so an ingest that switches the store to a new
generation calls `forget_corpus()`: the next read sees the files as they are now, in the same process
(the web app's re-ingest) rather than after a restart.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_CACHED: list[Any] = []


def corpus_cached(maxsize: int) -> Callable[[F], F]:
    """`functools.lru_cache` for a function that reads the corpus; registered so `forget_corpus` clears it."""

    def wrap(fn: F) -> F:
        cached = lru_cache(maxsize=maxsize)(fn)
        _CACHED.append(cached)
        return cached  # type: ignore[return-value]

    return wrap


def forget_corpus() -> int:
    """Clear every corpus read held in memory; returns how many entries were dropped."""
    dropped = 0
    for fn in _CACHED:
        dropped += fn.cache_info().currsize
        fn.cache_clear()
    return dropped
