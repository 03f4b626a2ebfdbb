"""Thumbs up/down on answers, kept locally in SQLite beside the store and exported as eval-set JSONL.

One row per rated answer (rating again replaces it), owned by the person who rated it: a person's
export holds only their own ratings; an admin's holds everyone's. The export writes the fields of
eval/data/golden.jsonl, so a liked answer becomes a regression question: its expected substring is
the stretch of the answer that the cited passage states word for word. A disliked answer is exported
with empty expectations (id `fb-down-...`) for a person to fill in.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from assistant.errors import AssistantError
from assistant.settings import Settings
from assistant.state_db import open_db

FILE = "feedback.sqlite"
Rating = Literal["up", "down"]
_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    answer_id  TEXT PRIMARY KEY,
    question   TEXT NOT NULL,
    answer     TEXT NOT NULL,
    lang       TEXT NOT NULL,
    intent     TEXT NOT NULL,
    abstained  INTEGER NOT NULL,
    citations  TEXT NOT NULL,  -- JSON list of Citation.to_dict()
    history    TEXT NOT NULL,  -- JSON list of the earlier questions of the conversation
    rating     TEXT NOT NULL CHECK (rating IN ('up', 'down')),
    created_at TEXT NOT NULL,  -- UTC, ISO 8601
    person     TEXT NOT NULL DEFAULT ''  -- who rated; '' for ratings from before people
)
"""
_COLUMNS = "answer_id, question, answer, lang, intent, abstained, citations, history, rating, created_at, person"
_REF = re.compile(r"\s*\[\d+\]")
_SENTENCE = re.compile(r"(?<=[.!?다요])\s+|\n+")
_EDGE = " \t-*#>|:"
SNIPPET = (5, 40)  # the golden set's bounds on an expected substring


class FeedbackError(AssistantError):
    """The feedback file cannot be read or written."""


@dataclass(frozen=True)
class Feedback:
    answer_id: str
    question: str
    answer: str
    lang: str
    intent: str
    abstained: bool
    citations: list[dict[str, Any]]
    history: list[str]
    rating: Rating
    created_at: str
    person: str = ""


class FeedbackStore:
    """A small SQLite file; each call opens its own connection, so Streamlit sessions can share it."""

    def __init__(self, path: Path):
        self.path = Path(path)

    @classmethod
    def for_settings(cls, settings: Settings) -> FeedbackStore:
        return cls(settings.state_dir / FILE)

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        with open_db(self.path, _SCHEMA, FeedbackError, "feedback") as con:
            columns = {row[1] for row in con.execute("PRAGMA table_info(feedback)")}
            if "person" not in columns:  # a file written before ratings had owners
                con.execute("ALTER TABLE feedback ADD COLUMN person TEXT NOT NULL DEFAULT ''")
            yield con

    def rate(
        self,
        answer_id: str,
        answer: Mapping[str, Any],
        rating: Rating | None,
        history: Sequence[str] = (),
        person: str = "",
    ) -> None:
        """Store (or replace) `person`'s rating of one answer, an `Answer.to_dict()`; None withdraws it."""
        with self._db() as con:
            if rating is None:
                con.execute("DELETE FROM feedback WHERE answer_id = ? AND person = ?", (answer_id, person))
                return
            con.execute(
                f"INSERT OR REPLACE INTO feedback ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    answer_id,
                    answer["question"],
                    answer["answer"],
                    answer["lang"],
                    answer.get("intent", "question"),
                    int(bool(answer.get("abstained"))),
                    json.dumps(answer.get("citations") or [], ensure_ascii=False),
                    json.dumps(list(history), ensure_ascii=False),
                    rating,
                    dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    person,
                ),
            )

    def all(self, person: str | None = None) -> list[Feedback]:
        """`person`'s ratings, oldest first; everyone's when `person` is None."""
        if not self.path.exists():
            return []
        where, args = ("", ()) if person is None else (" WHERE person = ?", (person,))
        with self._db() as con:
            rows = con.execute(f"SELECT {_COLUMNS} FROM feedback{where} ORDER BY created_at, rowid", args).fetchall()
        return [
            Feedback(r[0], r[1], r[2], r[3], r[4], bool(r[5]), json.loads(r[6]), json.loads(r[7]), r[8], r[9], r[10])
            for r in rows
        ]

    def count(self, person: str | None = None) -> int:
        return len(self.ratings(person)) if person is not None else len(self.all())

    def ratings(self, person: str | None) -> dict[str, Rating]:
        """Answer id -> rating, for restoring a conversation's thumbs."""
        return {fb.answer_id: fb.rating for fb in self.all(person)}

    def export_jsonl(self, topics: Mapping[str, Sequence[str]] | None = None, person: str | None = None) -> str:
        """`person`'s ratings (everyone's when None) as eval-set JSONL; `topics` maps a source to its topics."""
        items = [to_eval_item(fb, n, topics or {}) for n, fb in enumerate(self.all(person), start=1)]
        return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items)


def to_eval_item(fb: Feedback, n: int, topics: Mapping[str, Sequence[str]]) -> dict[str, Any]:
    """One golden-set record (exactly its fields) for a rated answer."""
    first = fb.citations[0] if fb.citations else None
    topic = next(iter(topics.get(first["source"], ())), "feedback") if first else "feedback"
    item: dict[str, Any] = {
        "id": f"fb-{fb.rating}-{n:03d}",
        "question": fb.question,
        "lang": fb.lang,
        "pair": f"{fb.lang}->{first['lang'] if first else fb.lang}",
        "topic": topic,
        "expect_substrings": [],
        "expect_keywords": [],
        "out_of_scope": False,
        "history": list(fb.history),
    }
    if fb.rating == "up" and fb.abstained:  # a correct refusal
        item.update(pair=f"{fb.lang}->none", topic="out-of-scope", out_of_scope=True)
    elif fb.rating == "up":
        snippet = expectation(fb.answer, [c["text"] for c in fb.citations])
        if snippet:
            keyword = max((w.strip(".,;:!?()[]\"'|") for w in snippet.split()), key=len)
            item["expect_substrings"] = [snippet]
            item["expect_keywords"] = [keyword] if keyword else []
    return item


def expectation(answer: str, passages: Sequence[str]) -> str | None:
    """A 5-40 character stretch of the answer that one cited passage states verbatim."""
    lo, hi = SNIPPET
    for sentence in _SENTENCE.split(_REF.sub("", answer)):
        s = sentence.strip(_EDGE)
        cut = _trim(s, hi)
        if len(cut) >= lo and any(cut in p for p in passages):
            return cut
    for p in passages:  # the answer paraphrased: fall back to the first line of the first passage
        for line in p.splitlines():
            cut = _trim(line.strip(_EDGE), hi)
            if len(cut) >= lo:
                return cut
    return None


def _trim(text: str, limit: int) -> str:
    """A prefix of `text` of at most `limit` characters, cut at a space when it has to be cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space >= SNIPPET[0] else cut).rstrip()
