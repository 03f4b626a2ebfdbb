"""Answers through the whole chain (real store, real models) to what chat says around its subject: a seller's
question about Marketplace and APN, a rare name the turn before lent, chat's "DIY" and "CIDR", and a name asked
from an older edition."""

from __future__ import annotations

import pytest

from assistant.answer.parts import asking_parts
from assistant.knowledge.aliases import load_aliases
from tests.conftest import CORPUS


def test_a_sellers_question_is_answered_by_the_sellers_passage(chat):
    first = chat("우리 솔루션 마켓플레이스 입점하려면 뭐부터 해?").answer.splitlines()[0]
    assert "판매자" in first, first
    en = chat("can we put our own saas up on marketplace without being an apn partner?").answer.splitlines()[0]
    assert any(w in en for w in ("sell", "listing on Marketplace")), en


def test_chat_abbreviations_are_no_names_the_corpus_lacks(chat):
    diy = chat("is a WA review DIY or does AWS have to run it for us?")
    assert not diy.abstained and "solutions architect" in diy.answer, diy.answer
    cidr = chat("서브넷 cidr 안겹치게 잡는건 REL 몇번 질문에서 다룸?")
    assert not cidr.abstained and "REL02" in cidr.answer, cidr.answer


def test_a_name_asked_from_an_older_edition_is_the_former_name(chat):
    first = chat("아키텍처 실험을 고려한 자동화 원칙, 구판 교재에선 이름 뭐였음?").answer.splitlines()[0]
    assert "Automate to make architectural experimentation easier" in first, first


def test_the_plan_a_step_up_and_a_plan_held_up_for_likeness(chat):
    up = chat("엔터프라이즈 서포트 요금?", "그 윗급 플랜은 얼마?").answer.splitlines()[0]
    assert up.startswith("Unified Operations") and "확인되지" in up, up
    stays = chat(
        "엔터프라이즈 서포트 얼마임?", "그거 내년에도 있지? 온램프처럼 없어지는거 아니고?"
    ).answer.splitlines()[0]
    assert "Enterprise Support" in stays and "On-Ramp" not in stays, stays


def test_an_item_a_turn_picks_from_its_own_list_is_the_next_turns_it(chat):
    # ("5개중 마지막꺼" picks from the list the turn names itself: "it" in the next turn is that principle)
    first = chat(
        "안정성 설계원칙 다섯개 중에 마지막꺼 예전 판 이름 뭐임?", "what does it actually mean in practice?"
    ).answer.splitlines()[0]
    assert first.startswith("Manage change through automation"), first


def test_the_rest_of_the_area_of_the_question_asked_before(chat):
    rest = chat("COST10 뭐 묻는 질문임?", "같은 영역 나머지 하나는?").answer.splitlines()[0]
    assert rest.startswith("COST11"), rest
    # (the area of the ids the last answer named, when the last question named none)
    other = chat("스팟이랑 RI 중에 고르는건 COST 몇번 질문?", "같은 영역에서 데이터 전송비 따지라는건 몇번?")
    assert not other.abstained and "COST08" in other.answer.splitlines()[0], other.answer


def test_words_of_a_field_between_its_name_and_lens_name_the_lens():
    found = [m.entity.id for m in load_aliases(CORPUS).find("의료쪽 업종 렌즈도 있음? 금융용 렌즈는?")]
    assert found == ["healthcare-lens", "financial-services-lens"], found


def test_an_outage_asked_of_a_plan_is_answered_by_its_targets(chat):
    # ("장애" is what every severity's target is for, not a detail the plan's line lacks)
    answer = chat("비즈니스 서포트 prod 장애 응답 몇분?")
    assert not answer.abstained and "1시간" in answer.answer.splitlines()[0], answer.answer


def test_after_the_end_asks_the_same_of_the_plan_after_it(chat):
    first = chat("developer support system impaired 응답 몇시간?", "내년 1월 이후엔?").answer.splitlines()[0]
    assert first.startswith("Business Support+") and "12시간" in first, first


def test_a_severitys_support_api_code_and_a_sibling_named_by_one_word(chat):
    turns = [
        "케이스 api로 올릴때 '시스템 손상' severity 코드값 뭐임?",
        "프로덕션은?",
        "그 심각도 biz support+ 첫응답 몇시간?",
    ]
    first = chat(*turns[:1]).answer.splitlines()[0]
    assert "normal" in first, first
    # ("프로덕션은?": one word put in place of a word of the topic's name names its sibling, production system impaired)
    second = chat(*turns[:2]).answer.splitlines()[0]
    assert "high" in second, second
    # (and the turn after it asks of that sibling, not of the first)
    third = chat(*turns).answer.splitlines()[0]
    assert "4시간" in third, third


