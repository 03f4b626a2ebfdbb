"""Answers through the whole chain (real store, real models) that said something near what was asked: what a review
question recommends, the one step of a how-to, a plan's feature after another plan ends, a figure asked of one item
of a list just given, a sibling asked with a remark after it."""

from __future__ import annotations

from assistant.answer.question import read_question


def test_what_a_review_question_covers_says_what_it_recommends(assistant):
    answer = assistant.ask("what does SUS05 cover")
    assert "SUS05" in answer.answer.splitlines()[0]
    assert "minimum amount of hardware" in answer.answer, answer.answer
    korean = assistant.ask("SUS05 내용이 뭐야")
    assert "최소한의 하드웨어" in korean.answer, korean.answer


def test_a_subject_set_aside_by_a_verb_of_attention_is_left_out(assistant):
    q = read_question("what does SUS05 cover, not interested in the region stuff", assistant.aliases)
    assert "region" in q.aside_words
    answer = assistant.ask("what does SUS05 cover, not interested in the region stuff")
    assert "Region selection" not in answer.answer, answer.answer
    assert "minimum amount of hardware" in answer.answer, answer.answer
    q = read_question("I dont care about the TAM stuff, what does ES give", assistant.aliases)
    assert "technical-account-manager" in {m.entity.id for m in q.negated}


def test_the_one_step_a_how_to_asks_for_leads(assistant):
    answer = assistant.ask("FIS 실험 멈추는 조건 어떻게 걸어?")
    first = answer.answer.splitlines()[0]
    assert "중지 조건" in first and "CloudWatch" in first, answer.answer


def test_a_feature_asked_once_a_plan_is_gone_is_the_next_plans(assistant):
    q = read_question("on-ramp 없어지면 우리 TAM은 어떻게 됨?", assistant.aliases)
    assert "replacement" in q.facets and "end_date" not in q.facets
    answer = assistant.ask("on-ramp 없어지면 우리 TAM은 어떻게 됨?")
    first = answer.answer.splitlines()[0]
    assert "Enterprise Support" in first and "지정 TAM" in first, answer.answer
    english = assistant.ask("once on-ramp is gone do we still get a TAM?")
    assert "designated" in english.answer.splitlines()[0], english.answer
    # (the end asked as such is still the end date)
    assert "end_date" in read_question("on-ramp 없어지면 어떻게 됨?", assistant.aliases).facets


def test_a_short_month_and_a_passive_verb_name_nothing_the_corpus_lacks(chat):
    answer = chat(
        "quick math pls: classic Business Support at $300k/mo AWS spend, what's the support fee?",
        "and Enterprise at the same spend?",
        "does the second one survive past Jan 1 or is it getting axed too?",
    )
    assert not answer.abstained, answer.answer
    assert "Enterprise Support" in answer.answer.splitlines()[0]


def test_one_item_of_a_count_just_given_is_asked_its_count(chat):
    answer = chat("WA 프레임워크 질문 지금 총 몇 개임?", "그중에 안정성은?")
    assert "13" in answer.answer.splitlines()[0], answer.answer


def test_a_sibling_asked_with_a_remark_after_it_keeps_what_was_asked(chat):
    answer = chat(
        "우리 비즈니스 서포트 쓰는데 내년에 없어진다매? 뭘로 갈아타야 됨?",
        "그거 최소 월 얼마부터임?",
        "엔터프라이즈는? 크리티컬 장애 15분 응답 필요해질 수도 있어서",
    )
    first = answer.answer.splitlines()[0]
    assert "15,000" in first, answer.answer
    assert "15분" in answer.answer


def test_a_parts_line_that_says_the_first_line_with_its_lead_in_stands_in_for_it(assistant):
    answer = assistant.ask(
        "How do we actually engage AWS ProServ? is there a console signup or a price list somewhere?"
    )
    lines = [x.split(" [")[0].removeprefix("- ") for x in answer.answer.splitlines()]
    assert not any(a != b and a in b for a in lines for b in lines), answer.answer
    assert lines[0].startswith("Engaging AWS Professional Services"), answer.answer


def test_a_name_set_aside_that_opens_an_inline_list_keeps_the_list(assistant):
    answer = assistant.ask("한국 프리미어 파트너 어디어디 있음? 베스핀 말고")
    assert "MegazoneCloud" in answer.answer and "키존네트웍스" in answer.answer, answer.answer


def test_the_language_an_answer_is_wanted_in_is_no_subject_of_the_turn(chat):
    answer = chat(
        "design principles of the cost optimization pillar",
        "how many questions does it have",
        "한국어로 best practice areas 정리해줘",
    )
    assert not answer.abstained, answer.answer
    assert "클라우드 재무 관리" in answer.answer and "시간 경과에 따른 최적화" in answer.answer, answer.answer


