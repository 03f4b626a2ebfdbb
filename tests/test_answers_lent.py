"""Answers through the whole chain (real store, real models) to what a turn lends the next and what a message says
beside its question: a name from an answered turn, a bill said roughly, a move to the plan after a retiring one, a
reason or a scene around the question, a name with a "+" typed after it, an expiry asked as a date."""

from __future__ import annotations

import pytest

from assistant.answer.coverage import names_in
from assistant.answer.question import read_question
from assistant.types import Turn


def test_a_name_lent_by_a_turn_that_was_answered_declines_nothing_later(chat):
    answer = chat(
        "fintech on ECS, we're on ES already. besides the plan itself what paid add-ons does AWS Support sell on top?",
        "the first one - what response time does it promise and whats the monthly floor",
    )
    assert not answer.abstained, answer.answer
    assert "5-minute" in answer.answer and "$7,000" in answer.answer


def test_a_bill_said_roughly_prices_the_plan_and_a_move_to_the_replacement_prices_that_one(chat):
    first = "sister acct is on EOR w/ about 52k usage. what's the support line gonna be on the dec bill?"
    answer = chat(first)
    assert "$5,500 a month at $52,000" in answer.answer.splitlines()[0]
    moved = chat(first, "and once they get moved to the other one?")
    assert "$15,000 a month at $52,000" in moved.answer, moved.answer


def test_a_korean_move_to_a_plan_asks_of_it_what_the_turn_before_asked(chat):
    answer = chat(
        "우리 아직 Business 플랜이고 AWS usage 월 5만 달러쯤 나와. 지금 서포트비 한 달에 얼마 나가는 거야?",
        "엔터프로 바로 가면? usage 똑같이 5만 기준. 그리고 TAM 전담으로 붙는 거 맞지?",
    )
    assert "$15,000" in answer.answer and "지정 TAM" in answer.answer, answer.answer


def test_an_everyday_word_after_a_plan_s_short_name_names_no_plan(assistant):
    q = read_question(
        "client dashboards are all CPU graphs. OE pillar — what biz level metrics does it give as examples of what "
        "they should be watching instead?",
        assistant.aliases,
    )
    assert "business" not in q.entities and "operational-excellence" in q.entities


def test_cheapest_first_orders_a_list_and_asks_no_price(assistant):
    answer = assistant.ask("DR 전략 옵션 뭐뭐 있었지? RTO/RPO 보고 고르라는 그거. 싼 거부터")
    assert not answer.abstained, answer.answer
    assert "파일럿 라이트" in answer.answer and "웜 스탠바이" in answer.answer


def test_a_reason_said_after_a_yes_no_question_asks_no_length_of_time(assistant):
    q = read_question(
        "REL05 쪽에 fail fast도 BP로 들어가있어? 우리 서버가 다운스트림 죽으면 타임아웃까지 그냥 기다리거든",
        assistant.aliases,
    )
    assert not {"duration", "limit"} & set(q.facets)


def test_a_plus_typed_after_a_plan_s_name_makes_a_plan_that_does_not_exist(assistant):
    answer = assistant.ask("Enterprise Support+ 라는 새 플랜이 2027년에 나온다던데 월 최소 요금이 얼마예요?")
    assert answer.abstained and "Enterprise Support+" in answer.answer
    assert not assistant.ask("Business Support+ 얼마?").abstained


def test_another_provider_asked_about_with_aws_only_in_why_it_is_asked_is_declined(assistant):
    answer = assistant.ask(
        "구글 클라우드 Architecture Framework에도 지속 가능성 pillar가 따로 있나요? "
        "AWS 6개 pillar랑 1:1로 맞춰 보고 싶대요."
    )
    assert answer.abstained and "구글 클라우드" in answer.answer


def test_whether_a_thing_no_passage_prices_is_free_is_declined(assistant):
    assert assistant.ask("is cost anomaly detection free?").abstained
    answer = assistant.ask("is the wa tool free?")
    assert not answer.abstained and "free" in answer.answer.splitlines()[0]


def test_an_expiry_is_answered_by_how_long_a_thing_is_valid(assistant):
    assert "three years" in assistant.ask("do aws certs expire?").answer.splitlines()[0]
    assert "3년" in assistant.ask("자격증 만료됨?").answer.splitlines()[0]
    both = assistant.ask(
        "do aws certs expire? and does the partner having certified ppl actually matter for their tier"
    )
    assert "three years" in both.answer and "tier requirements" in both.answer, both.answer


def test_an_acronym_s_plural_is_said_in_capitals():
    assert not names_in("we sell SaaS on AWS", ["SAA"])
    assert names_in("two SLAs", ["SLA"]) and names_in("SaaS products", ["SaaS"])