def test_a_turn_moved_to_question_ids_names_their_area_for_the_next(chat):
    first = chat("COST10 뭐 묻는 질문임?", "같은 영역 나머지 하나는?", "그 영역 영어로 뭐라함?").answer.splitlines()[0]
    assert "Optimize over time" in first, first


def test_a_target_asked_after_a_talk_of_moving_leads_with_the_plan_moved_to(chat):
    turns = ("we're on enterprise on-ramp, what happens to us next year?", "dedicated TAM after that?")
    first = chat(*turns, "and the business critical down response then?").answer.splitlines()[0]
    assert first.startswith("15 minutes on Enterprise Support"), first
    # ("어떻게 달라짐?" is told from the plan left)
    changed = chat(*turns, "비즈니스 크리티컬 다운 응답목표는 어떻게 달라짐?").answer.splitlines()[0]
    assert "Enterprise On-Ramp" in changed, changed


def test_a_list_asked_beside_a_members_yes_or_no_is_the_whole_list(chat):
    answer = chat("well architected 필러 전부 뭐뭐 있는지 알려줘 ㅎㅎ 지속가능성도 들어가?").answer
    lead = answer.split("\n\n")[0]
    assert all(p in lead for p in ("운영 우수성", "보안", "안정성", "성능 효율성", "비용 최적화", "지속 가능성")), lead


def test_two_figures_joined_in_one_question_give_the_stated_one_and_decline_the_other(chat):
    answer = chat("SA associate 자격증 유효기간이랑 시험 응시료 얼마?")
    assert not answer.abstained and "3년" in answer.answer.splitlines()[0], answer.answer
    assert "응시료" in answer.answer.splitlines()[-1], answer.answer


def test_the_plan_a_step_from_a_plan_the_turn_names_is_priced(chat):
    first = chat("베이직 서포트 바로 윗급 플랜은 얼마?").answer.splitlines()[0]
    assert first.startswith("Business Support+"), first


def test_a_scene_of_wondering_and_levels_split_into_parts(chat):
    answer = chat("cert 페이지 보다가 궁금한데 aws 자격증 레벨이 몇 개로 나뉨? 우리 비개발 PM들은 뭐부터 따는게 맞음?")
    first = answer.answer.splitlines()[0]
    assert not answer.abstained and "Foundational" in first and "Specialty" in first, answer.answer


def test_an_item_on_some_other_plan_is_answered_by_the_plans_that_have_it(chat):
    first = chat(
        "we're on business w/ a big launch in feb - is IEM included on some plan instead or do we just pay extra?"
    ).answer.splitlines()[0]
    assert first.startswith("3 plans include Infrastructure Event Management"), first


def test_a_question_id_asked_in_detail_is_placed_first(chat):
    first = chat("COST04 자세히 설명좀").answer.splitlines()[0]
    assert first.startswith("COST04"), first


def test_the_end_date_asked_first_leads_and_the_move_follows(chat):
    lines = chat("온램프 없어진다며? 언제고 우리가 뭐 해야됨?").answer.splitlines()
    assert "2027-01-01" in lines[0] and "자동 전환" in lines[1], lines
    # (what to do, asked after a remark that it ends, leads)
    first = chat("온램프 없어진다는데 우리 뭐 해야돼?").answer.splitlines()[0]
    assert "자동 전환" in first, first


def test_a_case_for_an_outage_is_answered_by_the_plans_target(chat):
    first = chat(
        "우리 프로덕션 서비스 하나 있는데 BS+ 가면 프로덕션 다운 케이스 첫 응답 몇 시간 안에 옴?"
    ).answer.splitlines()[0]
    assert first == "Business Support+의 프로덕션 시스템 다운 응답 목표는 1시간입니다. [1]", first


def test_a_price_beside_a_response_time_of_an_add_on(chat):
    answer = chat("IDR 문서 보니까 24x7 모니터링 해준다던데, 이거 응답 몇 분 안에 오고 비용은 얼마임?").answer
    assert "$7,000" in answer and "5분" in answer, answer


def test_prod_typed_before_a_korean_severity_names_the_production_one(chat):
    first = chat("엔터프라이즈에서 prod 시스템 손상(impaired) 케이스 첫응답 몇시간임?").answer.splitlines()[0]
    assert "4시간" in first, first


