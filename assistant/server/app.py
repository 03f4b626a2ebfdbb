"""The FastAPI application: one `Assistant` per process, shared by every request (it is thread-safe).

Blocking work (retrieval, models, the store) runs in worker threads, at most `WA_MAX_CONCURRENT` at once
so a burst queues instead of thrashing two cores. `create_app()` with no argument loads the Assistant at
start-up (what each uvicorn worker does); tests and `serve` may pass one already loaded. `Serving`
(serving.py) follows the store to each new generation ingest switches in and remembers answers.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from functools import partial
from typing import Any, TypeVar

import anyio
from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.security import APIKeyHeader, HTTPBearer

from assistant.quiet import quiet_third_parties
from assistant.server import errors
from assistant.server.config import ServerSettings
from assistant.server.errors import ApiError
from assistant.server.messages import both, say
from assistant.server.readiness import HealthCache
from assistant.server.security import RateLimiter, is_loopback, match_key, presented_key
from assistant.server.serving import Serving

T = TypeVar("T")


@dataclass
class ServerState:
    config: ServerSettings
    serving: Serving | None = None
    limiter: RateLimiter = field(init=False)
    workers: anyio.CapacityLimiter | None = None
    health: HealthCache = field(default_factory=HealthCache)
    started: float = field(default_factory=time.time)

    def __post_init__(self) -> None:
        self.limiter = RateLimiter(self.config.rate_limit)

    def serve(self, assistant: Any) -> None:
        self.serving = Serving(assistant, self.config.answer_cache)

    @property
    def assistant(self) -> Any:
        """The Assistant loaded now (`await state.run(state.serving.current)` also follows a rebuild)."""
        return self.serving.assistant if self.serving else None

    async def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run blocking assistant work in a thread, within the concurrency limit."""
        if self.workers is None:
            self.workers = anyio.CapacityLimiter(self.config.max_concurrent)
        return await anyio.to_thread.run_sync(partial(fn, *args, **kwargs), limiter=self.workers)


def load_assistant() -> Any:
    from assistant.core import Assistant
    from assistant.settings import load_settings

    assistant = Assistant.load(load_settings())
    assistant.warm()
    return assistant


def create_app(assistant: Any = None, config: ServerSettings | None = None) -> FastAPI:
    quiet_third_parties()  # the app factory is the server's entry point (uvicorn --factory, workers)
    state = ServerState(config or ServerSettings())
    if assistant is not None:
        state.serve(assistant)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if state.serving is None:
            state.serve(await anyio.to_thread.run_sync(load_assistant))
        yield

    app = FastAPI(
        title="wa-assistant",
        version=_version(),
        lifespan=lifespan,
        description=(
            "Grounded, bilingual (Korean/English) answers over the AWS Well-Architected knowledge base. "
            "Send an API key as `Authorization: Bearer KEY` when the server has WA_API_KEYS; "
            "`/v1/chat/completions` speaks the OpenAI chat completions protocol (model `wa-assistant`)."
        ),
    )
    app.state.wa = state
    app.add_middleware(BodyLimit, limit=state.config.max_body_bytes)
    errors.install(app)

    from assistant.server.routes import health_router, v1_router

    app.include_router(health_router)
    app.include_router(v1_router, dependencies=[Depends(guard)])
    return app


_bearer = HTTPBearer(auto_error=False, description="An API key from WA_API_KEYS.")
_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="An API key from WA_API_KEYS.")


async def guard(request: Request, _b: Any = Depends(_bearer), _h: Any = Depends(_header)) -> str:
    """Who is asking (a key's fingerprint, or the loopback address), after the key and the rate limit."""
    state: ServerState = request.app.state.wa
    headers = {k.lower(): v for k, v in request.headers.items()}
    keys = state.config.keys
    if keys:
        presented = presented_key(headers)
        if presented is None:
            raise ApiError(401, "no_key", {"WWW-Authenticate": "Bearer"})
        identity = match_key(presented, keys)
        if identity is None:
            raise ApiError(401, "bad_key", {"WWW-Authenticate": "Bearer"})
    else:
        host = request.client.host if request.client else None
        if not is_loopback(host, headers):
            raise ApiError(403, "loopback_only")
        identity = f"client:{host}"
    if wait := state.limiter.wait_for(identity):
        raise ApiError(429, "rate_limited", {"Retry-After": str(wait)}, seconds=wait)
    return identity


class BodyLimit:
    """Refuse a request body over `limit` bytes before any of it is parsed (Content-Length or counted)."""

    def __init__(self, app: Any, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._refuse(scope, receive, send)
            return
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            more = message.get("more_body", False)
            if size > self.limit:
                await self._refuse(scope, receive, send)
                return
        replayed = False

        async def replay() -> dict[str, Any]:
            nonlocal replayed
            if replayed:
                return dict(await receive())
            replayed = True
            return {"type": "http.request", "body": b"".join(chunks), "more_body": False}

        await self.app(scope, replay, send)

    async def _refuse(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        lang = "ko" if b"ko" in dict(scope.get("headers") or []).get(b"accept-language", b"")[:2].lower() else "en"
        response = JSONResponse(
            errors.body(
                "body_too_large",
                say("body_too_large", lang, limit=self.limit),
                both("body_too_large", limit=self.limit),
            ),
            413,
            headers={"Connection": "close"},
        )
        await response(scope, receive, send)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("wa-assistant")
    except PackageNotFoundError:
        return "0.0.0"
