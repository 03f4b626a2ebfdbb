"""Load and validate corpus/catalog/: machine-readable facts that each cite the section stating them.

Recommenders and the UI read plans, partners, glossary terms and review questions from here instead of
parsing prose; every `cite` must name an existing corpus section, so a fact can always be shown with
its source. Errors name the file and the field ("support_plans.yaml: plans[business].price...").
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from assistant import yaml_text
from assistant.errors import CorpusError
from assistant.knowledge.cache import corpus_cached
from assistant.knowledge.sections import read_sections

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LATIN = re.compile(r"[A-Za-z]")
Slug = Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
Minutes = Annotated[int, Field(gt=0)]
Topic = Literal[
    "framework",
    "design-principles",
    "pillars",
    "operational-excellence",
    "security",
    "reliability",
    "performance-efficiency",
    "cost-optimization",
    "sustainability",
    "well-architected-tool",
    "support-plans",
    "partners",
    "marketplace",
    "training",
    "professional-services",
    "free-resources",
    "right-sizing",
    "game-days",
]
PillarId = Literal[
    "operational-excellence",
    "security",
    "reliability",
    "performance-efficiency",
    "cost-optimization",
    "sustainability",
]
PILLAR_PREFIX = dict(zip(get_args(PillarId), ("OPS", "SEC", "REL", "PERF", "COST", "SUS"), strict=True))


class CatalogError(CorpusError):
    """A catalog file is missing, malformed, or cites a section that does not exist."""


class _Model(BaseModel):
    # strict: "60" is not 60 minutes; forbid: a misspelt key is an error, not a silently absent fact
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class SectionRef(_Model):
    """One language's citation: a corpus file (as chunk sources name it) and a heading path."""

    source: str = Field(pattern=r"^[\w.-]+(/[\w.-]+)+\.md$")
    section: str = Field(min_length=1)


class Cite(_Model):
    en: SectionRef
    ko: SectionRef


class Text(_Model):
    """A short text in both languages; the Korean side must be Korean, to catch swapped fields."""

    en: str = Field(min_length=1)
    ko: str = Field(min_length=1)

    @field_validator("ko")
    @classmethod
    def _korean(cls, v: str) -> str:
        if not _HANGUL.search(v):
            raise ValueError("must be Korean text (contain Hangul)")
        return v


# --- support_plans.yaml -------------------------------------------------------------------------
class Channels(_Model):
    """Technical-support channels; None = not confirmed by the sources."""

    email: bool | None
    phone: bool | None
    chat: bool | None
    hours: Literal["business_hours", "24x7"] | None


class Item(Text):
    """One thing a plan's own section lists; `extra`: offered at extra cost, not part of the plan's price."""

    extra: bool = False


class ResponseMinutes(_Model):
    """First-response targets by severity, in minutes; None = the plan lacks that severity."""

    general_guidance: Minutes | None
    system_impaired: Minutes | None
    production_impaired: Minutes | None
    production_down: Minutes | None
    business_critical_down: Minutes | None


class PriceTier(_Model):
    up_to_usd: int | None  # None: no upper bound (the last tier)
    percent: float = Field(gt=0, le=100)


class Price(_Model):
    minimum_monthly_usd: int | None = Field(ge=0)
    tiers: list[PriceTier] = []
    uncertain: bool = False
    # an uncertain price: the lower minimum another source states ($29 on a translated page against $129), so a
    # budget between the two is said to fit only if the lower figure holds, never counted as met or missed
    low_monthly_usd: int | None = Field(default=None, ge=0)
    text: Text

    @model_validator(mode="after")
    def _low_below_minimum(self) -> Price:
        low, high = self.low_monthly_usd, self.minimum_monthly_usd
        if low is not None and not (self.uncertain and high is not None and low < high):
            raise ValueError("low_monthly_usd is only for an uncertain price, below minimum_monthly_usd")
        return self

    @model_validator(mode="after")
    def _tiers_ascend(self) -> Price:
        bounds = [t.up_to_usd for t in self.tiers]
        if bounds and (bounds[-1] is not None or None in bounds[:-1]):
            raise ValueError("only the last tier may (and must) have up_to_usd: null")
        if bounds[:-1] != sorted(b for b in bounds[:-1] if b is not None):
            raise ValueError("tier bounds must ascend")
        return self


class PlanCites(_Model):
    channels: Cite
    response_targets: Cite
    tam_concierge: Cite
    trusted_advisor: Cite
    price: Cite
    retirement: Cite | None = None


