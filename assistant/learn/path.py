"""The onboarding path: short steps, each a corpus section's opening, its key terms and its sources.

Order: overview -> general design principles -> the six pillars -> the WA Tool and a review -> support
plans -> partners -> how to use this assistant -> a final mixed test. A step's
summary is the first paragraph of one corpus section (never written here), so it reads the same as
the passage a citation would show; its key terms are the glossary terms of the step's topics.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

from assistant.errors import AssistantError
from assistant.knowledge.catalog import SectionRef, Term, cited_text, load_catalog
from assistant.learn.facts import guide_text
from assistant.messages import bilingual
from assistant.text import sentences as sentences_of

Lang = Literal["en", "ko"]
FINAL = "final"
LANGS: tuple[Lang, ...] = ("en", "ko")
SUMMARY_SENTENCES = 3


class LearnError(AssistantError):
    """A step, language or learner name the path does not know."""

    exit_code = 2


@dataclass(frozen=True)
class Step:
    id: str
    title: dict[str, str]  # by language
    topics: tuple[str, ...]  # glossary topics whose terms are the step's key terms
    section: dict[str, tuple[str, str]]  # by language: (source, heading path) of the summary


def _ref(source: str, section: str) -> tuple[str, str]:
    return (f"corpus/summaries/{source}", section)


def _pillar(pid: str, en: str, ko: str) -> Step:
    return Step(
        pid,
        {"en": en, "ko": ko},
        (pid,),
        {
            "en": _ref(f"en/pillar-{pid}.md", f"{en} pillar > {en}: definition"),
            "ko": _ref(f"ko/pillar-{pid}.md", f"{ko}({en}) 원칙 > {ko}: 정의"),
        },
    )


STEPS: tuple[Step, ...] = (
    Step(
        "overview",
        {"en": "What the Well-Architected Framework is", "ko": "Well-Architected Framework란"},
        ("framework", "pillars", "well-architected-tool"),
        {
            "en": _ref(
                "en/overview.md", "AWS Well-Architected Framework overview > Well-Architected Framework: what it is"
            ),
            "ko": _ref(
                "ko/overview.md", "AWS Well-Architected Framework 개요 > Well-Architected Framework: 프레임워크란"
            ),
        },
    ),
    Step(
        "design-principles",
        {"en": "General design principles", "ko": "일반 설계 원칙"},
        ("design-principles",),
        {
            "en": _ref(
                "en/design-principles.md",
                "Well-Architected design principles > Design principles: general and cloud design principles",
            ),
            "ko": _ref(
                "ko/design-principles.md",
                "Well-Architected 일반 설계 원칙과 클라우드 설계 원칙 > 설계 원칙: 두 가지 목록의 관계",
            ),
        },
    ),
    _pillar("operational-excellence", "Operational Excellence", "운영 우수성"),
    _pillar("security", "Security", "보안"),
    _pillar("reliability", "Reliability", "안정성"),
    _pillar("performance-efficiency", "Performance Efficiency", "성능 효율성"),
    _pillar("cost-optimization", "Cost Optimization", "비용 최적화"),
    _pillar("sustainability", "Sustainability", "지속 가능성"),
    Step(
        "well-architected-tool",
        {"en": "The Well-Architected Tool and a review", "ko": "Well-Architected Tool과 리뷰"},
        ("well-architected-tool",),
        {
            "en": _ref("en/well-architected-tool.md", "AWS Well-Architected Tool > Well-Architected Tool: what it is"),
            "ko": _ref("ko/well-architected-tool.md", "AWS Well-Architected Tool > Well-Architected Tool: 개요와 요금"),
        },
    ),
    Step(
        "support-plans",
        {"en": "AWS Support plans", "ko": "AWS Support 플랜"},
        ("support-plans",),
        {
            "en": _ref("en/support-plans.md", "AWS Support plans > Support plans: two line-ups in 2026"),
            "ko": _ref("ko/support-plans.md", "AWS Support 플랜 > Support 플랜: 2026년의 두 가지 플랜 구성"),
        },
    ),
    Step(
        "partners",
        {"en": "Partners and the ecosystem", "ko": "파트너와 생태계"},
        ("partners", "marketplace", "professional-services", "training"),
        {
            "en": _ref("en/partner-network.md", "AWS Partner Network (APN) > APN: what it is"),
            "ko": _ref("ko/partner-network.md", "AWS 파트너 네트워크 (APN) > APN: 개요"),
        },
    ),
    Step(
        "using-the-assistant",
        {"en": "How to use this assistant", "ko": "이 어시스턴트 사용법"},
        (),
        {
            "en": ("assistant/learn/guide/en.md", "How to use this assistant > Asking questions"),
            "ko": ("assistant/learn/guide/ko.md", "이 어시스턴트 사용법 > 질문하기"),
        },
    ),
    Step(
        FINAL,
        {"en": "Final test: everything mixed", "ko": "최종 평가: 모든 단계 종합"},
        (),
        {},  # no reading of its own: questions come from every other step
    ),
)
STEP_IDS = tuple(s.id for s in STEPS)
FINAL_SUMMARY = {
    "en": "A mixed test with questions from every step of the path. Pass it to finish onboarding.",
    "ko": "모든 단계에서 고른 문제로 이루어진 종합 평가입니다. 통과하면 온보딩을 마칩니다.",
}


@dataclass(frozen=True)
class KeyTerm:
    id: str
    ko: str
    en: str
    definition: str  # in the step's language


@dataclass(frozen=True)
class StepView:
    """One step as a learner sees it, in one language."""

    n: int  # 1-based position on the path
    id: str
    title: str
    lang: str
    summary: str
    source: str
    section: str
    terms: list[KeyTerm]
    links: list[str]  # corpus files to read further, the summary's first

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def get_step(step_id: str) -> Step:
    for step in STEPS:
        if step.id == step_id:
            return step
    raise LearnError(bilingual("errors.learn.unknown_step", step=step_id, steps=", ".join(STEP_IDS)))


def check_lang(lang: str) -> Lang:
    if lang not in LANGS:
        raise LearnError(bilingual("errors.learn.unknown_lang", lang=lang))
    return lang  # type: ignore[return-value]


def step_terms(corpus: Path, step: Step) -> list[Term]:
    """The glossary terms of the step's topics, in glossary order."""
    return [t for t in load_catalog(corpus).glossary.terms if t.topic in step.topics]


