"""Answers through the whole chain (real store, real models) to turns that point back: "그 등급", "둘 차이",
"같은 사용액이면", "아까 그 응답시간"; and a catalog count asked "어느 판 기준이야?"."""

from __future__ import annotations

from pathlib import Path

from assistant.answer.conversation import _paired_term
from assistant.answer.question import read_question
from assistant.knowledge.aliases import load_aliases

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_a_word_cut_short_is_no_slip_of_a_name():
    aliases = load_aliases(CORPUS)
    # "파트너 프로" is one syllable from "파트너 경로", but "프로그램" goes on: no name ends there
    assert not aliases.find("파트너 프로그램 종류 뭐뭐있음")
    slipped = aliases.find("비지니스 서포트 플러스는 얼마")  # a slip with a particle after it still counts
    assert [m.entity.id for m in slipped] == ["business-support-plus"]


def test_a_remark_in_brackets_is_no_name_in_the_other_language():
    assert _paired_term("Bespin Global이 자주 꼽힙니다(현재 등급은 AWS Partner Solutions Finder에서 확인).") is None
    assert _paired_term("산출물은 보통 작업 기술서(statement of work)로 정한다") == ("작업 기술서", "statement of work")


def test_a_technical_question_to_support_is_not_the_review_questions():
    aliases = load_aliases(CORPUS)
    assert "questions" not in read_question("기술적인 질문은 어디다 물어봐야됨?", aliases).facets
    assert "questions" in read_question("신뢰성 필러 질문 몇개임?", aliases).facets


def test_that_tier_is_the_tier_named_not_the_partners_holding_it(chat):
    answer = chat(
        "국내 aws 프리미어 파트너 어디어디 있음?",
        "그 등급 요즘 공식 이름은 영어로 뭐라고함?",
        "그 밑으로는 등급 뭐뭐있음? 아래부터 순서대로",
    )
    first = answer.answer.splitlines()[0]
    assert all(t in first for t in ("Registered", "Select", "Advanced")), answer.answer


def test_the_two_are_both_plans_talked_about(chat):
    answer = chat("biz support+ 응답시간 어떻게 됨?", "엔터프라이즈는?", "둘 차이 요약좀")
    lead = "\n".join(answer.answer.splitlines()[:3])
    assert "Business Support+" in lead and "Enterprise Support" in lead, answer.answer


def test_the_same_spend_prices_another_plan_at_the_bill_stated_before(chat):
    answer = chat(
        "엔터프라이즈 서포트 한달 최소금액 얼마에요?",
        "울 회사 월 사용액 30만불 정도인데 그럼 실제로 얼마 나옴?",
        "온램프였으면 같은 사용액에 얼마였음?",
    )
    first = answer.answer.splitlines()[0]
    assert "Enterprise On-Ramp" in first and "$30,000" in first, answer.answer


def test_that_response_time_from_before_is_asked_of_the_plan_moved_to(chat):
    answer = chat(
        "온램프 쓰는중인데 비즈니스 크리티컬 시스템 다운되면 첫응답 몇분안에 옴?",
        "근데 그거 없어진다던데 그럼 어디로 옮겨짐? 우리가 뭐 신청해야됨?",
        "옮겨지면 아까 그 응답시간은 몇분으로 바뀜? TAM도 달라지나",
    )
    lines = answer.answer.splitlines()
    assert lines[0].startswith("Enterprise Support") and "15분" in lines[0], answer.answer
    assert any("30분" in x for x in lines[1:]), answer.answer  # the plan it was stays beside it


def test_which_edition_a_count_holds_for_is_said_when_asked(chat):
    answer = chat("보안 필러 디자인 원칙 몇개임? 어느 판 기준이야?")
    assert answer.answer.startswith("보안(Security)") and "7가지" in answer.answer.splitlines()[0], answer.answer
    assert "2024년 6월 27일" in answer.answer, answer.answer
    assert "2024" not in chat("보안 필러 디자인 원칙 몇개임?").answer  # not asked: the count alone
