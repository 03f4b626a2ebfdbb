"""`bench --load`: the load runner against a real `serve` on loopback, its counting of errors, its options."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("fastapi", reason='install the extra: pip install -e ".[serve]"')

from assistant.errors import ConfigError  # noqa: E402
from assistant.server.app import create_app  # noqa: E402
from assistant.server.config import ServerSettings  # noqa: E402
from eval.load import (  # noqa: E402
    hit_rates,
    load_payloads,
    load_pool,
    parse_caches,
    parse_levels,
    rows,
    run_level,
    to_markdown,
)
from tests.conftest import ROOT, run_cli  # noqa: E402
from tests.live_server import live_server  # noqa: E402

GOLDEN = ROOT / "eval" / "data" / "golden_dev.jsonl"  # traffic from the dev split
GOLDEN_TEST = ROOT / "eval" / "data" / "golden_test.jsonl"


def test_payloads_carry_history():
    payloads = load_payloads(GOLDEN)
    assert len(payloads) == sum(1 for line in GOLDEN.read_text("utf-8").splitlines() if line.strip())
    followups = [p for p in payloads if p["history"]]
    assert followups and all(set(t) == {"question", "answer"} for p in followups for t in p["history"])


def test_pool_mixes_every_set_in_a_fixed_order():
    pool = load_pool([GOLDEN, GOLDEN_TEST])
    both = load_payloads(GOLDEN) + load_payloads(GOLDEN_TEST)
    assert len(pool) == len(both) > 500 and pool == load_pool([GOLDEN, GOLDEN_TEST])
    assert pool != both and sorted(map(repr, pool)) == sorted(map(repr, both))
    with pytest.raises(ConfigError, match="does not exist"):
        load_pool([GOLDEN, ROOT / "missing.jsonl"])


def test_levels_caches_and_hit_rates():
    assert parse_levels("1,8,32") == [1, 8, 32]
    for bad in ("", "0", "a,b", "1,999"):
        with pytest.raises(ConfigError):
            parse_levels(bad)
    assert parse_caches("off,on") == ["off", "on"] and parse_caches("on") == ["on"]
    with pytest.raises(ConfigError, match="--load-cache"):
        parse_caches("maybe")
    before, after = {"answers": (10, 30), "query_e5": (0, 40)}, {"answers": (40, 40), "query_e5": (0, 40)}
    assert hit_rates(before, after) == {"answers": 0.75, "query_e5": None}


def test_run_level_counts_requests_and_errors(assistant):
    payloads = load_payloads(GOLDEN)[:20]
    with live_server(create_app(assistant, ServerSettings(rate_limit=0))) as url:
        ok = run_level(url, 2, 1.0, payloads)
    assert ok["requests"] >= 2 and ok["errors"] == 0 and ok["p50_ms"] <= ok["p95_ms"] <= ok["p99_ms"] <= ok["max_ms"]
    with live_server(create_app(assistant, ServerSettings(rate_limit=1))) as url:
        limited = run_level(url, 2, 1.0, payloads)  # one token: the first request is answered, no other
    assert limited["requests"] >= 2 and limited["error_kinds"] == {"HTTP 429": limited["requests"] - 1}
    result = {
        "date": "d",
        "seconds": 2,
        "workers": 1,
        "seconds_per_level": 1.0,
        "dataset": {"paths": ["g"], "questions": 20, "distinct": 20},
        "endpoint": "POST /v1/ask",
        "machine": {"usable_cores": 2, "cpu": "x", "load_avg_start": [0.5], "load_avg_end": [0.7]},
        "runs": [
            {
                "store": "embedded",
                "cache": "on",
                "levels": [
                    {**limited, "load_avg_before": [0.5], "load_avg_after": [0.6], "hit_rates": {"answers": 0.25}}
                ],
            }
        ],
    }
    row = rows(result)[0]
    assert row[8] == f"{limited['errors']} (HTTP 429: {limited['errors']})" and row[9] == "25%"
    assert "| embedded | on | 2 |" in to_markdown(result)


def test_bench_load_command(corpus_settings, tmp_path):
    env = {"WA_STORE": str(corpus_settings.store)}
    bad = run_cli("bench", "--load", "--load-clients", "0", env=env)
    assert bad.returncode == 2 and "--load-clients" in bad.stderr
    args = ["--load-seconds", "1", "--load-clients", "1,2", "--workers", "2", "--out", str(tmp_path)]
    r = run_cli("bench", "--load", *args, "--load-cache", "on", env=env, timeout=600)
    assert r.returncode == 0, r.stderr
    result = json.loads((tmp_path / "load.json").read_text())
    (run,) = result["runs"]
    levels = run["levels"]
    assert [lv["clients"] for lv in levels] == [1, 2] and all(lv["errors"] == 0 and lv["requests"] for lv in levels)
    # two workers: the clients count answers from the cache (one worker's counters would be half the story)
    assert run["cache"] == "on" and all(set(lv["hit_rates"]) == {"answers"} for lv in levels)
    assert all(lv["hit_rates"]["answers"] == round(lv["answers_from_cache"] / lv["requests"], 3) for lv in levels)
    assert "| embedded | on | 2 |" in (tmp_path / "LOAD.md").read_text() and result["workers"] == 2
    assert result["dataset"]["questions"] > 500


def test_bench_startup_command(corpus_settings, assistant, tmp_path):
    """Each store is written in full and loaded by a fresh process: the loaded count is the size written."""
    env = {"WA_STORE": str(corpus_settings.store)}
    r = run_cli("bench", "--startup", "--scale", "600", "--out", str(tmp_path), env=env, timeout=600)
    assert r.returncode == 0, r.stderr
    rows = json.loads((tmp_path / "startup.json").read_text())["rows"]
    assert [(row["size"], row["store"], row["chunks"]) for row in rows] == [
        (f"real ({assistant.chunk_count})", "embedded", assistant.chunk_count),
        ("600", "embedded", 600),
    ]
    assert all(row["load_s"] > 0 and row["load_s_cached"] > 0 for row in rows)
    assert all(row["rss_mb_after_load"] >= row["rss_mb_before"] for row in rows)
    bad = run_cli("bench", "--startup", "--store-kind", "cloud", env=env)
    assert bad.returncode == 2 and "--store-kind" in bad.stderr
