"""The Streamlit app through AppTest: each page against the real ingested store and models."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from assistant.review import Milestones
from tests.conftest import CORPUS, ROOT, write_doc
from ui.conversations import Conversations
from ui.documents import SourceRefused, list_documents, read_document, resolve_source
from ui.feedback import FeedbackStore, expectation

APP = ROOT / "ui" / "app.py"
KO_QUESTION = "비즈니스 플랜에서 프로덕션 다운 시 응답 시간은?"
EN_QUESTION = "What are the design principles of the reliability pillar?"
GOLDEN_FIELDS = {
    "id",
    "question",
    "lang",
    "pair",
    "topic",
    "expect_substrings",
    "expect_keywords",
    "out_of_scope",
    "history",
}


@pytest.fixture
def store_env(monkeypatch, corpus_settings):
    """The app sees the session's ingested store; feedback and conversations written by a test are
    removed after it."""
    monkeypatch.setenv("WA_STORE", str(corpus_settings.store))
    monkeypatch.setenv("WA_CORPUS", str(CORPUS))
    files = [
        FeedbackStore.for_settings(corpus_settings).path,
        Conversations.for_settings(corpus_settings).path,
        Milestones.for_settings(corpus_settings).path,
    ]
    for f in files:
        f.unlink(missing_ok=True)
    yield corpus_settings
    for f in files:
        f.unlink(missing_ok=True)


@pytest.fixture
def fresh_cache():
    """For tests whose settings differ from the session store's: no cached Assistant in or out."""
    st.cache_resource.clear()
    yield
    st.cache_resource.clear()


def open_app(page: str | None = None, who: str | None = "minji", **query: str) -> AppTest:
    """The app as `who` (named in the address, as after the name prompt); None: nobody yet."""
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.query_params.update(query)
    if who:
        at.query_params["who"] = who
    at.run()
    if page:
        at.switch_page(f"views/{page}").run()
    assert not at.exception, at.exception
    return at


def ask(at: AppTest, question: str) -> AppTest:
    at.chat_input[0].set_value(question).run()
    assert not at.exception, at.exception
    return at


def answers(at: AppTest) -> list[str]:
    return [m.markdown[0].value for m in at.chat_message if m.name == "assistant"]


def questions(at: AppTest) -> list[str]:
    return [m.markdown[0].value for m in at.chat_message if m.name == "user"]


def sidebar_titles(at: AppTest) -> list[str]:
    return [b.label for b in at.sidebar.button if b.key and b.key.startswith("open_conv_")]


# --- chat ---------------------------------------------------------------------------------------
def test_korean_question_gets_streamed_answer_and_citations(store_env):
    at = ask(open_app(), KO_QUESTION)
    assert questions(at) == [KO_QUESTION]
    (answer,) = answers(at)
    entry = at.session_state["chat"][0]
    assert "1시간" in answer and f"[\\[1\\]](#cite-{entry['id']}-1)" in answer  # [1] links to its source
    labels = [e.label for e in at.expander]
    assert labels and labels[0].startswith("[1] ")
    first = at.expander[0]
    assert any("corpus/summaries/" in c.value for c in first.caption)  # the source file and section
    assert "출처" in [c.value for c in at.caption]  # answer furniture follows the question's language
    assert len(at.feedback) == 1


def test_english_question_gets_answer_and_english_furniture(store_env):
    at = ask(open_app(), EN_QUESTION)
    (answer,) = answers(at)
    assert "[\\[1\\]](#cite-" in answer
    assert "Sources" in [c.value for c in at.caption]
    assert at.expander[0].label.startswith("[1] ")


def test_follow_up_uses_history_and_new_conversation_clears(store_env):
    at = ask(open_app(), "비지니스 플랜 프로덕션 다운되면 응답 몇시간?")
    at = ask(at, "그럼 엔터프라이즈는?")
    chat = at.session_state["chat"]
    assert [e["question"] for e in chat] == ["비지니스 플랜 프로덕션 다운되면 응답 몇시간?", "그럼 엔터프라이즈는?"]
    assert chat[1]["history"] == [chat[0]["question"]]
    assert "Enterprise" in chat[1]["answer"]["answer"]  # the follow-up was read with the first question
    assert len(answers(at)) == 2

    at.button(key="new_chat").click().run()
    assert at.session_state["chat"] == [] and not at.chat_message
    assert not at.exception and "c" not in at.query_params


