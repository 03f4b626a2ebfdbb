"""Answers through the whole chain (real store, real models) to questions that name a thing by what it does,
point back at a list by its count, or check the asker's own notes: the ways people ask in chat without the
names the summaries use."""

from __future__ import annotations


def test_a_service_asked_for_by_what_it_does_is_the_topic_of_the_next_turn(chat):
    first = chat("what aws service do teams use to inject failures during a game day?").answer.splitlines()[0]
    assert "Fault Injection Service" in first
    # "is it free?" asks about the service found, not about game days
    answer = chat("what aws service do teams use to inject failures during a game day?", "does it cost anything?")
    assert "billed" in answer.answer.splitlines()[0]


def test_a_service_described_in_korean_is_named(assistant):
    first = assistant.ask("카오스 실험할 때 장애 넣어주는 서비스 이름이 뭐임?").answer.splitlines()[0]
    assert "Fault Injection Service" in first


def test_a_count_points_back_at_the_earlier_list_not_the_last_answer(chat):
    answer = chat(
        "well-architected 일반 설계 원칙 몇개고 뭐뭐임?",
        "그중에 게임데이 원칙은 언제 생긴거?",
        "그 6개 영어 이름으로 다시 정리해줘",
    )
    lines = answer.answer.splitlines()
    assert sum(1 for x in lines if x[:2] in {f"{n}." for n in range(1, 7)}) == 6
    assert "Stop guessing your capacity needs" in answer.answer and "Improve through game days" in answer.answer


def test_a_check_of_the_asker_s_notes_is_answered_by_a_summary_not_by_the_quoted_line(assistant):
    answer = assistant.ask("노트엔 '베이직 플랜은 aws 포럼이나 이용해'라고 돼있는데 아직 유효한 말임?")
    assert answer.citations[0].source.startswith("corpus/summaries/")
    assert "re:Post" in answer.answer


def test_the_framework_named_with_no_plan_word_is_not_an_item_a_plan_includes(assistant):
    first = assistant.ask(
        "our director plans to score squads with Well-Architected reviews. what do we actually get out of one?"
    ).answer.splitlines()[0]
    assert "plan" not in first.casefold() and "audit" in first


def test_a_change_of_the_answer_s_language_is_no_change_of_plan(chat):
    answer = chat(
        "엔터프라이즈 비즈니스 크리티컬 다운 응답 몇분?",
        "switching to english for my report: and on-ramp for that severity?",
    )
    assert "30 minutes" in answer.answer.splitlines()[0]


def test_levels_named_by_a_term_are_listed_from_the_section_headed_by_it(assistant):
    first = assistant.ask("WA 도구에서 위험 수준 종류 뭐뭐임?").answer.splitlines()[0]
    assert "HIGH" in first and "UNANSWERED" in first
    answer = assistant.ask("quick question: which risk levels does the WA tool give each question?")
    assert "NOT_APPLICABLE" in answer.answer.splitlines()[0]


def test_two_plans_compared_in_korean_on_their_tam_come_from_the_catalog(assistant):
    lines = assistant.ask("엔터프라이즈 온램프 vs 엔터프라이즈, TAM이랑 프로덕션 다운 응답 비교좀").answer.splitlines()
    assert any("TAM 풀" in x for x in lines) and any("지정 TAM" in x for x in lines)


def test_what_a_thing_is_written_in_is_no_tool_asked(assistant):
    answer = assistant.ask("custom lens 차이가 뭐고 그건 뭘로 작성함?")
    assert "JSON" in answer.answer and "Bedrock" not in answer.answer


def test_who_may_open_cases_is_compared_plan_by_plan(assistant):
    lines = assistant.ask("디벨로퍼 vs 비즈니스, 케이스 열 수 있는 사람 제한 뭐가 다름?").answer.splitlines()
    assert "주 연락 담당자" in lines[0] and any("IAM" in x for x in lines[1:3])


def test_the_service_described_in_chat_words_is_named_on_line_1(assistant):
    first = assistant.ask("what's the aws service that breaks things on purpose for chaos experiments").answer
    assert "Fault Injection Service" in first.splitlines()[0]


def test_an_item_picked_by_its_place_is_not_the_sibling_the_question_before_named(chat):
    answer = chat("일반 설계 원칙 전부 알려줘. 게임데이도 거기 들어감?", "the fourth one in two lines pls")
    first = answer.answer.splitlines()[0].casefold()
    assert "evolutionary" in first and "game day" not in first


