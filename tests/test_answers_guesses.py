"""Questions that name a review question id as a guess or as what they know, number words, bills named as usage,
words mistyped, and what the asker studies for: read for what they ask (real store, real models)."""

from __future__ import annotations

import pytest

from assistant.answer.coverage import inline_list, not_covered
from assistant.answer.cues import ids_in, without_named_ids
from assistant.answer.question import read_question, spelled_numbers
from assistant.knowledge.aliases import load_aliases
from assistant.knowledge.words import english_number, slip_of_common
from assistant.recommend import detect_intent
from assistant.recommend.reader import money
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def aliases():
    return load_aliases(CORPUS)


def _first(assistant, question: str) -> str:
    return assistant.ask(question).answer.splitlines()[0]


def test_an_id_guessed_beside_a_description_is_checked_not_answered(assistant):
    # the description names SEC07's topic (classifying data); SEC09 is the guess, named after the ask
    answer = assistant.ask(
        "we put a sensitivity label on every bucket (public / internal / restricted) and pick controls per label. "
        "which SEC question is that? SEC09 right?"
    ).answer
    lines = answer.splitlines()
    assert lines[0].startswith("SEC07") and any(x.startswith("- Not SEC09. SEC09 (") for x in lines[1:])
    # a clause naming what the asker already knows is no description of what is asked
    first = _first(
        assistant, "OPS04가 관측성 구현인 건 아는데, 관측 데이터로 KPI 보고 알람을 실제 조치로 잇는 건 OPS 몇 번?"
    )
    assert first.startswith("OPS08")
    # (an id asked about is still answered as itself)
    assert _first(assistant, "REL12는 뭐 묻는 질문임?").startswith("REL12")


def test_clauses_naming_ids_are_blanked_in_place():
    text = "백업 복원 테스트는 몇 번? REL13 아니지?"
    rest = without_named_ids(text)
    assert len(rest) == len(text) and "REL13" not in rest and rest.startswith("백업 복원 테스트는 몇 번?")
    assert ids_in(text) == ["REL13"]


def test_a_description_after_an_id_question_asks_the_id_again(chat):
    answer = chat(
        "사용 안 하는 EBS 볼륨이랑 옛날 스냅샷 정리하는 절차, COST 몇 번 질문이야?",
        "새 인스턴스 세대랑 새 가격 옵션 나오면 분기마다 검토해서 옮겨 타는 루틴은?",
    )
    assert answer.answer.startswith("COST10")


def test_english_number_words_are_read_whole():
    assert english_number("one hundred and eighty") == 180
    assert english_number("twenty-four") == 24
    assert english_number("five twelve") is None  # two numbers side by side
    assert spelled_numbers("usage is ~one hundred twenty k/mo") == "usage is ~120 k/mo"
    assert spelled_numbers("a month") == "a month"


def test_a_bill_named_as_usage_after_at_is_money():
    assert [m.usd for m in money("business support at 50k usage?", 1400)] == [50000.0]
    assert [m.usd for m in money("how do TAMs work under 5k spend", 1400)] == []


def test_the_plan_the_question_word_asks_about_is_priced_first(assistant):
    first = _first(
        assistant,
        "we got moved off enterprise on-ramp to ES. usage is about ninety k a month, on-ramp was 10% of it. "
        "what do we pay on ES now?",
    )
    assert first.startswith("Enterprise Support") and "$15,000" in first
    first = _first(assistant, "엔터프라이즈는 최소 월 얼마였지? 온램프보다 꽤 비싸지 않나")
    assert first.startswith("Enterprise Support")


def test_a_slip_of_an_everyday_word_is_no_name_the_corpus_lacks(aliases):
    assert slip_of_common("attatch") == "attach" and slip_of_common("diffrence") == "difference"
    assert slip_of_common("karpenter") is None and slip_of_common("braket") is None
    q = read_question("ML lens vs GenAI lens - whats the actual diffrence?", aliases)
    assert not_covered(q, [], lambda _w: False) is None


def test_the_exam_studied_for_is_the_askers_scene(assistant):
    answer = assistant.ask("SAA 공부중인데 PERF랑 SUS 둘 다 프로세스 및 문화 영역 있던데 각각 질문 번호 뭐임?")
    assert not answer.abstained and "PERF05" in answer.answer and "SUS06" in answer.answer


def test_where_to_find_and_what_is_required_are_facts_not_a_choice():
    assert detect_intent("마이그레이션 맡길 AWS 파트너 찾는 경로가 어디어디 있음?") is None
    assert detect_intent("we're a Select tier services partner. what are the requirements for Advanced?") is None
    assert detect_intent("우리 팀 마이그레이션 맡길 파트너 추천해줘") == "partner"


def test_a_support_api_code_in_quotes_names_its_severity(assistant):
    first = _first(assistant, "our ticket bot sends 'urgent'. which severity is that and how fast on Enterprise?")
    assert "1 hour" in first and "Production system down" in first


def test_items_after_a_colon_count_as_a_list():
    assert inline_list("Name the roles: a facilitator who runs it, the responders who handle it, and observers.")
    assert not inline_list("Note: this is one long sentence that lists nothing at all.")


def test_a_kind_pointed_at_or_said_as_one_is_the_member_just_talked_about(chat):
    answer = chat("SUS pillar에서 데이터 쪽으로 드는 AWS 서비스 뭐뭐야?", "그 pillar 설계원칙은 총 몇 개임?")
    assert answer.answer.startswith("지속 가능성") and "6" in answer.answer.splitlines()[0]
    answer = chat("which lifecycle phases does the ML lens walk through?", "and the genai one?")
    assert answer.answer.startswith("The Generative AI Lens")


def test_a_rare_word_the_corpus_never_uses_is_a_subject_of_its_own(assistant):
    # (a passage shares "machine" and "recommendations", or "weekend": no evidence for the thing asked about)
    for question in ("espresso machine recommendations?", "what's the weather in busan this weekend?"):
        assert assistant.ask(question).abstained, question
    # a question asking no figure, whose subjects the passages name, is answered however few words it shares
    answer = assistant.ask("보안을 비용 때문에 포기해도 돼?")
    assert not answer.abstained and "맞바꾸지" in answer.answer


def test_a_request_after_a_question_is_a_part_of_its_own(aliases):
    from assistant.answer.parts import asking_parts

    assert asking_parts("sustainability pillar 언제 추가됨? pillar 6개 전부 나열좀") == [
        "sustainability pillar 언제 추가됨?",
        "pillar 6개 전부 나열좀?",
    ]
    # (a remark after the question asks nothing)
    assert asking_parts("엔터프라이즈 얼마임? 곧 없어지는건 앎") == []
    # "어느 question" asks which review question, in a Korean sentence too
    q = read_question("AWS Backup으로 자동백업이랑 복원 테스트 돌리는 거 WA review 어느 question임?", aliases)
    assert "ident" in q.facets
