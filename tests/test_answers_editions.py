"""Answers through the whole chain (real store, real models) to questions that use a name from an older edition of
the framework, the way people who learned it from an old course or their own notes ask."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("question", "lead", "current"),
    [
        ("is enable traceability still a security design principle?", "No.", "Maintain traceability"),
        ("보안 설계원칙에 추적 기능 활성화 아직 있음?", "아니요.", "추적성 유지"),
        (
            "운영우수성 설계원칙에 perform operations as code 아직 있음? 옛날 강의엔 잇던데",
            "아니요.",
            "안전하게 자동화",
        ),
        ("annotate documentation is still a thing in ops excellence?", "No.", "no longer has it"),
        # (a long name asked with a price word in it asks no price)
        (
            "use managed and application-level services to reduce cost of ownership is that still a cost principle",
            "No.",
            "undifferentiated heavy lifting",
        ),
    ],
)
def test_an_older_name_asked_whether_it_stands_is_answered_no_with_what_it_became(assistant, question, lead, current):
    answer = assistant.ask(question)
    first = answer.answer.splitlines()[0]
    assert first.startswith(lead) and current in first
    assert "/pillar-" in answer.citations[0].source  # (the pillar's own summary says what became of the name)


def test_the_current_name_asked_for_is_given_without_a_verdict(assistant):
    first = assistant.ask(
        "the old 'stop spending money on data center operations' principle - whats it called now?"
    ).answer.splitlines()[0]
    assert "Stop spending money on undifferentiated heavy lifting" in first and not first.startswith("No")


def test_both_names_side_by_side_are_related_not_denied(assistant):
    first = assistant.ask("enable traceability랑 maintain traceability 같은거임?").answer.splitlines()[0]
    assert "이전 판" in first and not first.startswith("아니요")


def test_a_name_lent_by_the_turn_before_is_not_asked_about_again(chat):
    answer = chat("is enable traceability still a security design principle?", "and the 'always use SSL' line?")
    assert "older editions used" not in answer.answer.splitlines()[0]


def test_each_older_name_in_one_message_is_answered_in_the_order_typed(assistant):
    lines = assistant.ask(
        "ops pillar 예전 교육자료에 perform operations as code, annotate documentation 있던데 지금도 둘다 있음?"
    ).answer.splitlines()
    assert "Perform operations as code" in lines[0] and "Annotate documentation" in lines[1]
    assert not any("교육" in x for x in lines)  # (no training passages beside a line that answers whole)


def test_the_name_now_asked_with_a_definition_word_is_what_it_became(assistant):
    first = assistant.ask(
        "cost pillar에 'stop spending money on data center operations' 이 원칙 지금은 이름 뭐임?"
    ).answer.splitlines()[0]
    assert "이전 판의 이름" in first and "차별화되지 않는 고된 작업에 돈 쓰지 않기" in first
