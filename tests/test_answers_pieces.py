"""Answers through the whole chain (real store, real models) that must pick the right piece: an item of a list
named by its own name, a list repeated in two pieces of its section, the parts of a message joined by commas, a
subject from turns ago, and the last answer said again in the other language."""

from __future__ import annotations


def test_the_english_name_of_an_item_picked_by_its_place_is_the_item_s(chat):
    answer = chat("안정성 필러 설계원칙 5개 뭐임", "세번째꺼 자세히", "영어 원문 이름은 정확히 뭐임?")
    assert "Scale horizontally to increase aggregate workload availability" in answer.answer.splitlines()[0]


def test_a_design_principle_named_alone_in_korean_is_answered_not_declined(assistant):
    answer = assistant.ask("수평 확장으로 전체 가용성 향상 자세히 설명해줘")
    assert not answer.abstained
    assert any("pillar-reliability.md" in c.source for c in answer.citations)


def test_an_item_named_by_its_own_name_leads_out_of_its_list(assistant):
    first = assistant.ask("FIS 중지 조건은 뭘로 걸어?").answer.splitlines()[0]
    assert first.startswith("중지 조건") and "CloudWatch" in first


def test_a_list_repeated_under_a_section_s_lead_is_shown_once_with_its_items(assistant):
    answer = assistant.ask("프로페셔널 레벨 자격증 예시로 뭐뭐 나와? SA Pro 말고 또 있었던 거 같은데").answer
    assert "Solutions Architect – Professional" in answer and "DevOps Engineer" in answer


def test_each_question_of_a_message_is_answered_even_after_a_comma(assistant):
    answer = assistant.ask(
        "big DC migration coming up — AWS ProServe or an APN partner? also how do we even engage ProServe, "
        "is there a price list somewhere?"
    ).answer
    assert "price list" in answer and "APN partner" in answer
    validity = assistant.ask("AWS 자격증 따볼까 하는데 레벨 어떻게 나뉨? 한번 따면 평생감? 입문자는 뭐부터 보면 됨?")
    assert "3년" in validity.answer


def test_the_item_a_turn_picked_from_its_own_list_stays_the_topic(chat):
    answer = chat(
        "안정성 필러 설계원칙 5개중 마지막꺼 옛날 판 이름 뭐였음?",
        "what does it actually mean in practice? automate literally everything?",
    )
    assert "Manage change through automation" in answer.answer.splitlines()[0]


def test_going_back_to_an_earlier_subject_by_a_word_of_its_name(chat):
    answer = chat(
        "sustainability pillar - which q is about matching what we run to actual demand? our fleet is sized for black "
        "friday all year lol",
        "so instead of provisioning for the peak, what does it want us to do?",
        "and which one covers the software side? anything in there about when to run batch jobs",
        "back to the demand one — does it say anything about where the workload should sit relative to our users?",
    )
    assert "close to users" in answer.answer.splitlines()[0]


def test_say_that_in_english_says_the_last_answer_again_in_english(chat):
    answer = chat("FIS 중지 조건은 뭘로 걸어?", "can you say that in English? gotta paste it in our SRE channel")
    assert answer.lang == "en" and not any("가" <= ch <= "힣" for ch in answer.answer.splitlines()[0])
    assert "Fault Injection Service" in answer.answer


def test_who_bills_is_answered_by_the_sentence_that_says_so_not_by_a_price(chat):
    answer = chat(
        "what pricing models can sellers use on AWS Marketplace?",
        "we'd be spending ~$200k/yr on one security SaaS there. can we negotiate the price or is list price it?",
        "그럼 그거 청구는 벤더가 따로 인보이스 보내는거임?",
    )
    assert "AWS 청구서" in answer.answer.splitlines()[0]


def test_the_asker_s_team_roles_are_no_subject_the_corpus_must_state(assistant):
    answer = assistant.ask(
        "cost explorer rightsizing recs vs compute optimizer — our finops person and our SREs keep arguing "
        "which one is 'right'. which is for whom?"
    )
    assert not answer.abstained and "Compute Optimizer" in answer.answer


