"""Every failure as one JSON body, `{"error": {"type", "message", ...}}`, which OpenAI clients also read.

Domain errors keep the CLI's message word for word; the server's own refusals carry both languages.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from assistant.errors import (
    AssistantError,
    BadQuestion,
    ConfigError,
    LLMError,
    StoreCorrupt,
    StoreMissing,
    StoreUnavailable,
)
from assistant.server.messages import both, say

log = logging.getLogger("wa-assistant.server")
RETRY_AFTER_STORE_S = 5
STATUS: list[tuple[type[AssistantError], int]] = [
    (BadQuestion, 400),
    (StoreUnavailable, 503),
    (StoreMissing, 503),
    (StoreCorrupt, 503),
    (LLMError, 502),
    (ConfigError, 500),
]


class ApiError(Exception):
    """A refusal by the server itself (auth, limits, malformed input), by message key."""

    def __init__(self, status: int, key: str, headers: dict[str, str] | None = None, **values: Any):
        super().__init__(key)
        self.status, self.key, self.headers, self.values = status, key, headers or {}, values


def request_lang(request: Request) -> str:
    return "ko" if request.headers.get("accept-language", "").strip().lower().startswith("ko") else "en"


def body(kind: str, message: str, messages: dict[str, str] | None = None) -> dict[str, Any]:
    err: dict[str, Any] = {"type": kind, "code": kind, "message": message}
    if messages:
        err["messages"] = messages
    return {"error": err}


def api_error_response(request: Request, exc: ApiError) -> JSONResponse:
    text = say(exc.key, request_lang(request), **exc.values)
    return JSONResponse(body(exc.key, text, both(exc.key, **exc.values)), exc.status, headers=exc.headers)


def domain_error_response(_request: Request, exc: AssistantError) -> JSONResponse:
    status = next((code for cls, code in STATUS if isinstance(exc, cls)), 500)
    kind = re.sub(r"(?<!^)(?=[A-Z])", "_", type(exc).__name__).lower()
    headers = {"Retry-After": str(RETRY_AFTER_STORE_S)} if status == 503 else None
    return JSONResponse(body(kind, str(exc)), status, headers=headers)


def validation_response(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = exc.errors()
    if any("lone surrogate" in str(e.get("msg", "")) for e in errors):
        return api_error_response(request, ApiError(400, "bad_text"))
    detail = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ()) if p != 'body')}: {e.get('msg')}" for e in errors)
    return api_error_response(request, ApiError(422, "invalid_request", detail=detail))


def http_error_response(request: Request, exc: HTTPException) -> JSONResponse:
    if exc.status_code == 404:
        return api_error_response(request, ApiError(404, "not_found"))
    return JSONResponse(body("http_error", str(exc.detail)), exc.status_code, headers=exc.headers)


def unexpected_response(request: Request, exc: Exception) -> JSONResponse:
    """A bug or an outside failure: logged with its traceback, one line to the client, no internals."""
    log.exception("unhandled error on %s %s", request.method, request.url.path)
    return api_error_response(request, ApiError(500, "internal", kind=type(exc).__name__))


def install(app: Any) -> None:
    app.add_exception_handler(ApiError, api_error_response)
    app.add_exception_handler(AssistantError, domain_error_response)
    app.add_exception_handler(RequestValidationError, validation_response)
    app.add_exception_handler(HTTPException, http_error_response)
    app.add_exception_handler(Exception, unexpected_response)
