"""The onboarding path: step order, corpus-only summaries, seeded quizzes stated by their passages, progress."""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from pathlib import Path
from typing import get_args

import pytest
import typer
from typer.testing import CliRunner

from assistant.catalog import PillarId, SectionRef, cited_text
from assistant.learn import STEP_IDS, STEPS, LearnError, Progress, make_quiz, view
from assistant.learn.cli import learn_command
from assistant.learn.path import opening
from assistant.learn.questions import Candidate, candidates
from assistant.learn.quiz import supported, supports

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
LANGS = ("en", "ko")
runner = CliRunner()


@pytest.fixture(autouse=True)
def corpus_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WA_CORPUS", str(CORPUS))


def cli() -> typer.Typer:
    app = typer.Typer()
    app.callback()(lambda: None)  # a group, so `learn` is a subcommand as in the real app
    app.command("learn")(learn_command)
    return app


def fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def test_steps_in_order():
    expected = ("overview", "design-principles", *get_args(PillarId), "support-plans", "partners")
    assert expected == STEP_IDS


@pytest.mark.parametrize("lang", LANGS)
def test_step_views_are_corpus_text(lang):
    for n, step in enumerate(STEPS, start=1):
        v = view(CORPUS, step.id, lang)
        section = cited_text(CORPUS, SectionRef(source=v.source, section=v.section))
        assert v.n == n and v.lang == lang and v.title == step.title[lang]
        assert v.summary and fold(v.summary) in fold(section)  # taken from the corpus, not written here
        assert v.terms and all(t.ko and t.en and t.definition for t in v.terms)
        assert v.links[0] == v.source and f"/{lang}/" in v.source
        assert all((CORPUS.parent / link).is_file() for link in v.links)


def test_opening_keeps_the_first_paragraph_and_three_sentences():
    text = "\nOne. Two! Three? Four.\n\nNext paragraph."
    assert opening(text) == "One. Two! Three?"
    assert opening("Only one") == "Only one"


@pytest.mark.parametrize("lang", LANGS)
def test_every_right_answer_is_stated_by_its_cited_passage(lang):
    for step in STEP_IDS:
        for seed in range(6):
            quiz = make_quiz(CORPUS, step, seed, lang)
            assert 3 <= len(quiz.questions) <= 5
            for q in quiz.questions:
                right = q.choices[q.answer]
                passage = q.citation.text
                ref = SectionRef(source=q.citation.source, section=q.citation.section)
                assert passage == cited_text(CORPUS, ref).strip()
                assert all(word in fold(passage) for word in fold(right).split()), (q.question, right)
                assert len(set(map(fold, q.choices))) == len(q.choices) >= 3
                assert not supports(q.question, right), "the question gives its answer away"


@pytest.mark.parametrize("lang", LANGS)
def test_every_step_has_enough_supported_facts(lang):
    for step in STEPS:
        subjects = {c.subject for c, _ in supported(CORPUS, candidates(CORPUS, step, lang))}
        assert len(subjects) >= 5, (step.id, lang)


def test_quiz_is_deterministic_per_seed_and_varies_across_seeds():
    for step in STEP_IDS:
        assert make_quiz(CORPUS, step, 7) == make_quiz(CORPUS, step, 7)
        dumps = {json.dumps(make_quiz(CORPUS, step, seed).to_dict()) for seed in range(4)}
        assert len(dumps) == 4, step


def test_quiz_mixes_kinds_of_facts():
    markers = {"target": "first-response target", "minimum": "minimum monthly price", "replaced": "replaces"}

    def kind(question: str) -> str:
        return next((k for k, marker in markers.items() if marker in question), "term")

    for seed in range(6):  # one of each, not four of the 35 response-time targets
        quiz = make_quiz(CORPUS, "support-plans", seed)
        assert sorted(kind(q.question) for q in quiz.questions) == ["minimum", "replaced", "target", "term"]


def test_supports_matches_whole_words():
    assert supports("production system down: 1 hour; business-critical", "1 hour")
    assert not supports("general guidance: 24 hours", "4 hours")
    assert not supports("$129 on the English page", "$29")
    assert supports("updating runbooks as the workload evolves", "runbook")
    assert supports("운영 우수성의 조직 영역은 OPS01~OPS03", "조직")
    assert supports("AWS **Business Support+** plan", "business support+")
    assert not supports("anything", "")


def test_a_fact_the_passage_does_not_state_is_never_asked():
    ref = SectionRef(source="corpus/summaries/en/support-plans.md", section="AWS Support plans > Basic Support")
    unstated = Candidate("x", "x", "Is Basic a lie?", "7 minutes", ("1 hour", "4 hours", "12 hours"), ref)
    stated = Candidate("x", "y", "What does Basic cost?", "the price is zero", ("1 hour", "4 hours"), ref)
    assert [c.subject for c, _ in supported(CORPUS, [unstated, stated])] == ["y"]


