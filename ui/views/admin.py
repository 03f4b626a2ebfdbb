"""Admin (people in WA_ADMINS only; ui/app.py lists the page for them alone): the store, re-ingest or
rebuild it, how answers are composed, and everyone's feedback as one eval-set export."""

from __future__ import annotations

import streamlit as st

from ui.ingest_view import run_ingest
from ui.people import person
from ui.state import export_feedback, feedback_store, is_admin, settings, store_status, ui_lang
from ui.strings import t


def status(lang: str) -> None:
    s = settings()
    if s.remote_store:
        st.caption(t("store_remote", lang, host=s.chroma_host, port=s.chroma_port))
    elif (found := store_status(s))["chunks"] is not None:
        st.markdown(t("store_chunks", lang, n=found["chunks"], when=found["when"]))
    else:
        st.caption(t("store_none", lang, path=s.store))
    st.caption(t("embeddings", lang, spec=s.embeddings))
    if s.llm_base_url:
        st.caption(t("composer_llm", lang, model=s.llm_model, url=s.llm_base_url))
    else:
        st.caption(t("composer_offline", lang))


lang = ui_lang()
if not is_admin(person()):  # the page is not listed for others; a guessed address still gets nothing
    st.stop()
st.title(t("admin_title", lang))
st.caption(t("admin_caption", lang))
st.subheader(t("store", lang))
box = st.empty()
with box.container():
    status(lang)
rebuild = st.checkbox(t("rebuild", lang), key="rebuild", help=t("rebuild_help", lang))
if st.button(t("reingest", lang), icon=":material/sync:", key="reingest"):
    run_ingest(lang, rebuild)
    with box.container():
        status(lang)
st.divider()
everyone = feedback_store().count()
st.download_button(
    t("export_all", lang, n=everyone),
    data=lambda: export_feedback(None),
    file_name="wa-feedback-all.jsonl",
    mime="application/jsonl",
    icon=":material/download:",
    disabled=everyone == 0,
    on_click="ignore",
    key="export_all",
)
