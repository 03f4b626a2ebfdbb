"""Unit tests for the mechanisms that make answers complete: the passage lines beside a one-line catalog
answer, list leads and Korean counts. Hand-built passages; no models."""

from __future__ import annotations

from assistant.answer.compose import Composition, supplement
from assistant.types import Chunk, Hit


def hit(i: int, text: str, kind: str = "summary", section: str = "S") -> Hit:
    return Hit(Chunk(f"c{i}", text, f"corpus/summaries/en/{i}.md", "T", section, "en", kind), 1.0)


def passage(cid: str, text: str, section: str, score: float = 0.9, lang: str = "en") -> Hit:
    return Hit(Chunk(cid, text, f"corpus/summaries/{lang}/{cid}.md", "T", section, lang, "summary"), score)


def composed(question: str, hits: list[Hit]) -> list[str]:
    """The offline composer's answer lines for a question read with the corpus's alias table."""
    from assistant.answer.compose import OfflineComposer
    from assistant.answer.question import read_question
    from assistant.knowledge.aliases import load_aliases
    from tests.conftest import CORPUS

    aliases = load_aliases(CORPUS)
    q = read_question(question, aliases)
    return OfflineComposer(aliases=aliases).compose(q.query, q.lang, hits, [], q=q).text.splitlines()


BASE = Composition("REL01 is a question of the Foundations area of the Reliability pillar. [1]", [hit(0, "REL01")])


def test_supplement_adds_a_passage_line_on_what_was_asked_renumbered_after_the_catalog():
    extra_hits = [hit(5, "x"), hit(6, "y")]
    extra = Composition(
        "REL01 asks how you manage service quotas and keep headroom. [2]\n- Backups matter. [1]", extra_hits
    )
    out = supplement(BASE, extra, {"rel01", "quotas"})
    assert out.text.splitlines() == [
        "REL01 is a question of the Foundations area of the Reliability pillar. [1]",
        "- REL01 asks how you manage service quotas and keep headroom. [2]",
    ]
    assert [h.chunk.id for h in out.cited] == ["c0", "c6"]


def test_supplement_skips_notes_repeats_and_lines_off_the_question():
    extra = Composition(
        "REL01 is a question of the Foundations area of the Reliability pillar. [1]\n"
        "- My notes say REL01 is about quotas. [2]\n"
        "- Reliability is about recovering from failure. [1]",
        [hit(5, "x"), hit(7, "n", kind="notes")],
    )
    assert supplement(BASE, extra, {"rel01", "quotas"}).text == BASE.text


def test_supplement_keeps_a_list_on_the_question_whole_and_lifts_the_asked_items_out_of_another():
    extra = Composition(
        "Quotas are tracked in two places: [1]\n  - Service Quotas console\n  - quotas API\n"
        "- Six principles apply: [1]\n  - Watch quotas early\n  - Automate changes\n"
        "- Quotas differ by Region. [1]",
        [hit(5, "x")],
    )
    out = supplement(BASE, extra, {"quotas"}, limit=2)
    assert out.text.splitlines()[1:] == [
        "- Quotas are tracked in two places: [2]",
        "  - Service Quotas console",
        "  - quotas API",
        "- Watch quotas early [2]",  # "six principles" over one of them would mislead
    ]


def test_a_list_lead_that_points_back_still_leads_while_a_bare_pointer_does_not():
    from assistant.answer.compose import _leans_back, units

    steps = units("You need an account first.\n\nThen the steps are:\n\n1. Contact AWS Sales.\n2. Agree the scope.")
    lead = next(u for u in steps if u.text.startswith("Then"))
    assert lead.items == ["Contact AWS Sales.", "Agree the scope."]
    assert not _leans_back(lead)
    assert _leans_back(units("Then it is done.")[0])


def test_howto_keeps_the_lead_passage_in_source_order():
    from assistant.answer.compose import Unit, _Candidate, _steps_in_order

    def cand(rank: int, pos: int) -> _Candidate:
        return _Candidate(rank, Unit(f"u{rank}{pos}", pos), 1.0)

    ordered = _steps_in_order([cand(0, 3), cand(1, 0), cand(0, 1)])
    assert [(c.hit_rank, c.unit.position) for c in ordered] == [(0, 1), (0, 3), (1, 0)]


