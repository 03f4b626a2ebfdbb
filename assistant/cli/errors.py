"""The CLI's edge: every error becomes one line on stderr and its exit code, never a traceback.

Domain errors carry their own code (2 bad input or configuration, 1 failed operation); anything
unexpected is one line with exit 1 (WA_DEBUG=1 shows the traceback). Secrets are masked in all of it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import typer
from rich.console import Console

from assistant.errors import AssistantError, BadQuestion
from assistant.messages import bilingual
from assistant.redact import redact
from assistant.unicode_input import require_valid_unicode

err = Console(stderr=True, highlight=False)
F = TypeVar("F", bound=Callable[..., Any])


def one_line(text: str, limit: int = 400) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def error_line(exc: BaseException) -> str:
    """The text shown for an error: its message, or its type and message when it is not ours; no secrets."""
    text = str(exc) if isinstance(exc, AssistantError) else f"{type(exc).__name__}: {exc}"
    return redact(one_line(text), [os.environ.get("WA_LLM_API_KEY")])


def print_error(exc: BaseException) -> None:
    err.print(f"[bold red]error:[/] {error_line(exc)}", markup=True, soft_wrap=True, emoji=False)


def print_warning(text: str) -> None:
    err.print(f"[bold yellow]warning:[/] {redact(text)}", markup=True, soft_wrap=True, emoji=False)


def friendly(fn: F) -> F:
    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except AssistantError as exc:
            print_error(exc)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            err.print(bilingual("errors.cli.interrupted"))
            raise typer.Exit(130) from None
        except Exception as exc:
            if os.environ.get("WA_DEBUG"):
                raise
            print_error(exc)
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


def check_text(text: str, what: str = "The input") -> str:
    """Refuse text that is not valid Unicode (lone surrogates from invalid UTF-8 bytes in argv or stdin)."""
    return require_valid_unicode(text, what)


def check_argv(argv: list[str]) -> None:
    """Before typer sees them: one line and exit 2 for arguments that are not valid UTF-8."""
    for n, arg in enumerate(argv[1:], start=1):
        try:
            check_text(arg, f"Argument {n}")
        except BadQuestion as exc:
            print_error(exc)
            sys.exit(exc.exit_code)