def test_quiz_length_bounds():
    assert len(make_quiz(CORPUS, "reliability", 1, count=5).questions) == 5
    with pytest.raises(LearnError, match="3 to 5"):
        make_quiz(CORPUS, "reliability", 1, count=6)
    with pytest.raises(LearnError, match="--steps"):
        make_quiz(CORPUS, "nope", 1)


def test_progress_saved_and_reported(tmp_path):
    progress = Progress(tmp_path / "learn.sqlite")
    assert progress.lang("ana") is None and progress.next_step("ana") == "overview"
    progress.record("ana", "overview", 2, 4, seed=0, lang="ko")
    progress.record("ana", "overview", 4, 4, seed=1, lang="ko")
    progress.record("ana", "security", 1, 3, seed=0, lang="en")
    rows = {s.step: s for s in progress.status("ana")}
    assert [s.step for s in progress.status("ana")] == list(STEP_IDS)
    assert (rows["overview"].done, rows["overview"].attempts, rows["overview"].best, rows["overview"].last) == (
        True,
        2,
        4,
        4,
    )
    assert (rows["security"].best, rows["security"].total) == (1, 3)
    assert not rows["design-principles"].done
    assert progress.next_step("ana") == "design-principles" and progress.lang("ana") == "en"
    assert progress.status("ben")[0].attempts == 0  # learners are separate
    with pytest.raises(LearnError):
        progress.record("ana", "overview", 5, 4, seed=0, lang="en")


def test_cli_steps_json():
    res = runner.invoke(cli(), ["learn", "--steps", "--json"])
    assert res.exit_code == 0, res.output
    steps = json.loads(res.stdout)["steps"]
    assert [s["id"] for s in steps] == list(STEP_IDS) and [s["n"] for s in steps] == list(range(1, 11))


def test_cli_quiz_json_shape():
    res = runner.invoke(cli(), ["learn", "--quiz", "support-plans", "--seed", "4", "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["step"] == "support-plans" and data == make_quiz(CORPUS, "support-plans", 4).to_dict()
    for q in data["questions"]:
        assert set(q) == {"question", "choices", "answer", "citation"}
        assert set(q["citation"]) == {"source", "section", "text"}
        assert isinstance(q["answer"], int) and 0 <= q["answer"] < len(q["choices"])
    ko = json.loads(runner.invoke(cli(), ["learn", "--quiz", "security", "--lang", "ko", "--json"]).stdout)
    assert ko["lang"] == "ko" and "원칙" in json.dumps(ko, ensure_ascii=False)


def test_cli_unknown_step_exit_2():
    res = runner.invoke(cli(), ["learn", "--quiz", "nope", "--json"])
    assert res.exit_code == 2 and "use one of overview" in res.stderr and not res.stdout


def test_cli_interactive_step_records_score(tmp_path):
    quiz = make_quiz(CORPUS, "security", 3, "en")
    answers = "".join(f"{q.answer + 1}\n" for q in quiz.questions)
    res = runner.invoke(cli(), ["learn", "--learner", "ana", "--step", "security", "--seed", "3"], input=answers)
    assert res.exit_code == 0, res.output
    assert view(CORPUS, "security", "en").summary in res.stdout  # the summary, then the quiz
    assert res.stdout.count("Right.") == len(quiz.questions) and "corpus/summaries/" in res.stdout
    status = json.loads(runner.invoke(cli(), ["learn", "--status", "--learner", "ana", "--json"]).stdout)
    security = next(s for s in status["steps"] if s["step"] == "security")
    assert (security["done"], security["best"], security["total"]) == (True, len(quiz.questions), len(quiz.questions))
    assert status["next"] == "overview" and (tmp_path / "learn.sqlite").is_file()


def test_cli_interactive_defaults_to_next_step_and_remembered_language(tmp_path):
    first = make_quiz(CORPUS, "overview", 0, "ko")
    wrong = "".join(f"{(q.answer + 1) % len(q.choices) + 1}\n" for q in first.questions)
    res = runner.invoke(cli(), ["learn", "--learner", "minji", "--lang", "ko"], input=wrong)
    assert res.exit_code == 0, res.output
    assert "아쉽습니다" in res.stdout and "minji: overview 0/4점" in res.stdout
    res = runner.invoke(cli(), ["learn", "--learner", "minji"], input="\n")  # ko remembered; quits at once
    assert res.exit_code == 1 and view(CORPUS, "design-principles", "ko").title in res.stdout
    assert "기록하지 않았습니다" in res.stderr
    with sqlite3.connect(tmp_path / "learn.sqlite") as con:
        assert con.execute("SELECT step, score FROM attempts").fetchall() == [("overview", 0)]
    res = runner.invoke(cli(), ["learn", "--status", "--learner", "minji"])
    assert "overview" in res.stdout and "0/4" in res.stdout and "design-principles" in res.stdout