def test_a_prose_enumeration_is_attached_to_the_sentence_that_announces_it():
    from assistant.answer.compose import announced, units

    text = "Exams come at three levels. Basic exams are short. Middle exams are longer. Top exams are hard. Done."
    lead = units(text)[0]
    assert lead.items == ["Basic exams are short.", "Middle exams are longer.", "Top exams are hard."]
    assert announced("The APN used to sort partners into three types.") == 3
    assert announced("AWS revises the checklist roughly every six months.") == 0  # a period, not a list
    assert announced("The pillar has eleven questions.") == 0
    # an announcement with fewer sentences after it than it promises enumerates nothing
    assert units("Questions fall into seven areas. Only one follows.")[0].items == []


def test_a_bulleted_item_of_two_sentences_stays_one_item_and_long_lists_stay_whole():
    from assistant.answer.compose import units

    lead = units("Steps:\n\n1. Contact Sales. Or your account manager.\n2. Sign.")[0]
    assert lead.items == ["Contact Sales. Or your account manager.", "Sign."]
    ten = "\n".join(f"- item {i}" for i in range(10))
    assert len(units(f"Ten principles:\n\n{ten}")[0].items) == 10


def test_a_list_belongs_to_the_sentence_that_promises_it_not_to_a_remark_after_it():
    from assistant.answer.compose import units

    text = "원칙은 다음 2가지다. 이전 판에서는 마지막 원칙을 X라고 불렀다.\n\n- 가(A): 하나\n- 나(B): 둘"
    by_text = {u.text: u.items for u in units(text)}
    assert by_text["원칙은 다음 2가지다."] == ["가(A): 하나", "나(B): 둘"]
    assert by_text["이전 판에서는 마지막 원칙을 X라고 불렀다."] == []
    # with no promise in the paragraph, the list stays with its last sentence
    plain = units("Tiers are reviewed. Several apply.\n\n- Select\n- Premier")
    assert [u.items for u in plain][:2] == [[], ["Select", "Premier"]]


def test_list_counts_are_written_in_digits_as_the_answer_shapes_show():
    from assistant.messages import kinds, say

    assert kinds(7, "ko") == "7가지" and kinds(11, "ko") == "11가지" and kinds(7, "en") == "7"
    assert (
        say("list.areas", "ko", owner="보안(Security)", n=kinds(7, "ko"))
        == "보안(Security) 원칙의 모범 사례 영역은 7가지입니다."
    )


def test_a_number_answer_states_short_values_on_line_one_and_a_list_answer_keeps_them_numbered():
    from assistant.answer.chain import facts_composition
    from assistant.answer.facts import FactLine

    c = Chunk("c1", "general guidance 24 hours, system impaired 12 hours", "corpus/p.md", "T", "Plans > Dev", "en", "s")
    facts = [
        FactLine(
            "Targets on Developer:", "corpus/p.md", "Plans > Dev", items=("general: 24 hours", "impaired: 12 hours")
        )
    ]
    number = facts_composition(facts, "en", [c], inline=True)
    listed = facts_composition(facts, "en", [c])
    assert number is not None and number.text == "Targets on Developer: general: 24 hours; impaired: 12 hours. [1]"
    assert listed is not None and listed.text.splitlines()[1:] == ["1. general: 24 hours", "2. impaired: 12 hours"]
    long = [FactLine("Targets:", "corpus/p.md", "Plans > Dev", items=("x" * 60,))]
    assert facts_composition(long, "en", [c], inline=True).text.splitlines()[1] == "1. " + "x" * 60


def test_a_count_answers_only_beside_what_was_counted():
    from assistant.answer.compose import FACET_BONUS, Unit, _facet_bonus
    from assistant.answer.cues import SHAPES

    count = [("count", SHAPES["count"])]
    assert _facet_bonus(Unit("A workload holds up to 100 milestones.", 0), count, {"milestones"}) == FACET_BONUS
    assert _facet_bonus(Unit("The pillar has six design principles.", 0), count, {"milestones"}) == 0.0
    assert _facet_bonus(Unit("보안 원칙의 설계 원칙은 일곱 가지입니다.", 0), count, {"설계", "원칙"}) == FACET_BONUS


