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
        ("# No front matter\n", 1, "no YAML front matter"),
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
