"""Workload reviews: answers files, risk and score rules, the improvement plan, milestones and their comparison."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
import typer
import yaml
from typer.testing import CliRunner

from assistant.cli.app import app
from assistant.knowledge.catalog import cited_text, load_catalog
from assistant.review import AnswersError, Milestones, parse_answers, run_review, score
from assistant.review.questionnaire import check_answers, question_ids
from assistant.review.scoring import pillar_score, risk_of
from assistant.settings import load_settings

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
CATALOG = load_catalog(CORPUS)
REVIEW = CATALOG.review
IDS = question_ids(REVIEW)
QUESTIONS = {q.id: q for p in REVIEW.pillars for q in p.questions}
runner = CliRunner()


@pytest.fixture(autouse=True)
def corpus_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WA_CORPUS", str(CORPUS))


def cli() -> typer.Typer:
    """The real app: the command with the error handling every command gets (`friendly`)."""
    return app


def all_(answer: str) -> dict[str, str]:
    return dict.fromkeys(IDS, answer)


def rows(tmp_path: Path) -> int:
    db = tmp_path / "reviews.sqlite"
    if not db.exists():
        return 0
    with sqlite3.connect(db) as con:
        return int(con.execute("SELECT COUNT(*) FROM milestones").fetchone()[0])


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- rules -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("answer", "missing", "risk"),
    [
        ("no", "high", "high"),
        ("no", "medium", "medium"),
        ("partly", "high", "medium"),  # one level lower
        ("partly", "medium", "medium"),  # a half-met practice stays on the plan
        ("yes", "high", None),
        ("n/a", "high", None),
        (None, "high", None),  # unanswered: reported, not a risk
    ],
)
def test_risk_rules(answer, missing, risk):
    assert risk_of(answer, missing) == risk


def test_pillar_score_by_hand():
    assert pillar_score(["yes", "partly", "no", "partly"]) == 0.5
    assert pillar_score(["yes", "n/a", None, "no"]) == 0.5  # n/a and unanswered are left out
    assert pillar_score(["n/a", None]) is None
    assert pillar_score(["yes", "yes", "partly"]) == round(2.5 / 3, 4)


def test_all_no_puts_every_question_on_the_plan():
    card = score(CATALOG, CORPUS, check_answers(all_("no"), REVIEW))
    for pillar, result in zip(REVIEW.pillars, card.pillars, strict=True):
        assert result.score == 0.0 and result.high + result.medium
        assert result.high == [q.id for q in pillar.questions if q.risk_if_missing == "high"]
        assert result.medium == [q.id for q in pillar.questions if q.risk_if_missing == "medium"]
    assert len(card.improvement_plan) == len(IDS)


def test_all_yes_has_no_risk():
    card = score(CATALOG, CORPUS, check_answers(all_("yes"), REVIEW))
    assert card.improvement_plan == [] and all(p.score == 1.0 and not p.high + p.medium for p in card.pillars)


def test_mixed_and_not_applicable_by_hand():
    answers = check_answers(
        {
            "OPS-1": "yes",
            "OPS-2": "partly",
            "OPS-3": "no",
            "OPS-4": "partly",
            "OPS-5": "n/a",
            **{q.id: "n/a" for q in REVIEW.pillars[1].questions},
        },
        REVIEW,
    )
    assert (QUESTIONS["OPS-2"].risk_if_missing, QUESTIONS["OPS-3"].risk_if_missing) == ("high", "high")
    assert QUESTIONS["OPS-4"].risk_if_missing == "medium"
    card = score(CATALOG, CORPUS, answers)
    ops, sec = card.pillars[0], card.pillars[1]
    assert ops.score == (1 + 0.5 + 0 + 0.5) / 4
    assert (ops.high, ops.medium, ops.not_applicable, ops.unanswered) == (
        ["OPS-3"],
        ["OPS-2", "OPS-4"],
        ["OPS-5"],
        ["OPS-6"],
    )
    assert (
        sec.score is None
        and not sec.high + sec.medium
        and sec.not_applicable == [q.id for q in REVIEW.pillars[1].questions]
    )
    assert card.pillars[2].score is None and card.pillars[2].unanswered == [q.id for q in REVIEW.pillars[2].questions]


def test_plan_is_ordered_by_risk_then_pillar_then_question():
    plan = score(CATALOG, CORPUS, check_answers(all_("no"), REVIEW)).improvement_plan
    position = {qid: i for i, qid in enumerate(IDS)}  # catalog order is pillar order, then question order
    expected = sorted(IDS, key=lambda q: (QUESTIONS[q].risk_if_missing != "high", position[q]))
    assert [item.question_id for item in plan] == expected
    assert plan[0].risk == "high" and plan[-1].risk == "medium"


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_plan_items_cite_the_passage_of_their_best_practice(lang):
    for item in score(CATALOG, CORPUS, check_answers(all_("partly"), REVIEW), lang).improvement_plan:
        ref = getattr(QUESTIONS[item.question_id].cite, lang)
        assert (item.citation.source, item.citation.section) == (ref.source, ref.section)
        assert item.citation.text == cited_text(CORPUS, ref).strip() and item.citation.text
        assert item.best_practice == getattr(QUESTIONS[item.question_id].best_practice, lang)


# --- answers files ------------------------------------------------------------------------------
def test_template_round_trip(tmp_path):
    res = runner.invoke(cli(), ["review", "--template"])
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert yaml.safe_load(res.stdout) == dict.fromkeys(IDS)  # every id, empty
    for i, line in enumerate(lines):
        if re.match(r"^[A-Z]+-\d+:$", line):
            assert lines[i - 1] == f"# {QUESTIONS[line[:-1]].question.en}"
    filled = write(tmp_path, "answers.yaml", re.sub(r"^([A-Z]+-\d+):$", r"\1: yes", res.stdout, flags=re.M))
    res = runner.invoke(cli(), ["review", "--answers", str(filled), "--json", "--workload", "shop"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["improvement_plan"] == [] and all(p["score"] == 1.0 for p in data["pillars"].values())
    ko = runner.invoke(cli(), ["review", "--template", "--lang", "ko"]).stdout
    assert f"# {QUESTIONS['SEC-1'].question.ko}" in ko


def test_yaml_booleans_aliases_and_json_are_read():
    text = "OPS-1: yes\nops-2: No\nOPS-3: Partly\nOPS-4: N/A\nOPS-5: 해당 없음\nOPS-6:\nSEC-1: ''\n"
    answers = parse_answers(text, "a.yaml", REVIEW)
    assert [answers[q] for q in ("OPS-1", "OPS-2", "OPS-3", "OPS-4", "OPS-5", "OPS-6", "SEC-1")] == [
        "yes",
        "no",
        "partly",
        "n/a",
        "n/a",
        None,
        None,
    ]
    assert parse_answers('{"REL-1": "no", "REL-2": null}', "a.json", REVIEW)["REL-1"] == "no"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OPS-1: yes\nOPS-99: no\n", r"a\.yaml:2: OPS-99: not a question id"),
        ("OPS-1: yes\nSEC-2: maybe\n", r"a\.yaml:2: SEC-2: 'maybe' is not an answer; use yes, partly, no or n/a"),
        ("OPS-1: yes\n  OPS-2: no\n", r"a\.yaml:2: not valid YAML"),
        ("OPS-1: yes\nOPS-1: no\n", r"a\.yaml:2: OPS-1: answered twice"),
        ("OPS-1: [yes, no]\n", r"a\.yaml:1: OPS-1: expected one answer"),
        ("- OPS-1\n", r"a\.yaml:1: expected a mapping"),
        ("OPS-1:\n", r"a\.yaml: answers no question"),
        ("", r"a\.yaml: expected a mapping"),
    ],
)
def test_bad_answers_name_file_line_and_question(text, expected):
    with pytest.raises(AnswersError, match=expected) as info:
        parse_answers(text, "a.yaml", REVIEW)
    assert info.value.exit_code == 2


@pytest.mark.parametrize(
    "text",
    ["OPS-1: yes\nOPS-99: no\n", "OPS-1: yes\nSEC-2: maybe\n", "OPS-1: yes\n  OPS-2: no\n", "{oops\n"],
)
def test_cli_bad_answers_exit_2_and_save_nothing(tmp_path, text):
    good = write(tmp_path, "good.yaml", "OPS-1: yes\n")
    assert runner.invoke(cli(), ["review", "--answers", str(good)]).exit_code == 0
    before = rows(tmp_path)
    bad = write(tmp_path, "bad.yaml", text)
    res = runner.invoke(cli(), ["review", "--answers", str(bad), "--json"])
    assert res.exit_code == 2 and f"{bad}:" in res.stderr and "Traceback" not in res.output
    assert rows(tmp_path) == before == 1 and not res.stdout


def test_cli_missing_file_says_how_to_start(tmp_path):
    res = runner.invoke(cli(), ["review", "--answers", str(tmp_path / "none.yaml")])
    assert res.exit_code == 2 and "--template" in res.stderr and rows(tmp_path) == 0


# --- milestones and reports ----------------------------------------------------------------------
def test_second_review_is_compared_with_the_first(tmp_path):
    settings = load_settings()
    first = run_review(settings, all_("no"), "shop")
    assert first.milestone and first.milestone.id == 1 and first.compared_to is None
    answers = {**all_("no"), "OPS-1": "yes", "OPS-2": "partly", "SEC-1": "n/a", "REL-1": None}
    second = run_review(settings, answers, "shop")
    c = second.compared_to
    assert c is not None and c.milestone == 1
    assert (c.resolved, c.new, c.lowered, c.raised, c.unanswered) == (["OPS-1", "SEC-1"], [], ["OPS-2"], [], ["REL-1"])
    assert c.score_change["operational-excellence"] == round(1.5 / 6, 4)
    assert c.score_change["security"] == 0.0 and c.score_change["sustainability"] == 0.0
    third = run_review(settings, {**all_("yes"), "OPS-1": "no"}, "shop")  # OPS-1 was met in the second
    assert third.compared_to and third.compared_to.new == ["OPS-1"]
    assert "REL-1" not in third.compared_to.resolved and "OPS-2" in third.compared_to.resolved
    assert [m.id for m in Milestones.for_settings(settings).history("shop")] == [1, 2, 3]
    assert Milestones.for_settings(settings).history("other") == []
    assert run_review(settings, all_("yes"), "other").compared_to is None  # workloads are separate


def test_no_save_compares_but_stores_nothing(tmp_path):
    settings = load_settings()
    run_review(settings, all_("no"), "shop")
    result = run_review(settings, all_("yes"), "shop", save=False)
    assert result.milestone is None and result.compared_to and len(result.compared_to.resolved) == len(IDS)
    assert rows(tmp_path) == 1


def test_cli_json_shape_and_history(tmp_path):
    no = write(tmp_path, "no.yaml", "".join(f"{q}: no\n" for q in IDS))
    res = runner.invoke(cli(), ["review", "--answers", str(no), "--json", "--workload", "shop"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert set(data) >= {"pillars", "improvement_plan", "workload", "milestone", "compared_to"}
    assert list(data["pillars"]) == [p.id for p in REVIEW.pillars]
    for p in data["pillars"].values():
        assert isinstance(p["score"], float) and set(p) >= {"score", "high", "medium"} and p["high"] + p["medium"]
    for item in data["improvement_plan"]:
        assert set(item) >= {"question_id", "pillar", "risk", "best_practice", "recommendation", "citation"}
        assert item["risk"] in ("high", "medium") and set(item["citation"]) == {"source", "section", "text"}
    mixed = write(tmp_path, "mixed.yaml", "OPS-1: yes\nOPS-2: no\n")
    data = json.loads(runner.invoke(cli(), ["review", "--answers", str(mixed), "--json", "--workload", "shop"]).stdout)
    assert data["compared_to"]["milestone"] == 1 and data["compared_to"]["resolved"] == ["OPS-1"]
    res = runner.invoke(cli(), ["review", "--history", "--workload", "shop", "--json"])
    history = json.loads(res.stdout)["milestones"]
    assert [h["milestone"] for h in history] == [1, 2] and history[0]["high"] + history[0]["medium"] == len(IDS)
    assert "shop: 2 milestone(s)" in runner.invoke(cli(), ["review", "--history", "--workload", "shop"]).stdout


def test_cli_exports_markdown_and_json(tmp_path):
    answers = write(tmp_path, "a.yaml", "OPS-1: no\nSEC-6: partly\nREL-1: yes\n")
    md, js = tmp_path / "report.md", tmp_path / "report.json"
    assert runner.invoke(cli(), ["review", "--answers", str(answers), "--out", str(md), "--no-save"]).exit_code == 0
    assert runner.invoke(cli(), ["review", "--answers", str(answers), "--out", str(js), "--lang", "ko"]).exit_code == 0
    text = md.read_text(encoding="utf-8")
    assert "## Improvement plan" in text and "### 1. [High] OPS-1" in text and "### 2. [Medium] SEC-6" in text
    assert QUESTIONS["OPS-1"].recommendation.en in text and "> The Organization area" in text
    assert text.index("OPS-1") < text.index("SEC-6")
    data = json.loads(js.read_text(encoding="utf-8"))
    assert data["lang"] == "ko" and data["improvement_plan"][0]["best_practice"] == QUESTIONS["OPS-1"].best_practice.ko
    assert rows(tmp_path) == 1  # only the second run saved


def test_cli_interactive_review(tmp_path):
    typed = "y\nmaybe\np\nn\nna\n\n" + "yes\n" * (len(IDS) - 5)
    res = runner.invoke(cli(), ["review", "--workload", "terminal", "--json"], input=typed)
    assert res.exit_code == 0, res.output
    ops = json.loads(res.stdout)["pillars"]["operational-excellence"]
    assert ops == {
        "name": "Operational Excellence",
        "score": 0.625,
        "high": ["OPS-3"],
        "medium": ["OPS-2"],
        "unanswered": ["OPS-5"],
        "not_applicable": ["OPS-4"],
    }
    assert "'maybe'" in res.stderr and rows(tmp_path) == 1


def test_cli_interactive_review_abandoned_saves_nothing(tmp_path):
    res = runner.invoke(cli(), ["review"], input="yes\nno\n")
    assert res.exit_code == 1 and "nothing saved" in res.stderr and rows(tmp_path) == 0


def test_cli_unknown_language_is_one_line_exit_2():
    res = runner.invoke(cli(), ["review", "--lang", "xx"])
    assert res.exit_code == 2 and "'xx'" in res.stderr and "Traceback" not in res.output
