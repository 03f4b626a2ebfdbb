"""Quiz question candidates, generated from catalog facts and the summaries' lists, each with its passage.

Kinds (one quiz mixes them): a scenario (an anti-pattern) -> the pillar it goes against; a scenario
(scenarios.yaml) -> the design principle it goes against; a principle ->
its pillar; "which is NOT a principle of X"; what a principle says -> its name; the general design
principles; a Support plan meeting a response target; the plan replacing a retiring one; a plan's price
at a stated spend; partner paths, tiers and programs; the WA Tool (items.yaml); the assistant's own
commands; and, as a small share, glossary definitions (`vocab`). Every candidate names the section
that states its answer; quiz.py keeps it only if a part of that section states the answer and no
distractor (passages.excerpt).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from assistant import yaml_text
from assistant.knowledge.cache import corpus_cached
from assistant.knowledge.catalog import Catalog, SectionRef, load_catalog, source_path
from assistant.knowledge.sections import read_sections
from assistant.learn.facts import anti_patterns, guide, principles
from assistant.learn.passages import norm, supports
from assistant.learn.path import FINAL, STEP_IDS, Lang, Step, get_step, section_text, step_terms

ITEMS = Path(__file__).with_name("items.yaml")
SCENARIOS = Path(__file__).with_name("scenarios.yaml")
SPENDS = (300, 500, 800, 2_000, 5_000, 20_000, 40_000, 100_000)  # monthly usage, USD, for price questions


@dataclass(frozen=True)
class Candidate:
    kind: str  # the family of question, so one quiz mixes them
    subject: str  # the fact asked about, so one quiz asks about it once
    question: str
    answer: str
    distractors: tuple[str, ...]  # wrong choices, the answer excluded
    ref: SectionRef  # the section that states the answer
    anchors: tuple[str, ...] = ()  # words the stating passage must also contain (what the question names)
    vocab: bool = False  # a term <-> definition item; kept to a small share of a quiz
    led: bool = False  # shown as the section's opening sentence (which states the answer) + the anchored unit
    step: str = field(default="", compare=False)

    @property
    def key(self) -> str:
        """Stable across seeds and languages: the review schedule stores it."""
        return f"{self.kind}:{self.subject}"


# Question wording by language; {} fields are filled from the facts.
TEXT = {
    "defined": (
        "Which term matches this definition? “{definition}”",
        "다음 정의에 맞는 용어는 무엇인가요? “{definition}”",
    ),
    "area": (
        "In the {pillar} pillar, which best-practice area covers this best practice? “{practice}”",
        "{pillar} 원칙에서 다음 모범 사례를 다루는 모범 사례 영역은 무엇인가요? “{practice}”",
    ),
    "scenario": (
        "A team reports this about its workload: “{scenario}” Which pillar lists it among its common anti-patterns?",
        "어느 팀의 워크로드에서 이런 일이 있습니다: “{scenario}” "
        "이것을 흔한 안티패턴으로 꼽는 원칙(pillar)은 무엇인가요?",
    ),
    "breaks": (
        "Which of {owner} design principles does this go against? “{scenario}”",
        "다음 상황은 {owner} 설계 원칙 가운데 어느 것에 어긋나나요? “{scenario}”",
    ),
    "principle_pillar": (
        "“{principle}” is a design principle of which pillar?",
        "“{principle}”은(는) 어느 원칙(pillar)의 설계 원칙인가요?",
    ),
    "principle_says": (
        "Which of {owner} design principles says this? “{summary}”",
        "다음 내용을 말하는 {owner} 설계 원칙은 무엇인가요? “{summary}”",
    ),
    "not_principle": (
        "Which of these is NOT one of {owner} design principles?",
        "다음 중 {owner} 설계 원칙이 아닌 것은 무엇인가요?",
    ),
    "general": (
        "Which of these is one of the framework's six general design principles?",
        "다음 중 프레임워크의 일반 설계 원칙 6가지에 속하는 것은 무엇인가요?",
    ),
    "target_plan": (
        "Which plan's first-response target for a “{severity}” case is {duration}?",
        "“{severity}” 케이스의 첫 응답 목표가 {duration}인 플랜은 무엇인가요?",
    ),
    "minimum": ("What is the minimum monthly price of {plan}?", "{plan}의 월 최소 요금은 얼마인가요?"),
    "spend": (
        "An account uses ${spend:,} of AWS a month. What does {plan} cost that month?",
        "한 계정의 월 AWS 사용액이 ${spend:,}입니다. 그 달 {plan} 요금은 얼마인가요?",
    ),
    "replaced": (
        "Which plan replaces {plan} when it is discontinued on {date}?",
        "{date}에 종료되는 {plan}의 후속 플랜은 무엇인가요?",
    ),
    "tam": (
        "After 2027-01-01, a team needs a named (designated) Technical Account Manager. Which plan should it plan on?",
        "2027-01-01 이후 전담(지정) TAM이 필요한 팀은 어느 플랜을 계획해야 하나요?",
    ),
    "path": (
        "Which APN Partner Path fits this? “{description}”",
        "다음에 맞는 APN 파트너 경로는 무엇인가요? “{description}”",
    ),
    "legacy": (
        "The older “{name}” type corresponds to which Partner Path today?",
        "예전 “{name}” 분류는 지금 어느 파트너 경로에 해당하나요?",
    ),
    "tier": (
        "Which Services Path tier is this? “{description}”",
        "다음 설명에 해당하는 Services Path 등급은 무엇인가요? “{description}”",
    ),
    "program": (
        "Which APN program fits this need? “{description}”",
        "다음 필요에 맞는 APN 프로그램은 무엇인가요? “{description}”",
    ),
    "alternative": (
        "Which option fits this need? “{description}”",
        "다음 필요에 맞는 선택지는 무엇인가요? “{description}”",
    ),
    "feature": (
        "In this assistant, which command or page do you use for this? “{purpose}”",
        "이 어시스턴트에서 다음 일에 쓰는 명령이나 페이지는 무엇인가요? “{purpose}”",
    ),
}
SEVERITY_TERM = {  # ResponseMinutes field -> the glossary term naming the severity in both languages
    "general_guidance": "general-guidance",
    "system_impaired": "system-impaired",
    "production_impaired": "production-system-impaired",
    "production_down": "production-system-down",
    "business_critical_down": "business-critical-system-down",
}


def text(key: str, lang: Lang, **values: object) -> str:
    return TEXT[key][0 if lang == "en" else 1].format(**values)


def candidates(corpus: Path, step: Step, lang: Lang) -> list[Candidate]:
    """Every question the facts support for this step, in a fixed order (the seed picks later)."""
    return list(_candidates(corpus.resolve(), step.id, lang))


@corpus_cached(maxsize=64)
def _candidates(corpus: Path, step_id: str, lang: Lang) -> tuple[Candidate, ...]:
    if step_id == FINAL:
        return tuple(c for s in STEP_IDS if s != FINAL for c in _candidates(corpus, s, lang))
    step = get_step(step_id)
    catalog = load_catalog(corpus)
    out = term_questions(corpus, step, lang)
    pillars: list[str] = [p.id for p in catalog.review.pillars]
    if step.id == "overview":
        out += scenario_questions(corpus, catalog, lang, pillars)
        out += principle_pillar_questions(corpus, catalog, lang, pillars)
    elif step.id == "design-principles":
        out += general_questions(corpus, lang)
        out += principle_says_questions(corpus, catalog, lang, "general")
        out += breaks_questions(corpus, catalog, lang, ["general"])
        out += not_principle_questions(corpus, catalog, lang, "general")
    elif step.id in pillars:
        out += scenario_questions(corpus, catalog, lang, [step.id])
        out += principle_pillar_questions(corpus, catalog, lang, [step.id])
        out += principle_says_questions(corpus, catalog, lang, step.id)
        out += breaks_questions(corpus, catalog, lang, [step.id])
        out += not_principle_questions(corpus, catalog, lang, step.id)
        out += area_questions(corpus, catalog, step.id, lang)
    elif step.id == "support-plans":
        out += plan_questions(catalog, lang)
    elif step.id == "partners":
        out += partner_questions(corpus, catalog, lang)
    elif step.id == "using-the-assistant":
        out += feature_questions(lang)
    out += item_questions(step.id, lang)
    return tuple(Candidate(**{**c.__dict__, "step": step.id}) for c in out)


def term_questions(corpus: Path, step: Step, lang: Lang) -> list[Candidate]:
    """Definition -> term for the step's glossary terms: vocabulary, a small share of any quiz."""
    terms = step_terms(corpus, step)
    out = []
    for t in terms:
        if t.cite is None:
            continue
        question = text("defined", lang, definition=getattr(t.definition, lang))
        names = tuple(getattr(o, lang) for o in terms if o.id != t.id)
        out.append(Candidate("term", t.id, question, getattr(t, lang), names, getattr(t.cite, lang), vocab=True))
    return out


