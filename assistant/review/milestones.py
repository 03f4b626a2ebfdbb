"""Saved reviews (milestones) per workload in SQLite beside the store (reviews.sqlite), and what changed since the last.

A milestone keeps the answers and the scorecard's numbers as they were, so a later catalog edit does
not rewrite history. Each call opens its own connection, so the CLI and Streamlit sessions can share it.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError
from assistant.messages import bilingual
from assistant.review.questionnaire import Answers
from assistant.review.scoring import Risk, Scorecard
from assistant.settings import Settings
from assistant.state_db import open_db

FILE = "reviews.sqlite"
MAX_NAME = 100
_SCHEMA = """
CREATE TABLE IF NOT EXISTS milestones (
    id         INTEGER PRIMARY KEY,
    workload   TEXT NOT NULL,
    created_at TEXT NOT NULL,  -- UTC, ISO 8601
    lang       TEXT NOT NULL,
    answers    TEXT NOT NULL,  -- JSON: question id -> yes | partly | no | n/a | null
    pillars    TEXT NOT NULL   -- JSON: pillar id -> {"score", "high", "medium"}
)
"""


class MilestoneError(AssistantError):
    """The reviews file cannot be read or written, or a workload name is unusable."""

    exit_code = 2


@dataclass(frozen=True)
class Milestone:
    id: int
    workload: str
    created_at: str
    lang: str
    answers: dict[str, str | None]
    pillars: dict[str, dict[str, Any]]

    def risks(self) -> dict[str, Risk]:
        return {q: level for p in self.pillars.values() for level in ("high", "medium") for q in p[level]}

    def summary(self) -> dict[str, Any]:
        """One history line: counts of risks and the score per pillar."""
        return {
            "milestone": self.id,
            "workload": self.workload,
            "created_at": self.created_at,
            "high": sum(len(p["high"]) for p in self.pillars.values()),
            "medium": sum(len(p["medium"]) for p in self.pillars.values()),
            "scores": {pid: p["score"] for pid, p in self.pillars.items()},
        }


@dataclass(frozen=True)
class Comparison:
    """A new scorecard against the workload's previous milestone."""

    milestone: int
    created_at: str
    resolved: list[str]  # risk items then, answered now without risk
    new: list[str]  # risk items now that were not then
    lowered: list[str]  # high then, medium now
    raised: list[str]  # medium then, high now
    unanswered: list[str]  # risk items then, unanswered now: not known to be resolved
    score_change: dict[str, float | None]  # now minus then; None when either is None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def check_workload(name: str) -> str:
    name = name.strip()
    if not name or len(name) > MAX_NAME:
        raise MilestoneError(bilingual("errors.review.workload_name", max=MAX_NAME))
    return name


def compare(previous: Milestone, card: Scorecard, answers: Answers) -> Comparison:
    """What changed since `previous`; `answers` holds every question id, in catalog order."""
    before, now = previous.risks(), card.risks()
    change: dict[str, float | None] = {}
    for p in card.pillars:
        old = previous.pillars.get(p.id, {}).get("score")
        change[p.id] = None if old is None or p.score is None else round(p.score - old, 4)
    return Comparison(
        milestone=previous.id,
        created_at=previous.created_at,
        resolved=[q for q in answers if q in before and q not in now and answers[q] is not None],
        new=[q for q in answers if q in now and q not in before],
        lowered=[q for q in answers if before.get(q) == "high" and now.get(q) == "medium"],
        raised=[q for q in answers if before.get(q) == "medium" and now.get(q) == "high"],
        unanswered=[q for q in answers if q in before and answers[q] is None],
        score_change=change,
    )


class Milestones:
    def __init__(self, path: Path):
        self.path = Path(path)

    @classmethod
    def for_settings(cls, settings: Settings) -> Milestones:
        return cls(settings.state_dir / FILE)

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        with open_db(self.path, _SCHEMA, MilestoneError, "reviews") as con:
            yield con

    def save(self, workload: str, card: Scorecard, answers: Answers) -> Milestone:
        workload = check_workload(workload)
        pillars = {p.id: {"score": p.score, "high": p.high, "medium": p.medium} for p in card.pillars}
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self._db() as con:
            cur = con.execute(
                "INSERT INTO milestones (workload, created_at, lang, answers, pillars) VALUES (?, ?, ?, ?, ?)",
                (workload, now, card.lang, json.dumps(answers), json.dumps(pillars)),
            )
            rowid = int(cur.lastrowid or 0)
        return Milestone(rowid, workload, now, card.lang, dict(answers), pillars)

    def history(self, workload: str) -> list[Milestone]:
        """The workload's milestones, oldest first."""
        if not self.path.exists():
            return []
        with self._db() as con:
            rows = con.execute(
                "SELECT id, workload, created_at, lang, answers, pillars FROM milestones"
                " WHERE workload = ? ORDER BY id",
                (workload.strip(),),
            ).fetchall()
        return [Milestone(r[0], r[1], r[2], r[3], json.loads(r[4]), json.loads(r[5])) for r in rows]

    def latest(self, workload: str) -> Milestone | None:
        found = self.history(workload)
        return found[-1] if found else None

    def workloads(self) -> list[str]:
        if not self.path.exists():
            return []
        with self._db() as con:
            return [r[0] for r in con.execute("SELECT DISTINCT workload FROM milestones ORDER BY workload")]

    def count(self) -> int:
        if not self.path.exists():
            return 0
        with self._db() as con:
            return int(con.execute("SELECT COUNT(*) FROM milestones").fetchone()[0])
