"""The data that crosses module boundaries, as plain dataclasses with `to_dict` for JSON."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Lang = Literal["ko", "en"]


@dataclass(frozen=True)
class Chunk:
    """One retrievable passage of a corpus file."""

    id: str
    text: str
    source: str  # path relative to the repo, e.g. corpus/summaries/en/support-plans.md
    title: str
    section: str  # heading path, "AWS Support plans > Business Support"
    lang: str
    kind: str
    topics: tuple[str, ...] = ()
    hostile: bool = False  # the passage addresses the assistant (set at ingest); it never leads an answer
    page: int | None = None  # page of a PDF or slide of a PowerPoint file the passage is on

    @property
    def heading(self) -> str:
        """The passage's own heading: the last part of its heading path."""
        return self.section.rsplit(" > ", 1)[-1]

    @property
    def embed_text(self) -> str:
        """What the dense models see: the heading path gives a passage its subject."""
        return f"{self.section}\n{self.text}"

    def metadata(self) -> dict[str, str | int]:
        meta: dict[str, str | int] = {
            "source": self.source,
            "title": self.title,
            "section": self.section,
            "lang": self.lang,
            "kind": self.kind,
            "topics": ",".join(self.topics),
            "hostile": "1" if self.hostile else "",
        }
        if self.page:  # only when set, so the records of files without pages are unchanged
            meta["page"] = self.page
        return meta

    @classmethod
    def from_record(cls, id: str, text: str, meta: dict[str, Any]) -> Chunk:
        topics = tuple(t for t in str(meta.get("topics", "")).split(",") if t)
        return cls(
            id=id,
            text=text,
            source=str(meta["source"]),
            title=str(meta["title"]),
            section=str(meta["section"]),
            lang=str(meta["lang"]),
            kind=str(meta["kind"]),
            topics=topics,
            hostile=bool(meta.get("hostile")),
            page=int(meta["page"]) if meta.get("page") else None,
        )


@dataclass
class Hit:
    """A chunk with its fused score and what each retriever thought of it."""

    chunk: Chunk
    score: float
    signals: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        c = self.chunk
        d = {
            "id": c.id,
            "source": c.source,
            "title": c.title,
            "section": c.section,
            "lang": c.lang,
            "text": c.text,
            "score": round(self.score, 4),
        }
        if c.page:
            d["page"] = c.page
        return d


@dataclass
class Retrieval:
    query: str
    hits: list[Hit]
    in_scope: bool = True
    scope_reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query, "results": [h.to_dict() for h in self.hits]}


@dataclass
class Citation:
    n: int
    source: str
    title: str
    section: str
    lang: str
    text: str
    score: float
    page: int | None = None  # PDF page or slide number; only in the JSON when set

    @classmethod
    def from_hit(cls, n: int, hit: Hit) -> Citation:
        c = hit.chunk
        return cls(n, c.source, c.title, c.section, c.lang, c.text, round(hit.score, 4), c.page)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        if not self.page:
            d.pop("page")
        return d


@dataclass
class Answer:
    question: str
    answer: str
    abstained: bool
    lang: str
    intent: str
    citations: list[Citation]
    timings_ms: dict[str, float]
    suggestions: list[Citation] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = {
            "question": self.question,
            "answer": self.answer,
            "abstained": self.abstained,
            "lang": self.lang,
            "intent": self.intent,
            "citations": [c.to_dict() for c in self.citations],
            "timings_ms": {k: round(v, 2) for k, v in self.timings_ms.items()},
        }
        if self.suggestions:
            d["suggestions"] = [c.to_dict() for c in self.suggestions]
        return d


@dataclass
class Turn:
    """One exchange of a conversation, kept for follow-up questions."""

    question: str
    answer: str = ""