class Plan(_Model):
    id: Slug
    name: str
    lineup: list[Literal["classic", "new"]] = Field(min_length=1)
    summary: Text
    channels: Channels
    answered_by: Literal["cloud_support_associates", "cloud_support_engineers", "customer_service", "unconfirmed"]
    # who may open technical cases, as the plan's own section states it (cited by cite.channels)
    case_openers: Literal["none", "primary_contact", "any_iam_user", "unconfirmed"] = "unconfirmed"
    response_minutes: ResponseMinutes
    tam: Literal["none", "pool", "designated", "unconfirmed"]
    concierge: bool | None
    trusted_advisor: Literal["core", "full", "unconfirmed"]
    price: Price
    available_until: dt.date | None = None
    replaced_by: str | None = None
    moving: Text | None = None  # how customers leave a retiring plan (cited by cite.retirement)
    moved_by_aws: bool = False  # AWS moves its customers itself: there is nothing to do before the end
    # what else the plan gives, as its own section states it (cited by cite.channels): "what's included"
    includes: list[Item] = []
    order: int = Field(ge=0)  # cost rank, cheapest first
    cite: PlanCites
    aliases: list[str] = []  # names people write for it ("on-ramp", "비즈니스 서포트")
    short_aliases: list[str] = []  # ambiguous alone ("business"): a name only beside a plan word

    @model_validator(mode="after")
    def _retirement(self) -> Plan:
        retiring = self.available_until is not None
        if retiring != (self.replaced_by is not None) or retiring != (self.cite.retirement is not None):
            raise ValueError("available_until, replaced_by and cite.retirement go together")
        return self


class ExchangeRate(_Model):
    """The planning rate a KRW amount is converted at; its date is shown with every converted amount."""

    krw_per_usd: float = Field(gt=0)
    as_of: dt.date


class Addon(_Model):
    """Bought beside a plan (Incident Detection and Response): facts that must not live in code."""

    id: Slug
    name: str
    response_minutes: Minutes | None = None
    price: Price
    cite: Cite


class NeedWords(_Model):
    """One need the reader knows: its label, a description the similarity fallback compares with, its phrases."""

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    label: Text
    description: Text
    phrases: list[str] = []
    unless: list[str] = []  # words that, in the same clause, mean the need is not asked ("core checks")
    if_unconfirmed: Literal["ask", "avoid"] = "ask"  # avoid: a fact the sources leave open counts as missing


class ReaderCues(_Model):
    """Words around needs: negation, must/nice-to-have, money context, plan context (see support_plans.yaml)."""

    negation_before: list[str]
    negation_after: list[str]
    nice_to_have: list[str]
    must: list[str]
    joiners: list[str]
    clause_breaks: list[str]
    production: list[str]
    not_production: list[str]
    learning: list[str]
    business_hours: list[str]
    free: list[str]
    low: list[str]
    high: list[str]
    budget: list[str]
    spend: list[str]
    current_plan: list[str]
    change: list[str]
    plan_words: list[str]
    keep: list[str] = []  # asking whether the plan one is on can be kept: its yes or no leads the answer
    cost_now: list[str] = []  # asking what the plan one is on costs: its price leads the answer
    ignore: list[str] = []  # phrases that look like needs but are not ("feel free", "API calls")
    numbers: dict[str, float]


class SupportPlans(_Model):
    as_of: dt.date
    plans: list[Plan] = Field(min_length=1)
    lineups: Cite | None = None  # the section that names the plans of each line-up
    planning_horizon_months: int = Field(default=12, ge=0)
    exchange_rate: ExchangeRate
    addons: list[Addon] = []
    needs: list[NeedWords] = []
    no_need: list[Text] = []  # requests stating no need: the similarity fallback must beat them
    cues: ReaderCues

    @model_validator(mode="after")
    def _references(self) -> SupportPlans:
        ids = _unique([p.id for p in self.plans], "plan id")
        _unique([p.order for p in self.plans], "plan order")
        for p in self.plans:
            if p.replaced_by is not None and p.replaced_by not in ids:
                raise ValueError(f"plan {p.id}: replaced_by {p.replaced_by!r} is not a plan id")
        return self


# --- partners.yaml ------------------------------------------------------------------------------
class PartnerEntry(_Model):
    id: Slug
    name: str
    description: Text
    keywords: list[str] = Field(min_length=2)  # for matching a user's need, in both languages
    cite: Cite

    @field_validator("keywords")
    @classmethod
    def _bilingual(cls, v: list[str]) -> list[str]:
        if not any(_HANGUL.search(k) for k in v) or not any(_LATIN.search(k) for k in v):
            raise ValueError("needs keywords in both English and Korean")
        return v


