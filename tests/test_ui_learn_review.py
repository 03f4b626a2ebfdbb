"""The Learn and Review pages through AppTest, inside ui/app.py; they read the catalog only, so no store is needed."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from assistant.learn import Progress, make_quiz
from assistant.review import Milestones
from assistant.settings import load_settings
from tests.conftest import CORPUS, ROOT

APP = ROOT / "ui" / "app.py"


@pytest.fixture(autouse=True)
def env(monkeypatch):
    monkeypatch.setenv("WA_CORPUS", str(CORPUS))


@pytest.fixture(autouse=True)
def navigation_pages_only(monkeypatch):
    """As in test_ui.py: AppTest must keep ui/app.py's st.navigation, not fall back to the pages folder."""
    from streamlit.runtime.pages_manager import PagesManager

    init = PagesManager.__init__

    def navigation_init(self, *args, **kwargs):
        PagesManager.uses_pages_directory = False
        init(self, *args, **kwargs)

    monkeypatch.setattr(PagesManager, "__init__", navigation_init)


def open_page(page: str, lang: str = "en") -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.session_state["ui_lang"] = lang
    at.query_params["who"] = "default"  # the person (ui/people.py), as after the name prompt
    at.run()  # the default chat page stops at once: there is no store here
    at.switch_page(f"views/{page}").run()
    assert not at.exception, at.exception
    return at


def submit(at: AppTest, label: str) -> AppTest:
    next(b for b in at.button if b.label == label).click().run()
    assert not at.exception, at.exception
    return at


def quiz_radios(at: AppTest, quiz, learner: str) -> list:
    return [at.radio(key=f"pick:{learner}:{quiz.step}:{quiz.seed}:{quiz.lang}:{i}") for i in range(len(quiz.questions))]


def answer(radios: list, quiz, right: int) -> None:
    for i, (radio, q) in enumerate(zip(radios, quiz.questions, strict=True)):
        radio.set_value(q.answer if i < right else (q.answer + 1) % len(q.choices))


def named(at: AppTest, name: str) -> AppTest:
    at.text_input(key="learn_learner").input(name).run()
    assert not at.exception, at.exception
    return at


def test_learn_page_asks_for_a_name_and_shares_nothing_by_default():
    at = open_page("learn.py")
    assert at.title[0].value == "Learn Well-Architected"
    assert at.text_input(key="learn_learner").value == "default"  # the person the app knows
    at.text_input(key="learn_learner").input("").run()  # no name: nothing but the name box
    assert not at.main.radio and any("Enter your name" in i.value for i in at.info)
    assert Progress.for_settings(load_settings()).learners() == []


def test_learn_page_failed_quiz_explains_misses_and_a_pass_marks_the_step_done():
    at = named(open_page("learn.py"), "ana")
    quiz = make_quiz(CORPUS, "overview", 0, "en")  # a new learner's first step and first seed
    radios = quiz_radios(at, quiz, "ana")
    assert [r.label for r in radios] == [f"{i + 1}. {q.question}" for i, q in enumerate(quiz.questions)]
    answer(radios, quiz, 2)
    submit(at, "Check answers")
    assert any("2/4 right: not passed (3 needed)" in e.value for e in at.error)
    for q in quiz.questions[2:]:  # each miss: its answer and the passage stating it, with the source
        assert any(q.choices[q.answer] in e.value for e in at.error)
        assert any(q.citation.section in e.label for e in at.expander)
    progress = Progress.for_settings(load_settings())
    assert not progress.status("ana")[0].done and progress.next_step("ana") == "overview"
    assert len(progress.review_items("ana")) == 2 and "Review (2 due)" in [t.label for t in at.tabs]
    submit(at, "New quiz")
    fresh = make_quiz(CORPUS, "overview", 1, "en")
    answer(quiz_radios(at, fresh, "ana"), fresh, 4)
    submit(at, "Check answers")
    assert any("4/4 right: passed" in s.value for s in at.success)
    assert progress.status("ana")[0].done and progress.next_step("ana") == "design-principles"
    table = at.dataframe[-1].value
    assert table.iloc[0].tolist()[:3] == ["What the Well-Architected Framework is", "✓", "4/4"]


