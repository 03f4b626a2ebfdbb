"""corpus/catalog/pillars.yaml: the lists equal the facts sheet, every cite resolves, drift is caught."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from assistant.knowledge.catalog import CatalogError, cited_text
from assistant.knowledge.pillars import load_pillars
from ingest.chunking import chunk_document
from ingest.loaders import load_document

ROOT = Path(__file__).parents[1]
CORPUS = ROOT / "corpus"

# /work/shared/facts/pillars.md (checked 2026-11-26), written out on purpose: drift must fail here.
GENERAL = [
    "Stop guessing your capacity needs",
    "Test systems at production scale",
    "Automate with architectural experimentation in mind",
    "Consider evolutionary architectures",
    "Drive architectures using data",
    "Improve through game days",
]
COUNTS = {  # design principles, best-practice areas, questions
    "operational-excellence": (8, 4, 11),
    "security": (7, 7, 11),
    "reliability": (5, 4, 13),
    "performance-efficiency": (5, 5, 5),
    "cost-optimization": (5, 5, 11),
    "sustainability": (6, 6, 6),
}
SECURITY_PRINCIPLES = [
    "Implement a strong identity foundation",
    "Maintain traceability",
    "Apply security at all layers",
    "Automate security best practices",
    "Protect data in transit and at rest",
    "Keep people away from data",
    "Prepare for security events",
]
RELIABILITY_AREAS = ["Foundations", "Workload architecture", "Change management", "Failure management"]


@pytest.fixture(scope="module")
def pillars():
    return load_pillars(CORPUS)


def test_general_principles_equal_the_facts(pillars):
    assert [g.name.en for g in pillars.general_principles] == GENERAL
    assert pillars.general_principles[0].name.ko == "용량 추측 중단"


def test_each_pillar_has_its_counts(pillars):
    got = {p.id: (len(p.design_principles), len(p.areas), len(p.questions)) for p in pillars.pillars}
    assert got == COUNTS


def test_named_lists_equal_the_facts(pillars):
    assert [d.name.en for d in pillars.pillar("security").design_principles] == SECURITY_PRINCIPLES
    rel = pillars.pillar("reliability")
    assert [a.name.en for a in rel.areas] == RELIABILITY_AREAS
    assert rel.areas[-1].questions == ["REL09", "REL10", "REL11", "REL12", "REL13"]
    assert (rel.name.en, rel.name.ko) == ("Reliability", "안정성")


def test_unknown_pillar_names_the_valid_ids(pillars):
    with pytest.raises(KeyError, match="sustainability"):
        pillars.pillar("azure")


def test_every_cite_is_a_section_the_chunker_produces(pillars):
    refs = [pillars.cite_general.en, pillars.cite_general.ko]
    for p in pillars.pillars:
        for group in (p.cite.definition, p.cite.design_principles, p.cite.areas):
            refs += [group.en, group.ko]
    sections: dict[str, set[str]] = {}
    for ref in refs:
        if ref.source not in sections:
            doc = load_document(ROOT / ref.source, CORPUS)
            sections[ref.source] = {c.section for c in chunk_document(doc)}
        assert ref.section in sections[ref.source], ref
        lang = "ko" if "/ko/" in ref.source else "en"
        assert f"/{lang}/" in ref.source


@pytest.fixture
def corpus_copy(tmp_path):
    shutil.copytree(CORPUS, tmp_path / "corpus")
    return tmp_path / "corpus"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_name_the_cited_section_no_longer_states_is_an_error(corpus_copy):
    ko_security = corpus_copy / "summaries" / "ko" / "pillar-security.md"
    _edit(ko_security, "사람을 데이터로부터 멀리 두기", "데이터 접근 줄이기")
    with pytest.raises(CatalogError) as err:
        load_pillars(corpus_copy)
    assert "pillars[security].design_principles[keep-people-away-from-data]: ko name" in str(err.value)


def test_a_cite_to_a_missing_section_suggests_the_nearest(corpus_copy):
    _edit(corpus_copy / "catalog" / "pillars.yaml", "Reliability: definition", "Reliability: definitions")
    with pytest.raises(CatalogError, match="did you mean 'Reliability pillar > Reliability: definition'"):
        load_pillars(corpus_copy)


def test_question_ids_out_of_order_are_an_error(corpus_copy):
    _edit(corpus_copy / "catalog" / "pillars.yaml", "questions: [SEC05, SEC06]", "questions: [SEC06, SEC05]")
    with pytest.raises(CatalogError, match=r"pillars\.yaml: pillars\[security\].*SEC01\.\.SEC11 in order"):
        load_pillars(corpus_copy)


def test_a_missing_pillar_is_an_error(corpus_copy):
    path = corpus_copy / "catalog" / "pillars.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("  - id: sustainability")], encoding="utf-8")
    with pytest.raises(CatalogError, match="pillars must be, in this order"):
        load_pillars(corpus_copy)


COUNT_WORDS = {  # how a lead may state a list's length, in English and Korean
    4: ("four", "네", "4"),
    5: ("five", "다섯", "5"),
    6: ("six", "여섯", "6"),
    7: ("seven", "일곱", "7"),
    8: ("eight", "여덟", "8"),
}


def _list_items(text: str) -> list[str]:
    return [ln for ln in text.split("\n") if re.match(r"^(?:- |\d+\. )", ln)]


@pytest.mark.parametrize("group", ["design_principles", "areas"])
def test_each_pillar_section_lists_every_item_under_a_lead_that_states_the_count(pillars, group):
    """'has seven design principles' followed by seven items, never five: in both languages."""
    for p in pillars.pillars:
        items = getattr(p, group)
        for lang in ("en", "ko"):
            ref = getattr(getattr(p.cite, group), lang)
            text = cited_text(CORPUS, ref)
            listed = _list_items(text)
            assert len(listed) == len(items), (p.id, group, lang, listed)
            for item, line in zip(items, listed, strict=True):
                assert getattr(item.name, lang).casefold() in line.casefold(), (p.id, lang, line)
            lead = text.strip().split("\n")[0]
            assert any(w in lead.split() or f"{w}가지" in lead or f"{w}개" in lead for w in COUNT_WORDS[len(items)]), (
                p.id,
                group,
                lang,
                lead,
            )


def test_general_principles_stand_as_one_numbered_list(pillars):
    for lang in ("en", "ko"):
        text = cited_text(CORPUS, getattr(pillars.cite_general, lang))
        listed = _list_items(text)
        names = [getattr(g.name, lang) for g in pillars.general_principles]
        assert [ln.split(". ", 1)[0] for ln in listed] == [str(i) for i in range(1, 7)]
        assert all(n.casefold() in ln.casefold() for n, ln in zip(names, listed, strict=True))


def test_a_question_topic_the_summary_no_longer_states_is_an_error(corpus_copy):
    _edit(corpus_copy / "summaries" / "en" / "pillar-reliability.md", "REL10 (fault isolation)", "REL10 (isolation)")
    with pytest.raises(CatalogError) as err:
        load_pillars(corpus_copy)
    assert "areas[failure-management].topics[REL10]: en 'fault isolation' is not stated" in str(err.value)


def test_topics_belong_to_the_areas_questions(corpus_copy):
    _edit(corpus_copy / "catalog" / "pillars.yaml", 'REL10: {en: "fault isolation"', 'REL01: {en: "fault isolation"')
    with pytest.raises(CatalogError, match="topics for questions it does not have: REL01"):
        load_pillars(corpus_copy)


def test_older_names_are_data_with_what_became_of_them(pillars):
    ops = pillars.pillar("operational-excellence")
    automate = next(d for d in ops.design_principles if d.id == "safely-automate")
    assert [(o.en, o.absorbed) for o in automate.formerly] == [("Perform operations as code", True)]
    assert [o.en for o in ops.dropped] == ["Annotate documentation"]
    traceability = next(d for d in pillars.pillar("security").design_principles if d.id == "maintain-traceability")
    assert traceability.formerly[0].ko == "추적 기능 활성화" and not traceability.formerly[0].absorbed


def test_an_older_name_the_corpus_no_longer_states_is_an_error(corpus_copy):
    # (its Korean rendering is looked for in the whole Korean document: the notes' section may be where it is said)
    _edit(corpus_copy / "catalog" / "pillars.yaml", 'ko: "추적 기능 활성화"', 'ko: "추적 활성화 기능"')
    with pytest.raises(CatalogError, match=r"maintain-traceability\]\.formerly: Korean older name '추적 활성화 기능'"):
        load_pillars(corpus_copy)
