"""Answers through the whole chain (real store, real models) where a turn points back by a word of a name ("그 팀"),
asks for "the other one", picks one item of a listed set by what it is for, or asks the nth item of a Korean list;
and where a figure seems given but is not (a date the fact was checked, an end date, "24시간 연중무휴", a basis of
charge for a rate)."""

from __future__ import annotations

import re

from assistant.answer.question import read_question


def test_a_pointer_by_a_word_of_a_name_asks_about_that_one_thing(chat):
    answer = chat("컨시어지 지원팀 있는 플랜 뭐임?", "그 팀은 뭐 해주는 건데?")
    first = answer.answer.splitlines()[0]
    assert "결제" in first and "계정" in first  # what the team does, not which plans have it
    answer = chat("which plans include the concierge team", "so what does that team actually do")
    assert "billing" in answer.answer.splitlines()[0]


def test_what_a_role_does_is_no_plan_feature_question(assistant):
    q = read_question("TAM은 뭐 해줌?", assistant.aliases)
    assert "features" not in q.facets and q.kind == "definition"
    assert "features" in read_question("엔터프라이즈는 뭐 해줌?", assistant.aliases).facets


def test_the_other_one_is_the_other_thing_of_its_kind_the_last_answer_named(chat):
    answer = chat(
        "is there an add-on for a 5 minute response on critical workloads?", "price?", "how much is the other add-on?"
    )
    first = answer.answer.splitlines()[0]
    assert first.startswith("AWS Countdown Premium") and "$10,000" in first and "Incident" not in first


def test_one_item_of_a_catalog_list_is_picked_by_what_it_is_for(chat):
    answer = chat("APN 경로 종류 알려줘", "그 중 운영 대행 맡길 회사는 어느 거 보면 됨?")
    assert answer.answer.splitlines()[0].startswith("Services Path")
    # and the pick is the topic of the next turn, without the words that picked it
    answer = chat(
        "APN 경로 종류 알려줘", "그 중 운영 대행 맡길 회사는 어느 거 보면 됨?", "거기 등급은 몇 단계? 제일 높은 건?"
    )
    assert not answer.abstained and "4단계" in answer.answer and "Premier" in answer.answer


def test_the_nth_item_of_a_list_a_korean_sentence_counts_is_answered_alone(chat):
    answer = chat("운영 우수성 설계 원칙 알려줘", "세 번째 거 자세히")
    first = answer.answer.splitlines()[0]
    assert first.startswith("가능한 곳은 안전하게 자동화") and len(answer.answer.splitlines()) < 4


def test_a_korean_count_is_read_off_a_list_named_by_the_summaries_word(assistant):
    first = assistant.ask("AWS 자격증 레벨 몇개?").answer.splitlines()[0]
    assert "Foundational" in first and "Specialty" in first
    # a list of categories is no count of checks
    assert assistant.ask("트러스티드 어드바이저 체크 몇개?").abstained


def test_a_date_of_checking_or_of_an_end_is_no_launch_date(assistant):
    assert assistant.ask("when did AWS launch Unified Operations?").abstained
    assert "2027-01-01" in assistant.ask("when does business support end?").answer.splitlines()[0]


def test_a_rate_asked_needs_an_amount_not_the_basis_of_the_charge(assistant):
    assert assistant.ask("AWS FIS per-minute price?").abstained
    assert not assistant.ask("how is FIS billed?").abstained


def test_round_the_clock_is_no_length_of_time(assistant):
    answer = assistant.ask("엔터프라이즈 TAM은 한 달에 몇 시간까지 쓸 수 있음?")
    assert answer.abstained


def test_how_long_a_review_takes_is_a_duration_not_a_price(assistant):
    q = read_question("WA 리뷰 얼마 걸림?", assistant.aliases)
    assert "price" not in q.facets and "duration" in q.asks
    assert "몇 시간" in assistant.ask("WA 리뷰 보통 얼마 걸림?").answer.splitlines()[0]


def test_a_name_the_korean_summaries_keep_in_english_is_searched_in_english(assistant):
    first = assistant.ask("IEM이 뭐임?").answer.splitlines()[0]
    assert "Infrastructure Event Management" in first


