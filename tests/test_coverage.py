"""Near-misses: a question naming something specific that no passage states is declined, saying what."""

from __future__ import annotations

import pytest

from assistant.answer.coverage import not_covered
from assistant.answer.question import read_question
from assistant.knowledge.aliases import load_aliases
from assistant.types import Chunk, Hit
from tests.conftest import CORPUS

CERTS = (
    "Foundational exams, such as AWS Certified Cloud Practitioner, cover cloud concepts. Associate exams, such as "
    "AWS Certified Solutions Architect Associate, target people with hands-on experience."
)


def _hits(*texts: str) -> list[Hit]:
    return [
        Hit(
            Chunk(id=str(i), text=t, source="s.md", title="t", section="Certification", lang="en", kind="summary"),
            1.0,
            {},
        )
        for i, t in enumerate(texts)
    ]


@pytest.fixture(scope="module")
def aliases():
    return load_aliases(CORPUS)


@pytest.mark.parametrize(
    ("question", "what"),
    [
        ("AWS 서밋 서울 2027 날짜 나왔어?", "AWS 서밋"),  # an event no passage names
        ("SAA 자격증 시험 응시료 얼마", "SAA의 응시료"),  # an exam the passages name, but never its fee
        ("how much does the cloud practitioner exam cost", "the price of cloud practitioner"),
    ],
)
def test_events_and_exam_figures_the_passages_lack_are_declined(aliases, question, what):
    missing = not_covered(read_question(question, aliases), _hits(CERTS), lambda w: True)
    assert missing is not None and missing[0].casefold() == what.casefold()


def test_an_exam_the_passages_describe_is_answered(aliases):
    q = read_question("what does the cloud practitioner exam cover", aliases)
    assert not_covered(q, _hits(CERTS), lambda w: True) is None


def test_a_short_identifier_is_not_a_slip_of_a_known_word():
    from assistant.retrieval.lexical import LexicalIndex

    index = LexicalIndex(["SaaS products are sold on AWS Marketplace.", "Reliability and recovery."])
    assert not index.known_or_close("saa") and index.known_or_close("reliabilty")


def test_a_count_must_count_what_was_asked(aliases):
    checklist = "To earn a Competency, a partner is audited, and AWS revises the checklist roughly every six months."
    q = read_question("how many aws competency partners are in korea", aliases)
    assert not_covered(q, _hits(checklist), lambda w: True) is not None  # six months is not a number of partners
    counted = "AWS lists 120 Competency partners in Korea."
    assert not_covered(q, _hits(counted), lambda w: True) is None


def test_korean_how_often_is_not_a_price(aliases):
    assert "price" not in read_question("검증 체크리스트 얼마나 자주 바뀜?", aliases).facets
    assert "price" in read_question("엔터프라이즈 얼마야", aliases).facets


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("What percentage fee does AWS Marketplace take from sellers?", {"percent", "fee"}),
        ("스팟 인스턴스 최대 할인 몇프로", {"percent"}),
        ("lambda timeout max 몇분이야", {"duration"}),
        ("CloudWatch 로그 보존 기간 기본값 뭐임", {"duration"}),
        ("EBS 볼륨 최대 크기 몇 테라?", {"size"}),
        ("SAA-C03 합격 점수 몇점?", {"score"}),
        ("what was AWS revenue last quarter", {"money"}),
        ("which korean companies use aws enterprise support", {"customers"}),
        ("삼성전자도 enterprise support 쓰나?", {"customers"}),
        ("who wrote the well-architected framework originally", {"person"}),
    ],
)
def test_a_question_names_the_kind_of_figure_it_asks(aliases, question, asks):
    assert set(read_question(question, aliases).asks) == asks