def test_feedback_is_stored_and_exported_as_eval_jsonl(store_env):
    at = ask(open_app(), KO_QUESTION)
    at.feedback[0].set_value(1).run()  # thumbs up
    assert not at.exception
    rows = FeedbackStore.for_settings(store_env).all()
    assert len(rows) == 1
    row = rows[0]
    assert row.question == KO_QUESTION and row.rating == "up" and row.lang == "ko" and row.person == "minji"
    assert "1시간" in row.answer and row.created_at.endswith("+00:00")
    assert row.citations[0]["n"] == 1 and row.citations[0]["source"].startswith("corpus/")
    export = at.download_button(key="export")
    assert not export.proto.disabled and "(1)" in export.label

    at = ask(at, EN_QUESTION)
    at.feedback[1].set_value(0).run()  # thumbs down on the second answer
    from ui.state import export_feedback

    lines = export_feedback("minji").splitlines()
    items = [json.loads(line) for line in lines]
    assert [set(i) for i in items] == [GOLDEN_FIELDS, GOLDEN_FIELDS]
    up, down = items
    assert up["id"].startswith("fb-up-") and up["lang"] == "ko" and up["pair"] == "ko->ko"
    assert up["topic"] == "support-plans" and up["out_of_scope"] is False
    assert up["expect_substrings"] and any(up["expect_substrings"][0] in c["text"] for c in row.citations)
    assert down["id"].startswith("fb-down-") and down["expect_substrings"] == []
    assert down["history"] == [KO_QUESTION]


def test_rating_again_replaces_and_withdrawing_deletes(tmp_path):
    store = FeedbackStore(tmp_path / "feedback.sqlite")
    answer = {"question": "q?", "answer": "a [1]", "lang": "en", "citations": [], "abstained": False}
    store.rate("a1", answer, "up")
    store.rate("a1", answer, "down")
    assert [(f.answer_id, f.rating) for f in store.all()] == [("a1", "down")]
    store.rate("a1", answer, None)
    assert store.all() == [] and store.count() == 0


def test_ratings_belong_to_their_person_and_old_files_are_upgraded(tmp_path):
    import sqlite3

    path = tmp_path / "feedback.sqlite"
    with sqlite3.connect(path) as con:  # a file from before ratings had owners
        con.execute(
            "CREATE TABLE feedback (answer_id TEXT PRIMARY KEY, question TEXT NOT NULL, answer TEXT NOT NULL,"
            " lang TEXT NOT NULL, intent TEXT NOT NULL, abstained INTEGER NOT NULL, citations TEXT NOT NULL,"
            " history TEXT NOT NULL, rating TEXT NOT NULL, created_at TEXT NOT NULL)"
        )
        con.execute("INSERT INTO feedback VALUES ('old', 'q', 'a', 'en', 'question', 0, '[]', '[]', 'up', 'x')")
    store = FeedbackStore(path)
    answer = {"question": "q?", "answer": "a [1]", "lang": "en", "citations": [], "abstained": False}
    store.rate("m1", answer, "up", person="minji")
    store.rate("j1", answer, "down", person="jun")
    assert store.ratings("minji") == {"m1": "up"} and store.count("jun") == 1 and store.count() == 3
    assert [json.loads(line)["id"] for line in store.export_jsonl(person="jun").splitlines()] == ["fb-down-001"]
    store.rate("m1", answer, None, person="jun")  # someone else cannot withdraw minji's rating
    assert store.ratings("minji") == {"m1": "up"}


