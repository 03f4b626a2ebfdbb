"""The bench: its pure pieces exactly, and one small run end to end on the session's real store."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from assistant.cli.app import app
from assistant.cli.bench import to_markdown
from assistant.errors import ConfigError
from assistant.types import Chunk
from eval.baselines import whitespace_tokens
from eval.bench import bench_assistant, parse_sizes, ratios, score
from eval.metrics import percentile
from eval.scale import split_sentences, synthesize
from tests.conftest import write_doc

QUESTIONS = [
    {
        "id": "k1",
        "question": "비즈니스 플랜에서 프로덕션 다운 시 응답 시간은?",
        "pair": "ko->ko",
        "expect_substrings": ["1시간"],
    },
    {
        "id": "e1",
        "question": "How fast does Enterprise Support answer a business-critical outage?",
        "pair": "en->en",
        "expect_substrings": ["15 minutes"],
    },
    {
        "id": "x1",
        "question": "Which Korean companies are Premier consulting partners?",
        "pair": "en->ko",
        "expect_substrings": ["MegazoneCloud"],
    },
    {
        "id": "h1",
        "question": "And Enterprise?",
        "pair": "en->en",
        "history": ["How fast does Business Support answer when production is down?"],
        "expect_substrings": ["15 minutes"],
    },
    {"id": "o1", "question": "How do I bake sourdough bread?", "pair": "en->none", "out_of_scope": True},
]


def write_jsonl(path: Path, items: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n", "utf-8")
    return path


def test_whitespace_tokens_keep_korean_particles_and_trim_punctuation():
    assert whitespace_tokens("Reliability pillar? 신뢰성 원칙은, (AWS)") == [
        "reliability",
        "pillar",
        "신뢰성",
        "원칙은",
        "aws",
    ]
    assert whitespace_tokens(" -- ") == []


def test_morpheme_tokens_split_particles_and_drop_stop_words():
    pytest.importorskip("kiwipiepy")
    from eval.baselines import morpheme_tokens

    tokens = morpheme_tokens("지속 가능성 원칙은 언제 추가됐어?")
    assert "원칙" in tokens and "원칙은" not in tokens and "은" not in tokens
    assert morpheme_tokens("What are the Design Principles?") == ["design", "principles"]


def test_percentile_interpolates_between_ranks():
    assert percentile([4.0, 1.0, 3.0, 2.0], 50) == 2.5
    assert percentile([1.0, 2.0, 3.0, 4.0], 95) == pytest.approx(3.85)
    assert percentile([7.0], 95) == 7.0
    assert percentile([], 50) == 0.0


def test_score_from_first_relevant_ranks():
    got = score([1, 3, None, 6])
    assert got == {"recall@1": 0.25, "recall@5": 0.5, "mrr@10": 0.375, "n": 4}


def test_ratios_are_ours_over_each_baseline_and_skip_what_did_not_run():
    systems = {
        "ours": {"recall@5": 0.9, "mrr@10": 0.8, "p50_ms": 20.0, "p95_ms": 40.0},
        "bm25": {"recall@5": 0.6, "mrr@10": 0.4, "p50_ms": 0.5, "p95_ms": 0.0},
        "kiwi": {"skipped": True, "reason": "not installed"},
    }
    assert ratios(systems) == {"bm25": {"recall@5": 1.5, "mrr@10": 2.0, "p50_ms": 40.0, "p95_ms": None}}


def test_parse_sizes():
    assert parse_sizes("10000,100000") == [10000, 100000]
    assert parse_sizes(" 200 ") == [200]
    assert parse_sizes("") == []
    with pytest.raises(ConfigError, match="--scale"):
        parse_sizes("10k")


def _chunks() -> tuple[list[Chunk], np.ndarray]:
    texts = ["첫 문장이다. 둘째 문장이다.\n셋째 줄", "One sentence. Two sentences! Three?", "단 하나의 문장"]
    chunks = [Chunk(f"c{i}", t, f"s{i}.md", "T", "S", "ko", "summary") for i, t in enumerate(texts)]
    rng = np.random.default_rng(0)
    vectors = rng.standard_normal((3, 8)).astype(np.float32)
    return chunks, vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_split_sentences():
    assert split_sentences("첫 문장이다. 둘째 문장이다.\n셋째 줄") == ["첫 문장이다.", "둘째 문장이다.", "셋째 줄"]


def test_synthetic_corpus_is_deterministic_and_made_of_real_sentences():
    chunks, vectors = _chunks()
    a, b = synthesize(chunks, vectors, 50, seed=3), synthesize(chunks, vectors, 50, seed=3)
    assert a.texts == b.texts and np.array_equal(a.vectors, b.vectors) and a.ids == b.ids
    assert synthesize(chunks, vectors, 50, seed=4).texts != a.texts
    sentences = {s for c in chunks for s in split_sentences(c.text)}
    assert all(part in sentences for t in a.texts for part in _parts(t, sentences))
    assert a.vectors.shape == (50, 8) and np.allclose(np.linalg.norm(a.vectors, axis=1), 1.0, atol=1e-5)
    assert len(set(a.ids)) == 50


def _parts(text: str, sentences: set[str]) -> list[str]:
    """Split a synthetic text back into the sentences it was joined from (greedy, longest first)."""
    parts, rest = [], text
    while rest:
        match = max((s for s in sentences if rest.startswith(s)), key=len)
        parts.append(match)
        rest = rest[len(match) :].lstrip()
    return parts


def _check_result(result: dict) -> None:
    assert {"systems", "ratios", "scale", "ingest", "machine"} <= set(result)
    systems = result["systems"]
    assert {"ours", "bm25_words", "bm25_ko", "dense"} <= set(systems)
    for name, s in systems.items():
        if s.get("skipped"):
            assert name == "bm25_ko" and "pip install" in s["reason"]
            continue
        assert 0.0 <= s["recall@1"] <= s["recall@5"] <= 1.0 and 0.0 <= s["mrr@10"] <= 1.0
        assert s["p95_ms"] >= s["p50_ms"] > 0
        assert s["n"] == 4 and set(s["pairs"]) == {"ko->ko", "en->en", "en->ko"}
    ours = systems["ours"]
    assert ours["recall@5"] >= 0.75  # these four are answered by the real corpus
    assert ours["ask_p95_ms"] >= ours["ask_p50_ms"] > 0
    assert set(result["ratios"]) == {n for n, s in systems.items() if n != "ours" and not s.get("skipped")}
    [scale] = result["scale"]
    assert scale["chunks"] == 200 and scale["write_chunks_per_s"] > 0
    assert scale["query_p95_ms"] >= scale["query_p50_ms"] > 0 and scale["bm25_p95_ms"] >= scale["bm25_p50_ms"] > 0
    assert result["machine"]["peak_rss_mb"] > 0 and result["machine"]["cores"] >= 1


def test_bench_end_to_end_on_the_session_store(assistant, tmp_path):
    dataset = write_jsonl(tmp_path / "tiny.jsonl", QUESTIONS)
    result = bench_assistant(assistant, dataset, [200], tmp_path)
    _check_result(result)
    assert result["dataset"] == {
        "path": str(dataset),
        "questions": 5,
        "in_scope": 4,
        "pairs": {"ko->ko": 1, "en->en": 2, "en->ko": 1, "en->none": 1},
    }
    md = to_markdown({**result, "seconds": 1.0})
    assert "| ours |" in md and "## Scale" in md
    json.dumps(result)


def test_bench_command_ingests_cold_and_writes_its_files(tmp_path):
    corpus = tmp_path / "corpus"
    write_doc(corpus / "summaries/en/plans.md", "Plans", "# Plans\n\nEnterprise answers within 15 minutes.\n")
    write_doc(corpus / "summaries/ko/plans.md", "플랜", "# 플랜\n\n비즈니스 플랜은 1시간 안에 응답한다.\n", lang="ko")
    dataset = write_jsonl(tmp_path / "tiny.jsonl", QUESTIONS[:2])
    args = ["bench", "--corpus", str(corpus), "--dataset", str(dataset), "--scale", "", "--out", str(tmp_path / "out")]
    res = CliRunner().invoke(app, [*args, "--json"])
    assert res.exit_code == 0, res.output
    result = json.loads(res.stdout.strip().splitlines()[-1])
    ingest = result["ingest"]
    assert ingest["chunks"] == 2 and ingest["reingest_unchanged"] and ingest["chunks_per_s"] > 0
    assert set(ingest["model_load_s"]) == {"e5", "use"} and result["scale"] == []
    assert result["systems"]["ours"]["recall@5"] == 1.0
    assert json.loads((tmp_path / "out/bench.json").read_text("utf-8"))["ingest"] == ingest
    assert "## Retrieval" in (tmp_path / "out/BENCH.md").read_text("utf-8")


def test_bench_command_names_a_missing_dataset(tmp_path):
    res = CliRunner().invoke(app, ["bench", "--dataset", str(tmp_path / "nope.jsonl"), "--corpus", str(tmp_path)])
    assert res.exit_code == 2
    assert "--dataset" in res.output
