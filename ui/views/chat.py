"""Chat: ask, read the answer as it is produced with its numbered sources, rate it; follow-ups use the
conversation. Conversations are stored per person (ui/conversations.py) and listed in the sidebar;
the open one is the `c` query parameter, so a reload or a shared bookmark brings it back.

Session state: `chat_id` (the open conversation or None), `chat` (its turns: {"id", "question",
"answer" (Answer.to_dict()), "history" (earlier questions), "rating" (1, 0 or None)}), `fb_<id>` (each
rating widget), `example` (a clicked example question, asked on this run).
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from assistant.answer.sources import answer_sources
from assistant.errors import AssistantError
from assistant.types import Answer, Turn
from ui import transcript
from ui.citations import link_markers, show_source
from ui.conversations import ChatTurn
from ui.feedback import Rating
from ui.people import person
from ui.state import (
    answer_stream,
    assistant_or_stop,
    conversations,
    export_feedback,
    feedback_store,
    stop_with,
    ui_lang,
)
from ui.strings import EXAMPLES, t

PARAM = "c"
LISTED = 50  # conversations in the sidebar


def conversation() -> list[dict[str, Any]]:
    return st.session_state.setdefault("chat", [])


def open_conversation(conversation_id: str | None) -> None:
    """Show a stored conversation (None: a new, empty one) and name it in the address."""
    for entry in conversation():
        st.session_state.pop(f"fb_{entry['id']}", None)
    st.session_state["chat"], st.session_state["chat_id"] = [], None
    if conversation_id is None:
        st.query_params.pop(PARAM, None)
        return
    conv = conversations().get(person(), conversation_id)
    if conv is None:
        st.query_params.pop(PARAM, None)
        st.toast(t("not_found", ui_lang()), icon=":material/info:")
        return
    ratings = feedback_store().ratings(person())
    st.session_state["chat"] = [
        {
            "id": turn.id,
            "question": turn.question,
            "answer": turn.answer,
            "history": turn.history,
            "rating": {"up": 1, "down": 0}.get(ratings.get(turn.id, "")),
        }
        for turn in conv.turns
    ]
    st.session_state["chat_id"] = conv.id
    st.query_params[PARAM] = conv.id


def follow_address() -> None:
    """The address names the conversation: load it when it changed (a reload, a bookmark); put it back
    when a page switch dropped it."""
    wanted, shown = st.query_params.get(PARAM), st.session_state.get("chat_id")
    if wanted and wanted != shown:
        open_conversation(wanted)
    elif not wanted and shown:
        st.query_params[PARAM] = shown


def rate(entry_id: str) -> None:
    entry = next(e for e in conversation() if e["id"] == entry_id)
    value = st.session_state.get(f"fb_{entry_id}")  # st.feedback: 1 thumbs up, 0 thumbs down, None withdrawn
    rating: Rating | None = None if value is None else "up" if value == 1 else "down"
    try:
        feedback_store().rate(entry_id, entry["answer"], rating, entry["history"], person=person())
    except AssistantError as exc:
        st.toast(str(exc), icon=":material/error:")
        return
    entry["rating"] = value
    if value is not None:
        st.toast(t("rated", entry["answer"]["lang"]), icon=":material/check:")


def answer_text(entry: dict[str, Any]) -> str:
    answer = entry["answer"]
    return link_markers(transcript.shown_text(answer), entry["id"], {c["n"] for c in answer["citations"]})


def show_answer(entry: dict[str, Any]) -> None:
    """The sources, rating and timings under an answer whose text is already on screen."""
    answer = entry["answer"]
    lang = answer["lang"]
    sources = answer_sources(answer)
    if sources.items:
        st.caption(sources.heading)
    for c in sources.items:
        show_source(entry["id"], c.n, c.source, c.section, c.text, lang)
    key = f"fb_{entry['id']}"
    if key not in st.session_state and entry.get("rating") is not None:
        st.session_state[key] = entry["rating"]  # the widget's state is dropped when the page is left
    left, right = st.columns([3, 1], vertical_alignment="center")
    with left:
        st.feedback("thumbs", key=key, on_change=rate, args=(entry["id"],))
    if answer.get("timings_ms"):
        right.caption(t("timings", lang, **{"retrieve": 0, "compose": 0, **answer["timings_ms"]}))


def ask(question: str, lang: str) -> None:
    """Stream the answer into the page, then store the turn (starting a conversation on the first)."""
    chat = conversation()
    history = [Turn(e["question"], e["answer"]["answer"]) for e in chat]
    final: list[Answer] = []

    def deltas() -> Any:
        for piece in answer_stream(assistant, question, history):
            if isinstance(piece, Answer):
                final.append(piece)
            else:
                yield piece

    body = st.empty()
    try:
        with st.spinner(t("thinking", lang)):
            body.write_stream(deltas())
    except AssistantError as exc:
        body.empty()
        stop_with(exc, lang)
    answer = final[-1].to_dict()
    turn = ChatTurn.new(answer, [e["question"] for e in chat])
    entry = {"id": turn.id, "question": turn.question, "answer": answer, "history": turn.history, "rating": None}
    body.markdown(answer_text(entry))
    try:
        store = conversations()
        if st.session_state.get("chat_id") is None:
            st.session_state["chat_id"] = store.start(person(), turn.question).id
            st.query_params[PARAM] = st.session_state["chat_id"]
        store.add(person(), st.session_state["chat_id"], turn)
    except AssistantError as exc:
        st.toast(str(exc), icon=":material/error:")
    chat.append(entry)
    show_answer(entry)


def pick_example(question: str) -> None:
    st.session_state["example"] = question


def examples(lang: str) -> None:
    st.caption(t("examples_intro", lang))
    for i, question in enumerate(EXAMPLES[lang]):
        st.button(question, key=f"example_{i}", icon=":material/lightbulb:", on_click=pick_example, args=(question,))


def toolbar(lang: str) -> None:
    """New conversation, the open conversation as Markdown, and the person's own feedback."""
    chat, who = conversation(), person()
    new_col, md_col, fb_col = st.columns(3, vertical_alignment="center")
    new_col.button(
        t("new_chat", lang), icon=":material/add_comment:", on_click=open_conversation, args=(None,), key="new_chat"
    )
    title = chat[0]["question"] if chat else ""
    md_col.download_button(
        t("export_chat", lang),
        data=transcript.to_markdown(title, chat, lang) if chat else "",
        file_name="wa-conversation.md",
        mime="text/markdown",
        icon=":material/description:",
        disabled=not chat,
        on_click="ignore",
        key="export_chat",
    )
    rated = feedback_store().count(who)
    fb_col.download_button(
        t("export", lang, n=rated),
        data=lambda: export_feedback(who),
        file_name="wa-feedback.jsonl",
        mime="application/jsonl",
        icon=":material/download:",
        help=t("export_help", lang),
        disabled=rated == 0,
        on_click="ignore",
        key="export",
    )


