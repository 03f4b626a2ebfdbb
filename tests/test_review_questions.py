"""Sentences of the pillar passages read into the review question ids they speak for."""

from __future__ import annotations

from assistant.answer.cues import ids_in
from assistant.answer.question import read_question
from assistant.answer.review_questions import MEANING_MARGIN, closest_in_meaning, sentences_by_question
from assistant.knowledge.aliases import load_aliases
from assistant.types import Chunk
from tests.conftest import CORPUS

AREAS = {q: ("OPS01", "OPS02", "OPS03") for q in ("OPS01", "OPS02", "OPS03")}
TOPICS = {"OPS01": "priorities 우선순위 결정", "OPS02": "structure 구조", "OPS03": "culture 문화"}


def _chunk(text: str, lang: str = "en") -> Chunk:
    return Chunk("c1", text, "corpus/summaries/en/x.md", "x", "X > Organization", lang, "summary")


def test_ranges_are_spelled_out_in_both_languages():
    assert ids_in("covers questions OPS01 to OPS03") == ["OPS01", "OPS02", "OPS03"]
    assert ids_in("REL09부터 REL11까지, SEC05~SEC06") == ["REL09", "REL10", "REL11", "SEC05", "SEC06"]
    assert ids_in("OPS07-BP06 is a practice of OPS07") == ["OPS07"]


def test_each_sentence_speaks_for_the_ids_it_names_or_the_topic_it_shares():
    said = sentences_by_question(
        [
            _chunk(
                "The Organization area covers questions OPS01 to OPS03. It asks whether the culture supports "
                "operations. It asks who owns what. By question: OPS01 (priorities), OPS02 (structure)."
            )
        ],
        AREAS,
        TOPICS,
    )
    by_text = {s.text: s for s in said}
    assert by_text["The Organization area covers questions OPS01 to OPS03."].ids == ("OPS01", "OPS02", "OPS03")
    assert by_text["It asks whether the culture supports operations."].ids == ("OPS03",)
    assert by_text["It asks who owns what."].ids == ("OPS01", "OPS02", "OPS03")  # no topic shared: the whole area
    entries = [s for s in said if s.entry]
    assert [s.ids for s in entries] == [("OPS01",), ("OPS02",)] and entries[0].text.startswith("OPS01 (priorities)")


def test_a_passage_over_several_areas_speaks_for_no_one_question():
    areas = {**AREAS, "OPS04": ("OPS04",)}
    assert sentences_by_question([_chunk("Areas: OPS01 to OPS03 and OPS04. Culture matters.")], areas, TOPICS) == []


def test_meaning_chooses_among_candidates_only_by_a_clear_margin():
    said = sentences_by_question(
        [
            _chunk(
                "OPS01 to OPS03. It asks about culture and learning. It asks who sets the priorities. "
                "It asks about the structure."
            )
        ],
        AREAS,
        TOPICS,
    )
    q = read_question("which OPS question is the one about training people?", load_aliases(CORPUS))
    closeness = {"culture": 0.90, "priorities": 0.80, "structure": 0.70}

    def similarity(texts: list[str]) -> list[float]:
        return [next(v for k, v in closeness.items() if k in t) for t in texts]

    found = closest_in_meaning(q, said, ("OPS01", "OPS02", "OPS03"), similarity)
    assert found is not None and found.ids == ("OPS03",)
    closeness["priorities"] = 0.90 - MEANING_MARGIN / 2  # too close to tell apart
    assert closest_in_meaning(q, said, ("OPS01", "OPS02", "OPS03"), similarity) is None
    # (one candidate alone with a sentence of its own is not told apart from the others)
    assert closest_in_meaning(q, said, ("OPS03",), similarity) is None
