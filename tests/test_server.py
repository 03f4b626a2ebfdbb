"""`wa-assistant serve`: every endpoint over real HTTP on loopback, with the real corpus and models.

The OpenAI-compatible endpoint is exercised with the official `openai` client, as a chat front end would.
"""

from __future__ import annotations

import json

import pytest

pytest.importorskip("fastapi", reason='install the extra: pip install -e ".[serve]"')
httpx = pytest.importorskip("httpx")
openai = pytest.importorskip("openai")

from assistant.retrieval.store_state import current_generation  # noqa: E402
from assistant.server.app import create_app  # noqa: E402
from assistant.server.config import ServerSettings  # noqa: E402
from assistant.server.security import RateLimiter, is_loopback, match_key  # noqa: E402
from assistant.types import Turn  # noqa: E402
from tests.conftest import run_cli  # noqa: E402
from tests.live_server import live_server  # noqa: E402

Q_EN = "What is the response time of Business Support when production is down?"
Q_KO = "비즈니스 플랜에서 프로덕션 다운 시 응답 시간은?"
OFF_TOPIC = "What is the capital of France?"
KEYS = "alpha-key-1,beta-key-2"


@pytest.fixture(scope="module")
def base(assistant) -> str:
    """The default server: no keys (loopback only), rate limit off."""
    with live_server(create_app(assistant, ServerSettings(rate_limit=0))) as url:
        yield url


@pytest.fixture(scope="module")
def keyed(assistant) -> str:
    with live_server(create_app(assistant, ServerSettings(api_keys=KEYS, rate_limit=0))) as url:
        yield url


def post(url: str, path: str, payload: object, **kw: object) -> httpx.Response:
    return httpx.post(url + path, json=payload, timeout=60, **kw)


def assert_error(r: httpx.Response, status: int, kind: str) -> str:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    err = r.json()["error"]
    assert err["type"] == kind and err["message"]
    return err["message"]


# health, status, docs


def test_health_and_readiness(base, assistant, corpus_settings):
    assert httpx.get(base + "/healthz").json() == {"status": "ok"}
    ready = httpx.get(base + "/readyz")
    generation = current_generation(corpus_settings)
    assert generation.startswith("store.gen-")
    assert ready.status_code == 200 and ready.json() == {
        "status": "ready",
        "state": "complete",
        "chunks": assistant.chunk_count,
        "generation": generation,
        "warnings": [],
    }
    assert assistant.chunk_count > 300


def test_status_reports_store_models_and_limits(base, assistant):
    s = httpx.get(base + "/v1/status").json()
    assert s["store"] == {
        "kind": "embedded",
        "location": str(assistant.settings.store),
        "reachable": True,
        "chunks_loaded": assistant.chunk_count,
        "chunks_in_store": assistant.chunk_count,
        "stale": False,
    }
    assert s["embeddings"] == "e5+use" and s["composer"] == "offline" and s["auth"] == "loopback_only"
    assert s["limits"]["max_question_chars"] == 2000 and s["limits"]["rate_limit_per_minute"] == 0


def without(d: dict, *keys: str) -> dict:
    return {k: v for k, v in d.items() if k not in keys}


def test_answers_are_remembered_per_question_and_history(assistant):
    spaced = "  " + Q_EN.replace(" ", "  ") + " "
    followup = {"question": Q_EN, "history": [{"question": Q_KO, "answer": "1시간"}]}
    with live_server(create_app(assistant, ServerSettings(rate_limit=0, answer_cache=8))) as url:
        first, again = post(url, "/v1/ask", {"question": Q_EN}), post(url, "/v1/ask", {"question": spaced})
        other = post(url, "/v1/ask", followup)
        caches = httpx.get(url + "/v1/status").json()["caches"]
    assert [r.headers["x-wa-cache"] for r in (first, again, other)] == ["miss", "hit", "miss"]
    a, b = first.json(), again.json()
    assert b["question"] == spaced.strip() and set(b["timings_ms"]) == {"retrieve", "compose", "cache"}
    assert without(b, "question", "timings_ms") == without(a, "question", "timings_ms")
    # what the cache gave is what answering the spaced question afresh gives
    assert without(assistant.ask(spaced).to_dict(), "question", "timings_ms") == without(a, "question", "timings_ms")
    assert caches["answers"] == {"size": 2, "capacity": 8, "hits": 1, "misses": 2, "hit_rate": 0.3333}
    assert set(caches["query_vectors"]) == {"e5", "use"}


