"""Form choices for the recommenders, as the arguments they understand.

The support recommender takes need ids, so its choices are ids (labelled with the recommender's own
words). The partner recommender reads words only, so each partner choice is a phrase its lexicon
recognises, in the language of the request (tests check every phrase).
"""

from __future__ import annotations

from assistant.knowledge.catalog import Partners
from assistant.messages import say
from assistant.recommend.needs import BUDGETS, extract_partner_needs, extract_support_needs
from assistant.retrieval.lexical import detect_lang

# The support advisor's questions, each offering need ids (None: no requirement).
PRODUCTION_DOWN: list[str | None] = [None, "production-impaired-4h", "production-down-1h"]
BUSINESS_CRITICAL: list[str | None] = [None, "business-critical-30m", "business-critical-15m"]
CHANNELS = ["email", "phone", "chat"]
TAM: list[str | None] = [None, "tam", "designated-tam"]
EXTRAS = ["concierge", "full-trusted-advisor", "support-api"]
BUDGET_LEVELS: list[str | None] = [None, *BUDGETS]
LEARNING = {"en": "Learning and experiments, no production.", "ko": "학습과 실험용이며 프로덕션은 없음."}
# Without words the recommender answers in English; this names the request in Korean and asks nothing.
KOREAN_REQUEST = "AWS Support 플랜 추천"

# Partner choices: id -> (English phrase, Korean phrase) the recommender reads; the select boxes show the
# catalogue's `ui.form.job.<id>` / `ui.form.size.<id>`.
PARTNER_JOBS: dict[str, tuple[str, str]] = {
    "migration": ("Help us migrate our workloads to AWS.", "AWS로 워크로드 마이그레이션 컨설팅"),
    "machine-learning": ("Help us build machine learning models.", "머신 러닝 구축"),
    "generative-ai": ("Help us build a generative AI chatbot.", "생성형 AI 챗봇 구축"),
    "data": ("Help us build a data and analytics platform.", "데이터 분석 플랫폼 구축"),
    "security": ("Help us design security and compliance controls.", "보안과 규정 준수 컨설팅"),
    "devops": ("Help us set up DevOps pipelines and automation.", "DevOps 파이프라인 구축"),
    "operations": ("Run our workloads for us as managed services.", "운영 대행(관리형 서비스)"),
    "sell": ("Sell our software on AWS.", "자사 소프트웨어를 AWS에서 판매"),
    "train": ("Train our engineers.", "엔지니어 교육"),
    "buy": ("Buy ready-made software.", "완성된 소프트웨어 구매"),
}
PARTNER_SIZES: dict[str, tuple[str, str]] = {
    "large": ("Large, business-critical work.", "대규모 핵심 시스템"),
    "small": ("A small pilot.", "소규모 파일럿"),
}
KOREA = ("We need a partner in Korea.", "국내 파트너 필요")


def need_label(need: str | None, lang: str, none: str = "—") -> str:
    if need is None:
        return none
    return say(f"rec.need.{need}", lang)


def channel_label(channel: str, lang: str) -> str:
    return say(f"ch.{channel}", lang)


def budget_label(level: str | None, lang: str, none: str = "—") -> str:
    if level is None:
        return none
    cap = BUDGETS[level]
    word = say(f"rec.budget.{level}", lang)
    if not cap:
        return word
    return say("ui.budget_cap", lang, word=word, cap=cap)


def support_request(text: str, production: bool, lang: str) -> str:
    """The need in words: what was typed, plus "no production" when the form says so, in `lang`."""
    lang = detect_lang(text) if text.strip() else lang
    parts = [text.strip()] + ([] if production else [LEARNING[lang]])
    words = " ".join(p for p in parts if p)
    return words or (KOREAN_REQUEST if lang == "ko" else "")


def partner_request(text: str, job: str | None, size: str | None, korea: bool, lang: str) -> str:
    """The need in words: what was typed, then a phrase per form choice, in the text's language."""
    lang = detect_lang(text) if text.strip() else lang
    i = 1 if lang == "ko" else 0
    parts = [text.strip()]
    if job:
        parts.append(PARTNER_JOBS[job][i])
    if size:
        parts.append(PARTNER_SIZES[size][i])
    if korea:
        parts.append(KOREA[i])
    return " ".join(p for p in parts if p)


def choice_label(kind: str, key: str | None, lang: str, none: str = "—") -> str:
    """A partner choice as the select box shows it: `kind` is "job" or "size"."""
    return none if key is None else say(f"ui.form.{kind}.{key}", lang)


def about_support(words: str, partners: Partners) -> bool:
    """A partner request that names AWS Support needs (a response time, a TAM, 24/7 help) and nothing a
    partner does: the Support plan advisor, not the partner finder, answers it."""
    found = extract_partner_needs(words, partners)
    return bool(extract_support_needs(words)) and not (found.entries or found.intents)
