"""The corpus keeps its contract: paired en/ko files, valid front matter, prescribed headings, the user's words."""

from __future__ import annotations

import re
from pathlib import Path
from typing import get_args

import pytest

from assistant.knowledge.catalog import Topic
from assistant.knowledge.notes_sections import is_notes_difference
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


_ABOUT_NOTES = re.compile(r"user's notes|your notes|the notes|notes'|사용자 노트|노트", re.IGNORECASE)


def _summary_pairs() -> list[tuple[Path, Path]]:
    return [(p, CORPUS / "summaries" / "ko" / p.name) for p in sorted((CORPUS / "summaries" / "en").glob("*.md"))]


@pytest.mark.parametrize(("en", "ko"), _summary_pairs(), ids=lambda p: p.name)
def test_summaries_state_facts_and_keep_note_differences_in_one_closing_section(en, ko):
    """Sentences about the notes live only in one last section, which en and ko both have or both lack."""
    has_section = []
    for path in (en, ko):
        lines = path.read_text(encoding="utf-8").split("\n")
        headings = [i for i, ln in enumerate(lines) if ln.startswith("## ")]
        notes = [i for i in headings if is_notes_difference(lines[i][3:])]
        assert len(notes) <= 1, f"{path.name}: more than one notes section"
        if notes:
            assert notes[0] == headings[-1], f"{path.name}: the notes section must come last"
        body_end = notes[0] if notes else len(lines)
        about = [ln for ln in lines[:body_end] if _ABOUT_NOTES.search(ln)]
        assert not about, f"{path.name} talks about the notes outside its notes section: {about[0][:60]}"
        has_section.append(bool(notes))
    assert has_section[0] == has_section[1], f"{en.name}: en and ko disagree on having a notes section"


def test_notes_difference_sections_are_recognised_by_their_heading_path():
    assert is_notes_difference("Security pillar > Security: what your notes say differently")
    assert is_notes_difference("보안(Security) 원칙 > 보안: 노트와 다른 점")
    assert not is_notes_difference("Security pillar > Security: design principles")
    assert not is_notes_difference("Well-Architected 학습 노트 > 보안")  # the notes file itself is kind "notes"
