"""Answers through the whole chain (real store, real models) to chat turns that set the topic aside, pick an item
of the last list by what it is for, point at the plan a date moves them to, or type chat's loanwords."""

from __future__ import annotations

from assistant.answer.question import read_question


def test_this_one_after_a_date_asks_what_happens_to_the_plan_then(chat):
    answer = chat("비즈니스 서포트 쓰고있는데 여기도 TAM 붙음?", "1월1일 지나면 이거 어케됨?")
    first = answer.answer.splitlines()[0]
    assert "2027-01-01" in first and "Business Support+" in first and "TAM" not in first, answer.answer


def test_the_place_pointed_at_after_a_move_is_the_plan_moved_to(chat):
    answer = chat("비즈니스 서포트 쓰고있는데 여기도 TAM 붙음?", "1월1일 지나면 이거 어케됨?", "거긴 얼마임?")
    first = answer.answer.splitlines()[0]
    assert first.startswith("Business Support+") and "$129" in first, answer.answer


def test_that_one_set_aside_asks_for_a_sibling(chat):
    answer = chat(
        "비즈니스 서포트 쓰고있는데 여기도 TAM 붙음?",
        "1월1일 지나면 이거 어케됨?",
        "거긴 얼마임?",
        "그거말고 지정TAM 확실히 나오는 플랜은? 최소 월 얼마부터임",
    )
    lead = "\n".join(answer.answer.splitlines()[:2])
    assert "Enterprise Support" in lead and "$15,000" in lead, answer.answer


def test_an_item_picked_by_what_it_is_for_leads_and_set_aside_words_choose_nothing(chat):
    answer = chat(
        "APN에 컴피턴시 말고 다른 특화 프로그램 뭐뭐있음",
        "구축은 필요없고 운영만 통째로 외주줄거임. 그중에 뭐 봐야됨?",
    )
    assert answer.answer.startswith("AWS Managed Service Provider(MSP)"), answer.answer


def test_an_item_picked_by_its_place_answers_who_it_is_for_by_its_own_line(chat):
    answer = chat(
        "APN에 컴피턴시 말고 다른 특화 프로그램 뭐뭐있음",
        "구축은 필요없고 운영만 통째로 외주줄거임. 그중에 뭐 봐야됨?",
        "두번째꺼는 누구한테 주는건데?",
    )
    assert answer.answer.startswith("AWS Service Ready:"), answer.answer


def test_chat_loanwords_read_as_the_summaries_words(assistant, chat):
    q = read_question("금액 큰건 가격네고 되나?", assistant.aliases)
    assert "협상" in q.text
    answer = chat("마켓플레이스 결제는 판매자한테 따로 함?", "금액 큰건 가격네고 되나?")
    assert "private offer" in answer.answer.splitlines()[0] and "$29" not in answer.answer, answer.answer


def test_a_yes_no_is_led_by_the_sentence_holding_all_its_words_over_a_list(assistant):
    answer = assistant.ask("마켓플레이스 결제는 벤더한테 따로 하는거임?")
    assert "AWS 청구서" in answer.answer.splitlines()[0], answer.answer


def test_what_goes_in_a_thing_is_answered_by_its_parts(chat):
    answer = chat(
        "게임데이 그냥 부하테스트 하는날 아님?", "그거 aws쪽에 돌리는 도구 있음?", "거기 실험템플릿엔 뭐 들어감"
    )
    lead = "\n".join(answer.answer.splitlines()[:5])
    assert "구성 요소" in lead and "중지 조건" in lead, answer.answer


def test_a_place_the_corpus_retired_is_its_own_subject_not_the_topic(chat):
    answer = chat(
        "found an old aws quick start wordpress template. are quick starts even maintained anymore?",
        "and landing zone for a new multi account setup, still the way?",
    )
    assert "Control Tower" in answer.answer.splitlines()[0], answer.answer


def test_a_pick_among_those_needs_a_question_that_picks(chat):
    answer = chat(
        "what kinds of products can you actually buy on AWS Marketplace",
        "if one of those has a bug do I just open an AWS Support case?",
    )
    assert "CloudFormation" not in answer.answer.splitlines()[0] and "seller" in answer.answer, answer.answer


def test_the_plans_that_include_an_item_are_headed_by_the_item(assistant):
    first = assistant.ask("which support plans come with the support api").answer.splitlines()[0]
    assert "Support API" in first and "Support plan" not in first, first


def test_the_other_add_on_after_one_set_aside_is_priced(chat):
    answer = chat(
        "크리티컬 워크로드 몇개만 5분 응답 받고싶은데 그런 애드온 있음? 월 예산 5천불 이하임",
        "그거 말고 다른 애드온은 뭐있음? 그건 얼마",
    )
    first = answer.answer.splitlines()[0]
    assert "Countdown Premium" in first and "$10,000" in first, answer.answer