class LegacyType(PartnerEntry):
    now_in: list[str] = Field(min_length=1)  # Partner Path ids that took over this type


class ServicesTier(PartnerEntry):
    rank: int = Field(ge=1)  # 1 = entry tier
    confirmed: bool  # False: read only in partner materials


class KoreanPartner(PartnerEntry):
    tier: str
    verified: bool  # False: named by the user's notes, not re-checked


class AwsService(_Model):
    """AWS services named in a request and the Competency covering them (None: AWS Service Delivery)."""

    names: list[str] = Field(min_length=1)
    competency: str | None


class WordPair(_Model):
    """A word followed, within `within` characters, by another: "train ... engineers", "help ... migrate"."""

    first: list[str] = Field(min_length=1)
    then: list[str] = Field(min_length=1)
    within: int = Field(default=20, ge=0)


class IntentWords(_Model):
    phrases: list[str] = []
    pairs: list[WordPair] = []


class PartnerReading(_Model):
    """What a partner request asks for (sell, buy, train, become, services, operate) and how large it is."""

    intents: dict[Literal["become", "sell", "train", "buy", "services", "operate"], IntentWords]
    sizes: dict[Literal["large", "small"], list[str]]
    count_units: list[str] = []
    large_count: int = Field(default=100, ge=1)
    false_friends: dict[str, list[str]] = {}


class Partners(_Model):
    as_of: dt.date
    reading: PartnerReading
    korea_words: list[str] = []
    aws_services: list[AwsService] = []
    paths: list[PartnerEntry]
    legacy_types: list[LegacyType]
    tiers: list[ServicesTier]
    programs: list[PartnerEntry]
    competencies: list[PartnerEntry]
    korean_premier_partners: list[KoreanPartner]
    alternatives: list[PartnerEntry]

    @model_validator(mode="after")
    def _references(self) -> Partners:
        groups = (
            self.paths,
            self.legacy_types,
            self.tiers,
            self.programs,
            self.competencies,
            self.korean_premier_partners,
            self.alternatives,
        )
        _unique([e.id for g in groups for e in g], "partner entry id")
        paths, tiers = {p.id for p in self.paths}, {t.id for t in self.tiers}
        for lt in self.legacy_types:
            if not set(lt.now_in) <= paths:
                raise ValueError(f"{lt.id}: now_in must name Partner Path ids: {sorted(paths)}")
        comps = {c.id for c in self.competencies}
        for svc in self.aws_services:
            if svc.competency is not None and svc.competency not in comps:
                raise ValueError(f"aws_services {svc.names[0]}: competency {svc.competency!r} is not a competency id")
        for kp in self.korean_premier_partners:
            if kp.tier not in tiers:
                raise ValueError(f"{kp.id}: tier {kp.tier!r} is not a tier id: {sorted(tiers)}")
        return self


# --- glossary.yaml ------------------------------------------------------------------------------
class Term(_Model):
    id: Slug
    en: str = Field(min_length=1)
    ko: str = Field(min_length=1)
    aliases: list[str] = []  # other spellings, e.g. the notes' 지속가능성 for 지속 가능성
    definition: Text
    topic: Topic
    cite: Cite | None = None
    code: str | None = None  # the value an API takes for it (a case severity's "low" … "critical")


class Glossary(_Model):
    as_of: dt.date
    terms: list[Term] = Field(min_length=60)

    @model_validator(mode="after")
    def _unambiguous(self) -> Glossary:
        _unique([t.id for t in self.terms], "term id")
        owner: dict[str, str] = {}
        for t in self.terms:
            for name in {n.casefold() for n in (t.en, t.ko, *t.aliases)}:
                if owner.setdefault(name, t.id) != t.id:
                    raise ValueError(f"{name!r} names both {owner[name]} and {t.id}")
        return self


# --- review.yaml --------------------------------------------------------------------------------
class Question(_Model):
    id: str = Field(pattern=r"^[A-Z]+-\d+$")
    question: Text
    best_practice: Text
    recommendation: Text  # what to do when the best practice is missing
    risk_if_missing: Literal["high", "medium"]
    cite: Cite


class Pillar(_Model):
    id: PillarId
    name: Text
    questions: list[Question] = Field(min_length=4, max_length=6)

    @model_validator(mode="after")
    def _prefixed(self) -> Pillar:
        prefix = PILLAR_PREFIX[self.id]
        for q in self.questions:
            if not q.id.startswith(f"{prefix}-"):
                raise ValueError(f"question {q.id} of pillar {self.id} must start with {prefix}-")
        return self


