"""Answers through the whole chain (real store, real models) to questions where one thing is only the condition or
the setting of what is asked: a plan needed to use a tool, a timeout named as a practice, a date of something still
to come, another provider's framework, the words people type for the summaries' terms."""

from __future__ import annotations

import pytest

from assistant.answer.question import read_question


@pytest.mark.parametrize(
    "question",
    [
        "do I need enterprise support to use the well-architected tool?",
        "WA툴은 엔터프라이즈 서포트 있어야 쓸 수 있는 유료 툴 맞지? 예산 잡아야 해서",
    ],
)
def test_a_plan_needed_to_use_a_tool_is_answered_about_the_tool(assistant, question):
    first = assistant.ask(question).answer.splitlines()[0]
    assert "Enterprise Support" not in first
    assert any(w in first for w in ("free", "무료"))


@pytest.mark.parametrize(
    "question",
    [
        "is a private marketplace the same thing as a private offer? our procurement guy keeps mixing them up",
        "프라이빗 마켓플레이스랑 프라이빗 오퍼 같은 거 아님?",
    ],
)
def test_two_things_likened_are_each_defined(assistant, question):
    assert read_question(question, assistant.aliases).kind == "definition"
    lines = assistant.ask(question).answer.splitlines()
    assert lines[0].startswith("Private Marketplace")
    assert "private offer" in lines[1]


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("REL05에 fail fast도 들어가? 팀에서 타임아웃 길게 잡고 버티자는 쪽이라 근거 좀 찾는 중", False),
        ("REL05 답변 채우는 중인데 fail fast 패턴도 여기 해당되는 거 맞죠? 타임아웃이랑 재시도 말고요", False),
        ("our checkout calls the payment gateway with no timeout set at all. what runs out?", False),
        ("lambda timeout?", True),
        ("람다 타임아웃 몇 분까지 돼?", True),
        ("what is the max lambda timeout", True),
    ],
)
def test_a_timeout_is_a_figure_asked_only_when_its_value_is(assistant, question, asked):
    facets = read_question(question, assistant.aliases).facets
    assert ("limit" in facets or "duration" in facets) is asked


def test_as_much_as_possible_asks_no_maximum(assistant):
    question = (
        "trusted advisor 비용 검사 전부 보고 싶은데 basic이나 developer로도 되나요? 서포트비 최대한 아끼고 싶어서요"
    )
    assert "limit" not in read_question(question, assistant.aliases).facets
    answer = assistant.ask(question)
    assert not answer.abstained
    assert "Basic Support" in answer.answer.splitlines()[0]


def test_a_hard_cap_is_a_limit_the_corpus_does_not_state(assistant):
    answer = assistant.ask("what's the hard cap on custom lenses per account in the WA tool? we want ~60 of them")
    assert answer.abstained


@pytest.mark.parametrize(
    "question",
    [
        "다음 Well-Architected 프레임워크 개정판 언제 나와요? 감사 일정 거기 맞춰서 잡으려고요",
        "when's the next edition of the well-architected framework coming out?",
    ],
)
def test_a_date_still_to_come_is_not_answered_by_one_that_passed(assistant, question):
    answer = assistant.ask(question)
    assert answer.abstained
    assert "2015" not in answer.answer


def test_an_event_named_beside_a_budget_is_not_sent_to_the_plan_advisor(assistant):
    answer = assistant.ask("리인벤트 2027 날짜 나왔나요? 새 서포트 플랜 세부 내용 거기서 나올지 보고 예산 잡으려고요")
    assert answer.intent != "support_plan"
    assert answer.abstained


def test_a_part_after_another_providers_names_nothing_of_aws(assistant):
    answer = assistant.ask("애저에도 Well-Architected 같은 프레임워크 있지? 이름이랑 pillar 몇 개인지 알려줘")
    assert answer.abstained
    assert "운영 우수성" not in answer.answer
    # (a part that names AWS's own pillar is still answered)
    both = assistant.ask("does azure have a well-architected framework? and what does the AWS reliability pillar say?")
    assert not both.abstained


def test_what_a_tam_does_is_asked_through_two_adverbs(assistant, chat):
    answer = chat(
        "we need a 15 min first response when a business-critical system is down. which plans give that?",
        "nice. could that TAM also just run our db migration for us? we're really short on hands",
    )
    assert not answer.answer.startswith("Yes")
    assert "Professional Services" in answer.answer.splitlines()[0]


@pytest.mark.parametrize(
    ("question", "qid"),
    [
        ("서비스 쿼터 모니터링하고 failover 때 쓸 여유분 남겨두는 거, WA에선 어느 필라 몇번 질문 소관임?", "REL01"),
        ("우리 포스트모템이 완전 범인 찾기 분위기인데 ㅋㅋ WA에선 이거 어느 질문에서 다뤄?", "OPS11"),
    ],
)
def test_a_loanword_is_met_by_the_summaries_term_when_an_id_is_asked(assistant, question, qid):
    assert assistant.ask(question).answer.splitlines()[0].startswith(qid)


@pytest.mark.parametrize(
    ("question", "facet", "present"),
    [
        ("COST07 is the pricing-model one right? which models does it have you choose between", "price", False),
        ("멀티테넌트 SaaS 만드는 중인데 요금제별 티어링 설계 같은 것도 SaaS 렌즈가 다뤄?", "price", False),
        ("서포트 요금제 얼마야?", "price", True),
        ("hmm our batch peaks are monthly tho. can it look further back than that?", "extend", True),
        # "얼마 안 돼서": not long since, no price
        ("CDK는 정확히 뭐 하는 거예요? 입사한 지 얼마 안 돼서 ㅠ", "price", False),
        ("얼마 전에 바뀐 서포트 플랜 요금 얼마야?", "price", True),
        ("we're still on Enterprise On-Ramp. what are we actually paying for EOR each month?", "price", True),
        ("what do u pay for?", "price", False),
    ],
)
def test_what_a_word_asks(assistant, question, facet, present):
    assert (facet in read_question(question, assistant.aliases).facets) is present
