"""Learn: the onboarding path for one named learner: a step's summary and terms, a quiz to pass, review of mistakes.

`render(learner, lang)` draws the page for a learner; the page script takes the name from the
`?learner=` query parameter or a text input, and shows nothing but the name box until there is
one, so no progress is ever shared under a default name. (A signed-in user can be passed in instead.)
Session state is keyed by learner: `learn_step:<learner>_choices` (the step, kept across a language switch;
its select box is `learn_step:<learner>_step_<lang>`, ui/choices.py), `learn_seed:<learner>:<step>`
(the quiz on screen; starts at the attempt count, "New quiz" adds one), `learn_done:<quiz>` (the picks
of a submitted quiz, so its feedback stays while the page reruns), `learn_rev:<learner>:<n>` (a review round).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from assistant.errors import AssistantError
from assistant.learn import STEP_IDS, Progress, Quiz, explanation, make_quiz, view
from assistant.learn.path import get_step
from assistant.learn.progress import check_learner, needed, pass_mark
from assistant.learn.quiz import QuizQuestion, review_quiz
from assistant.messages import say
from ui.choices import Choices
from ui.citations import SOURCES_PAGE
from ui.people import person
from ui.state import settings, stop_with, ui_lang


def w(key: str, lang: str, **values: object) -> str:
    """The page's words: the catalogue's `learn.` namespace (assistant/messages/learn.py)."""
    return say(f"learn.{key}", lang, **values)


def quiz_key(quiz: Quiz, learner: str) -> str:
    return f"{learner}:{quiz.step}:{quiz.seed}:{quiz.lang}"


def bump(key: str) -> None:
    st.session_state[key] += 1


def show_step(step_id: str, lang: str) -> None:
    v = view(settings().corpus, step_id, lang)
    st.subheader(f"{v.n}. {v.title}")
    st.markdown(v.summary)
    if v.source:
        st.caption(f"`{v.source}` › {v.section}")
    if v.terms:
        st.markdown(f"**{w('terms', lang)}**")
        terms = pd.DataFrame({"한국어": [t.ko for t in v.terms], "English": [t.en for t in v.terms]})
        terms[w("col.definition", lang)] = [t.definition for t in v.terms]
        st.dataframe(terms, hide_index=True, width="stretch")
    corpus_links = [link for link in v.links if link.startswith("corpus/")]
    if corpus_links:
        with st.expander(w("read", lang)):
            for link in corpus_links:
                st.page_link(SOURCES_PAGE, label=link, icon=":material/description:", query_params={"doc": link})


def feedback(q: QuizQuestion, pick: int, n: int, lang: str) -> None:
    """One answered question: right or wrong, and the passage that states the answer with its source."""
    right = pick == q.answer
    verdict = w("right", lang) if right else w("wrong_md", lang, answer=q.choices[q.answer])
    (st.success if right else st.error)(f"{n}. {verdict}")
    with st.expander(f"{w('passage', lang)}: {q.citation.section}", expanded=not right):
        st.markdown(explanation(q))
        st.caption(f"`{q.citation.source}` › {q.citation.section}")


def radios(quiz: Quiz, key: str) -> list[int | None]:
    for i, q in enumerate(quiz.questions):
        st.radio(
            f"{i + 1}. {q.question}",
            range(len(q.choices)),
            format_func=q.choices.__getitem__,
            index=None,
            key=f"pick:{key}:{i}",
        )
    return [st.session_state.get(f"pick:{key}:{i}") for i in range(len(quiz.questions))]


def answered(quiz: Quiz, key: str, label: str, lang: str) -> list[int] | None:
    """The quiz as a form; its picks once submitted with every question answered, else None."""
    with st.form(f"form:{key}"):
        picks = radios(quiz, key)
        submitted = st.form_submit_button(label, icon=":material/task_alt:")
    if not submitted:
        return None
    if any(p is None for p in picks):
        st.warning(w("all", lang))
        return None
    return [int(p) for p in picks if p is not None]


def show_quiz(quiz: Quiz, learner: str, progress: Progress, lang: str) -> None:
    key = quiz_key(quiz, learner)
    mark = pass_mark()
    total = len(quiz.questions)
    st.subheader(w("quiz", lang, need=needed(total, mark), total=total))
    picks = answered(quiz, key, w("check", lang), lang)
    if picks and f"learn_done:{key}" not in st.session_state:
        progress.record(learner, quiz.step, quiz.score(picks), total, quiz.seed, lang, mark)
        for q in quiz.missed(picks):
            progress.missed(learner, q.step, q.key)
        st.session_state[f"learn_done:{key}"] = picks
        st.rerun()  # the tabs above show the new review count and progress
    done = st.session_state.get(f"learn_done:{key}")
    if not done:
        return
    score = quiz.score(done)
    if score >= needed(total, mark):
        st.success(w("page_passed", lang, score=score, total=total, learner=learner))
    else:
        st.error(w("page_failed", lang, score=score, total=total, need=needed(total, mark)))
    for i, (q, pick) in enumerate(zip(quiz.questions, done, strict=True)):
        feedback(q, pick, i + 1, lang)
    if quiz.missed(done):
        st.caption(w("page_queued", lang))


def show_review(learner: str, progress: Progress, lang: str) -> None:
    """The due questions as one form; answers move them along the Leitner boxes."""
    round_key = f"learn_rev:{learner}"
    st.session_state.setdefault(round_key, 0)
    key = f"{round_key}:{st.session_state[round_key]}"
    if not st.session_state.get(f"{key}:items"):  # freeze a round's questions while it is answered
        st.session_state[f"{key}:items"] = [(d.step, d.item) for d in progress.review_items(learner)]
    quiz = review_quiz(settings().corpus, st.session_state[f"{key}:items"], lang)
    if not quiz.questions:
        st.info(w("no_due", lang))
        return
    st.caption(w("review_intro", lang))
    picks = answered(quiz, key, w("review_check", lang), lang)
    if picks and f"{key}:done" not in st.session_state:
        for q, pick in zip(quiz.questions, picks, strict=True):
            progress.reviewed(learner, q.step, q.key, pick == q.answer)
        st.session_state[f"{key}:done"] = picks
        st.rerun()
    done = st.session_state.get(f"{key}:done")
    if done:
        st.success(w("page_reviewed", lang, score=quiz.score(done), total=len(done)))
        for i, (q, pick) in enumerate(zip(quiz.questions, done, strict=True)):
            feedback(q, pick, i + 1, lang)
        st.button(
            w("review_more", lang), icon=":material/refresh:", on_click=bump, args=(round_key,), key="learn_rev_more"
        )


def out_of(value: int | None, total: int | None) -> str:
    return "" if value is None else f"{value}/{total}"


def show_progress(progress: Progress, learner: str, lang: str) -> None:
    rows = progress.status(learner)
    st.markdown(f"**{learner}** · {w('summary', lang, done=sum(r.done for r in rows), total=len(rows))}")
    cols = [w(f"col.{c}", lang) for c in ("step", "passed", "best", "last", "attempts")]
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


def render(learner: str, lang: str) -> None:
    """The whole page for one named learner (the name box aside): learn, review and progress tabs."""
    learner = check_learner(learner)
    progress = Progress.for_settings(settings())
    learn_tab, review_tab, progress_tab = st.tabs(
        [w("tab_learn", lang), w("tab_review", lang, n=len(progress.review_items(learner))), w("tab_progress", lang)]
    )
    with learn_tab:
        # the step outlives a language switch (ui/choices.py) and is not reset by a record
        chosen = Choices(f"learn_step:{learner}", lang, {"step": progress.next_step(learner) or STEP_IDS[0]})
        step = chosen.selectbox(
            "step",
            w("step", lang),
            STEP_IDS,
            format_func=lambda s: f"{STEP_IDS.index(s) + 1}. {get_step(s).title[lang]}",
        )
        show_step(step, lang)
        seed_key = f"learn_seed:{learner}:{step}"
        st.session_state.setdefault(seed_key, progress.attempts(learner, step))
        show_quiz(make_quiz(settings().corpus, step, st.session_state[seed_key], lang), learner, progress, lang)
        st.button(w("new_quiz", lang), icon=":material/refresh:", on_click=bump, args=(seed_key,), key="learn_new")
    with review_tab:
        show_review(learner, progress, lang)
    with progress_tab:
        show_progress(progress, learner, lang)


def learner_name(lang: str) -> str:
    """The learner named by `?learner=`, else the person the app already knows (their progress is kept under
    that name), else typed in the box; empty until someone gives a name."""
    st.session_state.setdefault("learn_learner", st.query_params.get("learner", "") or person())
    return st.text_input(w("learner", lang), key="learn_learner").strip()


if __name__ == "__main__":
    page_lang = ui_lang()
    st.title(w("title", page_lang))
    st.caption(w("caption", page_lang))
    try:
        name = learner_name(page_lang)
        if not name:
            st.info(w("ask_name", page_lang))
        else:
            render(name, page_lang)
    except AssistantError as exc:
        stop_with(exc, page_lang)
