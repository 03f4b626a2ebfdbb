"""Hidden state: reading settings or the store changes no environment; a re-ingest drops stale corpus reads."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from assistant.knowledge.catalog import load_catalog
from assistant.quiet import QUIET, quiet_third_parties
from assistant.retrieval.store import open_path
from assistant.retrieval.store_state import inspect
from assistant.settings import load_settings
from tests.conftest import CORPUS, keep_cache, seed_cache, settings_for, write_doc


def test_settings_and_store_leave_the_environment_alone(monkeypatch, tmp_path):
    for key in QUIET:
        monkeypatch.delenv(key, raising=False)
    before = dict(os.environ)
    settings = load_settings(store=tmp_path / "store")
    open_path(tmp_path / "store", create=True).heartbeat()
    inspect(settings)
    assert dict(os.environ) == before
    quiet_third_parties()  # what the entry points call, once
    assert {k: os.environ[k] for k in QUIET} == QUIET


def test_user_choices_win_over_the_quiet_defaults(monkeypatch):
    monkeypatch.setenv("TOKENIZERS_PARALLELISM", "true")
    quiet_third_parties()
    assert os.environ["TOKENIZERS_PARALLELISM"] == "true"


@pytest.fixture
def catalog_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "catalog-corpus"
    shutil.copytree(CORPUS, copy)
    return copy


def test_reingest_forgets_the_catalog_read_before_it(catalog_copy, tmp_path, cache_dir):
    """The web app re-ingests in its own process: the catalog it read before must not outlive the switch."""
    from ingest.run import ingest

    assert load_catalog(catalog_copy).support_plans.exchange_rate.krw_per_usd == 1450
    plans = catalog_copy / "catalog" / "support_plans.yaml"
    plans.write_text(plans.read_text(encoding="utf-8").replace("krw_per_usd: 1450", "krw_per_usd: 1500"), "utf-8")
    assert load_catalog(catalog_copy).support_plans.exchange_rate.krw_per_usd == 1450  # memoised per folder
    corpus = tmp_path / "corpus"
    write_doc(corpus / "a.md", "Alpha", "# Alpha\n\nLoose coupling keeps failures local.\n")
    store = tmp_path / "state" / "store"
    seed_cache(cache_dir, store)
    report = ingest(settings_for(store, corpus=corpus))
    keep_cache(cache_dir, store)
    assert report.generation and not report.unchanged
    assert load_catalog(catalog_copy).support_plans.exchange_rate.krw_per_usd == 1500