def test_the_clock_a_target_runs_on_is_said_when_asked(chat):
    lines = chat(
        "biz+로 넘어가면 일반 문의 케이스 첫 응답 몇시간 안에 옴? 그거 업무시간 기준임 아님 24시간 기준임?"
    ).answer.splitlines()
    assert lines[0].startswith("Business Support+의 일반 안내 응답 목표는 24시간") and "연중무휴" in lines[0], lines
    # (the second part's own line, the same less the clock, is not said again)
    assert not any(x.startswith("- Business Support+의 일반 안내") for x in lines[1:]), lines


def test_this_severity_points_at_the_one_talked_about(chat):
    answer = chat(
        "엔터프라이즈 쓰면 비즈니스 크리티컬 시스템 다운 케이스 몇분안에 첫응답옴?",
        "온램프는?",
        "반대로 이 심각도 아예 못고르는 유료 플랜은 뭐뭐임",
    ).answer
    lead = answer.split("\n- ")[0]
    assert "비즈니스 크리티컬" in lead and "Business Support+" in lead and "Developer" in lead, answer


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # a question word and "-고", or "and"/"+" before another question, joins two questions in one message
        ("IDR 애드온 얼마고 응답은 몇분임?", ["IDR 애드온 얼마?", "응답은 몇분임?"]),
        (
            "which DR strategies does the pillar list, and which REL question is the DR one?",
            ["which DR strategies does the pillar list?", "which REL question is the DR one?"],
        ),
        (
            "pillars list pls + was sustainability there from the start?",
            ["pillars list pls?", "was sustainability there from the start?"],
        ),
        # (a question after another's comma, when the first asks something of its own)
        (
            "ProServe or a partner? also how do we engage ProServe, is there a price list somewhere?",
            ["ProServe or a partner?", "also how do we engage ProServe?", "is there a price list somewhere?"],
        ),
        ("for business, is there a TAM?", []),
        # (a count and its list, asked together, are one question)
        ("보안 필러 설계원칙 몇개고 뭐뭐임?", []),
        ("support plans and their prices?", []),
    ],
)
def test_two_questions_joined_without_a_mark_are_parts(text, parts):
    assert asking_parts(text) == parts


def test_an_add_on_priced_first_and_timed_after(chat):
    lines = chat("AWS Incident Detection and Response 애드온 얼마고 응답은 몇분임?").answer.splitlines()
    assert "$7,000" in lines[0] and "5분" in lines[1], lines


def test_a_later_part_leans_on_the_subject_of_the_first(chat):
    lines = chat(
        "we're on Enterprise On-Ramp. whats our business-critical response target rn, and do we have to do anything "
        "before 2027-01-01?"
    ).answer.splitlines()
    assert lines[0].startswith("30 minutes on Enterprise On-Ramp"), lines
    assert not any("Developer" in x for x in lines), lines  # (not every plan that ends: the one the asker is on)
    assert any("need not take any action" in x for x in lines), lines


def test_a_list_asked_by_its_noun_is_led_by_the_things_of_that_noun(chat):
    first = chat("which DR strategies does the reliability pillar list?").answer.splitlines()[0]
    assert "pilot light" in first and "warm standby" in first, first


def test_a_part_that_asks_a_price_adds_the_line_that_says_it(chat):
    answer = chat("FIS 예전 이름 뭐였음?? 그리고 요금은 뭐 기준으로 나옴").answer
    assert "Fault Injection Simulator" in answer.splitlines()[0] and "작업 시간" in answer, answer


def test_what_you_get_besides_a_feature_set_aside_is_the_plans_list(chat):
    first = chat("other than the TAM, what do you actually get with Enterprise Support?").answer.splitlines()[0]
    assert first.startswith("Enterprise Support includes"), first


def test_a_time_stated_after_a_plans_target_asks_what_meets_it(chat):
    answer = chat("prod 다운되면 BS+ 응답 몇분 안에 옴?", "15분짜리도 있음?").answer
    assert not answer.startswith("네. Business Support+"), answer
    assert "Enterprise Support의 비즈니스 크리티컬 시스템 다운 응답 목표는 15분" in answer, answer


def test_prod_shorthand_before_a_korean_outage_word_names_the_severity(chat):
    first = chat("prod 다운되면 BS+ 응답 몇분 안에 옴?").answer.splitlines()[0]
    assert first == "Business Support+의 프로덕션 시스템 다운 응답 목표는 1시간입니다. [1]", first