def test_answer_cache_off(assistant):
    with live_server(create_app(assistant, ServerSettings(rate_limit=0, answer_cache=0))) as url:
        answers = [post(url, "/v1/ask", {"question": Q_KO}) for _ in range(2)]
        caches = httpx.get(url + "/v1/status").json()["caches"]
    assert [r.headers["x-wa-cache"] for r in answers] == ["miss", "miss"]
    assert caches["answers"] == {"size": 0, "capacity": 0, "hits": 0, "misses": 2, "hit_rate": 0.0}


def test_openapi_page_lists_every_endpoint(base):
    spec = httpx.get(base + "/openapi.json").json()
    for path in ("/v1/ask", "/v1/retrieve", "/v1/recommend/support", "/v1/recommend/partner", "/v1/status"):
        assert path in spec["paths"]
    assert "/v1/chat/completions" in spec["paths"] and "/readyz" in spec["paths"]
    assert "swagger" in httpx.get(base + "/docs").text.lower()


# the assistant's own endpoints return the CLI's JSON


def test_ask_returns_the_ask_json(base, assistant):
    got = post(base, "/v1/ask", {"question": Q_KO}).json()
    want = assistant.ask(Q_KO).to_dict()
    got.pop("timings_ms"), want.pop("timings_ms")
    assert got == want
    assert got["lang"] == "ko" and not got["abstained"] and got["citations"][0]["n"] == 1


def test_ask_is_the_same_json_as_the_cli(base, corpus_settings):
    cli = run_cli("ask", "--json", Q_EN, env={"WA_STORE": str(corpus_settings.store)})
    assert cli.returncode == 0, cli.stderr
    want, got = json.loads(cli.stdout), post(base, "/v1/ask", {"question": Q_EN}).json()
    assert set(got) == set(want)
    assert got["answer"] == want["answer"] and got["citations"] == want["citations"]


def test_ask_uses_history_for_a_follow_up(base, assistant):
    history = [{"question": "What is Business Support?", "answer": "A support plan."}]
    got = post(base, "/v1/ask", {"question": "and its price?", "history": history}).json()
    want = assistant.ask("and its price?", [Turn(**history[0])]).to_dict()
    assert got["answer"] == want["answer"] and got["citations"] == want["citations"]


def test_off_topic_question_abstains(base):
    got = post(base, "/v1/ask", {"question": OFF_TOPIC}).json()
    assert got["abstained"] and got["citations"] == [] and got["suggestions"]


def test_retrieve_returns_the_retrieve_json(base, assistant):
    got = post(base, "/v1/retrieve", {"query": "loose coupling", "k": 3}).json()
    assert got == assistant.retrieve("loose coupling", k=3).to_dict()
    assert len(got["results"]) == 3 and set(got["results"][0]) == {
        "id",
        "source",
        "title",
        "section",
        "lang",
        "text",
        "score",
    }


def test_recommenders_return_the_advisors_json(base, assistant):
    need = "we run production and need a 1-hour response at 3 a.m."
    got = post(base, "/v1/recommend/support", {"need": need}).json()
    assert got == assistant.recommend_support(need).to_dict() and got["kind"] == "support_plan"
    dated = post(base, "/v1/recommend/support", {"needs": ["tam"], "as_of": "2027-01-01"}).json()
    assert dated == assistant.recommend_support("", ["tam"], None, __import__("datetime").date(2027, 1, 1)).to_dict()
    ko = "ML 모델을 운영에 올리고 싶은데 도와줄 파트너"
    partner = post(base, "/v1/recommend/partner", {"text": ko}).json()
    assert partner == assistant.recommend_partner(ko).to_dict() and partner["lang"] == "ko"


# bad input: the CLI's messages as JSON errors


def test_empty_and_overlong_questions_get_the_cli_message(base):
    msg = assert_error(post(base, "/v1/ask", {"question": "   "}), 400, "bad_question")
    cli = run_cli("ask", "   ")
    assert cli.returncode == 2 and msg in " ".join(cli.stderr.split())
    msg = assert_error(post(base, "/v1/ask", {"question": "x" * 2001}), 400, "bad_question")
    assert "2,001 characters" in msg and "limit is 2,000" in msg
    assert_error(post(base, "/v1/recommend/partner", {"need": ""}), 400, "bad_question")