class Review(_Model):
    as_of: dt.date
    pillars: list[Pillar]

    @model_validator(mode="after")
    def _all_pillars(self) -> Review:
        if [p.id for p in self.pillars] != list(get_args(PillarId)):
            raise ValueError(f"pillars must be, in this order: {', '.join(get_args(PillarId))}")
        _unique([q.id for p in self.pillars for q in p.questions], "question id")
        return self


class Catalog(_Model):
    support_plans: SupportPlans
    partners: Partners
    glossary: Glossary
    review: Review


FILES: dict[str, type[_Model]] = {
    "support_plans": SupportPlans,
    "partners": Partners,
    "glossary": Glossary,
    "review": Review,
}


def load_catalog(corpus_dir: Path) -> Catalog:
    """The four catalog files of `corpus_dir`/catalog, validated, with every cite resolved."""
    return _load(corpus_dir.resolve())


def cited_text(corpus_dir: Path, ref: SectionRef) -> str:
    """The text of one cited section (its own lines, as the chunker sees them)."""
    return _section_text(corpus_dir, ref, {})


@corpus_cached(maxsize=8)
def _load(corpus_dir: Path) -> Catalog:
    parts = {key: _parse(corpus_dir, key, model) for key, model in FILES.items()}
    catalog = Catalog(**parts)
    cache: dict[Path, dict[str, str]] = {}
    for key in FILES:
        problems = []
        for where, ref in _refs(getattr(catalog, key), ""):
            try:
                _section_text(corpus_dir, ref, cache)
            except CatalogError as exc:
                problems.append(f"{where}: {exc}")
        if problems:
            raise CatalogError(_name(corpus_dir, key), "; ".join(problems[:5]))
    return catalog


def _parse(corpus_dir: Path, key: str, model: type[_Model]) -> Any:
    path, name = corpus_dir / "catalog" / f"{key}.yaml", _name(corpus_dir, key)
    if not path.is_file():
        raise CatalogError(name, "is missing: restore it from version control")
    try:
        data = yaml_text.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise CatalogError(name, f"is not valid YAML ({problem})", mark.line + 1 if mark else None) from None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors = [f"{_where(data, e['loc'])}: {e['msg']}" for e in exc.errors()[:5]]
        raise CatalogError(name, "; ".join(errors)) from None


def _name(corpus_dir: Path, key: str) -> str:
    return f"{corpus_dir.name}/catalog/{key}.yaml"


def _where(data: Any, loc: tuple[Any, ...]) -> str:
    """A field path such as plans[business].price.tiers[0], naming list items by their id."""
    out, node = "", data
    for part in loc:
        if isinstance(part, int) and isinstance(node, list) and part < len(node):
            node = node[part]
            label = node.get("id", part) if isinstance(node, dict) else part
            out += f"[{label}]"
        else:
            node = node.get(part) if isinstance(node, dict) else None
            out += f".{part}" if out else str(part)
    return out or "(top level)"


def _refs(obj: Any, where: str) -> Iterator[tuple[str, SectionRef]]:
    if isinstance(obj, SectionRef):
        yield where, obj
    elif isinstance(obj, BaseModel):
        for field in type(obj).model_fields:
            yield from _refs(getattr(obj, field), f"{where}.{field}" if where else field)
    elif isinstance(obj, list):
        for i, item in enumerate(obj):
            yield from _refs(item, f"{where}[{getattr(item, 'id', i)}]")


def source_path(corpus_dir: Path, source: str) -> Path:
    """The file a cite names: sources are named like chunk sources ("corpus/summaries/en/x.md"), so the corpus
    folder's own name is dropped."""
    return corpus_dir.joinpath(*source.split("/")[1:])


def _section_text(corpus_dir: Path, ref: SectionRef, cache: dict[Path, dict[str, str]]) -> str:
    path = source_path(corpus_dir, ref.source)
    if path not in cache:
        if not path.is_file():
            raise CatalogError(ref.source, "is not a corpus file")
        cache[path] = read_sections(path)
    sections = cache[path]
    if ref.section not in sections:
        near = difflib.get_close_matches(ref.section, list(sections), n=1)
        hint = f" (did you mean {near[0]!r}?)" if near else ""
        raise CatalogError(ref.source, f"has no section {ref.section!r}{hint}")
    return sections[ref.section]


def _unique(values: list[Any], what: str) -> set[Any]:
    dupes = sorted({str(v) for v in values if values.count(v) > 1})
    if dupes:
        raise ValueError(f"duplicate {what}: {', '.join(dupes)}")
    return set(values)
