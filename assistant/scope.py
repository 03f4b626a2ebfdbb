"""Decide whether the corpus can answer a question: dense similarity plus lexical evidence.

A similarity alone is no perfect gate (questions about other clouds score close to real ones), so
the decision also asks how much of the question's vocabulary the best passages contain, and treats
a question about another provider, with no mention of AWS, as outside the corpus.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.types import Chunk

OTHER_PROVIDERS = re.compile(
    r"azure|\bgcp\b|google cloud|oracle cloud|\boci\b|alibaba|ibm cloud|digitalocean|"
    r"애저|구글 클라우드|오라클 클라우드|알리바바|네이버 클라우드|ncp\b|kt cloud",
    re.IGNORECASE,
)
OUR_WORDS = re.compile(r"\baws\b|amazon|아마존|well-architected|웰아키텍티드", re.IGNORECASE)

# Per space: (similarity that alone proves relevance, similarity below which nothing does).
# Calibrated on eval/data/golden.jsonl; see eval/ for how.
THRESHOLDS: dict[str, tuple[float, float]] = {"use": (0.42, 0.18), "e5": (0.90, 0.80)}
DEFAULT_THRESHOLDS = (0.60, 0.25)
MIN_COVERAGE = 0.34


@dataclass(frozen=True)
class Verdict:
    in_scope: bool
    reason: str
    coverage: float = 0.0


@dataclass
class ScopeGate:
    spaces: list[str] = field(default_factory=list)

    def judge(
        self,
        query: str,
        lang: str,
        top: dict[str, float],
        hits: list[Chunk],
        terms: Callable[[str], set[str]],
    ) -> Verdict:
        if OTHER_PROVIDERS.search(query) and not OUR_WORDS.search(query):
            return Verdict(False, "about another provider")
        q_terms = terms(query)
        found: set[str] = set()
        for chunk in hits[:3]:
            found |= terms(f"{chunk.section}\n{chunk.text}")
        coverage = len(q_terms & found) / len(q_terms) if q_terms else 0.0
        dense = [s for s in self.spaces if s in top]
        if not dense:
            ok = coverage >= MIN_COVERAGE
            return Verdict(ok, f"lexical coverage {coverage:.2f}", coverage)
        strong = any(top[s] >= THRESHOLDS.get(s, DEFAULT_THRESHOLDS)[0] for s in dense)
        floor = all(top[s] < THRESHOLDS.get(s, DEFAULT_THRESHOLDS)[1] for s in dense)
        sims = ", ".join(f"{s} {top[s]:.2f}" for s in dense)
        if floor:
            return Verdict(False, f"low similarity ({sims})", coverage)
        if strong or coverage >= MIN_COVERAGE:
            return Verdict(True, f"similarity {sims}; coverage {coverage:.2f}", coverage)
        return Verdict(False, f"weak evidence ({sims}; coverage {coverage:.2f})", coverage)