def test_a_weak_severity_name_counts_beside_a_plan_only():
    from assistant.answer.question import read_question
    from assistant.knowledge.aliases import load_aliases
    from tests.conftest import CORPUS

    aliases = load_aliases(CORPUS)
    assert "business-critical-system-down" in read_question("unified ops critical response?", aliases).entities
    assert "business-critical-system-down" not in read_question("is critical thinking useful", aliases).entities
    assert read_question("개발자 플랜 시스템 장애 응답", aliases).of_kind("severity") == ["system-impaired"]


def test_how_long_is_a_duration_and_which_year_is_a_date():
    from assistant.answer.question import read_question
    from assistant.knowledge.aliases import load_aliases
    from tests.conftest import CORPUS

    aliases = load_aliases(CORPUS)
    for text in ("AWS 자격증 유효기간 몇 년?", "how long is an aws cert valid", "기본 며칠 데이터 봐?"):
        q = read_question(text, aliases)
        assert "duration" in q.facets and q.kind == "number", text
    year = read_question("WA 프레임워크 처음 나온 게 몇 년도야?", aliases)
    assert "date" in year.facets and "duration" not in year.facets


def test_a_latin_term_only_the_other_language_holds_gets_the_last_line():
    from assistant.answer.compose import OfflineComposer

    ko = Hit(
        Chunk(
            "k1", "안정성 원칙은 장애에서 복구하는 능력을 다룬다.", "corpus/summaries/ko/r.md", "T", "안정성", "ko", "s"
        ),
        0.9,
    )
    ko2 = Hit(
        Chunk(
            "k2", "안정성 원칙은 변경을 자동화로 관리한다.", "corpus/summaries/ko/r.md", "T", "안정성 변경", "ko", "s"
        ),
        0.8,
    )
    en = Hit(
        Chunk(
            "e1",
            "Components survive failures with failover and static stability.",
            "corpus/summaries/en/r.md",
            "T",
            "Reliability",
            "en",
            "s",
        ),
        0.3,
    )
    idf = {"static": 5.0, "stability": 5.0}
    comp = OfflineComposer(idf=lambda t: idf.get(t, 1.0)).compose(
        "안정성 원칙 static stability 나와?", "ko", [ko, ko2, en], []
    )
    lines = comp.text.splitlines()
    assert lines[0].startswith("안정성 원칙") and "static stability" in lines[-1]
    assert comp.cited[-1].chunk.id == "e1"
    # without the term in the question, the other language's passage stays out
    plain = OfflineComposer().compose("안정성 원칙 뭐야?", "ko", [ko, ko2, en], [])
    assert all(h.chunk.lang == "ko" for h in plain.cited)


def test_a_weak_area_name_of_another_pillar_is_an_everyday_word():
    from assistant.answer.question import read_question
    from assistant.knowledge.aliases import load_aliases
    from tests.conftest import CORPUS

    aliases = load_aliases(CORPUS)
    assert "sustainability/data" not in read_question("보안 원칙에서 민감 데이터 찾는 서비스?", aliases).entities
    assert "sustainability/data" in read_question("지속가능성 데이터 영역 질문 번호?", aliases).entities


def test_plans_with_a_tam_say_which_kind_of_tam_each_gives():
    import datetime as dt

    from assistant.answer.facts import Knowledge, fact_lines
    from assistant.answer.question import read_question
    from assistant.knowledge.aliases import load_aliases
    from tests.conftest import CORPUS

    aliases, k = load_aliases(CORPUS), Knowledge.load(CORPUS, dt.date(2026, 11, 30))
    items = fact_lines(read_question("Which AWS Support plans include a TAM?", aliases), k)[0].items
    assert items == (
        "Enterprise On-Ramp Support (a pool of TAMs; ends 2027-01-01)",
        "Enterprise Support (a designated TAM)",
    )
    without = fact_lines(read_question("plans without a TAM", aliases), k)[0].items
    assert not any("TAM" in i for i in without)


def test_howto_answers_with_the_course_of_action_after_the_lead_in_its_passage():
    from assistant.answer.compose import Unit, _Candidate, _with_course

    def cand(rank: int, pos: int, item: bool = False) -> _Candidate:
        return _Candidate(rank, Unit(f"u{rank}{pos}", pos, is_item=item), 1.0)

    best, other = cand(0, 1), cand(1, 0)
    pool = [best, other, cand(0, 2), cand(0, 3, item=True), cand(0, 4), cand(0, 5), cand(0, 0)]
    out = _with_course([best, other], pool)
    assert [(c.hit_rank, c.unit.position) for c in out] == [(0, 1), (0, 2), (0, 4), (1, 0)]


