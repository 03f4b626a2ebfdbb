import datetime as dt
import os

import pytest

from assistant.errors import CorpusError
from ingest.loaders import load_document


def load(tmp_path, text: str):
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    path = corpus / "bad.md"
    path.write_text(text, encoding="utf-8")
    return load_document(path, corpus)


GOOD = "---\ntitle: T\nlang: en\nkind: summary\ntopics: [x]\nas_of: 2026-11-26\nreferences: []\n---\n# T\n\nBody.\n"


def test_good_front_matter(tmp_path):
    doc = load(tmp_path, GOOD)
    assert doc.meta["title"] == "T" and doc.body.startswith("# T") and doc.source == "corpus/bad.md"


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("---\ntitle: T\n# never closed\n", 1, "not closed"),
        ("---\ntitle: T\nlang: [en\n---\nbody", 3, "not valid YAML"),
        (GOOD.replace("lang: en", "lang: fr"), 3, "lang must be"),
        (GOOD.replace("as_of: 2026-11-26", "as_of: soon"), 6, "as_of must be a date"),
        (GOOD.replace("topics: [x]\n", ""), 1, "lacks topics"),
    ],
)
def test_bad_front_matter_names_file_and_line(tmp_path, text, line, words):
    with pytest.raises(CorpusError) as info:
        load(tmp_path, text)
    assert info.value.source == "corpus/bad.md"
    assert info.value.line == line
    assert words in info.value.message
    assert str(info.value).startswith(f"corpus/bad.md:{line}: ")


def test_non_utf8_file_is_reported(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bad.md").write_bytes(GOOD.encode() + "\n한글".encode("euc-kr"))
    with pytest.raises(CorpusError, match="not UTF-8"):
        load_document(corpus / "bad.md", corpus)


def test_markdown_without_front_matter_is_a_document(tmp_path):
    corpus = tmp_path / "corpus"
    path = corpus / "documents" / "team" / "runbook.md"
    path.parent.mkdir(parents=True)
    path.write_text("Intro line.\n\n## Restart the orders service\n\nRun `systemctl restart orders`.\n")
    os.utime(path, (0, dt.datetime(2026, 3, 4, 12, tzinfo=dt.UTC).timestamp()))
    doc = load_document(path, corpus)
    assert doc.meta == {
        "title": "Restart the orders service",
        "lang": "en",
        "kind": "document",
        "topics": ["team"],
        "as_of": dt.date(2026, 3, 4),
        "references": [],
    }
    assert doc.body.startswith("Intro line.") and doc.body_line == 1 and not doc.paged


def test_text_file_title_is_its_name_and_language_is_read_from_the_text(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    ko = corpus / "배포_메모.txt"
    ko.write_text("배포는 화요일에만 합니다. AWS CodeDeploy를 씁니다.\n\n롤백은 5분 안에 끝나야 합니다.\n")
    en = corpus / "notes.txt"
    en.write_text("Deploys happen on Tuesdays only.\n\nThe team calls this 배포.\n\nRollbacks finish in 5 minutes.\n")
    assert load_document(ko, corpus).meta["title"] == "배포 메모"
    assert load_document(ko, corpus).meta["lang"] == "ko"
    assert load_document(en, corpus).meta["lang"] == "en"  # one Korean word does not make it Korean
    assert load_document(en, corpus).meta["topics"] == []


def test_front_matter_still_wins(tmp_path):
    doc = load(tmp_path, GOOD.replace("# T", "# Another heading"))
    assert doc.meta["title"] == "T" and doc.meta["kind"] == "summary"


def test_a_pdf_over_the_page_limit_is_refused_with_the_limit_named(tmp_path):
    pypdf = pytest.importorskip("pypdf")

    writer = pypdf.PdfWriter()
    for _ in range(3):
        writer.add_blank_page(width=200, height=200)
    pdf = tmp_path / "corpus" / "long.pdf"
    pdf.parent.mkdir()
    with pdf.open("wb") as f:
        writer.write(f)
    with pytest.raises(CorpusError) as info:
        load_document(pdf, tmp_path / "corpus", max_pages=2)
    assert "3 pages, over the 2-page limit (WA_MAX_PAGES)" in str(info.value) and "3쪽으로 한도 2쪽" in str(info.value)
    with pytest.raises(CorpusError, match="needs OCR"):  # within the limit, the blank pages are the problem
        load_document(pdf, tmp_path / "corpus", max_pages=3)
