"""The LLM composer against a real loopback HTTP endpoint (the only fake: a hosted LLM)."""

from __future__ import annotations

import pytest

pytest.importorskip("langchain_openai", reason='install the extra: pip install -e ".[llm]"')

from assistant import Assistant  # noqa: E402
from assistant.answer.llm import LLMComposer  # noqa: E402
from assistant.errors import LLMError  # noqa: E402
from assistant.settings import load_settings  # noqa: E402
from assistant.types import Answer  # noqa: E402
from tests.llm_fake import fake_llm  # noqa: E402


def llm_assistant(corpus_settings, url: str) -> Assistant:
    settings = load_settings(store=corpus_settings.store, llm_base_url=url, llm_model="fake-model")
    return Assistant.load(settings)


def test_llm_answer_keeps_only_valid_citations(corpus_settings):
    with fake_llm() as llm:
        a = llm_assistant(corpus_settings, llm["url"])
        assert isinstance(a.composer, LLMComposer)
        answer = a.ask("What does the Reliability pillar cover?")
    assert not answer.abstained
    assert answer.answer.endswith("[1] Also see .")  # [9] named no passage and was dropped
    assert len(answer.citations) == 1
    assert answer.answer.split(" [1]")[0] in answer.citations[0].text
    request = llm["requests"][0]
    assert request["model"] == "fake-model"
    assert "[1] (corpus/" in request["messages"][-1]["content"]
    assert "English" in request["messages"][0]["content"]


def test_llm_that_cannot_answer_abstains(corpus_settings):
    with fake_llm("no_answer") as llm:
        answer = llm_assistant(corpus_settings, llm["url"]).ask("게임 데이는 왜 하나요?")
    assert answer.abstained and answer.lang == "ko" and answer.citations == []


def test_uncited_llm_answer_is_not_shown(corpus_settings):
    with fake_llm("uncited") as llm:
        answer = llm_assistant(corpus_settings, llm["url"]).ask("What is loose coupling?")
    assert answer.abstained and "Trust me" not in answer.answer


def test_out_of_scope_question_never_reaches_the_llm(corpus_settings):
    with fake_llm() as llm:
        answer = llm_assistant(corpus_settings, llm["url"]).ask("What is the capital of France?")
        assert answer.abstained and llm["requests"] == []


def test_failing_llm_is_a_clear_error(corpus_settings):
    with fake_llm("error") as llm:
        a = llm_assistant(corpus_settings, llm["url"])
        with pytest.raises(LLMError, match="WA_LLM_BASE_URL"):
            a.ask("What is loose coupling?")


def test_llm_answer_streams_token_by_token(corpus_settings):
    with fake_llm() as llm:
        parts = list(llm_assistant(corpus_settings, llm["url"]).stream("What does the Reliability pillar cover?"))
    assert llm["requests"][-1].get("stream") is True
    pieces, final = parts[:-1], parts[-1]
    assert len(pieces) > 2 and all(isinstance(p, str) for p in pieces)  # several tokens before the end
    assert isinstance(final, Answer) and final.citations and "[1]" in final.answer