@pytest.mark.parametrize(
    "question",
    [
        "when was the sustainability pillar added",  # a year is a date, asked as such
        "국내 프리미어 파트너 어디어디 잇어?",  # partners the corpus lists, not customers
        "비즈니스 플랜에서도 TAM 쓰나?",
        "개발팀도 이거 써?",
        "what kind of companies should use enterprise on-ramp",
        "which instance size should I start with",
    ],
)
def test_ordinary_questions_ask_no_figure_by_unit(aliases, question):
    assert read_question(question, aliases).asks == ()


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("savings plans max discount percent", "Savings Plans appeared in 2019, after the whitepaper. [1]"),
        ("enterprise support 계약 최소 기간 몇년?", "2026년 동안 계약 갱신 시점에 Enterprise Support로 전환된다. [1]"),
        ("MegazoneCloud how many employees", "Three Korean companies are Premier partners. [1]"),
        ("AWS 직원 수 몇 명이야", "AWS 교육은 다음 다섯 가지로 나뉜다. [1]"),
        ("marketplace seller listing fee for saas?", "Products use pricing models including free products. [1]"),
        # (an aside between the counted noun and the verb: best practices are counted, not questions)
        ("how many best practices (the -BPxx ones) are in REL?", "The Reliability pillar has 13 questions. [1]"),
    ],
)
def test_an_answer_without_the_asked_figure_is_declined(aliases, question, answer):
    from assistant.answer.coverage import unstated_figure

    assert unstated_figure(read_question(question, aliases), answer) is not None


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "enterprise on-ramp 가격 몇퍼센트야",
            "Enterprise On-Ramp Support: 월 $5,500와 월 사용액의 10% 중 큰 금액이다. [1]",
        ),
        (
            "WA tool milestone 최대 몇개?",
            "무료 서비스다. [1]\n- 워크로드 하나에는 마일스톤을 최대 100개까지 저장할 수 있다. [2]",
        ),
        ("aws 자격증 몇년 유효해?", "시험 목록은 수시로 바뀐다. [1]\n- AWS 자격증은 보통 3년간 유효하다. [1]"),
        ("엔터프라이즈 비즈니스 크리티컬 응답 몇 분?", "Enterprise Support의 응답 목표는 15분입니다. [1]"),
        (
            "how many milestones can i save per workload",
            "Six principles. [1]\n- a workload can hold up to 100 milestones. [2]",
        ),
        # (a length in words, "within five minutes"; a multiple in words, "두 배로")
        ("how many minutes to recover in the AZ example?", "Back to a 99% success rate within five minutes. [1]"),
        ("멀티AZ로 하면 비용 몇 배?", "다중 AZ 설계는 일부 자원을 대략 두 배로 늘린다. [1]"),
    ],
)
def test_an_answer_that_gives_the_asked_figure_stands(aliases, question, answer):
    from assistant.answer.coverage import unstated_figure

    assert unstated_figure(read_question(question, aliases), answer) is None


def test_a_figure_in_a_supporting_line_counts_only_about_the_subject(aliases):
    from assistant.answer.coverage import unstated_figure

    q = read_question("savings plans max discount percent", aliases)
    unrelated = "Savings Plans appeared in 2019. [1]\n- Business Support costs 10% of usage. [2]"
    about = "Savings Plans appeared in 2019. [1]\n- Savings Plans save up to 72% against On-Demand. [2]"
    assert unstated_figure(q, unrelated) is not None and unstated_figure(q, about) is None


def test_another_provider_compared_with_aws_is_declined(aliases):
    q = read_question("gcp support plans pricing compared to aws", aliases)
    assert not_covered(q, _hits(CERTS), lambda w: True) == ("gcp", "provider")


@pytest.mark.parametrize(
    ("question", "what"),
    [("aws free tier ec2 몇시간 무료임?", "aws free tier"), ("step functions 가격 얼마임", "step functions")],
)
def test_programs_and_services_named_in_everyday_words_need_a_passage(aliases, question, what):
    missing = not_covered(read_question(question, aliases), _hits(CERTS), lambda w: True)
    assert missing == (what, "missing")


def _section_hit(section: str, text: str) -> Hit:
    chunk = Chunk(id=section, text=text, source="s.md", title="t", section=section, lang="en", kind="summary")
    return Hit(chunk, 1.0, {})


def test_a_supporting_line_that_gives_the_figure_leads_instead(aliases):
    from assistant.answer.coverage import figure_lead, unstated_figure

    q = read_question("aws 자격증 몇년 유효해?", aliases)
    text = "시험 목록은 수시로 바뀐다. [1]\n- 자격증은 네 수준으로 나뉜다. [1]\n- AWS 자격증은 보통 3년간 유효하다. [1]"
    assert unstated_figure(q, text, lead_only=True) is not None and "date" not in q.facets
    led, _ = figure_lead(q, text, [], [])
    assert led.splitlines()[0] == "AWS 자격증은 보통 3년간 유효하다. [1]"
    assert "- 시험 목록은 수시로 바뀐다. [1]" in led.splitlines()


def test_a_retrieved_sentence_about_the_subject_that_gives_the_figure_leads(aliases):
    from assistant.answer.coverage import figure_lead

    q = read_question("how long should a WA review take", aliases)
    review = _section_hit(
        "Well-Architected Framework: the review process",
        "A review is a conversation. Reviews are meant to be light, taking hours rather than days.",
    )
    led, cited = figure_lead(q, "The WA Tool records reviews. [1]", [review], [review])
    assert led.startswith("Reviews are meant to be light, taking hours rather than days. [1]") and cited == [review]