def test_conversations_belong_to_their_owner(tmp_path):
    from ui.conversations import ChatTurn, ConversationError, title_for

    store = Conversations(tmp_path / "conversations.sqlite")
    answer = {"question": "What is the reliability pillar?", "answer": "It is… [1]", "lang": "en", "citations": []}
    first = store.start("minji", answer["question"])
    store.add("minji", first.id, ChatTurn.new(answer, []))
    second = store.start("minji", "그럼 비용은?")
    store.add("minji", second.id, ChatTurn.new({**answer, "question": "그럼 비용은?"}, [answer["question"]]))
    assert [c.title for c in store.owned_by("minji")] == ["그럼 비용은?", "What is the reliability pillar?"]
    assert store.owned_by("jun") == [] and store.get("jun", first.id) is None
    with pytest.raises(ConversationError):
        store.add("jun", first.id, ChatTurn.new(answer, []))
    store.rename("jun", first.id, "hijacked")
    store.delete("jun", first.id)
    got = store.get("minji", first.id)
    assert (
        got
        and got.title == "What is the reliability pillar?"
        and [t.question for t in got.turns] == [answer["question"]]
    )
    store.rename("minji", first.id, "  Reliability  basics ")
    store.delete("minji", second.id)
    assert [c.title for c in store.owned_by("minji")] == ["Reliability basics"]
    assert store.get("minji", second.id) is None
    long = title_for("word " * 40)
    assert len(long) <= 61 and long.endswith("…") and "  " not in long


def test_expectation_is_a_verbatim_stretch_of_a_passage():
    passage = "Business Support answers production-down cases within one hour, around the clock."
    answer = "Business Support answers production-down cases within one hour [1]. Nice."
    snippet = expectation(answer, [passage])
    assert snippet and 5 <= len(snippet) <= 40 and snippet in passage and snippet in answer


def test_language_toggle_switches_the_chrome(store_env):
    at = open_app()
    assert at.title[0].value == "Ask the knowledge base"
    at.sidebar.radio(key="ui_lang").set_value("ko").run()
    assert at.title[0].value == "지식 베이스에 질문하기"
    assert at.button(key="new_chat").label == "새 대화"


def test_admin_page_shows_store_status_and_composer_to_admins_only(store_env, monkeypatch):
    monkeypatch.setenv("WA_ADMINS", "boss@example.com, Root")
    at = open_app()
    sidebar = " ".join(m.value for m in at.sidebar.markdown) + " ".join(c.value for c in at.sidebar.caption)
    assert "passages" not in sidebar and "e5+use" not in sidebar and "offline" not in sidebar  # no internals
    with pytest.raises(Exception):  # noqa: B017 - the page is not in a non-admin's navigation
        at.switch_page("views/admin.py").run()
    at = open_app("admin.py", who="root")
    assert at.title[0].value == "Admin"
    assert any("passages · last ingest" in m.value for m in at.markdown)
    captions = [c.value for c in at.caption]
    assert "Embeddings `e5+use`" in captions and any("offline" in c for c in captions)
    assert at.button(key="reingest") and at.download_button(key="export_all")


def test_the_name_is_asked_once_and_kept_in_the_address(store_env):
    at = open_app(who=None)
    assert at.title[0].value == "Welcome to wa-assistant" and not at.chat_input
    at.text_input(key="who").input("  Min Ji [x](http://evil.example) ")  # a form: kept until submitted
    at.button[0].click().run()
    assert not at.exception
    assert at.query_params["who"] == "min ji x http evil.example"  # only letters, digits and .@+-_ survive
    assert at.session_state["person"] == "min ji x http evil.example" and at.chat_input


def test_conversation_is_stored_listed_restored_and_private(store_env):
    at = ask(open_app(), KO_QUESTION)
    conv_id = at.session_state["chat_id"]
    assert at.query_params["c"] in (conv_id, [conv_id])
    at = ask(at, "그럼 엔터프라이즈는?")
    assert sidebar_titles(at) == [KO_QUESTION]  # one conversation, titled by its first question

    again = open_app(c=conv_id)  # a reload: a new session with the same address
    assert questions(again) == [KO_QUESTION, "그럼 엔터프라이즈는?"] and len(answers(again)) == 2
    assert again.session_state["chat"][1]["history"] == [KO_QUESTION]
    markdown = again.download_button(key="export_chat")
    assert not markdown.proto.disabled

    other = open_app(who="jun", c=conv_id)  # someone else with the same address
    assert not questions(other) and sidebar_titles(other) == [] and "c" not in other.query_params
    assert other.download_button(key="export").proto.disabled  # no ratings of theirs


