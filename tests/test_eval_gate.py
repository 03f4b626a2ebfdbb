"""`make test` fails when quality drops below the floors in eval/thresholds.toml (no timing floors).

The floors are checked on the dev split only: test is reported, never tuned on.
"""

from __future__ import annotations

from eval import check_golden
from eval.gate import ceiling_failures, failures, load_thresholds, target_report
from eval.run import dataset_paths, run_eval


def test_dev_split_meets_the_floors(assistant):
    result = run_eval(assistant, dataset_paths("dev"))
    table = load_thresholds()
    assert failures(result["metrics"], table["golden"]) == []
    assert ceiling_failures(result["metrics"], table["golden_ceilings"]) == []


def test_gate_reports_a_drop():
    metrics = {"all": {"recall@5": 0.5, "citation_validity": 1.0}}
    assert failures(metrics, {"all.recall@5": 0.9, "all.citation_validity": 1.0, "all.mrr@10": 0.1}) == [
        "all.recall@5: 0.500 < 0.900",
        "all.mrr@10: not measured",
    ]


def test_gate_treats_a_metric_that_does_not_apply_as_not_measured():
    assert failures({"all": {"note_led": None}}, {"all.note_led": 0.0}) == ["all.note_led: not measured"]


def test_golden_split_files_pass_the_checker(capsys):
    assert check_golden.main([]) == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert "near-miss" in out and "chains" in out


def test_checker_rejects_a_list_row_without_answer_groups(tmp_path, capsys):
    row = (
        '{"id": "x", "question": "pillars?", "lang": "en", "pair": "en->en", "topic": "framework", "type": "list",'
        ' "expect_substrings": ["groups its guidance into six pillars"], "expect_keywords": ["Security"],'
        ' "out_of_scope": false, "history": []}'
    )
    path = tmp_path / "one.jsonl"
    path.write_text(row + "\n", encoding="utf-8")
    assert check_golden.main(["--dataset", str(path)]) == 1
    assert "a list question needs answer_groups" in capsys.readouterr().err


def test_checker_wants_said_as_forms_in_the_askers_language_of_the_corpus(tmp_path, capsys):
    row = (
        '{"id": "x", "question": "한 회사가 경로 여러 개 가질 수 있어?", "lang": "ko", "pair": "ko->en",'
        ' "topic": "partners", "type": "yesno", "expect_substrings": ["take part in more than one path"],'
        ' "expect_keywords": ["more than one path"], "out_of_scope": false, "history": [], "said_as": %s}'
    )
    path = tmp_path / "x.jsonl"
    path.write_text(row % '{"more than one path": ["no such korean phrase xyz"]}', encoding="utf-8")
    assert check_golden.main(["--dataset", str(path)]) == 1
    assert "is in no ko corpus file" in capsys.readouterr().err


def test_targets_report_ceilings_and_floors(tmp_path):
    path = tmp_path / "t.toml"
    path.write_text('[targets]\n"all.answer_complete" = 0.95\n[ceilings]\n"all.false_abstention" = 0.05\n')
    metrics = {"all": {"answer_complete": 0.96, "false_abstention": 0.10}}
    assert target_report(metrics, path) == ["all.false_abstention: 0.100 > 0.050"]
    assert target_report({"all": {"answer_complete": 0.5, "false_abstention": 0.0}}, path) == [
        "all.answer_complete: 0.500 < 0.950"
    ]
