"""The LangChain faces: the hybrid retriever as a BaseRetriever, the answer path as an LCEL runnable."""

from __future__ import annotations

from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import RunnableLambda

from assistant.types import Answer

QUESTION = "What does the reliability pillar cover?"
KO_QUESTION = "운영 우수성 원칙은?"


def test_retriever_is_a_langchain_retriever_with_metadata(assistant):
    retriever = assistant.as_retriever(k=4)
    assert isinstance(retriever, BaseRetriever)
    docs = retriever.invoke(QUESTION)
    hits = assistant.retrieve(QUESTION, k=4).hits
    assert [d.id for d in docs] == [h.chunk.id for h in hits] and len(docs) == 4
    assert all(isinstance(d, Document) and d.page_content == h.chunk.text for d, h in zip(docs, hits, strict=True))
    first = docs[0].metadata
    assert first["rank"] == 1 and first["source"].startswith("corpus/") and first["section"]
    assert first["in_scope"] is True and first["score"] == hits[0].score and first["signals"]
    assert [d.metadata["rank"] for d in docs] == [1, 2, 3, 4]


def test_retriever_composes_in_a_pipe(assistant):
    sources = assistant.as_retriever(k=3) | RunnableLambda(lambda docs: [d.metadata["lang"] for d in docs])
    assert sources.invoke(KO_QUESTION)[0] == "ko"


def test_chain_invoke_is_ask(assistant):
    answer = assistant.chain.invoke({"question": QUESTION, "history": []})
    assert isinstance(answer, Answer) and not answer.abstained and answer.citations
    assert answer.answer == assistant.ask(QUESTION).answer


def test_chain_stream_gives_text_then_the_answer(assistant):
    parts = list(assistant.chain.stream({"question": QUESTION, "history": []}))
    *text, last = parts
    assert isinstance(last, Answer) and len(text) >= 2 and all(isinstance(t, str) for t in text)
    assert "".join(text) == last.answer == assistant.ask(QUESTION).answer


def test_chain_batch_answers_each_input(assistant):
    inputs = [{"question": q, "history": []} for q in (QUESTION, KO_QUESTION, "What is the capital of France?")]
    answers = assistant.chain.batch(inputs)
    assert [a.question for a in answers] == [i["question"] for i in inputs]
    assert [a.lang for a in answers] == ["en", "ko", "en"] and [a.abstained for a in answers] == [False, False, True]


def test_chain_is_a_step_in_a_bigger_pipe(assistant):
    pipe = (
        RunnableLambda(lambda q: {"question": q, "history": []})
        | assistant.chain
        | RunnableLambda(lambda a: [c.n for c in a.citations])
    )
    numbers = pipe.invoke(QUESTION)
    assert numbers == list(range(1, len(numbers) + 1)) and numbers
