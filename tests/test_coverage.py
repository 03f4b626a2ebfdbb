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
