"""Retrieval and answers over the real corpus, real store and real models."""

from __future__ import annotations

import re

import pytest

from assistant.errors import BadQuestion
from assistant.types import Turn


def sources(result, k=5):
    return [(h.chunk.source, h.chunk.section, h.chunk.text) for h in result.hits[:k]]


def found(result, needle: str, k: int = 5) -> bool:
    return any(needle in text for _, _, text in sources(result, k))


@pytest.mark.parametrize(
    ("query", "needle"),
    [
        ("비즈니스 플랜에서 프로덕션 다운 시 응답 시간은?", "1시간"),
        ("운영 우수성의 디자인 원칙은?", "코드를 통해 운영"),
        ("느슨한 결합이 뭐야", "느슨한 결합"),
        ("지속가능성 원칙은 언제 추가됐어?", "2021"),
    ],
)
def test_korean_questions_find_korean_passages(assistant, query, needle):
    assert found(assistant.retrieve(query), needle)


@pytest.mark.parametrize(
    ("query", "needle"),
    [
        ("What are the design principles of the reliability pillar?", "Test recovery procedures"),
        ("How fast does Enterprise Support answer a business-critical outage?", "15 minutes"),
        ("loose coupling", "loose coupling"),
        ("Which tool gives rightsizing recommendations from utilization?", "Compute Optimizer"),
    ],
)
def test_english_questions_find_english_passages(assistant, query, needle):
    assert found(assistant.retrieve(query), needle)


def test_cross_lingual_question_reaches_the_users_korean_notes(assistant):
    result = assistant.retrieve("Which Korean companies are Premier consulting partners?", k=5)
    assert found(result, "MegazoneCloud")
    assert any(h.chunk.lang == "ko" for h in result.hits) or found(result, "Bespin Global")


def test_answer_cites_passages_that_contain_its_sentences(assistant):
    answer = assistant.ask("비즈니스 플랜에서 프로덕션 다운 시 응답 시간은?")
    assert not answer.abstained and answer.lang == "ko"
    assert "1시간" in answer.answer
    refs = {int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)}
    assert refs and refs <= {c.n for c in answer.citations}
    for line in answer.answer.splitlines():
        m = re.match(r"^-?\s*(.+?) \[(\d+)\]$", line.strip())
        if m:
            cited = answer.citations[int(m.group(2)) - 1].text
            assert (
                m.group(1)[:25].replace(" — ", " ")[:10] in cited.replace(" | ", " ").replace("|", "")
                or m.group(1)[:20] in cited
            )


def test_answer_prefers_the_question_language(assistant):
    en = assistant.ask("What does a Technical Account Manager do?")
    assert not en.abstained and en.citations[0].lang == "en"
    ko = assistant.ask("TAM은 어떤 역할을 하나요?")
    assert not ko.abstained and ko.citations[0].lang == "ko"


@pytest.mark.parametrize(
    "question",
    [
        "What is the capital of France?",
        "How do I make kimchi stew?",
        "Azure 지원 플랜 가격은 얼마인가요?",
        "How do I configure Google Cloud load balancers?",
        "오늘 서울 날씨 어때?",
    ],
)
def test_out_of_scope_questions_abstain(assistant, question):
    answer = assistant.ask(question)
    assert answer.abstained and answer.citations == [] and answer.intent == "out_of_scope"
    assert answer.suggestions, "abstaining still points at the closest sources"


def test_abstention_speaks_the_question_language(assistant):
    assert "지식 베이스" in assistant.ask("축구 월드컵 우승팀은?").answer
    assert "knowledge base" in assistant.ask("Who won the football world cup?").answer


def test_follow_up_uses_the_conversation(assistant):
    history = [Turn("Enterprise Support 플랜의 비즈니스 크리티컬 장애 응답 시간은?")]
    alone = assistant.retrieve("그럼 Enterprise On-Ramp는?")
    follow = assistant.retrieve("그럼 Enterprise On-Ramp는?", history=history)
    assert found(follow, "30분")
    from assistant.answer.chain import rewrite

    carried = rewrite("그럼 Enterprise On-Ramp는?", history, assistant.aliases)
    assert "비즈니스 크리티컬" in carried and "On-Ramp" in carried  # the topic of the earlier turn came along
    assert follow.query == alone.query == "그럼 Enterprise On-Ramp는?"  # results report what was asked


@pytest.mark.parametrize("bad", ["", "   \n\t", "x" * 2001])
def test_bad_questions_are_refused_clearly(assistant, bad):
    with pytest.raises(BadQuestion) as info:
        assistant.ask(bad)
    assert ("empty" in str(info.value)) or ("2,000" in str(info.value))


def test_nearest_neighbours_are_exact(assistant):
    """Chroma's answer for a space is the brute-force cosine ranking of the corpus (no HNSW misses)."""
    import numpy as np

    reader = assistant.retriever.reader
    for space in assistant.retriever.spaces:
        got = reader.collections[space.name].get(include=["embeddings"])
        vectors = np.asarray(got["embeddings"], dtype=np.float64)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        for query in ("loose coupling", "비즈니스 플랜 응답 시간", "how do I pick a partner for migration"):
            q = space.encode_query(query).astype(np.float64)
            sims = vectors @ (q / np.linalg.norm(q))
            want = [got["ids"][i] for i in np.argsort(-sims, kind="stable")[:30]]
            ranked = reader.nearest(space.name, q.tolist(), 30)
            assert [i for i, _ in ranked] == want or _same_up_to_ties(ranked, sims, got["ids"]), (space.name, query)


def _same_up_to_ties(ranked, sims, ids) -> bool:
    """Equal to the brute-force ranking except where two similarities agree to the 6th decimal."""
    by_id = dict(zip(ids, sims, strict=True))
    scores = [round(float(by_id[i]), 6) for i, _ in ranked]
    cut = sorted((round(float(s), 6) for s in sims), reverse=True)[: len(ranked)]
    return scores == cut
