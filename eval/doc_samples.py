"""Small real documents in each format ingest converts, made on the spot (no binary fixtures in git).

The tests and the converter benchmark both use them: a PDF printed by headless Chromium from HTML,
a DOCX and a PPTX written with python-docx / python-pptx, an HTML page and plain Markdown.
"""

from __future__ import annotations

import html as html_lib
import shutil
import subprocess
import tempfile
from pathlib import Path

PAGE_BREAK = '<div style="break-after: page"></div>'


def chromium() -> str | None:
    """Debian's headless Chromium, if installed."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def html_page(title: str, pages: list[str], lang: str = "en") -> str:
    """A printable page: each item of `pages` (HTML) starts on a new printed page."""
    body = PAGE_BREAK.join(f"<section>{p}</section>" for p in pages)
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{html_lib.escape(title)}</title>'
        "<style>body{font-family:sans-serif;font-size:12pt} h1{font-size:24pt} h2{font-size:18pt}"
        "table{border-collapse:collapse} td,th{border:1px solid #999;padding:2px 6px}</style>"
        f"</head><body>{body}</body></html>"
    )


def print_pdf(html: str, out: Path, timeout: float = 120) -> Path:
    """Print `html` to `out` with headless Chromium (no header or footer, so pages hold only the text)."""
    exe = chromium()
    if exe is None:
        raise RuntimeError("headless Chromium is not installed: apt-get install -y chromium")
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(html, encoding="utf-8")
        subprocess.run(
            [
                exe,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                f"--user-data-dir={tmp}/profile",
                f"--print-to-pdf={out}",
                src.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=timeout,
        )
    return out


def write_docx(out: Path, title: str, sections: list[tuple[str, str]], table: list[list[str]] | None = None) -> Path:
    """A Word file with a title, Heading 1 sections and an optional table."""
    import docx

    d = docx.Document()
    d.add_heading(title, level=0)
    for heading, text in sections:
        d.add_heading(heading, level=1)
        d.add_paragraph(text)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    out.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(out))
    return out


def write_pptx(out: Path, slides: list[tuple[str, str]]) -> Path:
    """A PowerPoint file, one title-and-content slide per (title, text)."""
    from pptx import Presentation

    p = Presentation()
    for title, text in slides:
        s = p.slides.add_slide(p.slide_layouts[1])
        s.shapes.title.text = title
        s.placeholders[1].text = text
    out.parent.mkdir(parents=True, exist_ok=True)
    p.save(str(out))
    return out


def blank_pdf(out: Path, pages: int = 2) -> Path:
    """A PDF whose pages carry no text layer, like a scan."""
    from pypdf import PdfWriter

    w = PdfWriter()
    for _ in range(pages):
        w.add_blank_page(width=595, height=842)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as f:
        w.write(f)
    return out