def view(corpus: Path, step_id: str, lang: str) -> StepView:
    """The step's summary, key terms and links in `lang`; the summary is corpus text, cut at a paragraph."""
    step, lang = get_step(step_id), check_lang(lang)
    source, section = step.section.get(lang, ("", ""))
    text = section_text(corpus, SectionRef(source=source, section=section)) if source else FINAL_SUMMARY[lang]
    terms = step_terms(corpus, step)
    links = [source] if source else []
    for t in terms:
        if t.cite is not None and getattr(t.cite, lang).source not in links:
            links.append(getattr(t.cite, lang).source)
    return StepView(
        n=STEP_IDS.index(step.id) + 1,
        id=step.id,
        title=step.title[lang],
        lang=lang,
        summary=opening(text),
        source=source,
        section=section,
        terms=[KeyTerm(t.id, t.ko, t.en, getattr(t.definition, lang)) for t in terms],
        links=links,
    )


def section_text(corpus: Path, ref: SectionRef) -> str:
    """A cited section's text: a corpus summary, or a section of the assistant's own guide."""
    if ref.source.startswith("assistant/learn/guide/"):
        return guide_text(ref)
    return cited_text(corpus, ref)


def opening(text: str, sentences: int = SUMMARY_SENTENCES) -> str:
    """The first paragraph of a section, at most `sentences` sentences, word for word."""
    paragraph = next((p.strip() for p in text.split("\n\n") if p.strip()), "")
    return " ".join(sentences_of(" ".join(paragraph.split()))[:sentences])
