from pathlib import Path

from assistant.text import split_sentences
from ingest import chunking
from ingest.chunking import chunk_document
from ingest.loaders import load_document
from tests.conftest import write_doc


def chunks_of(tmp_path: Path, body: str, lang: str = "en"):
    corpus = tmp_path / "corpus"
    path = write_doc(corpus / "doc.md", "Doc", body, lang=lang)
    return chunk_document(load_document(path, corpus))


def test_sections_carry_their_heading_path(tmp_path):
    body = (
        "# Support\n\nIntro text here.\n\n## Business Support\n\nPhone, chat and email.\n\n### Targets\n\nOne hour.\n"
    )
    chunks = chunks_of(tmp_path, body)
    assert [c.section for c in chunks] == [
        "Support",
        "Support > Business Support",
        "Support > Business Support > Targets",
    ]
    assert chunks[1].text == "Phone, chat and email."
    assert all(c.source == "corpus/doc.md" and c.title == "Doc" for c in chunks)


def test_heading_inside_code_fence_is_text(tmp_path):
    chunks = chunks_of(tmp_path, "# T\n\n```\n# not a heading\n```\n")
    assert len(chunks) == 1 and "# not a heading" in chunks[0].text


def test_long_korean_section_splits_at_sentence_ends(tmp_path):
    sentence = "비즈니스 플랜은 프로덕션 시스템 다운에 1시간 이내로 응답한다. "
    chunks = chunks_of(tmp_path, "# 지원\n\n" + sentence * 40, lang="ko")
    assert len(chunks) > 1
    for c in chunks:
        assert c.text.endswith("응답한다."), c.text[-20:]
        assert chunking.size(c.text) <= chunking.MAX_CHARS


def test_lead_sentence_stays_with_its_list(tmp_path):
    items = "\n".join(f"- Principle number {i}: a sentence that explains it in some detail." for i in range(20))
    chunks = chunks_of(tmp_path, f"# P\n\nThe pillar has twenty design principles.\n\n{items}\n")
    assert chunks[0].text.startswith("The pillar has twenty design principles.\n\n- Principle number 0")
    assert "".join(c.text for c in chunks).count("- Principle number") == 20


def test_a_split_list_repeats_its_lead_and_keeps_items_whole(tmp_path):
    lead = "The pillar has thirty design principles:"
    items = [f"- Principle {i}: a sentence that explains the principle in some useful detail." for i in range(30)]
    chunks = chunks_of(tmp_path, f"# P\n\n{lead}\n\n" + "\n".join(items) + "\n")
    assert len(chunks) > 1
    assert all(c.text.startswith(lead + "\n\n- Principle ") for c in chunks)
    body_lines = [ln for c in chunks for ln in c.text.split("\n") if ln.startswith("- ")]
    assert body_lines == items  # every item once, in order, none cut


def test_a_small_tail_is_merged_or_balanced_not_left_alone(tmp_path):
    # greedy packing would leave the last item alone in a chunk of its own
    item = "- An item long enough to fill a good part of the chunk budget when repeated a few times."
    n = chunking.MAX_CHARS // (len(item) + 1)
    body = "# P\n\nLead sentence.\n\n" + "\n".join(f"{item} {i}" for i in range(n + 1)) + "\n"
    chunks = chunks_of(tmp_path, body)
    assert len(chunks) == 2
    assert all(chunking.size(c.text) >= chunking.MIN_CHARS for c in chunks)
    assert sum(c.text.count("- An item") for c in chunks) == n + 1


def test_a_table_inside_a_split_section_keeps_its_header(tmp_path):
    prose = "Intro paragraph that explains the table below in a few words. " * 6
    rows = "\n".join(f"| severity {i} | {i} hours | Business, Enterprise On-Ramp, Enterprise |" for i in range(30))
    chunks = chunks_of(tmp_path, f"# T\n\n{prose}\n\n| severity | target | plans |\n|---|---|---|\n{rows}\n")
    assert len(chunks) > 1
    for c in chunks:
        if "| severity " in c.text.replace("| severity |", ""):
            assert "| severity | target | plans |\n|---|---|---|\n| severity" in c.text


