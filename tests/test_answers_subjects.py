"""What a question is about, read past the words around it: a product name typed in Latin letters in a Korean
question is its subject ("graviton으로 옮기는거"), "지금"/"now" asks how things stand, which the catalog says,
and "what is IDR?" asks what the add-on does before what it costs."""

from __future__ import annotations


def test_a_latin_name_in_a_korean_question_places_it_by_the_sentences_that_name_it(chat):
    # ("옮기는거" once met "옮기거나" of a SUS04 data sentence; Graviton is named by PERF02 and by SUS05)
    both = chat("graviton으로 옮기는거 WAFR에서 어느 pillar 몇번 질문임?").answer
    assert "PERF02" in both and "SUS05" in both and "SUS04" not in both, both
    one = chat("graviton 도입은 SUS 몇번?").answer.splitlines()[0]
    assert one.startswith("SUS05"), one


def test_now_asks_nothing_beyond_the_catalog_line(chat):
    paths = chat("APN 파트너 경로 지금 몇개고 뭐뭐임?").answer
    first = paths.splitlines()[0]
    assert "5" in first and "Distribution Path" in paths, paths


def test_what_an_add_on_is_leads_with_what_it_does_and_then_its_price(chat):
    lines = chat("IDR이 뭐에요?").answer.splitlines()
    assert "5분" in lines[0] and "$7,000" in lines[1], lines
    # (its price asked: the price leads)
    assert "$7,000" in chat("IDR 얼마임?").answer.splitlines()[0]


def test_a_bill_spelt_in_hundreds_a_month_is_priced():
    from assistant.answer.question import spelled_numbers

    assert spelled_numbers("spend is like thirteen hundred a month") == "spend is like 1300 a month"
    assert spelled_numbers("twelve hundred/mo") == "1200/mo"
    assert spelled_numbers("five a month") == "five a month"  # (no hundred: no sum)


def test_the_pillar_at_the_end_of_a_scale_is_picked_among_all_whatever_a_remark_names(chat):
    first = chat("which WA pillar has the most design principles, and how many? the SEC one feels long").answer
    assert "Operational Excellence" in first.splitlines()[0] and "8" in first.splitlines()[0], first
    # (a pillar a follow-up names after an extreme asks that pillar's own count)
    security = chat("WA pillar 6개 중에 질문 젤 많은게 뭐임", "제일 적은 건?", "그럼 보안은?").answer
    assert "11" in security.splitlines()[0], security


def test_a_question_that_names_nothing_after_a_scene_is_about_the_scene(chat):
    # ("any fix?" alone was weighed by the scope gate: the airpods were set aside as the asker's situation)
    off = chat("unrelated but my airpods keep dropping off my macbook mid-standup. any fix?")
    assert off.abstained, off.answer


def test_which_plan_still_there_next_year_asks_a_plan_not_a_date():
    from assistant.answer.question import read_question
    from assistant.knowledge.aliases import load_aliases
    from assistant.settings import load_settings

    aliases = load_aliases(load_settings().corpus)
    assert read_question("TA 풀로 보려면 뭐 써야됨? 내년에도 확실히 남는 걸로", aliases).kind != "number"
    assert read_question("developer 언제까지 쓸 수 있음?", aliases).kind == "number"


def test_the_cost_of_a_thing_asked_as_a_noun_is_its_price(chat):
    lines = chat("whats the incident detection and response add-on cost again").answer.splitlines()
    assert "$7,000" in lines[0], lines


def test_a_count_asked_beside_another_figure_is_said_first(chat):
    first = chat("신입임 ㅠ aws자격증 레벨 몇단계고 한번 따면 몇년감??").answer
    assert first.splitlines()[0].startswith("4단계") and "3년" in first, first
    assert first.count("Foundational, Associate") == 1, first  # (the lead, not said again under it)


def test_a_price_asked_of_a_later_year_says_the_day_the_prices_stand_at(chat):
    lines = chat("what will the Business Support+ minimum monthly price be in 2028? need the exact number").answer
    first, *rest = lines.splitlines()
    assert "Business Support+" in first and any("2028" in x and "2026-11-26" in x for x in rest), lines
    # (a date of the year after is no year asked: the retirement day is a date)
    plain = chat("how much is Business Support now?").answer
    assert "2026-11-26" not in plain, plain


def test_the_add_ons_asked_for_by_their_kind_are_listed_with_what_they_give_and_cost(chat):
    # ("… what paid add-ons does AWS Support sell on top?" was read as a seller's question about the Marketplace)
    both = chat("fintech on ECS, we're on ES already. besides the plan itself what paid add-ons does AWS Support sell?")
    lines = both.answer.splitlines()
    assert "2" in lines[0] and "Incident Detection and Response" in lines[1] and "Countdown Premium" in lines[2], lines
    other = chat("IDR 말고 다른 애드온은 뭐있음?").answer.splitlines()
    assert "1" in other[0] and "Countdown Premium" in other[1] and "Incident" not in "".join(other[1:]), other


def test_the_service_for_a_job_is_led_by_the_service_not_a_program(assistant):
    first = assistant.ask("ok so what's the aws service for actually breaking stuff on purpose").answer.splitlines()[0]
    assert "Fault Injection Service" in first, first


def test_a_label_of_names_before_a_dash_is_the_topic(assistant):
    first = assistant.ask("rel failure management — which REL ids sit in it?").answer.splitlines()[0]
    assert "REL09" in first and "REL13" in first and "REL01" not in first, first