def test_a_howto_is_answered_from_the_passage_headed_by_what_was_asked():
    listed = passage(
        "p1",
        "The pillar has two principles:\n\n- Recover from failure: automate it.\n- Test recovery: often.",
        "Reliability > Reliability: design principles",
    )
    headed = passage(
        "p2",
        "Removing single points of failure means no component takes the workload down. "
        "Deployments span several Availability Zones.",
        "Principles > Cloud design principle: removing single points of failure",
        0.8,
    )
    lines = composed("How do I remove single points of failure?", [listed, headed])
    assert lines[0].startswith("Removing single points of failure") and "Availability Zones" in lines[1]


def test_an_english_count_counts_the_noun_after_it_a_korean_one_the_clause_before():
    from assistant.answer.compose import FACET_BONUS, Unit, _facet_bonus
    from assistant.answer.cues import SHAPES

    count = [("count", SHAPES["count"])]
    asked = {"questions", "질문"}
    assert _facet_bonus(Unit("The questions are grouped into six pillars.", 0), count, asked) == 0.0
    assert _facet_bonus(Unit("The lens had 57 questions then.", 0), count, asked) == FACET_BONUS
    assert _facet_bonus(Unit("렌즈의 질문은 OPS01~OPS11 등을 합쳐 모두 57개다.", 0), count, asked) == FACET_BONUS


def test_wa_alone_names_the_framework_and_its_words_open_no_cross_language_gap():
    from assistant.answer.compose import named_terms
    from assistant.answer.question import read_question
    from assistant.knowledge.aliases import load_aliases
    from tests.conftest import CORPUS

    aliases = load_aliases(CORPUS)
    assert read_question("wa 질문 총 몇개임", aliases).entities == ["well-architected-framework"]
    assert read_question("WA 툴 무료야?", aliases).entities == ["well-architected-tool"]
    assert "wa" in named_terms(read_question("WA 툴 무료야?", aliases))


def test_whats_included_in_a_plan_lists_what_its_own_section_names():
    import datetime as dt

    from assistant.answer.facts import Knowledge, fact_lines
    from assistant.answer.question import read_question
    from assistant.knowledge.aliases import load_aliases
    from assistant.knowledge.catalog import cited_text
    from tests.conftest import CORPUS

    aliases, k = load_aliases(CORPUS), Knowledge.load(CORPUS, dt.date(2026, 11, 30))
    lines = fact_lines(read_question("베이직 플랜에 포함된거 뭐야", aliases), k)
    listed = next(x for x in lines if x.text.endswith("포함된 것:"))
    assert any("re:Post" in i for i in listed.items) and any("Health Dashboard" in i for i in listed.items)
    for plan in k.plans.values():  # every item is stated by the section the line cites
        for lang in ("en", "ko"):
            text = cited_text(CORPUS, getattr(plan.cite.channels, lang))
            for item in plan.includes:
                name = getattr(item, lang).split("(")[0].removesuffix(" 이용").removesuffix(" 제공").strip()
                key = name.split()[-1] if lang == "en" else name.split()[0]
                assert key.casefold() in text.casefold(), (plan.id, lang, name)


def test_plurals_and_third_person_s_fold_onto_the_stem_hangul_and_short_words_do_not():
    from assistant.retrieval.lexical import fold, folded_terms

    assert [fold(w) for w in ("tools", "recommends", "policies", "access", "status", "basis", "aws")] == [
        "tool",
        "recommend",
        "policy",
        "access",
        "status",
        "basis",
        "aws",
    ]
    assert folded_terms("Milestones 마일스톤들") == {"milestone", "마일", "일스", "스톤", "톤들"}


def test_a_catalog_verdict_stands_when_the_question_only_adds_a_verb_of_having():
    from assistant.answer.question import read_question
    from assistant.knowledge.aliases import load_aliases
    from tests.conftest import CORPUS

    q = read_question("Does Developer support include phone?", load_aliases(CORPUS))
    assert q.detail == ()


