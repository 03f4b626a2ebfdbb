"""The eval's per-question scores and their aggregation, on hand-made rows (no models)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.errors import ConfigError
from eval import scoring as s
from eval.run import dataset_paths
from eval.split import assign, write_split

NUMBER_ROW = {
    "id": "n1",
    "pair": "en->en",
    "type": "number",
    "out_of_scope": False,
    "expect_keywords": ["$15,000"],
    "answer_groups": [["$15,000"], ["Enterprise"]],
    "distractors": ["$5,500"],
}


def ask(answer: str, abstained: bool = False, sources: tuple[str, ...] = ()) -> dict:
    cites = [{"n": n, "source": src, "text": answer} for n, src in enumerate(sources, start=1)]
    return {"answer": answer, "abstained": abstained, "citations": cites}


def test_answer_scores_of_a_number_row():
    got = s.answer_scores(NUMBER_ROW, ask("On-Ramp: $5,500 [1]\nEnterprise: $15,000 [1]", sources=("corpus/x",)))
    assert got["answer_complete"] == 1.0 and got["number_correct"] == 0.0 and got["first_line_value"] == 0.0
    assert got["first_line_groups"] == 0.0
    listed = s.answer_scores({**NUMBER_ROW, "type": "list"}, ask("$15,000 Enterprise"))
    assert listed["answer_complete"] == 1.0 and listed["first_line_groups"] is None
    assert got["false_abstention"] == 0.0 and got["near_miss_abstention"] is None
    assert got["followup_accuracy"] is None and got["note_led"] is None


def test_an_answer_led_by_the_notes_counts_unless_the_notes_were_asked():
    text = "노트에 적은 대로: … [1]\n- 요약 … [2]"
    sources = ("corpus/notes/n.md", "corpus/summaries/ko/s.md")
    row = {"id": "x", "pair": "ko->ko", "out_of_scope": False}
    assert s.answer_scores(row, ask(text, sources=sources))["note_led"] == 1.0
    assert s.answer_scores({**row, "notes_asked": True}, ask(text, sources=sources))["note_led"] is None


def test_near_miss_and_followup_scores():
    near = {"id": "x", "pair": "en->none", "out_of_scope": True, "near_miss": True, "chain": "c", "turn": 2}
    got = s.answer_scores(near, ask("I won't guess.", abstained=True))
    assert got["near_miss_abstention"] == 1.0 and got["oos_abstention"] == 1.0 and got["followup_accuracy"] == 1.0
    assert got["false_abstention"] is None and got["answer_complete"] is None


def test_aggregate_means_only_over_rows_where_a_metric_applies():
    rows = [
        (NUMBER_ROW, {"answer_complete": 1.0, "false_abstention": 0.0}),
        ({"pair": "ko->ko"}, {"answer_complete": None, "false_abstention": 1.0}),
    ]
    out = s.aggregate(rows)
    assert out["all"]["answer_complete"] == 1.0 and out["all"]["false_abstention"] == 0.5
    assert out["ko->ko"]["answer_complete"] is None and out["ko->ko"]["n"] == 1
    assert list(out) == ["all", "en->en", "ko->ko"]


def test_turn_accuracy_by_position_and_whole_chains():
    rows = [
        ({"chain": "a", "turn": 1, "answer_groups": [["x"]]}, ask("x")),
        ({"chain": "a", "turn": 2, "answer_groups": [["y"]]}, ask("x")),
        ({"chain": "b", "turn": 1, "answer_groups": [["x"]]}, ask("x")),
        ({"chain": "b", "turn": 2, "out_of_scope": True}, ask("", abstained=True)),
    ]
    got = s.turn_accuracy(rows)
    assert got == {"turn1_accuracy": 1.0, "turn2_accuracy": 0.5, "chain_accuracy": 0.5, "chains": 2}


def test_split_is_stratified_keeps_chains_whole_and_is_deterministic(tmp_path: Path):
    items = [{"id": f"q{i}", "pair": "en->en", "type": "list"} for i in range(6)]
    items += [{"id": f"c-t{t}", "chain": "c", "lang": "ko", "turn": t} for t in (1, 2, 3)]
    where = assign(items)
    assert sorted(where[f"q{i}"] for i in range(6)) == ["dev"] * 3 + ["test"] * 3
    assert where == assign(list(reversed(items)))
    files = {"dev": tmp_path / "dev.jsonl", "test": tmp_path / "test.jsonl"}
    counts = write_split(items, files)
    assert counts["dev"] + counts["test"] == 9
    chain_file = [k for k, p in files.items() if '"chain": "c"' in p.read_text()]
    assert len(chain_file) == 1
    rows = [json.loads(line) for line in files[chain_file[0]].read_text().splitlines()]
    assert [r["turn"] for r in rows if r.get("chain")] == [1, 2, 3]


def test_new_rows_never_move_placed_ones():
    items = [{"id": f"q{i}", "pair": "ko->ko", "type": "number"} for i in range(5)]
    placed = {"q0": "dev", "q1": "dev", "q2": "dev"}
    where = assign(items, placed)
    assert {u: where[u] for u in placed} == placed
    assert where["q3"] == where["q4"] == "test"


def test_dataset_paths_names_the_split_files_and_rejects_an_unknown_split():
    assert [p.name for p in dataset_paths("all")] == ["golden_dev.jsonl", "golden_test.jsonl"]
    assert [p.name for p in dataset_paths()] == ["golden_test.jsonl"]
    assert dataset_paths("dev", Path("x.jsonl")) == [Path("x.jsonl")]
    with pytest.raises(ConfigError, match="unknown split 'bogus'"):
        dataset_paths("bogus")


def test_aggregate_by_question_type():
    rows = [(NUMBER_ROW, {"answer_complete": 0.0}), ({"type": "yesno", "out_of_scope": True}, {})]
    out = s.aggregate(rows, key=s.type_of)
    assert list(out) == ["all", "number", "out-of-scope yesno"] and out["number"]["answer_complete"] == 0.0
