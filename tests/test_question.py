"""Question understanding: language, entities through the alias table, kind and facets, follow-ups."""

from __future__ import annotations

import pytest

from assistant.answer.conversation import readings, resolve
from assistant.answer.cues import KINDS
from assistant.answer.question import answer_language, detect_language, read_question
from assistant.knowledge.aliases import load_aliases
from assistant.types import Turn
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def aliases():
    return load_aliases(CORPUS)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("business support+ 가 뭐야", "ko"),  # any Hangul means Korean
        ("What is the reliability pillar?", "en"),
        ("AWSのサポートプランは何ですか", "other"),
        ("Was ist das Well-Architected Framework und wie funktioniert es?", "other"),
        ("Quels sont les piliers du Well-Architected Framework ?", "other"),
        ("is WA tool free", "en"),
    ],
)
def test_language(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("개발자 플랜 없어진다던데 언제부터임?", "developer"),
        ("라이트사이징이 정확히 뭐임", "right-sizing"),
        ("엔터프라이즈 온램프 가격", "enterprise-on-ramp"),
        ("enterprise onramp price", "enterprise-on-ramp"),
        ("TAM이 뭐야?", "technical-account-manager"),
        ("WA 툴 무료야?", "well-architected-tool"),
        ("reliablity design principles", "reliability"),
        ("웰아키텍처 기둥", "well-architected-framework"),
        ("cost 필라 설계원칙 몇개임", "cost-optimization"),  # a pillar's English head beside a Korean pillar word
        ("보안 pillar 원칙", "security"),
    ],
)
def test_entities_in_any_spelling(aliases, text, entity):
    assert entity in read_question(text, aliases).entities


def test_longest_name_wins_and_weak_names_need_context(aliases):
    q = read_question("안정성 원칙 설계 원칙", aliases)
    assert q.entities == ["reliability", "design-principle"]
    assert "business" not in read_question("we focus on business value", aliases).entities
    assert "business" in read_question("how much is business per month", aliases).entities
    # an exact-case name does not fire on the everyday word
    assert read_question("show me a map of regions", aliases).entities == []


@pytest.mark.parametrize(
    ("text", "kind", "facet"),
    [
        ("what's the minimum price of enterprise support", "number", "price"),
        ("enterprise support business critical system down response time", "number", "response"),
        ("security pillar design principles", "list", None),
        ("지속가능성 설계 원칙 몇 개고 뭐임?", "list", None),
        ("TAM이 뭐야?", "definition", None),
        ("enterprise vs enterprise on-ramp", "comparison", None),
    ],
)
def test_kind_and_facets(aliases, text, kind, facet):
    q = read_question(text, aliases)
    assert q.kind == kind
    if facet:
        assert facet in q.facets


def test_pillar_name_is_not_the_cost_facet(aliases):
    q = read_question("비용 최적화 설계 원칙", aliases)
    assert "price" not in q.facets
    assert q.entities[0] == "cost-optimization"
    # a pricing model is a kind of purchase, not a price asked ("COST07 가격모델 … 뭐뭐 섞어 쓰라는거임")
    assert "price" not in read_question("COST07 가격모델 선택이라던데 뭐뭐 섞어 쓰라는거임", aliases).facets
    assert "price" in read_question("비즈니스 서포트 가격 얼마임", aliases).facets


def test_query_expands_names_in_both_languages(aliases):
    q = read_question("라이트사이징이 뭐야", aliases)
    assert "적정 크기 조정" in q.query  # the name the Korean passages use


def _chain(aliases, *turns: str) -> str:
    history = [Turn(t) for t in turns[:-1]]
    return resolve(read_question(turns[-1], aliases), history, aliases).text


def test_sibling_replaces_previous_subject(aliases):
    text = _chain(aliases, "비즈니스 플랜 프로덕션 다운 응답 시간은?", "엔터프라이즈는?")
    assert "엔터프라이즈" in text and "프로덕션 다운" in text and "비즈니스" not in text


def test_facet_only_turn_carries_the_topic_over_several_turns(aliases):
    text = _chain(aliases, "비즈니스 플랜 프로덕션 다운 응답 시간은?", "엔터프라이즈는?", "가격은?")
    q = read_question(text, aliases)
    assert q.of_kind("plan") == ["enterprise"] and "price" in q.facets


def test_english_followup(aliases):
    q = read_question(
        _chain(aliases, "How fast does Business Support answer production down?", "and for enterprise?"), aliases
    )
    assert q.of_kind("plan") == ["enterprise"]


@pytest.mark.parametrize(
    "new",
    ["What is the capital of France?", "What are the design principles of the security pillar?", "람다 최대 실행 시간"],
)
def test_self_contained_questions_are_never_glued(aliases, new):
    assert _chain(aliases, "비즈니스 플랜 프로덕션 다운 응답 시간은?", new) == new


def test_pillar_word_after_a_principle_is_part_of_its_name_but_not_after_the_framework(aliases):
    assert read_question("용량 추측 중단 원칙 설명 좀", aliases).entities == ["stop-guessing-capacity"]
    q = read_question("웰아키텍처 기둥 몇 개야? 다 나열해줘", aliases)
    assert "pillar" in q.entities and q.kind == "list"


def test_negated_name_is_not_the_subject(aliases):
    assert read_question("온램프 말고 엔터프라이즈 최소 요금", aliases).of_kind("plan") == ["enterprise"]
    assert read_question("not enterprise, the on-ramp one - min monthly price?", aliases).of_kind("plan") == [
        "enterprise-on-ramp"
    ]


@pytest.mark.parametrize(
    ("typed", "entity"),
    [
        ("busines plan price", "business"),
        ("secuirty pillar", "security"),
        ("엔터프라이스 서포트 가격", "enterprise"),
        ("operational excelence principles", "operational-excellence"),
    ],
)
def test_names_typed_with_a_slip(aliases, typed, entity):
    assert entity in read_question(typed, aliases).entities


def test_everyday_words_are_not_slips(aliases):
    assert read_question("the basics of the market", aliases).entities == []


def test_after_asking_what_replaces_a_plan_the_successor_is_the_topic(aliases):
    history = [
        Turn(
            "디벨로퍼 플랜 없어진다며?",
            "Developer Support는 2027-01-01에 종료됩니다. 후속 플랜은 Business Support+입니다.",
        ),
        Turn(
            "그럼 뭘로 옮겨야 돼?", "Developer Support는 2027-01-01에 종료됩니다. 후속 플랜은 Business Support+입니다."
        ),
    ]
    q = resolve(read_question("가격은?", aliases), history, aliases)
    assert q.of_kind("plan") == ["business-support-plus"] and "price" in q.facets
    # without a question about the replacement, the asked plan stays the topic
    q = resolve(read_question("가격은?", aliases), history[:1], aliases)
    assert q.of_kind("plan") == ["developer"]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("비지니스 서포트 플러스 가격", "business-support-plus"),  # a slip inside a name of several words
        ("엔터프라즈 최소 요금?", "enterprise"),  # one syllable missing
        ("메카니컬 심퍼시가 뭔소리임", "mechanical-sympathy"),
        ("what about cost pillar", "cost-optimization"),  # a pillar by its first word
        ("비용 필라 설계 원칙", "cost-optimization"),
    ],
)
def test_names_typed_loosely(aliases, text, entity):
    assert entity in read_question(text, aliases).entities


def test_a_slipped_word_before_the_rest_of_a_longer_name_is_that_name(aliases):
    """ "enterprize on-ramp" is Enterprise On-Ramp, not Enterprise (the slip) and On-Ramp side by side."""
    for typed in ("we're on enterprize on-ramp rn, is that plan going away??", "entreprise on ramp 가격"):
        assert read_question(typed, aliases).of_kind("plan") == ["enterprise-on-ramp"], typed
    assert read_question("busines support+ price", aliases).of_kind("plan") == ["business-support-plus"]
    assert read_question("enterprize or on-ramp?", aliases).of_kind("plan") == ["enterprise", "enterprise-on-ramp"]


def test_a_pointer_after_a_preposition_carries_what_the_last_turn_was_about(aliases):
    history = [Turn("who can i share a wa tool workload with", "")]
    q = resolve(read_question("what permission levels r there for that", aliases), history, aliases)
    assert "share" in q.text and "well-architected-tool" in q.entities
    # "it" points at the subject only: the previous turn's other words stay behind
    history = [Turn("does FIS have stop conditions?", "")]
    q = resolve(read_question("is it free or do we pay for it?", aliases), history, aliases)
    assert "fis" in q.entities and "stop" not in q.text


def test_the_one_about_a_word_is_that_item_of_the_last_list(aliases):
    listed = "The framework has 6 general design principles: [1]\n1. Stop guessing your capacity needs\n" + (
        "2. Drive architectures using data (데이터 기반 아키텍처)\n3. Improve through game days (게임 데이를 통한 개선)"
    )
    history = [Turn("how many general design principles does well-architected have", listed)]
    q = resolve(read_question("whats the one about data called", aliases), history, aliases)
    assert q.text.startswith("Drive architectures using data")
    q = resolve(
        read_question("게임 관련된 거 설명해줘", aliases), [Turn("general design principles?", listed)], aliases
    )
    assert q.text.startswith("Improve through game days")
    # no item holds the word: the turn is read as it was asked
    q = resolve(read_question("the one about pricing?", aliases), history, aliases)
    assert "Drive" not in q.text and "Stop guessing" not in q.text


def test_a_subject_the_last_answer_named_is_a_sibling_after_a_conjunction(aliases):
    answer = "AWS Trusted Advisor checks your account in six categories. [1]\n- Basic Support: core checks.\n" + (
        "- Business Support, Enterprise On-Ramp Support, Enterprise Support: all checks."
    )
    history = [Turn("트러스티드 어드바이저 전체 검사 다 열리는 플랜이 어디어디야?", answer)]
    q = resolve(read_question("그럼 베이직은 뭐 볼 수 있는데", aliases), history, aliases)
    assert "trusted-advisor" in q.entities and q.of_kind("plan") == ["basic"]
    # a conjunction before a subject of a kind neither turn named still starts anew
    q = resolve(read_question("근데 Well-Architected Tool은 무료야?", aliases), history, aliases)
    assert "trusted-advisor" not in q.entities


def test_one_name_asked_is_no_list_and_aws_service_asks_for_a_tool(aliases):
    assert read_question("예전 이름은?", aliases).kind != "list"
    assert read_question("pillar names?", aliases).kind == "list"
    assert read_question("name a few competency areas", aliases).kind == "list"
    assert read_question("그거 장애 주입하는 거 AWS 서비스로 돌릴 수 있나?", aliases).wants_tool
    assert read_question("is there an aws service for fault injection", aliases).wants_tool