def test_a_date_stamp_of_the_knowledge_base_never_answers_when():
    from assistant.answer.compose import FACET_BONUS, Unit, _facet_bonus
    from assistant.answer.cues import SHAPES

    date = [("date", SHAPES["date"])]
    assert (
        _facet_bonus(Unit("The facts were checked in November 2026, when the lens had 57 questions.", 0), date, set())
        == 0
    )
    assert _facet_bonus(Unit("2026년 11월 기준 Framework 렌즈의 질문은 57개다.", 0), date, set()) == 0
    assert _facet_bonus(Unit("AWS first released it as a whitepaper in 2015.", 0), date, set()) == FACET_BONUS


def test_the_best_sentence_with_the_figure_leads_a_number_answer_even_when_it_leans_back():
    text = (
        "The Well-Architected Framework is guidance that AWS publishes. "
        "It distils lessons from reviews, and AWS first published it as a whitepaper in 2015. "
        "The facts were checked in November 2026."
    )
    lines = composed(
        "When was the Well-Architected whitepaper first published?", [passage("o1", text, "Framework: what it is")]
    )
    assert "2015" in lines[0]


def test_a_leaning_figure_under_another_plans_heading_never_leads():
    mine = passage(
        "e1",
        "Enterprise Support is the top classic plan for critical workloads.",
        "AWS Support plans > Enterprise Support",
    )
    other = passage(
        "o1",
        "On-Ramp sits below it. Its price is the greater of $5,500 per month or 10% of usage.",
        "AWS Support plans > Enterprise On-Ramp Support",
        0.8,
    )
    assert "$5,500" not in composed("how much is enterprise support per month", [mine, other])[0]


def test_enumerates_finds_a_list_written_inside_a_sentence():
    from assistant.answer.compose import enumerates

    assert enumerates("A seller can list an AMI, a SaaS product, a container image or a consulting offer.")
    assert enumerates("측정, 활용률, 효율적인 하드웨어, 데이터 계층을 함께 본다.")
    assert not enumerates("Right sizing matches the size of a resource to what the workload needs.")
    # commas around long clauses are prose, not a list
    assert not enumerates(
        "When the workload grows beyond what one team can review by hand, which happens sooner than expected, "
        "the team automates the checks that it used to run before every release."
    )


def test_a_question_asking_which_service_is_answered_by_the_sentence_that_names_one():
    hits = [
        passage(
            "cost",
            "Cost control starts with knowing who spends what. Teams review spend every month and alert owners "
            "when spend grows. AWS Budgets warns when spend passes a threshold.",
            "Cost Optimization: controls",
        )
    ]
    assert composed("spend alerts: what do we use?", hits)[0].startswith("AWS Budgets")
    # without asking for a tool, the same passage is not led by the service sentence for that reason alone
    from assistant.answer.question import read_question
    from assistant.knowledge.aliases import load_aliases
    from tests.conftest import CORPUS

    aliases = load_aliases(CORPUS)
    assert read_question("관련 도구는?", aliases).wants_tool and read_question("예산 알림 뭐 써?", aliases).wants_tool
    assert not read_question("what is right sizing?", aliases).wants_tool


def test_a_sentence_naming_several_tools_answers_which_tools_before_one_defining_one():
    hits = [
        passage(
            "rs",
            "AWS Compute Optimizer is an AWS service that recommends better-fitting sizes for your resources. "
            "Teams then review AWS Compute Optimizer, AWS Cost Explorer and AWS Trusted Advisor findings together.",
            "Right sizing: tools",
        )
    ]
    assert composed("which tools help with right sizing?", hits)[0].startswith("Teams then review")


def test_a_tool_question_brings_the_documents_tool_sections_after_its_best_passage():
    from assistant.answer.chain import with_tool_sections
    from assistant.answer.question import read_question
    from assistant.knowledge.aliases import load_aliases
    from tests.conftest import CORPUS

    def chunk(cid: str, section: str, source: str = "corpus/summaries/en/rs.md") -> Chunk:
        return Chunk(cid, f"{section} text.", source, "Right sizing", f"Right sizing > {section}", "en", "summary")

    chunks = [
        chunk("def", "Right sizing: what it means"),
        chunk("co", "AWS Compute Optimizer"),
        chunk("keys", "Right sizing: key AWS services"),
        chunk("steps", "Right sizing: a repeatable process"),
        chunk("other", "AWS Budgets", source="corpus/summaries/en/cost.md"),
    ]
    hits = [Hit(chunks[0], 0.9), Hit(chunks[3], 0.7)]
    aliases = load_aliases(CORPUS)
    tools = with_tool_sections(read_question("rightsizing tools?", aliases), hits, chunks)
    assert [h.chunk.id for h in tools] == ["def", "keys", "co", "steps"]  # the list of tools first, same document only
    assert with_tool_sections(read_question("what is right sizing?", aliases), hits, chunks) == hits