def test_a_sentence_with_the_figure_about_something_else_does_not_rescue(aliases):
    from assistant.answer.coverage import figure_lead

    q = read_question("CloudWatch 로그 보존 기간 기본값 뭐임", aliases)
    metrics = _section_hit("Compute Optimizer", "기본 분석은 최근 14일간의 CloudWatch 지표를 사용한다.")
    assert figure_lead(q, "CloudWatch 에이전트를 설치한다. [1]", [], [metrics]) is None
    q = read_question("what percent of aws revenue comes from enterprise support", aliases)
    price = _section_hit("Enterprise Support", "Enterprise Support costs 10% of the first $150K of usage.")
    assert figure_lead(q, "Enterprise Support is the top plan. [1]", [], [price]) is None


def test_a_list_answers_a_count_of_things_but_not_of_times(aliases):
    from assistant.answer.coverage import unstated_figure

    listed = "The classic line-up: [1]\n1. Basic\n2. Developer\n3. Business"
    assert unstated_figure(read_question("클래식 플랜 몇 개였어?", aliases), listed) is None
    assert unstated_figure(read_question("enterprise on-ramp IEM 1년에 몇 번?", aliases), listed) is not None


def test_a_korean_decline_names_the_figure_by_its_noun_not_the_phrase(aliases):
    academy = "AWS Academy gives universities ready-made cloud curricula."
    q = read_question("AWS 아카데미 학교가 참여하려면 비용 얼마 들어?", aliases)
    assert q.kind == "number"  # the condition ("참여하려면") is a how-to's, the question a price's
    assert not_covered(q, _hits(academy), lambda w: True) == ("AWS 아카데미의 비용", "missing")
    q = read_question("AWS 아카데미 얼마야?", aliases)
    assert not_covered(q, _hits(academy), lambda w: True) == ("AWS 아카데미의 금액", "missing")


def test_how_much_of_a_quantity_is_not_a_price(aliases):
    assert "price" not in read_question("how much metric data does compute optimizer need", aliases).facets
    assert "price" not in read_question("how much storage does the WA tool keep", aliases).facets
    assert "price" in read_question("how much is enterprise support", aliases).facets
    assert "price" in read_question("how much does it cost per month", aliases).facets


OPTIMIZER = (
    "AWS Compute Optimizer looks back 14 days at no additional charge. A paid option called enhanced "
    "infrastructure metrics extends the lookback to 93 days."
)


def test_no_charge_answers_whether_it_costs_extra_but_not_what_a_paid_option_costs(aliases):
    extra = read_question("compute optimizer 14 day lookback, does it cost extra?", aliases)
    assert extra.kind == "number" and not_covered(extra, _hits(OPTIMIZER), lambda w: True) is None
    paid = read_question("how much does compute optimizer enhanced infrastructure metrics cost", aliases)
    assert not_covered(paid, _hits(OPTIMIZER), lambda w: True) is not None


def test_a_limit_is_stated_as_a_bounded_count(aliases):
    q = read_question("max number of milestones per workload in the WA Tool?", aliases)
    assert not_covered(q, _hits("A workload can hold up to 100 milestones."), lambda w: True) is None
    assert not_covered(q, _hits("Milestones record the state of a workload."), lambda w: True) is not None


def test_a_word_named_only_to_be_set_aside_is_not_required(aliases):
    certs = "Professional exams, such as AWS Certified Solutions Architect Professional, cover complex designs."
    for aside in ("which professional exams are there besides Zorblax?", "Zorblax 말고 professional exams 뭐뭐 있어?"):
        assert not_covered(read_question(aside, aliases), _hits(certs), lambda w: False) is None, aside
    q = read_question("which professional exams are there, and Zorblax?", aliases)
    assert not_covered(q, _hits(certs), lambda w: False) == ("Zorblax", "missing")


def test_another_provider_asked_the_same_as_aws_is_declined(aliases):
    q = read_question("Azure Well-Architected Framework는 pillar 몇 개임? AWS 6개랑 똑같나", aliases)
    assert not_covered(q, _hits(CERTS), lambda w: True) == ("Azure", "provider")


