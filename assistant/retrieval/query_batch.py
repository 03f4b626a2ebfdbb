"""Questions asked at the same time share one model call per embedding space.

A model answers one call at a time (its lock), so under a burst the questions queue for it anyway.
Instead of encoding them one by one, the first waiting thread takes every question queued so far and
encodes them as one batch; the others receive their rows. A lone question goes straight through.
Measured on 2 cores, one thread per model: multilingual USE costs 2.8 ms per question alone and
1.0 ms in a batch of 8; e5 25 ms and 21 ms.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

import numpy as np

EncodeMany = Callable[[Sequence[str]], np.ndarray]


class _Slot:
    __slots__ = ("text", "vector", "error")

    def __init__(self, text: str):
        self.text = text
        self.vector: np.ndarray | None = None
        self.error: BaseException | None = None

    @property
    def done(self) -> bool:
        return self.vector is not None or self.error is not None


class QueryBatcher:
    """`batcher(text)` -> that text's query vector, encoded together with any concurrent ones."""

    def __init__(self, encode_many: EncodeMany):
        self._encode_many = encode_many
        self._cond = threading.Condition()
        self._queue: list[_Slot] = []
        self._busy = False
        self.calls = 0  # model calls made, and texts encoded by them: the batching actually achieved
        self.texts = 0

    def __call__(self, text: str) -> np.ndarray:
        slot = _Slot(text)
        with self._cond:
            self._queue.append(slot)
            while self._busy and not slot.done:
                self._cond.wait()
            if not slot.done:  # nobody is encoding and ours is still queued: lead the next batch
                self._busy = True
                batch, self._queue = self._queue, []
            else:
                batch = []
        if batch:
            self._run(batch)
        if slot.error is not None:
            raise slot.error
        assert slot.vector is not None
        return slot.vector

    def _run(self, batch: list[_Slot]) -> None:
        try:
            vectors = self._encode_many([s.text for s in batch])
            for s, v in zip(batch, vectors, strict=True):
                s.vector = v
        except BaseException as exc:  # every waiter of this batch gets the model's error, none hangs
            for s in batch:
                s.error = exc
        finally:
            with self._cond:
                self.calls += 1
                self.texts += len(batch)
                self._busy = False
                self._cond.notify_all()
