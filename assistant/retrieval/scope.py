"""Decide whether the corpus can answer a question: dense similarity plus lexical evidence.

A similarity alone is no perfect gate (questions about other clouds score close to real ones), so
the decision also weighs how much of the question's vocabulary, by rarity, the best passage holds,
counts English words the corpus has never seen, and treats a question about another provider,
with no mention of AWS, as outside the corpus. Thresholds were set on eval/data/golden.jsonl to keep
false abstentions rare (about 3% of in-scope questions there) while catching clearly foreign topics.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from assistant.knowledge.words import BARE_CONTRACTIONS, CLIPPINGS, slip_of_common, zipf
from assistant.retrieval.lexical import GLUED_PARTICLE, LexicalIndex, content_terms, fold, singular
from assistant.types import Chunk

OTHER_PROVIDERS = re.compile(
    r"azure|\bgcp\b|google cloud|oracle cloud|\boci\b|alibaba|ibm cloud|digitalocean|"
    r"애저|구글 클라우드|오라클 클라우드|알리바바|네이버 클라우드|ncp\b|kt cloud",
    re.IGNORECASE,
)
OUR_WORDS = re.compile(r"\baws\b|amazon|아마존|well-architected|웰아키텍티드", re.IGNORECASE)

SIMILAR = {"use": 0.30}  # a top cosine this high in the space says "on topic" by itself
FLOOR = {"use": 0.13}  # below this nothing else can save it
MIN_COVERAGE = 0.20  # idf-weighted share of the question's terms found in one retrieved passage
FULL_COVERAGE = 0.9  # a passage holding this share of the question's terms answers it, whatever the similarity
MAX_UNSEEN_EN = 3  # this many English words unknown to the corpus: another subject…
UNSEEN_SHARE = 0.25  # … or this share of the question's words, when the question is long
EVERYDAY = 5.0  # Zipf: "ok", "saying", "wants"
RARE_SUBJECT = 3.5  # Zipf: rarer than this ("espresso" 3.4, "busan" 3.1), an unseen word names a subject
RARE_SHARE_OF = 3  # such words making a third of the question's terms: it is about them
KNOWN_ENOUGH = 3  # words the corpus uses that a question needs before its everyday words are set aside


# chat's ways of asking "what is it" ("SCP가 뭐임?"): words of the asking, which no passage could hold
_ASKING = frozenset(["뭐임", "뭔데", "뭐지", "뭐냐", "뭐에", "에요", "뭐예", "예요", "뭐죠", "뭐요", "뭔지"])


def _everyday(term: str) -> bool:
    # ("won't", "didn't": function words, apostrophe and all)
    return term.isascii() and term.replace("'", "").isalpha() and zipf(term) >= EVERYDAY


def _stems(term: str) -> list[str]:
    """The plain forms an English past, -ing form or -ion noun may come from: "subscribed" -> subscribe, "logged"
    -> log, "creation" -> create."""
    # ("going" -> go, "cheapest" -> cheap, "cheaper" -> cheap)
    for end, least in (("ed", 3), ("ing", 1), ("ion", 3), ("est", 3), ("er", 3)):
        if term.isascii() and term.endswith(end) and len(term) > len(end) + least:
            base = term[: -len(end)]
            out = [base, base + "e"]
            if len(base) > 2 and base[-1] == base[-2]:  # "logged" -> log
                out.append(base[:-1])
            return out
    return []


def _rare_unseen(term: str) -> bool:
    """A word rare in everyday English, not a slip of a common one, not a figure: "espresso", "busan"."""
    return term.isascii() and term[:1].isalpha() and zipf(term) < RARE_SUBJECT and slip_of_common(term) is None


@dataclass(frozen=True)
class Verdict:
    in_scope: bool
    reason: str
    coverage: float = 0.0


@dataclass
class ScopeGate:
    lexical: LexicalIndex

    def judge(self, query: str, top: dict[str, float], hits: list[Chunk]) -> Verdict:
        if OTHER_PROVIDERS.search(query) and not OUR_WORDS.search(query):
            return Verdict(False, "about another provider")
        # an everyday English word the corpus never uses ("ok", "saying") is neither evidence nor another subject,
        # in a question that otherwise speaks the corpus's words ("who won the football world cup" does not)
        terms: AbstractSet[str] = content_terms(query)
        # ("marketplace랑": "랑" alone is a token no passage holds; a particle, not an unknown subject)
        particles = {m.group(0) for m in GLUED_PARTICLE.finditer(query)}
        terms = terms - particles - _ASKING - BARE_CONTRACTIONS
        if sum(self._known(t) for t in terms) >= KNOWN_ENOUGH:
            terms = {t for t in terms if self._known(t) or not _everyday(t)}
        coverage = self.coverage(terms, hits[:3])
        # (a number is no word: "across like 40 workloads")
        unseen = [t for t in terms if t.isascii() and not t.isdigit() and not self._known(t)]
        unseen_en = len(unseen)
        sims = ", ".join(f"{s} {top[s]:.2f}" for s in SIMILAR if s in top)
        why = f"{sims}; coverage {coverage:.2f}; unseen {unseen_en}".lstrip("; ")
        similar = any(top.get(s, 0.0) >= t for s, t in SIMILAR.items())
        # Below the floor only a passage holding nearly all of the question's words can save it
        # ("whats aws navigate": a chat spelling lowers the similarity, not the evidence).
        if any(s in top and top[s] < t for s, t in FLOOR.items()) and coverage < FULL_COVERAGE:
            return Verdict(False, f"unrelated ({why})", coverage)
        # a long chatty question may hold a few words the corpus lacks; in a short one they are its subject
        if unseen_en >= MAX_UNSEEN_EN and unseen_en > UNSEEN_SHARE * len(terms) and not similar:
            return Verdict(False, f"unknown vocabulary ({why})", coverage)
        # ("espresso machine recommendations?", "weather in busan this weekend?": a rare word the corpus never uses,
        # a third of what is asked, is a subject of its own, whatever everyday words a passage shares)
        rare = [t for t in unseen if _rare_unseen(t)]
        if rare and len(rare) * RARE_SHARE_OF >= len(terms) and not similar:
            return Verdict(False, f"unknown subject {', '.join(sorted(rare))} ({why})", coverage)
        if similar or coverage >= MIN_COVERAGE:
            return Verdict(True, why, coverage)
        return Verdict(False, f"weak evidence ({why})", coverage)

    def _known(self, term: str) -> bool:
        """The corpus uses the word, or the plain form of it ("subscribed" where the corpus says "subscribes",
        "pillar's", "audits")."""
        forms = [term, *_stems(term), *singular(term), *([CLIPPINGS[term]] if term in CLIPPINGS else [])]
        return any(self.lexical.known(f) or self.lexical.known(fold(f)) for f in forms)

    def coverage(self, terms: AbstractSet[str], hits: list[Chunk]) -> float:
        """The best single passage's share of the question's terms, weighted by rarity."""
        total = sum(self.lexical.idf(t) for t in terms)
        if not total:
            return 0.0
        best = 0.0
        for chunk in hits:
            have = content_terms(f"{chunk.section}\n{chunk.text}")
            best = max(best, sum(self.lexical.idf(t) for t in terms & have) / total)
        return best