def _pillar_names(catalog: Catalog, lang: Lang) -> dict[str, str]:
    return {p.id: getattr(p.name, lang) for p in catalog.review.pillars}


def scenario_questions(corpus: Path, catalog: Catalog, lang: Lang, pillars: list[str]) -> list[Candidate]:
    """A pillar's common anti-pattern as a scenario -> the pillar that lists it.

    A pillar whose own list has much the same anti-pattern (dev environments left on all weekend are
    both a cost and a sustainability anti-pattern) is no fair distractor, so it is left out.
    """
    names = _pillar_names(catalog, lang)
    every = anti_patterns(corpus, lang)
    out = []
    for ap in every:
        if ap.pillar in pillars:
            twins = {o.pillar for o in every if o.pillar != ap.pillar and overlap(o.text, ap.text, lang) >= 0.4}
            wrong = tuple(n for k, n in names.items() if k != ap.pillar and k not in twins)
            question = text("scenario", lang, scenario=ap.text)
            out.append(
                Candidate("scenario", ap.text[:60], question, names[ap.pillar], wrong, ap.ref, (ap.text,), led=True)
            )
    return out


def principle_pillar_questions(corpus: Path, catalog: Catalog, lang: Lang, pillars: list[str]) -> list[Candidate]:
    """A pillar's design principle -> its pillar."""
    names = _pillar_names(catalog, lang)
    out = []
    every = principles(corpus)
    for p in every:
        if p.group in pillars:
            twins = {o.group for o in every if o.group != p.group and similar(o.name[lang], p.name[lang])}
            wrong = tuple(n for k, n in names.items() if k != p.group and k not in twins)
            question = text("principle_pillar", lang, principle=p.name[lang])
            ref = p.ref[lang]
            out.append(
                Candidate("principle-pillar", p.id, question, names[p.group], wrong, ref, (p.name[lang],), led=True)
            )
    return out


