"""Answers through the whole chain (real store, real models) where the asker says what they can do without, where
the answer sits in one item of a list or behind a connective, and where a word of the question was read as a
figure asked ("have no timeout") or as a review question ("a re:Post question")."""

from __future__ import annotations

from assistant.answer.question import read_question
from assistant.recommend import detect_intent
from assistant.recommend.needs import read_support


def test_a_need_set_aside_beside_one_stated_goes_to_the_plan_recommender(assistant):
    # (the catalog answered "the cheapest plan WITH a TAM" here: the negation was not read)
    assert detect_intent("TAM은 필요없고 24시간 전화 지원만 되면 됨. 제일 싼 플랜?") == "support_plan"
    assert detect_intent("we dont need a TAM tbh, just 24/7 + 1hr on prod down. whats the cheaper plan") == (
        "support_plan"
    )
    # a plan named is a plan asked about: its facts answer, not a recommendation
    assert detect_intent("TAM은 필요없고 컨시어지팀만 있으면 되는데 bs+로 충분함?") is None
    answer = assistant.ask("we dont need a TAM tbh, just 24/7 + 1hr on prod down. whats the cheaper plan")
    assert answer.intent == "support_plan"
    assert "Business Support+" in answer.answer.splitlines()[0]


def test_a_day_of_hours_before_a_channel_is_round_the_clock_not_a_response_target(assistant):
    from assistant.knowledge.catalog import load_catalog

    plans = load_catalog(assistant.settings.corpus).support_plans
    read = read_support("24시간 전화 지원만 되면 됨", plans)
    ids = {r.id for r in read.reqs}
    assert {"24x7", "phone"} <= ids and "general-guidance-24h" not in ids
    # a response within a day is still a response target
    read = read_support("기술 문의 24시간 안에 답 받으면 됨", plans)
    assert "24x7" not in {r.id for r in read.reqs}


def test_a_feature_one_can_do_without_is_not_the_feature_asked(assistant):
    q = read_question("TAM은 필요없고 결제 봐주는 컨시어지팀만 있으면 되는데 bs+로 충분함?", assistant.aliases)
    assert "technical-account-manager" not in q.entities
    assert "technical-account-manager" in [m.entity.id for m in q.negated]
    answer = assistant.ask("TAM은 필요없고 결제 봐주는 컨시어지팀만 있으면 되는데 bs+로 충분함?")
    first = answer.answer.splitlines()[0]
    assert "컨시어지" in first and "TAM" not in first
    assert "Enterprise Support" in answer.answer  # where the concierge team is certain


def test_the_cheapest_plan_without_a_feature_is_named_with_its_price(assistant):
    first = assistant.ask("TAM 없는 플랜 중에 제일 싼 거?").answer.splitlines()[0]
    assert "Basic Support" in first and "무료" in first


def test_the_cheaper_of_two_plans_at_a_stated_bill_is_priced_at_that_bill(assistant):
    first = assistant.ask("월 사용액 8만불이면 온램프랑 비즈니스 중에 뭐가 더 쌈?").answer.splitlines()[0]
    assert "Business Support" in first and "$5,900" in first


def test_a_timeout_left_out_asks_for_no_duration(assistant):
    assert "duration" not in read_question("what breaks when outbound calls have no timeout?", assistant.aliases).asks
    assert "duration" in read_question("lambda timeout?", assistant.aliases).asks
    answer = assistant.ask("rel antipatterns: what actually breaks when outbound calls have no timeout?")
    assert not answer.abstained
    assert "timeout" in answer.answer


def test_a_question_posted_somewhere_is_no_review_question(assistant):
    q = read_question("Is it ok to paste my account ID and config into a re:Post question?", assistant.aliases)
    assert "questions" not in q.facets
    assert "questions" in read_question("SEC questions?", assistant.aliases).facets
    first = assistant.ask("Is it ok to paste my account ID and config into a re:Post question?").answer.splitlines()[0]
    assert "account IDs" in first


def test_a_sentence_joined_by_a_connective_can_lead_without_it(assistant):
    first = assistant.ask("re:Post에 계정 ID 올려도 됨?").answer.splitlines()[0]
    assert "계정 ID" in first and not first.startswith("또한")


