"""Figures read and worked out: fractions said in words, several bills, the spend where a plan's percentage takes
over, a plan's own severities, price gaps across a conversation; and ids asked of a scene the turn points at
(real store, real models)."""

from __future__ import annotations

import pytest

from assistant.answer.question import read_question
from assistant.answer.review_questions import checks_a_guess
from assistant.knowledge.aliases import load_aliases
from assistant.knowledge.catalog import load_catalog
from assistant.recommend.checks import break_even
from assistant.recommend.reader import money, spelt_figure, stated_bills
from tests.conftest import CORPUS, talk


@pytest.fixture(scope="module")
def aliases():
    return load_aliases(CORPUS)


def test_a_fraction_said_in_words_is_read():
    assert spelt_figure("one point five") == 1.5
    assert spelt_figure("six and a half") == 6.5
    assert spelt_figure("two fifty") == 250
    said = money("usage is ~one point five mil/mo now, three point five mil/mo next year", 1400.0)
    assert [m.usd for m in said] == [1_500_000, 3_500_000]
    # (a bill after "this month" and before a full stop is still the bill; so is one "we're at", or "청구")
    assert [m.usd for m in money("usage this month ~six and a half k. is it 29 bucks?", 1400.0)][0] == 6_500
    said = money("this month we're at one point two mil, next yr forecast is two and a half mil/mo", 1400.0)
    assert [m.usd for m in said] == [1_200_000, 2_500_000]
    assert [m.usd for m in money("이번달 청구 six and a half k 나왔는데 얼마임?", 1400.0)] == [6_500]


def test_every_bill_stated_is_read_but_a_budget_or_a_floor_is_not():
    text = "usage 1.5M/mo now, 3.5M/mo next year. support budget for next yr is 140k/mo. beats the $29 floor?"
    assert [m.usd for m in stated_bills(text, 1400.0)] == [1_500_000, 3_500_000]


def test_a_bill_the_invoice_shows_and_one_in_words_with_a_fraction_are_read_and_a_budget_line_is_not(aliases):
    assert (
        read_question("bill says four point two k usage this month", aliases).text == "bill says 4.2 k usage this month"
    )
    assert [m.usd for m in stated_bills("bill says 4.2 k usage this month", 1400.0)] == [4_200]
    text = "aws usage ~four hundred fifty k/mo, and they put 35k/mo in the budget for support. do they fit?"
    assert [m.usd for m in stated_bills(text, 1400.0)] == [450_000]


def test_the_support_line_of_a_months_bill_and_a_budget_fit_ask_the_price(assistant):
    first = assistant.ask(
        "finance. one acct is still on enterprise on-ramp, usage is about seventy thousand a month. "
        "what's the support line this month?"
    ).answer.splitlines()[0]
    assert "$7,000" in first and "$70,000" in first
    first = assistant.ask(
        "customer's on ES, aws usage ~four hundred fifty k/mo, and they put 35k/mo in the budget for support. "
        "do they fit? exact number pls"
    ).answer.splitlines()[0]
    assert "$36,000" in first and "$450,000" in first


def test_the_spend_where_the_percentage_takes_over_from_the_minimum():
    plans = {p.id: p for p in load_catalog(CORPUS).support_plans.plans}
    assert round(break_even(plans["developer"].price)) == 967
    assert break_even(plans["business"].price) == 1_000
    assert break_even(plans["enterprise"].price) == 150_000
    assert break_even(plans["basic"].price) is None  # (free: no percentage ever takes over)


def test_a_break_even_question_is_answered_with_that_spend(assistant):
    first = assistant.ask(
        "on dev support, usage about a grand a month. at what monthly usage does the 3% start beating the $29 floor?"
    ).answer.splitlines()[0]
    assert first.startswith("Developer Support:") and "$967" in first
    # (an amount exceeded, "최소요금 $29 넘어감", is no move to another plan; "사용량 얼마" asks no size)
    q = "developer plan은 월 사용량 얼마부터 3%가 최소요금 $29 넘어감?"
    first = assistant.ask(q).answer.splitlines()[0]
    assert first.startswith("Developer Support:") and "$967" in first


def test_each_bill_stated_gets_its_price(assistant):
    answer = assistant.ask(
        "we're on ES, usage is ~one point five mil/mo now and three point five mil/mo next year. "
        "support budget for next yr is 140k/mo, does that hold? need both monthly fees"
    ).answer
    assert "$79,500" in answer.splitlines()[0]
    assert "$139,500" in answer and "not scheduled to end" not in answer.splitlines()[0]