def test_words_that_only_look_like_cues(aliases):
    # "이상한" (strange) holds 상한 (upper limit); "run us" asks a price; "SUS 몇번까지" asks no count of times
    assert "limit" not in read_question("노트엔 US 전용 자격증 이런 이상한것도 있던데", aliases).facets
    assert "price" in read_question("what would business support run us?", aliases).facets
    assert "price" not in read_question("how many hours of metrics at minimum", aliases).facets


def test_a_clause_ending_in_a_remark_only_sets_the_scene(aliases):
    q = read_question("AWS 교육 프로그램 종류 다 나열해줘, 노트엔 US 전용 자격증 이런 것도 있던데", aliases)
    assert q.kind == "list" and "notes_context" in q.facets and "notes" not in q.facets
    assert "notes" in read_question("노트엔 교육 쪽 뭐라고 적혀 있었지?", aliases).facets


def test_a_turn_naming_its_own_attribute_does_not_carry_the_last_one(aliases):
    history = [Turn("how many questions in the reliability pillar?", "")]
    q = resolve(read_question("what DR strategies does it list", aliases), history, aliases)
    assert "reliability" in q.entities and "questions" not in q.facets
    q = resolve(read_question("and security?", aliases), history, aliases)  # no attribute of its own
    assert "questions" in q.facets


def test_calling_something_a_name_is_no_phone_call(aliases):
    assert "channels" not in read_question("my notes call it 'enable traceability' - still the name?", aliases).facets
    assert "channels" in read_question("can I call them 24/7 on business support?", aliases).facets


def test_korean_chat_pointers_and_counts(aliases):
    history = [Turn("CO 기본 설정이면 며칠치 지표 보고 추천해줌?", "")]
    q = resolve(
        read_question("우리 월말 배치 있어서 그걸론 부족할 듯. 더 길게 보게 하려면?", aliases), history, aliases
    )
    assert "compute-optimizer" in q.entities  # "CO" names it; "그걸론" points back
    few = read_question("크리티컬 워크로드 몇 개만 5분 안에 응답 받고 싶은데 그런 옵션 있음?", aliases)
    assert "count" not in few.facets and "response" in few.facets  # "몇 개만": only a few
    assert "count" in read_question("설계 원칙 몇 개야?", aliases).facets


def test_a_statement_before_the_question_is_its_background(aliases):
    q = read_question("개발자 4명 팀인데 공유 노트에 일반 설계 원칙이 5개밖에 없음. 6개 전부 뭐야?", aliases)
    assert "notes" not in q.facets and "notes_context" in q.facets
    assert "notes" in read_question("내 노트에 뭐라고 돼있음? 일반 설계 원칙", aliases).facets


def test_the_first_thing_asked_is_the_subject_of_a_turn_pointing_back_to_it(aliases):
    history = [
        Turn("BS+ 가면 프로덕션 다운 케이스 첫 응답 몇 시간 안에 옴?", ""),
        Turn("엔터프라이즈면? 비즈니스 크리티컬 다운 기준으로", ""),
    ]
    q = resolve(read_question("아까 첫번째 거는 그 크리티컬 등급 자체가 없는 거 맞지?", aliases), history, aliases)
    assert q.of_kind("plan") == ["business-support-plus"]
    q = resolve(read_question("그거 가격은?", aliases), history, aliases)  # "그거" is the last turn's
    assert q.of_kind("plan") == ["enterprise"]


def test_a_service_named_inside_a_pointing_turn_joins_the_topic(aliases):
    history = [Turn("CO 기본 설정이면 며칠치 지표 보고 추천해줌?", "")]
    q = resolve(read_question("EC2는 그 기간 안에 최소 몇 시간 데이터 있어야 추천 뜸?", aliases), history, aliases)
    assert set(q.entities) >= {"compute-optimizer", "ec2"}  # "그 기간": Compute Optimizer's, about EC2
    q = resolve(read_question("EC2는?", aliases), [Turn("람다 최대 실행 시간", "")], aliases)
    assert q.of_kind("service") == ["ec2"]  # a bare sibling still swaps


def test_memory_is_no_memo(aliases):
    assert "notes" not in read_question("메모리 지표는 CloudWatch 기본이야?", aliases).facets
    assert "notes" in read_question("메모에 뭐라고 적었지?", aliases).facets


def test_a_count_asked_carries_into_a_comparing_turn_but_not_into_a_list(aliases):
    history = [Turn("보안 필라 설계 원칙 몇 개였지?", ""), Turn("안정성은?", "")]
    q = resolve(read_question("운영 우수성은 그거보다 많지 않나?", aliases), history, aliases)
    assert "count" in q.facets and "operational-excellence" in q.entities
    q = resolve(read_question("거기 뭐뭐 저장됨?", aliases), [Turn("마일스톤은 워크로드당 몇 개까지 됨?", "")], aliases)
    assert "count" not in q.facets and "milestone" in q.entities


def test_things_that_turned_up_ask_no_date(aliases):
    assert "date" not in read_question("리뷰 돌렸더니 HRI 잔뜩 나왔는데 HRI가 정확히 뭐야", aliases).facets
    assert "date" in read_question("지속가능성 원칙은 언제 생겼지", aliases).facets
    assert "date" in read_question("sustainability pillar 언제 나왔어?", aliases).facets
    assert "anyway" not in read_question("when did aws launch the well-architected tool anyway", aliases).text


def test_up_to_how_many_is_a_limit(aliases):
    assert "limit" in read_question("커스텀 렌즈는 계정당 몇개까지 만들 수 있어?", aliases).facets
    assert "limit" not in read_question("SUS 몇번 있어?", aliases).facets


def test_the_move_points_back_and_after_it_means_the_successor(aliases):
    history = [Turn("we're on enterprize on-ramp rn, is that plan going away??", "")]
    q = resolve(
        read_question("do we have to do anything for the switch or does aws just move us", aliases), history, aliases
    )
    assert q.of_kind("plan") == ["enterprise-on-ramp"]
    q = read_question("on-ramp biz-critical-down response time after the move?", aliases)
    assert "replacement" in q.facets and "response" in q.facets
    assert "replacement" in read_question("온램프에서 옮긴 뒤에는 응답 시간 어떻게 돼?", aliases).facets


def test_tldr_is_no_disaster_recovery(aliases):
    q = read_question("tl;dr what does that one want us to do", aliases)
    assert "disaster-recovery" not in q.entities and "dr" not in q.tokens


def test_the_side_named_with_jjok_swaps_the_subject(aliases):
    q = resolve(read_question("보안 쪽은?", aliases), [Turn("운영 우수성 설계 원칙 몇 개야?", "")], aliases)
    assert q.of_kind("pillar") == ["security"] and "design-principle" in q.entities and "count" in q.facets
    assert "partner-paths" in read_question("APN 파트너 path 요즘 몇개로 나뉨?", aliases).entities


def test_a_slip_never_turns_one_name_into_a_longer_one(aliases):
    assert read_question("비즈니스 서포트 가격", aliases).of_kind("plan") == ["business"]
    assert read_question("엔터프라이즈 온램프 가격", aliases).of_kind("plan") == ["enterprise-on-ramp"]


def test_a_negated_name_is_kept_apart(aliases):
    q = read_question("온램프 말고 TAM 주는 플랜 뭐있음", aliases)
    assert q.of_kind("plan") == [] and [m.entity.id for m in q.negated] == ["enterprise-on-ramp"]


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("Which REL question covers retries?", {"covers", "retries"}),
        ("How much is Business Support+?", set()),
        ("서비스 경로 티어는?", set()),  # the particle left behind is no detail
        ("which support plans are NOT going away in 2027?", set()),  # negation and a year are not either
    ],
)
def test_detail_is_what_the_question_adds(aliases, text, detail):
    assert set(read_question(text, aliases).detail) == detail


def test_a_turn_asking_another_attribute_drops_the_previous_one(aliases):
    history = [Turn("sustainability design principles", "The Sustainability pillar has 6 design principles: [1]")]
    q = resolve(read_question("when was it added?", aliases), history, aliases)
    assert q.entities == ["sustainability"] and "date" in q.facets


def test_the_subjects_an_answer_named_are_the_next_turns_topic(aliases):
    history = [
        Turn(
            "TAM 있는 플랜 뭐야",
            "TAM을 제공하는 플랜은 2개입니다. [1]\n1. Enterprise On-Ramp Support\n2. Enterprise Support",
        )
    ]
    q = resolve(read_question("가격은?", aliases), history, aliases)
    assert set(q.of_kind("plan")) == {"enterprise-on-ramp", "enterprise"} and "price" in q.facets
    # an answer naming every pillar hands no topic on
    six = "6 pillars: [1]\n1. Operational Excellence\n2. Security\n3. Reliability\n4. Performance Efficiency"
    q = resolve(read_question("how many questions?", aliases), [Turn("list the pillars", six)], aliases)
    assert q.of_kind("pillar") == []


def test_a_conjunction_before_a_new_kind_of_subject_starts_a_new_question(aliases):
    history = [Turn("비즈니스 서포트 가격 얼마?", "Business Support: 월 $100 … [1]")]
    q = resolve(read_question("근데 Well-Architected Tool은 무료야?", aliases), history, aliases)
    assert q.of_kind("plan") == [] and "well-architected-tool" in q.entities


def test_a_short_turn_with_no_subject_carries_the_topic(aliases):
    history = [Turn("개발자 플랜이랑 비즈니스 플랜 언제 끝나?", "Developer … Business … 2027-01-01 [1]")]
    q = resolve(read_question("둘 다 없어지는 거야?", aliases), history, aliases)
    assert set(q.of_kind("plan")) == {"developer", "business"}


def test_a_new_attribute_replaces_the_glued_question(aliases):
    history = [Turn("when was the sustainability pillar added?", "AWS added it in December 2021. [1]")]
    q = resolve(read_question("설계 원칙은?", aliases), history, aliases)
    assert "sustainability" in q.entities and "design-principle" in q.entities and "date" not in q.facets


def test_an_ordinal_points_into_the_previous_answers_list(aliases):
    listed = (
        "6 general design principles: [1]\n1. Stop guessing your capacity needs (용량 추측 중단)\n"
        "2. Test systems at production scale\n3. Improve through game days (게임 데이로 개선)"
    )
    q = resolve(read_question("explain the last one", aliases), [Turn("general design principles?", listed)], aliases)
    assert q.entities == ["general/improve-through-game-days"] or "game-day" in q.entities
    q = resolve(read_question("두 번째 거 예시", aliases), [Turn("general design principles?", listed)], aliases)
    assert "Test systems at production scale" in q.text


def test_a_count_follow_up_keeps_the_attribute(aliases):
    history = [Turn("보안 필러 설계 원칙 알려줘", "보안 원칙의 설계 원칙은 7가지입니다. [1]")]
    q = resolve(read_question("몇 개야?", aliases), history, aliases)
    assert "security" in q.entities and "design-principle" in q.entities


