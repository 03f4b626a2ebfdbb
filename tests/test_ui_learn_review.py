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


def test_learn_page_quiz_gives_cited_feedback_and_records_progress():
    at = open_page("learn.py")
    assert at.title[0].value == "Learn Well-Architected"
    quiz = make_quiz(CORPUS, "overview", 0, "en")  # a new learner's first step and first seed
    assert [r.label for r in at.main.radio] == [f"{i + 1}. {q.question}" for i, q in enumerate(quiz.questions)]
    for radio, q in zip(at.main.radio, quiz.questions, strict=True):
        radio.set_value(q.answer if q is not quiz.questions[0] else (q.answer + 1) % len(q.choices))
    submit(at, "Check answers")
    total = len(quiz.questions)
    assert any(f"{total - 1}/{total} right" in s.value for s in at.success)
    assert len(at.error) == 1 and quiz.questions[0].choices[quiz.questions[0].answer] in at.error[0].value
    assert any(quiz.questions[0].citation.section in e.label for e in at.expander)
    status = Progress.for_settings(load_settings()).status("default")[0]
    assert (status.step, status.attempts, status.best) == ("overview", 1, total - 1)
    at.run()  # a rerun keeps the step and its feedback, though the next step is now design-principles
    assert at.selectbox(key="learn_step").value == "overview" and len(at.error) == 1
    progress = at.dataframe[-1].value
    assert progress.iloc[0].tolist()[:3] == ["What the Well-Architected Framework is", "✓", f"{total - 1}/{total}"]
    submit(at, "New quiz")
    fresh = make_quiz(CORPUS, "overview", 1, "en")
    assert [r.label for r in at.main.radio] == [f"{i + 1}. {q.question}" for i, q in enumerate(fresh.questions)]
    assert not at.error  # the new quiz has no feedback yet


def test_learn_page_asks_for_every_answer_and_records_nothing_until_then():
    at = open_page("learn.py", "ko")
    assert at.title[0].value == "Well-Architected 배우기"
    submit(at, "채점하기")
    assert at.warning and "모든 문제" in at.warning[0].value
    assert Progress.for_settings(load_settings()).status("default")[0].attempts == 0


def test_review_page_scores_plans_compares_and_exports():
    at = open_page("review.py")
    assert at.title[0].value == "Well-Architected review"
    assert [r.options for r in at.main.radio][0] == ["Yes", "Partly", "No", "N/A"]
    at.radio(key="rv:OPS-1").set_value("no")
    at.radio(key="rv:SEC-1").set_value("partly")
    at.radio(key="rv:REL-1").set_value("yes")
    submit(at, "Review and save milestone")
    assert any("milestone #1" in s.value for s in at.success)
    labels = [e.label for e in at.expander]
    plan = [label for label in labels if label[:1].isdigit()]
    assert plan[0].startswith("1. High risk · OPS-1") and plan[1].startswith("2. Medium risk · SEC-1")
    assert len(at.get("download_button")) == 3  # the template, Markdown and JSON
    assert at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")  # the pillar score bar chart
    at.radio(key="rv:OPS-1").set_value("yes")
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