def rename(conversation_id: str) -> None:
    conversations().rename(person(), conversation_id, st.session_state.get("conv_title", ""))


def delete(conversation_id: str) -> None:
    conversations().delete(person(), conversation_id)
    open_conversation(None)
    st.toast(t("deleted", ui_lang()), icon=":material/delete:")


def history_sidebar(lang: str) -> None:
    """The person's conversations, newest first; the open one can be renamed or deleted."""
    with st.sidebar:
        st.subheader(t("conversations", lang))
        listed = conversations().owned_by(person())[:LISTED]
        if not listed:
            st.caption(t("no_conversations", lang))
        current = st.session_state.get("chat_id")
        for conv in listed:
            st.button(
                conv.title,
                key=f"open_conv_{conv.id}",
                type="secondary" if conv.id == current else "tertiary",
                icon=":material/chat:",
                on_click=open_conversation,
                args=(conv.id,),
                width="stretch",
            )
        if current and (mine := next((c for c in listed if c.id == current), None)):
            with st.popover(t("manage", lang), icon=":material/edit:", width="stretch"):
                st.text_input(t("title", lang), value=mine.title, key="conv_title")
                st.button(t("rename", lang), on_click=rename, args=(current,), key="conv_rename")
                st.button(
                    t("delete", lang), on_click=delete, args=(current,), key="conv_delete", icon=":material/delete:"
                )


lang = ui_lang()
follow_address()
st.title(t("chat_title", lang))
st.caption(t("chat_caption", lang))
assistant = assistant_or_stop()
prompt = st.chat_input(t("chat_placeholder", lang), max_chars=assistant.settings.max_question_chars)
prompt = prompt or st.session_state.pop("example", None)
bar = st.container()  # filled last, so its exports include the answer given on this run

if not conversation() and not prompt:
    examples(lang)
for entry in conversation():
    with st.chat_message("user"):
        st.markdown(entry["question"])
    with st.chat_message("assistant"):
        st.markdown(answer_text(entry))
        show_answer(entry)

if prompt:
    with st.chat_message("user"):
        st.markdown(prompt)
    with st.chat_message("assistant"):
        ask(prompt, lang)
with bar:
    toolbar(lang)
history_sidebar(lang)
