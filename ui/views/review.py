"""Review: answer the Well-Architected questions per pillar (or upload an answers file), then see scores,
the improvement plan with its sources, what changed since the last milestone, and download the report.

Workloads belong to the person using the app: milestones are stored under "<person>/<workload>"
(the CLI reaches them as `--workload "<person>/<workload>"`). The form starts from the workload's
last milestone.

Session state: `review_workload` (name input), `rv_choices` (question id -> answer, kept across a
language switch; the radios are `rv_<question id>_<lang>`, ui/choices.py), `review_prefilled` (the
workload whose answers the radios were last filled from), `review_result` (the last ReviewResult).
"""

from __future__ import annotations

import datetime as dt

import altair as alt
import pandas as pd
import streamlit as st

from assistant.errors import AssistantError
from assistant.knowledge.catalog import Review, load_catalog
from assistant.messages import say
from assistant.review import (
    ANSWERS,
    Milestone,
    Milestones,
    ReviewResult,
    check_answers,
    parse_answers,
    run_review,
)
from assistant.review import template as answers_template
from assistant.review.report import to_json, to_markdown
from assistant.review.view import ReviewView, review_view
from ui.choices import Choices
from ui.people import person
from ui.state import settings, stop_with, ui_lang
from ui.strings import LANGS, t

NAME_CHARS = 50


def w(key: str, lang: str, **values: object) -> str:
    return t(f"review_{key}", lang, **values)


def stored_name(workload: str) -> str:
    """The milestones' key: a workload belongs to the person who reviews it."""
    return f"{person()}/{workload}"


def shown_name(stored: str) -> str:
    return stored.split("/", 1)[-1]


def when(iso: str) -> str:
    """An ISO time as a person reads it: 2026-11-30 12:14 (UTC)."""
    try:
        return dt.datetime.fromisoformat(iso).astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def percent(score: float | None) -> str:
    return "—" if score is None else f"{score * 100:.0f} %"


def prefill(key: str, review: Review, lang: str) -> Milestone | None:
    """Fill the radios from the workload's last milestone, once per workload chosen."""
    last = Milestones.for_settings(settings()).latest(key)
    if st.session_state.get("review_prefilled") != key:
        answers = {q.id: last.answers.get(q.id) if last else None for p in review.pillars for q in p.questions}
        Choices("rv", lang, {}).reset(answers, list(LANGS))
        st.session_state["review_prefilled"] = key
    if last:
        st.caption(w("prefilled", lang, id=last.id, when=when(last.created_at)))
    return last


def review_form(lang: str) -> dict[str, object] | None:
    """The radios of every question, a tab per pillar; the answers when submitted."""
    review = load_catalog(settings().corpus).review
    answers = Choices("rv", lang, {})  # kept across a language switch; prefill() starts them
    with st.container(border=True):
        tabs = st.tabs([getattr(p.name, lang) for p in review.pillars])
        for tab, pillar in zip(tabs, review.pillars, strict=True):
            with tab:
                for q in pillar.questions:
                    answers.radio(
                        q.id,
                        f"**{q.id}** {getattr(q.question, lang)}",
                        ANSWERS,
                        blank=True,
                        format_func=lambda a: t(f"answer_{a}", lang),
                        horizontal=True,
                    )
        if not st.button(w("run", lang), icon=":material/fact_check:", type="primary", key="review_run"):
            return None
    return {q.id: answers.values.get(q.id) for p in review.pillars for q in p.questions}


def score_chart(view: ReviewView) -> alt.LayerChart:
    """Bars on a fixed 0-100 % scale (half is half), full pillar names, the value written beside each bar."""
    frame = pd.DataFrame(
        {
            "pillar": [p.name for p in view.pillars],
            "score": [0.0 if p.score is None else round(p.score * 100, 1) for p in view.pillars],
            "label": [percent(p.score) if p.score is not None else view.label("not_scored") for p in view.pillars],
        }
    )
    score = view.label("score")
    base = alt.Chart(frame).encode(
        y=alt.Y("pillar:N", sort=None, title=None, axis=alt.Axis(labelLimit=0)),
        x=alt.X("score:Q", scale=alt.Scale(domain=[0, 100]), title=score + " (%)"),
        tooltip=[alt.Tooltip("pillar:N", title=view.label("pillar")), alt.Tooltip("label:N", title=score)],
    )
    bars = base.mark_bar()
    text = base.mark_text(align="left", dx=4).encode(text="label:N")
    return (bars + text).properties(height=36 * len(frame))