def owner(catalog: Catalog, group: str, lang: Lang) -> str:
    """Whose design principles: "the Reliability pillar's" / "안정성 원칙의", or the framework's general ones."""
    if group == "general":
        return "the framework's general" if lang == "en" else "프레임워크의 일반"
    name = _pillar_names(catalog, lang)[group]
    return f"the {name} pillar's" if lang == "en" else f"{name} 원칙의"


def principle_says_questions(corpus: Path, catalog: Catalog, lang: Lang, pillar: str) -> list[Candidate]:
    """What a pillar's design principle says -> its name, against the pillar's other principles."""
    mine = [p for p in principles(corpus) if p.group == pillar]
    out = []
    for p in mine:
        if not p.summary[lang]:
            continue
        wrong = tuple(o.name[lang] for o in mine if o.id != p.id)
        question = text("principle_says", lang, owner=owner(catalog, pillar, lang), summary=p.summary[lang])
        out.append(Candidate("principle-says", p.id, question, p.name[lang], wrong, p.ref[lang], (p.summary[lang],)))
    return out


def breaks_questions(corpus: Path, catalog: Catalog, lang: Lang, groups: list[str]) -> list[Candidate]:
    """A scenario (scenarios.yaml) -> the design principle it goes against, among its group's others."""
    every = {p.id: p for p in principles(corpus)}
    out = []
    for row in _yaml(SCENARIOS)["scenarios"]:
        p = every[row["principle"]]
        if p.group in groups and lang in row:
            wrong = tuple(o.name[lang] for o in every.values() if o.group == p.group and o.id != p.id)
            question = text("breaks", lang, owner=owner(catalog, p.group, lang), scenario=row[lang])
            out.append(Candidate("breaks", p.id, question, p.name[lang], wrong, p.ref[lang]))
    return out


def not_principle_questions(corpus: Path, catalog: Catalog, lang: Lang, group: str) -> list[Candidate]:
    """Which is NOT a principle of `group`: the answer is another group's principle, cited where it is listed."""
    every = principles(corpus)
    mine = [p for p in every if p.group == group]
    label = owner(catalog, group, lang)
    out = []
    for other in every:
        if other.group == group or any(similar(other.name[lang], m.name[lang]) for m in mine):
            continue  # another group's principle that restates one of ours is no fair "NOT"
        wrong = tuple(p.name[lang] for p in mine)
        question = text("not_principle", lang, owner=label)
        out.append(
            Candidate(
                "not-principle",
                f"{group}/{other.id}",
                question,
                other.name[lang],
                wrong,
                other.ref[lang],
                (other.name[lang],),
                led=True,
            )
        )
    return out