def test_a_plan_turned_down_after_another_topic_still_goes_to_the_advisor(chat):
    answer = chat("게임데이 할 때 장애 넣는 서비스 뭐임?", "엔터프라이즈 서포트는 너무 비쌈. 대신 뭐 써야됨?")
    assert answer.intent == "support_plan" and "$14,999" in answer.answer.splitlines()[0]


def test_how_many_people_may_open_cases_is_answered_by_the_plan_s_rule(assistant):
    lines = assistant.ask("dev vs biz support - how many people on our team can open cases?").answer.splitlines()
    assert "one primary contact" in lines[0] and any("any number" in x for x in lines[1:3])


def test_the_last_two_items_are_both_answered(chat):
    answer = chat("security pillar best practice areas 다 알려줘", "거기서 마지막 두개는 질문번호 몇번임?")
    assert "SEC10" in answer.answer and "SEC11" in answer.answer


def test_the_one_my_notes_skipped_leads_and_a_4th_one_is_a_place(chat):
    first = chat("WA general design principles?", "which one did my notes skip?").answer.splitlines()[0]
    assert "Drive architectures using data" in first
    first = chat("security pillar design principles pls", "4th one - meaning in practice?").answer.splitlines()[0]
    assert "Automate security best practices" in first


def test_a_second_part_asking_if_it_is_free_adds_the_billing_line(assistant):
    answer = assistant.ask("게임데이에서 장애 주입은 뭘로 함? 그거 무료임?")
    assert "Fault Injection Service" in answer.answer.splitlines()[0] and "부과" in answer.answer


def test_a_reply_to_the_advisor_s_questions_is_weighed_with_the_request_before_it(chat):
    answer = chat(
        "enterprise support is way too expensive for us, what else?", "prod down 1h response is a must, no TAM"
    )
    assert answer.intent == "support_plan" and "Business Support+" in answer.answer.splitlines()[0]
    # (a question of its own after the advisor's questions is answered as a question)
    answer = chat("enterprise support is way too expensive for us, what else?", "what is a TAM?")
    assert answer.intent != "support_plan"


def test_the_review_question_that_covers_a_description_leads_by_its_id(assistant):
    # the pillar is named by its id prefix; what the question covers only by the words of its passage
    first = assistant.ask(
        "which OPS question is about runbooks, rollback plans and being ready to support the workload before go-live?"
    ).answer.splitlines()[0]
    assert first.startswith("OPS07") and "Prepare" in first
    answer = assistant.ask("team does quarterly load tests and alarms on perf KPIs. which PERF q is that evidence for?")
    assert answer.answer.startswith("PERF05") and "key performance indicators" in answer.answer


def test_a_sentence_of_a_whole_area_is_told_apart_by_the_topic_of_one_of_its_questions(assistant):
    # "저장 데이터 보호" (SEC08's own topic) meets the question; the area's sentence also names classification
    first = assistant.ask("SEC 몇 번이 저장된 데이터 암호화랑 키 관리 얘기임?").answer.splitlines()[0]
    assert first.startswith("SEC08") and "SEC07" not in first


def test_a_bare_description_after_a_question_id_ask_asks_the_id_again(chat):
    answer = chat(
        "SUS 몇 번이 리전 고르는 거 얘기임?",
        "ㅇㅋ 마지막으로 데이터 수명 주기 관리는?",
    )
    # (the area the turn names, "데이터", answers with its id)
    assert "SUS04" in answer.answer.splitlines()[0]


def test_ids_that_shared_words_leave_tied_are_told_apart_by_meaning(assistant):
    # "…비" and "설계" meet every id of the area alike; only COST08's own sentence is about data transfer
    first = assistant.ask(
        "NAT 게이트웨이비, AZ간 트래픽비 이런거 설계때 따지라는거 COST 몇번 질문임?"
    ).answer.splitlines()[0]
    assert first.startswith("COST08") and "COST05" not in first
    # (no word shared at all: "disaster recovery planning" against the entry "planning disaster recovery")
    first = assistant.ask("which REL question is the disaster recovery planning one?").answer.splitlines()[0]
    assert first.startswith("REL13")