def test_a_short_turn_with_a_topic_of_its_own_stands_alone(aliases):
    history = [
        Turn(
            "TAM 있는 플랜 뭐야",
            "TAM을 제공하는 플랜은 2개입니다. [1]\n1. Enterprise On-Ramp Support\n2. Enterprise Support",
        )
    ]
    q = resolve(read_question("프랑스 수도가 어디야?", aliases), history, aliases)
    assert q.entities == []


def test_a_question_id_is_a_subject_of_its_own(aliases):
    history = [Turn("마켓플레이스에서 뭐 팔 수 있어?", "AWS Marketplace는 … [1]")]
    q = resolve(read_question("REL05가 뭐야?", aliases), history, aliases)
    assert q.text == "REL05가 뭐야?"


def test_how_often_is_a_frequency_not_a_price(aliases):
    q = read_question("how often does the checklist change?", aliases)
    assert "frequency" in q.facets and "price" not in q.facets and q.kind == "number"


def test_a_subjectless_turn_keeps_the_previous_attribute(aliases):
    history = [Turn("AWS 파트너 서비스 패스 티어 알려줘", "Services Path 등급은 4단계입니다. [1]")]
    q = resolve(read_question("제일 높은 건?", aliases), history, aliases)
    assert "tiers" in q.facets and "services-path" in q.entities


def test_an_event_or_exam_starts_a_new_topic(aliases):
    history = [Turn("운영 우수성 영역 몇개?", "운영 우수성 원칙의 모범 사례 영역은 4가지입니다. [1]\n1. 조직\n2. 준비")]
    assert resolve(read_question("re:invent 언제야", aliases), history, aliases).entities == ["reinvent"]
    assert resolve(read_question("SAA 시험 몇 문제?", aliases), history, aliases).entities == ["exam-saa"]


def test_swapping_a_pillar_drops_the_old_pillars_principle(aliases):
    listed = (
        "The Reliability pillar has 5 design principles: [1]\n"
        "1. Automatically recover from failure\n2. Test recovery procedures"
    )
    history = [
        Turn("what are the reliability design principles", listed),
        Turn("explain the second one", "Test recovery procedures is a design principle of the Reliability pillar. [1]"),
    ]
    q = resolve(read_question("and for security?", aliases), history, aliases)
    assert "security" in q.entities and "design-principle" in q.entities
    assert not any(e.startswith("reliability") for e in q.entities)


def test_related_turn_points_back_to_the_topic(aliases):
    history = [Turn("right sizing이 뭐야", "적정 크기 조정(right sizing): 작게 시작해 조정한다. [1]")]
    assert "right-sizing" in resolve(read_question("관련 도구는?", aliases), history, aliases).entities


def test_korean_what_does_it_change_to_asks_for_the_replacement(aliases):
    assert "replacement" in read_question("그럼 뭐로 바뀜?", aliases).facets
    assert read_question("비즈니스 응답 시간 알려줘", aliases).detail == ()  # "시간" is part of the facet


def test_which_of_those_points_at_every_subject_named_then_the_pick_is_the_topic(aliases):
    history = [
        Turn("How much is Enterprise On-Ramp?", "Enterprise On-Ramp Support: Greater of $5,500 per month. [1]"),
        Turn("and Enterprise?", "Enterprise Support: Greater of $15,000 per month. [1]"),
    ]
    q = resolve(read_question("which of those is cheapest", aliases), history, aliases)
    assert set(q.of_kind("plan")) == {"enterprise-on-ramp", "enterprise"}
    history.append(Turn("which of those is cheapest", "The cheapest of these is Enterprise On-Ramp Support. [1]"))
    q = resolve(read_question("when does it end?", aliases), history, aliases)
    assert q.of_kind("plan") == ["enterprise-on-ramp"] and "end_date" in q.facets


def test_a_term_named_like_an_area_is_that_area_in_a_framework_question(aliases):
    q = read_question("보안 인시던트 대응 영역 질문 번호", aliases)
    assert "security/incident-response" in q.entities and "questions" in q.facets and q.detail == ()
    assert read_question("인시던트 대응이 뭐야", aliases).entities == ["incident-response"]  # a definition stays
    history = [
        Turn("데이터 보호는 질문 번호 뭐야?", "보안 원칙의 데이터 보호 영역은 SEC07, SEC08, SEC09 질문을 다룹니다. [1]")
    ]
    assert (
        "security/incident-response" in resolve(read_question("인시던트 대응은?", aliases), history, aliases).entities
    )


def test_an_answers_passing_names_do_not_become_the_topic(aliases):
    history = [
        Turn("AWS 파트너 서비스 패스 티어 알려줘", "Services Path 등급은 4단계입니다. [1]\n1. Select: 자격증 보유 인력")
    ]
    q = resolve(read_question("제일 높은 건?", aliases), history, aliases)
    assert q.entities == ["services-path"]


def test_an_example_request_leans_on_the_topic(aliases):
    history = [Turn("AWS 파트너 서비스 패스 티어 알려줘", "Services Path 등급은 4단계입니다. [1]")]
    assert "services-path" in resolve(read_question("한국 예시 들어줘", aliases), history, aliases).entities


def test_units_and_figure_words_are_no_detail(aliases):
    q = read_question("whats the IDR response time in minutes", aliases)
    assert "minutes" not in q.detail and q.of_kind("program") == ["incident-detection-and-response"]
    assert "percent" not in read_question("what percent of aws revenue comes from enterprise support", aliases).detail


def test_how_long_until_an_end_asks_the_end_date_not_a_duration(aliases):
    q = read_question("how long till developer support goes away", aliases)
    assert "end_date" in q.facets and "duration" not in q.asks
    assert "duration" in read_question("how long should a WA review take", aliases).asks


@pytest.mark.parametrize(
    ("text", "facets"),
    [
        ("비지니스 서포트엔 전화/채팅 말고 뭐가 더 포함돼?", ("features",)),  # the channels are set aside
        ("besides price, what do i get with enterprise", ("features",)),
        ("business support phone or chat?", ("channels",)),
        ("which support plans are NOT going away in 2027?", ("end_date",)),  # a negated predicate is still asked
    ],
)
def test_a_facet_set_aside_is_not_asked(aliases, text, facets):
    assert read_question(text, aliases).facets == facets


def test_a_time_of_day_is_asked_by_its_own_unit(aliases):
    assert "clock" in read_question("개발자 플랜 업무시간이 몇시부터 몇시임?", aliases).asks
    assert "clock" in read_question("what time does developer support answer emails", aliases).asks
    assert "clock" not in read_question("몇 시간 걸려?", aliases).asks


def test_a_plan_set_aside_in_words_is_not_asked(aliases):
    q = read_question("does developer support even have a production down severity? not asking about business", aliases)
    assert q.of_kind("plan") == ["developer"]


def test_a_minimum_or_maximum_duration_is_a_figure_of_time(aliases):
    assert "duration" in read_question("s3 glacier deep archive min storage duration?", aliases).asks
    assert "duration" in read_question("lambda max duration?", aliases).asks


def test_a_name_set_aside_leaves_the_facet_after_it_asked(aliases):
    q = read_question("besides competency how many other apn specialization programs r there", aliases)
    assert "count" in q.facets and q.kind == "number"


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        ("how much is buisness support per month", "business"),  # one slip from Business, two from Business+
        ("busines support+ price", "business-support-plus"),
        ("busines support plus price", "business-support-plus"),
    ],
)
def test_a_misspelt_plan_is_the_nearest_name(aliases, text, plan):
    assert read_question(text, aliases).of_kind("plan") == [plan]


def test_ending_up_with_a_value_asks_no_end_date(aliases):
    assert "end_date" not in read_question("what values can a question end up with?", aliases).facets
    assert "end_date" in read_question("when does developer support end?", aliases).facets


@pytest.mark.parametrize(
    ("text", "entity"),
    [("and BS+?", "business-support-plus"), ("GenAI 렌즈", "generative-ai-lens"), ("GenAI 써도 됨?", "generative-ai")],
)
def test_common_short_names(aliases, text, entity):
    assert entity in {m.entity.id for m in read_question(text, aliases).mentions}


def test_chat_shorthand_is_read_as_the_word_the_corpus_uses(aliases):
    q = read_question("infra protection area in security, which SEC ids r in it", aliases)
    assert "security/infrastructure-protection" in q.entities and q.text.startswith("infrastructure protection")
    assert "recommendations" in read_question("when does it give recs?", aliases).text
    assert read_question("reconfigure the rec room", aliases).text == "reconfigure the rec room".replace(
        "rec room", "recommendation room"
    )  # whole words only: "reconfigure" stays


@pytest.mark.parametrize("text", ["체크리스트 얼마마다 바뀜?", "얼마 동안 유효해?", "얼마 만에 답해줘?"])
def test_korean_how_often_how_long_how_soon_are_not_prices(aliases, text):
    assert "price" not in read_question(text, aliases).facets


def test_korean_how_often_asks_a_frequency(aliases):
    assert "frequency" in read_question("검증 체크리스트 얼마마다 바뀜?", aliases).facets


@pytest.mark.parametrize("turn", ["how many areas does the whole pillar have btw", "그 필라 영역은 몇 개야?"])
def test_the_pillar_points_back_at_the_one_discussed(aliases, turn):
    text = _chain(aliases, "reliability pillar design principles?", turn)
    assert "reliability" in text.casefold()
    own = _chain(
        aliases, "reliability pillar design principles?", "the cost optimization pillar: its design principles?"
    )
    assert "cost" in own.casefold() and "reliability" not in own.casefold()  # a pillar named anew replaces it


@pytest.mark.parametrize(
    "text",
    [
        "대량으로 살땐 가격 따로 협상하던데 그건 뭐라고 부름?",
        "what's it called when you negotiate a price with a seller?",
    ],
)
def test_asking_what_something_is_called_asks_a_name_not_its_price(aliases, text):
    q = read_question(text, aliases)
    assert q.kind == "definition" and "price" not in q.facets


def test_an_amount_of_money_asks_a_price(aliases):
    assert "price" in read_question("그거 최소 계약금액 있음?", aliases).facets


def test_the_scope_gate_weighs_names_as_the_passages_write_them(aliases):
    q = read_question("트러스티드 어드바이저 검사 카테고리 뭐뭐임", aliases)
    assert "Trusted Advisor" in q.evidence_text and "트러스티드" not in q.evidence_text
    assert "트러스티드" in q.query and "Trusted Advisor" in q.query  # retrieval keeps both spellings
    assert "범주" in q.query and "범주" in q.evidence_text  # a loanword brings the summaries' native term
    plain = read_question("Trusted Advisor check categories?", aliases)
    assert plain.evidence_text == plain.query == plain.text


def test_everyday_words_bring_the_summaries_terms(aliases):
    assert "anti-patterns" in read_question("common mistakes with reliability?", aliases).query
    assert "안티패턴" in read_question("보안 쪽에서 흔히 하는 실수들", aliases).query
    assert "trade-offs" in read_question("Does OE ever conflict with other pillars?", aliases).query
    assert "절충" in read_question("안정성이랑 비용 최적화가 부딪힐 때 어떻게 해", aliases).query
    # a question already in the summaries' words is searched as typed
    plain = read_question("reliability anti-patterns?", aliases)
    assert plain.query == plain.text


