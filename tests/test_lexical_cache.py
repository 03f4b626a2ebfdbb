"""Saved BM25 indexes: the same scores as a fresh build, reused only for the very same texts, never fatal."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.retrieval import lexical_cache
from assistant.retrieval.lexical import LexicalIndex
from assistant.retrieval.lexical_cache import KEEP, load_or_build

TEXTS = [
    "Business Support gives a 1-hour response when production is down.",
    "비즈니스 서포트는 프로덕션 시스템 다운 시 1시간 이내 응답",
    "Loose coupling lets components fail independently.",
    "",
]
QUERIES = ["production down response", "프로덕션 다운 응답", "coupling", "nothing-known-here", "a"]


def same(a: LexicalIndex, b: LexicalIndex) -> None:
    for q in QUERIES:
        assert np.array_equal(a.scores(q), b.scores(q)), q
    for token in ("production", "프로", "unseen-token"):
        assert a.idf(token) == b.idf(token) and a.known(token) == b.known(token)
    for word in ("productoin", "couplingg", "zzzzzzz"):  # slips are read the same (twice: once remembered)
        assert a.closest(word) == b.closest(word) == a.closest(word)


def test_saved_index_scores_like_a_fresh_one(tmp_path, monkeypatch):
    built = load_or_build(TEXTS, tmp_path, "text")
    same(built, LexicalIndex(TEXTS))

    def no_rebuild(*_a, **_k):
        raise AssertionError("rebuilt although the cache holds these texts")

    monkeypatch.setattr(LexicalIndex, "__init__", no_rebuild)
    same(load_or_build(TEXTS, tmp_path, "text"), built)


def test_other_texts_get_their_own_entry(tmp_path):
    load_or_build(TEXTS, tmp_path, "text")
    changed = [*TEXTS[:-1], "Reliability pillar"]
    same(load_or_build(changed, tmp_path, "text"), LexicalIndex(changed))
    assert len(list(tmp_path.glob("text-*"))) == 2


def test_damaged_entry_is_rebuilt(tmp_path, caplog):
    load_or_build(TEXTS, tmp_path, "text")
    (entry,) = tmp_path.glob("text-*")
    for f in entry.glob("*.npy"):
        f.write_bytes(b"junk")
    same(load_or_build(TEXTS, tmp_path, "text"), LexicalIndex(TEXTS))
    assert "unreadable" in caplog.text
    same(load_or_build(TEXTS, tmp_path, "text"), LexicalIndex(TEXTS))  # rewritten whole


def test_unwritable_cache_is_skipped(tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    same(load_or_build(TEXTS, blocked, "text"), LexicalIndex(TEXTS))


def test_only_the_newest_entries_are_kept(tmp_path):
    for n in range(KEEP + 2):
        load_or_build([*TEXTS, f"text number {n}"], tmp_path, "text")
    assert len(list(tmp_path.glob("text-*"))) == KEEP
    assert not list(tmp_path.glob(".*"))  # no temporary folders left behind


def test_a_changed_tokeniser_invalidates(tmp_path, monkeypatch):
    before = lexical_cache.fingerprint(TEXTS)
    fake = tmp_path / "lexical.py"
    fake.write_text("# another tokeniser\n")
    monkeypatch.setattr(lexical_cache.lexical, "__file__", str(fake))
    assert lexical_cache.fingerprint(TEXTS) != before


@pytest.mark.slow
def test_assistant_loads_the_same_from_the_cache(assistant, corpus_settings):
    from assistant import Assistant

    assert list((corpus_settings.state_dir / "bm25").glob("text-*"))
    again = Assistant.load(corpus_settings)
    for q in ("What is loose coupling?", "비즈니스 플랜 응답 시간"):
        assert again.retrieve(q, k=10).to_dict() == assistant.retrieve(q, k=10).to_dict()


SAVE_ONE = """
import sys
from pathlib import Path
from assistant.retrieval.lexical import LexicalIndex
from assistant.retrieval.lexical_cache import _save
from tests.test_lexical_cache import TEXTS
_save(LexicalIndex(TEXTS), Path(sys.argv[1]))
"""


def test_the_saved_index_is_the_same_bytes_in_every_process(tmp_path):
    """Processes with other hash seeds write identical files, so two that save the same entry at once
    can never leave it a mix of two vocabularies (which scored BM25 wrongly, and silently)."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        subprocess.run([sys.executable, "-c", SAVE_ONE, str(tmp_path / seed)], check=True, env=env, cwd=ROOT)
    files = sorted(p.name for p in (tmp_path / "1").iterdir())
    assert files and files == sorted(p.name for p in (tmp_path / "2").iterdir())
    for name in files:
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes(), name


def test_an_entry_saved_meanwhile_by_another_process_is_kept(tmp_path):
    load_or_build(TEXTS, tmp_path, "text")
    (entry,) = tmp_path.glob("text-*")
    marker = entry / "opened-by-a-reader"
    marker.write_text("")
    lexical_cache._save(LexicalIndex(TEXTS), entry)  # a second process finishing the same entry later
    assert marker.exists() and len(list(tmp_path.iterdir())) == 1  # not deleted under a reader, no leftovers
