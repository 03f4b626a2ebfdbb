"""Answers through the whole chain (real store, real models) where what is asked sits beside other words: the
second part of a message, a noun pointing back, a superlative with its noun between, a plan signed up for."""

from __future__ import annotations

import re

import pytest

HANGUL = re.compile(r"[가-힣]")


@pytest.mark.parametrize(
    ("question", "pillar"),
    [
        ("제일 질문 많은 필러는 뭐임?", "안정성"),
        ("가장 질문 적은 필러 어디?", "성능 효율성"),
    ],
)
def test_a_korean_superlative_with_its_noun_between_picks_one_pillar(assistant, question, pillar):
    first = assistant.ask(question).answer.splitlines()[0]
    assert pillar in first and "6가지" not in first


def test_every_part_is_answered_in_the_language_asked_for(assistant):
    answer = assistant.ask(
        "how many questions total in the WA framework lens rn? 그리고 제일 질문 많은 필러는 뭐임? "
        "(answer in english pls, it's for a slide)"
    )
    lines = [x for x in answer.answer.splitlines() if x.strip()]
    assert "57" in lines[0] and any("Reliability" in x and "most" in x for x in lines)
    assert not any(HANGUL.search(x) for x in lines)


@pytest.mark.parametrize(
    "turns",
    [
        ("WA Tool q — how many milestones can a single workload hold? and does the tool itself cost anything?",),
        ("how many milestones can a single workload hold in the WA tool?", "and does the tool itself cost anything?"),
    ],
)
def test_the_tool_pointed_at_by_its_noun_is_asked_about_not_the_detail_before(chat, turns):
    answer = chat(*turns)
    assert not answer.abstained and "free of charge" in answer.answer
    assert "price of milestones" not in answer.answer


def test_a_plan_named_in_hangul_transliteration_is_that_plan(assistant):
    first = assistant.ask("유니파이드 옵스 월 최소 요금 얼마부터임? 엔터프라이즈보다 비쌈?").answer.splitlines()[0]
    assert first.startswith("Unified Operations") and "$15,000" not in first


def test_what_the_customer_of_an_ending_plan_must_do_is_asked_in_korean_too(assistant):
    first = assistant.ask("온램프는 우리가 뭐 따로 해야 돼?").answer.splitlines()[0]
    assert "할 일은 없다" in first


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("지금 developer 새로 가입하는건 비추? 왜?", "권하지 않습니다"),
        ("is it a bad idea to sign up for developer support now?", "Not advisable"),
    ],
)
def test_signing_up_for_a_plan_that_ends_within_weeks_is_advised_against(assistant, question, lead):
    first = assistant.ask(question).answer.splitlines()[0]
    assert first.startswith(lead) and "2027-01-01" in first and "Business Support+" in first


def test_a_yes_or_no_about_an_ending_plan_keeps_its_verdict(assistant):
    assert assistant.ask("developer support에 phone 있음?").answer.startswith("아니요")


def test_pillars_named_in_the_scene_are_not_what_a_question_about_pillars_asks(assistant):
    answer = assistant.ask(
        "team's arguing cost vs reliability rn. which pillars does AWS say you generally DON'T trade away?"
    )
    assert "security and operational excellence are generally not the pillars you trade away" in answer.answer


def test_a_list_asked_by_its_noun_is_the_section_headed_by_it(assistant):
    answer = assistant.ask("what product types can you buy on AWS Marketplace? one line each")
    lines = answer.answer.splitlines()
    assert "delivery formats" in lines[0]
    assert sum(1 for x in lines[1:8] if x.strip().startswith("- ")) >= 6


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("제일 비용 많이 드는 플랜?", "가장 비싼 플랜은 Enterprise Support"),
        ("what's the most expensive support plan?", "the most expensive is Enterprise Support"),
    ],
)
def test_the_priciest_plan_is_the_top_published_price_and_unknown_prices_are_said(assistant, question, lead):
    lines = assistant.ask(question).answer.splitlines()
    assert lead in lines[0] and "$15,000" in lines[0]
    assert any(x.startswith("- Unified Operations") for x in lines[1:3])
