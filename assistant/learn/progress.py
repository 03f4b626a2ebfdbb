"""Learners' progress in SQLite beside the store (learn.sqlite): quiz results, pass marks, the review schedule.

A step is done only once a quiz on it has been passed (the pass mark, 3 of 4 by default, is a share
of the quiz's questions). Every attempt is kept, so the status shows the best and the last score.
Missed questions enter a Leitner schedule: box 1 is due at once; each right review moves an item up
a box (due 1, 3, 7, 14 days later) and a right answer from the top box retires it; a wrong answer
sends it back to box 1. Everything is keyed by a named learner: there is no shared default.
Each call opens its own connection, so the CLI and Streamlit sessions can share the file.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError
from assistant.learn.path import STEP_IDS, LearnError, check_lang
from assistant.messages import bilingual
from assistant.settings import Settings
from assistant.state_db import open_db

FILE = "learn.sqlite"
MAX_NAME = 64
DEFAULT_PASS_MARK = Fraction(3, 4)
PASS_MARK_ENV = "WA_LEARN_PASS_MARK"
BOX_DAYS = {1: 0, 2: 1, 3: 3, 4: 7, 5: 14}  # Leitner box -> days until due after moving there
_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS learners (
        name       TEXT PRIMARY KEY,
        lang       TEXT NOT NULL CHECK (lang IN ('en', 'ko')),
        updated_at TEXT NOT NULL
    )""",
    # `attempts` (before pass marks, when any finished quiz counted as done) is left unread on purpose
    """CREATE TABLE IF NOT EXISTS results (
        id          INTEGER PRIMARY KEY,
        learner     TEXT NOT NULL,
        step        TEXT NOT NULL,
        score       INTEGER NOT NULL,
        total       INTEGER NOT NULL,
        passed      INTEGER NOT NULL,
        seed        INTEGER NOT NULL,
        lang        TEXT NOT NULL,
        finished_at TEXT NOT NULL  -- UTC, ISO 8601
    )""",
    """CREATE TABLE IF NOT EXISTS reviews (
        learner    TEXT NOT NULL,
        step       TEXT NOT NULL,
        item       TEXT NOT NULL,  -- the question's key (kind:subject)
        box        INTEGER NOT NULL,
        due        TEXT NOT NULL,  -- UTC, ISO 8601
        misses     INTEGER NOT NULL,
        PRIMARY KEY (learner, step, item)
    )""",
)


class ProgressError(AssistantError):
    """The progress file cannot be read or written."""


@dataclass(frozen=True)
class StepStatus:
    step: str
    done: bool  # passed at least once
    attempts: int
    best: int | None  # right answers in the best attempt
    last: int | None
    total: int | None  # questions in the last attempt
    last_at: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ReviewItem:
    step: str
    item: str
    box: int
    due: str
    misses: int


@dataclass(frozen=True)
class LearnerSummary:
    """One line of the team lead's report."""

    learner: str
    lang: str
    passed: int  # steps passed
    steps: int
    next_step: str | None
    attempts: int
    due: int  # review items due now
    struggling: list[str]  # steps tried but not passed yet
    last_at: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def check_learner(name: str | None) -> str:
    name = (name or "").strip()
    if not name or len(name) > MAX_NAME:
        raise LearnError(bilingual("errors.learn.name", max=MAX_NAME))
    return name


def pass_mark(value: str | None = None) -> Fraction:
    """The share of right answers that passes a quiz: "3/4", "0.75" or "75%"; default WA_LEARN_PASS_MARK or 3/4."""
    raw = (value if value is not None else os.environ.get(PASS_MARK_ENV, "")).strip()
    if not raw:
        return DEFAULT_PASS_MARK
    try:
        mark = Fraction(raw[:-1]) / 100 if raw.endswith("%") else Fraction(raw)
    except (ValueError, ZeroDivisionError):
        mark = Fraction(-1)
    if not 0 < mark <= 1:
        raise LearnError(bilingual("errors.learn.pass_mark", raw=raw))
    return mark