def test_malformed_requests_are_json_errors_in_both_languages(base):
    r = post(base, "/v1/ask", {"q": "missing question"})
    assert_error(r, 422, "invalid_request")
    assert "question" in r.json()["error"]["message"] and set(r.json()["error"]["messages"]) == {"en", "ko"}
    r = httpx.post(base + "/v1/ask", content=b"{not json", headers={"content-type": "application/json"})
    assert_error(r, 422, "invalid_request")
    assert_error(post(base, "/v1/retrieve", {"query": "x", "k": 0}), 422, "invalid_request")
    assert_error(post(base, "/v1/recommend/support", {"as_of": "next tuesday"}), 422, "invalid_request")
    r = httpx.get(base + "/v1/nothing-here", headers={"accept-language": "ko-KR"})
    assert assert_error(r, 404, "not_found") == "없는 엔드포인트입니다: API는 /docs 를 보세요."


def test_lone_surrogate_is_refused_not_a_traceback(base):
    raw = b'{"question": "reliability \\ud800 pillar"}'
    r = httpx.post(base + "/v1/ask", content=raw, headers={"content-type": "application/json"})
    assert "surrogate" in assert_error(r, 400, "bad_text")
    raw = b'{"messages": [{"role": "user", "content": "hi \\udfff"}]}'
    r = httpx.post(base + "/v1/chat/completions", content=raw, headers={"content-type": "application/json"})
    assert_error(r, 400, "bad_text")


def test_body_size_limit(assistant):
    with live_server(create_app(assistant, ServerSettings(max_body_bytes=2048, rate_limit=0))) as url:
        big = {"question": "reliability " * 300}
        msg = assert_error(post(url, "/v1/ask", big), 413, "body_too_large")
        assert "2,048 bytes" in msg

        def chunked():  # no Content-Length: the limit counts what arrives
            for _ in range(10):
                yield b" " * 512

        r = httpx.post(url + "/v1/ask", content=chunked(), headers={"content-type": "application/json"})
        assert_error(r, 413, "body_too_large")
        assert post(url, "/v1/ask", {"question": "What is loose coupling?"}).status_code == 200


def test_history_limit(assistant):
    with live_server(create_app(assistant, ServerSettings(max_history_turns=2, rate_limit=0))) as url:
        turns = [{"question": f"q{i}", "answer": "a"} for i in range(3)]
        msg = assert_error(post(url, "/v1/ask", {"question": "and?", "history": turns}), 400, "too_much_history")
        assert "3 earlier turns" in msg and "limit is 2" in msg


# who may ask


def test_api_keys(keyed):
    assert httpx.get(keyed + "/healthz").status_code == 200  # probes need no key
    assert_error(httpx.get(keyed + "/v1/status"), 401, "no_key")
    r = httpx.get(keyed + "/v1/status", headers={"Authorization": "Bearer alpha-key-"})
    assert_error(r, 401, "bad_key")
    assert r.headers["www-authenticate"] == "Bearer"
    assert "alpha-key" not in r.text  # the keys never appear in a reply
    assert httpx.get(keyed + "/v1/status", headers={"Authorization": "Bearer beta-key-2"}).status_code == 200
    assert httpx.get(keyed + "/v1/status", headers={"X-API-Key": "alpha-key-1"}).json()["auth"] == "api_keys"


def test_without_keys_only_direct_loopback_clients_are_answered(base):
    assert httpx.get(base + "/v1/status").status_code == 200
    relayed = httpx.get(base + "/v1/status", headers={"X-Forwarded-For": "203.0.113.9"})
    assert "WA_API_KEYS" in assert_error(relayed, 403, "loopback_only")
    assert is_loopback("127.0.0.1", {}) and is_loopback("::1", {})
    assert not is_loopback("10.0.0.5", {}) and not is_loopback(None, {})


def test_key_matching_compares_every_key():
    assert match_key("beta-key-2", ["alpha-key-1", "beta-key-2"]).startswith("key:")
    assert match_key("beta-key-2x", ["alpha-key-1", "beta-key-2"]) is None
    assert match_key("\udcff", ["alpha-key-1"]) is None  # undecodable header bytes do not crash


def test_rate_limit_per_key(assistant):
    with live_server(create_app(assistant, ServerSettings(api_keys=KEYS, rate_limit=2))) as url:
        alpha = {"Authorization": "Bearer alpha-key-1"}
        codes = [httpx.get(url + "/v1/status", headers=alpha).status_code for _ in range(3)]
        assert codes == [200, 200, 429]
        r = httpx.get(url + "/v1/status", headers=alpha)
        assert_error(r, 429, "rate_limited")
        assert int(r.headers["retry-after"]) >= 1
        assert httpx.get(url + "/v1/status", headers={"X-API-Key": "beta-key-2"}).status_code == 200


