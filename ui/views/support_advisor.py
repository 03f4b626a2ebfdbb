"""Support plan advisor: a form (and free text) -> a recommended plan with cited reasons and a plan table.

Session state: `advisor` holds the last result {"rec": Recommendation, "rows": deciding row keys,
"as_of": date}; the form's widgets are `adv_*`.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from assistant.errors import AssistantError
from ui import forms, recommendation
from ui.plan_table import deciding_rows, plan_table
from ui.plan_view import plan_html
from ui.state import assistant_or_stop, settings, stop_with, ui_lang
from ui.strings import t


def form(lang: str) -> dict | None:
    """The advisor's questions; the recommender's arguments once submitted."""
    with st.form("advisor_form"):
        production = st.radio(
            t("production", lang),
            [True, False],
            format_func=lambda yes: t("production_yes" if yes else "production_no", lang),
            horizontal=True,
            key="adv_production",
        )
        none = t("no_requirement", lang)
        down = st.selectbox(
            t("production_down", lang),
            forms.PRODUCTION_DOWN,
            format_func=lambda n: forms.need_label(n, lang, none),
            key="adv_down",
        )
        critical = st.selectbox(
            t("business_critical", lang),
            forms.BUSINESS_CRITICAL,
            format_func=lambda n: forms.need_label(n, lang, none),
            key="adv_critical",
        )
        round_clock = st.checkbox(t("round_clock", lang), key="adv_24x7")
        channels = st.pills(
            t("channels", lang),
            forms.CHANNELS,
            selection_mode="multi",
            format_func=lambda n: forms.channel_label(n, lang),
            key="adv_channels",
        )
        tam = st.radio(t("tam", lang), forms.TAM, format_func=lambda n: forms.need_label(n, lang, none), key="adv_tam")
        extras = st.multiselect(
            t("extras", lang),
            forms.EXTRAS,
            format_func=lambda n: forms.need_label(n, lang),
            placeholder=t("choose_options", lang),
            key="adv_extras",
        )
        left, right = st.columns(2)
        budget = left.selectbox(
            t("budget", lang),
            forms.BUDGET_LEVELS,
            format_func=lambda b: forms.budget_label(b, lang, t("any_budget", lang)),
            key="adv_budget",
        )
        as_of = right.date_input(t("as_of", lang), value=dt.date.today(), key="adv_as_of")
        text = st.text_area(t("describe", lang), placeholder=t("describe_help", lang), key="adv_text")
        if not st.form_submit_button(t("recommend", lang), type="primary", icon=":material/recommend:"):
            return None
    ids = [n for n in (down, critical, tam) if n] + (["24x7"] if round_clock else []) + list(channels or [])
    return {
        "need": forms.support_request(text or "", production, lang),
        "needs": ids + list(extras),
        "budget": budget,
        "as_of": as_of,
    }


lang = ui_lang()
st.title(t("advisor_title", lang))
st.caption(t("advisor_caption", lang))
assistant = assistant_or_stop()
form_col, result_col = st.columns([2, 3], gap="large")
with form_col:
    request = form(lang)
if request:
    try:
        rec = assistant.recommend_support(**request)
        rows = deciding_rows(request["need"], request["needs"], request["budget"])
    except AssistantError as exc:
        stop_with(exc, lang)
    st.session_state["advisor"] = {"rec": rec, "rows": rows, "as_of": request["as_of"]}

result = st.session_state.get("advisor")
with result_col:
    if result:
        recommendation.show(result["rec"], prefix="advisor")
table_lang = result["rec"].lang if result else lang
chosen = result["rec"].recommendation if result else ""
try:
    table = plan_table(settings().corpus, table_lang, result["as_of"] if result else None)
except AssistantError as exc:
    stop_with(exc, lang)
st.subheader(t("compare", table_lang))
st.caption(t("compare_caption", table_lang))
st.html(plan_html(table, result["rows"] if result else set(), chosen, table_lang))
with st.expander(t("price_rules", table_lang)):
    st.markdown("\n".join(f"- **{name}**: {rule}" for name, rule in zip(table.plans, table.prices, strict=True)))