def test_a_korean_tool_question_gets_the_korean_documents_tool_sections():
    from assistant.answer.chain import with_tool_sections
    from assistant.answer.question import read_question
    from assistant.knowledge.aliases import load_aliases
    from tests.conftest import CORPUS

    def chunk(cid: str, section: str, lang: str) -> Chunk:
        return Chunk(cid, f"{section}.", f"corpus/summaries/{lang}/rs.md", "RS", f"RS > {section}", lang, "summary")

    chunks = [
        chunk("en-def", "Right sizing: what it means", "en"),
        chunk("en-co", "AWS Compute Optimizer", "en"),
        chunk("ko-def", "Right sizing: 정의", "ko"),
        chunk("ko-co", "AWS Compute Optimizer", "ko"),
    ]
    hits = [Hit(chunks[0], 0.9), Hit(chunks[2], 0.7)]  # the English passage ranks first for a Korean question
    aliases = load_aliases(CORPUS)
    for asked in ("right sizing 관련 도구는?", "적정 크기 조정에 쓰는 도구 뭐 있어?", "right sizing 도구 추천"):
        q = read_question(asked, aliases)
        assert q.wants_tool, asked
        assert [h.chunk.id for h in with_tool_sections(q, hits, chunks)][:2] == ["ko-def", "ko-co"], asked
    assert not read_question("도구는 필요 없고 정의만", aliases).wants_tool


def test_a_line_from_the_notes_is_always_said_to_be_the_askers_own():
    notes = Hit(
        Chunk(
            "n1",
            "Game days test recovery by hand every quarter.",
            "corpus/notes/n.md",
            "Notes",
            "Notes > Reliability",
            "en",
            "notes",
        ),
        0.9,
    )
    lines = composed("how often are game days run?", [notes])
    assert "your notes" in lines[0].lower(), lines


def test_supplement_lifts_no_list_item_that_only_repeats_what_the_catalog_line_says():
    base = Composition(
        "The Data protection area of the Security pillar has 3 questions: SEC07, SEC08, SEC09. [1]", [hit(0, "x")]
    )
    extra = Composition(
        "The Security pillar groups its questions into areas: [1]\n  - Security foundations (SEC01)\n"
        "  - Data protection (SEC07 to SEC09)\n  - Application security (SEC11)\n  - Detection (SEC04)",
        [hit(5, "y")],
    )
    assert supplement(base, extra, {"security", "data", "protection"}).text == base.text


def test_the_items_of_a_supporting_catalog_line_stay_nested_under_it():
    from assistant.answer.chain import facts_composition
    from assistant.answer.facts import FactLine

    c = Chunk("c1", "Business Support answers by phone.", "corpus/p.md", "T", "Plans > Business", "en", "s")
    facts = [
        FactLine("Business Support includes:", "corpus/p.md", "Plans > Business", items=("Support API", "IEM")),
        FactLine("Targets on Business:", "corpus/p.md", "Plans > Business", items=("general: 24 hours",)),
    ]
    text = facts_composition(facts, "en", [c]).text.splitlines()
    assert text == [
        "Business Support includes: [1]",
        "1. Support API",
        "2. IEM",
        "- Targets on Business: [1]",
        "   1. general: 24 hours",
    ]


def test_a_short_claim_keeps_the_sentence_that_says_why():
    text = (
        "The pillar mostly reinforces the other pillars, and it is generally not one to trade away. "
        "Real trade-offs do exist. Detailed logs cost money to store, and "
        "approval gates slow delivery down. Teams choose controls in proportion to value."
    )
    h = Hit(Chunk("t1", text, "corpus/summaries/en/oe.md", "T", "OE: trade-offs", "en", "summary"), 0.9)
    lines = composed("does operational excellence ever have real trade-offs with other pillars?", [h])
    joined = [x for x in lines if "Real trade-offs do exist." in x]
    assert joined and "Detailed logs cost money" in joined[0]  # the claim and its reason, one line
    assert sum("Detailed logs" in x for x in lines) == 1  # and the reason is not repeated on a line of its own
    # a list or number question keeps its sentences apart: a figure beside another plan's would mislead
    counted = composed("how many real trade-offs are there?", [h])
    assert not any("Real trade-offs do exist. Detailed" in x for x in counted)


