"""What every page shares: the cached Assistant, the state stores, the chrome language, the error edge.

Pages call `assistant_or_stop()` rather than `get_assistant()`, so a domain error becomes `st.error`
with what to do next, never a traceback.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, NoReturn

import streamlit as st

from assistant.errors import AssistantError, ConfigError, StoreCorrupt, StoreMissing
from assistant.settings import Settings, load_settings
from assistant.types import Answer, Turn
from ui.conversations import Conversations
from ui.documents import topics_by_source
from ui.feedback import FeedbackStore
from ui.strings import LANGS, t

if TYPE_CHECKING:
    from assistant.core import Assistant


@st.cache_resource(show_spinner=False)
def get_assistant() -> Assistant:
    """One Assistant per server process, its models warmed so every answer comes at once."""
    from assistant.core import Assistant

    assistant = Assistant.load(load_settings())
    assistant.warm()
    return assistant


def settings() -> Settings:
    return load_settings()


def feedback_store() -> FeedbackStore:
    return FeedbackStore.for_settings(settings())


def conversations() -> Conversations:
    return Conversations.for_settings(settings())


def export_feedback(person: str | None) -> str:
    """`person`'s ratings (everyone's for None) as eval-set JSONL, topics from the cited documents."""
    return feedback_store().export_jsonl(topics_by_source(settings().corpus), person)


def is_admin(person: str) -> bool:
    return settings().is_admin(person)


def ui_lang() -> str:
    """The chrome's language: the sidebar toggle, first set from the browser's locale."""
    if st.session_state.get("ui_lang") not in LANGS:
        locale = st.context.locale or ""
        st.session_state["ui_lang"] = "ko" if locale.lower().startswith("ko") else "en"
    return str(st.session_state["ui_lang"])


def assistant_or_stop() -> Assistant:
    lang = ui_lang()
    try:
        with st.spinner(t("loading", lang)):
            return get_assistant()
    except AssistantError as exc:
        stop_with(exc, lang)


def stop_with(exc: AssistantError, lang: str | None = None) -> NoReturn:
    """The edge for domain errors: say what went wrong and what to do, then end this run."""
    st.error(error_text(exc, lang or ui_lang()), icon=":material/error:")
    st.stop()


def error_text(exc: AssistantError, lang: str) -> str:
    hint = ""
    if isinstance(exc, StoreMissing | StoreCorrupt):
        hint = t("hint_store", lang)
    elif isinstance(exc, ConfigError):
        hint = t("hint_config", lang)
    return f"{exc}\n\n{hint}".strip()


def answer_stream(assistant: Assistant, question: str, history: list[Turn]) -> Iterator[str | Answer]:
    """Text deltas as the answer is produced, then the Answer (the `Assistant.stream` contract); an
    Assistant without `stream` gives its whole text at once."""
    stream = getattr(assistant, "stream", None)
    if stream is not None:
        yield from stream(question, history)
        return
    answer = assistant.ask(question, history)
    yield answer.answer
    yield answer


def store_status(s: Settings) -> dict[str, Any]:
    """Chunk count and last ingest time from the ingest manifest, without opening the store."""
    from ingest import manifest

    m = manifest.read(s.store) or {}
    when = ""
    if m.get("finished_at"):
        when = dt.datetime.fromisoformat(m["finished_at"]).strftime("%Y-%m-%d %H:%M UTC")
    return {"chunks": m.get("chunks_total"), "when": when}


def reingest(
    rebuild: bool, progress: Callable[[int, int], None], reading: Callable[[int, int, str], None] | None = None
) -> Any:
    """Run ingest on the configured corpus and store, then drop the cached Assistant so pages reload it."""
    from ingest.run import ingest

    try:
        return ingest(settings(), rebuild=rebuild, progress=progress, reading=reading)
    finally:
        get_assistant.clear()
