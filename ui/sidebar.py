"""The sidebar every page shares: the language and who is using the app. Pages add their own below
(the chat page its conversations); the store and re-ingest live on the Admin page, for admins only."""

from __future__ import annotations

import streamlit as st

from ui.people import display_name, switch_person
from ui.strings import LANGS, plain, t


def render(lang: str) -> None:
    with st.sidebar:
        st.radio(t("language", lang), list(LANGS), format_func=LANGS.__getitem__, key="ui_lang", horizontal=True)
        left, right = st.columns([3, 2], vertical_alignment="center")
        left.markdown(t("signed_in_as", lang, name=plain(display_name())))
        right.button(t("switch_person", lang), on_click=switch_person, key="switch_person", type="tertiary")
        st.divider()
