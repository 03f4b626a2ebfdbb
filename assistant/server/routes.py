"""The endpoints. Each returns what the matching CLI command prints with `--json`."""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse, StreamingResponse

from assistant.core import check_question
from assistant.errors import AssistantError
from assistant.server import openai_compat as oai
from assistant.server.app import ServerState
from assistant.server.errors import ApiError, domain_error_response
from assistant.server.readiness import RETRY_AFTER_S, readiness
from assistant.server.schemas import AskRequest, ChatRequest, PartnerRequest, RetrieveRequest, SupportRequest
from assistant.types import Answer, Turn

health_router = APIRouter(tags=["health"])
v1_router = APIRouter(prefix="/v1", tags=["assistant"])
_END = object()


def _state(request: Request) -> ServerState:
    return request.app.state.wa


def _history(state: ServerState, turns: list[Turn]) -> list[Turn]:
    limit = state.config.max_history_turns
    if len(turns) > limit:
        raise ApiError(400, "too_much_history", n=len(turns), limit=limit)
    return turns


@health_router.get("/healthz", summary="Liveness: the process answers.")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@health_router.get(
    "/readyz", summary="Readiness: the store is complete (as `wa-assistant status` reads it) and loaded."
)
async def readyz(request: Request) -> JSONResponse:
    state = _state(request)
    code, body = await state.run(readiness, state.serving, state.health)
    return JSONResponse(body, code, headers=None if code == 200 else {"Retry-After": RETRY_AFTER_S})


async def _current(state: ServerState) -> Any:
    """The Assistant for this request, after following a rebuild of the store (serving.py)."""
    return (await state.run(state.serving.current)).assistant


@v1_router.get("/status", summary="The store, the models and the limits this server runs with.")
async def status(request: Request) -> dict[str, Any]:
    state = _state(request)
    a, cfg = await _current(state), state.config
    settings = a.settings
    try:
        in_store: int | None = await state.run(a.retriever.reader.ping)
        reachable = True
    except AssistantError:
        in_store, reachable = None, False
    return {
        "version": request.app.version,
        "store": {
            "kind": "server" if settings.remote_store else "embedded",
            "location": f"{settings.chroma_host}:{settings.chroma_port}"
            if settings.remote_store
            else str(settings.store),
            "reachable": reachable,
            "chunks_loaded": a.chunk_count,
            "chunks_in_store": in_store,
            "stale": in_store is not None and in_store != a.chunk_count,
        },
        "generation": state.serving.loaded.generation,
        "reloads": state.serving.reloads,
        "embeddings": settings.embeddings,
        "composer": getattr(a.composer, "name", type(a.composer).__name__),
        "auth": "api_keys" if cfg.keys else "loopback_only",
        "limits": {
            "max_question_chars": settings.max_question_chars,
            "max_body_bytes": cfg.max_body_bytes,
            "max_history_turns": cfg.max_history_turns,
            "rate_limit_per_minute": cfg.rate_limit,
            "max_concurrent": cfg.max_concurrent,
        },
        "caches": {
            "answers": state.serving.answers.stats().to_dict(),
            "query_vectors": {s.name: s.query_cache.stats().to_dict() for s in a.retriever.spaces},
        },
        "uptime_s": round(time.time() - state.started, 1),
    }


@v1_router.post("/ask", summary="Answer a question with numbered citations (the `ask --json` object).")
async def ask(request: Request, body: AskRequest, response: Response) -> dict[str, Any]:
    state = _state(request)
    history = _history(state, [t.to_turn() for t in body.history])
    answer, cached = await state.run(state.serving.ask, body.question, history)
    response.headers["X-WA-Cache"] = "hit" if cached else "miss"
    return answer.to_dict()


@v1_router.post("/retrieve", summary="The passages the retriever finds, best first (the `retrieve --json` object).")
async def retrieve(request: Request, body: RetrieveRequest) -> dict[str, Any]:
    state = _state(request)
    return (await state.run((await _current(state)).retrieve, body.query, body.k)).to_dict()


@v1_router.post("/recommend/support", summary="An AWS Support plan for a need (the `recommend support --json` object).")
async def recommend_support(request: Request, body: SupportRequest) -> dict[str, Any]:
    state = _state(request)
    if body.need:
        check_question(body.need, state.assistant.settings.max_question_chars)
    rec = await state.run(state.assistant.recommend_support, body.need, body.needs, body.budget, body.as_of)
    return rec.to_dict()


@v1_router.post(
    "/recommend/partner", summary="A kind of AWS partner for a need (the `recommend partner --json` object)."
)
async def recommend_partner(request: Request, body: PartnerRequest) -> dict[str, Any]:
    state = _state(request)
    need = check_question(body.need, state.assistant.settings.max_question_chars)
    return (await state.run(state.assistant.recommend_partner, need)).to_dict()


@v1_router.get("/models", summary="The one model this server offers, for OpenAI clients that list models first.")
async def models() -> dict[str, Any]:
    return {"object": "list", "data": [{"id": oai.MODEL, "object": "model", "created": 0, "owned_by": "wa-assistant"}]}


@v1_router.post("/chat/completions", summary="OpenAI-compatible chat completions; `stream: true` sends SSE.")
async def chat_completions(request: Request, body: ChatRequest) -> Any:
    state = _state(request)
    if body.model not in (oai.MODEL, ""):
        raise ApiError(404, "unknown_model", model=body.model)
    question, history = oai.split_messages(body.messages)
    if question is None:
        raise ApiError(400, "no_user_message")
    history = _history(state, history)
    check_question(question, state.assistant.settings.max_question_chars)
    items = state.serving.stream(question, history)
    if not body.stream:
        answer = await state.run(_last, items)
        return oai.completion(answer)
    try:  # the first delta before the 200 goes out: a lost store is a 503, not a broken stream
        head = await state.run(_next, items)
    except AssistantError as exc:
        return domain_error_response(request, exc)
    chunks = oai.stream_chunks(itertools.chain([] if head is _END else [head], items))
    return StreamingResponse(_sse(state, chunks), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})


def _last(items: Iterator[str | Answer]) -> Answer:
    *_, answer = items
    assert isinstance(answer, Answer)
    return answer


def _next(it: Iterator[Any]) -> Any:
    return next(it, _END)


async def _sse(state: ServerState, chunks: Iterator[dict[str, Any]]) -> AsyncIterator[str]:
    """Server-sent events: one `data:` line per chunk, then `data: [DONE]`; an error mid-way is an error event."""
    try:
        while (item := await state.run(_next, chunks)) is not _END:
            yield f"data: {json.dumps(item, ensure_ascii=False)}\n\n"
    except AssistantError as exc:
        error = {"error": {"type": type(exc).__name__, "message": str(exc)}}
        yield f"data: {json.dumps(error, ensure_ascii=False)}\n\n"
    yield "data: [DONE]\n\n"
