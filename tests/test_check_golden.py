"""`eval/check_golden.py` runs with the suite: the golden sets stay consistent with the corpus."""

from __future__ import annotations

import json

from eval.check_golden import main
from tests.conftest import ROOT


def test_golden_sets_match_the_corpus(capsys):
    assert main([]) == 0, capsys.readouterr().out
    assert capsys.readouterr().out.strip().endswith("OK")


def test_a_substring_the_corpus_lacks_fails_the_check(tmp_path, capsys):
    rows = (ROOT / "eval/data/golden_dev.jsonl").read_text(encoding="utf-8").splitlines()
    row = json.loads(rows[0])
    row["expect_substrings"] = ["a sentence no corpus file holds"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join([json.dumps(row), *rows[1:]]) + "\n", encoding="utf-8")
    assert main(["--dataset", str(bad), "--dataset", str(ROOT / "eval/data/golden_test.jsonl")]) == 1
    assert "en-001: substring not in any corpus file" in capsys.readouterr().err