def overlap(a: str, b: str, lang: Lang) -> float:
    """Shared word stems (4 letters; 2 Hangul syllables) over the shorter text's stems."""
    size = 4 if lang == "en" else 2
    sa, sb = ({w[:size] for w in re.findall(r"\w+", norm(t)) if len(w) >= size} for t in (a, b))
    return len(sa & sb) / max(1, min(len(sa), len(sb)))


def similar(a: str, b: str) -> bool:
    """Two names that say much the same ("Stop guessing capacity" / "Stop guessing your capacity needs")."""
    wa, wb = set(norm(a).split()), set(norm(b).split())
    return norm(a) == norm(b) or len(wa & wb) / max(1, min(len(wa), len(wb))) >= 0.6


def general_questions(corpus: Path, lang: Lang) -> list[Candidate]:
    """Pick the general design principle among pillar principles."""
    every = principles(corpus)
    general = [p for p in every if p.group == "general"]
    pillar_names = tuple(
        p.name[lang]
        for p in every
        if p.group != "general" and not any(similar(p.name[lang], g.name[lang]) for g in general)
    )
    out = []
    for p in general:
        out.append(Candidate("general", p.id, text("general", lang), p.name[lang], pillar_names, p.ref[lang]))
    return out


def area_questions(corpus: Path, catalog: Catalog, pillar_id: str, lang: Lang) -> list[Candidate]:
    """Which best-practice area of the pillar a review best practice belongs to (from its cite's heading)."""
    pillar = next(p for p in catalog.review.pillars if p.id == pillar_id)
    out = []
    for q in pillar.questions:
        ref: SectionRef = getattr(q.cite, lang)
        parent, _, heading = ref.section.rpartition(" > ")
        if not parent.endswith(("best-practice areas", "모범 사례 영역")):
            continue  # cited from the design principles, not an area
        path = source_path(corpus, ref.source)
        areas = [s.rpartition(" > ")[2] for s in read_sections(path) if s.startswith(parent + " > ")]
        label = _area_label if lang == "ko" else str
        practice = getattr(q.best_practice, lang)
        question = text("area", lang, pillar=getattr(pillar.name, lang), practice=practice)
        distractors = tuple(label(a) for a in areas if a != heading)
        out.append(Candidate("area", q.id, question, label(heading), distractors, ref))
    return out


def _area_label(heading: str) -> str:
    """'조직 (Organization)' -> '조직': the Korean passage names the area without the English gloss."""
    return heading.partition(" (")[0].strip()


def plan_questions(catalog: Catalog, lang: Lang) -> list[Candidate]:
    """Which plan meets a response target, the minimum and the price at a spend, replacements, a named TAM."""
    plans = catalog.support_plans.plans
    names = {p.id: p.name for p in plans}
    terms = {t.id: t for t in catalog.glossary.terms}
    out = []
    for p in plans:
        for fld, minutes in p.response_minutes.model_dump().items():
            if minutes is None:
                continue
            severity = getattr(terms[SEVERITY_TERM[fld]], lang)
            slower = tuple(o.name for o in plans if (getattr(o.response_minutes, fld) or 10**9) > minutes)
            question = text("target_plan", lang, duration=duration(minutes, lang), severity=severity)
            ref = getattr(p.cite.response_targets, lang)
            out.append(
                Candidate(
                    "target", f"{fld}:{minutes}:{p.id}", question, p.name, slower, ref, (duration(minutes, lang),)
                )
            )
        price = p.price
        if price.minimum_monthly_usd and not price.uncertain:
            wrong = tuple(
                f"${o.price.minimum_monthly_usd:,}" for o in plans if o.id != p.id and o.price.minimum_monthly_usd
            )
            out.append(
                Candidate(
                    "minimum",
                    p.id,
                    text("minimum", lang, plan=p.name),
                    usd(price.minimum_monthly_usd),
                    wrong,
                    getattr(p.cite.price, lang),
                    (short_name(p.name),),
                )
            )
            for spend in SPENDS:
                right = monthly_price(price.minimum_monthly_usd, [(t.up_to_usd, t.percent) for t in price.tiers], spend)
                flat = {round(spend * t.percent / 100) for t in price.tiers} | {
                    round(spend * 0.10),
                    round(spend * 0.03),
                }
                wrong = tuple(usd(v) for v in sorted(flat | {right + price.minimum_monthly_usd}) if v != right)
                question = text("spend", lang, spend=spend, plan=p.name)
                ref = getattr(p.cite.price, lang)
                out.append(
                    Candidate("spend", f"{p.id}:{spend}", question, usd(right), wrong, ref, (short_name(p.name),))
                )
        if p.replaced_by and p.cite.retirement and p.available_until:
            wrong = tuple(n for k, n in names.items() if k not in (p.id, p.replaced_by))
            question = text("replaced", lang, plan=p.name, date=p.available_until.isoformat())
            ref = getattr(p.cite.retirement, lang)
            out.append(Candidate("replaced", p.id, question, names[p.replaced_by], wrong, ref, (p.name,)))
    designated = [p for p in plans if p.tam == "designated" and not p.available_until]
    others = tuple(p.name for p in plans if p.tam != "designated")
    for p in designated:
        out.append(Candidate("tam", p.id, text("tam", lang), p.name, others, getattr(p.cite.tam_concierge, lang)))
    return out


