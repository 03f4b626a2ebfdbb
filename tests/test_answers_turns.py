"""Answers through the whole chain (real store, real models) to chat turns that leaned on the wrong thing: a
program asked about sent to the partner recommender, subjects named again swapped for each other, a "monthly"
of how often a job runs read as a price asked."""

from __future__ import annotations

from assistant.answer.question import read_question


def test_a_yes_no_about_a_named_program_is_answered_not_routed_to_the_recommender(assistant, chat):
    answer = chat(
        "AWS 컴피턴시는 파트너가 신청만 하면 주는 거임? 누가 심사함?",
        "네비게이트는? 그것도 파트너 고를 때 보는 인증임?",
    )
    assert answer.intent != "partner"
    assert "Navigate" in answer.answer.splitlines()[0]


def test_a_request_for_a_partner_still_goes_to_the_recommender(assistant, chat):
    answer = assistant.ask("데이터 분석 프로젝트 맡길 파트너 추천해줘, Competency 있는 곳으로")
    assert answer.intent == "partner"


def test_subjects_named_again_keep_the_order_the_turn_gives_them(assistant, chat):
    answer = chat(
        "우리 엔터프라이즈 온램프 쓰는데 종료된다고 들음. 우리 쪽에서 뭐 해야 되는 거 있음?",
        "그럼 TAM은 어케 바뀜?",
        "근데 엔터프라이즈는 최소 월 얼마였지? 온램프보다 꽤 비싸지 않나",
    )
    first = answer.answer.splitlines()[0]
    assert "15,000" in first and "5,500" not in first


def test_how_often_a_job_runs_asks_no_price(assistant, chat):
    q = read_question("and if our batch jobs only run monthly?", assistant.aliases)
    assert "price" not in q.facets
    assert "price" in read_question("enterprise monthly?", assistant.aliases).facets
    answer = chat(
        "compute optimizer - how far back does it look by default? and is that part free?",
        "and if our batch jobs only run monthly?",
    )
    assert not answer.abstained
    assert "93" in answer.answer


def test_how_to_share_is_answered_by_the_sharing_sentence_not_the_tools_definition(assistant):
    answer = assistant.ask(
        "how do I share a WA Tool workload with our security team's account? they sit in a different region btw"
    )
    first = answer.answer.splitlines()[0]
    assert "shar" in first.casefold() and "is a service" not in first, first
    assert "same AWS Region" in answer.answer and "read-only" in answer.answer
