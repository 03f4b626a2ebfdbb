"""Sources: browse the corpus by topic and language and read any document.

The open document is the `doc` query parameter (a source name such as corpus/summaries/en/x.md), so a
citation can link here; assistant.documents refuses anything outside the corpus folder.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from assistant.documents import DocumentInfo, SourceRefused, list_documents, read_document
from ui.state import settings, ui_lang
from ui.strings import t


def open_picked() -> None:
    picked = st.session_state.get("sources_pick")
    if picked:
        st.query_params["doc"] = picked
    else:
        st.query_params.pop("doc", None)


def table(docs: list[DocumentInfo], lang: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("col_title", lang): [d.title for d in docs],
            t("col_lang", lang): [d.lang for d in docs],
            t("col_kind", lang): [d.kind for d in docs],
            t("col_topics", lang): [", ".join(d.topics) for d in docs],
            t("col_as_of", lang): [d.as_of for d in docs],
            t("col_source", lang): [d.source for d in docs],
        }
    )


def reader(source: str, lang: str) -> None:
    try:
        doc = read_document(settings().corpus, source)
    except SourceRefused as exc:
        st.error(str(exc), icon=":material/block:")
        return
    info = doc.info
    st.caption(f"`{info.source}` · {info.lang} · {info.kind} · {', '.join(info.topics)} · {info.as_of}")
    with st.container(border=True):
        st.markdown(doc.body)
    if info.references:
        with st.expander(t("references", lang)):
            st.markdown("\n".join(f"- <{url}>" for url in info.references))


lang = ui_lang()
st.title(t("sources_title", lang))
st.caption(t("sources_caption", lang))
docs = list_documents(settings().corpus)
langs = sorted({d.lang for d in docs if d.lang})
topics = sorted({topic for d in docs for topic in d.topics})

lang_col, topic_col = st.columns([1, 3])
with lang_col:
    doc_lang = st.radio(
        t("language", lang),
        ["", *langs],
        format_func=lambda code: code or t("all", lang),
        key="sources_lang",
        horizontal=True,
    )
with topic_col:
    chosen = st.multiselect(t("topics", lang), topics, key="sources_topics")
shown = [d for d in docs if (not doc_lang or d.lang == doc_lang) and (not chosen or set(chosen) & set(d.topics))]
st.caption(t("documents", lang, n=len(shown)))
st.dataframe(table(shown, lang), hide_index=True, width="stretch")

requested = st.query_params.get("doc")
options = [d.source for d in shown]
titles = {d.source: f"{d.title} ({d.lang}) · {d.source}" for d in docs}
st.selectbox(
    t("open_doc", lang),
    options,
    index=options.index(requested) if requested in options else None,
    format_func=lambda source: titles.get(source, source),
    placeholder=t("pick_doc", lang),
    key="sources_pick",
    on_change=open_picked,
)
if requested:
    reader(requested, lang)
