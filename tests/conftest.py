"""Shared fixtures: every test gets its own env and store; the real corpus is ingested once per session."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from filelock import FileLock

from assistant.quiet import quiet_third_parties
from assistant.settings import Settings, load_settings

quiet_third_parties()  # the suite is an entry point: offline and quiet before any model library loads

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
CLI = [sys.executable, "-m", "assistant.cli"]


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No WA_* setting leaks in from the developer's shell; the default store lives in tmp_path."""
    for key in list(os.environ):
        if key.startswith("WA_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("WA_STORE", str(tmp_path / "store"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")


@pytest.fixture(scope="session")
def cache_dir() -> Path:
    """One embedding cache kept between runs (gitignored, created fresh on a clean clone), so each text is
    embedded once however many stores and test runs use it. Entries are keyed by text hash and space."""
    path = ROOT / ".wa-assistant" / "test-cache"
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_for(store: Path, **extra: object) -> Settings:
    return load_settings(store=store, **extra)


def cache_lock(cache_dir: Path, name: str = "cache") -> FileLock:
    """`make test` runs the suite in two processes (pytest-xdist): they share the cache under this lock."""
    return FileLock(str(cache_dir / f"{name}.lock"))


def seed_cache(cache_dir: Path, store: Path) -> None:
    """Give a new store the session's embedding cache and prepared models (both live beside the store).

    The models folder is shared, not copied: the USE model's prepared state (~1.5 s to build, more on a
    busy machine) is then built once per checkout instead of once per store; it is written atomically."""
    store.parent.mkdir(parents=True, exist_ok=True)
    src = cache_dir / "embed-cache.sqlite"
    with cache_lock(cache_dir):
        if src.exists():
            shutil.copy(src, store.parent / "embed-cache.sqlite")
    models = store.parent / "models"
    if not models.exists():
        (cache_dir / "models").mkdir(exist_ok=True)
        models.symlink_to(cache_dir / "models", target_is_directory=True)


def keep_cache(cache_dir: Path, store: Path) -> None:
    """Add the store's new vectors to the session's cache. Merged, never copied over: a test that embeds a
    few files from an empty cache (cold-ingest tests do) must not leave the next store a cache without the
    corpus (that re-embedded the whole corpus mid-run, ~2 minutes)."""
    src = store.parent / "embed-cache.sqlite"
    if not src.exists():
        return
    from ingest.cache import EmbeddingCache

    with cache_lock(cache_dir):
        kept = EmbeddingCache(cache_dir / "embed-cache.sqlite")  # creates the table on a clean clone
        try:
            kept.merge_from(src)
        finally:
            kept.close()


@pytest.fixture(scope="session")
def corpus_settings(tmp_path_factory: pytest.TempPathFactory, cache_dir: Path) -> Settings:
    """The real corpus, ingested into a real Chroma store with the real models.

    Fixtures that ingest a copy of the corpus ask for this one first, so its vectors are cached; the
    lock makes the second test process wait for them instead of embedding the corpus again beside it."""
    from ingest.run import ingest

    store = tmp_path_factory.mktemp("corpus") / "store"
    with cache_lock(cache_dir, "corpus"):
        seed_cache(cache_dir, store)
        settings = settings_for(store, corpus=CORPUS)
        report = ingest(settings)
        assert not report.errors, report.errors
        keep_cache(cache_dir, store)
    return settings


@pytest.fixture(scope="session")
def assistant(corpus_settings: Settings):
    from assistant import Assistant

    a = Assistant.load(corpus_settings)
    a.warm()
    return a


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 180) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([*CLI, *args], cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=timeout)


def write_doc(path: Path, title: str, body: str, lang: str = "en", topics: str = "[testing]") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"---\ntitle: {title}\nlang: {lang}\nkind: summary\ntopics: {topics}\nas_of: 2026-11-26\n"
        f"references: []\n---\n{body}",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def chat(assistant):
    """Ask `questions` as one conversation; the last answer."""
    from assistant.types import Turn

    def ask(*questions: str):
        history: list[Turn] = []
        answer = None
        for question in questions:
            answer = assistant.ask(question, history)
            history.append(Turn(question, answer.answer))
        return answer

    return ask


def talk(assistant, *questions: str) -> list[str]:
    """Each answer of one conversation, in order (each turn asked with the turns before it)."""
    from assistant.types import Turn

    history: list[Turn] = []
    for question in questions:
        history.append(Turn(question, assistant.ask(question, history).answer))
    return [t.answer for t in history]


def first_line(answer) -> str:
    """An answer's first line: the one that must answer the question."""
    return answer.answer.splitlines()[0]
