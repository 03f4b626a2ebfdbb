"""Support plan advisor: a form (and free text) -> a recommended plan with cited reasons and a plan table.

Session state: `advisor` holds the last result {"rec": Recommendation, "rows": deciding row keys,
"as_of": date, "asked": the choices it answered, "lang": the chrome's language then}; the form's choices
are `adv_choices` (ui/choices.py), so they and a form-only result follow a language switch.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import streamlit as st

from assistant.errors import AssistantError
from ui import forms, recommendation
from ui.choices import Choices
from ui.plan_table import deciding_rows, plan_table
from ui.plan_view import plan_html
from ui.state import assistant_or_stop, settings, stop_with, ui_lang
from ui.strings import t

DEFAULTS: dict[str, Any] = {
    "production": True,
    "down": None,
    "critical": None,
    "24x7": False,
    "channels": [],
    "tam": None,
    "extras": [],
    "budget": None,
    "text": "",
}


def form(lang: str) -> dict[str, Any] | None:
    """The advisor's questions; the choices once submitted."""
    c = Choices("adv", lang, DEFAULTS | {"as_of": dt.date.today()})
    none = t("no_requirement", lang)
    with st.container(border=True):
        c.radio(
            "production",
            t("production", lang),
            [True, False],
            format_func=lambda yes: t("production_yes" if yes else "production_no", lang),
            horizontal=True,
        )
        need = partial(forms.need_label, lang=lang, none=none)
        c.selectbox("down", t("production_down", lang), forms.PRODUCTION_DOWN, format_func=need)
        c.selectbox("critical", t("business_critical", lang), forms.BUSINESS_CRITICAL, format_func=need)
        c.checkbox("24x7", t("round_clock", lang))
        c.pills("channels", t("channels", lang), forms.CHANNELS, format_func=lambda n: forms.channel_label(n, lang))
        c.radio("tam", t("tam", lang), forms.TAM, format_func=need)
        c.multiselect(
            "extras",
            t("extras", lang),
            forms.EXTRAS,
            format_func=lambda n: forms.need_label(n, lang),
            placeholder=t("choose_options", lang),
        )
        left, right = st.columns(2)
        with left:
            c.selectbox(
                "budget",
                t("budget", lang),
                forms.BUDGET_LEVELS,
                format_func=lambda b: forms.budget_label(b, lang, t("any_budget", lang)),
            )
        with right:
            c.date_input("as_of", t("as_of", lang))
        c.text_area("text", t("describe", lang), placeholder=t("describe_help", lang))
        if not st.button(t("recommend", lang), type="primary", icon=":material/recommend:", key="adv_submit"):
            return None
    return dict(c.values)


def request(choices: dict[str, Any], lang: str) -> dict[str, Any]:
    """The recommender's arguments for the form's choices, the words in `lang` unless typed."""
    ids = [n for n in (choices["down"], choices["critical"], choices["tam"]) if n]
    ids += (["24x7"] if choices["24x7"] else []) + list(choices["channels"])
    return {
        "need": forms.support_request(choices["text"], choices["production"], lang),
        "needs": ids + list(choices["extras"]),
        "budget": choices["budget"],
        "as_of": choices["as_of"],
    }


def advise(choices: dict[str, Any], lang: str) -> dict[str, Any]:
    args = request(choices, lang)
    try:
        rec = assistant.recommend_support(**args)
        rows = deciding_rows(args["need"], args["needs"], args["budget"])
    except AssistantError as exc:
        stop_with(exc, lang)
    return {"rec": rec, "rows": rows, "as_of": args["as_of"], "asked": choices, "lang": lang}


lang = ui_lang()
st.title(t("advisor_title", lang))
st.caption(t("advisor_caption", lang))
assistant = assistant_or_stop()
form_col, result_col = st.columns([2, 3], gap="large")
with form_col:
    submitted = form(lang)
result = st.session_state.get("advisor")
if submitted:
    result = advise(submitted, lang)
elif result and result["lang"] != lang and not result["asked"]["text"].strip():
    result = advise(result["asked"], lang)  # nothing typed: the answer speaks the chrome's new language
if result:
    st.session_state["advisor"] = result
with result_col:
    if result:
        recommendation.show(result["rec"], prefix="advisor")
chosen = result["rec"].recommendation if result else ""
try:
    table = plan_table(settings().corpus, lang, result["as_of"] if result else None)
except AssistantError as exc:
    stop_with(exc, lang)
st.subheader(t("compare", lang))
st.caption(t("compare_caption", lang))
st.html(plan_html(table, result["rows"] if result else set(), chosen, lang))
with st.expander(t("price_rules", lang)):
    st.markdown("\n".join(f"- **{name}**: {rule}" for name, rule in zip(table.plans, table.prices, strict=True)))