def test_an_order_by_cost_asks_for_no_price(assistant):
    answer = assistant.ask("what DR strategies does the reliability pillar list? roughly cheapest to priciest")
    assert not answer.abstained and "pilot light" in answer.answer, answer.answer


def test_the_plan_they_are_on_sets_the_scene_and_the_one_they_move_to_is_priced(assistant):
    first = assistant.ask(
        "we're on business support, ~$200k/mo AWS usage. if we jump to enterprise support before jan 1, "
        "what's the monthly support fee?"
    ).answer.splitlines()[0]
    assert first.startswith("Enterprise Support") and "$18,500" in first, first
    gap = assistant.ask("developer 쓰는데 월 사용액 3천불임, business로 가면 얼마 더 비쌈?").answer.splitlines()[0]
    assert "$210" in gap, gap


def test_that_one_set_aside_beside_a_named_sibling_carries_the_rest(chat):
    answer = chat("신뢰성 필러 설계 원칙 뭐뭐임?", "그거 말고 보안 필러는?")
    assert "보안(Security) 원칙의 설계 원칙" in answer.answer.splitlines()[0], answer.answer


def test_how_much_time_asks_no_price(assistant):
    first = assistant.ask("비지니스 서포트 플랜 production 장애나면 응답시간 얼마야?").answer.splitlines()[0]
    assert "1시간" in first and "$" not in first, first
    assert "$100" in assistant.ask("비즈니스 서포트 얼마야?").answer.splitlines()[0]


def test_a_plan_set_aside_with_its_kind_word_is_not_the_answer(assistant):
    first = assistant.ask("developer 플랜 말고 24시간 전화지원 되는 플랜중에 젤 싼게 뭐에요?").answer.splitlines()[0]
    assert "Business Support" in first and "Developer" not in first, first


def test_a_list_of_plans_set_aside_leaves_the_plans_that_last(assistant):
    # every name of "Developer, Business, On-Ramp 말고" is set aside, so none is the plan the asker is on
    first = assistant.ask("Developer, Business, On-Ramp 말고 2027년 이후 가입 가능한 플랜?").answer.splitlines()[0]
    assert "Business Support+" in first and "Unified Operations" in first, first
    assert "Enterprise On-Ramp" not in first and "추천" not in first, first
    english = assistant.ask("other than developer, business and on-ramp, which plans can I sign up for after 2027?")
    assert "Business Support+" in english.answer.splitlines()[0], english.answer


def test_a_name_pointed_back_at_and_set_aside_is_not_the_answer(assistant):
    # "온램프는 곧 없어진다 해서 그건 말고": On-Ramp is set aside; the launch-readiness help is what is asked
    first = assistant.ask(
        "담달 대형 런칭있는데 AWS쪽에서 사전에 인프라 점검 같이 봐주는거 있어? 온램프는 곧 없어진다 해서 그건 말고"
    ).answer.splitlines()[0]
    assert "Infrastructure Event Management" in first and not first.startswith("Enterprise On-Ramp"), first


def test_the_premier_firms_less_the_one_set_aside(assistant):
    for asked in (
        "국내 프리미어 파트너로 자주 거론되는 데 중에 메가존 말고 나머지 두 곳 어디야?",
        "korean premier partners other than megazone - which ones?",
    ):
        first = assistant.ask(asked).answer.splitlines()[0]
        assert "Bespin Global" in first and "키존네트웍스" in first and "MegazoneCloud" not in first, first


def test_the_plans_that_stay_when_the_retiring_ones_are_set_aside(assistant):
    first = assistant.ask("신규로 서포트 계약 하려는데 곧 없어지는 플랜들 말고 계속 남는 것만 알려주세요").answer
    assert "Business Support+" in first.splitlines()[0] and "Unified Operations" in first.splitlines()[0], first


def test_a_thing_set_aside_with_some_is_no_subject_to_decline(assistant):
    answer = assistant.ask(
        "setting up a multi-account env from scratch. our old wiki says use AWS Landing Zone — still the move or is "
        "there something newer (not some deprecated solution pls)"
    )
    assert not answer.abstained and "Control Tower" in answer.answer, answer.answer


def test_a_design_principle_set_aside_by_a_name_with_its_acronym_leaves_the_others(assistant):
    asked = "비용최적화 필라 설계원칙 중에 클라우드 재무관리(CFM) 말고 나머지 원칙들 뭐있음?"
    first, *rest = assistant.ask(asked).answer.splitlines()
    assert "4가지" in first, first
    assert not any("Implement cloud financial management" in line for line in rest[:4]), rest


def test_a_design_principle_set_aside_in_words_leaves_the_others(assistant):
    first = assistant.ask("reliability design principles other than scale horizontally?").answer.splitlines()
    assert first[0].startswith("Besides Scale horizontally") and "4 design principles" in first[0], first
    korean = assistant.ask("안정성 설계 원칙 중에 수평 확장 말고 나머지?").answer.splitlines()[0]
    assert "4가지" in korean, korean
