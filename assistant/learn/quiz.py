"""Seeded multiple-choice quizzes whose every right answer is stated by the passage it cites.

`make_quiz(corpus, step, seed)` is a pure function of the catalog, the corpus and the seed: the same
seed gives the same questions, choices and order, so a quiz can be shared or replayed by its seed.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from assistant.catalog import SectionRef, cited_text
from assistant.learn.path import LearnError, check_lang, get_step
from assistant.learn.questions import Candidate, candidates

QUESTIONS = (3, 5)  # fewest and most questions per quiz
DEFAULT_QUESTIONS = 4
MAX_CHOICES = 4
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_PUNCT = str.maketrans({"‐": "-", "‑": "-", "–": "-", "—": "-", "“": '"', "”": '"', "‘": "'", "’": "'"})


@dataclass(frozen=True)
class Passage:
    """The corpus text that explains a right answer: a file and heading path, as chunk citations name them."""

    source: str
    section: str
    text: str


@dataclass(frozen=True)
class QuizQuestion:
    question: str
    choices: list[str]
    answer: int  # index into choices
    citation: Passage

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


def make_quiz(corpus: Path, step_id: str, seed: int = 0, lang: str = "en", count: int = DEFAULT_QUESTIONS) -> Quiz:
    """`count` questions on one step, each about a different fact, drawn and shuffled by `seed`."""
    step, lang = get_step(step_id), check_lang(lang)
    if not QUESTIONS[0] <= count <= QUESTIONS[1]:
        raise LearnError(f"A quiz has {QUESTIONS[0]} to {QUESTIONS[1]} questions, not {count}.")
    rng = random.Random(seed)
    pool = supported(corpus, candidates(corpus, step, lang))
    rng.shuffle(pool)
    picked: list[tuple[Candidate, Passage]] = []
    for cand, passage in _mixed(pool):
        if len(picked) < count and cand.subject not in {c.subject for c, _ in picked}:
            picked.append((cand, passage))
    if len(picked) < QUESTIONS[0]:  # guarded by tests: every step has enough supported facts
        raise LearnError(f"Step {step.id!r} has only {len(picked)} questions the corpus supports in {lang}.")
    return Quiz(step.id, lang, seed, [_question(c, p, rng) for c, p in picked])


def _mixed(pool: list[tuple[Candidate, Passage]]) -> list[tuple[Candidate, Passage]]:
    """The pool reordered to take one of each kind in turn, so 35 response targets do not crowd out the rest."""
    rank: dict[str, int] = {}
    keyed = []
    for i, item in enumerate(pool):
        rank[item[0].kind] = rank.get(item[0].kind, -1) + 1
        keyed.append((rank[item[0].kind], i, item))
    return [item for _, _, item in sorted(keyed, key=lambda k: k[:2])]


def supported(corpus: Path, pool: list[Candidate]) -> list[tuple[Candidate, Passage]]:
    """The candidates whose cited passage states the answer, and whose question does not give it away."""
    texts: dict[SectionRef, str] = {}
    out = []
    for cand in pool:
        if cand.ref not in texts:
            texts[cand.ref] = cited_text(corpus, cand.ref).strip()
        wrong = _distinct(cand.distractors, cand.answer)
        if supports(texts[cand.ref], cand.answer) and not supports(cand.question, cand.answer) and len(wrong) >= 2:
            out.append((cand, Passage(cand.ref.source, cand.ref.section, texts[cand.ref])))
    return out


def _question(cand: Candidate, passage: Passage, rng: random.Random) -> QuizQuestion:
    wrong = _distinct(cand.distractors, cand.answer)
    choices = [cand.answer, *rng.sample(wrong, min(MAX_CHOICES - 1, len(wrong)))]
    rng.shuffle(choices)
    return QuizQuestion(cand.question, choices, choices.index(cand.answer), passage)


def _distinct(values: tuple[str, ...], answer: str) -> list[str]:
    seen = {_norm(answer)}
    out = []
    for v in values:
        if _norm(v) not in seen:
            seen.add(_norm(v))
            out.append(v)
    return out


def supports(passage: str, answer: str) -> bool:
    """Does `passage` contain `answer` as words (case, spacing and dash style aside)?

    An answer must not start inside a word ("4 hours" is not in "24 hours"); a Latin or digit ending
    must not run on either, except for a plural ("runbook" in "runbooks"), while a Korean ending may
    take a particle ("조직" in "조직 영역은").
    """
    needle = _norm(answer)
    if not needle:
        return False
    start = r"(?<!\w)" if re.match(r"\w", needle) else ""
    end = r"(?:e?s)?(?![a-z0-9])" if re.search(r"[a-z]$", needle) else r"(?![a-z0-9])" if needle[-1].isdigit() else ""
    return re.search(start + re.escape(needle) + end, _norm(passage)) is not None


def explanation(question: QuizQuestion) -> str:
    """The sentence (or table row) of the cited passage that states the right answer."""
    right = question.choices[question.answer]
    for line in question.citation.text.splitlines():
        for sentence in _SENTENCE_END.split(line.strip()):
            if supports(sentence, right):
                return sentence.strip(" -|")
    return question.citation.text.strip()


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_PUNCT).casefold()
    text = re.sub(r"[*`]", "", text)
    text = re.sub(r"\s+", " ", text)
    return text.replace(" (", "(").strip()