def test_token_bucket_refills():
    limiter = RateLimiter(per_minute=60)
    assert all(limiter.wait_for("k", now=0.0) == 0 for _ in range(60))
    assert limiter.wait_for("k", now=0.0) == 1
    assert limiter.wait_for("k", now=1.0) == 0 and limiter.wait_for("k", now=1.0) == 1
    assert RateLimiter(per_minute=0).wait_for("k") == 0


# the OpenAI-compatible endpoint, through the official client


@pytest.fixture(scope="module")
def client(keyed) -> openai.OpenAI:
    return openai.OpenAI(base_url=keyed + "/v1", api_key="alpha-key-1", max_retries=0, timeout=60)


def test_openai_client_gets_answer_sources_and_citations(client, assistant):
    r = client.chat.completions.create(model="wa-assistant", messages=[{"role": "user", "content": Q_EN}])
    want = assistant.ask(Q_EN)
    content = r.choices[0].message.content
    assert r.model == "wa-assistant" and r.choices[0].finish_reason == "stop"
    assert content.startswith(want.answer) and "[1]" in content
    assert content.endswith("\n".join(f"[{c.n}] {c.section} — {c.source}" for c in want.citations))
    assert "\n\nSources:\n[1] " in content
    assert r.citations == [c.to_dict() for c in want.citations] and r.abstained is False


def test_openai_client_streams_chunks(client):
    messages = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": Q_KO}]
    whole = client.chat.completions.create(model="wa-assistant", messages=messages).choices[0].message.content
    chunks = list(client.chat.completions.create(model="wa-assistant", messages=messages, stream=True))
    assert len(chunks) >= 4  # role, text, sources, finish
    assert chunks[0].choices[0].delta.role == "assistant"
    assert len({c.id for c in chunks}) == 1
    assert [c.choices[0].finish_reason for c in chunks] == [None] * (len(chunks) - 1) + ["stop"]
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == whole
    assert "출처:" in whole and chunks[-1].citations and chunks[-1].citations[0]["n"] == 1


def test_openai_conversation_history_is_used(client, assistant):
    messages = [
        {"role": "user", "content": "What is Business Support?"},
        {"role": "assistant", "content": "A support plan."},
        {"role": "user", "content": [{"type": "text", "text": "and its price?"}]},
    ]
    r = client.chat.completions.create(model="wa-assistant", messages=messages)
    want = assistant.ask("and its price?", [Turn("What is Business Support?", "A support plan.")])
    assert r.choices[0].message.content.startswith(want.answer)


def test_openai_errors(client, keyed):
    with pytest.raises(openai.NotFoundError, match="wa-assistant"):
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
    with pytest.raises(openai.BadRequestError, match="question is empty"):
        client.chat.completions.create(model="wa-assistant", messages=[{"role": "user", "content": " "}])
    with pytest.raises(openai.BadRequestError, match="no user message"):
        client.chat.completions.create(model="wa-assistant", messages=[{"role": "system", "content": "x"}])
    with pytest.raises(openai.AuthenticationError):
        openai.OpenAI(base_url=keyed + "/v1", api_key="wrong", max_retries=0).chat.completions.create(
            model="wa-assistant", messages=[{"role": "user", "content": Q_EN}]
        )
    assert [m.id for m in client.models.list()] == ["wa-assistant"]


def test_sse_wire_format(keyed):
    payload = {"model": "wa-assistant", "stream": True, "messages": [{"role": "user", "content": OFF_TOPIC}]}
    with httpx.stream(
        "POST", keyed + "/v1/chat/completions", json=payload, headers={"X-API-Key": "alpha-key-1"}, timeout=60
    ) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        events = [line for line in r.iter_lines() if line]
    assert all(e.startswith("data: ") for e in events) and events[-1] == "data: [DONE]"
    last = json.loads(events[-2][6:])
    assert last["choices"][0]["finish_reason"] == "stop" and last["abstained"] is True and last["citations"] == []


# the command


def test_serve_command_help_and_bad_settings():
    r = run_cli("serve", "--help")
    assert r.returncode == 0 and "--workers" in r.stdout and "--port" in r.stdout
    r = run_cli("serve", env={"WA_RATE_LIMIT": "lots"})
    assert r.returncode == 2 and "WA_RATE_LIMIT" in r.stderr and "Traceback" not in r.stderr
