"""Answers through the whole chain (real store, real models) to questions that ask which best-practice area covers
a thing, what beats a response time already said, whether a feature must be switched on, and to questions whose
words only look like a price, a count or an area."""

from __future__ import annotations

import pytest

from assistant.answer.question import read_question


@pytest.mark.parametrize(
    "question",
    [
        "which cost optimization area covers savings plans?",
        "비용 최적화에서 RI랑 세이빙스 플랜은 어느 영역임?",
    ],
)
def test_which_area_covers_a_thing_is_the_area_of_the_question_about_it(assistant, question):
    first = assistant.ask(question).answer.splitlines()[0]
    assert first.startswith(("The Cost-effective resources area", "비용 효율적인 리소스 영역"))
    assert "COST07" in first


def test_which_of_its_areas_points_at_the_pillar_and_names_the_thing(assistant, chat):
    answer = chat(
        "what does the Cost Optimization pillar actually mean, is it literally just spend less?",
        "ok which of its best-practice areas covers RIs and Savings Plans?",
    )
    assert answer.answer.startswith("The Cost-effective resources area")


@pytest.mark.parametrize(
    "question",
    [
        "which areas does the reliability pillar have?",
        "보안 원칙 영역 어떤 영역이 있어?",
        "태깅해서 비용 팀별로 나누는 건 비용 필라 어느 영역?",
    ],
)
def test_the_areas_a_pillar_has_are_still_its_list(assistant, question):
    # (and so are they when no sentence shares the words of what is described: "태깅해서 … 나누는 건 어느 영역?")
    lines = assistant.ask(question).answer.splitlines()
    assert not lines[0].startswith(("REL", "SEC"))
    assert len(lines) >= 5


@pytest.mark.parametrize(
    "earlier",
    [
        ["what's the business-critical system down response on enterprise support?"],
        ["what's the first-response target on Business?", "and the business-critical one, on-ramp vs enterprise?"],
    ],
)
def test_anything_quicker_than_a_time_said_is_the_add_on_that_beats_it(assistant, chat, earlier):
    answer = chat(*earlier, "honestly neither is fast enough for our payments API. anything quicker than 15 min?")
    first = answer.answer.splitlines()[0]
    assert "Incident Detection and Response" in first
    assert "5" in first


def test_a_feature_that_must_be_switched_on_says_where(assistant):
    answer = assistant.ask(
        "Cost Explorer's rightsizing recs, do I have to switch those on somewhere or are they just there?"
    )
    assert "preferences" in answer.answer.splitlines()[0]


def test_opting_in_answers_whether_a_service_must_be_enabled(assistant):
    assert "opt in" in assistant.ask("do i need to enable compute optimizer?").answer.splitlines()[0]


def test_a_one_word_area_name_in_a_trade_is_no_area(assistant):
    q = read_question("Data eng here - how many questions does the Data Analytics Lens have?", assistant.aliases)
    assert "sustainability/data" not in q.entities
    assert "data-analytics-lens" in q.entities
    q = read_question("what does the data area of sustainability ask?", assistant.aliases)
    assert "sustainability/data" in q.entities


def test_a_count_of_one_thing_is_not_answered_by_a_count_of_another(assistant):
    from assistant.answer.chain import gives_figure

    q = read_question("how many questions does the Data Analytics Lens have?", assistant.aliases)
    assert not gives_figure(q, "The Well-Architected Framework lens is the base lens with the six pillars. [1]")
    assert gives_figure(q, "The Data Analytics Lens has 40 questions. [1]")


def test_a_so_question_after_the_askers_statement_keeps_the_topic(assistant, chat):
    answer = chat(
        "ok which of the cost optimization best-practice areas covers RIs and Savings Plans?",
        "we're not buying any commitments before Q1 anyway. so what should we do first, if not RIs?",
    )
    assert "game day" not in answer.answer.casefold()
    assert "right-siz" in answer.answer.casefold()


def test_a_severity_clipped_in_chat_is_not_the_business_plan(assistant):
    q = read_question("response time for biz critical system down on EOR vs ES?? exact numbers", assistant.aliases)
    assert "business" not in q.entities
    first = assistant.ask("response time for biz critical system down on EOR vs ES?? exact numbers").answer
    assert first.splitlines()[0].startswith("30 minutes on Enterprise On-Ramp")


def test_what_a_tam_does_asked_in_the_negative_is_no_plan_choice(assistant):
    answer = assistant.ask("we have ES already - cant our TAM just do the migration?")
    assert answer.intent == "question"
    assert "does not carry out project work" in answer.answer.splitlines()[0]