def test_a_sentence_about_both_subjects_asked_answers_first():
    cost = Hit(
        Chunk(
            "c1",
            "비용 최적화 원칙은 비즈니스 가치를 가장 낮은 비용으로 제공하는 능력을 다룬다. 태그로 비용을 보이게 한다.",
            "corpus/summaries/ko/cost.md",
            "T",
            "비용 최적화(Cost Optimization) 원칙 > 비용 최적화: 정의",
            "ko",
            "summary",
        ),
        0.9,
    )
    rel = Hit(
        Chunk(
            "r1",
            "다중 AZ는 가용성을 높인다. "
            "안정성 원칙은 비용 최적화와 가장 자주 조정이 필요하며, RTO와 RPO가 요구하는 만큼만 투자한다.",
            "corpus/summaries/ko/rel.md",
            "T",
            "안정성(Reliability) 원칙 > 안정성: 다른 원칙과의 관계",
            "ko",
            "summary",
        ),
        0.7,
    )
    lines = composed("안정성이랑 비용 최적화가 부딪힐 때 어떻게 해", [cost, rel])
    assert lines[0].startswith("안정성 원칙은 비용 최적화와")


def test_a_paid_feature_answers_is_it_free():
    from assistant.answer.cues import SHAPES

    assert SHAPES["free"].search("it is billed by how long the actions in an experiment run")
    assert SHAPES["free"].search("유료 기능인 향상된 인프라 지표를 켜면 분석 기간이 늘어난다")
    assert SHAPES["free"].search("기본 분석은 최근 14일간의 지표를 사용하며 추가 요금이 없다")
    assert not SHAPES["free"].search("FIS runs experiments against tagged targets")


def test_a_definition_question_leads_with_the_sentence_that_defines():
    text = (
        "In the classic line-up, only Enterprise has a designated TAM and On-Ramp shares a pool of TAMs. "
        "A Technical Account Manager (TAM) is a named AWS technical contact who learns your environment."
    )
    h = Hit(Chunk("t1", text, "corpus/summaries/en/s.md", "T", "Support plans: TAM", "en", "summary"), 0.9)
    assert composed("what does the TAM do?", [h])[0].startswith("A Technical Account Manager (TAM) is")


def test_a_korean_definition_ends_in_the_copula():
    from assistant.answer.compose import _copula_ending

    assert _copula_ending("TAM은 고객 환경을 이해하는 AWS 측 기술 담당자다.")
    assert _copula_ending("APN은 AWS의 글로벌 파트너 프로그램이다.")
    assert not _copula_ending("요금은 AWS 청구서에 함께 청구되므로 계약할 필요가 줄어든다.")
    assert not _copula_ending("분석 대상에는 EC2 인스턴스가 있다.")


def test_which_tools_gets_a_line_from_each_tools_passage():
    ce = passage(
        "ce",
        "AWS Cost Explorer offers rightsizing recommendations for idle EC2 instances. It also shows cost trends.",
        "Right sizing > Cost Explorer rightsizing recommendations",
        0.95,
    )
    co = passage(
        "co",
        "AWS Compute Optimizer uses machine learning to recommend better-fitting sizes. You opt in per account.",
        "Right sizing > AWS Compute Optimizer",
        0.4,
    )
    ta = passage(
        "ta",
        "AWS Trusted Advisor checks flag idle load balancers and unattached volumes.",
        "Right sizing > Trusted Advisor checks",
        0.3,
    )
    text = "\n".join(composed("which tools help with rightsizing recommendations?", [ce, co, ta]))
    for tool in ("Cost Explorer", "Compute Optimizer", "Trusted Advisor"):
        assert tool in text
    assert "You opt in per account" not in text  # one line per tool's passage, not two on one tool


def test_a_figure_asked_of_nothing_named_needs_a_lead_on_its_words_not_on_the_kind_of_figure():
    from assistant.answer.chain import gives_figure
    from assistant.answer.question import read_question
    from assistant.knowledge.aliases import load_aliases
    from tests.conftest import CORPUS

    aliases = load_aliases(CORPUS)
    q = read_question("향상된 인프라 지표 켜면 요금은 얼마 붙어?", aliases)
    other = "예를 들어 월 사용액이 $20,000인 계정의 Business Support 요금은 $1,700이다. [1]"  # shares only "요금은"
    assert not gives_figure(q, other)
    assert gives_figure(q, "향상된 인프라 지표는 월 $0.25가 붙는다. [1]")