def test_the_next_plan_after_a_recommendation_is_the_one_above_it(chat):
    turns = (
        "우리 스타트업인데 prod 장애나면 1시간 안에는 답 받고싶음. TAM은 필요없고. 어떤 서포트 플랜 써야됨?",
        "그럼 그 다음 플랜은?",
    )
    assert chat(*turns).answer.startswith("Enterprise Support"), chat(*turns).answer
    assert chat(*turns, "그건 가격 얼마임?").answer.startswith("Enterprise Support: 월 $15,000")
    # ("윗단계" is a step up too)
    assert chat("엔터프라이즈 서포트 요금?", "그 윗단계 플랜은?").answer.startswith("Unified Operations")


def test_the_next_plan_in_a_talk_of_a_move_is_the_plan_moved_to(chat):
    first = chat(
        "지금 회사 Business Support 쓰는중인데 1월1일에 없어진다며? 뭘로 갈아타야됨?",
        "그럼 그 다음 플랜 최소 요금은 얼마임?",
    ).answer.splitlines()[0]
    assert first.startswith("Business Support+"), first


def test_a_plans_price_asked_beside_whether_it_has_a_feature(chat):
    # ("요금이랑 TAM 있는지": the plan's price and its TAM line, not a price of the TAM, which nothing states)
    for text in ("엔터프라이즈 요금이랑 TAM 있는지", "엔터프라이즈 비용이랑 TAM 있는지"):
        answer = chat(text)
        assert not answer.abstained and "$15,000" in answer.answer.splitlines()[0], answer.answer
        assert "TAM" in answer.answer, answer.answer
    first = chat("IDR 비용이랑 응답시간?").answer.splitlines()[0]
    assert "$7,000" in first, first


def test_a_price_guessed_at_a_stated_bill_is_confirmed_or_corrected(chat):
    wrong = chat("스타트업인데 월 사용액 10만불임. 엔터프 서포트 10%니까 만불이면 되는거 맞음?").answer.splitlines()[0]
    assert wrong.startswith("아니요. Enterprise Support") and "$15,000" in wrong, wrong
    right = chat("we spend $20k/mo, business support would be $1.7k right?").answer.splitlines()[0]
    assert right.startswith("Yes. Business Support") and "$1,700" in right, right
    # (no amount guessed: no yes or no)
    plain = chat("월 2만불 쓰는데 비즈니스 서포트 얼마 나옴?").answer.splitlines()[0]
    assert plain.startswith("Business Support") and "$1,700" in plain, plain


def test_the_first_of_two_questions_is_answered_first(chat):
    phone = chat("does developer have phone support? and what's the system impaired response time").answer
    assert phone.startswith("No. Developer Support technical support: email"), phone
    assert "12 hours" in phone.splitlines()[1], phone
    move = chat("온램프 쓰는데 뭐해야됨? 그리고 TAM은 계속 있음?").answer
    assert "자동 전환" in move.splitlines()[0] and "TAM" in move, move
    # (a figure the whole's lead gives beside what a thing is may still lead)
    kept = chat("wa툴 마일스톤 정확히 뭐임? 워크로드당 몇개까지 저장됨?").answer.splitlines()[0]
    assert "100" in kept, kept


def test_which_of_those_keeps_every_one_the_answer_said_alike(chat):
    turns = ("which plans have a 15 minute response time?", "which of those are not retiring?")
    answer = chat(*turns).answer
    assert "Enterprise Support" in answer and "Unified Operations" in answer, answer
    after = chat(*turns, "and for prod down?").answer
    assert "Enterprise Support" in after and "Unified Operations" in after, after


def test_a_list_asked_again_in_english_is_the_list_in_english(chat):
    first = chat("비용 최적화 pillar 설계 원칙 몇 개임?", "영어 원문 이름으로는 뭐임? list them in English pls").answer
    assert first.startswith("The Cost Optimization pillar has 5 design principles"), first
    assert "Implement cloud financial management" in first, first
    ko = chat("explain the reliability design principles in korean pls").answer.splitlines()[0]
    assert ko.startswith("안정성"), ko


def test_another_providers_tool_held_up_against_aws_is_declined(chat):
    for text in (
        "Azure에도 AWS WA툴 같은 리뷰 도구 있잖아 그거 이름 뭐였지?",
        "does Google Cloud have its own equivalent of the AWS Well-Architected Tool? what's it called there?",
    ):
        assert chat(text).abstained, text