def needed(total: int, mark: Fraction = DEFAULT_PASS_MARK) -> int:
    """Right answers needed to pass a quiz of `total` questions (3 of 4 at the default mark)."""
    return math.ceil(mark * total)


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

    def record(
        self, learner: str, step: str, score: int, total: int, seed: int, lang: str, mark: Fraction = DEFAULT_PASS_MARK
    ) -> bool:
        """Keep one finished quiz and the learner's language; True if it passed (the step is then done)."""
        learner, lang = check_learner(learner), check_lang(lang)
        if step not in STEP_IDS or not 0 <= score <= total or total < 1:
            raise LearnError(f"Cannot record {score}/{total} on step {step!r}.")
        passed = score >= needed(total, mark)
        now = _now()
        with self._db() as con:
            con.execute(
                "INSERT INTO results (learner, step, score, total, passed, seed, lang, finished_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (learner, step, score, total, int(passed), seed, lang, now),
            )
            con.execute("INSERT OR REPLACE INTO learners VALUES (?, ?, ?)", (learner, lang, now))
        return passed

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
        """One line per step, in path order: passed or not, attempts, best and last score."""
        rows: list[tuple[Any, ...]] = []
        if self.path.exists():
            with self._db() as con:
                rows = con.execute(
                    "SELECT step, score, total, passed, finished_at FROM results WHERE learner = ? ORDER BY id",
                    (learner.strip(),),
                ).fetchall()
        out = []
        for step in steps:
            mine = [r for r in rows if r[0] == step]
            last = mine[-1] if mine else None
            out.append(
                StepStatus(
                    step=step,
                    done=any(r[3] for r in mine),
                    attempts=len(mine),
                    best=max(r[1] for r in mine) if mine else None,
                    last=last[1] if last else None,
                    total=last[2] if last else None,
                    last_at=last[4] if last else None,
                )
            )
        return out

    def next_step(self, learner: str) -> str | None:
        """The first step not passed yet, None when the path is finished."""
        return next((s.step for s in self.status(learner) if not s.done), None)

    def learners(self) -> list[str]:
        if not self.path.exists():
            return []
        with self._db() as con:
            return [r[0] for r in con.execute("SELECT name FROM learners ORDER BY name")]

    # --- review of mistakes (Leitner) ---------------------------------------------------------
    def missed(self, learner: str, step: str, item: str, now: dt.datetime | None = None) -> None:
        """A question answered wrongly: into box 1, due at once."""
        learner = check_learner(learner)
        at = (now or _utcnow()).isoformat(timespec="seconds")
        with self._db() as con:
            con.execute(
                "INSERT INTO reviews VALUES (?, ?, ?, 1, ?, 1) ON CONFLICT (learner, step, item)"
                " DO UPDATE SET box = 1, due = excluded.due, misses = misses + 1",
                (learner, step, item, at),
            )

    def reviewed(self, learner: str, step: str, item: str, right: bool, now: dt.datetime | None = None) -> int | None:
        """A review answer: right moves the item up a box (None once retired), wrong sends it to box 1."""
        learner, now = check_learner(learner), now or _utcnow()
        with self._db() as con:
            row = con.execute(
                "SELECT box FROM reviews WHERE learner = ? AND step = ? AND item = ?", (learner, step, item)
            ).fetchone()
            if row is None:
                return None
            box = row[0] + 1 if right else 1
            if box > max(BOX_DAYS):
                con.execute("DELETE FROM reviews WHERE learner = ? AND step = ? AND item = ?", (learner, step, item))
                return None
            due = (now + dt.timedelta(days=BOX_DAYS[box])).isoformat(timespec="seconds")
            con.execute(
                "UPDATE reviews SET box = ?, due = ?, misses = misses + ? WHERE learner = ? AND step = ? AND item = ?",
                (box, due, int(not right), learner, step, item),
            )
        return box

    def review_items(self, learner: str, now: dt.datetime | None = None, due_only: bool = True) -> list[ReviewItem]:
        """The learner's review items, the longest overdue first; only those due at `now` by default."""
        if not self.path.exists():
            return []
        at = (now or _utcnow()).isoformat(timespec="seconds")
        query = "SELECT step, item, box, due, misses FROM reviews WHERE learner = ?"
        args: tuple[Any, ...] = (learner.strip(),)
        if due_only:
            query, args = query + " AND due <= ?", (*args, at)
        with self._db() as con:
            rows = con.execute(query + " ORDER BY due, box, step, item", args).fetchall()
        return [ReviewItem(*r) for r in rows]

    def summary(self, learner: str, now: dt.datetime | None = None) -> LearnerSummary:
        rows = self.status(learner)
        dates = [r.last_at for r in rows if r.last_at]
        return LearnerSummary(
            learner=learner,
            lang=self.lang(learner) or "en",
            passed=sum(r.done for r in rows),
            steps=len(rows),
            next_step=next((r.step for r in rows if not r.done), None),
            attempts=sum(r.attempts for r in rows),
            due=len(self.review_items(learner, now)),
            struggling=[r.step for r in rows if r.attempts and not r.done],
            last_at=max(dates) if dates else None,
        )


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _now() -> str:
    return _utcnow().isoformat(timespec="seconds")
