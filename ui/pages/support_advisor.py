"""Support plan advisor: a form (and free text) -> a recommended plan with cited reasons and a plan table.

Session state: `advisor` holds the last result {"rec": Recommendation, "rows": deciding row keys,
"as_of": date}; the form's widgets are `adv_*`.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st
from pandas.io.formats.style import Styler

from assistant import forms
from assistant.errors import AssistantError
from assistant.plan_table import PlanTable, deciding_rows, plan_table
from ui import recommendation
from ui.state import assistant_or_stop, settings, stop_with, ui_lang
from ui.strings import t

MARK, STAR = "▶", "★ "
ROW_COLOUR, COLUMN_COLOUR = "background-color: rgba(255, 196, 0, 0.22)", "background-color: rgba(33, 195, 84, 0.16)"


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
        left, right = st.columns(2)
        none = t("no_requirement", lang)
        down = left.selectbox(
            t("production_down", lang),
            forms.PRODUCTION_DOWN,
            format_func=lambda n: forms.need_label(n, lang, none),
            key="adv_down",
        )
        critical = right.selectbox(
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
            t("extras", lang), forms.EXTRAS, format_func=lambda n: forms.need_label(n, lang), key="adv_extras"
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


def styled(table: PlanTable, rows: set[str], chosen: str, lang: str) -> Styler:
    """Plans as columns, facts as rows; the rows the requirements decided on and the chosen plan tinted."""
    header = [f"{STAR}{name}" if name == chosen else name for name in table.plans]
    frame = pd.DataFrame(
        [[MARK if key in rows else "", label, *cells] for key, label, cells in table.rows],
        columns=[MARK, t("feature", lang), *header],
    )
    marked = [i for i, (key, _, _) in enumerate(table.rows) if key in rows]
    styler = frame.style.apply(lambda r: [ROW_COLOUR if r.name in marked else ""] * len(r), axis=1)
    if chosen in table.plans:
        styler = styler.map(lambda _: COLUMN_COLOUR, subset=[f"{STAR}{chosen}"])
    return styler


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
        recommendation.show(result["rec"])
table_lang = result["rec"].lang if result else lang
chosen = result["rec"].recommendation if result else ""
try:
    table = plan_table(settings().corpus, table_lang, result["as_of"] if result else None)
except AssistantError as exc:
    stop_with(exc, lang)
st.subheader(t("compare", table_lang))
st.caption(t("compare_caption", table_lang))
frame = styled(table, result["rows"] if result else set(), chosen, table_lang)
st.dataframe(
    frame,
    hide_index=True,
    width="stretch",
    height=(len(table.rows) + 1) * 35 + 3,
    column_config={
        MARK: st.column_config.TextColumn(width=36),
        t("feature", table_lang): st.column_config.TextColumn(width=230),
    },
)
with st.expander(t("price_rules", table_lang)):
    st.markdown("\n".join(f"- **{name}**: {rule}" for name, rule in zip(table.plans, table.prices, strict=True)))