def test_the_shorter_name_of_a_thing_set_aside_is_a_thing_the_corpus_lacks(assistant):
    answer = assistant.ask("Countdown Premium 말고 그냥 기본 AWS Countdown은 가격 얼마임? 프리미엄은 좀 부담돼서")
    assert answer.abstained and "AWS Countdown" in answer.answer, answer.answer
    assert "10,000" in assistant.ask("how much is Countdown Premium?").answer.splitlines()[0]


def test_a_price_said_far_from_the_name_asked_is_no_price_of_it(assistant):
    answer = assistant.ask("what's the exam fee for SAA (Solutions Architect Associate) these days? company pays $200")
    assert answer.abstained, answer.answer
    assert "7,000" in assistant.ask("how much is IDR?").answer.splitlines()[0]


def test_a_date_asked_of_an_announcement_is_not_the_date_a_plan_takes_over(assistant):
    assert assistant.ask("what date did aws actually announce business support+?").abstained
    assert assistant.ask("BS+ 언제 발표됐어?").abstained
    assert "2018" in assistant.ask("when did AWS launch the WA tool?").answer.splitlines()[0]
    assert "2015" in assistant.ask("웰아키텍처 프레임워크 언제 나왔어?").answer.splitlines()[0]


def test_a_plan_above_the_one_named_is_the_next_one_up(assistant):
    assert assistant.ask("ES보다 높은 플랜 있어?").answer.startswith("Unified Operations"), "ES보다"
    assert assistant.ask("is there anything above ES?").answer.startswith("Unified Operations")
    assert assistant.ask("비즈니스 서포트 플러스보다 윗 등급은?").answer.startswith("Enterprise Support")


def test_a_plan_the_named_one_is_not_enough_for_is_the_next_one_up(assistant):
    first = assistant.ask(
        "계열사 수십 개 운영을 통합하는 그룹사인데, 엔터프라이즈 서포트로도 부족할 것 같으면 뭘 알아봐?"
    )
    assert first.answer.startswith("Unified Operations"), first.answer
    assert assistant.ask("what if enterprise support isn't enough for us?").answer.startswith("Unified Operations")
    # (not enough, said of the plan the asker leaves: the plan they look at is priced)
    line = assistant.ask("developer로는 부족해서 ES 보는 중인데 최소 얼마?").answer.splitlines()[0]
    assert line.startswith("Enterprise Support") and "15,000" in line, line


def test_how_far_apart_two_plans_minimums_are(assistant):
    story = (
        "EOR customers are getting moved to Enterprise — how much higher is Enterprise's monthly minimum than EOR's?"
    )
    assert "9,500" in assistant.ask(story).answer.splitlines()[0]
    assert "9,500" in assistant.ask("엔터프라이즈 최소 요금이 온램프보다 얼마나 높아?").answer.splitlines()[0]


def test_whether_a_program_costs_anything_is_a_price_the_passages_must_state(assistant):
    assert assistant.ask("does the MSP program cost anything?").abstained
    assert assistant.ask("MSP 프로그램 비용 있어?").abstained
    answer = assistant.ask("WA tool 비용 있어?")
    assert not answer.abstained and "무료" in answer.answer.splitlines()[0], answer.answer


def test_what_a_tam_does_is_no_plan_choice(assistant):
    answer = assistant.ask(
        "엔터프라이즈 서포트 쓰면 TAM이 저희 온프렘→AWS 마이그레이션 직접 해주는 거죠? 그럼 인력 안 뽑아도 되나 해서요"
    )
    assert "추천" not in answer.answer and "대신 수행하지" in answer.answer.splitlines()[0], answer.answer


def test_a_korean_yes_or_no_in_a_contracted_ending(assistant):
    answer = assistant.ask("WA SaaS 렌즈가 요금제 tiering까지 다뤄? 아님 테넌트 격리/온보딩 얘기뿐?")
    assert not answer.abstained and "tiering" in answer.answer, answer.answer


def test_the_notes_told_of_before_a_list_asked_set_the_scene(assistant):
    told = "studying for SAA. my notes only have 5 of the general design principles"
    answer = assistant.ask(f"{told} — can u give me the full list?")
    for name in ("Stop guessing", "production scale", "experimentation", "evolutionary", "using data", "game days"):
        assert name in answer.answer, (name, answer.answer)


def test_where_a_thing_is_done_is_answered_by_the_place(assistant):
    assert "Partner Solutions Finder" in assistant.ask("where do I find an APN partner?").answer.splitlines()[0]
    # ("이 검색 도구에서는 …" is said with the sentence before it, which names the tool)
    assert "Partner Solutions Finder" in assistant.ask("MSP랑 Service Delivery로 후보 어디서 필터링해?").answer


def test_a_partners_price_is_declined_not_advised(assistant):
    assert assistant.ask("메가존 MSP 월 요금 대충? 예산 300만원").abstained
    advice = assistant.ask("운영 대행 파트너 추천해줘, 예산 월 300만원")
    assert not advice.abstained and "MSP" in advice.answer.splitlines()[0], advice.answer
