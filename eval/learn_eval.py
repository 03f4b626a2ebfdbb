"""Measure the onboarding quizzes: is every answer (and no distractor) stated by the passage shown?

For every question the generator can ask (each step, each language) and for the quizzes a learner
actually gets (seeded draws), this re-reads the cited section from disk and checks that the passage
shown is text of that section, states the right answer, and states no other choice. It also reports
the share of vocabulary items (term <-> definition; target at most 25 %), the number of distinct
questions per step (target at least 15, so repeated quizzes differ) and how many generated
candidates the fairness filter dropped.

Split: questions go to dev or test by a hash of their key; quiz draws use seeds 0-19 (dev) and
100-119 (test). Tune on dev, report test.

    PYTHONPATH=. python -m eval.learn_eval [--json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from assistant.knowledge.catalog import SectionRef
from assistant.learn.passages import norm, supports
from assistant.learn.path import FINAL, LANGS, STEP_IDS, STEPS, section_text
from assistant.learn.questions import candidates
from assistant.learn.quiz import QuizQuestion, bank, make_quiz

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SEEDS = {"dev": range(20), "test": range(100, 120)}
TARGETS = {"stated_share": 1.0, "vocab_share_max": 0.25, "distinct_min": 15}


def split_of(key: str) -> str:
    """dev or test, fixed by the question's key (about a third go to test)."""
    return "test" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def fair(q: QuizQuestion, corpus: Path = CORPUS) -> bool:
    """The passage is text of the cited section, states the right answer and no other choice."""
    section = norm(section_text(corpus, SectionRef(source=q.citation.source, section=q.citation.section)))
    lines = [norm(line.strip(" -|")) for line in q.citation.text.splitlines() if line.strip()]
    right = q.choices[q.answer]
    return (
        all(line in section for line in lines)
        and supports(q.citation.text, right)
        and not any(supports(q.citation.text, c) for c in q.choices if c != right)
        and not supports(q.question, right)
    )


def measure(corpus: Path = CORPUS) -> dict[str, Any]:
    pool_rows: dict[str, list[bool]] = defaultdict(list)  # split -> fair per question
    distinct: dict[str, dict[str, int]] = {lang: {} for lang in LANGS}
    dropped = Counter()
    kinds: Counter[str] = Counter()
    for lang in LANGS:
        for step in STEPS:
            questions = bank(corpus, step.id, lang)
            distinct[lang][step.id] = len({q.key for q in questions})
            if step.id == FINAL:
                continue  # its questions are the other steps' questions
            every = candidates(corpus, step, lang)
            dropped["candidates"] += len(every)
            dropped["dropped"] += len(every) - len(questions)
            for q in questions:
                kinds[q.key.partition(":")[0]] += 1
                pool_rows[split_of(q.key)].append(fair(q, corpus))
    quiz_rows: dict[str, dict[str, list[Any]]] = {s: {"fair": [], "vocab": []} for s in SEEDS}
    for split, seeds in SEEDS.items():
        for lang in LANGS:
            for step in STEP_IDS:
                for seed in seeds:
                    for q in make_quiz(corpus, step, seed, lang).questions:
                        quiz_rows[split]["fair"].append(fair(q, corpus))
                        quiz_rows[split]["vocab"].append(q.vocab)
    metrics: dict[str, Any] = {}
    for split in SEEDS:
        questions, quizzes = pool_rows[split], quiz_rows[split]
        metrics[split] = {
            "questions": len(questions),
            "stated_share": round(sum(questions) / len(questions), 4),
            "quiz_items": len(quizzes["fair"]),
            "quiz_stated_share": round(sum(quizzes["fair"]) / len(quizzes["fair"]), 4),
            "vocab_share": round(sum(quizzes["vocab"]) / len(quizzes["vocab"]), 4),
            "non_vocab_share": round(1 - sum(quizzes["vocab"]) / len(quizzes["vocab"]), 4),
        }
    per_step = [n for lang in LANGS for s, n in distinct[lang].items() if s != FINAL]
    metrics["all"] = {
        "distinct_min": min(per_step),
        "dropped_share": round(dropped["dropped"] / dropped["candidates"], 4),
    }
    return {"metrics": metrics, "distinct": distinct, "kinds": dict(kinds.most_common()), "targets": TARGETS}


def print_report(result: dict[str, Any]) -> None:
    m = result["metrics"]
    for split in SEEDS:
        r = m[split]
        print(
            f"{split:>4}: {r['questions']} questions, stated by their passage (and no distractor) "
            f"{r['stated_share']:.2f}; {r['quiz_items']} quiz items {r['quiz_stated_share']:.2f}; "
            f"vocabulary share {r['vocab_share']:.2f}"
        )
    print(f"candidates dropped by the fairness filter: {m['all']['dropped_share']:.2f}")
    print(f"distinct questions per step (min {m['all']['distinct_min']}, target >= {TARGETS['distinct_min']}):")
    for step in STEP_IDS:
        print(f"  {step:<24} en {result['distinct']['en'][step]:>4}  ko {result['distinct']['ko'][step]:>4}")
    print("kinds: " + ", ".join(f"{k} {n}" for k, n in result["kinds"].items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    result = measure()
    if args.json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    else:
        print_report(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