def test_learn_page_review_tab_asks_the_due_questions():
    at = named(open_page("learn.py", "ko"), "minji")
    quiz = make_quiz(CORPUS, "overview", 0, "ko")
    answer(quiz_radios(at, quiz, "minji"), quiz, 1)
    submit(at, "채점하기")
    assert any("통과하지 못했습니다" in e.value for e in at.error)
    assert all("/ko/" in q.citation.source for q in quiz.questions)
    at.run()  # the review tab reads the schedule afresh
    missed = quiz.questions[1:]
    assert f"복습 ({len(missed)}개 대기)" in [t.label for t in at.tabs]
    due = [at.radio(key=f"pick:learn_rev:minji:0:{i}") for i in range(len(missed))]
    by_label = {q.question: q for q in missed}
    assert {r.label.partition(". ")[2] for r in due} == set(by_label)
    for radio in due:
        q = by_label[radio.label.partition(". ")[2]]
        radio.set_value(radio.options.index(q.choices[q.answer]))
    submit(at, "복습 채점")
    assert any(f"{len(missed)}문제 중 {len(missed)}개 정답" in s.value for s in at.success)
    assert not Progress.for_settings(load_settings()).review_items("minji")  # right: due again later


def test_two_learners_never_see_each_others_progress():
    at = named(open_page("learn.py"), "ana")
    quiz = make_quiz(CORPUS, "overview", 0, "en")
    answer(quiz_radios(at, quiz, "ana"), quiz, 4)
    submit(at, "Check answers")
    other = AppTest.from_file(str(APP), default_timeout=60)
    other.session_state["ui_lang"] = "en"
    other.query_params["learner"] = "ben"
    other.query_params["who"] = "ben"
    other.run()
    other.switch_page("views/learn.py").run()
    assert not other.exception, other.exception
    assert other.text_input(key="learn_learner").value == "ben"
    assert other.selectbox(key="learn_step:ben_step_en").value == "overview"
    assert "Review (0 due)" in [t.label for t in other.tabs]
    assert other.dataframe[-1].value.iloc[0].tolist()[1:] == ["", "", "", 0]
    named(at, "ben")  # the same browser, another name: ben's path, not ana's
    assert at.selectbox(key="learn_step:ben_step_en").value == "overview"
    at.selectbox(key="learn_step:ben_step_en").set_value("security").run()
    at.sidebar.radio(key="ui_lang").set_value("ko").run()  # the step outlives a language switch, in Korean words
    step = at.selectbox(key="learn_step:ben_step_ko")
    assert step.value == "security" and step.options[3] == "4. 보안"
    at.sidebar.radio(key="ui_lang").set_value("en").run()
    assert at.dataframe[-1].value.iloc[0].tolist()[1] == ""
    progress = Progress.for_settings(load_settings())
    assert progress.status("ana")[0].done and not progress.status("ben")[0].done


def test_learn_page_refuses_an_incomplete_quiz_and_records_nothing():
    at = named(open_page("learn.py", "ko"), "minji")
    assert at.title[0].value == "Well-Architected 배우기"
    submit(at, "채점하기")
    assert at.warning and "모든 문제" in at.warning[0].value
    assert Progress.for_settings(load_settings()).status("minji")[0].attempts == 0


def test_review_page_scores_plans_compares_and_exports():
    at = open_page("review.py")
    assert at.title[0].value == "Well-Architected review"
    assert [r.options for r in at.main.radio][0] == ["Yes", "Partly", "No", "N/A"]
    at.radio(key="rv_OPS-1_en").set_value("no")
    at.radio(key="rv_SEC-1_en").set_value("partly")
    at.radio(key="rv_REL-1_en").set_value("yes")
    submit(at, "Review and save milestone")
    assert any("milestone #1" in s.value for s in at.success)
    labels = [e.label for e in at.expander]
    plan = [label for label in labels if label[:1].isdigit()]
    assert plan[0].startswith("1. High risk · OPS-1") and plan[1].startswith("2. Medium risk · SEC-1")
    assert len(at.get("download_button")) == 3  # the template, Markdown and JSON
    assert at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")  # the pillar score bar chart
    at.radio(key="rv_OPS-1_en").set_value("yes")
    submit(at, "Review and save milestone")
    assert any("milestone #2" in s.value for s in at.success)
    assert any("Resolved:** OPS-1" in m.value for m in at.markdown)
    history = Milestones.for_settings(load_settings()).history("default/default")  # the person's workload
    assert [m.id for m in history] == [1, 2] and history[1].answers["OPS-1"] == "yes"
    assert json.loads(json.dumps(history[1].pillars))["operational-excellence"]["score"] == 1.0


def test_review_page_refuses_an_empty_review():
    at = open_page("review.py", "ko")
    submit(at, "리뷰하고 마일스톤 저장")
    assert at.error and "nothing to review" in at.error[0].value
    assert Milestones.for_settings(load_settings()).count() == 0


def test_the_learner_is_the_person_the_app_already_knows():
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.session_state["ui_lang"] = "en"
    at.query_params["who"] = "mina"
    at.run()
    at.switch_page("views/learn.py").run()
    assert not at.exception, at.exception
    assert at.text_input(key="learn_learner").value == "mina"