def test_an_amount_the_asker_states_is_their_situation_not_a_price_asked(aliases):
    q = read_question("RI나 SP 사려는데 그 전에 뭐부터 해야됨? 한달 $200 정도 쓰는 작은 팀임", aliases)
    assert "price" not in q.facets and q.kind == "howto"
    assert (
        "price"
        not in read_question("budget is super tight - is it ok to trade away security to save $$?", aliases).facets
    )
    # the same amount beside a price word still asks the price at that spend
    assert "price" in read_question("dev support cost if our aws spend is ~$2,000/mo?", aliases).facets
    assert "price" in read_question("we spend $3000 a month, how much is business support?", aliases).facets
    assert "price" in read_question("is enterprise $15,000 a month?", aliases).facets


def test_cost_as_a_topic_or_kinds_of_pricing_asks_no_figure(aliases):
    assert "price" not in read_question("what does trusted advisor flag for cost? need a list", aliases).facets
    assert "price" not in read_question("what pricing models do marketplace sellers use?", aliases).facets
    assert "price" in read_question("what does enterprise support cost?", aliases).facets
    assert "price" in read_question("marketplace pricing?", aliases).facets


def test_a_plural_party_is_not_a_named_customer(aliases):
    assert "customers" not in read_question("what pricing models do marketplace sellers use?", aliases).asks
    assert "customers" in read_question("does samsung use the WA tool?", aliases).asks


def test_a_yes_no_question_after_a_spaced_hyphen(aliases):
    assert read_question("budget is tight - is it ok to skip encryption?", aliases).kind == "yesno"


def test_notes_named_after_the_question_only_set_the_scene(aliases):
    q = read_question("APN 파트너 경로 지금 몇개고 뭐뭐임? 노트엔 컨설팅/기술/교육 셋뿐이던데", aliases)
    assert "notes" not in q.facets and "notes_context" in q.facets
    assert "notes" in read_question("내 노트에 적은 서포트 플랜 몇 개임?", aliases).facets


def test_chat_shorthand_and_fillers(aliases):
    assert "critical" in read_question("which DR option fits a low-crit app?", aliases).text
    q = read_question("my notes have smth about data centers pls", aliases)
    assert "smth" not in q.text and "pls" not in q.text and "data centers" in q.text
    assert "trusted-advisor" in read_question("we're on basic. do we get the TA cost checks?", aliases).entities


def test_min_is_a_minimum_unless_a_number_comes_before_it(aliases):
    assert "price" in read_question("ok and business plan min?", aliases).facets
    assert "minimum" not in read_question("is the response 15 min for enterprise?", aliases).text


def test_a_turn_asking_what_something_is_does_not_carry_the_previous_figure(aliases):
    text = _chain(aliases, "dev support min monthly price?", "so whats this BS+ thing they want us on")
    assert "price" not in read_question(text, aliases).facets
    # an elliptical turn still does
    assert "price" in read_question(_chain(aliases, "dev support min monthly price?", "and business?"), aliases).facets


def test_a_turn_asking_an_attribute_of_the_new_subject_keeps_the_previous_one(aliases):
    text = _chain(aliases, "business support response time for prod down?", "and BS+? whats the fastest target there")
    assert "response" in read_question(text, aliases).facets
    assert "price" not in read_question("compute optimizer - min hours of metrics before recs?", aliases).facets


def test_more_ways_people_write_names_and_facets(aliases):
    assert "end_date" in read_question("근데 그 플랜 언제 끝남?", aliases).facets
    assert "partner-paths" in read_question("APN 파트너 패스 요즘 몇 개고 뭐뭐 있어요?", aliases).entities
    assert "cost-optimization" in read_question("비최 디자인 원칙 5개 뭐뭐임?", aliases).entities
    assert "certifications" in read_question("do aws certs expire?", aliases).text


def test_a_principle_named_by_its_word_beside_its_pillar(aliases):
    q = read_question("sec pillar design principles - what's the traceability one actually asking for?", aliases)
    assert "security/maintain-traceability" in q.entities
    assert "security/maintain-traceability" in read_question("보안 원칙 중 추적성 원칙은 뭐야", aliases).entities
    assert read_question("what is traceability", aliases).entities == ["traceability"]  # no pillar: the term


def test_where_to_turn_it_on_is_a_how_to(aliases):
    assert read_question("cost explorer에 rightsizing 추천 있다던데 어디서 켜요?", aliases).kind == "howto"
    assert read_question("where do i turn on rightsizing recommendations?", aliases).kind == "howto"


def test_words_that_only_look_like_a_price_or_a_customer_question(aliases):
    assert "price" not in read_question("lead wants to call our monthly k6 load run a game day. legit?", aliases).facets
    assert "price" not in read_question("can FIS stop the experiment if our error rate spikes?", aliases).facets
    assert "price" in read_question("what's enterprise monthly?", aliases).facets
    assert "price" in read_question("day rate for a proserve consultant?", aliases).facets
    q = read_question("온램프랑 엔터프라이즈 TAM 차이 뭐임? 고객사 요청으로 전담 TAM 있어야 된대서", aliases)
    assert "customers" not in q.asks
    assert "customers" in read_question("WA 파트너 고객사 어디 있어?", aliases).asks
    assert "values" in read_question("리스크 값 enum 뭐뭐 나와요?", aliases).text


def test_a_closing_remark_sets_a_name_aside(aliases):
    q = read_question("Incident Detection and Response 붙이면 응답 몇 분이고 가격은? 엔터프라이즈는 아님", aliases)
    assert q.entities == ["incident-detection-and-response"]
    assert "enterprise" in read_question("엔터프라이즈 아님?", aliases).entities  # asked, not set aside


def test_a_number_of_things_and_a_rate_billed(aliases):
    from assistant.answer.coverage import counted_noun

    assert counted_noun("does a partner need a minimum # of aws-certified engineers to be Premier tier?")
    assert counted_noun("what's the number of milestones per workload?")
    assert "price" in read_question("whats FIS billed at per action-minute?", aliases).facets
    assert "price" not in read_question("how is FIS billed?", aliases).facets
    assert "price" in read_question("What is the monthly budget for the Osprey launch?", aliases).facets


def test_skipping_a_facet_and_remarks_in_parentheses(aliases):
    q = read_question(
        "which plans are in the *new* support lineup? making a slide, skip the ones that are retiring", aliases
    )
    assert "end_date" in q.set_aside and "support-plan" in q.entities
    q = read_question("보안 pillar 설계원칙 7개 현행 이름으로 정리해줘요 (노트는 옛날 이름이라)", aliases)
    assert "notes" not in q.facets and "notes_context" in q.facets
    assert "notes" in read_question("노트에 적은 보안 원칙 뭐였지", aliases).facets


def test_chat_pronouns_and_prepositions_are_read_whole(aliases):
    assert read_question("list em w/ the api codes", aliases).text == "list them with the api codes"
    assert read_question("plans w/o a TAM?", aliases).text == "plans without a TAM?"
    assert read_question("what permission levels r there for that", aliases).text.startswith(
        "what permission levels are there"
    )
    assert read_question("R language support?", aliases).text.startswith("R language")


def test_words_set_aside_with_malgo_are_not_searched_for(aliases):
    q = read_question("요즘 APN 파트너 유형 뭐 있음? 예전 Consulting/Technology 파트너 구분 말고 지금 쓰는 거", aliases)
    assert "Consulting" not in q.query and "지금 쓰는 거" in q.query
    assert "온램프" not in read_question("온램프 말고 엔터프라이즈 최소 요금", aliases).query


def test_korean_question_words_are_no_evidence_and_a_loanword_counts_as_the_summaries_term(aliases):
    """ "몇개고 뭐뭐임" are words no passage holds: they say what kind of answer is wanted, not what it is about."""
    q = read_question("트러스티드 어드바이저 체크 카테고리 몇개고 뭐뭐임?", aliases)
    assert "뭐뭐" not in q.evidence_text and "몇개" not in q.evidence_text
    assert "카테고리" not in q.evidence_text and "범주" in q.evidence_text and "검사" in q.evidence_text
    assert "뭐뭐임" in q.query  # retrieval still reads the question as typed


def test_a_count_asked_beside_the_items_is_a_list_question(aliases):
    assert read_question("트러스티드 어드바이저 체크 카테고리 몇개고 뭐뭐임?", aliases).kind == "list"
    assert read_question("how many trusted advisor categories and what are they", aliases).kind == "list"
    assert read_question("Trusted Advisor 전체 체크 총 몇 개야?", aliases).kind == "number"


def test_words_after_a_request_only_set_the_scene(aliases):
    q = read_question("필러 6개 영문명 다 알려줘 노트엔 한글로만 적혀있음", aliases)
    assert "notes" not in q.facets and "notes_context" in q.facets
    assert "notes" in read_question("노트에 적힌 필러 알려줘", aliases).facets
    assert "notes" in read_question("알려줘 노트엔 뭐라고 적혀있어?", aliases).facets


def test_a_count_of_questions_scoped_by_the_pillars_is_a_number_and_per_area_counts_a_list(aliases):
    assert read_question("필러 전부 합치면 질문 몇개?", aliases).kind == "number"
    assert read_question("지속가능성은 bp영역마다 질문 몇개씩 있음", aliases).kind == "list"


def test_a_guessed_amount_asks_a_price_and_notice_asks_a_length(aliases):
    assert "price" in read_question("business support would be like 70 bucks right?", aliases).facets
    notice = read_question("how much heads-up do we get before the switch?", aliases)
    assert "price" not in notice.facets and "duration" in notice.facets
    assert "price" not in read_question("얼마 주기로 돌려?", aliases).facets


def test_what_is_set_aside_in_words_is_kept_apart_from_names_set_aside(aliases):
    from assistant.answer.question import read_question

    q = read_question("compute optimizer default lookback window? the free one, not the paid metrics thing", aliases)
    assert q.aside_words == ("paid", "metrics")
    assert read_question("월간 리포트 말고 실제 추천 주는 거", aliases).aside_words == ("월간", "리포")
    assert read_question("CloudWatch 지표 말고 실제 추천 주는 거", aliases).aside_words == ()  # set aside by its name
    # a pillar named to be left out is a negated name, not words; "not" before a verb sets nothing aside
    assert read_question("pillars other than security and reliability?", aliases).aside_words == ()
    assert read_question("does bs+ not include a TAM?", aliases).aside_words == ()


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("게임데이 장애주입은 뭘로 함?", True),  # the means: a tool
        ("게임데이 처음 해보는데 FIS 중지 조건은 뭘로 걸어?", False),  # a setting of the service named
    ],
)
def test_the_means_asked_is_a_tool_unless_a_service_is_named(aliases, text, tool):
    assert read_question(text, aliases).wants_tool is tool