def test_a_yes_no_is_answered_by_the_one_item_that_says_so(chat):
    answer = chat(
        "게임데이 그냥 부하테스트 하는날 아님?",
        "장애 주입하는 aws 툴 뭐있음? 예전 이름도 알려줘",
        "실험하다가 알람 울리면 자동으로 멈추게 할수있음?",
    )
    first = answer.answer.splitlines()[0]
    assert "CloudWatch" in first and "멈" in first


def test_a_price_of_a_named_service_the_corpus_never_gives_is_declined(assistant):
    answer = assistant.ask("fis pricing per action minute?")
    assert answer.abstained
    answer = assistant.ask("스킬빌더 구독료는 한달에 얼마임?")
    assert answer.abstained  # "무료" courses beside it are no subscription price


def test_a_best_practice_id_is_answered_by_the_sentence_that_says_what_it_is(assistant):
    first = assistant.ask("OPS07-BP06 이거 뭔 모범사례임?").answer.splitlines()[0]
    assert first.startswith("OPS07-BP06") and "지원 계획" in first  # not the question's area, nor "예를 들어"
    first = assistant.ask("what's OPS07-BP06 about?").answer.splitlines()[0]
    assert "support plan" in first and "such as" not in first


def test_how_much_more_after_two_plans_priced_is_the_gap_at_the_same_bill(chat):
    answer = chat(
        "우리 월 aws 사용액 5만불 정도인데 비지니스 서포트 쓰면 한달에 얼마 나옴??",
        "그럼 엔터프라이즈는?",
        "얼마 더 비쌈?",
    )
    assert "$11,200" in answer.answer.splitlines()[0]


def test_what_to_add_for_a_faster_response_than_the_plan_gives_is_the_add_on(assistant):
    first = assistant.ask(
        "we're on enterprise but 15 min isnt fast enough for 2 critical workloads, need like 5 min."
        " what do we add + cost?"
    ).answer.splitlines()[0]
    assert "Incident Detection and Response" in first and "$7,000" in first


def test_a_limit_asked_of_the_tool_that_the_corpus_never_gives_is_declined(assistant):
    answer = assistant.ask("wa툴에서 계정 하나당 워크로드 최대 몇개까지 만들수있음? 마일스톤 말고 워크로드")
    assert answer.abstained
    answer = assistant.ask("워크로드 하나에 마일스톤 최대 몇개?")
    assert not answer.abstained and "100" in answer.answer.splitlines()[0]


def test_a_word_the_passages_hyphenate_is_known(assistant):
    answer = assistant.ask("security pillar antipattern list - what do they say about security groups?")
    assert not answer.abstained


def test_a_best_practice_id_finds_the_passage_that_states_it_whatever_else_is_said(assistant):
    from assistant.retrieval.identifiers import states_practice

    assert states_practice("OPS07-BP06은 프로덕션 워크로드를 위한 지원 계획을 마련하라는 모범 사례다.", ["OPS07BP06"])
    assert not states_practice("질문마다 OPS07-BP06처럼 번호가 붙은 모범 사례가 딸려 있다.", ["OPS07BP06"])
    assert not states_practice("Best practices carry ids such as SEC01-BP01.", ["SEC01BP01"])
    first = assistant.ask("OPS07-BP06 이거 무슨 모범사례임? 리뷰에서 HRI 떴는데").answer.splitlines()[0]
    assert first.startswith("OPS07-BP06") and "지원 계획" in first


def test_which_tools_is_answered_by_lines_that_name_each_passages_own_tool(assistant):
    first = assistant.ask("라이트사이징 할때 쓸만한 aws 툴 뭐뭐 있음?").answer.splitlines()[0]
    assert "Compute Optimizer" in first  # not "분석 대상에는 EC2 …, Amazon ECS …" from its passage


def test_the_question_id_of_a_named_topic_leads(assistant, chat):
    first = assistant.ask("안정성 필러 데이터 백업 관련된건 몇번 질문임?").answer.splitlines()[0]
    assert first.startswith("REL09")
    answer = chat(
        "릴라이어빌리티 필라 질문 총 몇개임?",
        "데이터 백업 관련된건 그거 몇번 질문임?",
        "그건 어느 영역 소속임? 그 영역엔 질문 몇개 있고?",
    )
    first = answer.answer.splitlines()[0]
    assert "장애 관리" in first and "5" in first  # REL09's area, Failure management, and its five questions