def test_long_table_repeats_its_header(tmp_path):
    rows = "\n".join(f"| severity {i} | {i} hours | Business, Enterprise On-Ramp, Enterprise |" for i in range(40))
    chunks = chunks_of(tmp_path, f"# T\n\n| severity | target | plans |\n|---|---|---|\n{rows}\n")
    assert len(chunks) > 1
    assert all(c.text.startswith("| severity | target | plans |\n|---|---|---|") for c in chunks)


def test_ids_are_stable_content_hashes(tmp_path):
    first = chunks_of(tmp_path, "# A\n\nSame text.\n\n# B\n\nOther text.\n")
    again = chunks_of(tmp_path, "# A\n\nSame text.\n\n# B\n\nOther text.\n")
    changed = chunks_of(tmp_path, "# A\n\nSame text.\n\n# B\n\nEdited text.\n")
    assert [c.id for c in first] == [c.id for c in again]
    assert first[0].id == changed[0].id and first[1].id != changed[1].id
    assert len({c.id for c in first}) == 2


def test_split_sentences_korean_english_lists_and_tables():
    text = (
        "첫 문장이다. 두 번째 문장이다.\n- item one\n"
        "| a | b |\n|---|---|\n| 1 h | Business |\nVersion 2.5 is fine. Next."
    )
    assert split_sentences(text) == [
        "첫 문장이다.",
        "두 번째 문장이다.",
        "item one",
        "a — b",
        "1 h — Business",
        "Version 2.5 is fine.",
        "Next.",
    ]


def test_real_corpus_chunks_fit_and_are_unique():
    root = Path(__file__).resolve().parents[1] / "corpus"
    from ingest.loaders import find_files

    ids = []
    for path in find_files(root):
        for c in chunk_document(load_document(path, root)):
            assert c.text.strip() and chunking.size(c.text) <= chunking.MAX_CHARS, c.source
            ids.append(c.id)
    assert len(ids) == len(set(ids)) > 100


def test_real_corpus_has_no_tail_fragments_and_fits_the_model():
    """A section split in pieces leaves none under MIN_CHARS, and every chunk fits e5's 512 tokens."""
    from assistant.retrieval.e5_engine import E5Engine

    root = Path(__file__).resolve().parents[1] / "corpus"
    from ingest.loaders import find_files

    model = E5Engine()
    for path in find_files(root):
        chunks = chunk_document(load_document(path, root))
        for c in chunks:
            assert model.token_count(f"{c.section}\n{c.text}") <= 512, (c.source, c.section)
            if sum(1 for o in chunks if o.section == c.section) > 1:
                assert chunking.size(c.text) >= chunking.MIN_CHARS, (c.source, c.section, c.text[:80])


def test_paged_document_chunks_carry_the_page_they_are_on():
    from ingest.convert import page_mark
    from ingest.loaders import Document

    body = "\n".join(
        [page_mark(1), "# Guide", "", "Cover text.", page_mark(2), "## Restore", "", "Restore takes an hour.", ""]
        + [page_mark(3), "Restore continues on the next page.", page_mark(4)]
    )
    meta = {"title": "Guide", "lang": "en", "kind": "document", "topics": []}
    chunks = chunk_document(Document("corpus/g.pdf", meta, body, 1, "sha", paged=True))
    got = [(c.section, c.page, c.text) for c in chunks]
    assert got == [
        ("Guide", 1, "Cover text."),
        ("Guide > Restore", 2, "Restore takes an hour."),
        ("Guide > Restore", 3, "Restore continues on the next page."),
    ]
    assert all("<!--" not in c.text for c in chunks) and all(c.metadata()["page"] == c.page for c in chunks)
    flat = chunk_document(Document("corpus/g.md", meta, body, 1, "sha"))
    assert {c.page for c in flat} == {None} and all("page" not in c.metadata() for c in flat)