def test_chat_spellings_of_question_words(aliases):
    assert read_question("마켓플레이스 결제는 어케 됨?", aliases).kind != "yesno"  # "어케": how
    assert "date" in read_question("그거 언제 나옴?", aliases).facets
    assert "aws-msp" in read_question("MSP 프로그램 뭐야", aliases).entities
    assert "support-add-on" in read_question("애드온은 뭐 있음?", aliases).entities
    assert "incident-detection-and-response" in read_question("idr response time?", aliases).entities


def test_money_spent_asks_whether_it_is_free_and_a_new_name_is_a_name_asked(aliases):
    assert "free" in read_question("컴퓨트 옵티마이저 기본 분석 기간 며칠임? 돈 드나", aliases).facets
    renamed = read_question("aws quick starts are gone right? whats the new name", aliases)
    assert renamed.kind == "definition" and "end_date" not in renamed.facets
    assert "aws-partner-solutions" in read_question("퀵스타트 없어졌죠?", aliases).entities


def test_a_word_every_pillar_uses_names_no_design_principle(aliases):
    q = read_question("안정성 WA is there an aws service that checks a workload against its RTO/RPO targets", aliases)
    assert not any(e.startswith("reliability/") for e in q.entities), q.entities
    assert "former" in read_question("마지막 거 예전 이름은?", aliases).facets
    assert "former" not in read_question("보안 설계원칙 뭐뭐임? 노트는 옛날 이름이라", aliases).facets


def test_an_identifier_asked_and_best_practice_typed_as_a_loanword(aliases):
    q = read_question("프로덕션엔 서포트 플랜 있어야 된다는 WA 베스트 프랙티스 id 뭐였지?", aliases)
    assert "best-practice" in q.entities and "ident" in q.facets


def test_what_customers_should_do_is_no_request_for_named_customers(aliases):
    assert "customers" not in read_question("온램프 쓰는 고객은 뭐 해야 됨?", aliases).asks
    assert "customers" in read_question("이거 쓰는 회사 어디 있음?", aliases).asks
    assert "replacement" in read_question("디벨로퍼 쓰던 팀은 어디로 가?", aliases).facets


def test_which_kinds_there_are_is_a_list_and_a_question_of_its_own_carries_no_price(aliases):
    assert read_question("거기 보통 어떤 글 있음?", aliases).kind == "list"
    history = [Turn("AWS 프로서브(PS) 쓰고 싶은데 어케 신청함?", ""), Turn("가격은?", "")]
    q = resolve(read_question("보통 어떤 플젝 맡아?", aliases), history, aliases)
    assert "price" not in q.facets, q.text


def test_the_turn_read_after_the_whole_last_question_asks_what_the_turn_asks(aliases):
    history = [Turn("WA tool에서 워크로드 누구랑 공유 가능?", "")]
    q = read_question("권한은 어떤거 줄 수 있어?", aliases)
    whole = readings(q, history, aliases)[-1]
    assert "공유" in whole.text and "party" not in whole.facets and whole.kind == q.kind, whole


def test_names_joined_by_a_particle_are_two_names_and_a_vowel_slip_at_the_end_is_one(aliases):
    assert read_question("엔터프라이즈랑 온램프 차이 뭐임?", aliases).entities == ["enterprise", "enterprise-on-ramp"]
    assert read_question("엔터프라이즈 온램푸 가격", aliases).entities == ["enterprise-on-ramp"]
    assert read_question("비지니스 서포트 플러스 가격", aliases).entities == ["business-support-plus"]


def test_an_areas_numbers_ask_its_question_ids(aliases):
    assert "questions" in read_question("데이터 보호는 몇번부터 몇번?", aliases).facets
    assert "questions" not in read_question("리뷰는 1년에 몇 번 해?", aliases).facets


def test_the_workload_alone_names_no_subject_of_its_own(aliases):
    history = [Turn("WA tool 마일스톤이 정확히 뭐임?", "")]
    q = resolve(read_question("워크로드 하나당 몇개까지 됨?", aliases), history, aliases)
    assert "milestone" in q.entities, q.text


@pytest.mark.parametrize(
    "text",
    [
        "isn't operational excellence basically the post-deploy stuff? monitoring, oncall, cleanup after release",
        "COST11 'cost of effort' - does that also mean we should skip cost-saving tasks that arent worth the time?",
        "found a solutions library entry from a few yrs back that does exactly what we need. safe to deploy it as is?",
        "perf pillar is only 5 questions so the review should take like 10 min right?",
        "그럼 AMI 제품이 시간당 과금이면 ec2 요금은 그거랑 별개로 나옴?",
    ],
)
def test_a_yes_no_asked_anywhere_in_the_question_is_one(aliases, text):
    q = read_question(text, aliases)
    assert q.kind == "yesno"
    assert "date" not in q.facets  # "after release", "found an entry", "few yrs back" ask no date


@pytest.mark.parametrize(
    "text",
    [
        "which plan should we pick, do we need 24/7?",  # the question word asks; the clause adds a condition
        "how long does resizing actually take? days of downtime or what",
        "found one that does what we need. which plan covers it?",
    ],
)
def test_a_question_word_in_the_asking_sentence_is_no_yes_no(aliases, text):
    assert read_question(text, aliases).kind != "yesno"


def test_a_quoted_title_and_a_team_are_names_not_cues(aliases):
    assert "price" not in read_question("what does 'cost of effort' mean in COST11?", aliases).facets
    assert "date" in read_question("when was the WA tool released", aliases).facets
    # "보안팀": the team that approves, not the Security pillar
    assert "security" not in read_question("보안팀이 승인한 제품만 사게 막을 수 있어?", aliases).entities
    assert "security" in read_question("보안 설계 원칙", aliases).entities


def test_a_korean_count_of_levels_or_kinds_is_a_count(aliases):
    assert read_question("wa tool에서 질문마다 위험도 몇 단계로 나옴?", aliases).kind == "list"
    assert "count" in read_question("위험 수준 값이 몇 종류야?", aliases).facets


RISK_LEVELS = (
    "위험 수준은 다음 다섯 가지이며, API에서는 각각 HIGH, MEDIUM, NONE, NOT_APPLICABLE, UNANSWERED라는 값이다. [1]\n"
    "  - 고위험(High risk, HRI): 중요한 모범 사례가 빠져 있는 상태다.\n"
    "  - 중간 위험(Medium risk, MRI): 일부 모범 사례가 빠져 있는 상태다.\n"
    "  - 없음(None): 위험이 발견되지 않은 상태다.\n"
    "  - 해당 없음(Not applicable): 질문이 적용되지 않는 상태다.\n"
)


def test_an_ordinal_item_keeps_the_topic_and_a_plain_name_its_other_name(aliases):
    history = [Turn("wa tool에서 질문마다 위험도 몇 단계로 나옴?", RISK_LEVELS)]
    q = resolve(read_question("세번째꺼는 콘솔에선 뭐라고 떠?", aliases), history, aliases)
    assert "없음(None)은" in q.text and "risk-level" in q.entities and "꺼" not in q.text
    training = "AWS 교육은 다음 다섯 가지로 나뉜다. [1]\n" + "".join(
        f"  - {x}\n"
        for x in [
            "디지털 교육이 있다.",
            "강의실 교육이 있다.",
            "프라이빗 교육이 있다.",
            "자격증(certification) 프로그램이 있다.",
        ]
    )
    q = resolve(
        read_question("네번째꺼는 한번 따면 평생 가는거임?", aliases), [Turn("aws 교육 종류 뭐뭐임", training)], aliases
    )
    assert q.text.startswith("자격증은 한번 따면")  # the particle that fits the name


def test_a_first_one_of_a_kind_is_no_place_in_the_last_list(aliases):
    listed = "The framework has 6 general design principles: [1]\n1. Stop guessing your capacity needs\n2. Test systems"
    history = [Turn("general design principles?", listed)]
    q = resolve(read_question("for a first one, what do we set up first?", aliases), history, aliases)
    assert "Stop guessing" not in q.text
    q = resolve(read_question("explain the first one", aliases), history, aliases)
    assert q.text.startswith("Stop guessing")


def test_asking_the_english_name_is_about_the_term_the_last_answer_paired(aliases):
    answer = "산출물, 일정, 책임은 보통 작업 기술서(statement of work)로 미리 정한다. [1]"
    history = [Turn("산출물이랑 일정은 어디다 박아둠?", answer)]
    q = resolve(read_question("영어로 뭐라고 함? 계약팀한테 넘겨야돼서", aliases), history, aliases)
    assert q.text.startswith("작업 기술서(statement of work)")
    # a case opened in Korean is no name asked
    q = resolve(read_question("한국어로도 열수있음?", aliases), history, aliases)
    assert "statement of work" not in q.text


def test_after_the_event_the_turn_leans_on_it(aliases):
    history = [Turn("게임데이 처음 해보는데 역할 분담은 어떻게 함?", "게임 데이는 준비, 실행, 회고로 운영한다. [1]")]
    q = resolve(read_question("끝나고 회고는 어떻게 해? 누가 실수했는지 찾는 자리임?", aliases), history, aliases)
    assert "game-day" in q.entities and "end_date" not in q.facets
    assert "action" in read_question("우리가 따로 신청해야돼?", aliases).facets
    assert "replacement" in read_question("세번째꺼는 뭘로 넘어감?", aliases).facets


def test_an_amount_held_against_a_plan_asks_its_price(aliases):
    for text in ("business support+ 월 100불보다 안비싸지?", "is business support+ under 100 bucks a month?"):
        assert "price" in read_question(text, aliases).facets, text
    # a budget stated as the asker's situation, with nothing else asked: the price is held to it
    assert read_question("our budget is $100/mo, is business support+ ok?", aliases).facets == ("price",)
    assert "price" not in read_question("is business support+ available in korea?", aliases).facets


def test_a_count_of_kinds_of_something_counts_that_thing():
    from assistant.answer.coverage import counted_noun

    paths = counted_noun("how many types of partner paths are there")
    assert paths is not None and paths.search("five paths") and not paths.search("three partners")
    plans = counted_noun("how many kinds of support plans exist?")
    assert plans is not None and plans.search("four plans")
    kinds = counted_noun("how many types are there")
    assert kinds is not None and kinds.search("five values")


def test_levels_asked_without_a_verb_are_a_list(aliases):
    assert read_question("aws certification levels?", aliases).kind == "list"
    assert read_question("what is a partner tier?", aliases).kind != "list"


def test_chat_spellings_of_what_and_how_are_read_as_the_words(aliases):
    assert read_question("ops excellence design principle 머있음?", aliases).kind == "list"
    assert read_question("외부 api 호출 재시도 어케하라고 돼있음?", aliases).kind == "howto"
    assert "머지" in read_question("머지 요청 리뷰는 누가 함?", aliases).text  # a merge is no "what"


