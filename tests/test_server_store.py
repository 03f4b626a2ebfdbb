"""`serve` and the store's life: a rebuild is picked up by a running server, and `/readyz` says what
`wa-assistant status` says (complete, being rebuilt, damaged, missing), on a copy of the real corpus."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason='install the extra: pip install -e ".[serve]"')
httpx = pytest.importorskip("httpx")

from assistant import Assistant  # noqa: E402
from assistant.retrieval.store_lock import IngestLock  # noqa: E402
from assistant.retrieval.store_state import SQLITE, current_generation, inspect  # noqa: E402
from assistant.server.app import create_app  # noqa: E402
from assistant.server.config import ServerSettings  # noqa: E402
from eval.servers import ServeProcess  # noqa: E402
from ingest.run import ingest  # noqa: E402
from tests.conftest import CORPUS, keep_cache, run_cli, seed_cache, settings_for, write_doc  # noqa: E402
from tests.live_server import live_server  # noqa: E402

CADENCE = "summaries/en/game-day-cadence.md"
QUESTION = "How often does the reliability team run a game day?"


def cadence(corpus: Path, days: int) -> None:
    write_doc(
        corpus / CADENCE,
        "Game day cadence",
        f"# Game day cadence\n\nThe reliability team runs a game day every {days} days to rehearse failover.\n",
    )


@pytest.fixture
def copied(tmp_path: Path, cache_dir: Path, corpus_settings):
    """The real corpus plus one page of our own, ingested into a store in tmp_path."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    cadence(corpus, 19)
    store = tmp_path / "state" / "store"
    seed_cache(cache_dir, store)
    settings = settings_for(store, corpus=corpus)
    report = ingest(settings)
    assert not report.errors
    yield settings, corpus
    keep_cache(cache_dir, store)


def ask(url: str, question: str) -> httpx.Response:
    r = httpx.post(url + "/v1/ask", json={"question": question}, timeout=120)
    assert r.status_code == 200, r.text
    return r


def test_a_running_server_answers_from_the_rebuilt_store(copied, tmp_path):
    settings, corpus = copied
    env = {"WA_STORE": str(settings.store), "WA_CORPUS": str(corpus), "WA_RATE_LIMIT": "0"}
    serve = ServeProcess(env, tmp_path / "serve.log").start()
    try:
        first_generation = httpx.get(serve.url + "/readyz").json()["generation"]
        before = ask(serve.url, QUESTION)
        assert "every 19 days" in before.json()["answer"] and before.headers["x-wa-cache"] == "miss"
        assert ask(serve.url, QUESTION).headers["x-wa-cache"] == "hit"

        cadence(corpus, 23)
        report = ingest(settings)  # a new generation, switched in under the running server
        assert (report.chunks_added, report.chunks_removed) == (1, 1) and report.generation != first_generation

        after = ask(serve.url, QUESTION)
        text = after.json()["answer"]
        assert "every 23 days" in text and "19 days" not in text and after.headers["x-wa-cache"] == "miss"
        assert any(c["source"].endswith(CADENCE) for c in after.json()["citations"])
        status = httpx.get(serve.url + "/v1/status").json()
        assert status["generation"] == report.generation == current_generation(settings) and status["reloads"] == 1
        ready = httpx.get(serve.url + "/readyz").json()
        assert ready["status"] == "ready" and ready["generation"] == report.generation
    finally:
        serve.stop()


def test_readiness_follows_the_store_state(copied):
    settings, _corpus = copied
    store = Path(settings.store)
    with live_server(create_app(Assistant.load(settings), ServerSettings(rate_limit=0))) as url:
        ready = httpx.get(url + "/readyz")
        assert ready.status_code == 200 and ready.json()["state"] == "complete" and ready.json()["warnings"] == []

        with IngestLock(store):  # being rebuilt: the complete generation answers meanwhile, and says so
            rebuilding = httpx.get(url + "/readyz")
            expected = inspect(settings).warnings()
        assert rebuilding.status_code == 200 and rebuilding.json()["status"] == "ready"
        assert rebuilding.json()["warnings"] == expected and expected[0].startswith("An ingest (pid")

        with sqlite3.connect(store.resolve() / SQLITE) as db:  # content changed behind ingest's back
            db.execute(
                "UPDATE embedding_metadata SET string_value = 'tampered' WHERE id = "
                "(SELECT min(id) FROM embedding_metadata WHERE key = 'chroma:document')"
            )
        damaged = httpx.get(url + "/readyz")
        assert damaged.status_code == 503 and damaged.headers["retry-after"] == "5"
        body = damaged.json()
        assert body["status"] == "not_ready" and body["state"] == "damaged"
        assert body["message"] == inspect(settings).message and "wa-assistant ingest" in body["message"]
        status = run_cli("status", env={"WA_STORE": str(store), "WA_CORPUS": str(settings.corpus)})
        assert body["message"] in " ".join(status.stdout.split())  # the CLI's words

        store.unlink()  # the store link removed: missing, and the server says so rather than reloading
        missing = httpx.get(url + "/readyz")
        assert missing.status_code == 503 and missing.json()["state"] == "missing"
        assert missing.json()["message"].startswith(f"No store at {store}: run `wa-assistant ingest` first.")
        assert httpx.get(url + "/healthz").status_code == 200
