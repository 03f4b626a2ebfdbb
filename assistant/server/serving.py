"""The Assistant a server process answers with, kept current, and the answers it already gave.

One Assistant is shared by every request. Ingest builds each version of the store in a generation of
its own and switches the store path to it when complete (store_state.py); every request looks at where
the path points (one `realpath`, a few microseconds) and, when it moved, the first request to notice
loads the new generation (keeping the loaded models) while the others go on answering from the old
one, which ingest keeps until the rebuild after next. A generation that fails to load is not retried
on every request; the old one keeps answering and `/readyz` says why.

Answers are remembered per (store generation, today's date, question with its spacing normalised,
history): the same question over the same store on the same day gets the same answer, so the cache
never serves an answer from an older store or an older "days left" count.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
import unicodedata
from collections.abc import Hashable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from assistant.core import check_question
from assistant.errors import AssistantError
from assistant.lru import LRU
from assistant.retrieval.store_state import current_generation
from assistant.types import Answer, Turn

log = logging.getLogger("wa-assistant.server")


@dataclass(frozen=True)
class Loaded:
    assistant: Any
    generation: str  # the store folder it was loaded from; "" for a Chroma server (nothing to follow)


@dataclass(frozen=True)
class ReloadFailure:
    generation: str
    message: str


def generation_of(assistant: Any) -> str:
    health = getattr(getattr(getattr(assistant, "retriever", None), "reader", None), "health", None)
    return "" if health is None or health.state == "remote" else health.generation


def answer_key(generation: str, question: str, history: list[Turn]) -> Hashable:
    def norm(text: str) -> str:
        return " ".join(unicodedata.normalize("NFC", text).split())

    turns = tuple((norm(t.question), norm(t.answer)) for t in history)
    return (generation, dt.date.today().isoformat(), norm(question), turns)


class Serving:
    def __init__(self, assistant: Any, answer_cache: int):
        self.loaded = Loaded(assistant, generation_of(assistant))
        self.answers: LRU[Answer] = LRU(answer_cache)
        self.failure: ReloadFailure | None = None
        self.reloads = 0
        self._reload_lock = threading.Lock()

    @property
    def assistant(self) -> Any:
        return self.loaded.assistant

    def current(self) -> Loaded:
        """The Assistant for this request: the loaded one, or the store's new generation once loaded."""
        loaded = self.loaded
        now = current_generation(loaded.assistant.settings)
        if not loaded.generation or not now or now == loaded.generation:
            return loaded
        if self.failure is not None and self.failure.generation == now:
            return loaded
        if not self._reload_lock.acquire(blocking=False):
            return loaded  # another request is loading it: answer from the one we have meanwhile
        try:
            if self.loaded.generation != now:
                self._reload(now)
        finally:
            self._reload_lock.release()
        return self.loaded

    def _reload(self, generation: str) -> None:
        from assistant.core import Assistant

        old = self.loaded.assistant
        started = time.perf_counter()
        try:
            new = Assistant.load(old.settings, spaces=old.retriever.spaces)
        except AssistantError as exc:
            self.failure = ReloadFailure(generation, str(exc))
            log.warning(
                "store generation %s not loaded, still answering from %s: %s", generation, self.loaded.generation, exc
            )
            return
        self.loaded = Loaded(new, generation_of(new))
        self.failure = None
        self.reloads += 1
        self.answers.clear()  # keyed by generation anyway: this only frees the memory
        log.info("store generation %s loaded in %.1f s", self.loaded.generation, time.perf_counter() - started)

    def ask(self, question: str, history: list[Turn]) -> tuple[Answer, bool]:
        """The answer, and whether it came from the cache."""
        loaded = self.current()
        q = check_question(question, loaded.assistant.settings.max_question_chars)
        key = answer_key(loaded.generation, q, history)
        started = time.perf_counter()
        if (hit := self.answers.get(key)) is not None:
            return _replayed(hit, q, started), True
        answer = loaded.assistant.ask(q, history)
        self.answers.put(key, answer)
        return answer, False

    def stream(self, question: str, history: list[Turn]) -> Iterator[str | Answer]:
        """Text pieces then the Answer (`Assistant.stream`); a remembered answer comes as one piece."""
        loaded = self.current()
        q = check_question(question, loaded.assistant.settings.max_question_chars)
        key = answer_key(loaded.generation, q, history)
        started = time.perf_counter()
        if (hit := self.answers.get(key)) is not None:
            yield hit.answer
            yield _replayed(hit, q, started)
            return
        for item in loaded.assistant.stream(q, history):
            if isinstance(item, Answer):
                self.answers.put(key, item)
            yield item


def _replayed(answer: Answer, question: str, started: float) -> Answer:
    """A remembered answer as this request's: its own question text, and timings that say it was not recomputed."""
    took = (time.perf_counter() - started) * 1000
    return replace(answer, question=question, timings_ms={"retrieve": 0.0, "compose": 0.0, "cache": took})
