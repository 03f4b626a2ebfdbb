"""Bring your own documents: real PDF, DOCX, PPTX, HTML and plain Markdown files, made here, ingested
once beside the real corpus into a real Chroma store with the real models; each answers its own question.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from eval import doc_samples
from tests.conftest import CORPUS, keep_cache, run_cli, seed_cache, settings_for

pytest.importorskip("markitdown", reason='needs the "docs" extra: pip install -e ".[docs]"')
pytestmark = pytest.mark.skipif(doc_samples.chromium() is None, reason="needs headless Chromium for the PDF")

FOLDER = "corpus/documents/team"
PDF_PAGES = [
    "<h1>Falcon Operations Guide</h1><p>This guide covers the Falcon order platform run by the payments team.</p>",
    "<h2>Failover drill</h2><p>The Falcon failover drill takes 42 minutes from the first alarm to traffic "
    "served from the standby Region.</p>",
    "<h2>Backups</h2><table><tr><th>Store</th><th>Retention</th></tr><tr><td>Falcon ledger</td><td>35 days</td></tr>"
    "</table>",
]
# question -> (file that alone answers it, page or slide, a word the answer must hold)
CASES = {
    "How long does the Falcon failover drill take?": ("falcon-guide.pdf", 2, "42 minutes"),
    "Which bucket does the Heron service store invoices in?": ("heron-design.docx", None, "heron-ledger-archive"),
    "What is the monthly budget for the Osprey launch?": ("osprey-kickoff.pptx", 2, "7,300"),
    "When does the Kestrel on-call rotation change?": ("kestrel-wiki.html", None, "Thursday"),
    "펠리컨 서비스는 무슨 요일에 배포하지 않나요?": ("pelican-rules.md", None, "금요일"),
}


def make_documents(folder: Path) -> None:
    doc_samples.print_pdf(doc_samples.html_page("Falcon Operations Guide", PDF_PAGES), folder / "falcon-guide.pdf")
    doc_samples.write_docx(
        folder / "heron-design.docx",
        "Heron design",
        [
            ("Overview", "Heron turns purchase orders into invoices for the finance team."),
            ("Storage", "The Heron service stores invoices in the S3 bucket named heron-ledger-archive."),
        ],
        [["Component", "Owner"], ["Invoice API", "Finance platform"]],
    )
    doc_samples.write_pptx(
        folder / "osprey-kickoff.pptx",
        [
            ("Osprey kickoff", "The Osprey launch starts in March."),
            ("Osprey budget", "The Osprey launch budget is $7,300 per month."),
        ],
    )
    (folder / "kestrel-wiki.html").write_text(
        "<html><head><title>Kestrel team wiki</title></head><body><nav>Home | Teams</nav>"
        "<h1>Kestrel team wiki</h1><h2>On-call</h2>"
        "<p>The Kestrel on-call rotation changes every Thursday at 09:00 KST.</p></body></html>",
        encoding="utf-8",
    )
    (folder / "pelican-rules.md").write_text(
        "# 펠리컨 배포 규칙\n\n펠리컨 서비스는 금요일에 배포하지 않습니다. 배포는 월요일부터 목요일까지만 합니다.\n",
        encoding="utf-8",
    )
    doc_samples.blank_pdf(folder / "scanned.pdf")  # no text layer
    (folder / "legacy.doc").write_bytes(b"\xd0\xcf\x11\xe0")  # unsupported


@pytest.fixture(scope="module")
def byod(tmp_path_factory: pytest.TempPathFactory, cache_dir: Path, corpus_settings):
    """The real corpus plus the documents, ingested once for every test here."""
    from ingest.run import ingest

    root = tmp_path_factory.mktemp("byod")
    corpus = root / "corpus"
    shutil.copytree(CORPUS, corpus)
    make_documents(corpus / "documents" / "team")
    store = root / "state" / "store"
    seed_cache(cache_dir, store)
    settings = settings_for(store, corpus=corpus)
    report = ingest(settings)
    keep_cache(cache_dir, store)
    return settings, report


@pytest.fixture(scope="module")
def helper(byod):
    from assistant import Assistant

    return Assistant.load(byod[0])


def test_every_format_is_ingested_and_the_unreadable_ones_are_named(byod):
    _, report = byod
    errors = {e["source"]: e["message"] for e in report.errors}
    assert list(errors) == [f"{FOLDER}/scanned.pdf"]
    assert "no text: needs OCR" in errors[f"{FOLDER}/scanned.pdf"] and "OCR 필요" in errors[f"{FOLDER}/scanned.pdf"]
    warned = {w["source"]: w["message"] for w in report.warnings}
    assert "not supported" in warned[f"{FOLDER}/legacy.doc"]
    assert report.files == 35 + 6  # the real corpus and every file here but the .doc


@pytest.mark.parametrize("question", list(CASES))
def test_a_question_only_one_file_answers_cites_that_file(helper, question):
    name, page, words = CASES[question]
    answer = helper.ask(question)
    assert not answer.abstained, answer.answer
    assert words in answer.answer
    cited = [(c.source, c.page) for c in answer.citations]
    assert cited[0] == (f"{FOLDER}/{name}", page), cited


def test_document_chunks_keep_their_title_language_and_pages(helper):
    chunks = [c for c in helper.retriever.chunks if c.source.startswith(FOLDER)]
    by_file = {}
    for c in chunks:
        by_file.setdefault(c.source.rsplit("/", 1)[1], []).append(c)
    assert by_file["falcon-guide.pdf"][0].title == "Falcon Operations Guide"
    assert {c.page for c in by_file["falcon-guide.pdf"]} == {1, 2, 3}
    assert any("| Falcon ledger | 35 days |" in c.text for c in by_file["falcon-guide.pdf"])  # a table stays a table
    assert {c.section for c in by_file["falcon-guide.pdf"]} >= {"Falcon Operations Guide > Failover drill"}
    assert {c.page for c in by_file["osprey-kickoff.pptx"]} == {1, 2}
    assert by_file["heron-design.docx"][0].title == "Heron design"
    assert by_file["pelican-rules.md"][0].lang == "ko" and by_file["kestrel-wiki.html"][0].lang == "en"
    assert {c.kind for c in chunks} == {"document"} and {c.topics for c in chunks} == {("team",)}


def test_cli_shows_the_page_in_citations(byod):
    settings, _ = byod
    env = {"WA_STORE": str(settings.store), "WA_CORPUS": str(settings.corpus)}
    res = run_cli("ask", "--json", "How long does the Falcon failover drill take?", env=env)
    assert res.returncode == 0, res.stderr
    first = json.loads(res.stdout)["citations"][0]
    assert (first["source"], first["page"]) == (f"{FOLDER}/falcon-guide.pdf", 2)
    res = run_cli("ask", "How long does the Falcon failover drill take?", env=env)
    assert f"{FOLDER}/falcon-guide.pdf, p. 2" in res.stdout


def test_sources_page_reads_a_converted_pdf_by_page_and_offers_upload_to_admins_only(byod, monkeypatch):
    import streamlit as st

    from tests.test_ui import open_app

    settings, _ = byod
    monkeypatch.setenv("WA_STORE", str(settings.store))
    monkeypatch.setenv("WA_CORPUS", str(settings.corpus))
    monkeypatch.setenv("WA_ADMINS", "root")
    st.cache_resource.clear()
    try:
        at = open_app("sources.py", who="root", doc=f"{FOLDER}/falcon-guide.pdf")
        text = "\n".join(m.value for m in at.markdown)
        assert "Failover drill" in text and "42 minutes" in text and "*p. 2*" in text
        assert "| Falcon ledger | 35 days |" in text
        assert any(e.label == "Add documents" for e in at.expander)
        at = open_app("sources.py", who="minji")
        assert not any(e.label == "Add documents" for e in at.expander)
        titles = at.dataframe[0].value["Title"].tolist()
        assert {"Falcon Operations Guide", "Heron design", "펠리컨 배포 규칙"} <= set(titles)
    finally:
        st.cache_resource.clear()