def test_an_english_name_in_a_korean_question_searches_the_korean_name(aliases):
    q = read_question("ops excellence design principle 뭐있음?", aliases)
    assert "설계 원칙" in q.query and "운영 우수성" in q.query


def test_a_permission_asked_with_a_lone_verb_is_yes_or_no(aliases):
    assert read_question("케이스 한국어로 열어도 됨?", aliases).kind == "yesno"


def test_a_new_topic_lends_nothing_and_conversely_leans_on_the_last(aliases):
    from assistant.answer.cues import NEW_TOPIC

    assert NEW_TOPIC.search("diff topic - how do we kick off an aws professional services engagement")
    assert NEW_TOPIC.search("완전 딴얘긴데 aws 자체 ML 가속기 칩 이름 뭐뭐 있었지?")
    assert not NEW_TOPIC.search("what about the other questions in that pillar?")
    history = [Turn("안정성 pillar 모범사례 영역 몇 개임?", "안정성 원칙의 모범 사례 영역은 4가지입니다. [1]")]
    q = resolve(read_question("반대로 비용 쪽은?", aliases), history, aliases)
    assert "cost-optimization" in q.entities and "count" in q.facets
    # outside a conversation about pillars, "비용 쪽" names no pillar
    assert "cost-optimization" not in read_question("비용 쪽 얼마?", aliases).entities


def test_a_turn_ending_on_a_sibling_asks_the_same_of_it_under_its_condition(aliases):
    history = [Turn("월 aws 사용액 10만불인데 business 서포트 붙이면 한달에 얼마임?", "Business Support: … [1]")]
    q = resolve(read_question("사용액 30만불로 늘면 엔터프라이즈는?", aliases), history, aliases)
    assert "enterprise" in q.entities and "price" in q.facets
    # a turn that names a plan of its own and asks something else is read alone
    q = resolve(read_question("엔터프라이즈 TAM 있어?", aliases), history, aliases)
    assert "price" not in q.facets


def test_an_ordinal_points_into_a_korean_list_written_in_line_one(aliases):
    answer = (
        "활용률 극대화, 더 효율적인 새 하드웨어와 소프트웨어를 예상하고 도입, 관리형 서비스 사용, "
        "클라우드 워크로드의 다운스트림 영향 줄이기는 노트에 없다. [1]"
    )
    history = [Turn("지속가능성 설계원칙 중에 내 노트에 없는거 뭐뭐야?", answer)]
    q = resolve(read_question("마지막꺼는 무슨 뜻임?", aliases), history, aliases)
    assert "sustainability/reduce-downstream-impact" in q.entities


def test_more_of_the_same_leans_on_the_last_turn(aliases):
    history = [
        Turn("EC2는 최소 몇 시간치 데이터 있어야 됨?", "EC2 인스턴스는 최소 30시간 분량의 지표가 있어야 한다. [1]")
    ]
    q = resolve(read_question("더 길게 보려면 어케 함?", aliases), history, aliases)
    assert "ec2" in q.entities and q.kind == "howto"
    # the summaries' word for the asker's ("상관없는 질문" is "관계없는 질문") is searched too
    assert "관계없" in read_question("워크로드랑 상관없는 질문은 어떻게 답해?", aliases).query


def test_an_ordinal_item_too_plain_to_search_brings_what_it_says(aliases):
    answer = (
        "Marketplace 상품을 도입할 때는 몇 가지를 먼저 확인해야 한다. [1]\n"
        "  - 지원 주체: 기술 지원은 기본적으로 판매자가 맡는다.\n"
        "  - 라이선스와 약관: 사용 범위, 계약 기간을 확인한다.\n"
        "  - 보안: AMI나 컨테이너의 취약점 점검을 검토한다.\n"
        "  - 비용: 시간당 과금 제품은 인스턴스 요금과 소프트웨어 요금이 따로 붙으므로 적정 크기 조정(right sizing) "
        "대상에 함께 포함한다.\n"
    )
    history = [Turn("마켓플레이스에서 뭐 사기전에 체크할거 뭐뭐임?", answer)]
    q = resolve(read_question("네번째꺼 좀 자세히. 뭘 조심하라는거?", aliases), history, aliases)
    assert "소프트웨어 요금" in q.text and "(right sizing)" not in q.text.split('"')[0]
    assert "price" not in q.facets  # the item's words are searched, not read as what is asked


def test_a_list_in_brackets_is_the_inline_list_of_line_one():
    from assistant.answer.conversation import _inline_items

    line = "질문마다 위험 수준(고위험, 중간 위험, 위험 없음)을 매기고, 개선 계획을 만든다. [1]"
    assert _inline_items(line) == ["고위험", "중간 위험", "위험 없음"]


def test_a_principle_named_by_its_verb_with_another_ending_is_found(aliases):
    q = read_question("보안 설계원칙에 사람을 데이터로부터 멀리 두라는거 뭔 소리임?", aliases)
    assert "security/keep-people-away-from-data" in q.entities, q.entities


def test_a_figure_inside_a_clause_asked_where_to_see_is_not_what_is_asked(aliases):
    q = read_question("TA 말고 rightsizing 추천을 한달에 몇 불 아끼는지 금액으로 보고 싶으면 어디서 켬?", aliases)
    assert "price" not in q.facets and q.kind != "number" and "enable" in q.facets
    en = read_question("i want to see how much we'd save per month from rightsizing, where do i turn that on", aliases)
    assert "price" not in en.facets and "enable" in en.facets
    # asked outright, the figure is the question
    assert "price" in read_question("rightsizing으로 얼마 아끼는지 알려줘", aliases).facets


def test_an_acronym_names_its_entity_in_the_plural_too(aliases):
    assert "high-risk-issue" in read_question("first review spat out a ton of HRIs", aliases).entities
    assert "technical-account-manager" in read_question("how many TAMs does on-ramp give", aliases).entities
    assert read_question("when was it last revised?", aliases).entities == []  # "was" is no plural of "WA"


def test_a_slip_that_reads_as_another_pillars_area_is_no_area_of_it(aliases):
    q = read_question("보안 pillar 데이터 관련 질문 번호 뭐뭐임", aliases)
    assert q.entities[:1] == ["security"] and not any("/" in e for e in q.entities)
    # the same words with that pillar named are its area
    assert (
        "performance-efficiency/data-management" in read_question("성능 효율성 데이터 관리 질문 번호", aliases).entities
    )


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("biz+ 가면 새벽에 prod 완전 죽었을때 케이스 심각도 뭘로 열어야 제일 빨리 답옴?", "production-system-down"),
        ("biz+ 가면 새벽에 prod 완전 죽었을때 케이스 심각도 뭘로 열어야 제일 빨리 답옴?", "business-support-plus"),
        ("클프 시험 범위에 빌링 내용도 나옴?", "exam-clf"),
        ("the aws fault injection thing - what is it exactly?", "fis"),
    ],
)
def test_names_typed_the_way_engineers_type_them(aliases, text, entity):
    assert entity in read_question(text, aliases).entities


def test_likewise_and_same_thing_turns_ask_the_last_question_of_another_subject(aliases):
    areas = resolve(
        read_question("same thing for sustainability?", aliases),
        [Turn("cost optimization pillar - what are the best practice areas again?", "")],
        aliases,
    )
    assert areas.entities[:1] == ["sustainability"] and "best-practice-area" in areas.entities
    assert "cost-optimization" not in areas.entities
    principles = resolve(read_question("똑같이 안정성은?", aliases), [Turn("보안 설계 원칙 뭐야", "")], aliases)
    assert "reliability" in principles.entities and "security" not in principles.entities


def test_a_noun_of_possibility_asked_alone_is_a_yes_no(aliases):
    assert read_question("수정 가능?", aliases).kind == "yesno"
    assert read_question("엔터프라이즈 TAM 포함?", aliases).kind == "yesno"
    milestones = resolve(read_question("수정 가능?", aliases), [Turn("WA tool 마일스톤 몇개까지?", "")], aliases)
    assert "count" not in milestones.facets  # the count asked before is not asked again


@pytest.mark.parametrize(
    ("text", "facet", "asked"),
    [
        ("biz는 IAM 유저 몇명이든 다 열수있는거지?", "count", False),  # however many: no count
        ("케이스는 몇 명이나 열 수 있어?", "count", True),
        ("IEM도 비즈니스 요금에 포함임?", "price", False),  # what comes with the price: no figure
        ("비즈니스 요금 얼마임?", "price", True),
    ],
)
def test_however_many_and_what_comes_with_a_price_ask_no_figure(aliases, text, facet, asked):
    assert (facet in read_question(text, aliases).facets) is asked


def test_what_is_said_after_the_question_is_background_not_detail(aliases):
    q = read_question("성능 효율성 필러 모범사례 영역 뭐뭐 있음? 영역마다 질문 하나씩이라던데", aliases)
    assert q.detail == ()


def test_figures_the_asker_states_or_sets_the_scene_with_are_not_asked(aliases):
    q = read_question(
        "아 dev 플랜은 3%라 더 싸지 않나 ㅋㅋ 근데 dev는 프로덕션 다운 심각도로 케이스 못 여는 거죠?", aliases
    )
    assert "percent" not in q.asks and q.kind == "yesno"
    assert "percent" in read_question("할인율 몇 %임?", aliases).asks
    scene = read_question("we've also got a big launch in feb. can aws review readiness with us?", aliases)
    assert "date" not in scene.facets
    assert "duration" in read_question("WA 리뷰 원래 그렇게 오래 걸림?", aliases).asks


def test_a_statement_before_a_request_is_its_scene(aliases):
    q = read_question("신입 온보딩 슬라이드 만드는중. 보안 설계 원칙 다 알려줘", aliases)
    assert not {"신입", "슬라", "온보"} & set(q.detail)
    # a request before a question asks too
    q = read_question("WA 일반 설계원칙 6개 다 알려줘. 내 노트엔 5개밖에 없던데 빠진게 뭐임", aliases)
    assert q.kind == "list"


def test_a_trailing_remark_does_not_hide_a_negated_question(aliases):
    q = read_question(
        "biz 서포트는 서드파티 소프트웨어는 지원 안해주는거 맞지? ec2에 올린 nginx 설정 꼬인거 물어볼라 했는데", aliases
    )
    assert q.negative and q.kind == "yesno"


def test_a_follow_up_with_a_stated_figure_after_it_still_leans_on_the_topic(aliases):
    history = [
        Turn("엔터프라이즈 온램프 쓰는데 1월1일에 종료된다며?", "Enterprise On-Ramp Support는 2027-01-01에 종료됩니다.")
    ]
    resolved = resolve(read_question("요금은 얼마로 바뀜? 우리 사용액 월 4만불 정도임", aliases), history, aliases)
    assert "온램프" in resolved.text


def test_quoted_words_are_asked_unless_a_name_is(aliases):
    from assistant.answer.question import quoted

    assert quoted("SA가 'one-way door' 전에 하라던데 그게 뭔 말임?") == ["one-way door"]
    assert quoted("what is 'allow for evolutionary architectures' called now?") == []