def test_wanting_to_become_a_partner_is_the_partner_advisor_s_become_path(assistant):
    answer = assistant.ask("우리 회사 AWS 파트너 되고 싶은데 AWS 자체를 거의 처음 다뤄봄 ㅠ 뭐부터 시작해야됨?")
    assert "Navigate" in answer.answer.splitlines()[0]


def test_every_resource_the_notes_name_gets_its_successor(assistant):
    answer = assistant.ask(
        "my old notes tell people to use the AWS Forums, Quick Starts and AWS Landing Zone. are those still a "
        "thing, or what replaced them?"
    ).answer
    assert "re:Post" in answer and "Partner Solutions" in answer and "Control Tower" in answer


def test_what_a_tam_does_is_not_answered_yes_by_the_plan_having_one(assistant):
    first = assistant.ask("on Enterprise Support — can our TAM just run our migration?").answer.splitlines()[0]
    assert not first.startswith("Yes") and "does not carry out project work" in first


def test_a_bare_language_after_an_answer_says_it_again_in_that_language(chat):
    answer = chat("온렘프 business critical down 응답 몇분임?", "엔터프는?", "영어로?")
    assert answer.lang == "en" and "15 minutes" in answer.answer.splitlines()[0]
    # (after an item of a list, "영어로는?" still asks the item's English name)
    named = chat("지속가능성 설계원칙 뭐뭐", "세번째꺼 예시 좀", "영어로는?")
    assert "Maximize utilization" in named.answer.splitlines()[0]


def test_areas_other_than_one_set_aside_in_chat_come_with_their_question_ids(assistant):
    answer = assistant.ask("지속가능성 SUS01 리전선택 ㄴㄴ 그거 말고 나머지 영역 뭐임? 번호랑").answer
    assert "SUS02" in answer and "SUS06" in answer and "SUS01" not in answer


def test_the_end_of_a_scale_asked_across_a_kind_keeps_the_measure_asked_before(chat):
    across = chat("REL 질문 몇개임?", "필라 중에 젤 많은거 ㅇㅇ?")
    assert "가장 많은" in across.answer.splitlines()[0] and "13" in across.answer.splitlines()[0]
    within = chat("how many questions in the reliabilty pillar these days", "which of its areas is the biggest one")
    assert "Failure management" in within.answer.splitlines()[0]


def test_a_why_question_is_led_by_the_sentence_that_gives_the_reason(assistant):
    first = assistant.ask("SP/RI 사기 전에 라이트사이징 먼저 하라는 이유 뭐임?").answer.splitlines()[0]
    assert "할인 효과가 줄어든다" in first


def test_a_principle_s_former_name_comes_from_the_catalog(chat):
    answer = chat("안정성 pillar 설계 원칙 뭐 있음?", "마지막 거 예전 이름은?")
    assert "Manage change in automation" in answer.answer.splitlines()[0]
    term = chat("mechanical sympathy = ? my notes say knowing every AWS service lol")
    assert term.answer.startswith("Consider mechanical sympathy")


def test_chat_abbreviations_of_names_are_names(assistant):
    answer = assistant.ask("노트엔 마켓플 AMI, CFN, SaaS, 컨테이너만 적음. 그거 말고 뭐 팜?")
    assert not answer.abstained and "전문 서비스" in answer.answer


def test_a_list_the_asker_typed_is_checked_against_the_catalog_s(assistant):
    first = assistant.ask(
        "my notes have the general design principles as: stop guessing capacity, test at prod scale, automate for "
        "experimentation, evolutionary architectures, game days. is one missing or is that the whole list?"
    ).answer.splitlines()[0]
    assert first.startswith("Missing from your list") and "Drive architectures using data" in first
    korean = assistant.ask(
        "보안 설계원칙이 강력한 자격증명, 추적성, 모든 계층 보안, 자동화, 전송중 데이터 보호 이렇게 5개 맞음? "
        "빠진거 있음?"
    ).answer.splitlines()[0]
    assert "Keep people away from data" in korean and "Prepare for security events" in korean


