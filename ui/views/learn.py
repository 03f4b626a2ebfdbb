"""Learn: the onboarding path, one step at a time: summary, key terms, a quiz with cited feedback, progress.

Session state: `learn_learner` (name input), `learn_step` (step select), `learn_seed:<learner>:<step>`
(the quiz on screen; starts at the learner's attempt count, "New quiz" adds one), `learn_done:<quiz>`
(the picks of a submitted quiz, so its feedback stays while the page reruns).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from assistant.errors import AssistantError
from assistant.learn import STEP_IDS, Progress, Quiz, explanation, make_quiz, view
from assistant.learn.path import get_step
from ui.state import settings, stop_with, ui_lang

SOURCES_PAGE = "views/sources.py"
WORDS = {
    "title": ("Learn Well-Architected", "Well-Architected 배우기"),
    "caption": (
        "Ten short steps from the overview to partners. Summaries are corpus text; each answer cites its passage.",
        "개요부터 파트너까지 짧은 10단계입니다. 요약은 자료 원문이고, 퀴즈 정답마다 근거 구절을 보여 줍니다.",
    ),
    "learner": ("Learner", "학습자"),
    "step": ("Step", "단계"),
    "terms": ("Key terms", "핵심 용어"),
    "read": ("Read further", "더 읽기"),
    "quiz": ("Quiz", "퀴즈"),
    "check": ("Check answers", "채점하기"),
    "new_quiz": ("New quiz", "새 퀴즈"),
    "all": ("Answer every question first.", "모든 문제에 답해 주세요."),
    "score": (
        "{score}/{total} right, recorded for {learner}.",
        "{total}문제 중 {score}개 정답, {learner} 님의 기록에 저장했습니다.",
    ),
    "right": ("Right.", "정답입니다."),
    "wrong": ("Not quite: the answer is **{answer}**.", "아쉽습니다. 정답은 **{answer}**입니다."),
    "passage": ("Source passage", "근거 구절"),
    "progress": ("Progress", "진도"),
    "cols": (("Step", "Done", "Best", "Last", "Attempts"), ("단계", "완료", "최고", "최근", "시도")),
}


def w(key: str, lang: str, **values: object) -> str:
    text = WORDS[key][0 if lang == "en" else 1]
    return str(text).format(**values)


def quiz_key(quiz: Quiz, learner: str) -> str:
    return f"{learner}:{quiz.step}:{quiz.seed}:{quiz.lang}"


def new_quiz(seed_key: str) -> None:
    st.session_state[seed_key] += 1


def show_step(step_id: str, lang: str) -> None:
    v = view(settings().corpus, step_id, lang)
    st.subheader(f"{v.n}. {v.title}")
    st.markdown(v.summary)
    st.caption(f"`{v.source}` › {v.section}")
    st.markdown(f"**{w('terms', lang)}**")
    terms = pd.DataFrame({"한국어": [t.ko for t in v.terms], "English": [t.en for t in v.terms]})
    terms["정의" if lang == "ko" else "Definition"] = [t.definition for t in v.terms]
    st.dataframe(terms, hide_index=True, width="stretch")
    with st.expander(w("read", lang)):
        for link in v.links:
            st.page_link(SOURCES_PAGE, label=link, icon=":material/description:", query_params={"doc": link})


def show_quiz(quiz: Quiz, learner: str, progress: Progress, lang: str) -> None:
    key = quiz_key(quiz, learner)
    with st.form(f"quiz:{key}"):
        for i, q in enumerate(quiz.questions):
            st.radio(
                f"{i + 1}. {q.question}",
                range(len(q.choices)),
                format_func=q.choices.__getitem__,
                index=None,
                key=f"pick:{key}:{i}",
            )
        submitted = st.form_submit_button(w("check", lang), icon=":material/task_alt:")
    if submitted:
        picks = [st.session_state.get(f"pick:{key}:{i}") for i in range(len(quiz.questions))]
        if any(p is None for p in picks):
            st.warning(w("all", lang))
        elif f"learn_done:{key}" not in st.session_state:
            progress.record(learner, quiz.step, quiz.score(picks), len(picks), quiz.seed, lang)
            st.session_state[f"learn_done:{key}"] = picks
    picks = st.session_state.get(f"learn_done:{key}")
    if picks:
        st.success(w("score", lang, score=quiz.score(picks), total=len(picks), learner=learner))
        for i, (q, pick) in enumerate(zip(quiz.questions, picks, strict=True)):
            right = pick == q.answer
            verdict = w("right", lang) if right else w("wrong", lang, answer=q.choices[q.answer])
            (st.success if right else st.error)(f"{i + 1}. {verdict} {explanation(q)}")
            with st.expander(f"{w('passage', lang)}: {q.citation.section}"):
                st.caption(f"`{q.citation.source}`")
                st.markdown(q.citation.text)


def out_of(value: int | None, total: int | None) -> str:
    return "" if value is None else f"{value}/{total}"


def show_progress(progress: Progress, learner: str, lang: str) -> None:
    st.subheader(w("progress", lang))
    rows = progress.status(learner)
    cols = WORDS["cols"][0 if lang == "en" else 1]
    table = pd.DataFrame(
        [
            (
                get_step(r.step).title[lang],
                "✓" if r.done else "",
                out_of(r.best, r.total),
                out_of(r.last, r.total),
                r.attempts,
            )
            for r in rows
        ],
        columns=list(cols),
    )
    st.dataframe(table, hide_index=True, width="stretch")


lang = ui_lang()
st.title(w("title", lang))
st.caption(w("caption", lang))
try:
    progress = Progress.for_settings(settings())
    learner = (st.text_input(w("learner", lang), value="default", key="learn_learner") or "default").strip()
    st.session_state.setdefault("learn_step", progress.next_step(learner) or STEP_IDS[0])  # not reset by a record
    step = st.selectbox(
        w("step", lang),
        STEP_IDS,
        format_func=lambda s: f"{STEP_IDS.index(s) + 1}. {get_step(s).title[lang]}",
        key="learn_step",
    )
    show_step(step, lang)
    st.subheader(w("quiz", lang))
    seed_key = f"learn_seed:{learner}:{step}"
    st.session_state.setdefault(seed_key, progress.attempts(learner, step))
    show_quiz(make_quiz(settings().corpus, step, st.session_state[seed_key], lang), learner, progress, lang)
    st.button(w("new_quiz", lang), icon=":material/refresh:", on_click=new_quiz, args=(seed_key,), key="learn_new")
    show_progress(progress, learner, lang)
except AssistantError as exc:
    stop_with(exc, lang)
