"""Answers through the whole chain (real store, real models) led by the one statement that says it: a list's item
for a lens or a yes/no, the sentence a pointing lead leans on; and sentence weights that do not depend on the
hash order of a set of terms."""

from __future__ import annotations


def test_folded_weights_do_not_depend_on_the_order_of_the_terms():
    from assistant.retrieval.lexical import fold_weights

    # ("account" and "accounts" fold together; which weight stood used to follow a set's hash order)
    assert fold_weights({"account": 4.0, "accounts": 1.0}) == fold_weights({"accounts": 1.0, "account": 4.0})
    assert fold_weights({"accounts": 1.0, "account": 4.0}) == {"account": 4.0}


def test_a_yes_no_answered_by_one_item_of_a_list_leads_with_that_item(chat):
    answer = chat("can we push our own lens json to the other accounts or only in the console?")
    first = answer.answer.splitlines()[0]
    assert first.startswith("Custom lenses"), answer.answer


def test_a_lens_asked_about_is_answered_by_its_own_item(chat):
    saas = chat("SaaS 렌즈는 뭐 다룸?").answer.splitlines()[0]
    assert saas.startswith("SaaS 렌즈") and "테넌트" in saas, saas
    genai = chat("생성형 AI 렌즈 어떤거 다룸").answer.splitlines()[0]
    assert genai.startswith("Generative AI 렌즈"), genai


def test_a_lead_pointing_back_says_the_sentence_it_points_at_first(chat):
    # (chat's "못사게 막는" is the summaries' 구매 and 제한; "이 기능" is Private Marketplace, said before it)
    first = chat("마켓 플레이스에서 팀원들이 아무거나 못사게 막는 기능 잇음?").answer.splitlines()[0]
    assert first.startswith("Private Marketplace") and "이 기능" in first, first


def test_a_price_asked_after_a_move_leads_with_the_plan_moved_to(chat):
    answer = chat(
        "우리 엔터프라이즈 온램프 쓰는중인데 내년 되면 어케되는거임?",
        "그럼 TAM은 뭐가 달라짐",
        "가격은? 월 사용료 10만불",
    )
    first = answer.answer.splitlines()[0]
    assert first.startswith("Enterprise Support") and "$15,000" in first, answer.answer


def test_a_lens_named_among_several_is_not_the_sentence_about_it(chat):
    first = chat("what does the SaaS lens actually focus on?").answer.splitlines()[0]
    assert first.startswith("The SaaS Lens covers"), first


def test_the_gen_ai_one_after_a_lens_is_the_generative_ai_lens(chat):
    first = chat("what does the SaaS lens actually focus on?", "and the gen ai one?").answer.splitlines()[0]
    assert first.startswith("The Generative AI Lens"), first
    korean = chat("SaaS 렌즈는 뭐 다룸?", "생성형 AI는?").answer.splitlines()[0]
    assert korean.startswith("Generative AI 렌즈"), korean


def test_chat_words_for_a_game_day_and_for_who_is_told_about_it(chat):
    # ("겜데이" is a game day; "cs팀", "윗분들" are the summaries' 고객 지원팀 and 경영진)
    first = chat("겜데이 첨 해보는데 사람들 역할 어떻게 나눠야됨?")
    assert not first.abstained and "진행자" in first.answer, first.answer
    told = chat(
        "겜데이 첨 해보는데 사람들 역할 어떻게 나눠야됨?", "대응팀한테 시나리오 미리 알려줘야됨?", "cs팀이랑 윗분들은?"
    )
    assert not told.abstained and "경영진" in told.answer, told.answer


def test_a_count_asked_of_a_list_with_no_number_is_said_first():
    from assistant.answer.coverage import count_said
    from assistant.answer.question import read_question
    from assistant.knowledge.aliases import load_aliases
    from tests.conftest import CORPUS

    aliases = load_aliases(CORPUS)
    listed = "\n".join(
        [
            "자격증은 네 수준으로 나뉜다. [1]",
            "  - Foundational: 기초",
            "  - Associate: 실무",
            "    - 예: SAA",
            "  - Professional: 심화",
        ]
    )
    said = count_said(read_question("자격증 레벨 몇 단계임?", aliases), listed.replace("네 수준", "여러 수준"))
    # (three items under the lead, at one depth: the example under one of them is no level)
    assert said is not None and said.startswith("3단계: 자격증은 여러 수준으로"), said
    # (a lead that says the number already, or a question asking no count, is left as it is)
    assert count_said(read_question("자격증 레벨 몇 단계임?", aliases), listed) is None
    assert count_said(read_question("자격증 레벨 뭐뭐 있음?", aliases), listed.replace("네 수준", "여러 수준")) is None
    en = "Certification has levels. [1]\n  - Foundational\n  - Associate"
    assert count_said(read_question("how many cert levels are there?", aliases), en).startswith(
        "2 certification levels: "
    )


def test_a_count_asked_of_a_listed_lead_answers_with_the_number(chat):
    first = chat("자격증 레벨 몇 단계임?").answer.splitlines()[0]
    assert first.startswith("4단계") and "Specialty" in first, first


def test_a_review_question_picked_from_a_list_is_told_by_its_own_sentence(chat):
    answer = chat(
        "in the Reliability pillar, which questions fall under workload architecture?",
        "the last one of those, what techniques does it cover?",
    )
    assert "REL05" in answer.answer.splitlines()[0], answer.answer
    assert "graceful degradation" in answer.answer and "REL03 covers" not in answer.answer, answer.answer


def test_a_lead_that_points_at_a_period_says_the_period(chat):
    answer = chat("EC2는 Compute Optimizer 지표가 최소 몇 시간치 있어야 추천 나오는 거예요?")
    first = answer.answer.splitlines()[0]
    assert "30시간" in first and "14일" in first, answer.answer
