"""The OpenAI chat completions shape around an `Answer`, so any OpenAI client or chat front end can ask.

The reply's content is the answer with its [n] markers and then the sources as a list; the full
citations travel in the extra top-level field `citations` (and `abstained`, `intent`), which OpenAI
clients keep as extra attributes.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from typing import Any

from assistant.answer.sources import answer_sources
from assistant.server.schemas import ChatMessage
from assistant.types import Answer, Turn

MODEL = "wa-assistant"


def split_messages(messages: list[ChatMessage]) -> tuple[str | None, list[Turn]]:
    """The last user message is the question (None if there is none); earlier user/assistant pairs are the history."""
    history: list[Turn] = []
    question: str | None = None
    for m in messages:
        if m.role == "user":
            if question is not None:
                history.append(Turn(question))
            question = m.text
        elif m.role == "assistant" and question is not None:
            history.append(Turn(question, m.text))
            question = None
    if question is None and history and not history[-1].answer:
        question = history.pop().question
    return question, history


def sources_block(answer: Answer) -> str:
    """ "Sources:" and one line per citation, appended to the content so a plain chat window shows them."""
    sources = answer_sources(answer.to_dict())
    if not sources.cited:
        return ""
    lines = [f"[{c.n}] {c.section} — {c.source}" for c in sources.cited]
    return f"\n\n{sources.heading}:\n" + "\n".join(lines)


def extras(answer: Answer) -> dict[str, Any]:
    return {
        "citations": [c.to_dict() for c in answer.citations],
        "abstained": answer.abstained,
        "intent": answer.intent,
    }


def new_id() -> tuple[str, int]:
    return f"chatcmpl-{uuid.uuid4().hex}", int(time.time())


def completion(answer: Answer) -> dict[str, Any]:
    cid, created = new_id()
    return {
        "id": cid,
        "object": "chat.completion",
        "created": created,
        "model": MODEL,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": answer.answer + sources_block(answer)},
                "finish_reason": "stop",
            }
        ],
        **extras(answer),
    }


def chunk(cid: str, created: int, delta: dict[str, Any], finish: str | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "id": cid,
        "object": "chat.completion.chunk",
        "created": created,
        "model": MODEL,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        **extra,
    }


def stream_chunks(items: Iterator[str | Answer]) -> Iterator[dict[str, Any]]:
    """The role, one chunk per text delta, the sources, then an empty delta with finish_reason and citations."""
    cid, created = new_id()
    yield chunk(cid, created, {"role": "assistant", "content": ""})
    for item in items:
        if isinstance(item, Answer):
            if block := sources_block(item):
                yield chunk(cid, created, {"content": block})
            yield chunk(cid, created, {}, "stop", **extras(item))
            return
        if item:
            yield chunk(cid, created, {"content": item})
