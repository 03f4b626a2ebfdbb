"""The corpus keeps its contract: paired en/ko files, valid front matter, prescribed headings, the user's words."""

from __future__ import annotations

import re
from pathlib import Path
from typing import get_args

import pytest

from assistant.catalog import Topic
from ingest.loaders import find_files, load_document

ROOT = Path(__file__).parents[1]
CORPUS = ROOT / "corpus"
SPEC = ROOT / "docs" / "corpus-spec.md"
NOTES = CORPUS / "notes" / "well-architected-notes.ko.md"
SEED = Path(__file__).parents[1].parent / "shared" / "seed" / "well-architected-notes.ko.txt"
TOPICS = set(get_args(Topic))  # the catalog schema holds the topic vocabulary


def test_en_and_ko_summaries_hold_the_same_file_names():
    en = sorted(p.name for p in (CORPUS / "summaries" / "en").glob("*.md"))
    ko = sorted(p.name for p in (CORPUS / "summaries" / "ko").glob("*.md"))
    assert en, "no English summaries found"
    assert en == ko


@pytest.mark.parametrize("path", find_files(CORPUS), ids=lambda p: p.relative_to(CORPUS).as_posix())
def test_every_corpus_file_has_valid_front_matter(path):
    doc = load_document(path, CORPUS)  # raises CorpusError naming the file and line when invalid
    folder = path.parent.name
    if folder in ("en", "ko"):
        assert doc.meta["lang"] == folder
    assert doc.meta["kind"] in ("notes", "summary")
    assert set(doc.meta["topics"]) <= TOPICS, set(doc.meta["topics"]) - TOPICS
    assert sum(1 for line in doc.body.split("\n") if line.startswith("# ")) == 1, "exactly one H1"


def _prescribed(file_name: str) -> list[tuple[str, str]]:
    """(en, ko) heading pairs from the table that follows `<file_name>:` in the corpus spec."""
    lines = SPEC.read_text(encoding="utf-8").split("\n")
    start = lines.index(f"{file_name}:") + 1
    pairs = []
    for line in lines[start:]:
        if not line.strip() and pairs:
            break
        cells = re.findall(r"`([^`]+)`", line)
        if line.startswith("|") and len(cells) == 2:
            pairs.append((cells[0], cells[1]))
    return pairs


@pytest.mark.parametrize(("file_name", "count"), [("support-plans.md", 15), ("partner-network.md", 11)])
def test_prescribed_headings_exist(file_name, count):
    pairs = _prescribed(file_name)
    assert len(pairs) == count  # the spec table was read, not silently skipped
    for lang, column in (("en", 0), ("ko", 1)):
        lines = set((CORPUS / "summaries" / lang / file_name).read_text(encoding="utf-8").split("\n"))
        missing = [pair[column] for pair in pairs if pair[column] not in lines]
        assert not missing, f"{lang}/{file_name} lacks: {missing}"


def test_notes_keep_the_users_wording():
    """Every non-blank, non-separator seed line appears, in order, once heading marks are stripped."""
    if not SEED.is_file():
        pytest.skip(f"seed notes not found at {SEED}: run inside the shared workspace to check the notes")
    seed = [
        ln
        for ln in SEED.read_text(encoding="utf-8").splitlines()
        if ln.strip() and not re.fullmatch(r"\s*-{3,}\s*", ln)
    ]
    notes = [re.sub(r"^#+ ", "", ln) for ln in NOTES.read_text(encoding="utf-8").splitlines()]
    assert len(seed) > 100
    at = 0
    for n, line in enumerate(seed, 1):
        try:
            at = notes.index(line, at) + 1
        except ValueError:
            pytest.fail(f"seed line {n} is missing or out of order in {NOTES.name}: {line!r}")
