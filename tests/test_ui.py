"""The Streamlit app through AppTest: each page against the real ingested store and models."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from assistant.documents import SourceRefused, list_documents, read_document, resolve_source
from assistant.feedback import FeedbackStore, expectation
from tests.conftest import CORPUS, ROOT, write_doc

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


@pytest.fixture(autouse=True)
def navigation_pages_only(monkeypatch):
    """A server learns on its first run that st.navigation, not the ui/pages/ folder, names the pages;
    AppTest forgets it before every run (and would then run a page without ui/app.py around it)."""
    from streamlit.runtime.pages_manager import PagesManager

    init = PagesManager.__init__

    def navigation_init(self, *args, **kwargs):
        PagesManager.uses_pages_directory = False
        init(self, *args, **kwargs)

    monkeypatch.setattr(PagesManager, "__init__", navigation_init)


@pytest.fixture
def store_env(monkeypatch, corpus_settings):
    """The app sees the session's ingested store; feedback written by a test is removed after it."""
    monkeypatch.setenv("WA_STORE", str(corpus_settings.store))
    monkeypatch.setenv("WA_CORPUS", str(CORPUS))
    feedback = FeedbackStore.for_settings(corpus_settings).path
    feedback.unlink(missing_ok=True)
    yield corpus_settings
    feedback.unlink(missing_ok=True)


@pytest.fixture
def fresh_cache():
    """For tests whose settings differ from the session store's: no cached Assistant in or out."""
    st.cache_resource.clear()
    yield
    st.cache_resource.clear()