def test_conversation_rename_delete_and_markdown_export(store_env):
    from ui.transcript import to_markdown

    at = ask(open_app(), EN_QUESTION)
    conv_id = at.session_state["chat_id"]
    at.sidebar.text_input(key="conv_title").input("Reliability").run()
    at.sidebar.button(key="conv_rename").click().run()
    assert sidebar_titles(at) == ["Reliability"]
    entry = at.session_state["chat"][0]
    md = to_markdown("Reliability", [entry], "en")
    cite = entry["answer"]["citations"][0]
    assert md.startswith("# Reliability\n") and f"## Question: {EN_QUESTION}" in md
    assert f"[1] {cite['section']} (`{cite['source']}`)" in md and "\n> " in md
    at.sidebar.button(key="conv_delete").click().run()
    assert sidebar_titles(at) == [] and not at.chat_message
    assert Conversations.for_settings(store_env).get("minji", conv_id) is None


def test_example_questions_are_clickable(store_env):
    at = open_app()
    example = at.button(key="example_0")
    assert example.label == "What are the design principles of the reliability pillar?"
    example.click().run()
    assert questions(at) == [example.label] and answers(at)


# --- support plan advisor and partner finder ---------------------------------------------------
CLASSIC_DAY = dt.date(2025, 11, 26)  # 13 months before Developer/Business/On-Ramp end: they may still be the answer


def plan_columns(at: AppTest) -> list[str]:
    """The wide comparison's header cells, from the page's HTML."""
    import re

    body = next(h.body for h in at.html if "wa-plans" in h.body)
    head = body.split("</thead>")[0]
    return [re.sub("<[^>]+>", "", cell) for cell in re.findall(r"<th[^>]*>.*?</th>", head)]


def plan_rows_marked(at: AppTest) -> set[str]:
    import re

    body = next(h.body for h in at.html if "wa-plans" in h.body).split('<div class="wa-cards">')[0]
    return set(re.findall(r'<tr class="wa-row"><td>▶</td><th>(.*?)</th>', body))


def first_card(at: AppTest) -> str:
    import re

    body = next(h.body for h in at.html if "wa-plans" in h.body)
    return re.findall(r'data-plan="([^"]+)"', body)[0]


def submit(at: AppTest, key: str) -> AppTest:
    at.button(key=key).click().run()
    assert not at.exception, at.exception
    return at


def test_advisor_form_recommends_with_reasons_and_a_comparison_table(store_env):
    at = open_app("support_advisor.py")
    columns = plan_columns(at)
    assert len(columns) == 2 + 7 and "Business" in columns and not plan_rows_marked(at)
    at.date_input(key="adv_as_of_en").set_value(CLASSIC_DAY)  # Business still outside the 12-month horizon
    at.selectbox(key="adv_down_en").set_value("production-down-1h")
    at.pills(key="adv_channels_en").set_value(["phone"])
    at.checkbox(key="adv_24x7_en").check()
    at.selectbox(key="adv_budget_en").set_value("low")
    submit(at, "adv_submit")
    assert not at.exception and not at.error
    assert [s.value for s in at.success] == ["### Business Support"]
    text = " ".join(m.value for m in at.markdown)
    assert "production system down within 1 hour → **Business**: production system down: 1 hour [" in text
    assert "2027-01-01" in text and "Business Support+" in text  # the retiring plan says so
    assert "[\\[1\\]](#cite-advisor-1)" in text  # the reason links to its source
    assert at.expander[0].label.startswith("[1] AWS Support plans > Business Support")
    listed = [e for e in at.expander if e.label.startswith("[")]
    assert listed and all(f"(#cite-advisor-{n})" in text for n in range(1, len(listed) + 1))  # each one cited
    assert "★ Business" in plan_columns(at) and first_card(at) == "Business"  # narrow screens: it comes first
    assert plan_rows_marked(at) == {"Phone", "Hours", "Production system down", "Price"}