def test_the_review_a_turn_names_nothing_of_is_the_subject_carried(chat):
    answer = chat("WA 리뷰 얼마 걸림?", "무료임?")
    assert "Well-Architected Tool" in answer.answer.splitlines()[0] and "무료" in answer.answer.splitlines()[0]


def test_another_provider_pointed_at_by_a_later_part_is_declined_too(assistant):
    answer = assistant.ask("oracle cloud에도 비슷한 프레임워크 있음? 거긴 필라 몇개임?")
    assert answer.abstained or "Oracle" in answer.answer.splitlines()[0]
    assert "운영 우수성" not in answer.answer


def test_a_follow_up_of_two_questions_is_answered_part_by_part(chat):
    answer = chat("APN 경로 뭐뭐 있음", "그중 마이그레이션 맡길 회사 찾으려면 어느거? 등급은 어케 나뉨")
    lines = answer.answer.splitlines()
    assert lines[0].startswith("Services Path") and "4단계" in answer.answer


def test_the_biggest_of_the_listed_areas_is_picked_among_them(chat):
    answer = chat("릴라이어빌리티 필라 베스트프랙티스 영역 뭐뭐임", "젤 큰건 어디? 질문 몇 개")
    first = answer.answer.splitlines()[0]
    assert "장애 관리" in first and "5" in first


def test_an_item_compared_across_two_plans_is_said_for_each(assistant):
    answer = assistant.ask("IEM - business vs enterprise on-ramp, what's different?")
    lines = answer.answer.splitlines()
    assert "extra cost" in lines[0] and "one Infrastructure Event Management a year" in answer.answer


def test_the_nth_of_a_range_of_question_ids_is_that_question(chat):
    answer = chat("성능 효율성 질문 몇 개?", "네 번째 거는 뭐 물어봄?")
    assert answer.answer.splitlines()[0].startswith("PERF04")
    answer = chat("how many reliability questions are there", "what does the last one ask")
    assert answer.answer.splitlines()[0].startswith("REL13")


def test_the_english_name_asked_is_the_principle_s_not_its_pillar_s(chat):
    answer = chat("지속가능성 설계원칙 뭐뭐", "세번째꺼 예시 좀", "영어로는?")
    assert "Maximize utilization" in answer.answer.splitlines()[0]


def test_a_transliterated_marketplace_term_is_found(assistant):
    assert "비공개 제안" in assistant.ask("프라이빗 오퍼가 뭐임?").answer.splitlines()[0]


def test_the_rest_of_a_list_is_no_other_one(chat):
    answer = chat("안정성 필러 영역 뭐뭐", "변경 관리 쪽은?", "그 영역 질문 몇개고 나머지 두개는 뭐 묻는거임")
    assert "REL06" in answer.answer.splitlines()[0]


def test_a_date_of_checking_is_no_figure_of_any_kind(chat):
    answer = chat("what is a milestone in the wa tool", "max per workload?")
    assert "100" in answer.answer.splitlines()[0]


def test_a_place_pointed_at_is_the_thing_just_named(chat):
    answer = chat("where did the AWS Knowledge Center end up?", "can we post our prod outage there and wait?")
    first = answer.answer.splitlines()[0]
    assert "re:Post" in first and not re.search(r"[가-힣]", answer.answer)  # an English answer, in English


def test_a_how_to_of_its_own_does_not_carry_the_list_asked_before(chat):
    answer = chat("운영우수성 설계원칙 몇개임?", "그쪽 리뷰에서 hri 잔뜩 나오면 뭐부터 손봄")
    assert "배포 자동화" in answer.answer and "런북" in answer.answer


def test_among_three_picks_one_without_counting_again(chat):
    answer = chat("보안필라 데이터보호 영역은 sec 몇번부터 몇번임", "셋중에 젤 먼저 해야되는거")
    assert not answer.abstained and "SEC07" in answer.answer


def test_an_example_asked_of_an_item_comes_from_its_passage(chat):
    answer = chat("일반 설계 원칙 6개 뭐뭐임", "5번째꺼 예시 좀")
    lines = answer.answer.splitlines()
    assert lines[0].startswith("데이터 기반 아키텍처") and "지연 시간" in "\n".join(lines[1:3])