def test_a_plan_named_in_the_reason_after_the_question_is_not_what_is_asked(chat):
    answer = chat(
        "마켓플레이스에 쓰려는 로그 분석 툴이 AMI랑 SaaS 둘 다 올라와있던데 뭘 기준으로 골라?",
        "그 툴 장애나면 AWS 서포트 케이스로 열면 되는거지? 우리 엔터프 갈 거니까",
    )
    assert "판매자" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "first_line_says"),
    [
        # a count said in the clause that sets the scene is not asked
        ("런칭 때 critical 워크로드 몇 개에 IDR 붙일까 하는데 그거 애드온 가격 어떻게 돼?", "$7,000"),
        # the monthly support line at a stated usage is worked out
        (
            "ballpark for the budget deck: if we go Enterprise Support and AWS usage is ~$200k/mo, "
            "what's the monthly support line?",
            "$18,500",
        ),
        # "in the price" asks whether an item is included
        ("and a plain business support acct — is IEM in the price?", "extra cost"),
        # a count of a thing typed as its acronym is met by its full name
        ("how many IEMs a year on enterprise on-ramp?", "one Infrastructure Event Management"),
        # a workplace acronym in the scene after a request is no unknown subject
        ("APN paths — list them pls. client procurement still writes 'consulting partner' in RFPs", "5 Partner Paths"),
        # an exam the Korean summaries never name is read from the English one
        ("팀원들 SAA 따게 하고 응시는 회사가 지원해줄 생각임. 따면 몇년 유효해? 갱신주기 보고 예산 잡을거라", "3년"),
        # a move to a plan asked at a stated bill asks what the plan would cost there
        ("what if we move to enterprise? usage is 50k", "$15,000 a month at $50,000"),
        ("엔터프라이즈로 옮기면? 월 사용액 5만불", "$15,000"),
        # a question word typed without its apostrophe asks a part of its own
        (
            "new client acct only on basic. can they open a technical case at all? whats the response target",
            "cannot open technical cases",
        ),
    ],
)
def test_what_a_message_says_around_its_question_does_not_change_what_is_asked(assistant, question, first_line_says):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.answer
    assert first_line_says in answer.answer.splitlines()[0], answer.answer


def test_a_note_line_never_leads_where_a_summary_answers_a_question_not_about_the_notes(assistant):
    answer = assistant.ask("마켓플레이스에서 산 방화벽 AMI 설정 꼬였는데 aws support 케이스 열어서 물어보면 되나?")
    assert not answer.abstained, answer.answer
    assert not answer.answer.startswith("노트에 적은 대로"), answer.answer
    notes = assistant.ask("what did my notes say about right sizing?")
    assert notes.answer.startswith("As your notes put it"), notes.answer


def test_a_part_asked_of_another_provider_alone_is_declined(assistant):
    answer = assistant.ask(
        "we're multi-cloud. azure's well-architected framework — how many pillars does it have, and which of AWS's "
        "six doesn't have an azure equivalent?"
    )
    assert answer.abstained and "azure" in answer.answer.splitlines()[0], answer.answer
    # (AWS asked about with the other provider only in the asker's situation is answered)
    assert not assistant.ask("we also run on azure. how many pillars does the aws framework have?").abstained


def test_a_plus_name_followed_by_a_korean_particle_is_a_plan_that_does_not_exist(assistant):
    answer = assistant.ask("1월에 Developer 없어지면 Developer Support+로 넘어가라던데 그거 월 얼마임?")
    assert answer.abstained and "Developer Support+" in answer.answer, answer.answer
    assert not assistant.ask("Business Support+로 넘어가면 월 얼마임?").abstained


def test_a_thing_pointed_at_by_its_noun_after_a_declined_turn_is_answered(assistant):
    """ "that AMI" after a declined fee on an m5.xlarge points at the product, which the corpus knows: who supports
    it is answered, and the instance type it lacked is not said to be missing again."""
    history: list[Turn] = []
    for question in (
        "need a firewall appliance this week. is marketplace the way to go?",
        "what's the hourly software fee for the Palo Alto VM-Series AMI on an m5.xlarge in Seoul?",
    ):
        history.append(Turn(question, assistant.ask(question, history).answer))
    assert "m5.xlarge" in history[-1].answer.splitlines()[0], history[-1].answer
    answer = assistant.ask("ok. if that AMI misbehaves, do we raise it with AWS Support or the vendor?", history)
    assert not answer.abstained and "m5.xlarge" not in answer.answer, answer.answer