def test_advisor_answers_korean_text_in_korean(store_env):
    at = open_app("support_advisor.py")
    need = "온라인 쇼핑몰을 운영하는데 장애 때 1시간 안에 전화 지원이 필요하고 예산이 빠듯해요."
    at.date_input(key="adv_as_of_en").set_value(CLASSIC_DAY)
    at.text_area(key="adv_text_en").input(need)
    submit(at, "adv_submit")
    assert [s.value for s in at.success] == ["### Business Support"]
    assert "**이유**" in [m.value for m in at.markdown]
    assert "Feature" in plan_columns(at) and "Phone" in plan_rows_marked(at)  # the table is chrome: English


def test_advisor_asks_when_nothing_is_known(store_env):
    at = open_app("support_advisor.py")
    submit(at, "adv_submit")
    assert not at.exception and at.info and "production" in at.info[-1].value


def test_partner_finder_recommends_a_path_with_citations(store_env):
    at = open_app("partner_finder.py")
    at.text_area(key="pf_text_en").input("온프레미스 데이터 센터를 6개월 안에 AWS로 이전하고 싶어요.")
    at.checkbox(key="pf_korea_en").check()
    submit(at, "pf_submit")
    assert not at.exception and not at.error
    (decision,) = [s.value for s in at.success]
    assert "Services Path" in decision and "Migration Competency" in decision
    text = " ".join(m.value for m in at.markdown)
    assert "**대안**" in text and "AWS Professional Services" in text and "Bespin Global" in text
    labels = [e.label for e in at.expander]
    assert labels[0].startswith("[1] ") and any("Competency" in label for label in labels)


def test_partner_finder_choices_become_words(store_env):
    at = open_app("partner_finder.py")
    at.selectbox(key="pf_job_en").set_value("operations")
    at.radio(key="pf_size_en").set_value("large")
    submit(at, "pf_submit")
    (decision,) = [s.value for s in at.success]
    assert "Services Path" in decision and "MSP" in decision and "Premier" in decision
    at.selectbox(key="pf_job_en").set_value(None)
    at.radio(key="pf_size_en").set_value(None)
    submit(at, "pf_submit")
    assert at.warning and not at.success


def test_advisor_choices_and_result_follow_a_language_switch(store_env):
    at = open_app("support_advisor.py")
    at.radio(key="adv_production_en").set_value(False)
    at.selectbox(key="adv_down_en").set_value("production-down-1h")
    at.pills(key="adv_channels_en").set_value(["phone"])
    at.checkbox(key="adv_24x7_en").check()
    at.run()
    submit(at, "adv_submit")
    assert "**Why**" in [m.value for m in at.markdown]
    at.sidebar.radio(key="ui_lang").set_value("ko").run()
    assert not at.exception
    production, down = at.radio(key="adv_production_ko"), at.selectbox(key="adv_down_ko")
    assert production.value is False and production.options[1].startswith("아니요")
    assert down.value == "production-down-1h" and down.options[2].startswith("프로덕션")
    assert at.pills(key="adv_channels_ko").value == ["phone"] and at.checkbox(key="adv_24x7_ko").value
    assert "**이유**" in [m.value for m in at.markdown]  # nothing typed: the answer follows the switch too
    assert "항목" in plan_columns(at) and at.button(key="adv_submit").label == "추천 받기"


def test_partner_choices_follow_a_language_switch(store_env):
    at = open_app("partner_finder.py")
    at.selectbox(key="pf_job_en").set_value("operations")
    at.radio(key="pf_size_en").set_value("large")
    at.checkbox(key="pf_korea_en").check()
    at.run()
    at.sidebar.radio(key="ui_lang").set_value("ko").run()
    assert not at.exception
    job, size = at.selectbox(key="pf_job_ko"), at.radio(key="pf_size_ko")
    assert job.value == "operations" and size.value == "large" and at.checkbox(key="pf_korea_ko").value
    assert job.options[0] == "정하지 않음" and at.button(key="pf_submit").label == "파트너 찾기"