@pytest.mark.parametrize(
    "text",
    ["can our security team's account see the WA Tool workload?", "보안팀이 WA Tool 워크로드 볼 수 있나요?"],
)
def test_a_team_named_after_a_pillar_is_not_the_pillar(aliases, text):
    assert "security" not in read_question(text, aliases).entities
    assert "security" in read_question("security pillar design principles?", aliases).entities


def test_a_comparison_said_only_in_the_scene_is_no_comparison_asked(aliases):
    text = "how do I share a WA Tool workload with our ops folks' account? they sit in a different region btw"
    assert read_question(text, aliases).kind == "howto"
    assert read_question("WA tool vs the WA framework: what is different?", aliases).kind == "comparison"


@pytest.mark.parametrize(
    "word, base",
    [("shared", "share"), ("sharing", "share"), ("checked", "check"), ("stopped", "stop"), ("applied", "apply")],
)
def test_ed_and_ing_forms_meet_their_verb(word, base):
    from assistant.retrieval.lexical import verb_of

    assert verb_of(word) == verb_of(base) == base


@pytest.mark.parametrize("word", ["string", "morning", "hundred", "speed", "indeed", "nothing"])
def test_words_that_only_look_like_ed_or_ing_forms_stay(word):
    from assistant.retrieval.lexical import verb_of

    assert verb_of(word) == word


def test_notes_named_in_a_remark_clause_before_a_comma_set_the_scene(aliases):
    text = "노트엔 옛날 백서에 Savings Plans 얘기가 없었다던데, Savings Plans는 몇 년에 나온 거임?"
    assert "notes" not in read_question(text, aliases).facets  # the notes set the scene; AWS is asked about
    assert "notes" in read_question("노트엔 Savings Plans 몇 년에 나왔다고 적혀 있음?", aliases).facets


def test_where_the_bill_goes_asks_no_price(aliases):
    assert "price" not in read_question("그렇게 하면 AWS 요금은 어디로 청구됨?", aliases).facets
    assert "price" in read_question("그렇게 하면 AWS 요금은 얼마임?", aliases).facets
    assert "price" in read_question("베스핀이랑 메가존 중에 견적은 어디가 더 쌈?", aliases).facets


def test_risk_values_are_the_risk_levels(aliases):
    for text in ("WA툴 리스크 값 API에선 뭐로 찍힘?", "wa tool risk values in the api?"):
        assert "risk-level" in read_question(text, aliases).entities, text


@pytest.mark.parametrize(
    ("text", "sells"),
    [
        ("마켓플레이스에 우리 SaaS 올리려면 APN 가입 필수임?", True),
        ("마켓플레이스 입점 절차?", True),
        ("we're an ISV and want to join APN, which path?", True),
        ("how do we list our product on aws marketplace", True),
        # a buyer who talks of the seller asks as a buyer
        ("대량으로 살건데 판매자랑 가격 협상 되나?", False),
        ("who supports a marketplace product, aws or the seller?", False),
    ],
)
def test_a_sellers_question_is_read_as_one(aliases, text, sells):
    assert ("sell" in read_question(text, aliases).facets) is sells


@pytest.mark.parametrize(
    ("turns", "plan"),
    [
        # the plan a step up or down the topic's line-up (the new line-up first: the classic one ends 2027-01-01)
        (("엔터프라이즈 서포트 요금 얼마?", "그 윗급 플랜은 얼마임?"), "unified-operations"),
        (("what does enterprise support cost?", "and the plan one tier below it?"), "business-support-plus"),
        (("developer support 응답시간?", "한단계 위 플랜은?"), "business"),
        # a step from the plan the turn names itself
        (("what's the plan one tier above enterprise support?",), "unified-operations"),
    ],
)
def test_a_plan_a_step_away_is_the_next_one_in_its_line_up(aliases, turns, plan):
    assert read_question(_chain(aliases, *turns), aliases).of_kind("plan") == [plan]


def test_a_plan_held_up_for_likeness_is_not_the_subject(aliases):
    # ("온램프처럼": like On-Ramp; "그거" is still the Enterprise Support asked about before)
    q = read_question(
        _chain(aliases, "엔터프라이즈 서포트 얼마임?", "그거 내년에도 있지? 온램프처럼 없어지는거 아니고?"), aliases
    )
    assert q.of_kind("plan") == ["enterprise"], q.text
    # ("온램프랑 같이 쓰면": together with, not like)
    assert read_question("온램프랑 같이 쓰면 뭐가 좋음?", aliases).of_kind("plan") == ["enterprise-on-ramp"]


@pytest.mark.parametrize(
    ("text", "replacement"),
    [
        ("going back to on-ramp - if our spend had been $40k instead, what would that bill have been?", False),
        ("what if usage were 10% instead?", False),
        ("developer support is going away, what do we use instead?", True),
    ],
)
def test_another_amount_instead_is_no_plan_in_place_of_another(aliases, text, replacement):
    assert ("replacement" in read_question(text, aliases).facets) is replacement


@pytest.mark.parametrize("text", ["best practice 영역은?", "신뢰성 BP 영역 뭐뭐임"])
def test_best_practice_areas_typed_in_both_languages_are_one_name(aliases, text):
    q = read_question(text, aliases)
    assert "best-practice-area" in q.entities and "best-practice" not in q.entities, q.entities


@pytest.mark.parametrize(
    ("text", "checked", "kept"),
    [
        ("well architected 필러 전부 뭐뭐 있는지 알려줘 ㅎㅎ 지속가능성도 들어가?", "sustainability", "pillar"),
        ("what are the pillars? is sustainability one of them?", "sustainability", "pillar"),
        ("서포트 플랜 뭐뭐 있음? unified operations도 있어?", "unified-operations", "support-plan"),
    ],
)
def test_a_member_checked_against_the_list_asked_is_no_subject(aliases, text, checked, kept):
    q = read_question(text, aliases)
    assert checked not in q.entities and kept in q.entities and q.kind == "list", (q.entities, q.kind)


def test_a_member_named_without_a_list_asked_stays_the_subject(aliases):
    assert "sustainability" in read_question("지속가능성 필러 설계원칙 뭐뭐임?", aliases).entities
    assert "sustainability" in read_question("지속가능성도 필러에 들어가?", aliases).entities


@pytest.mark.parametrize(
    ("text", "facet", "present"),
    [
        # a change asked for ("quota bump", "limit increase") is no limit's figure
        ("we're on basic. can we still get a quota bump thru a case, and who actually answers?", "limit", False),
        ("what's the max number of milestones per workload?", "limit", True),
        # "협상한" holds "상한" (upper bound) inside a word
        ("셀러랑 협상한 계약도 AWS 청구서에 같이 찍힘?", "limit", False),
        ("가격 상한 있음?", "limit", True),
        # a price said only in the scene, before a yes/no of its own, is not asked; one pointed back at still is
        (
            "private offer 문서 보니 셀러랑 가격 협상하는 거라던데, 그렇게 협상한 계약도 AWS 청구서에 같이 찍힘?",
            "price",
            False,
        ),
        ("our api needs like a 5 min response when it breaks. does any support plan give that?", "response", True),
        # "비용은 얼마" beside a response time asks a price, not how much time
        ("IDR 응답 몇 분 안에 오고 비용은 얼마임?", "price", True),
        ("첫응답 몇분임? 온램프는 얼마였지", "price", False),
        # "instead or …" offers another way, not a plan in place of another
        ("we're on business - is IEM included on some plan instead or do we just pay extra?", "replacement", False),
        ("developer support is going away, what do we use instead?", "replacement", True),
        # "질문별", "질문마다": per question, no question ids asked
        ("WA tool에서 질문별 위험 수준 뭐뭐 나옴?", "questions", False),
        ("보안 필러 질문 번호 뭐뭐임?", "questions", True),
    ],
)
def test_facets_read_from_chat_words(aliases, text, facet, present):
    assert (facet in read_question(text, aliases).facets) is present


def test_using_the_plan_is_the_askers_situation(aliases):
    # ("온램프 쓰는데 뭐 해야됨?": what to do about the plan one uses, not what the plan is, nor "쓰는" a detail)
    for text in ("온램프 쓰는데 뭐 해야됨?", "온램프 쓰는데 뭐해야됨?", "온램프 사용 중인데 뭐 해야 됨?"):
        q = read_question(text, aliases)
        assert q.kind != "definition" and "action" in q.facets, (text, q.kind, q.facets)
        assert not {"쓰는", "사용"} & set(q.detail), (text, q.detail)
    assert read_question("온램프 뭐임", aliases).kind == "definition"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("list them in English pls", "en"),
        ("보안 설계 원칙 영어로 정리해줘", "en"),
        ("explain the reliability design principles in korean pls", "ko"),
        ("세번째꺼 한국어로 설명좀", "ko"),
        ("지속가능성 영어로 뭐라고 함?", None),  # (a term's other name, in the question's language)
        ("what are the six pillars?", None),
        ("blogs - any in korean?", None),  # (whether there are Korean ones, asked in English)
        ("in english?", "en"),
    ],
)
def test_the_language_an_answer_is_asked_in(text, lang):
    assert answer_language(text) == lang


@pytest.mark.parametrize(
    "text",
    ["스타트업인데 월 사용액 10만불임. 엔터프 서포트 만불이면 되는거 맞음?", "사용액 2만불임 디벨로퍼 600불 맞지?"],
)
def test_an_amount_guessed_for_confirmation_asks_a_price(aliases, text):
    assert "price" in read_question(text, aliases).facets, text


def test_a_short_word_with_one_syllable_changed_is_another_word_not_a_slip(aliases):
    # ("과소" is under, "과다" over: the opposite finding, which a one-syllable slip would swap in)
    assert "over-provisioned" not in read_question("과소 프로비저닝으로 뜨면 돈 아낄 수 있음?", aliases).entities
    assert read_question("과다 프로비저닝 뭐임", aliases).entities == ["over-provisioned"]


def test_the_word_pillar_after_a_pillars_name_asks_nothing_of_the_pillars(aliases):
    q = read_question("지속가능성 필러 언제 추가된거임?", aliases)
    assert q.entities == ["sustainability"] and q.kind == "number"
    assert "date" in read_question("지속가능성 필러 몇 년 몇 월에 나온거임?", aliases).facets


def test_principle_after_a_pillar_and_the_word_pillar_is_its_design_principles(aliases):
    assert "design-principle" in read_question("보안 필러 원칙 뭐뭐임", aliases).entities
    assert "design-principle" in read_question("성능 효율성 필라 원칙", aliases).entities
    assert "design-principle" not in read_question("필라 원칙 몇개?", aliases).entities  # (the pillars, six)
    assert "design-principle" not in read_question("보안 원칙 뭐임?", aliases).entities  # (the pillar itself)