def test_a_figure_asked_of_a_service_needs_a_lead_about_it():
    from assistant.answer.chain import figure_of_subject
    from assistant.answer.question import read_question
    from assistant.knowledge.aliases import load_aliases
    from tests.conftest import CORPUS

    aliases = load_aliases(CORPUS)
    q = read_question("how much does compute optimizer's paid option cost per month?", aliases)
    plan = passage("p1", "Business Support costs $100 a month.", "AWS Support plans > Support plans: prices")
    co = passage("c1", "It costs $0.25 a month per resource.", "Right sizing > AWS Compute Optimizer")
    assert not figure_of_subject(q, Composition("Business Support costs $100 a month. [1]", [plan]), aliases)
    assert figure_of_subject(q, Composition("It costs $0.25 a month per resource. [1]", [co]), aliases)


def test_a_short_claim_never_takes_a_chosen_sentence_as_its_reason():
    text = (
        "CodeCommit can be the source repository. CodeCommit stopped taking new customers on "
        "2024-07-25, and AWS reversed that on 2025-11-24 when CodeCommit became generally available again."
    )
    h = Hit(Chunk("t1", text, "corpus/summaries/en/oe.md", "T", "OE: key AWS services", "en", "summary"), 0.9)
    lines = composed("codecommit repository new customers again", [h])
    assert lines[0].startswith("CodeCommit stopped taking new customers")  # the best line still leads


def test_a_which_tools_answer_names_tools_only_once_two_are_named():
    ce = passage("ce", "AWS Cost Explorer shows costs.", "Right sizing > Cost Explorer", 0.95)
    co = passage("co", "AWS Compute Optimizer recommends sizes.", "Right sizing > Compute Optimizer", 0.9)
    what = passage(
        "rs", "Rightsizing tools help idle fleets match measured need.", "Right sizing > tools for idle fleets", 0.99
    )
    lines = composed("which tools help rightsizing idle fleets match measured need?", [what, ce, co])
    assert len(lines) == 2 and all("AWS" in x for x in lines)


def test_a_table_is_a_list_of_its_rows_for_the_sentence_before_it():
    from assistant.answer.compose import units

    table = "| Severity (code) | Target |\n|---|---|\n| Low (low) | 24 h |\n| Urgent (urgent) | 1 h |"
    text = f"Codes are in the table below.\n\n{table}"
    out = units(text)
    lead = out[0]
    assert lead.table and lead.items == ["Low (low) — 24 h", "Urgent (urgent) — 1 h"]
    # each row is still a sentence of its own (a question about one row is answered by that row); no header row
    rows = [u for u in out[1:]]
    assert [u.text for u in rows] == lead.items and all(u.is_item for u in rows)


def test_a_piece_that_only_promises_its_list_gives_way_to_the_piece_that_holds_it():
    from assistant.answer.chain import with_list_pieces

    lead = "Scenarios are best picked from likely events. Common examples are listed below."
    items = "- Traffic surge: a load test.\n- Zone failure: lose one zone."
    listed = Chunk("a", f"{lead}\n\n{items}", "s.md", "T", "G > S", "en", "s")
    promised = Chunk("b", f"{lead}\n\nStart small in staging.", "s.md", "T", "G > S", "en", "s")
    other = Chunk("c", "A game day is more than a load test.", "s.md", "T", "G > M", "en", "s")
    # (retrieval ranked the piece with the list below the one that only promises it: it moves up to follow it,
    # said once)
    hits = [Hit(other, 0.9), Hit(promised, 0.6), Hit(other, 0.5), Hit(listed, 0.3)]
    hits[2] = Hit(Chunk("d", "Another passage.", "t.md", "T", "G > N", "en", "s"), 0.5)
    out = with_list_pieces(hits, [listed, promised, other])
    assert [h.chunk.id for h in out] == ["c", "b", "a", "d"]
    # (and one retrieval did not find at all takes the promising piece's place)
    assert [h.chunk.id for h in with_list_pieces([Hit(promised, 0.6)], [listed, promised])] == ["a"]