@pytest.mark.parametrize(
    "need, says",
    [
        ("24/7 support with a TAM, 15 minute response", "Support plan advisor"),
        ("장애 나면 15분 안에 응답받고 TAM도 있어야 해요", "서포트 플랜 추천"),
    ],
)
def test_partner_finder_sends_a_support_plan_need_to_the_advisor(store_env, need, says):
    at = open_app("partner_finder.py")
    at.text_area(key="pf_text_en").input(need)
    submit(at, "pf_submit")
    assert says in at.info[0].value and not at.success
    submit(at, "pf_to_advisor")
    assert at.text_area(key="adv_text_en").value == need  # the advisor opens with the words carried over
    at = open_app("partner_finder.py")
    at.text_area(key="pf_text_en").input("A managed service provider to run our workloads 24/7")
    submit(at, "pf_submit")
    assert at.success and "pf_to_advisor" not in [b.key for b in at.button]  # a partner need stays here


def test_sidebar_shows_an_e_mail_address_as_plain_text(store_env):
    at = open_app(who="minji.kim@example.com")
    (who,) = [h.body for h in at.sidebar.html if "wa-who" in h.body]
    assert "<strong>minji.kim@example.com</strong>" in who and "<a" not in who and "mailto" not in who
    assert at.sidebar.button(key="switch_person").label == "Not you? Switch"


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_form_choice_is_understood(lang):
    from assistant.knowledge.catalog import load_catalog
    from assistant.recommend.needs import extract_partner_needs, extract_support_needs
    from assistant.retrieval.lexical import detect_lang
    from ui.forms import LEARNING, PARTNER_JOBS, PARTNER_SIZES, partner_request, support_request

    partners = load_catalog(CORPUS).partners
    for job in PARTNER_JOBS:
        words = partner_request("", job, None, False, lang)
        found = extract_partner_needs(words, partners)
        assert found.entries or found.intents, words
        assert detect_lang(words) == lang
    for size in PARTNER_SIZES:
        assert extract_partner_needs(partner_request("", None, size, False, lang), partners).size == size
    assert extract_partner_needs(partner_request("", None, None, True, lang), partners).korea
    assert [r.id for r in extract_support_needs(LEARNING[lang])] == ["learning"]
    quiet = support_request("", True, lang)
    assert extract_support_needs(quiet) == [] and (not quiet or detect_lang(quiet) == lang)


def test_plan_table_lists_every_plan_and_the_deciding_rows():
    from ui.plan_table import deciding_rows, plan_table

    table = plan_table(CORPUS, "en")
    assert table.plans[0] == "Basic" and len(table.plans) == len(table.ids) == len(table.prices) == 7
    rows = {key: cells for key, _, cells in table.rows}
    assert rows["production_down"][table.plans.index("Business")] == "1 hour"
    assert rows["tam"][table.plans.index("Enterprise")] == "designated TAM"
    assert deciding_rows("we need a designated TAM", ["chat"], "high") == {"tam", "chat", "price"}