def open_app(page: str | None = None, **query: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.query_params.update(query)
    at.run()
    if page:
        at.switch_page(f"pages/{page}").run()
    assert not at.exception, at.exception
    return at


def ask(at: AppTest, question: str) -> AppTest:
    at.chat_input[0].set_value(question).run()
    assert not at.exception, at.exception
    return at


def answers(at: AppTest) -> list[str]:
    return [m.markdown[0].value for m in at.chat_message if m.name == "assistant"]


# --- chat ---------------------------------------------------------------------------------------
def test_korean_question_gets_streamed_answer_and_citations(store_env):
    at = ask(open_app(), KO_QUESTION)
    assert [m.markdown[0].value for m in at.chat_message if m.name == "user"] == [KO_QUESTION]
    (answer,) = answers(at)
    assert "1시간" in answer and "[1]" in answer
    labels = [e.label for e in at.expander]
    assert labels and labels[0].startswith("[1] ")
    first = at.expander[0]
    assert any("corpus/summaries/" in c.value for c in first.caption)  # the source file and section
    assert "출처" in [c.value for c in at.caption]  # answer furniture follows the question's language
    assert len(at.feedback) == 1


def test_english_question_gets_answer_and_english_furniture(store_env):
    at = ask(open_app(), EN_QUESTION)
    (answer,) = answers(at)
    assert "[1]" in answer
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
    assert not at.exception


def test_feedback_is_stored_and_exported_as_eval_jsonl(store_env):
    at = ask(open_app(), KO_QUESTION)
    at.feedback[0].set_value(1).run()  # thumbs up
    assert not at.exception
    rows = FeedbackStore.for_settings(store_env).all()
    assert len(rows) == 1
    row = rows[0]
    assert row.question == KO_QUESTION and row.rating == "up" and row.lang == "ko"
    assert "1시간" in row.answer and row.created_at.endswith("+00:00")
    assert row.citations[0]["n"] == 1 and row.citations[0]["source"].startswith("corpus/")
    export = at.download_button(key="export")
    assert not export.proto.disabled and "(1)" in export.label

    at = ask(at, EN_QUESTION)
    at.feedback[1].set_value(0).run()  # thumbs down on the second answer
    from ui.state import export_feedback

    lines = export_feedback().splitlines()
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


def test_sidebar_shows_store_status_and_composer(store_env):
    at = open_app()
    status = " ".join(m.value for m in at.sidebar.markdown)
    assert f"**{397:,}** passages" in status or "passages · last ingest" in status
    captions = [c.value for c in at.sidebar.caption]
    assert "Embeddings `e5+use`" in captions
    assert any("offline" in c for c in captions)


# --- support plan advisor and partner finder ---------------------------------------------------
CLASSIC_DAY = dt.date(2025, 11, 26)  # 13 months before Developer/Business/On-Ramp end: they may still be the answer


def test_advisor_form_recommends_with_reasons_and_a_comparison_table(store_env):
    at = open_app("support_advisor.py")
    table = at.dataframe[0].value
    assert len(table.columns) == 2 + 7 and "Business" in table.columns and not any(table["▶"])
    at.date_input(key="adv_as_of").set_value(CLASSIC_DAY)  # Business still outside the 12-month horizon
    at.selectbox(key="adv_down").set_value("production-down-1h")
    at.pills(key="adv_channels").set_value(["phone"])
    at.checkbox(key="adv_24x7").check()
    at.selectbox(key="adv_budget").set_value("low")
    at.form_submit_button[0].click().run()
    assert not at.exception and not at.error
    assert [s.value for s in at.success] == ["### Business"]
    text = " ".join(m.value for m in at.markdown)
    assert "production system down within 1 hour → **Business**: production system down: 1 hour [1]" in text
    assert "2027-01-01" in text and "Business Support+" in text  # the retiring plan says so
    assert at.expander[0].label.startswith("[1] AWS Support plans > Business Support")
    table = at.dataframe[0].value
    assert "★ Business" in table.columns
    decided = set(table.loc[table["▶"] == "▶", "Feature"])
    assert decided == {"Phone", "Hours", "Production system down", "Price"}


def test_advisor_answers_korean_text_in_korean(store_env):
    at = open_app("support_advisor.py")
    need = "온라인 쇼핑몰을 운영하는데 장애 때 1시간 안에 전화 지원이 필요하고 예산이 빠듯해요."
    at.date_input(key="adv_as_of").set_value(CLASSIC_DAY)
    at.text_area(key="adv_text").input(need)
    at.form_submit_button[0].click().run()
    assert [s.value for s in at.success] == ["### Business"]
    assert "**이유**" in [m.value for m in at.markdown]
    table = at.dataframe[0].value
    assert "항목" in table.columns and "전화" in set(table.loc[table["▶"] == "▶", "항목"])


def test_advisor_asks_when_nothing_is_known(store_env):
    at = open_app("support_advisor.py")
    at.form_submit_button[0].click().run()
    assert not at.exception and at.info and "production" in at.info[-1].value


def test_partner_finder_recommends_a_path_with_citations(store_env):
    at = open_app("partner_finder.py")
    at.text_area(key="pf_text").input("온프레미스 데이터 센터를 6개월 안에 AWS로 이전하고 싶어요.")
    at.checkbox(key="pf_korea").check()
    at.form_submit_button[0].click().run()
    assert not at.exception and not at.error
    (decision,) = [s.value for s in at.success]
    assert "Services Path" in decision and "Migration Competency" in decision
    text = " ".join(m.value for m in at.markdown)
    assert "**대안**" in text and "AWS Professional Services" in text and "Bespin Global" in text
    labels = [e.label for e in at.expander]
    assert labels[0].startswith("[1] ") and any("Competency" in label for label in labels)


def test_partner_finder_choices_become_words(store_env):
    at = open_app("partner_finder.py")
    at.selectbox(key="pf_job").set_value("operations")
    at.radio(key="pf_size").set_value("large")
    at.form_submit_button[0].click().run()
    (decision,) = [s.value for s in at.success]
    assert "Services Path" in decision and "MSP" in decision and "Premier" in decision
    at.selectbox(key="pf_job").set_value(None)
    at.radio(key="pf_size").set_value(None)
    at.form_submit_button[0].click().run()
    assert at.warning and not at.success


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_form_choice_is_understood(lang):
    from assistant.catalog import load_catalog
    from assistant.forms import LEARNING, PARTNER_JOBS, PARTNER_SIZES, partner_request, support_request
    from assistant.lexical import detect_lang
    from assistant.recommend.needs import extract_partner_needs, extract_support_needs

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
    from assistant.plan_table import deciding_rows, plan_table

    table = plan_table(CORPUS, "en")
    assert table.plans[0] == "Basic" and len(table.plans) == len(table.ids) == len(table.prices) == 7
    rows = {key: cells for key, _, cells in table.rows}
    assert rows["production_down"][table.plans.index("Business")] == "1 hour"
    assert rows["tam"][table.plans.index("Enterprise")] == "designated TAM"
    assert deciding_rows("we need a designated TAM", ["chat"], "high") == {"tam", "chat", "price"}


# --- sources ------------------------------------------------------------------------------------
def test_sources_lists_filters_and_renders_a_document(store_env):
    at = open_app("sources.py")
    table = at.dataframe[0].value
    assert len(table) == len(list_documents(CORPUS)) and "corpus/summaries/ko/support-plans.md" in set(table["Source"])
    at.radio(key="sources_lang").set_value("ko").run()
    at.multiselect(key="sources_topics").select("support-plans").run()
    shown = at.dataframe[0].value
    assert set(shown["Lang"]) == {"ko"} and all("support-plans" in t for t in shown["Topics"])

    at.selectbox(key="sources_pick").select("corpus/summaries/ko/support-plans.md").run()
    assert not at.exception and at.query_params["doc"] == "corpus/summaries/ko/support-plans.md"
    body = " ".join(m.value for m in at.markdown)
    assert "Business Support" in body and "---\ntitle:" not in body  # rendered without front matter


def test_sources_opens_a_linked_document(store_env):
    at = open_app("sources.py", doc="corpus/summaries/ko/overview.md")
    assert any("AWS Well-Architected Framework" in m.value for m in at.markdown)


@pytest.mark.parametrize("doc", ["corpus/../pyproject.toml", "/etc/passwd", "corpus/../../../etc/passwd", "README.md"])
def test_sources_refuses_paths_outside_the_corpus(store_env, doc):
    at = open_app("sources.py", doc=doc)
    assert not at.exception
    assert at.error and "not a document in the corpus folder" in at.error[0].value
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
    assert "No store" in text and "wa-assistant ingest" in text and "Re-ingest" in text
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
        at = open_app()
        assert any("LLM" in c.value and llm["url"] in c.value for c in at.sidebar.caption)
        at = ask(at, EN_QUESTION)
    assert len(at.error) == 1 and "WA_LLM_BASE_URL" in at.error[0].value


def test_reingest_builds_a_missing_store_and_reloads(monkeypatch, tmp_path, fresh_cache, cache_dir):
    from tests.conftest import seed_cache

    corpus = tmp_path / "corpus"
    write_doc(corpus / "en" / "game-days.md", "Game days", "# Game days\n\nA game day rehearses a failure on purpose.")
    store = tmp_path / "state" / "store"
    seed_cache(cache_dir, store)
    monkeypatch.setenv("WA_STORE", str(store))
    monkeypatch.setenv("WA_CORPUS", str(corpus))
    at = open_app()
    assert at.error and "No store" in at.error[0].value

    at.sidebar.button(key="reingest").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert any("1 files" in s.value for s in at.sidebar.success)
    assert any("passages · last ingest" in m.value for m in at.sidebar.markdown)
    at = ask(at, "What does a game day rehearse?")
    assert "game day" in answers(at)[0].lower()
