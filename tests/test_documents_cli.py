"""`wa-assistant add`, `list` and `remove` through the real CLI, into a real store with the real models."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import keep_cache, run_cli, seed_cache

pytest.importorskip("markitdown", reason='needs the "docs" extra: pip install -e ".[docs]"')


@pytest.fixture
def env(tmp_path: Path, cache_dir: Path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    store = tmp_path / "state" / "store"
    seed_cache(cache_dir, store)
    yield {"WA_STORE": str(store), "WA_CORPUS": str(corpus)}, corpus
    keep_cache(cache_dir, store)


def test_add_list_remove(env, tmp_path):
    env, corpus = env
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "wiki.html").write_text(
        "<html><body><h1>Wren wiki</h1><p>The Wren batch job runs at 02:00 UTC every night.</p></body></html>",
        encoding="utf-8",
    )
    (inbox / "notes.md").write_text("# Wren notes\n\nWren keeps 14 days of logs.\n", encoding="utf-8")
    (inbox / "tool.exe").write_bytes(b"MZ")

    res = run_cli("add", str(inbox / "wiki.html"), str(inbox / "notes.md"), str(inbox / "tool.exe"), "--folder",
                  "wren", "--json", env=env)  # fmt: skip
    assert res.returncode == 2, res.stderr  # one file refused: bad input, the others are in
    data = json.loads(res.stdout)
    assert data["documents"]["added"] == ["corpus/documents/wren/wiki.html", "corpus/documents/wren/notes.md"]
    assert [r["name"] for r in data["documents"]["refused"]] == [str(inbox / "tool.exe")]
    assert "not supported" in res.stderr and data["files"] == 2 and data["chunks_total"] == 2
    assert (corpus / "documents" / "wren" / "wiki.html").read_bytes() == (inbox / "wiki.html").read_bytes()

    found = run_cli("retrieve", "--json", "--k", "1", "When does the Wren batch job run?", env=env)
    assert json.loads(found.stdout)["results"][0]["source"] == "corpus/documents/wren/wiki.html"

    listed = json.loads(run_cli("list", "--json", env=env).stdout)["documents"]
    assert [(d["source"], d["state"]) for d in listed] == [
        ("corpus/documents/wren/notes.md", "ingested"),
        ("corpus/documents/wren/wiki.html", "ingested"),
    ]

    bad = run_cli("remove", "../summaries", env=env)
    assert bad.returncode == 2 and "not an added document" in bad.stderr
    gone = run_cli("remove", "wren/wiki.html", "--json", env=env)
    assert gone.returncode == 0, gone.stderr
    data = json.loads(gone.stdout)
    assert data["documents"]["removed"] == ["corpus/documents/wren/wiki.html"] and data["chunks_total"] == 1
    assert not (corpus / "documents" / "wren" / "wiki.html").exists()


def test_upload_names_and_folders_cannot_leave_corpus_documents(tmp_path):
    from ingest.library import LibraryError, add_bytes, remove_names

    corpus = tmp_path / "corpus"
    (corpus / "summaries").mkdir(parents=True)
    (corpus / "summaries" / "keep.md").write_text("# Keep\n", encoding="utf-8")
    got = add_bytes("../../summaries/evil.md", b"# Evil\n", corpus, "team", 2**20, 2**20)
    assert got.added == ["corpus/documents/team/evil.md"]  # only the base name is kept
    assert [r.name for r in add_bytes(".hidden.md", b"x", corpus, "team", 2**20, 2**20).refused] == [".hidden.md"]
    big = add_bytes("big.pdf", b"x" * 2048, corpus, "team", 2**20, 1024).refused[0].reason
    assert "WA_MAX_DOC_MB" in big and "한도" in big
    with pytest.raises(LibraryError):
        add_bytes("a.md", b"# A\n", corpus, "../summaries", 2**20, 2**20)
    with pytest.raises(LibraryError):
        remove_names(["corpus/summaries/keep.md"], corpus)
    assert (corpus / "summaries" / "keep.md").exists()
    assert remove_names(["team"], corpus) == ["corpus/documents/team/evil.md"]