# --- review -------------------------------------------------------------------------------------
def test_review_is_the_persons_own_and_starts_from_the_last_milestone(store_env):
    at = open_app("review.py")
    at.radio(key="rv_OPS-1_en").set_value("no")
    at.radio(key="rv_REL-1_en").set_value("partly").run()
    at.sidebar.radio(key="ui_lang").set_value("ko").run()  # answers outlive a language switch, both ways
    assert at.radio(key="rv_OPS-1_ko").value == "no" and at.radio(key="rv_OPS-1_ko").options[2] == "아니오"
    assert at.radio(key="rv_SEC-1_ko").value is None
    at.sidebar.radio(key="ui_lang").set_value("en").run()
    submit(at, "review_run")
    assert not at.exception and any("milestone #1 of default" in s.value for s in at.success)
    (chart,) = at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")
    spec = json.loads(chart.proto.spec)
    layers = spec.get("layer") or [spec]
    assert any(layer["encoding"]["x"]["scale"]["domain"] == [0, 100] for layer in layers)  # 50 % is half a bar
    history = at.table[0].value
    assert {"Saved (UTC)", "High risk", "Operational Excellence", "Reliability"} <= set(history.columns)
    row = history.iloc[0]
    assert row["Operational Excellence"] == "0 %" and row["Reliability"] == "50 %" and row["Security"] == "—"
    assert len(row["Saved (UTC)"]) == len("2026-11-30 12:00")
    assert [m.workload for m in Milestones.for_settings(store_env).history("minji/default")] == ["minji/default"]

    again = open_app("review.py")  # a later visit starts from the answers of milestone #1
    assert again.radio(key="rv_OPS-1_en").value == "no" and again.radio(key="rv_SEC-1_en").value is None
    assert any("milestone #1" in c.value for c in again.caption)
    other = open_app("review.py", who="jun")
    assert other.radio(key="rv_OPS-1_en").value is None and not other.table


# --- sources ------------------------------------------------------------------------------------
def test_sources_lists_filters_and_renders_a_document(store_env):
    at = open_app("sources.py")
    table = at.dataframe[0].value
    assert len(table) == len(list_documents(CORPUS)) and "corpus/summaries/ko/support-plans.md" in set(table["Source"])
    at.radio(key="sources_lang_en").set_value("ko").run()
    at.multiselect(key="sources_topics_en").select("support-plans").run()
    shown = at.dataframe[0].value
    assert set(shown["Lang"]) == {"ko"} and all("support-plans" in t for t in shown["Topics"])
    at.sidebar.radio(key="ui_lang").set_value("ko").run()  # the filters outlive a language switch
    assert at.radio(key="sources_lang_ko").value == "ko" and at.radio(key="sources_lang_ko").options[0] == "전체"
    assert at.multiselect(key="sources_topics_ko").value == ["support-plans"]
    assert len(at.dataframe[0].value) == len(shown)
    at.sidebar.radio(key="ui_lang").set_value("en").run()

    at.selectbox(key="sources_pick").select("corpus/summaries/ko/support-plans.md").run()
    assert not at.exception and at.query_params["doc"] == "corpus/summaries/ko/support-plans.md"
    body = " ".join(m.value for m in at.markdown)
    assert "Business Support" in body and "---\ntitle:" not in body  # rendered without front matter


def test_sources_opens_a_linked_document(store_env):
    at = open_app("sources.py", doc="corpus/summaries/ko/overview.md")
    assert any("AWS Well-Architected Framework" in m.value for m in at.markdown)


def test_sources_highlights_the_cited_section(store_env):
    section = "AWS Support plans > Business Support"
    at = open_app("sources.py", doc="corpus/summaries/en/support-plans.md", section=section)
    assert [c.value for c in at.caption].count("Cited section") == 1
    texts = [m.value for m in at.markdown]
    cited = [v for v in texts if v.startswith("## Business Support\n")]
    assert len(cited) == 1 and "Business Support" in cited[0].split("\n", 1)[1]
    assert texts.index(cited[0]) > 1  # in its place in the document, after the sections before it


def test_sources_shows_a_crafted_address_as_text(store_env):
    crafted = "[click](http://evil.example) ![i](http://evil.example/i.png)"
    at = open_app("sources.py", doc=crafted)
    assert at.error and "evil" not in at.error[0].value  # not rendered as Markdown
    assert [c.value for c in at.code] == [crafted]


@pytest.mark.parametrize("doc", ["corpus/../pyproject.toml", "/etc/passwd", "corpus/../../../etc/passwd", "README.md"])
def test_sources_refuses_paths_outside_the_corpus(store_env, doc):
    at = open_app("sources.py", doc=doc)
    assert not at.exception
    assert at.error and "does not name a document in the corpus folder" in at.error[0].value
    assert not any("[project]" in m.value or "root:" in m.value for m in at.markdown)


