"""Run an ingest from a page with a progress bar (files read, then passages embedded with passages per
second and time left) and show its report; the Admin page and the Sources page's upload share it."""

from __future__ import annotations

import time
from typing import Any

import streamlit as st

from assistant.errors import AssistantError
from ui.state import error_text, reingest
from ui.strings import t


def run_ingest(lang: str, rebuild: bool = False) -> Any:
    """The IngestReport, shown; None when the ingest could not run (the reason is shown)."""
    bar = st.progress(0.0, text=t("reading_files", lang, done=0, total="?"))
    started: list[float] = []

    def reading(done: int, total: int, source: str) -> None:
        bar.progress(done / total if total else 1.0, text=t("reading_files", lang, done=done, total=total))

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if not started:
            started.append(now)
        rate = done / (now - started[0]) if done and now > started[0] else 0.0
        text = t("ingesting", lang, done=done, total=total)
        if rate:
            text += " · " + t("ingest_rate", lang, rate=rate, left=round((total - done) / rate))
        bar.progress(done / total if total else 1.0, text=text)

    try:
        report = reingest(rebuild, progress, reading)
    except AssistantError as exc:
        bar.empty()
        st.error(error_text(exc, lang))
        return None
    bar.progress(1.0)
    show_report(report, lang)
    return report


def show_report(report: Any, lang: str) -> None:
    if report.unchanged:
        st.success(t("ingest_unchanged", lang, total=report.chunks_total))
    else:
        st.success(
            t(
                "ingest_done",
                lang,
                files=report.files,
                total=report.chunks_total,
                added=report.chunks_added,
                updated=report.chunks_updated,
                removed=report.chunks_removed,
                seconds=report.seconds,
            )
        )
    if report.errors:
        where = [f"{e['source']}:{e['line']}" if e.get("line") else e["source"] for e in report.errors]
        lines = [f"- `{w}`: {e['message']}" for w, e in zip(where, report.errors, strict=True)]
        st.warning(t("ingest_errors", lang, n=len(report.errors)) + "\n" + "\n".join(lines))