def test_a_noun_pointed_back_at_keeps_the_conversations_subject(chat):
    # ("the share" after sharing a workload: the WA Tool's shares, not the certification levels "levels" finds)
    turns = ("in the WA tool how do i share a workload with another team? they're in a different aws account",)
    answer = chat(*turns, "what permission levels are there for the share?").answer
    assert "Certification" not in answer and "read-only or contributor" in answer, answer


def test_a_list_or_a_charge_asked_first_leads_a_message_of_two(chat):
    pillars = chat("WA 프레임워크 필라 6개 뭐뭐임? 지속가능성은 언제 추가됐더라").answer
    assert pillars.startswith("Well-Architected Framework의 원칙(pillar)은 6가지") and "2021" in pillars, pillars
    free = chat("WA툴 유료임? 마일스톤 몇개까지 저장됨?").answer.splitlines()
    assert "무료" in free[0] and "100" in free[1], free


def test_my_own_leaves_its_noun_to_the_conversation(chat):
    answer = chat("what lenses r there for serverless stuff in WA tool", "can i write my own? what format").answer
    assert "JSON" in answer.splitlines()[0] and "Marketplace" not in answer, answer


def test_who_helps_with_a_review_is_answered_not_asked_back(chat):
    for turns in (
        ("WA 리뷰 우리끼리 못하면 누가 도와줄 수 있음? 파트너도 됨?",),
        ("WA 리뷰 얼마나 자주 해야됨?", "우리끼리 못하면 누가 도와줄 수 있음? 파트너도 됨?"),
    ):
        answer = chat(*turns).answer
        assert "Well-Architected Partner Program" in answer and "알려 주세요" not in answer, answer
    # (a bare request for a partner still gets the advisor's question)
    assert "알려 주세요" in chat("파트너 추천좀").answer


def test_a_question_number_asked_of_a_charge_is_no_price(chat):
    answer = chat("COST 필라에서 데이터 전송 요금 관련 질문 번호 몇번임")
    assert not answer.abstained and "COST08" in answer.answer.splitlines()[0], answer.answer


def test_a_principle_named_in_the_scene_is_no_subject(chat):
    first = chat("우리 팀 이번에 FinOps 막 시작함 ㅋㅋ 비용 최적화 설계원칙 현행판 기준으로 전부 알려조").answer
    assert first.startswith("비용 최적화(Cost Optimization) 원칙의 설계 원칙은 5가지"), first


def test_a_bill_in_won_is_shown_with_its_dated_rate(chat):
    first = chat("월 3천만원 쓰는데 엔터프라이즈 서포트 얼마 나옴?").answer.splitlines()[0]
    assert "₩30,000,000" in first and "1,450원" in first and "2026-11-26" in first and "$15,000" in first, first
    dollars = chat("월 2만불 쓰는데 비즈니스 얼마?").answer.splitlines()[0]
    assert "₩" not in dollars and "$20,000" in dollars, dollars


def test_each_side_of_a_comparison_has_its_line(chat):
    answer = chat("MSP 프로그램이랑 competency 차이 한줄로 ㄱㄱ").answer
    assert "AWS Competency 프로그램은" in answer and "Managed Service Provider" in answer, answer
    assert answer.count("클라우드 운영을 대행하는 파트너가") == 1, answer


def test_the_last_turns_said_again_in_the_language_asked(chat):
    turns = (
        "whats the monthly minimum for business support+? im seeing two different numbers online",
        "and what about prod down on that plan?",
    )
    answer = chat(*turns, "ㅇㅋ 팀 채널에 올려야돼서 위에 두개 한국어로 다시 정리 좀").answer
    assert answer.startswith("Business Support+") and "$129" in answer and "1시간" in answer, answer
    summed = chat("비즈니스 서포트 프로덕션 다운 응답시간 몇분?", "그럼 엔터는?", "영어로 정리해줘").answer
    assert "Business Support" in summed and "Enterprise Support" in summed and "1 hour" in summed, summed
    # (an item picked by its place is that item, not the list said again)
    third = chat("what are the general design principles?", "세번째꺼 한국어로 설명좀").answer.splitlines()[0]
    assert "아키텍처 실험" in third, third


def test_the_framework_lens_counts_the_frameworks_questions(chat):
    first = chat("Framework 렌즈 질문 총 몇개임? 그중에 REL은 몇개고").answer
    assert "57" in first.splitlines()[0] and "13" in first, first


def test_the_classic_lineup_is_no_detail_the_catalog_lacks(chat):
    answer = chat("which classic support plans DON'T come with any TAM at all?").answer
    assert answer.startswith("3 plans do not include"), answer