def test_notes_named_after_a_request_only_give_its_reason(assistant):
    answer = assistant.ask("안정성 pillar design principle 5개 영문 이름 좀 ㅠ 노트엔 한글로만 대충 적어놔서")
    assert answer.citations[0].source.startswith("corpus/summaries/")
    assert "Scale horizontally to increase aggregate workload availability" in answer.answer


def test_the_last_item_of_a_list_under_a_support_line_keeps_its_old_name(chat):
    answer = chat(
        "what are the APN Services Path tiers, lowest to highest?",
        "and the last one, what was it called under the old naming?",
    )
    assert "Premier Consulting Partner" in answer.answer.splitlines()[0]


def test_an_aws_managed_service_asked_for_is_a_tool_not_the_glossary_term(chat):
    answer = chat(
        "노트에 게임데이 = 부하테스트 하는 날 이라고 적어놨는데 이거 맞음?",
        "그거 할 때 쓰는 AWS 관리형 서비스 따로 있음?",
    )
    assert "Fault Injection Service" in answer.answer.splitlines()[0]


def test_ids_of_one_area_are_that_area_and_a_korean_answer_counts_in_korean(assistant):
    first = assistant.ask(
        "reliability pillar: REL09 to REL13 fall under which best-practice area, and how many questions is that"
    ).answer.splitlines()[0]
    assert "Failure management" in first and "5 questions" in first
    total = assistant.ask("how many questions in the WA Framework lens rn? 슬라이드에 총 질문 수 넣어야 됨")
    assert not total.abstained and "57" in total.answer.splitlines()[0]


def test_a_quoted_product_name_the_corpus_never_says_is_declined(assistant):
    answer = assistant.ask(
        "saw 'AWS Well-Architected Agent (preview)' in the WA docs — what does it actually do, and how is its "
        "profile different from a WA Tool profile?"
    )
    assert answer.abstained and "Well-Architected Agent" in answer.answer.splitlines()[0]
    kept = assistant.ask("vendor says they're an APN 'Distribution Path' partner. what does that path actually mean?")
    assert not kept.abstained


def test_a_count_per_holder_counts_the_thing_named_before(assistant):
    answer = assistant.ask("WA tool milestone max how many per workload?")
    assert not answer.abstained and "100" in answer.answer.splitlines()[0]


def test_a_bare_language_after_a_list_says_the_list_again(chat):
    answer = chat("비용 최적화 모범사례 영역 뭐뭐임", "영어로?")
    assert answer.lang == "en" and "Expenditure and usage awareness" in answer.answer


def test_the_end_of_a_scale_asked_as_a_second_part_is_answered(assistant):
    answer = assistant.ask("how many qs does REL have and which pillar has the fewest?").answer
    assert "13" in answer.splitlines()[0] and "Performance Efficiency" in answer


def test_a_service_that_only_sets_a_why_question_is_no_subject_it_must_state(assistant):
    answer = assistant.ask("why would paying for multi-AZ RDS count as cost optimization lol")
    assert not answer.abstained and "Multi-AZ" in answer.answer.splitlines()[0]


def test_a_part_s_list_the_answer_already_lists_is_not_said_twice(assistant):
    answer = assistant.ask(
        "보안 설계원칙이 강력한 자격증명, 추적성, 모든 계층 보안, 자동화, 전송중 데이터 보호 이렇게 5개 맞음? "
        "빠진거 있음?"
    ).answer
    assert answer.count("강력한 자격 증명 기반 구현") == 1


def test_a_name_typed_as_one_word_is_no_slip_of_another_word(assistant):
    answer = assistant.ask("enterprise onramp biz critical respnse time? and can we still buy it next yr").answer
    assert "30 minutes" in answer.splitlines()[0] and "On-Ramp" in answer.splitlines()[0]
    assert "2027-01-01" in answer
