"""corpus/catalog/: the schema holds, every cite resolves, and the facts match the facts sheets."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
import yaml
from pydantic import BaseModel

from assistant.knowledge.catalog import FILES, Catalog, CatalogError, SectionRef, cited_text, load_catalog
from ingest.chunking import chunk_document
from ingest.loaders import load_document

ROOT = Path(__file__).parents[1]
CORPUS = ROOT / "corpus"

# The numbers of /work/shared/facts/support-plans.md (checked 2026-11-26), written out on purpose:
# a catalog edit that drifts from the facts sheet must fail here.
SEVERITIES = ("general_guidance", "system_impaired", "production_impaired", "production_down", "business_critical_down")
MINUTES = {  # general, system impaired, production impaired, production down, business-critical down
    "basic": (None, None, None, None, None),
    "developer": (1440, 720, None, None, None),
    "business": (1440, 720, 240, 60, None),
    "enterprise-on-ramp": (1440, 720, 240, 60, 30),
    "enterprise": (1440, 720, 240, 60, 15),
    "business-support-plus": (1440, 720, 240, 60, None),
    "unified-operations": (1440, 720, 240, 60, 15),
}
PRICES = {  # minimum USD per month, [(tier upper bound, percent)], uncertain
    "basic": (0, [], False),
    "developer": (29, [(None, 3)], False),
    "business": (100, [(10_000, 10), (80_000, 7), (250_000, 5), (None, 3)], False),
    "enterprise-on-ramp": (5500, [(None, 10)], False),
    "enterprise": (15_000, [(150_000, 10), (500_000, 7), (1_000_000, 5), (None, 3)], False),
    "business-support-plus": (129, [], True),  # $129 on the English page, $29 on a translated one
    "unified-operations": (None, [], True),
}
FEATURES = {  # answered by, hours, TAM, concierge, Trusted Advisor
    "basic": ("customer_service", None, "none", False, "core"),
    "developer": ("cloud_support_associates", "business_hours", "none", False, "core"),
    "business": ("cloud_support_engineers", "24x7", "none", False, "full"),
    "enterprise-on-ramp": ("cloud_support_engineers", "24x7", "pool", True, "full"),
    "enterprise": ("cloud_support_engineers", "24x7", "designated", True, "full"),
    "business-support-plus": ("unconfirmed", "24x7", "unconfirmed", None, "unconfirmed"),
    "unified-operations": ("unconfirmed", "24x7", "unconfirmed", None, "unconfirmed"),
}
RETIRING = {
    "developer": "business-support-plus",
    "business": "business-support-plus",
    "enterprise-on-ramp": "enterprise",
}
NAMES = {
    "basic": "Basic Support",
    "developer": "Developer Support",
    "business": "Business Support",
    "enterprise-on-ramp": "Enterprise On-Ramp Support",
    "enterprise": "Enterprise Support",
    "business-support-plus": "Business Support+",
    "unified-operations": "Unified Operations",
}

# How the corpus states a target in each language: "production system down: 1 hour" and
# "프로덕션 시스템 다운(Production system down): 1시간".
LABELS = {
    "general_guidance": "General guidance",
    "system_impaired": "System impaired",
    "production_impaired": "Production system impaired",
    "production_down": "Production system down",
    "business_critical_down": "Business-critical system down",
}
SPOKEN = {
    1440: ("24 hours", "24시간"),
    720: ("12 hours", "12시간"),
    240: ("4 hours", "4시간"),
    60: ("1 hour", "1시간"),
    30: ("30 minutes", "30분"),
    15: ("15 minutes", "15분"),
}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(CORPUS)


@pytest.fixture(scope="module")
def plans(catalog):
    return {p.id: p for p in catalog.support_plans.plans}


def _refs(obj, where=""):
    """Every SectionRef in a model tree, with its field path."""
    if isinstance(obj, SectionRef):
        yield where, obj
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            yield from _refs(getattr(obj, name), f"{where}.{name}")
    elif isinstance(obj, list):
        for i, item in enumerate(obj):
            yield from _refs(item, f"{where}[{getattr(item, 'id', i)}]")


def _chunker_sections(source: str) -> tuple[str, set[str]]:
    """(lang, section paths) of a corpus file, as the ingest chunker sees it."""
    doc = load_document(CORPUS.joinpath(*source.split("/")[1:]), CORPUS)
    return str(doc.meta["lang"]), {c.section for c in chunk_document(doc)}


def _text(ref: SectionRef) -> str:
    return cited_text(CORPUS, ref).casefold()


# --- schema and citations -----------------------------------------------------------------------
@pytest.mark.parametrize("key", list(FILES))
def test_each_catalog_file_validates_against_its_schema(key):
    data = yaml.safe_load((CORPUS / "catalog" / f"{key}.yaml").read_text(encoding="utf-8"))
    FILES[key].model_validate(data)


def test_catalog_has_the_promised_contents(catalog):
    assert {p.id: p.name for p in catalog.support_plans.plans} == NAMES
    assert len(catalog.glossary.terms) >= 60
    assert [p.id for p in catalog.review.pillars] == [
        "operational-excellence",
        "security",
        "reliability",
        "performance-efficiency",
        "cost-optimization",
        "sustainability",
    ]
    assert all(4 <= len(p.questions) <= 6 for p in catalog.review.pillars)
    partners = catalog.partners
    assert [p.name for p in partners.paths] == [
        "Software Path",
        "Hardware Path",
        "Services Path",
        "Training Path",
        "Distribution Path",
    ]
    assert [t.name for t in sorted(partners.tiers, key=lambda t: t.rank)] == [
        "Registered",
        "Select",
        "Advanced",
        "Premier",
    ]
    assert {k.name for k in partners.korean_premier_partners} == {"Bespin Global", "MegazoneCloud", "키존네트웍스"}
    assert {a.name for a in partners.alternatives} == {
        "AWS Professional Services",
        "AWS Marketplace",
        "AWS Training and Certification",
    }


def test_every_cite_names_an_existing_section_in_the_right_language(catalog):
    refs = [(key, where, ref) for key in FILES for where, ref in _refs(getattr(catalog, key))]
    assert len(refs) > 300  # every plan fact group, partner, term and question cites en and ko
    seen: dict[str, tuple[str, set[str]]] = {}
    for key, where, ref in refs:
        lang, sections = seen.setdefault(ref.source, _chunker_sections(ref.source))
        assert ref.section in sections, f"{key}{where}: no section {ref.section!r} in {ref.source}"
        assert lang == where.rsplit(".", 1)[-1], f"{key}{where}: {ref.source} is lang {lang}"


def test_cited_text_returns_the_section_and_rejects_unknown_sections():
    ref = SectionRef(source="corpus/summaries/en/support-plans.md", section="AWS Support plans > Business Support")
    assert "production system down: 1 hour" in cited_text(CORPUS, ref)
    assert "## " not in cited_text(CORPUS, ref)  # its own text only, not the next heading
    with pytest.raises(CatalogError, match="did you mean 'AWS Support plans > Business Support'"):
        cited_text(CORPUS, ref.model_copy(update={"section": "AWS Support plans > Busines Support"}))


# --- support plans: numbers equal the facts, and the cited sections state them -------------------
def test_response_targets_equal_the_facts(plans):
    got = {pid: tuple(getattr(p.response_minutes, s) for s in SEVERITIES) for pid, p in plans.items()}
    assert got == MINUTES
    assert plans["business"].response_minutes.production_down == 60
    assert plans["enterprise"].response_minutes.business_critical_down == 15
    assert plans["enterprise-on-ramp"].response_minutes.business_critical_down == 30
    assert plans["developer"].response_minutes.system_impaired == 720


def test_prices_equal_the_facts(plans):
    got = {
        pid: (p.price.minimum_monthly_usd, [(t.up_to_usd, t.percent) for t in p.price.tiers], p.price.uncertain)
        for pid, p in plans.items()
    }
    assert got == PRICES


def test_features_and_retirement_equal_the_facts(plans):
    got = {pid: (p.answered_by, p.channels.hours, p.tam, p.concierge, p.trusted_advisor) for pid, p in plans.items()}
    assert got == FEATURES
    assert {pid: p.replaced_by for pid, p in plans.items() if p.available_until} == RETIRING
    assert {p.available_until for p in plans.values()} == {None, dt.date(2027, 1, 1)}
    ranked = [p.id for p in sorted(plans.values(), key=lambda p: p.order)]
    assert ranked[:3] == ["basic", "developer", "business"] and ranked[-2:] == ["enterprise", "unified-operations"]


@pytest.mark.parametrize("pid", list(MINUTES))
def test_each_plans_section_states_its_response_targets(plans, pid):
    plan = plans[pid]
    en, ko = _text(plan.cite.response_targets.en), _text(plan.cite.response_targets.ko)
    for sev in SEVERITIES:
        minutes, label = getattr(plan.response_minutes, sev), LABELS[sev].casefold()
        if minutes is None:  # a severity the plan lacks must not be stated with a number
            assert not re.search(rf"(?<!production ){re.escape(label)}: \d", en), (pid, sev)
            assert not re.search(rf"\({re.escape(label)}\): \d", ko), (pid, sev)
        else:
            spoken_en, spoken_ko = SPOKEN[minutes]
            assert f"{label}: {spoken_en}" in en, (pid, sev, "en")
            assert f"({label}): {spoken_ko}" in ko, (pid, sev, "ko")
    if not any(MINUTES[pid]):
        assert "no response-time targets" in en and "응답 시간 목표도 없다" in ko


@pytest.mark.parametrize("pid", list(MINUTES))
def test_each_plans_section_states_its_features_and_price(plans, pid):
    plan = plans[pid]
    en, ko = _text(plan.cite.channels.en), _text(plan.cite.channels.ko)
    who = {
        "cloud_support_associates": ("cloud support associates",) * 2,
        "cloud_support_engineers": ("cloud support engineers",) * 2,
        "customer_service": ("customer service", "고객 서비스"),
        "unconfirmed": ("not confirm", "확인"),
    }
    hours = {"business_hours": ("business hours", "업무 시간"), "24x7": ("24/7", "24시간 연중무휴")}
    tam = {
        "none": (r"no (tam|technical account manager)", r"tam.{0,60}(없다|제공되지 않는다)"),
        "pool": ("pool of tams", "tam 풀"),
        "designated": ("designated tam", "지정 tam"),
        "unconfirmed": ("not confirm", "확인되지 않았"),
    }
    ta = {
        "core": ("core checks", "핵심"),
        "full": ("full set", "전체 검사"),
        "unconfirmed": ("trusted advisor scope", "trusted advisor 검사 범위"),
    }
    expect = [who[plan.answered_by], tam[plan.tam], ta[plan.trusted_advisor]]
    if plan.channels.hours:
        expect.append(hours[plan.channels.hours])
    for channel, words in {"email": ("email", "이메일"), "phone": ("phone", "전화"), "chat": ("chat", "채팅")}.items():
        if getattr(plan.channels, channel):
            expect.append(words)
    expect.append(
        ("concierge", "컨시어지")
        if plan.concierge
        else ("no concierge", r"컨시어지.{0,10}(없다|제공되지 않는다)")
        if plan.concierge is False
        else ("not confirm", "확인")
    )
    price = plan.price.minimum_monthly_usd
    expect.append(
        ("price is zero", "무료")
        if price == 0
        else ("price model", "요금 모델")
        if price is None
        else (f"${price:,}",) * 2
    )
    if plan.price.uncertain and price is not None:
        expect.append(("uncertain", "불확실"))
    for pattern_en, pattern_ko in expect:
        assert re.search(pattern_en if "(" in pattern_en else re.escape(pattern_en), en), (pid, pattern_en)
        assert re.search(pattern_ko if "(" in pattern_ko else re.escape(pattern_ko), ko), (pid, pattern_ko)


@pytest.mark.parametrize("pid", list(MINUTES))
def test_cross_plan_sections_cover_the_plan(plans, pid):
    plan = plans[pid]
    short = plan.name.removesuffix(" Support").casefold()
    for group in ("tam_concierge", "trusted_advisor", "price"):
        cite = getattr(plan.cite, group)
        assert short in _text(cite.en) and short in _text(cite.ko), (pid, group)
    for tier in plan.price.tiers:  # every percentage tier is stated in the pricing section
        assert f"{tier.percent:g}%" in _text(plan.cite.price.en) and f"{tier.percent:g}%" in _text(plan.cite.price.ko)


@pytest.mark.parametrize("pid", list(RETIRING))
def test_retiring_plans_state_end_date_and_replacement(plans, pid):
    plan, successor = plans[pid], plans[RETIRING[pid]]
    assert plan.cite.retirement is not None
    for ref in (plan.cite.channels.en, plan.cite.channels.ko, plan.cite.retirement.ko):
        text = _text(ref)
        assert "2027-01-01" in text and successor.name.casefold() in text, (pid, ref.section)
    assert f"{plan.name}: replaced by {successor.name}".casefold() in _text(plan.cite.retirement.en)


# --- partners, glossary, review -----------------------------------------------------------------
def _partner_entries(catalog):
    p = catalog.partners
    return [
        *p.paths,
        *p.legacy_types,
        *p.tiers,
        *p.programs,
        *p.competencies,
        *p.korean_premier_partners,
        *p.alternatives,
    ]


def test_partner_entries_are_described_by_their_cited_sections(catalog):
    entries = _partner_entries(catalog)
    assert len(entries) >= 25
    for e in entries:
        assert e.name.casefold() in _text(e.cite.en), e.id
        assert any(n.casefold() in _text(e.cite.ko) for n in (e.name, *e.keywords)), e.id


def test_partner_keywords_match_a_users_need(catalog):
    keywords = {e.id: {k.casefold() for k in e.keywords} for e in _partner_entries(catalog)}
    assert {"migration", "마이그레이션", "이전", "data center", "데이터 센터"} <= keywords["competency-migration"]
    assert {"msp", "운영 대행"} <= keywords["aws-msp"]
    assert {c.name for c in catalog.partners.competencies} >= {
        "Migration",
        "Machine Learning",
        "Generative AI",
        "Security",
        "DevOps",
        "Data and Analytics",
    }


def test_glossary_pairs_and_aliases(catalog):
    by_ko = {t.ko: t for t in catalog.glossary.terms}
    assert by_ko["운영 우수성"].en == "Operational Excellence"
    assert by_ko["안정성"].en == "Reliability" and "신뢰성" in by_ko["안정성"].aliases
    assert by_ko["지속 가능성"].en == "Sustainability" and "지속가능성" in by_ko["지속 가능성"].aliases
    assert by_ko["느슨한 결합"].en == "loose coupling"
    assert by_ko["고위험 항목"].en == "high-risk issue" and "HRI" in by_ko["고위험 항목"].aliases


def test_each_glossary_term_is_named_in_its_cited_sections(catalog):
    cited = [t for t in catalog.glossary.terms if t.cite]
    assert len(cited) >= 60
    for t in cited:
        assert any(n.casefold() in _text(t.cite.en) for n in (t.en, *t.aliases)), (t.id, "en")
        assert any(n.casefold() in _text(t.cite.ko) for n in (t.ko, *t.aliases)), (t.id, "ko")


def test_review_questions_cite_their_own_pillar(catalog):
    for pillar in catalog.review.pillars:
        for q in pillar.questions:
            for lang in ("en", "ko"):
                ref = getattr(q.cite, lang)
                assert ref.source == f"corpus/summaries/{lang}/pillar-{pillar.id}.md", q.id
            assert ref.section.split(" > ")[1].endswith(("모범 사례 영역", "설계 원칙")), q.id
    risks = [q.risk_if_missing for p in catalog.review.pillars for q in p.questions]
    assert set(risks) == {"high", "medium"}


# --- errors name the file and the field ---------------------------------------------------------
@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    shutil.copytree(CORPUS, tmp_path / "corpus")
    return tmp_path / "corpus"


def _edit(corpus: Path, key: str, old: str, new: str) -> None:
    path = corpus / "catalog" / f"{key}.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_invalid_yaml_names_the_file_and_line(corpus_copy):
    _edit(corpus_copy, "glossary", "terms:\n", "terms:\n  - id: [unclosed\n")
    with pytest.raises(CatalogError, match=r"corpus/catalog/glossary\.yaml:\d+: is not valid YAML"):
        load_catalog(corpus_copy)


def test_a_bad_field_names_the_file_and_the_field(corpus_copy):
    _edit(corpus_copy, "support_plans", "production_down: 60", 'production_down: "1 hour"')
    with pytest.raises(CatalogError) as err:
        load_catalog(corpus_copy)
    assert "corpus/catalog/support_plans.yaml" in str(err.value)
    assert "plans[business].response_minutes.production_down" in str(err.value)


def test_a_misspelt_key_is_an_error_not_a_missing_fact(corpus_copy):
    _edit(corpus_copy, "partners", "    confirmed: false\n", "    confirmed: false\n    confimred: true\n")
    with pytest.raises(CatalogError, match=r"partners\.yaml: tiers\[registered\]\.confimred: Extra inputs"):
        load_catalog(corpus_copy)


def test_a_cite_to_a_missing_section_names_the_file_and_the_field(corpus_copy):
    _edit(corpus_copy, "review", "best-practice areas > Failure management", "best-practice areas > Failure handling")
    with pytest.raises(CatalogError) as err:
        load_catalog(corpus_copy)
    message = str(err.value)
    assert message.startswith("corpus/catalog/review.yaml: pillars[reliability].questions[REL-5].cite.en")
    assert "has no section" in message and "Failure handling" in message


def test_a_missing_file_is_named(corpus_copy):
    (corpus_copy / "catalog" / "partners.yaml").unlink()
    with pytest.raises(CatalogError, match=r"corpus/catalog/partners\.yaml: is missing"):
        load_catalog(corpus_copy)
