"""The small SQLite files kept in the state folder (feedback, learner progress, review milestones)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path

from assistant.errors import AssistantError


@contextmanager
def open_db(
    path: Path, schema: str | Sequence[str], error: type[AssistantError], what: str
) -> Iterator[sqlite3.Connection]:
    """A connection in one transaction, schema created on first use; each call opens its own, so
    Streamlit sessions can share the file. Failures become `error`, naming the file and the fix."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(path, timeout=10)) as con:
            for statement in [schema] if isinstance(schema, str) else schema:
                con.execute(statement)
            with con:
                yield con
    except (OSError, sqlite3.Error) as exc:
        raise error(
            f"Cannot use the {what} file {path} ({exc}): make its folder writable, "
            "or point WA_STORE at a writable place."
        ) from exc