def test_reader_refuses_escapes_and_symlinks(tmp_path):
    corpus = tmp_path / "corpus"
    write_doc(corpus / "a.md", "A", "# A\nhello")
    secret = tmp_path / "secret.md"
    secret.write_text("---\ntitle: secret\n---\nsecret", encoding="utf-8")
    (corpus / "link.md").symlink_to(secret)
    (corpus / ".hidden").mkdir()
    write_doc(corpus / ".hidden" / "h.md", "H", "hidden")
    assert read_document(corpus, "corpus/a.md").info.title == "A"
    for bad in ["corpus/link.md", "corpus/../secret.md", "corpus/.hidden/h.md", "corpus/nope.md", "corpus", "x/a.md"]:
        with pytest.raises(SourceRefused):
            resolve_source(corpus, bad)
    assert [d.source for d in list_documents(corpus)] == ["corpus/a.md"]  # only what the reader would open


# --- errors -------------------------------------------------------------------------------------
def test_empty_store_says_to_ingest(monkeypatch, tmp_path, fresh_cache):
    monkeypatch.setenv("WA_STORE", str(tmp_path / "nowhere" / "store"))
    at = open_app()
    assert len(at.error) == 1
    text = at.error[0].value
    assert "No store" in text and "wa-assistant ingest" in text and "Re-ingest" in text and "admin" in text
    assert not at.chat_input  # stopped before the chat


def test_bad_embeddings_setting_is_explained(store_env, monkeypatch, fresh_cache):
    monkeypatch.setenv("WA_EMBEDDINGS", "word2vec")
    at = open_app()
    assert len(at.error) == 1 and "WA_EMBEDDINGS" in at.error[0].value and not at.exception


def test_failing_llm_is_explained(store_env, monkeypatch, fresh_cache):
    pytest.importorskip("langchain_openai", reason='install the extra: pip install -e ".[llm]"')
    from tests.llm_fake import fake_llm

    with fake_llm("error") as llm:
        monkeypatch.setenv("WA_LLM_BASE_URL", llm["url"])
        at = ask(open_app(), "What does the reliability pillar cover?")  # the LLM writes it (no catalog fact)
    assert len(at.error) == 1 and "WA_LLM_BASE_URL" in at.error[0].value


def test_reingest_builds_a_missing_store_and_reloads(monkeypatch, tmp_path, fresh_cache, cache_dir):
    from tests.conftest import seed_cache

    corpus = tmp_path / "corpus"
    write_doc(corpus / "en" / "game-days.md", "Game days", "# Game days\n\nA game day rehearses a failure on purpose.")
    store = tmp_path / "state" / "store"
    seed_cache(cache_dir, store)
    monkeypatch.setenv("WA_STORE", str(store))
    monkeypatch.setenv("WA_CORPUS", str(corpus))
    monkeypatch.setenv("WA_ADMINS", "admin")
    at = open_app(who="admin")
    assert at.error and "No store" in at.error[0].value

    at.switch_page("views/admin.py").run()
    at.button(key="reingest").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert any("1 files" in s.value for s in at.success)
    assert any("passages · last ingest" in m.value for m in at.markdown)
    at.switch_page("views/chat.py").run()
    at = ask(at, "What does a game day rehearse?")
    assert "game day" in answers(at)[0].lower()


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_an_abstention_shows_its_closest_sources_once(lang):
    from assistant.messages import say
    from ui.transcript import shown_text

    text = f"{say('abstain', lang)}\n{say('closest', lang)}\n- Plans (a.pdf, p. 3)\n- Pillars (b.md)"
    shown = shown_text({"answer": text, "suggestions": [{"section": "Plans", "source": "a.pdf", "page": 3}]})
    assert shown == say("abstain", lang)  # the list (and its heading) is drawn below the answer instead
    assert shown_text({"answer": "Yes [1].\n- a point [1]", "suggestions": []}) == "Yes [1].\n- a point [1]"
