"""Answers through the whole chain (real store, real models) to questions typed the way people chat: a scene said
around the question, a word quoted, a pronoun for what the last answer brought in, "tell me more"."""

from __future__ import annotations

import pytest


def test_a_negated_question_about_a_listed_item_is_answered_no_despite_a_trailing_scene(assistant, chat):
    answer = assistant.ask(
        "biz 서포트는 서드파티 소프트웨어는 지원 안해주는거 맞지? ec2에 올린 nginx 설정 꼬인거 물어볼라 했는데"
    )
    assert not answer.abstained
    line = answer.answer.splitlines()[0]
    assert line.startswith("아니요") and "서드파티 소프트웨어" in line


@pytest.mark.parametrize(
    "question",
    [
        # an informal plural, and a verb before its object, are no names the corpus lacks
        "can I share a WA tool workload with our partner's aws account so they can edit answers? any region gotchas?",
        "how many questions are in the base framework lens right now? trying to timebox our first review",
    ],
)
def test_everyday_words_are_not_declined_as_unknown_names(assistant, question):
    assert not assistant.ask(question).abstained


def test_a_pronoun_points_at_the_add_on_the_answer_named(assistant, chat):
    first = (
        "엔터 서포트 쓰는중인데 결제쪽 크리티컬 워크로드 몇개는 15분 응답도 느림 ㅋㅋ "
        "더 빨리 받게 붙일수 있는 애드온 있음? 몇분짜리임?"
    )
    assert "5분" in assistant.ask(first).answer.splitlines()[0]  # ("몇개는 …": some of them, no count asked)
    price = chat(first, "오 그거 가격은?")
    assert "7,000" in price.answer.splitlines()[0]


def test_what_changes_after_the_move_names_the_plan_moved_to(assistant, chat):
    first = "우리 지금 엔터프라이즈 온램프 쓰는데 1월1일에 종료된다며? 우리가 뭐 따로 신청해야됨??"
    tam = chat(first, "그럼 TAM은 어케 바뀜?")
    assert "지정 TAM" in tam.answer
    price = chat(first, "그럼 TAM은 어케 바뀜?", "요금은 얼마로 바뀜? 우리 사용액 월 4만불 정도임")
    assert "$15,000" in price.answer.splitlines()[0]


def test_a_quoted_phrase_is_what_is_asked(assistant, chat):
    answer = assistant.ask("WA 리뷰 언제 하는게 젤 효과 좋냐니까 SA가 'one-way door' 전에 하라던데 그게 뭔 말임?")
    assert "one-way door" in answer.answer.splitlines()[0]


def test_tell_me_more_goes_on_in_the_same_passage(assistant, chat):
    answer = chat("지속가능성 필러 베스트프랙티스 영역 6개 뭐뭐였지", "두번째 거 좀 자세히")
    assert "SUS02" in answer.answer.splitlines()[0]
    assert "유휴" in answer.answer


def test_a_technical_word_the_catalog_line_lacks_goes_to_the_passage(assistant, chat):
    answer = assistant.ask("can we pull trusted advisor results programmatically? we're on business support")
    assert "API" in answer.answer.splitlines()[0]


def test_an_exam_named_by_its_short_name_is_found_under_its_long_one(assistant, chat):
    answer = chat("SAA 딴지 2년 좀 넘었는데 aws 자격증 유효기간 몇년이었지?", "만료되면 그냥 끝임? 계속 유지하려면?")
    assert not answer.abstained
    assert "재인증" in answer.answer.splitlines()[0]


def test_a_term_asked_beside_a_plan_is_not_answered_by_the_plans_profile(assistant, chat):
    answer = assistant.ask("developer support business hours 정확히 언제임?")
    assert "08:00" in answer.answer


def test_a_name_in_the_askers_setup_before_the_question_is_not_what_is_asked(assistant):
    answer = assistant.ask("we self-host rabbitmq on three ec2 nodes. per 'services, not servers', what instead?")
    assert not answer.abstained
    assert "Amazon SQS" in answer.answer.splitlines()[0]


def test_a_term_asked_after_a_question_id_is_defined(assistant):
    answer = assistant.ask("REL05 보니까 멱등성 얘기가 나오던데, 멱등성이 정확히 뭔 뜻임?")
    assert answer.answer.startswith("멱등성(idempotent")


def test_examples_asked_are_answered_by_the_sentence_that_gives_them(assistant):
    answer = assistant.ask("단일 장애 지점 제거 원칙에 AWS 예시로 뭐 나와 있음?")
    assert "Route 53" in answer.answer