def test_a_count_asked_before_who_holds_it_counts_that_thing(chat):
    answer = chat("whats the max number of milestones one workload can have in the WA tool?")
    assert not answer.abstained and "100" in answer.answer.splitlines()[0], answer.answer


def test_a_plans_price_without_a_bill_is_its_rule(chat):
    first = chat("엔터프라이즈 요금?").answer.splitlines()[0]
    assert first.startswith("Enterprise Support: 월 $15,000"), first


def test_chat_names_of_plans_and_a_guessed_minimum(chat):
    bs = chat("월 사용액 5만불인데 BS로 가면 서포트비 얼마 나옴?")
    assert not bs.abstained and bs.answer.startswith("Business Support: 월 AWS 사용액 $50,000일 때 $3,800"), bs.answer
    minimum = chat("ent on-ramp 월 최소 3000불 맞나? 견적 내야됨").answer.splitlines()[0]
    assert minimum.startswith("아니요. Enterprise On-Ramp Support") and "$5,500" in minimum, minimum
    assert chat("BS+ 응답시간?").answer.startswith("Business Support+")


def test_a_pillar_named_by_its_side_in_a_follow_up(chat):
    answer = chat("지속가능성 설계원칙 뭐뭐임?", "그럼 cost 쪽은?").answer.splitlines()[0]
    assert answer.startswith("비용 최적화(Cost Optimization) 원칙의 설계 원칙은 5가지"), answer


def test_what_was_said_before_said_again_in_the_same_language(chat):
    turns = ("월 사용액 5만불인데 BS로 가면 서포트비 얼마 나옴?", "엔터는?", "앞에 말한거 표로 다시 정리해줘")
    answer = chat(*turns).answer
    assert "지식 베이스에" not in answer and "$3,800" in answer and "$15,000" in answer, answer


def test_a_class_for_only_our_people_is_private_training(chat):
    # (the summaries never say "only our people": they say a course run for one company is private training)
    for asked in (
        "team of 12 moving to aws next qtr, want a class with only our ppl. whats that called?",
        "we want a class with just our team, whats that called",
    ):
        answer = chat(asked)
        assert not answer.abstained and "private training" in answer.answer.splitlines()[0], answer.answer


def test_how_often_is_led_by_a_period_not_by_for_each_item(chat):
    first = chat("rightsizing 얼마마다 다시 돌려야됨?").answer.splitlines()[0]
    assert "주기" in first or "분기" in first, first


def test_a_preface_and_a_count_the_asker_states_do_not_turn_the_list_down(chat):
    # ("quick refresher," is how chat opens a question, no subject; "six" is the list's own count)
    for asked in (
        "quick refresher, what are the six pillars of the WA framework?",
        "what are the six pillars of the WA framework?",
    ):
        answer = chat(asked)
        assert not answer.abstained and "Sustainability" in answer.answer and "6 pillars" in answer.answer, (
            answer.answer
        )


def test_a_solo_dev_is_an_individual_developer(chat):
    first = chat("solo dev here, can i sell on marketplace?").answer.splitlines()[0]
    assert "Individual developers" in first, first


def test_a_participle_is_no_name_and_a_figure_in_dollars_is_a_price(chat):
    # ("overwritten": a verb's form, not a thing the corpus lacks)
    kept = chat(
        "what lenses can I apply in the WA tool?",
        "aws pushed a new version of one of those. if i upgrade the workload do our old answers just get overwritten?",
    )
    assert not kept.abstained and "milestone" in kept.answer.splitlines()[0], kept.answer
    # ("몇불임?": a price asked, which no passage gives for that default)
    threshold = chat("Cost Anomaly Detection 기본 알림 임계값 몇불임? 기본값 그대로 둘까해서")
    assert threshold.abstained, threshold.answer


def test_a_chat_clipping_is_a_word_the_corpus_knows(assistant):
    answer = assistant.ask("are the WA general design principles and the old cloud design principles basically dupes?")
    assert not answer.abstained, answer.answer


def test_a_term_defined_where_the_question_asks_beats_the_pillar_of_its_scene(assistant):
    first = assistant.ask("지속가능성 KPI 잡을 때 말하는 프록시 메트릭(대리 지표)이 머임?").answer.splitlines()[0]
    assert first.startswith("대리 지표"), first


def test_a_purchasing_option_is_a_pricing_model(chat):
    answer = chat("Which purchasing option fits interruptible batch work?")
    assert not answer.abstained and "Spot" in answer.answer.splitlines()[0], answer.answer
