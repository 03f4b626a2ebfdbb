"""Catalog facts across plans and by name: features, prices at a spend, principles, areas, tiers."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from assistant.answer.facts import Knowledge, fact_lines
from assistant.answer.question import read_question
from assistant.knowledge.aliases import load_aliases
from assistant.recommend.reader import stated_bill
from tests.conftest import CORPUS


def monthly_spend(text: str, krw_per_usd: float) -> float | None:
    """The AWS bill a question states, in USD, as the facts read it (`stated_bill`)."""
    bill = stated_bill(text, krw_per_usd)
    return bill.usd if bill is not None else None


@pytest.fixture(scope="module")
def ctx():
    return load_aliases(CORPUS), Knowledge.load(CORPUS, dt.date(2026, 11, 30))


def answer_lines(ctx, text: str):
    aliases, knowledge = ctx
    return fact_lines(read_question(text, aliases), knowledge)


def first(ctx, text: str):
    return answer_lines(ctx, text)[0]


def test_plans_with_and_without_a_feature_skip_unconfirmed_ones(ctx):
    with_tam = first(ctx, "TAM 있는 플랜 뭐야")
    assert [i.split(" (")[0] for i in with_tam.items] == ["Enterprise On-Ramp Support", "Enterprise Support"]
    without = first(ctx, "which support plans do NOT include a TAM")
    assert "Basic Support" in without.items and not any("Unified" in i or "Support+" in i for i in without.items)


def test_a_severity_code_asked_after_a_plans_target_is_the_code(ctx):
    aliases, knowledge = ctx
    turn = "whats that severity called in the support API? our case bot needs the code"
    lent = "unified ops prod system impaired first response target " + turn
    q = replace(read_question(lent, aliases), typed=turn)
    assert "high" in fact_lines(q, knowledge)[0].text


def test_plans_the_sources_leave_open_are_named_as_open_beside_either_list(ctx):
    # ("which plans DON'T have a TAM?": Business Support+ is in neither list, and the answer says why)
    for asked, word in (("which plans DON'T have a TAM?", "do not confirm"), ("TAM 없는 플랜은?", "확인되지 않")):
        lines = answer_lines(ctx, asked)
        open_ = next(x.text for x in lines if word in x.text)
        assert "Business Support+" in open_ and "Unified Operations" in open_, [x.text for x in lines]
    assert not any("confirm" in x.text for x in answer_lines(ctx, "which plans are ending?"))


@pytest.mark.parametrize(
    ("text", "spend"),
    [
        ("$20k a month", 20_000),
        ("spending 20,000 dollars", 20_000),
        ("", None),
        # (a scale in words, and a figure in words before one)
        ("spend is like 1.2 mil/mo and we're on ES", 1_200_000),
        ("bill is about $1.2 million", 1_200_000),
        ("usage is like four grand a month", 4_000),
        ("ES at 2m a month", 2_000_000),
        ("we have five engineers", None),
        ("$100 minimum", None),
        # (hundreds in words, tens spelt in Korean, a particle after the scale, a bill said to grow "up to" a figure)
        ("we burn roughly seven hundred k/mo", 700_000),
        ("이번달 사용액 십이만 불 나옴", 120_000),
        ("월 사용액 35k쯤인데", 35_000),
        ("월 사용액이 약 120만 달러까지 늘 것 같음", 1_200_000),
        # (a cap on the support fee beside the bill is no bill)
        ("twenty grand a month max for support. usage is ~250k/mo", 250_000),
    ],
)
def test_monthly_spend(text, spend):
    assert monthly_spend(text, 1450.0) == spend


def test_price_at_a_stated_spend_uses_the_tiers(ctx):
    assert "$1,700" in first(ctx, "What would Business Support cost for an account spending $20,000 a month?").text


def test_principles_and_areas_by_name(ctx):
    assert "SEC07, SEC08, SEC09" in first(ctx, "데이터 보호는 질문 번호 뭐야?").text
    assert "Security" in first(ctx, "what does maintain traceability mean").text
    tiers = first(ctx, "서비스 경로 티어는?")
    assert [i.split(":")[0] for i in tiers.items] == ["Registered", "Select", "Advanced", "Premier"]


def test_plans_with_a_feature_honour_negation_superlatives_and_channels(ctx):
    assert first(ctx, "온램프 말고 TAM 주는 플랜 뭐있음").items == ("Enterprise Support (지정 TAM)",)
    cheapest = first(ctx, "TAM 있는 플랜중 젤 싼거?")
    assert "Enterprise On-Ramp Support" in cheapest.text and "$5,500" in cheapest.text
    assert first(ctx, "which plan gives a dedicated TAM").text.endswith(": Enterprise Support.")
    phone = first(ctx, "which support plans get 24/7 phone support")
    assert [i.split(" (")[0] for i in phone.items] == [
        "Business Support",
        "Enterprise On-Ramp Support",
        "Enterprise Support",
    ]


def test_an_add_on_has_its_own_price(ctx):
    assert "$7,000" in first(ctx, "incident detection and response price?").text
    assert "$7,000" in first(ctx, "IDR 가격").text


@pytest.mark.parametrize(
    ("text", "spend"), [("월 사용량 20만불이면", 200_000), ("if my bill is 50k/mo", 50_000), ("5천 달러", 5_000)]
)
def test_monthly_spend_in_informal_amounts(text, spend):
    assert monthly_spend(text, 1450.0) == spend


def test_the_cheapest_of_several_plans_leads(ctx):
    line = first(ctx, "enterprise on-ramp and enterprise support: which is cheapest")
    assert line.text.startswith("The cheapest of these is Enterprise On-Ramp Support")


def test_a_korean_particle_is_not_a_digit():
    assert monthly_spend("월 사용량이 천만원이면", 1000.0) == 10_000


def test_a_question_id_names_its_area(ctx):
    assert first(ctx, "SEC01 뭐임").text.startswith("SEC01은 보안(Security)의 보안 기반 영역")
    assert "Workload architecture" in first(ctx, "what is REL05 about").text


def test_a_yes_no_question_about_one_plans_feature_says_yes_or_no(ctx):
    assert first(ctx, "Does Developer support include phone?").text.startswith("No.")
    assert first(ctx, "엔터프라이즈 전화 지원 돼?").text.startswith("네.")
    assert first(ctx, "is trusted advisor full check in dev plan").text.startswith("No.")


def test_what_a_plan_includes_is_its_whole_profile(ctx):
    lines = answer_lines(ctx, "엔터프라이즈 서포트 혜택 목록")
    text = "\n".join(x.text for x in lines)
    assert "TAM" in text and "채널" in text and "$15,000" in text and "Trusted Advisor" in text
    # a feature asked by name is answered alone: its line, the plans that have it instead, the end date
    lines = answer_lines(ctx, "does business support include a TAM")
    assert len(lines) <= 3 and "price" not in " ".join(x.text for x in lines).lower()


def test_a_plan_without_the_feature_asked_names_the_plans_that_have_it(ctx):
    lines = answer_lines(ctx, "does business support+ include a TAM?")
    assert "not confirmed" in lines[0].text
    assert lines[1].text.startswith("2 plans include") and [i.split(" (")[0] for i in lines[1].items] == [
        "Enterprise On-Ramp Support",
        "Enterprise Support",
    ]
    lines = answer_lines(ctx, "개발자 플랜도 트러스티드 어드바이저 전체 검사 돼?")
    assert "Enterprise Support" in " ".join(lines[1].items) and "Developer" not in " ".join(lines[1].items)
    # a plan that has it needs no such line
    lines = answer_lines(ctx, "does enterprise support include a TAM?")
    assert not any(x.items for x in lines)


def test_the_top_tier_leads_when_asked(ctx):
    assert first(ctx, "what is the highest services path tier").text.startswith("The top Services Path tier is Premier")


@pytest.mark.parametrize("text", ["how many severity levels does aws support have", "심각도 종류 뭐뭐 있어?"])
def test_the_severities_are_listed_whole_lowest_first_in_both_languages(ctx, text):
    line = first(ctx, text)
    assert len(line.items) == 5 and "5" in line.text
    assert line.items[0].startswith(("general guidance", "일반 안내")) and "(" in line.items[0]
    assert line.items[-1].startswith(("business-critical", "비즈니스 크리티컬"))


def test_a_severity_asked_of_a_plan_or_for_its_meaning_is_not_the_list(ctx):
    assert answer_lines(ctx, "what is a severity?") == [] or not any(
        "severity levels" in f.text for f in answer_lines(ctx, "what is a severity?")
    )
    assert "Enterprise" in first(ctx, "엔터프라이즈 심각도별 응답시간").text


def test_the_plans_are_listed_by_line_up_with_each_retiring_ones_end_and_successor(ctx):
    classic = first(ctx, "클래식 서포트 플랜 5개 뭐였더라")
    assert "5가지" in classic.text and [i.split(" (")[0] for i in classic.items] == [
        "Basic Support",
        "Developer Support",
        "Business Support",
        "Enterprise On-Ramp Support",
        "Enterprise Support",
    ]
    assert "2027-01-01" in classic.items[1] and "Business Support+" in classic.items[1]
    every = first(ctx, "what support plans are there")
    assert len(every.items) == 7 and "Unified Operations" in every.items[-1]


def test_a_plan_named_inside_support_plan_is_the_plan(ctx):
    aliases, _ = ctx
    assert read_question("dev support plan price", aliases).entities == ["developer"]
    assert "$29" in first(ctx, "dev support plan price").text


def test_an_areas_question_count_leads_with_the_count_then_the_ids(ctx):
    assert first(ctx, "security data protection area - how many qs in it").text.startswith(
        "The Data protection area of the Security pillar has 3 questions: SEC07, SEC08, SEC09"
    )
    assert "1개입니다: OPS11" in first(ctx, "운영우수성 발전 영역은 질문 몇개").text
    assert "covers SEC07, SEC08, SEC09" in first(ctx, "what questions are in the data protection area").text


def test_areas_asked_with_their_questions_carry_their_ids(ctx):
    areas = first(ctx, "security best practice areas and their question ids")
    assert areas.items[4].endswith(": SEC07, SEC08, SEC09") and len(areas.items) == 7
    assert ":" not in first(ctx, "보안 모범 사례 영역 알려줘").items[0]


def test_a_line_up_is_chosen_by_whole_words(ctx):
    assert len(first(ctx, "list the support plans we could hold").items) == 7  # "hold" is not "old"
    assert len(first(ctx, "list the older support plans").items) == 5


def test_the_plans_that_end_cite_the_section_on_them_and_name_each_successor(ctx):
    line = first(ctx, "which support plans r going away on jan 1 2027?")
    assert line.section.endswith("plans retiring on 2027-01-01")
    assert [i.split(" (")[0] for i in line.items] == [
        "Developer Support",
        "Business Support",
        "Enterprise On-Ramp Support",
    ]
    assert "replaced by Enterprise Support" in line.items[2]


def test_a_successor_plan_is_told_with_the_plans_it_replaces(ctx):
    text = "\n".join(x.text for x in answer_lines(ctx, "whats this BS+ thing"))
    assert "Developer Support ends on 2027-01-01" in text and "Business Support ends on 2027-01-01" in text
    text = "\n".join(x.text for x in answer_lines(ctx, "what is basic support"))
    assert "ends on" not in text


def test_whether_a_plan_takes_technical_cases_is_said_in_words(ctx):
    lines = answer_lines(ctx, "우리 basic 플랜인데 기술 문의 케이스 열수있음?")
    assert lines[0].text.startswith("아니요. Basic Support에서는 기술 지원 케이스를 열 수 없습니다")


def test_what_a_plans_feature_does_is_no_question_about_the_plan(ctx):
    aliases, knowledge = ctx
    assert fact_lines(read_question("what does the TAM do on enterprise support?", aliases), knowledge) == []
    assert not fact_lines(read_question("엔터프라이즈 플랜에 있는 컨시어지 팀은 뭐 해주는 팀임?", aliases), knowledge)
    # whether the plan has it still is
    assert "지정 TAM" in fact_lines(read_question("엔터프라이즈 TAM 있어?", aliases), knowledge)[0].text
    # and '&' reads as 'and' in a name
    lines = fact_lines(
        read_question("minimum monthly for the incident detection & response add-on?", aliases), knowledge
    )
    assert "$7,000" in lines[0].text


def test_the_plan_to_move_to_is_priced_as_the_successor(ctx):
    lines = answer_lines(ctx, "비즈니스 서포트에서 넘어갈 플랜은 최소 얼마부터임?")
    assert lines[0].text.startswith("Business Support+:") and "$129" in lines[0].text
    assert any("Business Support는 2027-01-01에 종료" in x.text for x in lines)


def test_two_pillars_principles_compared_are_both_listed(ctx):
    lines = answer_lines(ctx, "보안이랑 안정성 설계 원칙 비교해줘")
    assert [len(x.items) for x in lines] == [7, 5]
    lines = answer_lines(ctx, "list the best practice areas of reliability and security")
    assert [len(x.items) for x in lines] == [4, 7]


def test_a_named_partner_firm_is_answered_with_its_unverified_tier(ctx):
    aliases, knowledge = ctx
    q = read_question("그럼 베스핀은 지금도 제일 윗등급 맞음?", aliases)
    assert "bespin-global" in q.entities
    lines = fact_lines(q, knowledge)
    assert lines[0].text.startswith("Bespin Global:") and "Partner Solutions Finder" in lines[0].text
    assert "your notes" in fact_lines(read_question("is megazone a premier partner?", aliases), knowledge)[0].text


def lines(ctx, text: str) -> list[str]:
    aliases, knowledge = ctx
    return [line.text for line in fact_lines(read_question(text, aliases), knowledge)]


def test_a_stated_response_time_picks_what_meets_it(ctx):
    five = lines(ctx, "we need like 5 min response for a couple of critical workloads. is there something for that")
    assert five and all("Incident Detection and Response" in line for line in five)  # no plan answers in 5 minutes
    hour = lines(ctx, "프로덕션 다운되면 1시간 안에 응답 받을 수 있는 플랜 뭐야?")
    assert hour[0].startswith("Business Support+") and "Incident Detection" in hour[-1]  # plans first, the add-on last
    assert any("Business Support의" in line and "2027-01-01 종료" in line for line in hour)  # retiring, and says so
    assert not any(line.startswith("Developer") for line in hour)  # Developer has no production-down target
    assert lines(ctx, "엔터프라이즈 비즈니스 크리티컬 몇 분?")[0].startswith(
        "Enterprise Support의"
    )  # asked, not stated


def test_asking_where_a_retiring_plan_leads_also_says_when_you_may_move(ctx):
    out = lines(ctx, "dev support ends - where do we land after that? can we jump early or do we wait it out")
    assert "Business Support+" in out[0] and any("any time before" in line for line in out[1:])
    assert not any("any time before" in line for line in lines(ctx, "when does developer support end"))


def test_a_channel_line_says_who_answers(ctx):
    out = lines(ctx, "비즈니스 서포트 채널 뭐 있어?")
    assert any("Cloud Support Engineers" in line for line in out)
    assert any("Cloud Support Associates" in line for line in lines(ctx, "developer support channels?"))


def test_one_plan_is_said_in_the_singular(ctx):
    lines = answer_lines(ctx, "which plans have a designated TAM?")
    # the one plan is named on line 1, not listed under it
    assert (
        lines[0].text == "Only one plan includes a designated (dedicated) TAM: Enterprise Support."
        and not lines[0].items
    )


def test_a_move_announced_ahead_leads_when_its_notice_is_asked(ctx):
    lines = answer_lines(ctx, "온램프에서 엔터프라이즈로 넘어갈때 미리 얼마나 전에 알려줌?")
    assert "한 달 전" in lines[0].text and "2027-01-01" in lines[1].text


def test_which_firms_hold_a_tier_is_not_answered_by_the_tier_ladder(ctx):
    assert answer_lines(ctx, "서비스 경로 등급은 어케됨")  # the ladder answers this
    # "젤 윗등급" is the Premier tier: the firms the catalog holds at it answer, not the ladder
    lines = answer_lines(ctx, "서비스 경로 국내에 젤 윗등급 달고있는데 어디어디?")
    assert len(lines) == 1 and "Bespin Global" in lines[0].text and "Registered" not in lines[0].text


def test_a_yes_no_about_an_item_a_plan_includes_is_led_by_that_item(ctx):
    lines = answer_lines(ctx, "is IEM included in business support")
    # (the plan's own list settles it: at extra cost is offered, and not included in the plan's price)
    assert lines[0].text == (
        "No. Business Support offers Infrastructure Event Management at extra cost (not part of the plan's price)."
    )
    lines = answer_lines(ctx, "엔터프라이즈 온램프에 IEM 포함돼?")
    assert "연 1회의 Infrastructure Event Management" in lines[0].text


def test_pillars_set_aside_are_left_out_and_named(ctx):
    rest = first(ctx, "pillar 중에 security랑 reliability 말고 나머지 뭐뭐 있음?")
    assert len(rest.items) == 4 and not any("Security" in i or "Reliability" in i for i in rest.items)
    assert rest.text.startswith("보안, 안정성 말고")
    assert len(first(ctx, "6개 기둥 뭐야").items) == 6


def test_a_designated_tam_asked_before_is_what_an_elliptical_turn_asks(ctx):
    from assistant.answer.conversation import resolve
    from assistant.types import Turn

    aliases, knowledge = ctx

    def follow(before: str, turn: str) -> str:
        q = resolve(read_question(turn, aliases), [Turn(before, "")], aliases)
        return fact_lines(q, knowledge)[0].text

    assert follow("엔터프라이즈 지정 TAM 있음?", "온램프는?").startswith("아니요")
    # a turn that names the TAM again asks about any TAM: On-Ramp's pool is one
    assert follow("엔터프라이즈 지정 TAM 있음?", "온램프는 TAM 있음?").startswith("네")


def test_a_severity_a_plan_lacks_is_a_no_with_the_severities_it_has(ctx):
    aliases, knowledge = ctx
    lines = fact_lines(
        read_question("on developer support rn. can i open a case as production system down?", aliases), knowledge
    )
    assert lines[0].text.startswith("No.") and "production system down" in lines[0].text
    assert any("system impaired: 12 hours" in i for line in lines for i in line.items)
    has = first(ctx, "does enterprise have business critical down?")
    assert has.text.startswith("Yes.") and "15 minutes" in has.text


def test_the_cheapest_plan_meeting_a_target_leads_and_one_retiring_is_followed_by_one_that_lasts(ctx):
    aliases, knowledge = ctx
    en = fact_lines(
        read_question("cheapest plan that still gets the 15 min business-critical response?", aliases), knowledge
    )
    assert "Enterprise Support" in en[0].text and "$15,000" in en[0].text
    ko = fact_lines(read_question("30분 안에 크리티컬 응답 받는 제일 싼 플랜?", aliases), knowledge)
    assert "Enterprise On-Ramp" in ko[0].text and "2027-01-01 종료" in ko[0].text
    assert "이후에도 계속되는" in ko[1].text and "Enterprise Support" in ko[1].text


def test_a_negated_yes_no_about_a_plans_feature_is_agreed_with_for_that_plan(ctx):
    line = first(ctx, "Basic 플랜이면 Trusted Advisor check 전부는 못 쓰는거죠?")
    assert line.text.startswith("네. Basic Support") and "핵심" in line.text


def test_whether_a_retiring_plan_can_be_kept_is_a_no_with_its_end_date_first(ctx):
    line = first(ctx, "월 support 예산 $200인데 Developer 계속 쓸 수 있나요?")
    assert line.text.startswith("아니요. Developer Support") and "2027-01-01" in line.text
    assert first(ctx, "엔터프라이즈 내년에도 쓸 수 있음?").text.startswith("네.")


def test_an_item_offered_at_extra_cost_is_not_included_in_the_price(ctx):
    assert first(ctx, "IEM 비즈니스 플랜에 포함임?").text.startswith("아니요. Business Support")
    assert first(ctx, "is IEM included in the business support price?").text.startswith("No. Business Support offers")
    offered = first(ctx, "can we get IEM on business support?").text  # not asked whether included: said as offered
    assert offered.startswith("Business Support offers Infrastructure Event Management at extra cost")


def test_each_feature_asked_of_a_plan_gets_its_line(ctx):
    q = "enterprise support: do we get a named TAM + concierge, and 15 min on business-critical down?"
    out = [x.text for x in answer_lines(ctx, q)]
    assert "Enterprise Support includes the concierge support team." in out
    assert any("designated" in x for x in out) and any("15 minutes" in x for x in out)
    assert first(ctx, "온램프 컨시어지 있음?").text.startswith("네. Enterprise On-Ramp Support에는 컨시어지")


def test_an_amount_set_aside_for_support_is_held_against_the_price(ctx):
    q = "we're at roughly $600k/mo AWS spend and finance gave us ~$50k/mo for support. does enterprise support fit?"
    assert "$44,500 a month at $600,000 of monthly AWS usage, within $50,000" in first(ctx, q).text


def test_a_pillars_total_asked_before_an_area_answers_first(ctx):
    out = lines(ctx, "비용최적화 pillar 질문 총 몇개임? 그중에 '지출 및 사용량 인식' 영역엔 몇개 들어있음?")
    assert out[0].startswith("비용 최적화(Cost Optimization) 원칙의 질문은 11개") and "3개" in out[1]
    assert lines(ctx, "지출 및 사용량 인식 영역 질문 몇개?")[0].startswith("비용 최적화(Cost Optimization) 원칙의 지출")


def test_the_pillars_asked_with_which_came_later_name_the_one_added(ctx):
    out = lines(ctx, "WA pillar 중에 처음부터 있던 5개랑 나중에 추가된거 하나 구분해서 알려줘")
    assert out[0].startswith("Well-Architected Framework의 원칙(pillar)은 6가지") and "2021년 12월" in out[1]
    assert len(lines(ctx, "pillars list pls")) == 1  # (not asked: not said)


def test_the_plans_with_an_item_are_all_the_plans_whose_sections_state_it(ctx):
    aliases, knowledge = ctx
    # Enterprise On-Ramp and Enterprise include all Business does, the Support API among it
    lines = fact_lines(
        read_question("we're on Developer support, can I script case creation thru the Support API?", aliases),
        knowledge,
    )
    listed = next(x for x in lines if x.items)
    assert [i.split(":")[0] for i in listed.items] == [
        "Business Support",
        "Enterprise On-Ramp Support",
        "Enterprise Support",
    ]
    assert [r[1].split(" > ")[1] for r in listed.item_refs] == [i.split(":")[0] for i in listed.items]
    assert lines[0].text.startswith("AWS Support API is not among what Developer Support includes")


def test_an_alternative_within_a_budget_to_a_plan_that_ends_leads_with_the_plans_that_go_on(ctx):
    lines = answer_lines(ctx, "Developer 플랜 없어진다는데 월 $50 이하로 쓸 대안 있음?")
    assert "이후에도 계속되는" in lines[0].text and "Basic Support" in lines[0].text
    # the successor the notice names, held against the budget: over it
    assert any(x.text.startswith("Business Support+:") and "$50를 넘습니다" in x.text for x in lines)
    # asked whether the plan itself fits, the plan's own price leads
    lines = answer_lines(ctx, "developer 플랜 월 100불 안으로 돼?")
    assert lines[0].text.startswith("Developer Support:")


def test_whether_one_must_apply_for_the_move_is_answered_by_how_customers_are_moved(ctx):
    text = "저희 Enterprise On-Ramp 쓰고 있는데 1월 1일 종료라던데.. 저희쪽에서 따로 신청하거나 해야하나요?"
    lines = answer_lines(ctx, text)
    assert "따로 할 일은 없다" in lines[0].text and "이메일" in lines[0].text


def test_the_cheapest_plan_asked_of_no_feature_is_basic_then_the_paid_ones(ctx):
    lines = answer_lines(ctx, "what's the cheapest plan?")
    assert lines[0].text.startswith("The cheapest plan is Basic Support")
    assert "Developer Support" in lines[1].text and "ends 2027-01-01" in lines[1].text
    assert "continue after 2027-01-01" in lines[2].text and "Business Support+" in lines[2].text
    # a plan that must last: those without an end date
    lines = answer_lines(ctx, "cheapest support plan that still exists next year?")
    assert lines[0].text.startswith("The cheapest plan without an end date is Basic Support")


def test_the_cheapest_option_with_a_severity_after_a_plan_that_lacks_it_is_another_plan(ctx):
    lines = answer_lines(ctx, "cheapest option that still has prod-down after jan 1?")
    assert "Business Support+" in lines[0].text and "continue after 2027-01-01" in lines[0].text


def test_a_negative_named_only_to_be_set_aside_still_wants_the_feature(ctx):
    text = "TAM 없는 거 말고, 지정 TAM 붙는 플랜 중에 내년에도 남는 건 뭐야?"
    lines = answer_lines(ctx, text)
    assert "Enterprise Support" in lines[0].text and "없는" not in lines[0].text


def test_an_item_asked_of_the_plan_moved_to_is_that_plans(ctx):
    lines = answer_lines(ctx, "온램프에서 엔터프라이즈로 넘어가도 IEM 받을수있음?")
    assert lines[0].text.startswith("네.") and "Enterprise Support에는" in lines[0].text, lines[0].text
    assert "후속 플랜" in lines[-1].text  # the plan it moves from: its end, after
    tam = answer_lines(ctx, "on-ramp ends, after the move do we still get a TAM?")
    assert "Enterprise Support" in tam[0].text and "designated" in tam[0].text, tam[0].text


def test_tiers_asked_of_a_path_without_them_say_so_before_the_services_ladder(ctx):
    lines = answer_lines(ctx, "소프트웨어 경로 티어는?")
    assert lines[0].text.startswith("Software Path") and "Services Path의 것" in lines[0].text, lines[0].text
    assert "Premier" in " ".join(lines[1].items)
    own = answer_lines(ctx, "services path tiers?")
    assert own[0].text.startswith("The Services Path has 4 tiers")


def test_the_term_a_definition_asks_of_is_defined_beside_its_context(ctx):
    # ("in disaster recovery", "재해 복구에서": where the term is used, not a second term to define)
    for asked in ("what is pilot light in disaster recovery?", "재해 복구에서 파일럿 라이트가 뭐?"):
        lines = answer_lines(ctx, asked)
        assert lines and "pilot light" in lines[0].text, (asked, [x.text for x in lines])
