"""Replay a recommender scenario table (eval/data/recommend_*.jsonl) and score the decisions.

A row: {"id", "need", "needs": [option ids], "budget", "as_of", "expect", "expect_not", "expect_clarify",
"kind"}. `kind` defaults from the file name ("partner" in it = partner). A support row passes when the
plan's short name equals `expect` ("conflict" expects a conflict); a partner row when every "/"-separated
part of `expect` appears in the recommendation and no part of `expect_not` appears anywhere in it
(recommendation or reasons: "Korean partners only when asked"); a row with expect_clarify passes on a
clarifying question. `retiring_primary` counts support answers whose plan ends within the horizon.

Tables come in pairs: recommend_<kind>_dev.jsonl (tune on it) and recommend_<kind>_test.jsonl (report only).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path
from typing import Any

from assistant.errors import ConfigError
from assistant.recommend.types import Recommendation
from assistant.retrieval.lexical import detect_lang
from eval.jsonl import read_jsonl

KINDS = ("support_plan", "partner")


def load_scenarios(path: Path) -> list[dict[str, Any]]:
    """Scenario rows; a bad line is an error naming the file and line."""
    if not path.exists():
        raise ConfigError(f"No scenario table at {path}: pass an eval/data/recommend_*.jsonl file.")
    rows = []
    default_kind = "partner" if "partner" in path.stem else "support_plan"
    for n, row in read_jsonl(path):
        if not isinstance(row, dict) or "id" not in row or ("expect" not in row and not row.get("expect_clarify")):
            raise ConfigError(f"{path}:{n}: each row needs an id and an expect (or expect_clarify: true).")
        row.setdefault("kind", default_kind)
        if row["kind"] not in KINDS:
            raise ConfigError(f"{path}:{n}: kind must be one of {', '.join(KINDS)}.")
        rows.append(row)
    return rows


def run_recommend_eval(assistant: Any, path: Path) -> dict[str, Any]:
    """Accuracy over a scenario table, overall and by language, with each scenario's outcome."""
    results = []
    for row in load_scenarios(path):
        rec = _recommend(assistant, row)
        results.append(
            {
                "id": row["id"],
                "lang": detect_lang(row.get("need", "")) if row.get("need", "").strip() else "en",
                "need": row.get("need", ""),
                "expect": "(clarify)" if row.get("expect_clarify") else row["expect"],
                "got": "(clarify)" if rec.clarifying_question else rec.recommendation or f"({rec.status})",
                "ok": passed(row, rec),
                "retiring_primary": retiring_primary(rec),
            }
        )
    retiring = sum(1 for r in results if r.get("retiring_primary"))
    return {**summary(path, results), "retiring_primary": retiring, "scenarios": results}


def summary(path: Path, results: list[dict[str, Any]]) -> dict[str, Any]:
    """Accuracy overall and by language over scored rows ({"lang", "ok", ...})."""
    by_lang: dict[str, list[bool]] = defaultdict(list)
    for r in results:
        by_lang[r["lang"]].append(r["ok"])
    return {
        "dataset": str(path),
        "n": len(results),
        "accuracy": _share([r["ok"] for r in results]),
        "by_lang": {lang: {"n": len(oks), "accuracy": _share(oks)} for lang, oks in sorted(by_lang.items())},
    }


def retiring_primary(rec: Recommendation, horizon_days: int = 365) -> bool:
    """A support answer whose plan ends within the horizon of its decision date (must never happen)."""
    if rec.kind != "support_plan" or not rec.recommendation or not rec.as_of:
        return False
    from assistant.knowledge.catalog import load_catalog
    from assistant.recommend.checks import short_name
    from assistant.settings import load_settings

    day = dt.date.fromisoformat(rec.as_of)
    for plan in load_catalog(load_settings().corpus).support_plans.plans:
        if short_name(plan) == rec.recommendation and plan.available_until:
            return (plan.available_until - day).days <= horizon_days
    return False


def passed(row: dict[str, Any], rec: Recommendation) -> bool:
    if row.get("expect_clarify"):
        return rec.clarifying_question is not None
    if rec.clarifying_question is not None:
        return False
    expect = str(row["expect"])
    if row["kind"] == "support_plan":
        return rec.status == "conflict" if expect == "conflict" else rec.recommendation == expect
    got = rec.recommendation.casefold()
    if not got or not all(part.strip().casefold() in got for part in expect.split("/")):
        return False
    shown = " ".join([got] + [f"{r.requirement} {r.met_by}".casefold() for r in rec.reasons])
    return not any(
        part.strip().casefold() in shown for part in str(row.get("expect_not", "")).split("/") if part.strip()
    )


def _recommend(assistant: Any, row: dict[str, Any]) -> Recommendation:
    need = row.get("need", "")
    if row["kind"] == "partner":
        return assistant.recommend_partner(need)
    as_of = dt.date.fromisoformat(row["as_of"]) if row.get("as_of") else None
    return assistant.recommend_support(need, row.get("needs") or [], row.get("budget"), as_of)


def _share(oks: list[bool]) -> float:
    return round(sum(oks) / len(oks), 4) if oks else 0.0


ROUTES = ("question", "support_plan", "partner", "transition")


def run_routing_eval(path: Path) -> dict[str, Any]:
    """Routing accuracy of detect_intent on a routing set ({"id", "question", "intent"}), overall and by language."""
    from assistant.recommend.intent import detect_intent

    results = []
    for n, row in read_jsonl(path):
        if not isinstance(row, dict) or row.get("intent") not in ROUTES or not row.get("question"):
            raise ConfigError(f"{path}:{n}: each row needs a question and an intent ({', '.join(ROUTES)}).")
        got = detect_intent(row["question"]) or "question"
        lang = detect_lang(row["question"])
        results.append({"id": row["id"], "lang": lang, "expect": row["intent"], "got": got, "ok": got == row["intent"]})
    return {**summary(path, results), "scenarios": results}
