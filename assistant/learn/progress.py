"""Learners' progress in SQLite beside the store (learn.sqlite): every finished quiz, and each learner's language.

A step is done once its quiz has been finished; every attempt is kept, so the status shows the best
and the last score. Each call opens its own connection, so the CLI and Streamlit sessions can share it.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError
from assistant.learn.path import STEP_IDS, LearnError, check_lang
from assistant.settings import Settings
from assistant.state_db import open_db

FILE = "learn.sqlite"
MAX_NAME = 64
_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS learners (
        name       TEXT PRIMARY KEY,
        lang       TEXT NOT NULL CHECK (lang IN ('en', 'ko')),
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS attempts (
        id          INTEGER PRIMARY KEY,
        learner     TEXT NOT NULL,
        step        TEXT NOT NULL,
        score       INTEGER NOT NULL,
        total       INTEGER NOT NULL,
        seed        INTEGER NOT NULL,
        lang        TEXT NOT NULL,
        finished_at TEXT NOT NULL  -- UTC, ISO 8601
    )""",
)


class ProgressError(AssistantError):
    """The progress file cannot be read or written."""


@dataclass(frozen=True)
class StepStatus:
    step: str
    done: bool
    attempts: int
    best: int | None  # right answers in the best attempt
    last: int | None
    total: int | None  # questions in the last attempt
    last_at: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def check_learner(name: str) -> str:
    name = name.strip()
    if not name or len(name) > MAX_NAME:
        raise LearnError(f"A learner name has 1 to {MAX_NAME} characters, e.g. --learner minji.")
    return name


class Progress:
    def __init__(self, path: Path):
        self.path = Path(path)

    @classmethod
    def for_settings(cls, settings: Settings) -> Progress:
        return cls(settings.state_dir / FILE)

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        with open_db(self.path, _SCHEMA, ProgressError, "progress") as con:
            yield con

    def record(self, learner: str, step: str, score: int, total: int, seed: int, lang: str) -> None:
        """Keep one finished quiz and remember the learner's language."""
        learner, lang = check_learner(learner), check_lang(lang)
        if step not in STEP_IDS or not 0 <= score <= total:
            raise LearnError(f"Cannot record {score}/{total} on step {step!r}.")
        now = _now()
        with self._db() as con:
            con.execute(
                "INSERT INTO attempts (learner, step, score, total, seed, lang, finished_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (learner, step, score, total, seed, lang, now),
            )
            con.execute("INSERT OR REPLACE INTO learners VALUES (?, ?, ?)", (learner, lang, now))

    def set_lang(self, learner: str, lang: str) -> None:
        with self._db() as con:
            con.execute(
                "INSERT OR REPLACE INTO learners VALUES (?, ?, ?)", (check_learner(learner), check_lang(lang), _now())
            )

    def lang(self, learner: str) -> str | None:
        """The learner's last language, None for a new learner."""
        if not self.path.exists():
            return None
        with self._db() as con:
            row = con.execute("SELECT lang FROM learners WHERE name = ?", (learner.strip(),)).fetchone()
        return row[0] if row else None

    def attempts(self, learner: str, step: str) -> int:
        return next((s.attempts for s in self.status(learner, [step])), 0)

    def status(self, learner: str, steps: Sequence[str] = STEP_IDS) -> list[StepStatus]:
        """One line per step, in path order: attempts, best and last score."""
        rows: list[tuple[Any, ...]] = []
        if self.path.exists():
            with self._db() as con:
                rows = con.execute(
                    "SELECT step, score, total, finished_at FROM attempts WHERE learner = ? ORDER BY id",
                    (learner.strip(),),
                ).fetchall()
        out = []
        for step in steps:
            mine = [r for r in rows if r[0] == step]
            last = mine[-1] if mine else None
            out.append(
                StepStatus(
                    step=step,
                    done=bool(mine),
                    attempts=len(mine),
                    best=max(r[1] for r in mine) if mine else None,
                    last=last[1] if last else None,
                    total=last[2] if last else None,
                    last_at=last[3] if last else None,
                )
            )
        return out

    def next_step(self, learner: str) -> str | None:
        """The first step not done yet, None when the path is finished."""
        return next((s.step for s in self.status(learner) if not s.done), None)

    def learners(self) -> list[str]:
        if not self.path.exists():
            return []
        with self._db() as con:
            return [r[0] for r in con.execute("SELECT name FROM learners ORDER BY name")]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
