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


def test_a_response_asked_in_minutes_is_answered_in_hours_by_the_plan_line(chat):
    answer = chat("prod 서비스 다운되면 business support+ 는 첫응답 몇분임?")
    first = answer.answer.splitlines()[0]
    assert not answer.abstained and "Business Support+" in first and "1시간" in first, answer.answer


def test_of_the_two_within_a_budget_weighs_the_plans_talked_about(chat):
    answer = chat(
        "prod 서비스 다운되면 business support+ 는 첫응답 몇분임?",
        "그럼 enterprise는?",
        "둘 중에 뭐가 나음? TAM 필요없고 월 200불 이하로",
    )
    lines = answer.answer.splitlines()
    assert lines[0].startswith("Business Support+") and "$129" in lines[0], answer.answer
    assert "Enterprise" in answer.answer and "Basic" not in answer.answer, answer.answer


def test_chat_names_of_the_review_tool_are_the_tool():
    aliases = load_aliases(CORPUS)
    assert [m.entity.id for m in aliases.find("웰아키 툴 쓰는거 돈 나감?")] == ["well-architected-tool"]


def test_the_turns_first_word_after_a_lent_topic_is_no_unknown_name(chat):
    answer = chat("What levels does AWS Certification have?", "How long does one stay valid?")
    assert not answer.abstained and "three years" in answer.answer.splitlines()[0], answer.answer


def test_a_lead_that_says_this_pillar_names_it_and_the_next_turn_keeps_it(chat):
    turns = ("웰아키 pillar 6개 뭐뭐엿지? 한글이름으로", "그 중에 젤 최근에 추가된거 언제 들어온거임")
    answer = chat(*turns)
    first = answer.answer.splitlines()[0]
    # (the pillar and when it came, on line 1: "가장 최근에 추가된 원칙은 지속 가능성(Sustainability)입니다(2021년")
    assert "지속 가능성" in first and "2021" in first, answer.answer
    answer = chat(*turns, "거기 설계원칙은 몇개고 뭐뭐있음")
    assert answer.answer.startswith("지속 가능성") and "6가지" in answer.answer.splitlines()[0], answer.answer


def test_the_one_said_to_do_something_is_that_item_of_the_last_list(chat):
    turns = ("TAM 붙는 서포트플랜 어떤거어떤거 있음", "TAM 풀로 준다는 그거 내년에도 계속 쓸수있음?")
    answer = chat(*turns)
    first = answer.answer.splitlines()[0]
    assert first.startswith("아니요") and "Enterprise On-Ramp" in first and "2027-01-01" in first, answer.answer
    answer = chat(*turns, "그럼 옮겨가는 그 플랜은 월 최소 얼마부터임")
    first = answer.answer.splitlines()[0]
    assert first.startswith("Enterprise Support") and "$15,000" in first, answer.answer


def test_paid_plans_that_cannot_take_a_severity_leave_out_the_free_one(chat):
    answer = chat(
        "엔터프라이즈 쓰면 비즈니스 크리티컬 시스템 다운 케이스 몇분안에 첫응답옴?",
        "온램프는?",
        "반대로 이 심각도 아예 못고르는 유료 플랜은 뭐뭐임",
    )
    lead = "\n".join(answer.answer.splitlines()[:4])
    assert all(p in lead for p in ("Developer", "Business Support", "Business Support+")), answer.answer
    assert "Basic" not in lead and "Enterprise Support (15분)" not in lead, answer.answer


def test_where_two_retiring_plans_move_is_said_for_both(chat):
    answer = chat("서포트 플랜 내년 1월1일에 없어지는거 뭐뭐임??", "biz 쓰는 팀은 어디로 옮겨야됨? 온램프 쓰는데는?")
    assert "추천 플랜" not in answer.answer, answer.answer  # a fact for each plan, not one plan recommended
    assert "Business Support+" in answer.answer and "Enterprise Support" in answer.answer, answer.answer


def test_an_add_on_set_aside_by_what_it_does_leaves_the_other(chat):
    answer = chat("크리티컬 워크로드 5분 응답 애드온 말고 다른 애드온 하나 더 있던데 그건 얼마임?")
    first = answer.answer.splitlines()[0]
    assert first.startswith("AWS Countdown Premium") and "$10,000" in first, answer.answer
    answer = chat("we need like 5 min response for critical workloads, is there something for that")
    assert answer.answer.startswith("AWS Incident Detection and Response"), answer.answer


def test_the_other_add_on_after_that_one_is_priced_from_its_own_line(chat):
    answer = chat("크리티컬 워크로드 5분 응답 애드온 있음?", "그거 말고 다른 애드온은? 그건 얼마")
    first = answer.answer.splitlines()[0]
    assert first.startswith("AWS Countdown Premium") and "$10,000" in first, answer.answer