def test_a_renewal_cycle_is_answered_by_a_period(aliases):
    from assistant.answer.chain import gives_figure

    q = read_question("AWS 자격증 유효기간 몇 년이야? 재인증 주기", aliases)
    assert gives_figure(q, "AWS 자격증은 보통 3년간 유효하며, 유지하려면 재인증을 받아야 한다. [1]")
    assert not gives_figure(q, "자격증은 네 가지 수준으로 나뉜다. [1]")
    how_often = read_question("검증 체크리스트 얼마나 자주 바뀜?", aliases)
    assert gives_figure(how_often, "AWS는 검증 체크리스트를 약 6개월마다 개정한다. [1]")


def test_a_paid_options_price_is_not_answered_by_free_courses_beside_it(aliases):
    skill = "AWS Skill Builder offers a large catalogue of free courses, and a paid subscription adds hands-on labs."
    q = read_question("skill builder paid subscription - how much per month?", aliases)
    assert not_covered(q, _hits(skill), lambda w: True) is not None
    priced = "AWS Skill Builder's paid subscription costs $29 per month."
    assert not_covered(q, _hits(priced), lambda w: True) is None
    free = read_question("is skill builder free?", aliases)
    assert not_covered(free, _hits(skill), lambda w: True) is None


def test_names_are_found_in_their_plural_and_hangul_names_spaced_or_not():
    from assistant.answer.coverage import names_in

    assert names_in("Add-ons are AWS Incident Detection and Response …", ["add-on"])
    assert names_in("운영 대행을 맡길 회사", ["운영대행"])
    assert not names_in("records", ["RDS"])


def test_a_verb_in_its_ing_form_is_no_name_the_passages_lack(aliases):
    game = _hits("Start in staging and keep the blast radius small on a first game day.")
    q = read_question("how do we run a first game day without nuking prod", aliases)
    assert not_covered(q, game, lambda w: False) is None
    # a product name the passages lack is still one
    assert not_covered(read_question("how do we run nginx on a game day", aliases), game, lambda w: False) is not None


def test_words_in_capitals_for_stress_are_no_identifiers(aliases):
    plans = _hits("Basic and Developer Support include only the core Trusted Advisor checks.")
    q = read_question("which support plans DON'T get the full trusted advisor checks? ONLY classic", aliases)
    assert not_covered(q, plans, lambda w: False) is None
    assert (
        not_covered(read_question("does VPCX work with trusted advisor", aliases), plans, lambda w: False) is not None
    )


def test_how_many_days_is_a_length_of_time_not_a_count(aliases):
    from assistant.answer.coverage import counted_noun, unstated_figure

    q = read_question("how many days back does compute optimizer look by default", aliases)
    assert counted_noun(q.text) is None and "count" not in q.facets and "duration" in q.asks
    assert unstated_figure(q, "By default it looks back 14 days at no additional charge. [1]") is None
    assert counted_noun("how many engineers do we need") is not None


def test_a_program_named_nowhere_is_declined_beside_a_catalog_answer_too(aliases):
    q = read_question("스타트업이라 AWS Activate 크레딧 있는데 이걸로 biz+ 서포트 요금도 낼수있음?", aliases)
    plans = _hits("Business Support+ has a monthly minimum per account.")
    missing = not_covered(q, plans, lambda w: True, catalog=True, stated="Business Support+: minimum uncertain")
    assert missing is not None and "Activate" in missing[0]
    # a plan's own item the catalog line names is no near-miss
    iem = read_question("비즈니스 서포트에 IEM 포함돼?", aliases)
    stated = "Business Support includes Infrastructure Event Management for an extra fee"
    assert not_covered(iem, plans, lambda w: True, catalog=True, stated=stated) is None


def test_a_year_is_no_length_of_time():
    from assistant.answer.cues import SHAPES

    assert not SHAPES["duration"].search(
        "2026년 11월 기준으로 워크로드 하나에는 마일스톤을 최대 100개까지 저장할 수 있다"
    )
    assert SHAPES["duration"].search("AWS 자격증은 보통 3년간 유효하다") and SHAPES["duration"].search("for 14 days")


def test_another_provider_asked_about_beside_aws_as_a_comparison_is_declined(aliases):
    q = read_question("does Google Cloud's framework have a sustainability pillar like AWS added in 2021?", aliases)
    assert not_covered(q, _hits(CERTS), lambda w: True) == ("Google Cloud", "provider")
    q = read_question("카카오클라우드도 엔터프라이즈 서포트처럼 전담 TAM 붙는 플랜 있음?", aliases)
    assert not_covered(q, _hits(CERTS), lambda w: True)[1] == "provider"


def test_a_month_is_a_time_not_a_name_the_passages_lack(aliases):
    q = read_question("if I bought Developer Support this month, does the plan even exist in January?", aliases)
    assert not_covered(q, _hits("Developer Support ends on 2027-01-01."), lambda w: False) is None