def test_what_changes_on_the_move_to_the_successor_gives_both_plans_values(chat):
    answer = chat(
        "엔터프라이즈 온램프 쓰고있는데 이거 없어진다며?? 언제 없어지고 어디로 넘어감",
        "그럼 넘어가면 TAM은 어케됨? 비즈니스크리티컬 다운 응답시간도 달라짐?",
    )
    assert "30분" in answer.answer and "15분" in answer.answer and "지정 TAM" in answer.answer


def test_the_one_added_most_recently_is_the_newest_not_a_date(chat):
    answer = chat("cost optimzation pillar design principles?", "which one got added most recently")
    first = answer.answer.splitlines()[0]
    assert "Implement cloud financial management" in first and "newest" in first


def test_a_feature_this_turn_names_is_answered_before_the_lent_facet(chat):
    answer = chat("비즈니스 서포트 프로덕션 다운 응답 얼마나 걸림", "엔터프라이즈는?", "TAM도 줌?")
    first = answer.answer.splitlines()[0]
    assert first.startswith("네.") and "TAM" in first and "1시간" not in first


def test_the_item_about_a_few_words_is_picked_from_the_last_list(chat):
    answer = chat("안정성 설계 원칙 뭐뭐 있음?", "그 중에 자동 복구 관련된 건 뭐임?")
    assert "장애 자동 복구" in answer.answer.splitlines()[0]


def test_a_turn_that_is_only_a_condition_asks_the_last_question_under_it(chat):
    answer = chat("비즈니스 서포트 가격?", "월 사용액 2만불이면?", "엔터프라이즈는?")
    assert "$15,000" in answer.answer.splitlines()[0] and "$20,000" in answer.answer.splitlines()[0]
    answer = chat("how much is business support?", "what if we spend 50k a month?")
    assert "$3,800" in answer.answer.splitlines()[0]


def test_a_length_asked_after_a_price_asks_no_price(chat, assistant):
    answer = chat("Well-Architected 리뷰 누가 해줘?", "비용은?", "얼마나 걸려?")
    assert not answer.abstained and "몇 시간" in answer.answer.splitlines()[0]
    first = chat("Well-Architected 리뷰 누가 해줘?", "비용은?").answer.splitlines()[0]
    assert "비용은?" not in first  # a decline names the figure, not the question's words with their "?"


def test_among_the_last_list_the_item_named_by_a_few_words(chat):
    answer = chat("APN 파트너 경로 몇 개?", "그 중에 교육 파트너는?")
    first = answer.answer.splitlines()[0]
    assert "Training Path" in first and "5가지" not in first  # the path, not the list again


def test_related_services_after_a_topic_are_the_topics_service_sections(chat):
    answer = chat("게임데이가 뭐야", "관련 AWS 서비스는?")
    assert answer.answer.splitlines()[0].startswith("AWS Fault Injection Service")


def test_a_bare_first_one_after_a_list_is_its_first_item_not_the_first_turns_subject(assistant):
    from assistant.answer.conversation import resolve
    from assistant.types import Turn

    history: list[Turn] = []
    for question in ("지속 가능성 필러 언제 추가됨?", "설계 원칙 몇 개?"):
        history.append(Turn(question, assistant.ask(question, history).answer))
    q = resolve(read_question("첫번째 거 설명해줘", assistant.aliases), history, assistant.aliases)
    assert "sustainability/understand-your-impact" in q.entities


def test_what_a_thing_is_divided_into_asks_for_no_tool(assistant):
    assert not read_question("aws 교육 프로그램 종류 크게 뭐뭐로 나뉨?", assistant.aliases).wants_tool
    assert read_question("그거 뭐로 분석함?", assistant.aliases).wants_tool
    first = assistant.ask("aws 교육 프로그램 종류 크게 뭐뭐로 나뉨? 팀 교육계획 짜는중").answer.splitlines()[0]
    assert "다섯 가지" in first


def test_a_short_korean_yes_no_with_no_subject_asks_about_the_topic(chat):
    answer = chat("자격증 몇 년 유효?", "시험 어디서 봐?", "한국어로 볼 수 있어?")
    assert "시험" in answer.answer.splitlines()[0] and "한국어" in answer.answer.splitlines()[0]
    assert "Support API" not in answer.answer
