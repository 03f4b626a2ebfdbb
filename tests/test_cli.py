"""The CLI contract other tools depend on, run as a real subprocess."""

from __future__ import annotations

import json

import pytest

from tests.conftest import run_cli


@pytest.fixture(scope="module")
def env(corpus_settings):
    return {"WA_STORE": str(corpus_settings.store)}


def test_ask_json_contract(env):
    res = run_cli("ask", "--json", "What are the design principles of the reliability pillar?", env=env)
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert set(data) >= {"question", "answer", "abstained", "lang", "intent", "citations", "timings_ms"}
    assert data["lang"] == "en" and data["abstained"] is False and data["intent"] == "question"
    assert set(data["timings_ms"]) == {"retrieve", "compose"}
    assert data["citations"], data
    for n, c in enumerate(data["citations"], start=1):
        assert c["n"] == n
        assert set(c) == {"n", "source", "title", "section", "lang", "text", "score"}
        assert c["source"].startswith("corpus/") and isinstance(c["score"], float)


def test_ask_korean_human_output(env):
    res = run_cli("ask", "비즈니스 플랜에서 프로덕션 다운 시 응답 시간은?", env=env)
    assert res.returncode == 0, res.stderr
    assert "1시간" in res.stdout and "[1]" in res.stdout and "corpus/" in res.stdout
    # (the box says what it holds in the asker's words, not the engine's label "question")
    assert "답변" in res.stdout.splitlines()[0] and "question" not in res.stdout, res.stdout


def test_retrieve_json_contract(env):
    res = run_cli("retrieve", "--k", "5", "--json", "loose coupling", env=env)
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["query"] == "loose coupling" and len(data["results"]) == 5
    for r in data["results"]:
        assert set(r) == {"id", "source", "title", "section", "lang", "text", "score"}
    scores = [r["score"] for r in data["results"]]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("question", ["", "   ", "가" * 2001])
def test_bad_question_exit_code_2(env, question):
    res = run_cli("ask", question, env=env)
    assert res.returncode == 2
    assert "error:" in res.stderr and "Traceback" not in res.stderr


def test_missing_store_says_to_ingest(tmp_path):
    res = run_cli("ask", "hello", env={"WA_STORE": str(tmp_path / "nowhere")})
    assert res.returncode == 2
    assert "run `wa-assistant ingest`" in res.stderr and "Traceback" not in res.stderr


def test_unknown_embeddings_setting_is_explained(env):
    res = run_cli("ask", "hello", env={**env, "WA_EMBEDDINGS": "word2vec"})
    assert res.returncode == 2 and "WA_EMBEDDINGS" in res.stderr


def test_eval_json_on_a_small_set(env, tmp_path):
    data = tmp_path / "set.jsonl"
    data.write_text(
        '{"id": "a", "question": "비즈니스 플랜 프로덕션 다운 응답 시간", "lang": "ko", '
        '"expect_substrings": ["1시간"], "expect_keywords": ["1시간"], "out_of_scope": false, "extra": 1}\n'
        '{"id": "b", "question": "What is the capital of France?", "lang": "en", '
        '"expect_substrings": [], "expect_keywords": [], "out_of_scope": true}\n',
        encoding="utf-8",
    )
    report = tmp_path / "report.html"
    res = run_cli("eval", "--dataset", str(data), "--json", "--html", str(report), env=env)
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    page = report.read_text(encoding="utf-8")
    assert "<svg" in page and "recall@k" in page and "비즈니스 플랜 프로덕션 다운 응답 시간" in page
    assert "ndcg@10" in out["metrics"]["all"]
    assert [q["id"] for q in out["questions"]] == ["a", "b"]
    assert len(out["questions"][0]["retrieve"]["results"]) == 10
    assert out["metrics"]["all"]["recall@5"] == 1.0
    assert out["metrics"]["all"]["abstention_accuracy"] == 1.0


def test_eval_bad_dataset_line_is_named(env, tmp_path):
    data = tmp_path / "bad.jsonl"
    data.write_text('{"id": "a", "question": "q"}\nnot json\n', encoding="utf-8")
    res = run_cli("eval", "--dataset", str(data), env=env)
    assert res.returncode == 2 and f"{data}:2" in res.stderr