def short_name(plan: str) -> str:
    """'Business Support' -> 'Business': how the pricing list names a plan."""
    return plan.removesuffix(" Support")


def usd(value: int) -> str:
    return f"${value:,}"


def monthly_price(minimum: int, tiers: list[tuple[int | None, float]], spend: int) -> int:
    """The greater of the minimum and the tiered share of usage (each tier's percent on its slice)."""
    total, low = 0.0, 0
    for up_to, percent in tiers:
        high = spend if up_to is None else min(spend, up_to)
        if high > low:
            total += (high - low) * percent / 100
        low = up_to or low
    return max(minimum, round(total))


def duration(minutes: int, lang: Lang) -> str:
    """How the corpus writes a target: '1 hour', '30 minutes'; '1시간', '30분'."""
    hours, rest = divmod(minutes, 60)
    if hours and not rest:
        return f"{hours} hour{'s' if hours > 1 else ''}" if lang == "en" else f"{hours}시간"
    return f"{minutes} minutes" if lang == "en" else f"{minutes}분"


def partner_questions(corpus: Path, catalog: Catalog, lang: Lang) -> list[Candidate]:
    """Partner Paths, Services Path tiers, programs and alternatives from a described need; legacy types."""
    partners = catalog.partners
    groups = (
        ("path", partners.paths),
        ("tier", partners.tiers),
        ("program", partners.programs),
        ("alternative", partners.alternatives),
    )
    out = []
    for key, entries in groups:
        for i, e in enumerate(entries):
            question = text(key, lang, description=getattr(e.description, lang))
            named = as_written(corpus, [o.name for o in entries], e.name, getattr(e.cite, lang))
            wrong = tuple(n for o, n in zip(entries, named, strict=True) if o.id != e.id)
            answer = named[i]
            out.append(Candidate(key, e.id, question, answer, wrong, getattr(e.cite, lang)))
    paths = {p.id: p.name for p in partners.paths}
    for lt in partners.legacy_types:
        if len(lt.now_in) == 1:
            wrong = tuple(n for k, n in paths.items() if k not in lt.now_in)
            question = text("legacy", lang, name=lt.name)
            out.append(
                Candidate("legacy", lt.id, question, paths[lt.now_in[0]], wrong, getattr(lt.cite, lang), (lt.name,))
            )
    return out


# How a passage may write a catalog name: as is, without " Program", or with the Korean word for it.
NAME_FORMS = (lambda n: n, lambda n: n.removesuffix(" Program"), lambda n: n.replace(" Program", " 프로그램"))


def as_written(corpus: Path, names: list[str], name: str, ref: SectionRef) -> list[str]:
    """`names` in the first form in which the cited section writes `name` (same form for all, so fair)."""
    passage = section_text(corpus, ref)
    form = next((f for f in NAME_FORMS if supports(passage, f(name))), NAME_FORMS[0])
    return [form(n) for n in names]


def feature_questions(lang: Lang) -> list[Candidate]:
    """What a command or page of this assistant is for -> its name (assistant/learn/guide/<lang>.md)."""
    features = guide(lang)
    out = []
    for f in features:
        wrong = tuple(o.name for o in features if o.name != f.name)
        question = text("feature", lang, purpose=f.purpose)
        out.append(Candidate("feature", f.name, question, f.name, wrong, f.ref, (f.purpose,)))
    return out


@lru_cache(maxsize=4)
def _yaml(path: Path) -> dict:
    return yaml_text.safe_load(path.read_text(encoding="utf-8"))


def item_questions(step_id: str, lang: Lang) -> list[Candidate]:
    """Hand-written questions (items.yaml) for facts no catalog file holds, such as the WA Tool's concepts."""
    out = []
    for item in _yaml(ITEMS)["items"]:
        if item["step"] == step_id and lang in item:
            side = item[lang]
            ref = SectionRef(**side["cite"])
            out.append(
                Candidate(item["kind"], item["id"], side["question"], side["answer"], tuple(side["distractors"]), ref)
            )
    return out
