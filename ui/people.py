"""Who is using the app, so conversations, ratings, progress and reviews belong to someone.

With Streamlit's sign-in configured (an [auth] section in .streamlit/secrets.toml, `st.login`), the
signed-in user is the person. Otherwise the app asks for a name once and keeps it in the page address
(`?who=`), so a reload or a bookmark keeps it; that name is a declaration, not a proof, which suits a
team's trusted network. Pages read the person with `person()` (also in `st.session_state["person"]`).
"""

from __future__ import annotations

import re
from typing import NoReturn

import streamlit as st

from ui.strings import t

PARAM = "who"  # the query parameter that carries a declared name
KEY = "person"  # session key: the current person, for every page (ui/views/learn.py reads it)
MAX_NAME = 40
_NOT_NAME = re.compile(r"[^\w .@+-]+")  # letters of any script, digits, and what e-mail addresses use


def clean(name: str | None) -> str:
    """A name as the key it is stored under: letters, digits and `.@+-_`, spaces collapsed, case-folded,
    at most MAX_NAME. Nothing else survives, so a name shown in Markdown stays plain text."""
    return " ".join(_NOT_NAME.sub(" ", name or "").split()).casefold()[:MAX_NAME]


def sign_in_configured() -> bool:
    return "is_logged_in" in st.user


def person() -> str:
    """The current person; set by `identify()` at the top of every run."""
    return str(st.session_state.get(KEY, ""))


def known() -> str:
    """The person if already known (signed in, or named in the address or this session), else ""."""
    if sign_in_configured():
        if not st.user.is_logged_in:
            return ""
        return clean(str(st.user.get("email") or st.user.get("name") or st.user.get("sub") or ""))
    return clean(st.query_params.get(PARAM)) or clean(st.session_state.get(KEY))


def identify(lang: str) -> str:
    """The person of this session, asking for sign-in or a name first (and ending the run) when unknown."""
    who = known()
    if not who:
        _ask_sign_in(lang) if sign_in_configured() else _ask_name(lang)
    if not sign_in_configured():
        st.query_params[PARAM] = who  # a page switch drops the address's parameters: put it back
    st.session_state[KEY] = who
    return who


def display_name() -> str:
    if sign_in_configured() and st.user.get("name"):
        return str(st.user.get("name"))
    return person()


def switch_person() -> None:
    """Forget the declared name (or sign out), so the next run asks again."""
    if sign_in_configured():
        st.logout()
        return
    st.query_params.pop(PARAM, None)
    for key in list(st.session_state):
        if key not in ("ui_lang",):
            del st.session_state[key]


def _ask_name(lang: str) -> NoReturn:
    st.title(t("welcome", lang))
    with st.form("who_form", border=False):
        name = st.text_input(t("your_name", lang), max_chars=MAX_NAME, placeholder=t("name_help", lang), key="who")
        if st.form_submit_button(t("start", lang), type="primary", icon=":material/login:") and clean(name):
            st.session_state[KEY] = clean(name)
            st.query_params[PARAM] = clean(name)
            st.rerun()
    st.caption(t("name_why", lang))
    st.stop()


def _ask_sign_in(lang: str) -> NoReturn:
    st.title(t("welcome", lang))
    st.button(t("sign_in", lang), type="primary", icon=":material/login:", on_click=st.login, key="sign_in")
    st.stop()
