import math

import pytest

from eval import metrics as m


def test_first_relevant_and_recall():
    texts = ["nothing", "the 1 hour target", "1 hour again"]
    rank = m.first_relevant(texts, ["1 hour"])
    assert rank == 2
    assert m.recall_at(rank, 1) == 0.0 and m.recall_at(rank, 3) == 1.0
    assert m.reciprocal_rank(rank) == 0.5
    assert m.first_relevant(texts, ["15 minutes"]) is None
    assert m.reciprocal_rank(None) == 0.0 and m.reciprocal_rank(11, 10) == 0.0


def test_keyword_hit_rate_is_case_insensitive_share():
    assert m.keyword_hit_rate("Business gives a 1 Hour answer", ["business", "1 hour", "TAM"]) == pytest.approx(2 / 3)
    assert m.keyword_hit_rate("x", []) == 1.0


def test_citation_validity():
    assert m.citation_validity("a [1] b [2]", [1, 2]) == 1.0
    assert m.citation_validity("a [1] b [3]", [1, 2]) == 0.0
    assert m.citation_validity("no refs", [1]) == 0.0


def test_abstention_precision_recall():
    got = m.abstention([True, True, False, False], [True, False, True, False])
    assert got == {"abstention_accuracy": 0.5, "abstention_precision": 0.5, "abstention_recall": 0.5}


def test_groundedness_counts_cited_lines_found_in_their_passage():
    texts = {1: "Business Support answers production down in 1 hour.\n- Phone, chat and email", 2: "| a | b |"}
    answer = (
        "- Business Support answers production down in 1 hour. [1]\n"
        "- Phone, chat and email [1]\n- Made up claim. [2]\nlead line without citation"
    )
    assert m.groundedness(answer, texts) == pytest.approx(2 / 3)
    assert m.groundedness("nothing cited", texts) == 0.0
    assert m.groundedness("a — b [2]", texts) == 1.0


def test_citation_precision():
    assert m.citation_precision(["has 1 hour", "nothing"], ["1 hour"]) == 0.5
    assert m.citation_precision([], ["x"]) == 0.0


def test_ndcg_binary_relevance():
    assert m.ndcg_at(["a x", "b", "c"], ["x"]) == 1.0
    assert m.ndcg_at(["b", "c", "a x"], ["x"]) == pytest.approx(0.5)
    assert m.ndcg_at(["b", "x1", "x2"], ["x"]) == pytest.approx(
        (1 / math.log2(3) + 1 / math.log2(4)) / (1 + 1 / math.log2(3))
    )
    assert m.ndcg_at(["b"], ["x"]) == 0.0
