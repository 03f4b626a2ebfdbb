"""Questions asked at once share one model call (real models), the vectors are remembered, and a model's
failure reaches every question of its batch."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pytest

from assistant.lru import LRU
from assistant.retrieval.embedder import make_spaces
from assistant.retrieval.query_batch import QueryBatcher

QUESTIONS = [
    "What is the reliability pillar?",
    "비즈니스 플랜 응답 시간은?",
    "How do I right-size EC2 instances?",
    "보안 원칙을 알려줘",
    "What does loose coupling mean?",
    "지속 가능성 설계 원칙",
    "How much is Enterprise Support?",
    "What replaces Developer support?",
]


@pytest.fixture(scope="module")
def spaces(cache_dir: Path):
    return make_spaces("e5+use", 2, cache_dir / "models", query_threads=1, query_cache=4)


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


@pytest.mark.parametrize("name", ["e5", "use"])
def test_questions_queued_behind_the_model_are_encoded_in_one_call(spaces, name):
    space = next(s for s in spaces if s.name == name)
    alone = {q: space.encode([q], is_query=True)[0] for q in QUESTIONS}
    space.query_cache.clear()
    calls, texts = space._batcher.calls, space._batcher.texts
    results: dict[str, np.ndarray] = {}

    def ask(q: str) -> None:
        results[q] = space.encode_query(q)

    with space._lock:  # the model is busy: the first question leads and waits, the rest queue behind it
        threads = [threading.Thread(target=ask, args=(q,)) for q in QUESTIONS]
        for t in threads:
            t.start()
        deadline = time.monotonic() + 30
        while len(space._batcher._queue) < len(QUESTIONS) - 1 and time.monotonic() < deadline:
            time.sleep(0.01)
    for t in threads:
        t.join()
    assert (space._batcher.calls - calls, space._batcher.texts - texts) == (2, len(QUESTIONS))
    for q in QUESTIONS:  # each question got its own row, the same vector as encoded alone
        assert cosine(results[q], alone[q]) > 0.999, q
    stats = space.query_cache.stats()
    assert (stats.size, stats.capacity) == (4, 4)  # the last four, the oldest forgotten


def test_a_remembered_vector_is_not_encoded_again(spaces):
    space = spaces[0]
    first = space.encode_query("What is a game day?")
    calls, hits = space._batcher.calls, space.query_cache.hits
    again = space.encode_query("What is a game day?")
    assert again is first and space._batcher.calls == calls and space.query_cache.hits == hits + 1
    with pytest.raises(ValueError):
        again[0] = 1.0  # shared between requests: read-only


def test_a_failed_batch_fails_every_question_in_it():
    gate, entered = threading.Event(), threading.Event()
    batches: list[list[str]] = []

    def encode_many(texts):
        batches.append(list(texts))
        if len(batches) == 1:
            entered.set()
            gate.wait(30)
            return np.ones((len(texts), 2))
        raise RuntimeError("model crashed")

    batcher = QueryBatcher(encode_many)
    errors: list[str] = []

    def ask(text: str) -> None:
        try:
            batcher(text)
        except RuntimeError as exc:
            errors.append(f"{text}: {exc}")

    first = threading.Thread(target=ask, args=("lead",))
    first.start()
    entered.wait(30)
    rest = [threading.Thread(target=ask, args=(f"q{i}",)) for i in range(3)]
    for t in rest:
        t.start()
    while len(batcher._queue) < 3:
        time.sleep(0.01)
    gate.set()
    for t in [first, *rest]:
        t.join(30)
    assert batches[0] == ["lead"] and sorted(batches[1]) == ["q0", "q1", "q2"] and len(batches) == 2
    assert sorted(errors) == [f"q{i}: model crashed" for i in range(3)] and batcher.calls == 2


def test_lru_counts_and_forgets_the_oldest():
    cache: LRU[int] = LRU(2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1  # "a" is now the newest
    cache.put("c", 3)
    assert cache.get("b") is None and cache.get("a") == 1 and cache.get("c") == 3
    assert cache.stats().to_dict() == {"size": 2, "capacity": 2, "hits": 3, "misses": 1, "hit_rate": 0.75}
    off: LRU[int] = LRU(0)
    off.put("a", 1)
    assert off.get("a") is None and off.stats().to_dict()["misses"] == 1