def test_a_plans_own_severities_are_counted(assistant):
    lines = assistant.ask("how many severity levels does BS+ have?").answer.splitlines()
    assert lines[0].startswith("Business Support+ offers 4 severity levels")
    assert not any("business-critical" in x for x in lines)
    first = assistant.ask("비즈니스 서포트 플러스 심각도 몇 단계임?").answer.splitlines()[0]
    assert "4가지" in first
    # (a plan word beside severities is the plan)
    assert "Developer Support" in assistant.ask("what severity levels are there on developer?").answer.splitlines()[0]


def test_a_gap_to_the_plan_moved_to_is_worked_at_the_talks_bill(assistant):
    answers = talk(
        assistant,
        "우리 계정은 Enterprise On-Ramp이고 월 AWS 사용액이 약 6만 2천 달러입니다. 이번 달 Support 요금은 얼마인가요?",
        "Enterprise Support로 자동 전환되면 그 요금은 얼마가 되고, 지금보다 매달 얼마를 더 내게 되나요?",
    )
    assert "$6,200" in answers[0].splitlines()[0]
    assert "$8,800" in answers[1].splitlines()[0] and "$15,000" in answers[1]
    answers = talk(
        assistant,
        "비즈니스 서폿 쓰는중 월사용 4만5천불 정도임 이번달 얼마나옴?",
        "엔터프라이즈면? 비즈니스랑 월 차이 얼마",
    )
    assert "$11,550" in answers[1].splitlines()[0]


def test_an_id_asked_of_the_scene_pointed_at(assistant):
    answers = talk(
        assistant,
        "몇 년 전에 고른 인스턴스 세대 그대로 쓰고 있었고 사이즈도 감으로 잡았음 ㅋㅋ "
        "PERF 안티패턴 중에 사이징 얘기 뭐뭐 있음?",
        "그거 고치는 건 PERF 몇 번 질문임?",
    )
    assert answers[1].startswith("PERF02")
    # (a turn that describes its own topic is read by its own words, whatever it points at)
    answers = talk(
        assistant,
        "REL pillar에서 재해 복구(DR)랑 복원력 테스트 쪽으로 꼽는 AWS 서비스 뭐뭐야?",
        "ㅇㅋ 그럼 백업 자체 묻는 건 REL 몇 번임? 복원 한 번도 안 해본 거 거기 적어야 돼서",
    )
    assert answers[1].startswith("REL09")


def test_a_guess_typed_after_a_description_is_checked(aliases):
    assert checks_a_guess(
        read_question("trimming oversized EBS volumes + cutting cross-region data? SUS05 right?", aliases)
    )
    # (an area said as the place of the id places it)
    assert not checks_a_guess(read_question("is SEC03 in the data protection area?", aliases))


def test_a_sentence_leading_in_to_examples_is_followed_by_them(assistant):
    answer = assistant.ask("what examples does WA give of practices that help several pillars at once?").answer
    lines = answer.splitlines()
    assert lines[0].startswith("Many practices")
    assert "Infrastructure as code" in lines[1] and "Managed services" in answer


def test_a_program_named_beside_another_subject_is_read_from_its_own_section(assistant):
    answer = assistant.ask("AWS Marketplace도 WA Tool처럼 Well-Architected Framework 도구 중 하나임?").answer
    assert answer.startswith("Marketplace는 Well-Architected Framework와 직접 연결된 도구는 아니")


def test_the_two_pillars_named_in_the_scene_are_summed(assistant):
    first = assistant.ask(
        "COST랑 SUS가 방향이 거의 같다길래 WAFR 세션 하나로 묶어서 돌리려는데, 두 pillar 질문 합치면 총 몇 개임?"
    ).answer.splitlines()[0]
    assert "17개" in first


def test_the_next_pillar_after_the_extreme_is_named_when_asked(assistant):
    lines = assistant.ask("which pillar has the fewest qs, and whats the 2nd smallest?").answer.splitlines()
    assert lines[0].startswith("The pillar with the fewest questions: Performance Efficiency, with 5")
    assert lines[1].startswith("- Next after it: Sustainability, with 6 questions.")
    # (not asked: no next line)
    assert "Next after it" not in assistant.ask("which pillar has the fewest questions?").answer


def test_a_count_of_a_pillars_parts_is_asked_of_the_pillar_not_of_a_principle_named_before(assistant):
    answers = talk(
        assistant,
        "노트에 PERF 설계원칙을 '고급기술 써야됨, 몇분안에 전세계 배포' 이런 식으로 적어놔서 엉망임. "
        "현행판 정식 이름 5개 다 알려줘",
        "그거 BP 영역은 몇 개고 질문은 총 몇 개임?",
    )
    assert answers[1].startswith("성능 효율성(Performance Efficiency) 원칙의 모범 사례 영역은 5가지입니다.")
    assert "5개(PERF01~PERF05)" in answers[1]