def test_a_length_of_time_asked_in_its_unit_needs_that_unit(aliases):
    from assistant.answer.coverage import unstated_figure

    q = read_question("SAA 시험은 몇 분 동안 봄?", aliases)
    assert unstated_figure(q, "AWS 자격증은 보통 3년간 유효하다. [1]") is not None  # years answer no minutes
    assert unstated_figure(q, "시험 시간은 130분이다. [1]") is None


@pytest.mark.parametrize(
    "question",
    [
        "can I share a WA tool workload with a partner account? any region gotchas?",  # the plural of a known word
        "how many questions are in the framework lens? trying to timebox our first review",  # a verb before its object
        # a name in what is said after the question ("… 물어볼라 했는데"): the scene, not the subject
        "biz 서포트는 서드파티 소프트웨어는 지원 안해주는거 맞지? ec2에 올린 nginx 설정 꼬인거 물어볼라 했는데",
    ],
)
def test_words_of_the_scene_are_no_unknown_names(aliases, question):
    hits = _hits("Workloads are shared within the same Region. The framework lens has 57 questions.")
    assert not_covered(read_question(question, aliases), hits, lambda w: False) is None


def test_an_official_name_is_found_without_its_brand_and_with_a_dash(aliases):
    q = read_question("SAA 자격증 만료되면 어떻게 됨?", aliases)
    ko = "AWS 자격증 가운데 Associate 수준은 Solutions Architect – Associate처럼 실무 역할별 역량을 검증한다."
    assert not_covered(q, _hits(ko), lambda w: True) is None
    assert not_covered(q, _hits("AWS 자격증은 3년간 유효하다."), lambda w: True) == ("SAA", "missing")


def test_a_noun_count_in_korean_is_a_count_asked(aliases):
    assert "count" in read_question("SAP-C02 시험 문항 수랑 시간", aliases).facets
    # "몇개는 …": some of them, said as a topic, asks no count
    assert "count" not in read_question("워크로드 몇개는 15분 응답도 느림 ㅋㅋ 애드온 있음?", aliases).facets


FIS = (
    "AWS Fault Injection Service (FIS) runs fault injection experiments. FIS runs under an IAM role that limits what "
    "it may touch."
)


def test_a_service_the_turn_before_lent_beside_one_stated_is_not_missing(aliases):
    # ("with FIS can we hit a slice of an ASG?" -> "and what gives it permission?": "it" is FIS, which the passages
    # state; the Auto Scaling group was asked about the turn before)
    typed = "and what gives it permission to mess with our stuff?"
    lent = read_question(f"FIS, ASG {typed}", aliases)
    from dataclasses import replace

    q = replace(lent, typed=typed)
    assert q.own_start > 0 and "auto-scaling" in q.entities
    assert not_covered(q, _hits(FIS), lambda w: True) is None
    # (named by the turn itself, it is still missing; and so is a lent one when no lent name is stated)
    assert not_covered(lent, _hits(FIS), lambda w: True) is not None
    alone = replace(read_question(f"ASG {typed}", aliases), typed=typed)
    assert not_covered(alone, _hits(FIS), lambda w: True) is not None


def test_a_decline_lists_each_closest_document_once_in_the_askers_language():
    from assistant.answer.chain import abstain

    def hit(lang: str, doc: str, section: str) -> Hit:
        chunk = Chunk(id=f"{lang}{doc}", text="t", source=f"corpus/summaries/{lang}/{doc}.md", title="t",
                      section=section, lang=lang, kind="summary")  # fmt: skip
        return Hit(chunk, 1.0, {})

    hits = [hit("ko", "support-plans", "심각도별 응답 시간"), hit("en", "right-sizing", "Right sizing"),
            hit("en", "support-plans", "Response times"), hit("en", "game-days", "Game days")]  # fmt: skip
    said = abstain("what is the capital of France?", "en", hits)
    assert [s.source for s in said.suggestions] == [
        "corpus/summaries/en/right-sizing.md",
        "corpus/summaries/en/support-plans.md",
        "corpus/summaries/en/game-days.md",
    ]


def test_for_each_of_a_thing_is_no_frequency():
    from assistant.answer.cues import SHAPES

    assert not SHAPES["frequency"].search("권장 사항마다 처리할 담당자가 있게 한다.")
    assert SHAPES["frequency"].search("이 주기는 분기마다처럼 정해 둔 일정에 따라 반복한다.")
    assert SHAPES["frequency"].search("릴리스마다 다시 점검한다.")
