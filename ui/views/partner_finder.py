"""Partner finder: a need in words plus a few choices -> the kind of AWS partner, with cited reasons.

Session state: `partner` holds the last result {"rec": Recommendation, "asked": the choices it answered,
"lang": the chrome's language then, "support": whether it is a Support plan need}; the form's choices are
`pf_choices` (ui/choices.py), so they and a form-only result follow a language switch. A need for a
Support plan (a response time, a TAM) gets a button to the Support plan advisor, the text carried over.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from assistant.errors import AssistantError
from assistant.knowledge.catalog import load_catalog
from ui import forms, recommendation
from ui.choices import Choices
from ui.state import assistant_or_stop, settings, stop_with, ui_lang
from ui.strings import t

DEFAULTS: dict[str, Any] = {"text": "", "job": None, "size": None, "korea": False}


def form(lang: str) -> dict[str, Any] | None:
    """The choices once submitted, else None."""
    c = Choices("pf", lang, DEFAULTS)
    with st.container(border=True):
        c.text_area("text", t("partner_need", lang), placeholder=t("partner_need_help", lang))
        c.selectbox(
            "job",
            t("partner_job", lang),
            [None, *forms.PARTNER_JOBS],
            format_func=lambda j: forms.choice_label("job", j, lang, t("any_budget", lang)),
        )
        c.radio(
            "size",
            t("partner_size", lang),
            [None, *forms.PARTNER_SIZES],
            format_func=lambda s: forms.choice_label("size", s, lang, t("partner_size_any", lang)),
            horizontal=True,
        )
        c.checkbox("korea", t("partner_korea", lang))
        if not st.button(t("find", lang), type="primary", icon=":material/search:", key="pf_submit"):
            return None
    return dict(c.values)


def need_words(choices: dict[str, Any], lang: str) -> str:
    return forms.partner_request(choices["text"], choices["job"], choices["size"], choices["korea"], lang)


def find(choices: dict[str, Any], lang: str) -> dict[str, Any]:
    words = need_words(choices, lang)
    try:
        rec = assistant.recommend_partner(words)
        support = forms.about_support(words, load_catalog(settings().corpus).partners)
    except AssistantError as exc:
        stop_with(exc, lang)
    return {"rec": rec, "asked": choices, "lang": lang, "support": support}


def to_advisor(result: dict[str, Any]) -> None:
    """Say the need is for a Support plan, in the request's language, with a button to the advisor."""
    lang = result["rec"].lang
    st.info(t("partner_is_support", lang), icon=":material/support_agent:")
    if st.button(t("to_advisor", lang), type="primary", icon=":material/arrow_forward:", key="pf_to_advisor"):
        st.session_state.setdefault("adv_choices", {})["text"] = result["asked"]["text"]
        st.switch_page("views/support_advisor.py")


lang = ui_lang()
st.title(t("partner_title", lang))
st.caption(t("partner_caption", lang))
assistant = assistant_or_stop()
form_col, result_col = st.columns([2, 3], gap="large")
with form_col:
    submitted = form(lang)
result = st.session_state.get("partner")
if submitted is not None:
    result = None
    if not need_words(submitted, lang).strip():
        form_col.warning(t("empty_request", lang))
    else:
        result = find(submitted, lang)
elif result and result["lang"] != lang and not result["asked"]["text"].strip():
    result = find(result["asked"], lang)  # nothing typed: the answer speaks the chrome's new language
st.session_state["partner"] = result
with result_col:
    if result and result["support"]:
        to_advisor(result)
    elif result:
        recommendation.show(result["rec"], prefix="partner")