def show_result(result: ReviewResult, lang: str) -> None:
    """The page's drawing of the one review view (assistant/review/view.py), in the review's language."""
    view = review_view(result)
    if result.milestone:
        st.success(w("saved", lang, id=result.milestone.id, workload=shown_name(result.workload)))
    st.subheader(view.label("scores"))
    st.altair_chart(score_chart(view), width="stretch")
    counts = st.columns(3)
    for column, (key, n) in zip(counts, view.totals.items(), strict=True):
        column.metric(view.label(key), n)
    if view.since:
        st.subheader(view.since.heading)
        changes = [c for c in view.since.changes if c[0] in ("resolved", "new")]
        st.markdown("\n".join(f"- **{label}:** {', '.join(ids) or '—'}" for _, label, ids in changes))
    st.subheader(view.label("plan"))
    if not view.plan:
        st.info(view.label("no_plan"))
    for row in view.plan:
        icon = ":material/error:" if row.risk == "high" else ":material/warning:"
        with st.expander(
            f"{row.n}. {row.risk_label} · {row.question_id} · {row.pillar}: {row.best_practice}", icon=icon
        ):
            st.markdown(row.question)
            st.markdown(f"**{view.label('do')}:** {row.recommendation}")
            st.caption(f"`{row.citation.source}` › {row.citation.section}")
            st.markdown("\n".join(f"> {line}" if line.strip() else ">" for line in row.citation.text.splitlines()))
    left, right = st.columns(2)
    name = f"wa-review-{shown_name(result.workload)}"
    left.download_button(
        w("md", lang), to_markdown(result), f"{name}.md", "text/markdown", icon=":material/download:", on_click="ignore"
    )
    right.download_button(
        w("json", lang),
        to_json(result),
        f"{name}.json",
        "application/json",
        icon=":material/download:",
        on_click="ignore",
    )


def show_history(key: str, names: dict[str, str], lang: str) -> None:
    """Every milestone of the workload: when, risk counts, and each pillar's score as a percentage."""
    rows = [m.summary() for m in Milestones.for_settings(settings()).history(key)]
    if not rows:
        return
    st.subheader(w("history", lang))
    table = pd.DataFrame(
        [
            {
                "#": r["milestone"],
                w("when", lang): when(r["created_at"]),
                say("review.high", lang): r["high"],
                say("review.medium", lang): r["medium"],
                **{names.get(pid, pid): percent(score) for pid, score in r["scores"].items()},
            }
            for r in reversed(rows)
        ]
    )
    st.table(table.set_index("#"))


lang = ui_lang()
st.title(w("title", lang))
st.caption(w("caption", lang))
try:
    review = load_catalog(settings().corpus).review
    names: dict[str, str] = {str(p.id): str(getattr(p.name, lang)) for p in review.pillars}
    mine = [shown_name(k) for k in Milestones.for_settings(settings()).workloads() if k.startswith(f"{person()}/")]
    st.session_state.setdefault("review_workload", mine[0] if mine else "default")
    workload = (st.text_input(w("workload", lang), max_chars=NAME_CHARS, key="review_workload") or "default").strip()
    key = stored_name(workload)
    prefill(key, review, lang)
    st.download_button(
        w("template", lang),
        answers_template(review, lang),
        "answers.yaml",
        "application/yaml",
        on_click="ignore",
        key="review_template",
    )
    given = review_form(lang)
    with st.expander(w("upload", lang)):
        uploaded = st.file_uploader(
            w("upload", lang), type=["yaml", "yml", "json"], key="review_file", label_visibility="collapsed"
        )
        if uploaded is not None and st.button(w("run_file", lang), key="review_run_file"):
            text = uploaded.getvalue().decode("utf-8", errors="replace")
            st.session_state["review_result"] = run_review(
                settings(), parse_answers(text, uploaded.name, review), key, lang
            )
    if given is not None:
        st.session_state["review_result"] = run_review(settings(), check_answers(given, review), key, lang)
    result = st.session_state.get("review_result")
    if result is not None and result.workload == key:
        show_result(result, lang)
    show_history(key, names, lang)
except AssistantError as exc:
    stop_with(exc, lang)
