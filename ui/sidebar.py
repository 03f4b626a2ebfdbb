"""The sidebar every page shares: the language and who is using the app. Pages add their own below
(the chat page its conversations); the store and re-ingest live on the Admin page, for admins only."""

from __future__ import annotations

from html import escape

import streamlit as st

from ui.people import display_name, switch_person
from ui.strings import LANGS, t

_NAME = "\x00"  # where the name goes in the catalogue's sentence


def render(lang: str) -> None:
    with st.sidebar:
        st.radio(t("language", lang), list(LANGS), format_func=LANGS.__getitem__, key="ui_lang", horizontal=True)
        st.html(who_html(display_name(), lang))
        st.button(t("switch_person", lang), on_click=switch_person, key="switch_person", type="tertiary")
        st.divider()


def who_html(name: str, lang: str) -> str:
    """ "You are <name>" as HTML, not Markdown: Markdown turns an e-mail address into a mailto link
    (escaping does not stop it) and breaks it at its dot; here it is plain text that wraps anywhere."""
    before, _, after = t("signed_in_as", lang, name=_NAME).partition(_NAME)
    return f'<p class="wa-who">{escape(before)}<strong>{escape(name)}</strong>{escape(after)}</p>'