def test_the_newest_of_a_list_just_given_is_the_item_that_says_so(chat):
    answer = chat("cost 필라 설계원칙 몇개임", "그중 젤 최근에 생긴게 뭐임")
    first = answer.answer.splitlines()[0]
    assert first.startswith("클라우드 재무 관리 구현") and "가장 최근" in first


def test_money_not_spent_reads_as_free_and_an_error_as_the_summaries_word(chat):
    answer = chat("에러메세지 떴는데 돈 안쓰고 먼저 찾아볼데 어디임")
    assert not answer.abstained and "Knowledge Center" in answer.answer


def test_an_areas_one_word_name_in_prose_is_no_sibling_area(chat):
    # "데이터" is the sustainability area's name and an everyday word: PERF03's sentences on data stay in its answer
    answer = chat("성능효율성 best practice 영역 뭐뭐 있음?", "세번째꺼 좀 더 자세히")
    assert "캐싱" in answer.answer and "샤딩" in answer.answer, answer.answer


def test_which_of_them_asked_with_a_question_word_picks_one(chat):
    answer = chat("APN 파트너 경로 뭐뭐 있음", "마이그레이션 맡길 회사 찾는거면 그중 어디 봐야됨?")
    assert answer.answer.splitlines()[0].startswith("Services Path"), answer.answer


def test_whether_a_named_tool_is_free_needs_a_passage_that_says_what_it_costs(chat):
    assert chat("is the customer carbon footprint tool free or is there a per-account charge?").abstained
    assert not chat("is the WA tool free?").abstained
    # a name lent by the turn before was asked about there: "툴 자체는 무료야?" asks about the tool
    assert not chat("WA tool 마일스톤 뭐임?", "툴 자체는 무료야?").abstained


def test_the_setting_a_turn_states_is_not_the_topic_carried(chat):
    answer = chat(
        "we just need a firewall product running in our vpc this week. marketplace, an apn partner, or proserve?",
        "ok and when that thing misbehaves, do we open a case with aws support?",
    )
    assert not answer.abstained and "vpc" not in answer.answer.casefold().split("\n")[0], answer.answer


def test_which_area_a_practice_belongs_to_is_picked_by_what_its_section_holds(chat):
    first = chat("비용 필러에서 예약 인스턴스 고르는 건 어느 영역?").answer.splitlines()[0]
    assert first.startswith("비용 효율적인 리소스"), first
    # one lone word shared with a section ("고르" in "고르게") is no ground to pick: the list stays whole
    answer = chat("태깅해서 비용 팀별로 나누는 건 비용 필라 어느 영역?").answer
    assert answer.splitlines()[0].startswith("비용 최적화(Cost Optimization) 원칙의 모범 사례 영역은"), answer


def test_a_service_in_hangul_and_money_it_takes_are_understood(chat):
    answer = chat("그래비톤 쓰면 성능 말고 또 어느 필러에 이득임?")
    assert not answer.abstained and "지속 가능성" in answer.answer.splitlines()[0], answer.answer
    assert chat("AWS Academy 학교가 가입하려면 돈 듬? 연회비 있음?").abstained  # no price stated for it


def test_a_question_id_asked_with_a_guess_is_placed_then_told_from_its_own_passage(chat):
    answer = chat("rel12는 뭐 보는 질문임? 카오스 그런거?").answer
    lines = answer.splitlines()
    assert lines[0].startswith("REL12(안정성 테스트)"), answer
    assert any("카오스" in x for x in lines[1:]) and "Well-Architected Tool" not in answer, answer
    answer = chat("COST08 뭐임? 데이터 전송 얘기?").answer
    assert "데이터 전송 비용" in answer.splitlines()[0] and "SEC0" not in answer, answer


def test_a_plan_that_must_still_exist_next_year_is_one_without_an_end_date(chat):
    first = chat("cheapest support plan that still exists next year?").answer.splitlines()[0]
    assert first.startswith("The cheapest plan without an end date is Basic Support"), first
