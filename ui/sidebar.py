"""The sidebar every page shares: language, store status, re-ingest, and which composer answers."""

from __future__ import annotations

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from assistant.errors import AssistantError
from ui.state import error_text, reingest, settings, store_status
from ui.strings import LANGS, t


def render(lang: str) -> None:
    with st.sidebar:
        st.radio(t("language", lang), list(LANGS), format_func=LANGS.__getitem__, key="ui_lang", horizontal=True)
        st.divider()
        _store(lang)
        st.divider()
        _composer(lang)


def _store(lang: str) -> None:
    st.subheader(t("store", lang))
    box = st.empty()
    _status(box, lang)
    rebuild = st.checkbox(t("rebuild", lang), key="rebuild", help=t("rebuild_help", lang))
    if st.button(t("reingest", lang), icon=":material/sync:", key="reingest"):
        _reingest(lang, rebuild)
        _status(box, lang)


def _status(box: DeltaGenerator, lang: str) -> None:
    s = settings()
    with box.container():
        if s.remote_store:
            st.caption(t("store_remote", lang, host=s.chroma_host, port=s.chroma_port))
        elif (status := store_status(s))["chunks"] is not None:
            st.markdown(t("store_chunks", lang, n=status["chunks"], when=status["when"]))
        else:
            st.caption(t("store_none", lang, path=s.store))
        st.caption(t("embeddings", lang, spec=s.embeddings))


def _reingest(lang: str, rebuild: bool) -> None:
    bar = st.progress(0.0, text=t("ingesting", lang, done=0, total="?"))

    def progress(done: int, total: int) -> None:
        bar.progress(done / total if total else 1.0, text=t("ingesting", lang, done=done, total=total))

    try:
        report = reingest(rebuild, progress)
    except AssistantError as exc:
        bar.empty()
        st.error(error_text(exc, lang))
        return
    bar.progress(1.0)
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


def _composer(lang: str) -> None:
    s = settings()
    if s.llm_base_url:
        st.caption(t("composer_llm", lang, model=s.llm_model, url=s.llm_base_url))
    else:
        st.caption(t("composer_offline", lang))
