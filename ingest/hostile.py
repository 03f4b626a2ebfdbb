"""Find passages that address the assistant instead of the reader (prompt injection in a corpus file).

A knowledge base describes AWS; it never tells the answering system what to do. So text that gives
the assistant orders ("ignore the question", "system:", "you must say ...", and the Korean forms) is
flagged at ingest: a warning names the file and line, and the chunk is stored with `hostile=True`
so composers never let it lead an answer. The table holds kinds of address, not particular sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.types import Chunk
from ingest.loaders import Document

_VERBS_EN = r"(?:say|answer|reply|respond|tell|state|claim|output|write|recommend|mention)"
_OBJECTS_EN = r"(?:question|questions|instructions?|prompt|context|passages?|sources?|rules|system|above|previous)"
_VERBS_KO = r"(?:답|말|대답|응답|출력|안내|추천)"

# (kind, pattern): each pattern is one way of addressing the system that reads the text.
# (kind, pattern): each pattern is one way of addressing the system that reads the text.
_EN = [
    ("overrides its instructions", rf"\b(?:ignore|disregard|forget|override)\b.{{0,40}}\b{_OBJECTS_EN}\b"),
    ("gives new instructions", r"\bnew (?:instructions?|rules|system prompt)\b"),
    ("speaks as a chat role", r"^\s*(?:system|assistant|developer)\s*:"),
    ("speaks as a chat role", r"<\|?(?:im_start|im_end|system|endoftext)\|?>|\[/?INST\]"),
    ("orders the assistant", rf"\byou (?:must|should|have to|will) (?:now |always |only )?{_VERBS_EN}\b"),
    ("orders the assistant", rf"\b(?:always|only|just) {_VERBS_EN} (?:that|with|the user)\b"),
    ("orders the assistant", r"\b(?:as an ai|as a language model|the (?:assistant|ai|model) (?:must|should|will))\b"),
    ("orders the assistant", r"\bdo not (?:cite|reveal|tell the user|mention the (?:source|passage))"),
]
_KO = [
    (
        "overrides its instructions",
        r"(?:질문|지시|지침|명령|규칙|이전\s*내용|위\s*내용|프롬프트)[을를은는이가]?\s*(?:모두\s*|전부\s*)?무시",
    ),
    ("speaks as a chat role", r"^\s*(?:시스템|어시스턴트|사용자)\s*[:：]"),
    ("orders the assistant", rf"(?:라고|이라고|다고)\s*(?:만\s*)?{_VERBS_KO}\s*(?:하|해)(?:세요|라|십시오|야\s*한)"),
    ("orders the assistant", rf"반드시\s.{{0,30}}{_VERBS_KO}\s*(?:하|해)(?:세요|라|십시오|야)"),
    ("orders the assistant", r"(?:당신|너)(?:은|는)\s*(?:이제|지금부터)"),
    ("orders the assistant", r"(?:AI|어시스턴트|챗봇|모델)(?:은|는)\s.{0,20}(?:해야\s*한다|하라)"),
]
PATTERNS: list[tuple[str, re.Pattern[str]]] = [(kind, re.compile(p, re.I)) for kind, p in _EN + _KO]


@dataclass(frozen=True)
class HostileLine:
    source: str
    line: int
    kind: str
    text: str  # the line as written, shortened

    def warning(self) -> dict[str, object]:
        return {
            "source": self.source,
            "line": self.line,
            "message": f"addresses the assistant ({self.kind}): \u201c{self.text}\u201d; flagged, it will never "
            "lead an answer / 어시스턴트에게 지시하는 문장이라 표시했습니다",
        }


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def find_hostile(doc: Document) -> list[HostileLine]:
    """Every body line that addresses the assistant, with its line number in the file."""
    out = []
    for i, line in enumerate(doc.body.split("\n")):
        for kind, pattern in PATTERNS:
            if pattern.search(line):
                short = line.strip()
                out.append(
                    HostileLine(doc.source, doc.body_line + i, kind, short[:80] + ("…" if len(short) > 80 else ""))
                )
                break
    return out


def flag(chunks: list[Chunk], lines: list[HostileLine], doc: Document) -> list[Chunk]:
    """Mark the chunks that carry a hostile line (matched on the line's words, whitespace-insensitively)."""
    if not lines:
        return chunks
    body = doc.body.split("\n")
    needles = [_norm(body[h.line - doc.body_line].lstrip("-*+#> ").strip()) for h in lines]
    needles = [n for n in needles if n]
    out = []
    for c in chunks:
        text = _norm(c.text)
        out.append(replace(c, hostile=True) if any(n in text or text in n for n in needles) else c)
    return out
