"""Chat: ask, read the streamed answer and its numbered sources, rate it; follow-ups use the conversation.

Session state: `chat` is the conversation, a list of {"id", "question", "answer" (Answer.to_dict()),
"history" (earlier questions), "rating" (st.feedback's 0/1 or None)}; `fb_<id>` holds each rating widget.
"""

from __future__ import annotations

import uuid
from typing import Any

import streamlit as st

from assistant.errors import AssistantError
from assistant.feedback import Rating
from assistant.types import Turn
from ui.state import assistant_or_stop, export_feedback, feedback_store, pieces, stop_with, ui_lang
from ui.strings import t

SOURCES_PAGE = "pages/sources.py"


def conversation() -> list[dict[str, Any]]:
    return st.session_state.setdefault("chat", [])


def new_conversation() -> None:
    for entry in conversation():
        st.session_state.pop(f"fb_{entry['id']}", None)
    st.session_state["chat"] = []


def rate(entry_id: str) -> None:
    entry = next(e for e in conversation() if e["id"] == entry_id)
    value = st.session_state.get(f"fb_{entry_id}")  # st.feedback: 1 thumbs up, 0 thumbs down, None withdrawn
    rating: Rating | None = None if value is None else "up" if value == 1 else "down"
    try:
        feedback_store().rate(entry_id, entry["answer"], rating, entry["history"])
    except AssistantError as exc:
        st.toast(str(exc), icon=":material/error:")
        return
    entry["rating"] = value
    if value is not None:
        st.toast(t("rated", entry["answer"]["lang"]), icon=":material/check:")


def show_answer(entry: dict[str, Any], stream: bool = False) -> None:
    answer = entry["answer"]
    lang = answer["lang"]
    if stream:
        st.write_stream(pieces(answer["answer"]))
    else:
        st.markdown(answer["answer"])
    cites = answer["citations"] or answer.get("suggestions") or []
    if cites:
        st.caption(t("sources" if answer["citations"] else "closest", lang))
    for c in cites:
        with st.expander(f"[{c['n']}] {c['section']}"):
            st.caption(f"{t('file', lang)}: `{c['source']}` · {t('section', lang)}: {c['section']}")
            st.markdown(c["text"])
            st.page_link(
                SOURCES_PAGE,
                label=t("open_in_sources", lang),
                icon=":material/open_in_new:",
                query_params={"doc": c["source"]},
            )
    key = f"fb_{entry['id']}"
    if key not in st.session_state and entry.get("rating") is not None:
        st.session_state[key] = entry["rating"]  # the widget's state is dropped when the page is left
    left, right = st.columns([3, 1], vertical_alignment="center")
    with left:
        st.feedback("thumbs", key=key, on_change=rate, args=(entry["id"],))
    if answer.get("timings_ms"):
        right.caption(t("timings", lang, **{"retrieve": 0, "compose": 0, **answer["timings_ms"]}))


lang = ui_lang()
st.title(t("chat_title", lang))
st.caption(t("chat_caption", lang))
assistant = assistant_or_stop()
prompt = st.chat_input(t("chat_placeholder", lang), max_chars=assistant.settings.max_question_chars)
store = feedback_store()
new_col, export_col, _ = st.columns([1, 1, 3])
new_col.button(t("new_chat", lang), icon=":material/add_comment:", on_click=new_conversation, key="new_chat")
rated = store.count()
export_col.download_button(
    t("export", lang, n=rated),
    data=export_feedback,
    file_name="wa-feedback.jsonl",
    mime="application/jsonl",
    icon=":material/download:",
    help=t("export_help", lang),
    disabled=rated == 0,
    on_click="ignore",
    key="export",
)

chat = conversation()
if not chat and not prompt:
    st.info(t("chat_examples", lang), icon=":material/lightbulb:")
for entry in chat:
    with st.chat_message("user"):
        st.markdown(entry["question"])
    with st.chat_message("assistant"):
        show_answer(entry)

if prompt:
    with st.chat_message("user"):
        st.markdown(prompt)
    with st.chat_message("assistant"):
        history = [Turn(e["question"], e["answer"]["answer"]) for e in chat]
        try:
            with st.spinner(t("thinking", lang)):
                answer = assistant.ask(prompt, history)
        except AssistantError as exc:
            stop_with(exc, lang)
        entry = {
            "id": uuid.uuid4().hex[:12],
            "question": answer.question,
            "answer": answer.to_dict(),
            "history": [e["question"] for e in chat],
            "rating": None,
        }
        chat.append(entry)
        show_answer(entry, stream=True)
