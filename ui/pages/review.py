"""Review: answer the Well-Architected questions per pillar (or upload an answers file), then see scores,
the improvement plan with its sources, what changed since the last milestone, and download the report.

Session state: `review_workload` (name input), `rv:<question id>` (each answer radio), `review_result`
(the last ReviewResult, shown until the next review).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from assistant.catalog import load_catalog
from assistant.errors import AssistantError
from assistant.review import ANSWERS, Milestones, ReviewResult, check_answers, parse_answers, run_review, template
from assistant.review.report import to_json, to_markdown
from ui.state import settings, stop_with, ui_lang

WORDS = {
    "title": ("Well-Architected review", "Well-Architected 리뷰"),
    "caption": (
        "Answer per pillar; unanswered questions are left out of the scores. Each review is saved as a milestone.",
        "원칙별로 답하세요. 답하지 않은 질문은 점수에서 빠집니다. 리뷰마다 마일스톤으로 저장됩니다.",
    ),
    "workload": ("Workload", "워크로드"),
    "run": ("Review and save milestone", "리뷰하고 마일스톤 저장"),
    "upload": ("Or review from an answers file (YAML/JSON)", "또는 답변 파일(YAML/JSON)로 리뷰"),
    "run_file": ("Review this file", "이 파일로 리뷰"),
    "template": ("Download an answers template", "답변 템플릿 받기"),
    "scores": ("Pillar scores (% of applicable best practices met)", "원칙별 점수 (해당 모범 사례 충족 비율 %)"),
    "high": ("High risk", "고위험"),
    "medium": ("Medium risk", "중간 위험"),
    "unanswered": ("Unanswered", "미답변"),
    "plan": ("Improvement plan", "개선 계획"),
    "no_plan": ("No high- or medium-risk items.", "고위험·중간 위험 항목이 없습니다."),
    "do": ("Recommendation", "권장 조치"),
    "since": ("Since milestone #{id}", "마일스톤 #{id} 이후"),
    "resolved": ("Resolved", "해결됨"),
    "new": ("New risks", "새 위험"),
    "saved": ("Saved as milestone #{id} of {workload}.", "{workload}의 마일스톤 #{id}로 저장했습니다."),
    "history": ("Milestones", "마일스톤"),
    "md": ("Download Markdown", "Markdown 받기"),
    "json": ("Download JSON", "JSON 받기"),
}
LABELS = {"yes": ("Yes", "예"), "partly": ("Partly", "부분적"), "no": ("No", "아니오"), "n/a": ("N/A", "해당 없음")}


def w(key: str, lang: str, **values: object) -> str:
    return WORDS[key][0 if lang == "en" else 1].format(**values)


def review_form(lang: str) -> dict[str, object] | None:
    """The radios of every question, a tab per pillar; the answers when submitted."""
    review = load_catalog(settings().corpus).review
    with st.form("review_form"):
        tabs = st.tabs([getattr(p.name, lang) for p in review.pillars])
        for tab, pillar in zip(tabs, review.pillars, strict=True):
            with tab:
                for q in pillar.questions:
                    st.radio(
                        f"**{q.id}** {getattr(q.question, lang)}",
                        ANSWERS,
                        index=None,
                        format_func=lambda a: LABELS[a][0 if lang == "en" else 1],
                        horizontal=True,
                        key=f"rv:{q.id}",
                    )
        if not st.form_submit_button(w("run", lang), icon=":material/fact_check:", type="primary"):
            return None
    return {q.id: st.session_state.get(f"rv:{q.id}") for p in review.pillars for q in p.questions}


def show_result(result: ReviewResult, lang: str) -> None:
    if result.milestone:
        st.success(w("saved", lang, id=result.milestone.id, workload=result.workload))
    card = result.card
    scores = pd.DataFrame(
        {"score": [None if p.score is None else round(p.score * 100, 1) for p in card.pillars]},
        index=[p.name for p in card.pillars],
    )
    st.subheader(w("scores", lang))
    st.bar_chart(scores, horizontal=True, y_label="%")
    counts = st.columns(3)
    counts[0].metric(w("high", lang), sum(len(p.high) for p in card.pillars))
    counts[1].metric(w("medium", lang), sum(len(p.medium) for p in card.pillars))
    counts[2].metric(w("unanswered", lang), len(card.unanswered))
    if result.compared_to:
        c = result.compared_to
        st.subheader(w("since", lang, id=c.milestone))
        lines = [f"- **{w(key, lang)}:** {', '.join(getattr(c, key)) or '—'}" for key in ("resolved", "new")]
        st.markdown("\n".join(lines))
    st.subheader(w("plan", lang))
    if not card.improvement_plan:
        st.info(w("no_plan", lang))
    names = {p.id: p.name for p in card.pillars}
    for n, item in enumerate(card.improvement_plan, start=1):
        icon = ":material/error:" if item.risk == "high" else ":material/warning:"
        with st.expander(
            f"{n}. {w(item.risk, lang)} · {item.question_id} · {names[item.pillar]}: {item.best_practice}", icon=icon
        ):
            st.markdown(item.question)
            st.markdown(f"**{w('do', lang)}:** {item.recommendation}")
            st.caption(f"`{item.citation.source}` › {item.citation.section}")
            st.markdown("\n".join(f"> {line}" if line.strip() else ">" for line in item.citation.text.splitlines()))
    left, right = st.columns(2)
    name = f"wa-review-{result.workload}"
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


def show_history(workload: str, lang: str) -> None:
    rows = [m.summary() for m in Milestones.for_settings(settings()).history(workload)]
    if not rows:
        return
    st.subheader(w("history", lang))
    table = pd.DataFrame(
        [
            {"#": r["milestone"], "UTC": r["created_at"], "high": r["high"], "medium": r["medium"], **r["scores"]}
            for r in rows
        ]
    )
    st.dataframe(table, hide_index=True, width="stretch")


lang = ui_lang()
st.title(w("title", lang))
st.caption(w("caption", lang))
try:
    workload = (st.text_input(w("workload", lang), value="default", key="review_workload") or "default").strip()
    review = load_catalog(settings().corpus).review
    st.download_button(
        w("template", lang),
        template(review, lang),
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
                settings(), parse_answers(text, uploaded.name, review), workload, lang
            )
    if given is not None:
        st.session_state["review_result"] = run_review(settings(), check_answers(given, review), workload, lang)
    result = st.session_state.get("review_result")
    if result is not None and result.workload == workload:
        show_result(result, lang)
    show_history(workload, lang)
except AssistantError as exc:
    stop_with(exc, lang)
