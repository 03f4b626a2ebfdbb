"""Heading-aware chunking: one section at a time, packed by paragraphs, split at sentence ends."""

from __future__ import annotations

import hashlib
import re

from assistant.sections import split_sections
from assistant.text import is_table_row
from assistant.types import Chunk
from ingest.loaders import Document

MAX_CHARS = 900  # in weighted characters (see `size`); most sections fit in one chunk
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_SENT = re.compile(r"(?<=[.!?。！？])\s+(?=\S)")


def chunk_document(doc: Document) -> list[Chunk]:
    """All chunks of one document, with stable content-hash ids."""
    title = str(doc.meta["title"]).strip()
    topics = tuple(str(t) for t in doc.meta["topics"])
    chunks: list[Chunk] = []
    seen: dict[str, int] = {}
    for section, body in split_sections(doc.body, title):
        for text in _pack(_blocks(body)):
            key = f"{doc.source}\0{section}\0{text}"
            n = seen.get(key, 0)
            seen[key] = n + 1
            digest = hashlib.sha256(f"{key}\0{n}".encode()).hexdigest()[:32]
            chunks.append(
                Chunk(
                    id=digest,
                    text=text,
                    source=doc.source,
                    title=title,
                    section=section,
                    lang=str(doc.meta["lang"]),
                    kind=str(doc.meta["kind"]),
                    topics=topics,
                )
            )
    return chunks


def _blocks(text: str) -> list[str]:
    """Paragraphs, split at blank lines; table rows stay together."""
    blocks, cur = [], []
    for line in text.split("\n"):
        if line.strip():
            cur.append(line.rstrip())
        elif cur:
            blocks.append("\n".join(cur))
            cur = []
    if cur:
        blocks.append("\n".join(cur))
    return blocks


def size(text: str) -> int:
    """Length with each Hangul syllable counted twice: a syllable carries about a word's half."""
    return len(text) + len(_HANGUL.findall(text))


def _pack(blocks: list[str]) -> list[str]:
    """Greedily join blocks up to MAX_CHARS; a block that does not fit is split into its lines
    (or sentences, or table rows) so a lead sentence stays with the start of its list."""
    chunks: list[str] = []
    cur = ""
    for block in blocks:
        if size(cur) + 2 + size(block) <= MAX_CHARS:
            cur = f"{cur}\n\n{block}" if cur else block
            continue
        pieces = _split_block(block)
        for n, piece in enumerate(pieces):
            joiner = "\n\n" if n == 0 else "\n"
            if cur and size(cur) + len(joiner) + size(piece) > MAX_CHARS:
                chunks.append(cur)
                cur = piece
            else:
                cur = f"{cur}{joiner}{piece}" if cur else piece
    if cur:
        chunks.append(cur)
    return chunks


def _split_block(block: str) -> list[str]:
    lines = block.split("\n")
    if all(is_table_row(x) for x in lines):
        return _split_table(lines)
    units: list[str] = []
    for line in lines:  # lines of a list are units; long lines split at sentence ends
        for sentence in _SENT.split(line) if size(line) > MAX_CHARS // 2 else [line]:
            units.extend(_hard_wrap(sentence))
    return units


def _split_table(rows: list[str]) -> list[str]:
    """Split a long table into pieces that each repeat the header rows."""
    header, body = rows[:2], rows[2:]
    out: list[str] = []
    cur = list(header)
    for row in body:
        if len(cur) > 2 and sum(size(r) + 1 for r in cur) + size(row) > MAX_CHARS:
            out.append("\n".join(cur))
            cur = list(header)
        cur.append(row)
    out.append("\n".join(cur))
    return out


def _hard_wrap(text: str) -> list[str]:
    """Last resort for a sentence longer than a chunk: cut at spaces."""
    if size(text) <= MAX_CHARS:
        return [text]
    parts, cur = [], ""
    for word in text.split(" "):
        if cur and size(cur) + 1 + size(word) > MAX_CHARS:
            parts.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    if cur:
        parts.append(cur)
    step = MAX_CHARS // 2  # a word longer than a chunk (no spaces): cut it, Hangul-safe
    return [p[i : i + step] for p in parts for i in range(0, len(p), step)]
