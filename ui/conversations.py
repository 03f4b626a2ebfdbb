"""Stored chat conversations per person in SQLite beside the store (conversations.sqlite).

A conversation is a list of turns (a question, its `Answer.to_dict()` and the earlier questions it was
read with) owned by one person; every read and write names the owner, so one person never reaches
another's conversations even with a guessed id. Each call opens its own connection, so Streamlit
sessions can share the file.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError
from assistant.settings import Settings
from assistant.state_db import open_db

FILE = "conversations.sqlite"
TITLE_CHARS = 60  # a sidebar line; the full question stays in the first turn
_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS conversations (
        id         TEXT PRIMARY KEY,
        owner      TEXT NOT NULL,
        title      TEXT NOT NULL,
        created_at TEXT NOT NULL,  -- UTC, ISO 8601
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS turns (
        conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        n          INTEGER NOT NULL,
        id         TEXT NOT NULL,  -- the answer's id, which ratings refer to
        question   TEXT NOT NULL,
        answer     TEXT NOT NULL,  -- JSON: Answer.to_dict()
        history    TEXT NOT NULL,  -- JSON: the earlier questions it was read with
        created_at TEXT NOT NULL,
        PRIMARY KEY (conversation_id, n)
    )""",
    "CREATE INDEX IF NOT EXISTS conversations_owner ON conversations (owner, updated_at)",
)


class ConversationError(AssistantError):
    """The conversations file cannot be read or written."""


@dataclass(frozen=True)
class ChatTurn:
    id: str
    question: str
    answer: dict[str, Any]  # Answer.to_dict()
    history: list[str] = field(default_factory=list)

    @classmethod
    def new(cls, answer: dict[str, Any], history: Sequence[str]) -> ChatTurn:
        return cls(new_id(), answer["question"], answer, list(history))


@dataclass(frozen=True)
class Conversation:
    id: str
    owner: str
    title: str
    created_at: str
    updated_at: str
    turns: list[ChatTurn] = field(default_factory=list)


def new_id() -> str:
    """Short, unguessable, URL-safe: a conversation's id travels in the page address."""
    return secrets.token_urlsafe(9)


def title_for(question: str) -> str:
    """The first question on one line, cut at a word near TITLE_CHARS."""
    text = " ".join(question.split())
    if len(text) <= TITLE_CHARS:
        return text
    cut = text[:TITLE_CHARS]
    space = cut.rfind(" ")
    return (cut[:space] if space > TITLE_CHARS // 2 else cut).rstrip(" ,.?") + "…"


class Conversations:
    def __init__(self, path: Path):
        self.path = Path(path)

    @classmethod
    def for_settings(cls, settings: Settings) -> Conversations:
        return cls(settings.state_dir / FILE)

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        with open_db(self.path, _SCHEMA, ConversationError, "conversations") as con:
            con.execute("PRAGMA foreign_keys = ON")
            yield con

    def start(self, owner: str, first_question: str) -> Conversation:
        """A new, empty conversation titled after its first question."""
        now = _now()
        conv = Conversation(new_id(), owner, title_for(first_question), now, now)
        with self._db() as con:
            con.execute("INSERT INTO conversations VALUES (?, ?, ?, ?, ?)", (conv.id, owner, conv.title, now, now))
        return conv

    def add(self, owner: str, conversation_id: str, turn: ChatTurn) -> None:
        """Append a turn; refused unless `owner` owns the conversation."""
        now = _now()
        with self._db() as con:
            self._check_owner(con, owner, conversation_id)
            (n,) = con.execute("SELECT COUNT(*) FROM turns WHERE conversation_id = ?", (conversation_id,)).fetchone()
            con.execute(
                "INSERT INTO turns VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    conversation_id,
                    n,
                    turn.id,
                    turn.question,
                    json.dumps(turn.answer, ensure_ascii=False),
                    json.dumps(turn.history, ensure_ascii=False),
                    now,
                ),
            )
            con.execute("UPDATE conversations SET updated_at = ? WHERE id = ?", (now, conversation_id))

    def owned_by(self, owner: str) -> list[Conversation]:
        """The owner's conversations without their turns, most recently used first."""
        if not self.path.exists():
            return []
        with self._db() as con:
            rows = con.execute(
                "SELECT id, owner, title, created_at, updated_at FROM conversations WHERE owner = ?"
                " ORDER BY updated_at DESC, rowid DESC",
                (owner,),
            ).fetchall()
        return [Conversation(*r) for r in rows]

    def get(self, owner: str, conversation_id: str) -> Conversation | None:
        """The conversation with its turns, or None when it does not exist or belongs to someone else."""
        if not self.path.exists():
            return None
        with self._db() as con:
            row = con.execute(
                "SELECT id, owner, title, created_at, updated_at FROM conversations WHERE id = ? AND owner = ?",
                (conversation_id, owner),
            ).fetchone()
            if row is None:
                return None
            turns = con.execute(
                "SELECT id, question, answer, history FROM turns WHERE conversation_id = ? ORDER BY n",
                (conversation_id,),
            ).fetchall()
        conv_id, owner_, title, created_at, updated_at = row
        return Conversation(
            conv_id,
            owner_,
            title,
            created_at,
            updated_at,
            [ChatTurn(t[0], t[1], json.loads(t[2]), json.loads(t[3])) for t in turns],
        )

    def rename(self, owner: str, conversation_id: str, title: str) -> None:
        title = " ".join(title.split())[: TITLE_CHARS * 2]
        if not title:
            return
        with self._db() as con:
            con.execute(
                "UPDATE conversations SET title = ? WHERE id = ? AND owner = ?", (title, conversation_id, owner)
            )

    def delete(self, owner: str, conversation_id: str) -> None:
        with self._db() as con:
            con.execute("DELETE FROM conversations WHERE id = ? AND owner = ?", (conversation_id, owner))

    @staticmethod
    def _check_owner(con: sqlite3.Connection, owner: str, conversation_id: str) -> None:
        row = con.execute("SELECT owner FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
        if row is None or row[0] != owner:
            raise ConversationError(f"No conversation {conversation_id!r} of {owner!r}: start a new one.")


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
