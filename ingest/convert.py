"""PDF, Word, PowerPoint and HTML files to Markdown that keeps headings, tables and page numbers.

markitdown converts DOCX (mammoth), PPTX (one `<!-- Slide number: N -->` per slide) and HTML
(markdownify) with their headings and tables. Its PDF path yields plain text without headings and
reads tables column by column, so PDFs go through pdfplumber here, page by page: a line set in a
larger font than the body is a heading, a ruled table becomes a Markdown table. Each page or slide
starts with a `<!-- page N -->` line that chunking turns into the chunk's `page`.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.messages import bilingual

PAGE_MARK = re.compile(r"^<!-- page (\d+) -->$", re.M)
_SLIDE = re.compile(r"^<!-- Slide number: (\d+) -->\s*$", re.M)
_HEADING_RATIO = 1.15  # a line this much larger than the body text is a heading
_PARAGRAPH_GAP = 0.5  # a gap above a line of more than half its font size starts a new paragraph


def page_mark(n: int) -> str:
    return f"<!-- page {n} -->"


class ConversionError(Exception):
    """A file that cannot be converted, with the reason in English and Korean (an `ingest.` message)."""

    def __init__(self, key: str, **values: object):
        super().__init__(bilingual(f"ingest.{key}", **values))


@dataclass
class Converted:
    markdown: str  # page files carry a page mark line before each page
    title: str = ""  # from the file's own metadata, when it has one
    pages: int = 0  # pages or slides; 0 for formats without pages
    blank_pages: list[int] = field(default_factory=list)  # pages without a text layer

    @property
    def paged(self) -> bool:
        return self.pages > 0


def convert(path: Path, max_pages: int) -> Converted:
    """The file as Markdown; raises ConversionError with a reason a person can act on."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".pdf":
            return _pdf(path, max_pages)
        return _markitdown(path, suffix, max_pages)
    except ConversionError:
        raise
    except ImportError as exc:
        raise ConversionError("docs_extra", suffix=suffix, module=exc.name) from exc
    except Exception as exc:  # a damaged or encrypted file: name it, the other files still ingest
        reason = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise ConversionError("not_converted", reason=f"{type(exc).__name__}: {reason}") from exc


def _too_many(n: int, max_pages: int, unit: str = "pages") -> ConversionError:
    return ConversionError(f"too_many_{unit}", n=n, max_pages=max_pages)


def _markitdown(path: Path, suffix: str, max_pages: int) -> Converted:
    from markitdown import MarkItDown

    kwargs: dict[str, Any] = {}
    if suffix == ".docx":  # a Title paragraph is the document's first heading
        kwargs["style_map"] = "p[style-name='Title'] => h1:fresh"
    result = MarkItDown(enable_plugins=False).convert(str(path), **kwargs)
    text = _header_rows(result.markdown or "")
    title = (result.title or "").strip()
    if suffix != ".pptx":
        return Converted(text, title)
    slides = [int(n) for n in _SLIDE.findall(text)]
    if len(slides) > max_pages:
        raise _too_many(len(slides), max_pages, "slides")
    return Converted(_SLIDE.sub(lambda m: page_mark(int(m.group(1))), text), title, len(slides))


_EMPTY_HEADER = re.compile(r"^(\|(?:\s*\|)+)\n(\|(?: ?-+ ?\|)+)\n(\|.*\|)$", re.M)


def _header_rows(text: str) -> str:
    """Word tables have no header row, so mammoth leaves it empty: the first real row becomes the header."""
    return _EMPTY_HEADER.sub(lambda m: f"{m.group(3)}\n{m.group(2)}", text)


def _pdf(path: Path, max_pages: int) -> Converted:
    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font warnings of harmless files
    with pdfplumber.open(io.BytesIO(path.read_bytes())) as pdf:
        n = len(pdf.pages)
        if n > max_pages:
            raise _too_many(n, max_pages)
        title = str((pdf.metadata or {}).get("Title") or "").strip()
    pages = _read_pages(path, n)  # per page: (font size, block), tables as one block
    body = _body_size(pages)
    levels = _heading_levels(pages, body)
    out, blank = [], []
    for number, lines in enumerate(pages, start=1):
        out.append(page_mark(number))
        if not lines:
            blank.append(number)
        for size, text in lines:
            level = levels.get(round(size)) if size else None
            out.append(f"{'#' * level} {text}" if level else text)
            out.append("")
    if len(blank) == n:
        raise ConversionError("needs_ocr")
    return Converted("\n".join(out), title, n, blank)


def _read_pages(path: Path, n: int) -> list[list[tuple[float, str]]]:
    """Every page's blocks. Serial: two processes measured no faster on a busy 2-core machine (22-27 s for
    100 pages either way), and a spawned process re-imports the caller's main module (Streamlit, stdin)."""
    return _pages_of(str(path), 0, n)


def _pages_of(path: str, start: int, stop: int) -> list[list[tuple[float, str]]]:
    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    out = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages[start:stop]:
            out.append(_page_lines(page))
            page.close()
    return out


def _page_lines(page: Any) -> list[tuple[float, str]]:
    """A page's blocks (font size, text) in reading order: the lines of a paragraph or a wrapped heading
    joined (same size, no gap between them), each ruled table as one Markdown item (size 0)."""
    tables = [(t.bbox, t.extract()) for t in page.find_tables()]
    items: list[list[Any]] = []  # [top, bottom, size, text]
    for (_, top, _, bottom), rows in tables:
        rendered = _table(rows)
        if rendered:
            items.append([top, bottom, 0.0, rendered])
    for line in page.extract_text_lines(return_chars=True):
        mid_x, mid_y = (line["x0"] + line["x1"]) / 2, (line["top"] + line["bottom"]) / 2
        if any(b[0] <= mid_x <= b[2] and b[1] <= mid_y <= b[3] for b, _ in tables):
            continue
        text = " ".join(line["text"].split())
        if text:
            sizes = Counter(round(c.get("size", 0), 1) for c in line["chars"] if c.get("text", " ").strip())
            items.append([line["top"], line["bottom"], sizes.most_common(1)[0][0] if sizes else 0.0, text])
    items.sort(key=lambda i: i[0])
    blocks: list[list[Any]] = []
    for top, bottom, size, text in items:
        prev = blocks[-1] if blocks else None
        if prev and size and prev[2] == size and top - prev[1] < _PARAGRAPH_GAP * size:
            prev[1], prev[3] = bottom, f"{prev[3]} {text}"
        else:
            blocks.append([top, bottom, size, text])
    return [(size, text) for _, _, size, text in blocks]


def _table(raw: list[list[str | None]]) -> str:
    rows = [[" ".join((c or "").split()).replace("|", "\\|") for c in row] for row in raw if row]
    rows = [r for r in rows if any(r)]
    if not rows:
        return ""
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows[1:]])


def _body_size(pages: list[list[tuple[float, str]]]) -> float:
    """The font size most characters are set in."""
    weight: Counter[float] = Counter()
    for lines in pages:
        for size, text in lines:
            if size:
                weight[round(size)] += len(text)
    return float(weight.most_common(1)[0][0]) if weight else 0.0


def _heading_levels(pages: list[list[tuple[float, str]]], body: float) -> dict[int, int]:
    """Font size -> heading level (largest = 1), for short lines set clearly larger than the body."""
    sizes = sorted(
        {round(s) for lines in pages for s, t in lines if body and s >= body * _HEADING_RATIO and len(t) <= 200},
        reverse=True,
    )
    return {s: min(i + 1, 6) for i, s in enumerate(sizes)}
