"""The LCEL chain: rewrite a follow-up -> retrieve -> compose (or abstain) -> Answer."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any

from langchain_core.runnables import Runnable, RunnableLambda

from assistant.compose import Composer
from assistant.lexical import detect_lang, tokenize
from assistant.retriever import HybridRetriever
from assistant.types import Answer, Citation, Hit, Turn

_FOLLOWUP = re.compile(
    r"^(and|also|what about|how about|then|so|but|그럼|그러면|그리고|그건|그거|그게|이건|그 중|거기|또)\b|"
    r"\b(it|its|that|this|they|them|those|these|one)\b|그것|그건|그게|그거|이것|이건|거기|그 플랜|해당|위의|앞의",
    re.IGNORECASE,
)

ABSTAIN = {
    "ko": "지식 베이스에 이 질문에 답할 근거가 없어 답하지 않겠습니다.",
    "en": "The knowledge base does not cover this question, so I won't guess.",
}
CLOSEST = {"ko": "가장 가까운 자료:", "en": "Closest sources:"}


def rewrite(question: str, history: list[Turn]) -> str:
    """Make a follow-up self-contained by carrying the previous question's words along."""
    if not history:
        return question
    if _FOLLOWUP.search(question) or len(tokenize(question)) <= 4:
        return f"{history[-1].question} {question}"
    return question


Router = Callable[[str, str], "Answer | None"]


def build_chain(
    retriever: HybridRetriever, composer: Composer, k: int, router: Router | None = None
) -> Runnable[dict[str, Any], Answer]:
    """The chain; `router` may answer a message itself (a recommender) before retrieval runs."""

    def _rewrite(inp: dict[str, Any]) -> dict[str, Any]:
        history = inp.get("history") or []
        lang = detect_lang(inp["question"])
        return {**inp, "lang": lang, "query": rewrite(inp["question"], history), "history": history}

    def _route(state: dict[str, Any]) -> dict[str, Any]:
        t0 = time.perf_counter()
        routed = router(state["question"], state["lang"]) if router else None
        if routed is not None:
            routed.timings_ms = {"retrieve": 0.0, "compose": (time.perf_counter() - t0) * 1000}
        return {**state, "routed": routed}

    def _retrieve(state: dict[str, Any]) -> dict[str, Any]:
        if state["routed"] is not None:
            return state
        t0 = time.perf_counter()
        retrieval = retriever.retrieve(state["query"], k=k)
        return {**state, "retrieval": retrieval, "t_retrieve": (time.perf_counter() - t0) * 1000}

    def _compose(state: dict[str, Any]) -> Answer:
        if state["routed"] is not None:
            return state["routed"]
        t0 = time.perf_counter()
        r, lang = state["retrieval"], state["lang"]
        comp = composer.compose(state["query"], lang, r.hits, state["history"]) if r.in_scope else None
        timings = {"retrieve": state["t_retrieve"]}
        if comp is None or not comp.cited:
            answer = abstain(state["question"], lang, r.hits)
        else:
            cites = [Citation.from_hit(n, h) for n, h in enumerate(comp.cited, start=1)]
            answer = Answer(state["question"], comp.text, False, lang, "question", cites, timings)
        answer.timings_ms = {**timings, "compose": (time.perf_counter() - t0) * 1000}
        return answer

    return RunnableLambda(_rewrite) | RunnableLambda(_route) | RunnableLambda(_retrieve) | RunnableLambda(_compose)


def abstain(question: str, lang: str, hits: list[Hit]) -> Answer:
    """Say plainly that the corpus does not support an answer, and point at the closest sources."""
    suggestions = [Citation.from_hit(n, h) for n, h in enumerate(hits[:3], start=1)]
    lines = [ABSTAIN[lang]]
    if suggestions:
        lines.append(CLOSEST[lang])
        lines += [f"- {s.section} ({s.source})" for s in suggestions]
    return Answer(question, "\n".join(lines), True, lang, "out_of_scope", [], {}, suggestions)
