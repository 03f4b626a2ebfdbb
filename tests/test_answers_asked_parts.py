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


def test_the_year_and_month_asked_is_a_date_not_a_length_of_years(assistant):
    answer = assistant.ask("지속가능성 필러 몇 년 몇 월에 나온거임?")
    assert not answer.abstained and "2021년 12월" in answer.answer.splitlines()[0]
    assert "3년" in assistant.ask("자격증 유효기간 몇 년임?").answer.splitlines()[0]


def test_a_plan_wanted_cheap_is_no_price_asked_when_signing_up_is_the_question(assistant):
    first = assistant.ask("dev support 지금 가입해도 됨? 테스트 계정용으로 싼거 필요해서 ㅠ").answer.splitlines()[0]
    assert first.startswith("권하지 않습니다") and "Business Support+" in first


def test_whether_a_review_costs_money_is_answered_by_what_the_tool_costs(assistant):
    first = assistant.ask("WA툴로 리뷰 돌리면 돈 나감?").answer.splitlines()[0]
    assert "무료" in first


def test_a_second_part_about_technical_cases_is_not_asked_of_the_feature_before(assistant):
    answer = assistant.ask("TAM 없는 플랜 뭐뭐임? 그리고 basic은 기술 케이스 열수 있음?").answer
    assert "3개" in answer.splitlines()[0] and "기술 지원 케이스를 열 수 없습니다" in answer


def test_a_first_part_asking_which_plans_leads_with_them(assistant):
    lines = assistant.ask(
        "which plans DON'T have the business-critical sev? and is unified ops pricing public?"
    ).answer.splitlines()
    assert "do not include a business-critical" in lines[0]
    assert any(x.startswith("- Unified Operations") and "ask AWS" in x for x in lines[1:])


def test_an_amount_said_to_be_too_much_is_a_budget_under_it(assistant):
    answer = assistant.ask(
        "should we sign up for Enterprise On-Ramp now? we want a TAM but 15k/mo for ent is too much tbh"
    ).answer
    assert "under $15,000" in answer and "Recommended plan: Enterprise" not in answer


def test_a_word_only_a_lower_passage_of_the_same_document_holds_is_said_in_the_askers_language(assistant):
    first = assistant.ask("does the WA tool integrate w/ jira?").answer.splitlines()[0]
    assert "Jira" in first and not HANGUL.search(first)


def test_an_email_received_is_no_channel_wanted_and_the_move_leads(assistant):
    answer = assistant.ask(
        "we're on Enterprise On-Ramp rn. do we have to file a ticket ourselves to get switched before 1/1, "
        "or we just lose support? nobody here remembers getting any email tbh"
    ).answer
    assert "need not take any action" in answer.splitlines()[0]
    assert "Recommended plan: Enterprise Support" in answer and "Business Support+**" not in answer


def test_at_the_end_is_no_end_date_asked(assistant):
    answer = assistant.ask(
        "my director thinks the Well-Architected review is basically an audit and we get a pass/fail at the end. "
        "is that how it works?"
    )
    # (line 1 corrects the belief, by the audit or by the grade: two sentences of one passage, close in score)
    first = answer.answer.splitlines()[0]
    assert not answer.abstained and ("not an audit" in first or "not a pass or fail" in first)
    assert "not an audit" in answer.answer


def test_a_cap_asked_is_answered_by_the_limit_not_by_a_year_or_a_quarter(assistant):
    first = assistant.ask(
        "we save a WA Tool milestone every sprint for each workload, ~26 a year. is there a cap on milestones per "
        "workload? dont want it to start failing in year 3"
    ).answer.splitlines()[0]
    assert "100 milestones" in first


def test_a_figure_said_before_asking_to_confirm_it_is_what_is_asked(assistant):
    answer = assistant.ask("someone said BS+ is still $29/mo minimum same as Developer. can u confirm?").answer
    assert "$129" in answer and "at $29 of monthly AWS usage" not in answer