def test_a_time_said_only_in_the_askers_situation_is_not_asked(assistant):
    answer = assistant.ask("누가 보안그룹 열어놔도 며칠 뒤에야 알게 됨. 이런 변경 잡는 건 보안 필러 SEC 몇 번 영역임?")
    assert not answer.abstained
    assert "SEC04" in answer.answer


def test_a_setup_ending_in_laughter_before_a_question_id_is_the_scene(assistant):
    answer = assistant.ask("VPC 몇 개에 온프렘까지 붙일 거임 ㅋㅋ REL02에서 챙기라는 거 뭐뭐임?")
    assert not answer.abstained
    assert "IP 주소" in answer.answer


def test_a_question_id_the_catalog_knows_is_in_scope(assistant):
    answer = assistant.ask("REL02에서 챙기라는 거 뭐뭐임?")
    assert not answer.abstained
    assert "IP 주소" in answer.answer  # REL02's own line (network topology) is among the answer's


def test_a_last_sentence_without_its_question_mark_still_asks_after_the_scene(assistant):
    # "blips" is the asker's story, not a subject the corpus must hold
    answer = assistant.ask(
        "our retry logic basically hammers the downstream svc every time it blips and makes it worse lol. "
        "what does the reliability pillar say we shd be doing instead"
    )
    assert not answer.abstained and "backoff" in answer.answer, answer.answer


def test_a_service_in_an_if_clause_is_the_setting(assistant):
    answer = assistant.ask("side project acct on basic. if rds starts acting weird can i open a tech case or nah")
    assert not answer.abstained and "technical cases" in answer.answer.splitlines()[0], answer.answer


def test_a_remark_after_the_question_does_not_weaken_its_evidence(assistant):
    assert not assistant.ask("서포트 요금은 계정 단위로 나가는거임? 우리 계정 8개라 궁금").abstained


def test_a_budget_in_the_scene_is_no_price_asked(assistant):
    first = assistant.ask(
        "회사에서 서포트 예산 0원이래요ㅋㅋ 베이직으로 버티면 기술적인 질문은 어디다 해야돼요? "
        "케이스는 아예 못 여는거죠?"
    ).answer.splitlines()[0]
    assert "re:Post" in first and "$0" not in first and "추천" not in first, first


def test_credits_pointed_back_at_are_a_program_the_corpus_never_states(assistant):
    answer = assistant.ask(
        "스타트업이라 Activate 크레딧 좀 있는데 그걸로 서포트 요금 낼수 있어요? 엔터프 최소 만오천불은 좀 부담이라.."
    )
    assert answer.abstained and "Activate" in answer.answer, answer.answer


def test_the_aws_bill_in_korean_is_the_spend_not_a_budget(assistant):
    answer = assistant.ask(
        "월 aws 청구서 800달러 정도인데 2027년 1월부터 비지니스 서포트 없어진다며? 그럼 뭘로 옮겨야되고 최소 얼마임?"
    ).answer
    assert "Business Support+" in answer.splitlines()[0] and "Basic" not in answer.splitlines()[0], answer


def test_a_dev_environment_is_not_the_developer_plan(assistant):
    answer = assistant.ask(
        "Our dev/test environment only gets used about 8 hours a day on weekdays and it costs us $3,000 a month "
        "running 24/7. What does the cost optimization pillar say we could save by stopping it outside working hours?"
    )
    assert "Developer Support" not in answer.answer.splitlines()[0], answer.answer


def test_another_provider_in_the_story_only_is_no_question_about_it(assistant):
    """A provider the asker only used to be on sets the scene; asked about in the question, or pointed at, it is
    declined even when AWS is named in the scene before it."""
    answer = assistant.ask("we moved off azure last year. what does the reliability pillar say about multi-az?")
    assert not answer.abstained, answer.answer
    for question, provider in [
        ("we're split aws + azure. does azure's well-architected framework use the same 6 pillars?", "azure"),
        ("we use gcp mostly. what is their version of the reliability pillar called?", "gcp"),
        # (a label before a dash is the question's own words, not the asker's story)
        ("whats the google cloud equivalent of aws competency — partner advantage? which is stricter?", "google cloud"),
    ]:
        answer = assistant.ask(question)
        assert answer.abstained and provider in answer.answer.splitlines()[0], answer.answer


def test_a_plan_in_a_condition_sets_the_question_about_what_the_tam_does(chat):
    for question in (
        "if we go Enterprise Support, will the TAM actually run our DC migration? trying to avoid hiring a partner tbh",
        "if we go Enterprise Support, will the TAM do our migration?",
    ):
        answer = chat(question)
        assert "project work" in answer.answer.splitlines()[0], answer.answer
