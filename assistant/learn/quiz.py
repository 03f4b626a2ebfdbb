"""Seeded multiple-choice quizzes whose every right answer, and no wrong one, is stated by the passage shown.

`make_quiz(corpus, step, seed)` is a pure function of the catalog, the corpus and the seed: the same
seed gives the same questions, choices and order, so a quiz can be shared or replayed by its seed.
Vocabulary items (term <-> definition) are at most a quarter of a quiz; the rest test understanding.
"""

from __future__ import annotations

import math
import random
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from assistant.knowledge.cache import corpus_cached
from assistant.knowledge.catalog import SectionRef
from assistant.learn.passages import Passage, excerpt, led_excerpt, norm, supports
from assistant.learn.path import FINAL, LearnError, check_lang, get_step, section_text
from assistant.learn.questions import Candidate, candidates
from assistant.messages import bilingual

QUESTIONS = (3, 10)  # fewest and most questions per quiz
DEFAULT_QUESTIONS = 4
FINAL_QUESTIONS = 8
MAX_CHOICES = 4
VOCAB_SHARE = 0.25  # at most this share of a quiz asks for a term from its definition


@dataclass(frozen=True)
class QuizQuestion:
    question: str
    choices: list[str]
    answer: int  # index into choices
    citation: Passage
    key: str = ""  # kind:subject, stable across seeds (the review schedule stores it)
    step: str = ""
    vocab: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Quiz:
    step: str
    lang: str
    seed: int
    questions: list[QuizQuestion]

    def to_dict(self) -> dict[str, Any]:
        return {
            "step": self.step,
            "lang": self.lang,
            "seed": self.seed,
            "questions": [q.to_dict() for q in self.questions],
        }

    def score(self, picks: list[int]) -> int:
        """How many of `picks` (one choice index per question) are right."""
        return sum(pick == q.answer for q, pick in zip(self.questions, picks, strict=True))

    def missed(self, picks: list[int]) -> list[QuizQuestion]:
        return [q for q, pick in zip(self.questions, picks, strict=True) if pick != q.answer]


def default_count(step_id: str) -> int:
    return FINAL_QUESTIONS if step_id == FINAL else DEFAULT_QUESTIONS


def make_quiz(corpus: Path, step_id: str, seed: int = 0, lang: str = "en", count: int | None = None) -> Quiz:
    """`count` questions on one step, each about a different fact, drawn and shuffled by `seed`."""
    step, lang = get_step(step_id), check_lang(lang)
    count = count or default_count(step.id)
    if not QUESTIONS[0] <= count <= QUESTIONS[1]:
        raise LearnError(bilingual("errors.learn.quiz_size", low=QUESTIONS[0], high=QUESTIONS[1], count=count))
    rng = random.Random(seed)
    pool = list(_pool(corpus.resolve(), step.id, lang))
    rng.shuffle(pool)
    picked: list[tuple[Candidate, Passage, list[str]]] = []
    vocab_left = math.floor(count * VOCAB_SHARE)
    for cand, passage, wrong in _mixed(pool):
        if len(picked) == count or cand.subject in {c.subject for c, _, _ in picked}:
            continue
        if cand.vocab:
            if not vocab_left:
                continue
            vocab_left -= 1
        picked.append((cand, passage, wrong))
    if len(picked) < count:  # guarded by tests: every step has enough supported facts
        raise LearnError(f"Step {step.id!r} has only {len(picked)} questions the corpus supports in {lang}.")
    return Quiz(step.id, lang, seed, [_question(c, p, w, rng) for c, p, w in picked])


@corpus_cached(maxsize=64)
def _pool(corpus: Path, step_id: str, lang: str) -> tuple[tuple[Candidate, Passage, list[str]], ...]:
    """A step's supported candidates: computed once per process (the final test draws on ~600)."""
    return tuple(supported(corpus, candidates(corpus, get_step(step_id), lang)))  # type: ignore[arg-type]


def bank(corpus: Path, step_id: str, lang: str) -> list[QuizQuestion]:
    """Every question a step can ask in `lang` (fixed choices), e.g. for measuring them all."""
    rng = random.Random(0)
    return [
        _question(c, p, list(w), rng) for c, p, w in _pool(corpus.resolve(), get_step(step_id).id, check_lang(lang))
    ]


def review_quiz(corpus: Path, items: list[tuple[str, str]], lang: str, seed: int = 0) -> Quiz:
    """The questions named by (step, key), in that order, e.g. the ones due for review."""
    lang = check_lang(lang)
    rng = random.Random(seed)
    out = []
    for step_id, key in items:
        found = [item for item in _pool(corpus.resolve(), get_step(step_id).id, lang) if item[0].key == key]
        out += [_question(c, p, list(w), rng) for c, p, w in found[:1]]
    return Quiz("review", lang, seed, out)


def _mixed(pool: list[Any]) -> list[Any]:
    """The pool reordered to take one of each kind in turn, so 40 price questions do not crowd out the rest."""
    rank: dict[str, int] = {}
    keyed = []
    for i, item in enumerate(pool):
        rank[item[0].kind] = rank.get(item[0].kind, -1) + 1
        keyed.append((rank[item[0].kind], i, item))
    return [item for _, _, item in sorted(keyed, key=lambda k: k[:2])]


def supported(corpus: Path, pool: list[Candidate]) -> list[tuple[Candidate, Passage, list[str]]]:
    """The candidates a part of their cited section answers, with the distractors that part does not state.

    Dropped: a question that gives its answer away, an answer no sentence, line or paragraph states
    with the question's anchors, and a question left with fewer than two fair distractors.
    """
    texts: dict[SectionRef, str] = {}
    out = []
    for cand in pool:
        if cand.ref not in texts:
            texts[cand.ref] = section_text(corpus, cand.ref).strip()
        if supports(cand.question, cand.answer):
            continue
        find = led_excerpt if cand.led else excerpt
        found = find(texts[cand.ref], cand.answer, cand.anchors, _distinct(cand.distractors, cand.answer))
        if found is None or len(found[1]) < 2:
            continue
        out.append((cand, Passage(cand.ref.source, cand.ref.section, found[0]), found[1]))
    return out


def _question(cand: Candidate, passage: Passage, wrong: list[str], rng: random.Random) -> QuizQuestion:
    choices = [cand.answer, *rng.sample(wrong, min(MAX_CHOICES - 1, len(wrong)))]
    rng.shuffle(choices)
    return QuizQuestion(cand.question, choices, choices.index(cand.answer), passage, cand.key, cand.step, cand.vocab)


def _distinct(values: tuple[str, ...], answer: str) -> list[str]:
    seen = {norm(answer)}
    out = []
    for v in values:
        if norm(v) not in seen and not supports(v, answer) and not supports(answer, v):
            seen.add(norm(v))
            out.append(v)
    return out


def explanation(question: QuizQuestion) -> str:
    """The excerpt of the cited section that states the right answer (and none of the wrong ones)."""
    return question.citation.text
