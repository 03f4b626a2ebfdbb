"""An optional LLM composer: any LangChain chat model, given only the retrieved passages.

Grounded or silent: the model must cite passages as [n]; an answer that cites nothing, or says it
cannot answer, becomes an abstention. Each claim is then checked against the passage it cites
(assistant/answer/grounding.py); if any claim brings numbers or names its passage lacks, the answer is
replaced by the offline composer's, with a note that says so. Passages flagged hostile at ingest
(they address the assistant) are never shown to the model. Error texts never carry the API key.
Configured with WA_LLM_BASE_URL (an OpenAI-compatible endpoint).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from assistant.answer.compose import Composer, Composition, OfflineComposer
from assistant.answer.grounding import check
from assistant.answer.sources import located
from assistant.errors import ConfigError, LLMError
from assistant.messages import say
from assistant.redact import redact
from assistant.settings import Settings
from assistant.text import CITATION_MARK
from assistant.types import Hit, Turn

NO_ANSWER = "NO_ANSWER"
LANG_NAME = {"ko": "Korean", "en": "English"}

SYSTEM = (
    "You answer questions about the AWS Well-Architected Framework, AWS Support plans and the AWS "
    "partner ecosystem using ONLY the numbered passages given. Write 1-5 short sentences in {lang}. "
    "End every sentence with the number of the passage that states it, like [1] or [2]. Keep AWS "
    "names in English. If the passages do not answer the question, reply with exactly " + NO_ANSWER + "."
)


def format_passages(hits: list[Hit]) -> str:
    return "\n\n".join(
        f"[{n}] ({located(h.chunk.source, h.chunk.page, h.chunk.lang)} > {h.chunk.section})\n{h.chunk.text}"
        for n, h in enumerate(hits, start=1)
    )


class LLMComposer:
    name = "llm"

    def __init__(
        self, model: Any, max_passages: int = 5, fallback: Composer | None = None, secrets: list[str] | None = None
    ):
        self.model = model
        self.max_passages = max_passages
        self.fallback = fallback or OfflineComposer()
        self.secrets = [s for s in (secrets or []) if s]
        self.last_rejected: list[tuple[str, list[str]]] = []  # claims the grounding check refused, for eval/debug

    @classmethod
    def from_settings(cls, settings: Settings) -> LLMComposer:
        try:
            from langchain_openai import ChatOpenAI
            from pydantic import SecretStr
        except ImportError as exc:
            raise ConfigError(
                'WA_LLM_BASE_URL is set: install the LLM extra with `.venv/bin/pip install -e ".[llm]"`, '
                "or unset it to use the offline composer."
            ) from exc
        model = ChatOpenAI(
            base_url=settings.llm_base_url,
            model=settings.llm_model,
            api_key=SecretStr(settings.llm_api_key or "not-needed"),
            timeout=settings.llm_timeout,
            max_retries=0,
            temperature=0,
        )
        return cls(model, secrets=[settings.llm_api_key or ""])

    def messages(self, question: str, lang: str, hits: list[Hit], history: list[Turn]) -> list[tuple[str, str]]:
        msgs = [("system", SYSTEM.format(lang=LANG_NAME.get(lang, "English")))]
        for turn in history[-3:]:
            msgs.append(("human", turn.question))
            if turn.answer:
                msgs.append(("ai", turn.answer))
        msgs.append(("human", f"Passages:\n\n{format_passages(hits)}\n\nQuestion: {question}"))
        return msgs

    def compose(self, question: str, lang: str, hits: list[Hit], history: list[Turn]) -> Composition:
        hits = [h for h in hits if not h.chunk.hostile][: self.max_passages]
        try:
            reply = self.model.invoke(self.messages(question, lang, hits, history))
        except Exception as exc:
            raise self._failed(exc) from None
        return self._checked(str(getattr(reply, "content", reply)).strip(), question, lang, hits, history)

    def stream(self, question: str, lang: str, hits: list[Hit], history: list[Turn]) -> Iterator[str | Composition]:
        """The model's tokens as they arrive, then the checked `Composition`, whose text is the final word
        (renumbered citations, or the offline answer when a claim is not in its passage)."""
        hits = [h for h in hits if not h.chunk.hostile][: self.max_passages]
        parts: list[str] = []
        try:
            for chunk in self.model.stream(self.messages(question, lang, hits, history)):
                piece = str(getattr(chunk, "content", chunk))
                if piece:
                    parts.append(piece)
                    yield piece
        except Exception as exc:
            raise self._failed(exc) from None
        yield self._checked("".join(parts).strip(), question, lang, hits, history)

    def _failed(self, exc: Exception) -> LLMError:
        detail = redact(" ".join(f"{type(exc).__name__}: {exc}".split())[:300], self.secrets)
        return LLMError(
            f"The LLM at WA_LLM_BASE_URL failed ({detail}). "
            "Check that it is running, or unset WA_LLM_BASE_URL to answer offline."
        )

    def _checked(self, text: str, question: str, lang: str, hits: list[Hit], history: list[Turn]) -> Composition:
        comp = renumber(text, hits)
        sources = [f"{h.chunk.section}\n{h.chunk.text}" for h in comp.cited]
        self.last_rejected = check(comp.text, sources) if comp.cited else []
        if not self.last_rejected:
            return comp
        offline = self.fallback.compose(question, lang, hits, history)
        if not offline.cited:
            return offline
        note = say("llm.fallback", lang)
        return Composition(f"{note}\n\n{offline.text}", offline.cited)


def renumber(text: str, hits: list[Hit]) -> Composition:
    """Keep only citations that name a passage, number them in order of use, drop uncited answers."""
    if not text or NO_ANSWER in text:
        return Composition("", [])
    order: list[int] = []
    for m in CITATION_MARK.finditer(text):
        n = int(m.group(1))
        if 1 <= n <= len(hits) and n not in order:
            order.append(n)
    if not order:
        return Composition("", [])
    new = {old: i for i, old in enumerate(order, start=1)}

    def sub(m: re.Match[str]) -> str:
        n = int(m.group(1))
        return f"[{new[n]}]" if n in new else ""

    return Composition(CITATION_MARK.sub(sub, text).strip(), [hits[n - 1] for n in order])
