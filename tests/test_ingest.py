"""Ingest against a real Chroma store in tmp_path with the real embedding models."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.errors import StoreCorrupt
from assistant.retrieval.store import StoreReader, collection_name, open_client
from ingest import manifest
from ingest.chunking import chunk_document
from ingest.loaders import file_sha, find_files, load_document
from ingest.run import ingest
from tests.conftest import keep_cache, run_cli, seed_cache, settings_for, write_doc


def expected_ids(corpus: Path) -> set[str]:
    return {c.id for p in find_files(corpus) for c in chunk_document(load_document(p, corpus))}


def store_ids(settings) -> dict[str, list[str]]:
    client = open_client(settings)
    return {col.name: col.get(include=[])["ids"] for col in client.list_collections()}


@pytest.fixture
def small(tmp_path: Path, cache_dir: Path):
    corpus = tmp_path / "corpus"
    write_doc(
        corpus / "a.md",
        "Alpha",
        "# Alpha\n\nLoose coupling keeps failures local.\n\n## More\n\nQueues decouple.\n",
    )
    write_doc(corpus / "b.md", "베타", "# 베타\n\n비즈니스 플랜은 프로덕션 다운에 1시간 이내 응답한다.\n", lang="ko")
    write_doc(corpus / "c.md", "Gamma", "# Gamma\n\nGame days rehearse failure.\n")
    store = tmp_path / "state" / "store"
    seed_cache(cache_dir, store)
    yield settings_for(store, corpus=corpus), corpus
    keep_cache(cache_dir, store)


def test_first_ingest_then_rerun_changes_nothing(small):
    settings, corpus = small
    first = ingest(settings)
    assert first.chunks_added == len(expected_ids(corpus)) == first.chunks_total == 4
    assert first.errors == [] and first.files == 3
    again = ingest(settings)
    assert (again.chunks_added, again.chunks_updated, again.chunks_removed) == (0, 0, 0)
    assert again.unchanged and again.models_loaded == [] and again.chunks_total == 4


def test_rerun_without_manifest_still_changes_nothing_and_loads_no_model(small):
    settings, corpus = small
    ingest(settings)
    manifest.invalidate(Path(settings.store))
    again = ingest(settings)
    assert not again.unchanged
    assert (again.chunks_added, again.chunks_updated, again.chunks_removed) == (0, 0, 0)
    assert again.models_loaded == []


def test_a_store_from_before_the_wide_search_is_widened_by_the_next_ingest(small):
    """Stores written with Chroma's default HNSW breadth answer as before; the next ingest widens them."""
    import json

    from assistant.retrieval.store import EF_SEARCH

    settings, _ = small
    ingest(settings)
    client = open_client(settings)
    for col in client.list_collections():
        col.modify(configuration={"hnsw": {"ef_search": 100}})
    path = Path(settings.store).resolve() / manifest.NAME
    old = json.loads(path.read_text())
    del old["ef_search"]
    path.write_text(json.dumps(old))
    again = ingest(settings)
    assert not again.unchanged and (again.chunks_added, again.chunks_removed) == (0, 0)
    widths = {c.name: c.configuration["hnsw"]["ef_search"] for c in open_client(settings).list_collections()}
    assert set(widths.values()) == {EF_SEARCH} and len(widths) == 2
    assert ingest(settings).unchanged


def test_editing_one_file_replaces_only_its_chunks(small):
    settings, corpus = small
    ingest(settings)
    before = set(store_ids(settings)[collection_name("e5")])
    write_doc(corpus / "c.md", "Gamma", "# Gamma\n\nGame days rehearse failure and recovery.\n")
    report = ingest(settings)
    assert (report.chunks_added, report.chunks_removed, report.chunks_total) == (1, 1, 4)
    after = set(store_ids(settings)[collection_name("e5")])
    assert len(before & after) == 3 and after == expected_ids(corpus)


def test_metadata_change_is_an_update_not_a_reembed(small):
    settings, corpus = small
    ingest(settings)
    write_doc(corpus / "c.md", "Gamma", "# Gamma\n\nGame days rehearse failure.\n", topics="[game-days]")
    report = ingest(settings)
    assert (report.chunks_added, report.chunks_updated, report.chunks_removed) == (0, 1, 0)


def test_deleting_a_file_removes_its_chunks(small):
    settings, corpus = small
    ingest(settings)
    (corpus / "a.md").unlink()
    report = ingest(settings)
    assert report.chunks_removed == 2 and report.chunks_total == 2
    for ids in store_ids(settings).values():
        assert set(ids) == expected_ids(corpus)


def test_broken_file_is_reported_and_its_old_chunks_are_kept(small):
    settings, corpus = small
    ingest(settings)
    good_sha = file_sha((corpus / "a.md").read_bytes())
    (corpus / "a.md").write_text("---\ntitle: [broken\n---\n# Alpha\n", encoding="utf-8")
    write_doc(corpus / "d.md", "Delta", "# Delta\n\nA new file still ingests.\n")
    report = ingest(settings)
    assert [e["source"] for e in report.errors] == ["corpus/a.md"]
    assert report.errors[0]["line"] == 2 and "not valid YAML" in report.errors[0]["message"]
    assert report.chunks_added == 1 and report.chunks_removed == 0 and report.chunks_total == 5
    # the store records the version of a.md its chunks came from, so `status` reports the drift
    assert manifest.read(Path(settings.store))["files"]["corpus/a.md"] == good_sha


def test_cli_ingest_json_and_exit_code_on_broken_file(small):
    settings, corpus = small
    env = {"WA_STORE": str(settings.store)}
    ok = run_cli("ingest", "--corpus", str(corpus), "--json", env=env)
    assert ok.returncode == 0, ok.stderr
    data = json.loads(ok.stdout)
    assert data == {
        "files": 3,
        "chunks_added": 4,
        "chunks_updated": 0,
        "chunks_removed": 0,
        "chunks_total": 4,
        "errors": [],
        "warnings": [],
    }
    (corpus / "b.md").write_text("---\ntitle: never closed\n", encoding="utf-8")
    bad = run_cli("ingest", "--corpus", str(corpus), env=env)
    assert bad.returncode == 1
    assert "corpus/b.md:1: front matter is not closed" in bad.stderr
    assert "4 chunks" in bad.stdout


def test_corrupt_store_is_refused_then_ingest_rebuilds_and_sets_it_aside(small):
    settings, corpus = small
    ingest(settings)
    (Path(settings.store) / "chroma.sqlite3").write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreCorrupt, match="changed or damaged"):
        StoreReader.open(settings, ["e5", "use"])
    report = ingest(settings)
    assert not report.unchanged and report.models_loaded == []  # vectors came from the cache
    assert report.chunks_total == 4 and report.chunks_added == 4  # nothing could be read from the damaged one
    assert any("could not be read" in w["message"] for w in report.warnings)
    assert set(store_ids(settings)[collection_name("use")]) == expected_ids(corpus)
    assert len(list(Path(settings.store).parent.glob("store.damaged-*"))) == 1
    again = ingest(settings, rebuild=True)
    assert again.chunks_total == 4 and again.chunks_added == 4 and again.models_loaded == []


def test_missing_corpus_folder_is_a_clear_error(tmp_path):
    from assistant.errors import ConfigError

    with pytest.raises(ConfigError, match="does not exist"):
        ingest(settings_for(tmp_path / "store", corpus=tmp_path / "nope"))