def test_a_korean_count_of_a_named_thing_is_not_met_by_a_number_of_another(assistant):
    assert assistant.ask("WA툴 계정당 워크로드 최대 몇개까지?").abstained  # (the corpus gives milestones per workload)
    assert "100" in assistant.ask("WA툴 워크로드 하나에 마일스톤 최대 몇개?").answer.splitlines()[0]


def test_an_amount_a_plan_starts_from_is_a_price_to_confirm(aliases):
    q = read_question("비즈니스 서포트 플러스 월 100불부터 시작하는거 맞나?", aliases)
    assert "price" in q.facets


def test_two_things_joined_before_the_difference_are_compared_named_or_not(aliases):
    assert read_question("digital training이랑 classroom training 차이 뭐임?", aliases).kind == "comparison"
    assert read_question("그 교육 차이가 뭐임?", aliases).kind != "comparison"


def test_a_service_named_by_what_it_does_is_a_tool_asked_for(aliases):
    assert read_question("which service right-sizes ec2 instances?", aliases).wants_tool
    assert read_question("비용 낭비 찾아주는 그 툴 이름 뭐였지?", aliases).wants_tool
    assert not read_question("what services does AWS ProServe offer?", aliases).wants_tool
    assert not read_question("파트너가 제공하는 서비스 뭐 있음?", aliases).wants_tool


def test_a_label_before_the_question_asks_for_no_review_questions(aliases):
    assert "questions" not in read_question("security question: what is least privilege?", aliases).facets
    assert "questions" in read_question("which questions cover backups?", aliases).facets


def test_two_short_plan_names_side_by_side_name_plans(aliases):
    assert {"developer", "business"} <= set(
        read_question("developer vs business: who can open cases?", aliases).entities
    )
    assert "business" not in read_question("is it open during business hours or 24/7?", aliases).entities


def test_the_thing_that_does_something_is_a_tool_asked_for(aliases):
    assert read_question("whats the aws service that flags idle EBS volumes", aliases).wants_tool
    assert read_question("비용 튀면 알려주는 그거 이름 뭐였지", aliases).wants_tool
    assert not read_question("팀에서 하는 거 뭐임?", aliases).wants_tool


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("it have the fifteen minute one too?", "it have the 15 minute one too?"),
        ("twenty-four hours", "24 hours"),
        ("열다섯 분 응답", "15분 응답"),
        ("한 시간 안에", "1시간 안에"),
        ("스물네 시간", "24시간"),
        ("이십사시간", "24시간"),
        ("삼십 분", "30분"),
        ("다섯 분이서 리뷰", "다섯 분이서 리뷰"),  # five people, no minutes
        ("the first one", "the first one"),
        ("two pillars", "two pillars"),  # a count of things stays in words
    ],
)
def test_times_spelt_in_words_are_read_in_digits(text, said):
    from assistant.answer.question import spelled_numbers

    assert spelled_numbers(text) == said


def test_a_phrase_asked_to_be_defined_is_the_words_typed(aliases):
    from assistant.answer.question import defined_phrase

    assert defined_phrase(read_question("what does security as code mean", aliases)) == "security as code"
    assert defined_phrase(read_question("one-way door 뭔 말임?", aliases)) == "one-way door"
    assert defined_phrase(read_question("what is a TAM", aliases)) == ""  # one word: a name the table knows


def test_members_typed_one_after_another_are_a_list_to_check(aliases):
    q = read_question(
        "pillars are ops excellence, security, reliability, cost optimization right? missing any?", aliases
    )
    assert q.kind == "list" and q.entities == ["pillar"]
    # a member named again after the list is a subject of its own
    q = read_question(
        "필러 6개 운영 우수성/보안/안정성/성능 효율성/비용 최적화/지속가능성 맞음? 지속가능성은 언제 추가됨?", aliases
    )
    assert "sustainability" in q.entities and "security" not in q.entities


def test_a_principle_is_found_by_what_it_says(aliases):
    q = read_question("데이터를 사람에게서 떨어뜨리라는 원칙 어느 pillar 소속임?", aliases)
    assert "security/keep-people-away-from-data" in q.entities
    q = read_question("the principle about not guessing capacity", aliases)
    assert {"stop-guessing-capacity", "reliability/stop-guessing-capacity"} <= set(q.entities)
    # a quoted old name is a name, not a description ("관리형 … 서비스로 소유비용 줄이기" was a cost principle)
    q = read_question("노트에 '관리형 서비스로 소유비용 줄이기' 있던데 지금도 있는 원칙임?", aliases)
    assert not any(m.entity.kind == "principle" for m in q.mentions)


def test_a_budget_in_grand_or_a_bare_k_after_a_spend_word_is_money():
    from assistant.answer.question import expand_shorthand
    from assistant.recommend.reader import held_amount, stated_bill

    text = expand_shorthand("we have like three grand a month for support max. can we swing Enterprise Support?")
    assert held_amount(text, 1400.0) == (3000.0, "cap")
    bill = stated_bill("we spend 300k. is business support above 5k a month for us?", 1400.0)
    assert bill is not None and bill.usd == 300_000
    assert held_amount("what % do they charge on business support above 250k?", 1400.0) is None  # a band of usage


def test_not_that_far_sets_a_severity_aside(aliases):
    q = read_question("비즈니스 서포트 쓰는 중. prod 다운까진 아니고 느려진 정도면 첫 응답 몇시간?", aliases)
    assert "production-system-down" not in q.entities
    assert "production-system-down" in {m.entity.id for m in q.negated}


def test_a_multiple_asked_is_no_price(aliases):
    q = read_question("멀티AZ로 가면 비용 대충 몇 배 잡으면 됨?", aliases)
    assert "multiple" in q.asks and "price" not in q.facets
    assert "price" in read_question("멀티AZ로 가면 비용 얼마나 늘어?", aliases).facets


def test_the_stuff_you_get_on_a_plan_asks_its_features(aliases):
    q = read_question("what's the stuff u get once a year on enterprise on-ramp?", aliases)
    assert "features" in q.facets


def test_wafr_is_the_review(aliases):
    assert read_question("WAFR 보통 며칠 걸림?", aliases).entities == ["well-architected-review"]


def test_a_term_named_only_in_what_the_answer_is_for_is_no_subject(aliases):
    q = read_question("SEC data protection area - how many qs and which ids? building our WAFR checklist", aliases)
    assert "well-architected-review" not in q.entities and "security/data-protection" in q.entities
    # (a second question after the first, without its own question mark, still names its subject)
    q = read_question("엔터프 온램프랑 엔터프라이즈 차이 뭐임?? TAM이랑 크리티컬 장애 응답시간 위주로 ㄱㄱ", aliases)
    assert "technical-account-manager" in q.entities


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # (what a price includes is its features, not the price)
        ("Enterprise Support 요금에 기본으로 포함되는 항목들을 목록으로 받을 수 있을까요?", "features", "price"),
        ("엔터프라이즈 요금 얼마임?", "price", "features"),
        # (a facet named only in the remark after the question is why it is asked)
        ("the AZ-down example: how many minutes to recover? want to copy the format for ours", None, "format"),
        # (what a plan would "run them" is its price; "질문요" is the asker's own question, no review question)
        ("usage ~400k/mo on Business, what would that plan run them", "price", None),
        ("신입이라 질문요.. 콘솔 에러 뜨면 어디부터 검색해봐야 돼요?", None, "questions"),
        ("REL13 - what DR strategies do they list? we're cheap, def not doing active/active", None, "price"),
    ],
)
def test_facets_read_where_they_are_asked(aliases, text, present, absent):
    q = read_question(text, aliases)
    assert (present is None or present in q.facets) and absent not in q.facets, q.facets


def test_a_multiple_is_asked_by_how_many_times_or_by_one_stated_to_confirm(aliases):
    for text in ("멀티AZ로 하면 비용 몇 배 정도 늘어?", "multi-AZ doubles the cost?", "멀티 AZ하면 비용 두 배로 뛰어?"):
        q = read_question(text, aliases)
        assert "multiple" in q.asks and "price" not in q.facets, (text, q.asks, q.facets)
        assert "multi-az" in q.entities, q.entities  # ("멀티AZ", "multi-AZ": the glossary's Multi-AZ deployment)


def test_the_askers_own_business_named_like_a_program_is_not_the_program(aliases):
    q = read_question("we run an e-comm marketplace, we're on ES. what % do they bill above $1M?", aliases)
    assert q.entities == ["enterprise"], q.entities
    assert "aws-marketplace" in read_question("we sell on AWS Marketplace. how do we get paid?", aliases).entities


def test_an_area_named_before_a_dash_is_asked_when_its_pillar_is_named_again_only_after_the_question(aliases):
    q = read_question("REL 'workload architecture' area - how many qs + which ids? splitting the REL review", aliases)
    assert "reliability/workload-architecture" in q.entities, q.entities


def test_a_lens_named_by_its_field_after_the_word_lens(aliases):
    assert "generative-ai-lens" in read_question("is there a lens for genai?", aliases).entities
    assert "serverless-lens" in read_question("any lens about serverless stuff?", aliases).entities
    assert "generative-ai-lens" not in read_question("genai for lens making?", aliases).entities


def test_how_one_differs_from_the_other_named_is_a_comparison(aliases):
    for text in ("엔터프라이즈 서포트랑 포지션이 어떻게 달라", "ES랑 어케 다름?"):
        assert KINDS["comparison"].search(text), text


def test_a_best_practice_is_no_design_principle_whose_name_holds_the_words(aliases):
    q = read_question("how many best practices are there in total under the security pillar?", aliases)
    assert "security/automate-security" not in q.entities, q.entities


def test_a_yes_no_stays_one_after_an_opener_or_before_a_remark(aliases):
    for text in (
        "finance is asking: does the WA tool itself cost anything per workload?",
        "서포트 요금 계정마다 따로 붙는 거야? 우리 계정 5개 돌리는데",
    ):
        assert read_question(text, aliases).kind == "yesno", text


def test_a_belief_said_after_the_question_asks_no_figure_by_its_unit(aliases):
    q = read_question("REL05에 fail fast도 들어가? 타임아웃이랑 재시도만 있는 줄 알았는데", aliases)
    assert "duration" not in q.asks, q.asks
    assert "duration" in read_question("lambda timeout 최대 얼마임?", aliases).asks


def test_the_thing_counted_is_read_before_a_past_verb_and_no_adverb_is_counted(aliases):
    from assistant.answer.coverage import counted_noun

    assert counted_noun("how many cloud design principles were in that old whitepaper").search(
        "ten cloud design principles"
    )
    assert counted_noun("out of the six formats, how many actually run inside our account?") is None


_MENUS = ["game day scenario ideas besides the usual load test? want a menu to pick from", "게임데이 아이디어 좀"]


@pytest.mark.parametrize("text", _MENUS)
def test_ideas_or_a_menu_to_pick_from_ask_for_a_list(aliases, text):
    assert read_question(text, aliases).kind == "list"
