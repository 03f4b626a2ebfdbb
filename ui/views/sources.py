"""Sources: browse the corpus by topic and language and read any document.

The open document is the `doc` query parameter (a source name such as corpus/summaries/en/x.md), so a
citation can link here, and `section` (a heading path) the cited section, which is highlighted and
scrolled to (ui/look.py); ui.documents refuses anything outside the corpus folder. A refused
name came from the address, so it is shown as code, never as Markdown.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from assistant.corpus_files import SUFFIXES
from assistant.errors import AssistantError
from assistant.knowledge.sections import split_sections
from ingest.convert import PAGE_MARK
from ui.choices import Choices
from ui.documents import DocumentInfo, SourceRefused, list_documents, read_document
from ui.ingest_view import run_ingest
from ui.people import person
from ui.state import is_admin, settings, ui_lang
from ui.strings import LANGS, t


def open_picked() -> None:
    picked = st.session_state.get("sources_pick")
    st.query_params.pop("section", None)
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


def reader(source: str, cited: str | None, lang: str) -> None:
    """The document section by section, the cited one highlighted (the page scrolls to it)."""
    try:
        doc = read_document(settings().corpus, source)
    except SourceRefused:  # the value came from the address: shown as code, never as Markdown
        st.error(t("not_a_doc", lang, folder=settings().corpus.resolve().name), icon=":material/block:")
        st.code(source, language=None, wrap_lines=True)
        return
    info = doc.info
    st.caption(f"`{info.source}` · {info.lang} · {info.kind} · {', '.join(info.topics)} · {info.as_of}")
    with st.container(border=True):
        for path, text in split_sections(doc.body, info.title):
            heading = f"{'#' * min(path.count(' > ') + 1, 6)} {path.rsplit(' > ', 1)[-1]}"
            text = PAGE_MARK.sub(lambda m: f"*{t('page_mark', lang, n=m.group(1))}*", text)
            if path == cited:
                with st.container(key="cited"):
                    st.caption(t("cited", lang))
                    st.markdown(f"{heading}\n{text}")
            else:
                st.markdown(f"{heading}\n{text}")
    if info.references:
        with st.expander(t("references", lang)):
            st.markdown("\n".join(f"- <{url}>" for url in info.references))


def browser(docs: list[DocumentInfo], requested: str | None, lang: str) -> None:
    """Filter by language and topic, the table of documents, and the picker that opens one."""
    langs = sorted({d.lang for d in docs if d.lang})
    topics = sorted({topic for d in docs for topic in d.topics})
    filters = Choices("sources", lang, {"lang": "", "topics": []})  # kept across a language switch
    lang_col, topic_col = st.columns([1, 3])
    with lang_col:
        doc_lang = filters.radio(
            "lang",
            t("language", lang),
            ["", *langs],
            format_func=lambda code: LANGS.get(code, code) if code else t("all", lang),
            horizontal=True,
        )
    with topic_col:
        chosen = filters.multiselect("topics", t("topics", lang), topics, placeholder=t("choose_options", lang))
    shown = [d for d in docs if (not doc_lang or d.lang == doc_lang) and (not chosen or set(chosen) & set(d.topics))]
    st.caption(t("documents", lang, n=len(shown)))
    st.dataframe(table(shown, lang), hide_index=True, width="stretch")
    options = [d.source for d in shown]
    titles = {d.source: f"{d.title} · {d.lang}" for d in docs}
    st.selectbox(
        t("open_doc", lang),
        options,
        index=options.index(requested) if requested in options else None,
        format_func=lambda source: titles.get(source, source),
        placeholder=t("pick_doc", lang),
        key="sources_pick",
        on_change=open_picked,
    )


def upload(lang: str) -> None:
    """Admins add their own documents: saved into corpus/documents/<folder>/, then ingested with a bar."""
    from ingest.library import Placed, add_bytes

    with st.expander(t("upload", lang), icon=":material/upload_file:"):
        files = st.file_uploader(
            t("upload_files", lang),
            type=sorted(s.lstrip(".") for s in SUFFIXES),
            accept_multiple_files=True,
            key="upload_files",
        )
        folder = st.text_input(t("upload_folder", lang), value="uploads", key="upload_folder", max_chars=64)
        if not st.button(t("upload_go", lang), icon=":material/sync:", key="upload_go", disabled=not files):
            return
        s, done = settings(), Placed()
        for f in files or []:
            try:
                got = add_bytes(f.name, f.getvalue(), s.corpus, folder, s.max_file_bytes, s.max_doc_bytes)
            except AssistantError as exc:  # a bad folder name
                st.error(str(exc))
                return
            done.added += got.added
            done.unchanged += got.unchanged
            done.refused += got.refused
        if done.added:
            st.info(t("upload_added", lang, folder=folder, names=", ".join(f"`{a}`" for a in done.added)))
        if done.unchanged:
            st.caption(t("upload_same", lang, names=", ".join(f"`{a}`" for a in done.unchanged)))
        if done.refused:
            lines = "\n".join(f"- `{r.name}`: {r.reason}" for r in done.refused)
            st.warning(t("upload_refused", lang) + "\n" + lines)
        if done.added:
            run_ingest(lang)


lang = ui_lang()
st.title(t("sources_title", lang))
st.caption(t("sources_caption", lang))
if is_admin(person()):
    upload(lang)
docs = list_documents(settings().corpus)
requested = st.query_params.get("doc")
if requested:  # the document first, so a citation lands on it; the list below
    reader(requested, st.query_params.get("section"), lang)
    with st.expander(t("browse", lang), icon=":material/list:"):
        browser(docs, requested, lang)
else:
    browser(docs, requested, lang)
