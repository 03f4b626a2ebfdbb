"""Partner finder: a need in words plus a few choices -> the kind of AWS partner, with cited reasons.

Session state: `partner` holds the last Recommendation; the form's widgets are `pf_*`.
"""

from __future__ import annotations

import streamlit as st

from assistant.errors import AssistantError
from ui import forms, recommendation
from ui.state import assistant_or_stop, stop_with, ui_lang
from ui.strings import t


def form(lang: str) -> str | None:
    """The need in words once submitted (what was typed plus the choices), else None."""
    with st.form("partner_form"):
        text = st.text_area(t("partner_need", lang), placeholder=t("partner_need_help", lang), key="pf_text")
        job = st.selectbox(
            t("partner_job", lang),
            [None, *forms.PARTNER_JOBS],
            format_func=lambda j: forms.choice_label("job", j, lang, t("any_budget", lang)),
            key="pf_job",
        )
        size = st.radio(
            t("partner_size", lang),
            [None, *forms.PARTNER_SIZES],
            format_func=lambda s: forms.choice_label("size", s, lang, t("partner_size_any", lang)),
            horizontal=True,
            key="pf_size",
        )
        korea = st.checkbox(t("partner_korea", lang), key="pf_korea")
        if not st.form_submit_button(t("find", lang), type="primary", icon=":material/search:"):
            return None
    return forms.partner_request(text or "", job, size, korea, lang)


lang = ui_lang()
st.title(t("partner_title", lang))
st.caption(t("partner_caption", lang))
assistant = assistant_or_stop()
form_col, result_col = st.columns([2, 3], gap="large")
with form_col:
    need = form(lang)
if need is not None:
    if not need.strip():
        st.session_state.pop("partner", None)
        form_col.warning(t("empty_request", lang))
    else:
        try:
            st.session_state["partner"] = assistant.recommend_partner(need)
        except AssistantError as exc:
            stop_with(exc, lang)
with result_col:
    if rec := st.session_state.get("partner"):
        recommendation.show(rec, prefix="partner")
