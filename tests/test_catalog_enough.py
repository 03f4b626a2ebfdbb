"""When a catalog line answers less than was asked, the passages answer instead."""

from __future__ import annotations

from assistant.answer.chain import catalog_says_enough
from assistant.answer.facts import FactLine
from assistant.answer.question import read_question
from assistant.knowledge.aliases import load_aliases
from assistant.types import Chunk, Hit
from tests.conftest import CORPUS


class _Idf:
    def idf(self, term: str) -> float:
        return 1.0


def _hit(text: str) -> Hit:
    return Hit(
        Chunk(id="c", text=text, source="s.md", title="t", section="Reliability", lang="en", kind="summary"), 1.0, {}
    )


def test_a_detail_the_catalog_line_lacks_sends_the_question_to_the_passages():
    aliases = load_aliases(CORPUS)
    q = read_question("Which REL question covers retries?", aliases)
    count = [FactLine("The Reliability pillar has 13 questions (REL01 to REL13).", "s.md", "Reliability")]
    assert not catalog_says_enough(q, count, [_hit("REL05 covers retries with backoff.")], _Idf())
    # no passage holds more of it than the catalog line: the catalog still answers
    assert catalog_says_enough(q, count, [_hit("Reliability is about recovery.")], _Idf())


def test_a_date_asked_of_a_list_of_names_is_not_answered_by_the_list():
    aliases = load_aliases(CORPUS)
    q = read_question("which pillar was added last?", aliases)
    names = [FactLine("The framework has 6 pillars:", "s.md", "Pillars", items=("Security", "Sustainability"))]
    assert not catalog_says_enough(q, names, [], _Idf())
    dated = [FactLine("Sustainability was added in December 2021.", "s.md", "Pillars")]
    assert catalog_says_enough(q, dated, [], _Idf())


def test_a_comparison_needs_a_catalog_line_about_each_side():
    from assistant.answer.facts import Knowledge, fact_lines

    aliases = load_aliases(CORPUS)
    knowledge = Knowledge.load(CORPUS)
    q = read_question("일반 설계 원칙이랑 클라우드 설계 원칙은 뭐가 달라?", aliases)
    facts = fact_lines(q, knowledge)
    assert facts and not catalog_says_enough(q, facts, [], None)


def test_two_figures_asked_may_each_stand_on_a_catalog_line_of_its_own():
    from assistant.answer.facts import Knowledge, fact_lines

    aliases = load_aliases(CORPUS)
    q = read_question("Incident Detection and Response 붙이면 응답 몇 분이고 가격은? 엔터프라이즈는 아님", aliases)
    facts = fact_lines(q, Knowledge.load(CORPUS))
    # (in the order they are asked: the response, then the price)
    assert "5분" in facts[0].text and "$7,000" in facts[1].text
    assert catalog_says_enough(q, facts, [], _Idf())