def test_whether_a_plans_price_at_the_bill_fits_a_budget_is_a_figure_not_advice(assistant):
    first = assistant.ask(
        "엔터프라이즈 서포트 쓰는데 월 사용액 7만불이면 예산 3만5천불 안에 들어옴?"
    ).answer.splitlines()[0]
    assert "$15,000" in first and "$35,000 이내" in first and "추천" not in first


def test_a_forecast_bill_is_a_bill_and_whats_the_support_bill_asks_its_price(assistant):
    """ "usage forecast for jan is eight hundred k": the bill foreseen; "whats the support bill" (no apostrophe)."""
    first = assistant.ask(
        "we're on ES, usage forecast for jan is eight hundred k. whats the support bill w/ the tiers?"
    ).answer.splitlines()[0]
    assert "$54,500" in first and "$800,000" in first, first


def test_a_bill_said_as_where_we_will_be_is_a_bill(assistant):
    """ "we'll be at ninety k next month": the bill foreseen, priced on the plan named."""
    first = assistant.ask(
        "heads up we'll be at ninety k next month on business support. whats the support bill"
    ).answer.splitlines()[0]
    assert "$6,400" in first and "$90,000" in first, first


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        # a bill said as where it is heading, and the plan's line for a month named
        (
            "still on business suport til it gets retired jan 1. december usage is tracking ~ninety-five k. exact "
            "support line for dec?",
            ("$6,650", "$95,000"),
        ),
        # what a plan is "costing us" at the stated usage
        (
            "we're on Business today and usage runs about two hundred thirty k a month. what is Business actually "
            "costing us per month at that level?",
            ("$13,400", "$230,000"),
        ),
        # ("what will the support bill be")
        (
            "we're on the old Business support plan and usage is trending at one hundred ten k a month, what will "
            "the support bill be roughly?",
            ("$7,400", "$110,000"),
        ),
        # (an account "not moved yet" off the plan is its setting, no move asked)
        (
            "아직 EOR에서 안 옮겨진 계정 하나 있는데 이번 달 사용액 8만 3천 달러 나옴. EOR 서포트비 얼마 찍혀?",
            ("$8,300",),
        ),
    ],
)
def test_the_price_of_the_plan_one_is_on_at_the_bill_leads(assistant, question, figures):
    first = assistant.ask(question).answer.splitlines()[0]
    assert all(f in first for f in figures), first


def test_what_the_bill_comes_to_is_worked_out(assistant):
    first = assistant.ask(
        "we're on Business Support and AWS spend is about 50k a month. what does the support bill come to?"
    ).answer.splitlines()[0]
    assert "$3,800" in first, first


def test_a_count_of_best_practices_is_not_answered_by_the_areas(assistant):
    # the areas are introduced by "four best-practice areas (REL01 to REL13):", no count of best practices
    answer = assistant.ask("how many best practices does reliability have?")
    assert answer.abstained and "best practices" in answer.answer, answer.answer


def test_a_faster_add_on_bolted_on_is_the_five_minute_one(assistant):
    for asked in (
        "15 min is still too slow for a couple of our critical workloads. anything faster we can bolt on?",
        "15분 응답도 느림 ㅋㅋ 더 빨리 받게 붙일 수 있는 거 있음?",
    ):
        first = assistant.ask(asked).answer.splitlines()[0]
        assert "Incident Detection and Response" in first, first


def test_an_events_next_date_is_a_figure_to_state_or_decline(assistant):
    assert assistant.ask("AWS에서 여는 GameDay 행사(팀 대항전) 다음 서울 일정 언제야? 팀 데리고 나가보게").abstained
    assert not assistant.ask("게임데이 일정은 언제 잡는게 좋아?").abstained


def test_the_gap_between_two_plans_prices_is_worked_out_with_words_between(chat):
    answer = chat(
        "월 AWS 사용액이 12만 달러인데, 비즈니스 서포트랑 엔터프라이즈 서포트 요금 차이가 한 달에 얼마인가요?"
    )
    assert "$7,100" in answer.answer.splitlines()[0], answer.answer


def test_a_count_asked_of_those_or_in_a_container_counts_the_thing_talked_of(chat):
    follow = chat("what's a milestone in the WA tool?", "how many of those can one workload hold?")
    assert "100" in follow.answer.splitlines()[0], follow.answer
    ko = chat("마일스톤 하나 워크로드에 몇개까지 저장됨?")
    assert "100" in ko.answer.splitlines()[0], ko.answer


def test_the_gap_between_two_plans_response_targets_is_worked_out(chat):
    ko = chat("biz critical 장애 났을때 EOR vs ES first response 몇분 차이남?")
    assert "차이는 15분" in ko.answer.splitlines()[0], ko.answer
    en = chat("how much faster is ES than EOR for business-critical system down?")
    assert "gap of 15 minutes" in en.answer.splitlines()[0], en.answer
