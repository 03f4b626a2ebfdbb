"""Heading-aware chunking that keeps an answer whole.

A section is one chunk when it fits. A longer section is split at item boundaries (list items,
paragraphs, table rows, and sentences only inside an item too long for a chunk). Every piece after
the first starts with the section's lead sentence (tables: their header rows), so no chunk reads as
a tail fragment, and a piece too small to stand alone is merged into or balanced with its neighbour.
The heading path travels in the chunk's metadata and is embedded with its text.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from assistant.knowledge.sections import split_sections
from assistant.text import BULLET, SENTENCE_END, is_table_row
from assistant.types import Chunk
from ingest.convert import PAGE_MARK
from ingest.loaders import Document

# In weighted characters (see `size`). multilingual-e5-small reads 512 tokens; the densest corpus
# text measured 0.44 tokens per weighted character, heading path included, so 1100 stays inside.
MAX_CHARS = 1100
MIN_CHARS = 250  # a split piece smaller than this is a fragment: merge it or rebalance
_LEAD_MAX = MAX_CHARS // 4  # longest lead repeated at the top of continuation pieces
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def chunk_document(doc: Document) -> list[Chunk]:
    """All chunks of one document, with stable content-hash ids; a paged document's chunks carry a page."""
    title = str(doc.meta["title"]).strip()
    topics = tuple(str(t) for t in doc.meta["topics"])
    chunks: list[Chunk] = []
    seen: dict[str, int] = {}
    page: int | None = None
    for section, body in split_sections(doc.body, title):
        parts: list[tuple[int | None, str]] = [(None, body)]
        if doc.paged:
            parts, page = by_page(body, page)
        for at, part in parts:
            for text in pack_section(part):
                key = f"{doc.source}\0{section}\0{text}" + (f"\0p{at}" if at else "")
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
                        page=at,
                    )
                )
    return chunks


def by_page(body: str, page: int | None) -> tuple[list[tuple[int | None, str]], int | None]:
    """A section's text cut at page marks: (page, text) parts, and the page the next section starts on."""
    parts: list[tuple[int | None, str]] = []
    lines: list[str] = []
    for line in body.split("\n"):
        m = PAGE_MARK.match(line.strip())
        if m is None:
            lines.append(line)
            continue
        if any(x.strip() for x in lines):
            parts.append((page, "\n".join(lines)))
        lines, page = [], int(m.group(1))
    if any(x.strip() for x in lines):
        parts.append((page, "\n".join(lines)))
    return parts, page


def size(text: str) -> int:
    """Length with each Hangul syllable counted twice: a syllable carries about a word's half."""
    return len(text) + len(_HANGUL.findall(text))


@dataclass(frozen=True)
class _Unit:
    """An indivisible piece of a section: a whole block, a list item, a table row or a sentence."""

    text: str
    joiner: str  # what separates it from the unit before it ("\n\n", "\n" or " ")
    header: str = ""  # a table row's header rows, repeated when a piece starts with the row


def pack_section(body: str) -> list[str]:
    """One section's text as chunk texts: whole when it fits, else split at item boundaries."""
    blocks = _blocks(body)
    whole = "\n\n".join(blocks)
    if not blocks or size(whole) <= MAX_CHARS:
        return [whole] if blocks else []
    lead = _lead(blocks)
    budget = MAX_CHARS - (size(lead) + 2 if lead else 0)
    pieces = _fill([u for b in blocks for u in _units(b, budget)], budget)
    pieces = _merge_small(pieces, lead)
    texts = [_render(p, lead if i else "") for i, p in enumerate(pieces)]
    # a first piece that holds only the lead is repeated at the top of the next one: drop it
    return texts[1:] if len(texts) > 1 and lead and texts[0] == lead else texts


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


def _lead(blocks: list[str]) -> str:
    """The context a continuation piece starts with: the opening prose block if short, else its
    first sentence; empty when the section opens with a list or table or the sentence is long."""
    first = blocks[0]
    if BULLET.match(first) or is_table_row(first):
        return ""
    if size(first) <= _LEAD_MAX:
        return first
    sentence = SENTENCE_END.split(first.split("\n")[0])[0]
    return sentence if size(sentence) <= _LEAD_MAX else ""


def _units(block: str, budget: int) -> list[_Unit]:
    if size(block) <= budget:
        return [_Unit(block, "\n\n")]
    lines = block.split("\n")
    if all(is_table_row(x) for x in lines):
        header = "\n".join(lines[:2])
        return [_Unit(row, "\n", header) for row in lines[2:]]
    items: list[str] = []  # a list item keeps its indented or wrapped continuation lines
    for line in lines:
        if items and BULLET.match(lines[0]) and not BULLET.match(line):
            items[-1] += "\n" + line
        else:
            items.append(line)
    units: list[_Unit] = []
    for item in items:
        parts = SENTENCE_END.split(item) if size(item) > budget else [item]
        for n, part in enumerate(p for s in parts for p in _hard_wrap(s, budget)):
            units.append(_Unit(part, " " if n else "\n"))
    units[0] = _Unit(units[0].text, "\n\n")  # a block starts after a blank line
    return units


def _fill(units: list[_Unit], budget: int) -> list[list[_Unit]]:
    """Greedy packing up to `budget`; a piece never ends inside a table without its header."""
    pieces: list[list[_Unit]] = []
    cur: list[_Unit] = []
    for unit in units:
        if cur and size(_render(cur + [unit], "")) > budget:
            pieces.append(cur)
            cur = []
        cur.append(unit)
    if cur:
        pieces.append(cur)
    return pieces


def _merge_small(pieces: list[list[_Unit]], lead: str) -> list[list[_Unit]]:
    """Fold each piece under MIN_CHARS into a neighbour, or move units over to balance the two."""
    out: list[list[_Unit]] = []
    for piece in pieces:
        prev = out[-1] if out else None
        if prev is not None and min(_size(prev, lead, len(out) - 1), _size(piece, lead, 1)) < MIN_CHARS:
            if _size(prev + piece, lead, len(out) - 1) <= MAX_CHARS:
                out[-1] = prev + piece
                continue
            while len(prev) > 1 and _size(piece, lead, 1) < MIN_CHARS:
                moved = [prev[-1], *piece]
                if _size(moved, lead, 1) > MAX_CHARS or _size(moved, lead, 1) > _size(prev[:-1], lead, 1):
                    break
                prev, piece = prev[:-1], moved
            out[-1] = prev
        out.append(piece)
    return out


def _size(piece: list[_Unit], lead: str, index: int) -> int:
    return size(_render(piece, lead if index else ""))


def _render(piece: list[_Unit], lead: str) -> str:
    """Join a piece's units; a table's header rows come first wherever its rows start a run."""
    text = ""
    for i, u in enumerate(piece):
        starts_table = bool(u.header) and (i == 0 or piece[i - 1].header != u.header)
        sep = "" if i == 0 else ("\n\n" if starts_table else u.joiner)
        text += sep + (f"{u.header}\n{u.text}" if starts_table else u.text)
    return f"{lead}\n\n{text}" if lead and not text.startswith(lead) else text


def _hard_wrap(text: str, budget: int) -> list[str]:
    """Last resort for a sentence longer than a chunk: cut at spaces."""
    if size(text) <= budget:
        return [text]
    parts, cur = [], ""
    for word in text.split(" "):
        if cur and size(cur) + 1 + size(word) > budget:
            parts.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    if cur:
        parts.append(cur)
    step = budget // 2  # a word longer than a chunk (no spaces): cut it, Hangul-safe
    return [p[i : i + step] for p in parts for i in range(0, len(p), step)]
