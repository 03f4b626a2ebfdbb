"""A real `chroma run` server: ingest, read and ask against it as against the embedded store, and a server
that stops and comes back under a live Assistant, `chat` and the HTTP API (one clear error, then recovery)."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from assistant import Assistant
from assistant.errors import StoreMissing, StoreUnavailable
from assistant.retrieval.store import StoreReader
from assistant.settings import Settings, load_settings
from eval.servers import HOST, ChromaServer, chroma_cli, free_port
from tests.conftest import CORPUS, keep_cache, run_cli, seed_cache

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(chroma_cli() is None, reason="the `chroma` CLI (from chromadb) is not installed"),
]
QUESTIONS = [
    "What are the design principles of the reliability pillar?",
    "비즈니스 플랜에서 프로덕션 다운 시 응답 시간은?",
    "What is the capital of France?",
]
SPACES = ["e5", "use"]


@pytest.fixture(scope="module")
def chroma(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChromaServer]:
    server = ChromaServer(tmp_path_factory.mktemp("chroma") / "data").start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def server_settings(
    chroma: ChromaServer, tmp_path_factory: pytest.TempPathFactory, cache_dir: Path, corpus_settings: Settings
) -> Settings:
    """The real corpus ingested into the server; WA_STORE only places the embedding cache."""
    from ingest.run import ingest

    store = tmp_path_factory.mktemp("server-state") / "store"
    seed_cache(cache_dir, store)
    settings = load_settings(store=store, corpus=CORPUS, chroma_host=HOST, chroma_port=chroma.port)
    report = ingest(settings)
    assert not report.errors and report.chunks_added == report.chunks_total
    keep_cache(cache_dir, store)
    return settings


@pytest.fixture(scope="module")
def server_assistant(server_settings: Settings) -> Assistant:
    a = Assistant.load(server_settings)
    a.warm()
    return a


def answer_json(a: Assistant, q: str) -> dict:
    d = a.ask(q).to_dict()
    d.pop("timings_ms")
    return d


def test_server_store_holds_what_the_embedded_store_holds(server_settings, corpus_settings):
    served, local = StoreReader.open(server_settings, SPACES), StoreReader.open(corpus_settings, SPACES)
    assert served.server is server_settings and local.server is None
    n = len(local.chunks())
    assert served.sizes == local.sizes == {"e5": n, "use": n} and n > 300
    assert {c.id: c for c in served.chunks()} == {c.id: c for c in local.chunks()}


def test_reingest_into_the_server_changes_nothing(server_settings, assistant):
    from ingest.run import ingest

    report = ingest(server_settings)
    assert (report.chunks_added, report.chunks_updated, report.chunks_removed) == (0, 0, 0)
    assert report.chunks_total == assistant.chunk_count and not report.errors


def test_answers_are_the_same_from_the_server(server_assistant, assistant):
    for q in QUESTIONS:
        assert answer_json(server_assistant, q) == answer_json(assistant, q), q
    hits = server_assistant.retrieve("loose coupling", k=5).to_dict()
    assert hits == assistant.retrieve("loose coupling", k=5).to_dict()


def test_cli_against_the_server(server_settings, chroma):
    env = {"WA_CHROMA_HOST": HOST, "WA_CHROMA_PORT": str(chroma.port), "WA_STORE": str(server_settings.store)}
    r = run_cli("retrieve", "--json", "--k", "2", "loose coupling", env=env)
    assert r.returncode == 0, r.stderr
    closed = {**env, "WA_CHROMA_PORT": str(free_port())}
    r = run_cli("ask", "What is loose coupling?", env=closed)
    assert r.returncode == 2 and "Cannot reach the Chroma server" in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) <= 3  # one message, wrapped at most


def test_loading_without_a_server_is_a_clear_error(server_settings):
    settings = load_settings(store=server_settings.store, chroma_host=HOST, chroma_port=free_port())
    with pytest.raises(StoreMissing, match="Start it, or unset WA_CHROMA_HOST"):
        Assistant.load(settings)


def test_server_lost_and_back_under_assistant_and_api(server_assistant, chroma):
    """Stop the server under a live Assistant and its API: one clear error each time, then recovery."""
    pytest.importorskip("fastapi")
    import httpx

    from assistant.server.app import create_app
    from assistant.server.config import ServerSettings
    from tests.live_server import live_server

    q, fresh = QUESTIONS[0], QUESTIONS[1]  # `fresh` is first asked over HTTP while the server is down
    before, fresh_before = answer_json(server_assistant, q), answer_json(server_assistant, fresh)
    with live_server(create_app(server_assistant, ServerSettings(rate_limit=0))) as url:
        assert httpx.post(url + "/v1/ask", json={"question": q}, timeout=60).status_code == 200
        chroma.stop()
        try:
            with pytest.raises(StoreUnavailable, match=f"{HOST}:{chroma.port} is not answering") as lost:
                server_assistant.ask(q)
            assert "reconnects by itself" in str(lost.value)
            error = {"type": "store_unavailable", "code": "store_unavailable", "message": str(lost.value)}
            chat = {"model": "wa-assistant", "messages": [{"role": "user", "content": fresh}]}
            for path, body in [
                ("/v1/ask", {"question": fresh}),
                ("/v1/retrieve", {"query": fresh}),
                ("/v1/chat/completions", chat),
                ("/v1/chat/completions", {**chat, "stream": True}),
            ]:
                r = httpx.post(url + path, json=body, timeout=60)
                assert r.status_code == 503 and r.headers["retry-after"] == "5", (path, r.text)
                assert r.json()["error"] == error, path
            remembered = httpx.post(url + "/v1/ask", json={"question": q}, timeout=60)  # answered before the loss
            assert remembered.status_code == 200 and remembered.headers["x-wa-cache"] == "hit"
            ready = httpx.get(url + "/readyz")
            assert ready.status_code == 503 and ready.json() == {
                "status": "not_ready",
                "state": "unreachable",
                "message": str(lost.value),
            }
            assert httpx.get(url + "/healthz").status_code == 200
            assert httpx.get(url + "/v1/status").json()["store"]["reachable"] is False
        finally:
            chroma.start()
        r = httpx.post(url + "/v1/ask", json={"question": fresh}, timeout=60)
        assert r.status_code == 200 and r.headers["x-wa-cache"] == "miss"
        assert {k: v for k, v in r.json().items() if k != "timings_ms"} == fresh_before
        ready = {"status": "ready", "state": "remote", "chunks": server_assistant.chunk_count}
        assert httpx.get(url + "/readyz").json() == {**ready, "generation": "", "warnings": []}
    assert answer_json(server_assistant, q) == before


def scripted_input(lines: list[str | Callable[[], None]]) -> Callable[[str], str]:
    """`input()` for `chat`: returns the next line; a callable in the script runs first (stop/start the server)."""
    script = list(lines)

    def fake_input(_prompt: str = "") -> str:
        while script and callable(script[0]):
            script.pop(0)()
        if not script:
            raise EOFError
        return script.pop(0)

    return fake_input


def test_chat_survives_a_lost_server(server_settings, chroma, monkeypatch):
    from typer.testing import CliRunner

    from assistant.cli import app

    for key, value in {**chroma.env, "WA_STORE": str(server_settings.store)}.items():
        monkeypatch.setenv(key, value)
    q = "What are the design principles of the reliability pillar?"
    monkeypatch.setattr(builtins, "input", scripted_input([q, chroma.stop, q, chroma.start, q]))
    try:
        result = CliRunner().invoke(app, ["chat"])
    finally:
        if not chroma.alive():
            chroma.start()
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    assert text.count("is not answering") == 1 and "Traceback" not in result.output
    first, rest = text.split("is not answering")
    assert "[1]" in first and "[1]" in rest  # answered before the loss and after the return
