"""The onboarding path: questions stated by their passages, pass marks, per-learner progress, review of mistakes."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from fractions import Fraction
from pathlib import Path
from typing import get_args

import pytest
import typer
from typer.testing import CliRunner

from assistant.cli.app import app
from assistant.knowledge.catalog import PillarId, SectionRef
from assistant.learn import STEP_IDS, STEPS, LearnError, Progress, make_quiz, view
from assistant.learn.passages import excerpt, supports
from assistant.learn.path import FINAL, opening, section_text
from assistant.learn.progress import needed, pass_mark
from assistant.learn.questions import Candidate, candidates, monthly_price
from assistant.learn.quiz import review_quiz, supported
from assistant.settings import load_settings

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
LANGS = ("en", "ko")
runner = CliRunner()


@pytest.fixture(autouse=True)
def corpus_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WA_CORPUS", str(CORPUS))


def cli() -> typer.Typer:
    """The real app: the command with the error handling every command gets (`friendly`)."""
    return app


def progress() -> Progress:
    return Progress.for_settings(load_settings())


def fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def answers(quiz, right: int) -> str:
    """stdin for a quiz: the first `right` questions answered correctly, the rest wrongly."""
    picks = [q.answer if i < right else (q.answer + 1) % len(q.choices) for i, q in enumerate(quiz.questions)]
    return "".join(f"{p + 1}\n" for p in picks)


def test_path_covers_the_mission_in_order():
    pillars = get_args(PillarId)
    expected = ("overview", "design-principles", *pillars, "well-architected-tool", "support-plans", "partners")
    assert (*expected, "using-the-assistant", FINAL) == STEP_IDS


@pytest.mark.parametrize("lang", LANGS)
def test_step_views_are_source_text_in_the_learners_language(lang):
    for n, step in enumerate(STEPS, start=1):
        v = view(CORPUS, step.id, lang)
        assert v.n == n and v.lang == lang and v.title == step.title[lang] and v.summary
        if step.id == FINAL:
            continue
        text = section_text(CORPUS, SectionRef(source=v.source, section=v.section))
        assert fold(v.summary) in fold(text)  # taken from the source, not written here
        assert f"/{lang}" in v.source


def test_opening_keeps_the_first_paragraph_and_three_sentences():
    assert opening("\nOne. Two! Three? Four.\n\nNext paragraph.") == "One. Two! Three?"


@pytest.mark.parametrize("lang", LANGS)
def test_every_answer_and_no_distractor_is_stated_by_the_passage_shown(lang):
    for step in STEP_IDS:
        for seed in range(5):
            quiz = make_quiz(CORPUS, step, seed, lang)
            for q in quiz.questions:
                right = q.choices[q.answer]
                section = section_text(CORPUS, SectionRef(source=q.citation.source, section=q.citation.section))
                assert supports(q.citation.text, right), (q.question, right)
                assert all(not supports(q.citation.text, c) for c in q.choices if c != right), q.question
                assert all(fold(line.strip(" -")) in fold(section) for line in q.citation.text.splitlines())
                assert len(set(map(fold, q.choices))) == len(q.choices) >= 3
                assert not supports(q.question, right), "the question gives its answer away"
                if lang == "ko":
                    src = q.citation.source
                    assert "/ko/" in src or src.endswith("/ko.md"), "Korean learners get Korean passages"


@pytest.mark.parametrize("lang", LANGS)
def test_quizzes_test_understanding_not_vocabulary(lang):
    for step in STEP_IDS:
        for seed in range(8):
            quiz = make_quiz(CORPUS, step, seed, lang)
            assert sum(q.vocab for q in quiz.questions) <= len(quiz.questions) // 4, (step, seed)
    kinds = {c.kind for c, _, _ in supported(CORPUS, candidates(CORPUS, STEPS[STEP_IDS.index("reliability")], lang))}
    assert {"scenario", "principle-pillar", "not-principle", "principle-says", "area"} <= kinds


@pytest.mark.parametrize("lang", LANGS)
def test_every_step_has_enough_distinct_questions(lang):
    for step in STEPS:
        subjects = {c.key for c, _, _ in supported(CORPUS, candidates(CORPUS, step, lang))}
        assert len(subjects) >= 15, (step.id, lang, len(subjects))


def test_issue_examples_are_asked():
    pool = {
        c.kind: c for c, _, _ in supported(CORPUS, candidates(CORPUS, STEPS[STEP_IDS.index("support-plans")], "en"))
    }
    assert pool["replaced"].answer in {"Business Support+", "Enterprise Support"}
    assert {"target", "spend", "minimum", "tam"} <= set(pool)
    final = make_quiz(CORPUS, FINAL, 0, "en")
    assert len(final.questions) == 8 and len({q.step for q in final.questions}) >= 4


def test_quiz_is_deterministic_per_seed_and_varies_across_seeds():
    for step in STEP_IDS:
        assert make_quiz(CORPUS, step, 7) == make_quiz(CORPUS, step, 7)
        assert len({json.dumps(make_quiz(CORPUS, step, seed).to_dict()) for seed in range(4)}) == 4, step


def test_supports_matches_whole_words_and_amounts():
    assert supports("production system down: 1 hour; business-critical", "1 hour")
    assert not supports("general guidance: 24 hours", "4 hours")
    assert not supports("$129 on the English page", "$29")
    assert not supports("10% to $500,000", "$500")
    assert not supports("Business Support+ replaces it", "Business Support")
    assert supports("AWS **Business Support+** plan", "business support+")
    assert supports("운영 우수성의 조직 영역은 OPS01~OPS03", "조직")
    assert not supports("anything", "")


def test_excerpt_is_the_smallest_unit_and_drops_distractors_it_states():
    text = "Plans: Basic and Developer.\n\n- Business: 1 hour, like Enterprise.\n- Developer: none."
    shown, fair = excerpt(text, "Business", ("1 hour",), ["Enterprise", "Developer", "Basic"])
    assert shown == "Business: 1 hour, like Enterprise." and fair == ["Developer", "Basic"]
    assert excerpt(text, "Unified Operations") is None


def test_a_fact_the_passage_does_not_state_or_a_stated_distractor_is_never_asked():
    ref = SectionRef(source="corpus/summaries/en/support-plans.md", section="AWS Support plans > Basic Support")
    unstated = Candidate("x", "x", "Is Basic a lie?", "7 minutes", ("1 hour", "4 hours", "12 hours"), ref)
    stated = Candidate("x", "y", "What does Basic cost?", "the price is zero", ("1 hour", "4 hours"), ref)
    unfair = Candidate(
        "x", "z", "Which desk answers?", "customer service", ("Cloud Support Associates", "AWS Health Dashboard"), ref
    )
    kept = supported(CORPUS, [unstated, stated, unfair])
    assert [c.subject for c, _, _ in kept] == ["y"]  # the associates share its sentence: one fair distractor


def test_price_at_a_spend_follows_the_tiers():
    tiers = [(10_000, 10.0), (80_000, 7.0), (250_000, 5.0), (None, 3.0)]
    assert monthly_price(100, tiers, 20_000) == 1_700  # the corpus's worked example
    assert monthly_price(100, tiers, 500) == 100  # the minimum applies
    assert monthly_price(29, [(None, 3.0)], 2_000) == 60


def test_pass_mark_is_configurable():
    assert needed(4) == 3 and needed(8) == 6 and needed(5, Fraction(4, 5)) == 4
    assert pass_mark("3/4") == pass_mark("0.75") == pass_mark("75%") == Fraction(3, 4)
    for bad in ("0", "2", "lots"):
        with pytest.raises(LearnError, match="pass mark"):
            pass_mark(bad)


def test_quiz_length_bounds():
    assert len(make_quiz(CORPUS, "reliability", 1, count=5).questions) == 5
    with pytest.raises(LearnError, match="3 to 10"):
        make_quiz(CORPUS, "reliability", 1, count=11)
    with pytest.raises(LearnError, match="--steps"):
        make_quiz(CORPUS, "nope", 1)


def test_a_step_is_done_only_when_passed(tmp_path):
    p = Progress(tmp_path / "learn.sqlite")
    assert p.next_step("ana") == "overview"
    assert p.record("ana", "overview", 0, 4, seed=0, lang="ko") is False
    assert p.record("ana", "overview", 2, 4, seed=1, lang="ko") is False
    assert not p.status("ana")[0].done and p.next_step("ana") == "overview"
    assert p.record("ana", "overview", 3, 4, seed=2, lang="ko") is True
    row = p.status("ana")[0]
    assert (row.done, row.attempts, row.best, row.last) == (True, 3, 3, 3) and p.next_step("ana") == "design-principles"
    assert p.record("ana", "security", 4, 5, seed=0, lang="en", mark=Fraction(1)) is False
    assert p.status("ben")[0].attempts == 0 and p.next_step("ben") == "overview"
    with pytest.raises(LearnError):
        p.record("ana", "overview", 5, 4, seed=0, lang="en")
    with pytest.raises(LearnError, match="learner"):
        p.record("  ", "overview", 1, 4, seed=0, lang="en")


def test_missed_questions_come_back_when_due(tmp_path):
    p = Progress(tmp_path / "learn.sqlite")
    t0 = dt.datetime(2026, 11, 30, 9, tzinfo=dt.UTC)
    p.missed("ana", "reliability", "scenario:x", now=t0)
    assert [i.item for i in p.review_items("ana", t0)] == ["scenario:x"] and not p.review_items("ben", t0)
    assert p.reviewed("ana", "reliability", "scenario:x", right=True, now=t0) == 2
    assert not p.review_items("ana", t0 + dt.timedelta(hours=23))
    assert p.review_items("ana", t0 + dt.timedelta(days=1))  # box 2: a day later
    assert p.reviewed("ana", "reliability", "scenario:x", right=False, now=t0 + dt.timedelta(days=1)) == 1
    item = p.review_items("ana", t0 + dt.timedelta(days=1))[0]
    assert (item.box, item.misses) == (1, 2)
    later = t0
    for box in (2, 3, 4, 5):
        assert p.reviewed("ana", "reliability", "scenario:x", right=True, now=later) == box
        later += dt.timedelta(days=14)
    assert p.reviewed("ana", "reliability", "scenario:x", right=True, now=later) is None  # retired
    assert not p.review_items("ana", later + dt.timedelta(days=99))


def test_review_quiz_rebuilds_the_missed_questions():
    quiz = make_quiz(CORPUS, "support-plans", 3, "ko")
    again = review_quiz(CORPUS, [(q.step, q.key) for q in quiz.questions], "ko")
    assert [q.question for q in again.questions] == [q.question for q in quiz.questions]
    assert [q.choices[q.answer] for q in again.questions] == [q.choices[q.answer] for q in quiz.questions]


def test_cli_needs_a_learner_name():
    for args in (["learn"], ["learn", "--status"], ["learn", "--review"], ["learn", "--learner", " "]):
        res = runner.invoke(cli(), args, input="1\n")
        assert res.exit_code == 2 and "--learner" in res.stderr and not res.stdout, args


def test_cli_wrong_answers_never_mark_a_step_done_and_explain_each_miss():
    quiz = make_quiz(CORPUS, "overview", 0, "ko")
    res = runner.invoke(cli(), ["learn", "--learner", "minji", "--lang", "ko"], input=answers(quiz, 2))
    assert res.exit_code == 0, res.output
    assert "2/4점, 통과하지 못했습니다(3개 필요)" in res.stdout and "틀린 문제와 근거" in res.stdout
    for q in quiz.questions[2:]:
        assert q.citation.section in res.stdout and q.choices[q.answer] in res.stdout
    assert "--step overview" in res.stdout  # the offer of a new quiz
    status = json.loads(runner.invoke(cli(), ["learn", "--status", "--learner", "minji", "--json"]).stdout)
    assert status["next"] == "overview" and not status["steps"][0]["done"] and status["review_due"] == 2
    retry = make_quiz(CORPUS, "overview", 1, "ko")  # the second attempt draws a new quiz
    assert retry.questions != quiz.questions
    res = runner.invoke(cli(), ["learn", "--learner", "minji"], input=answers(retry, 3))
    assert "3/4점, 통과입니다" in res.stdout and "design-principles" in res.stdout
    status = json.loads(runner.invoke(cli(), ["learn", "--status", "--learner", "minji", "--json"]).stdout)
    assert status["steps"][0]["done"] and status["next"] == "design-principles"


def test_cli_pass_mark_option():
    quiz = make_quiz(CORPUS, "security", 3, "en")
    res = runner.invoke(
        cli(),
        ["learn", "--learner", "ana", "--step", "security", "--seed", "3", "--pass-mark", "1"],
        input=answers(quiz, 3),
    )
    assert "3/4 on Security, not passed (4 needed)" in res.stdout
    res = runner.invoke(cli(), ["learn", "--learner", "ana", "--step", "security", "--pass-mark", "x"])
    assert res.exit_code == 2 and "pass mark" in res.stderr


def test_cli_review_asks_the_due_questions_in_the_learners_language():
    quiz = make_quiz(CORPUS, "partners", 0, "ko")
    runner.invoke(
        cli(),
        ["learn", "--learner", "minji", "--lang", "ko", "--step", "partners", "--seed", "0"],
        input=answers(quiz, 1),
    )
    missed = quiz.questions[1:]
    due = review_quiz(CORPUS, [(q.step, q.key) for q in missed], "ko")
    res = runner.invoke(cli(), ["learn", "--learner", "minji", "--review"], input=answers(due, len(due.questions)))
    assert res.exit_code == 0, res.output
    assert f"복습: 때가 된 문제 {len(missed)}개" in res.stdout and all(q.question in res.stdout for q in missed)
    assert "지금 복습할 문제가 없습니다" in runner.invoke(cli(), ["learn", "--learner", "minji", "--review"]).stdout
    assert (
        "지금 복습할 문제가 없습니다"
        in runner.invoke(cli(), ["learn", "--learner", "ana", "--review", "--lang", "ko"]).stdout
    )


def test_cli_two_learners_never_see_each_others_progress_and_the_report_shows_both():
    quiz = make_quiz(CORPUS, "overview", 0, "en")
    runner.invoke(cli(), ["learn", "--learner", "ana"], input=answers(quiz, 4))
    ben = json.loads(runner.invoke(cli(), ["learn", "--status", "--learner", "ben", "--json"]).stdout)
    assert ben["next"] == "overview" and all(s["attempts"] == 0 for s in ben["steps"]) and ben["review_due"] == 0
    res = runner.invoke(cli(), ["learn", "--status", "--learner", "ben", "--lang", "ko"])
    assert "ben · 13단계 중 0단계 통과" in res.stdout and "단계" in res.stdout and "Step" not in res.stdout
    runner.invoke(
        cli(), ["learn", "--learner", "ben", "--lang", "ko"], input=answers(make_quiz(CORPUS, "overview", 0, "ko"), 0)
    )
    report = json.loads(runner.invoke(cli(), ["learn", "--report", "--json"]).stdout)
    rows = {r["learner"]: r for r in report["learners"]}
    assert (rows["ana"]["passed"], rows["ben"]["passed"]) == (1, 0) and rows["ben"]["struggling"] == ["overview"]
    assert rows["ben"]["due"] == 4 and rows["ben"]["lang"] == "ko"
    text = runner.invoke(cli(), ["learn", "--report"]).stdout
    assert "ana" in text and "ben" in text


def test_cli_steps_and_quiz_json():
    steps = json.loads(runner.invoke(cli(), ["learn", "--steps", "--json"]).stdout)["steps"]
    assert [s["id"] for s in steps] == list(STEP_IDS)
    data = json.loads(runner.invoke(cli(), ["learn", "--quiz", "support-plans", "--seed", "4", "--json"]).stdout)
    assert data == make_quiz(CORPUS, "support-plans", 4).to_dict()
    res = runner.invoke(cli(), ["learn", "--quiz", "nope", "--json"])
    assert res.exit_code == 2 and "use one of overview" in res.stderr and not res.stdout


def test_learn_eval_meets_its_floors():
    from eval.gate import failures, load_thresholds
    from eval.learn_eval import measure

    result = measure(CORPUS)
    assert failures(result["metrics"], load_thresholds()["learn"]) == []
    assert result["metrics"]["test"]["questions"] > 100 and result["metrics"]["dev"]["questions"] > 100


def test_a_pillar_listing_much_the_same_anti_pattern_is_never_a_distractor():
    from assistant.learn.questions import overlap

    cost = STEPS[STEP_IDS.index("cost-optimization")]
    asked = [c for c in candidates(CORPUS, cost, "ko") if c.kind == "scenario" and "주말에도" in c.question]
    assert asked and all("지속 가능성" not in c.distractors for c in asked)  # its list has the same weekend example
    assert (
        overlap("Capacity sized on guesses instead of load tests", "Sizing by guesswork instead of load tests", "en")
        >= 0.4
    )
    assert overlap("Publicly readable S3 buckets", "Retries without backoff and jitter", "en") < 0.4
