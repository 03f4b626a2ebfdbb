"""Language detection, Korean/English tokenisation and a BM25 index over chunks.

Hangul is tokenised as character bigrams: measured on this corpus, Kiwi morphemes gave nothing
over bigrams at 500 MB more memory and a 3 s load (see ../shared/RETRIEVAL.md).
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from assistant.knowledge.words import CLIPPINGS

_HANGUL = re.compile(r"[\uac00-\ud7a3]+")
_TOKEN_RUNS = re.compile(r"[\uac00-\ud7a3]+|[A-Za-z0-9]+(?:\+|(?:'[a-z]+))?")

# Function words that carry no topic; BM25's idf handles the rest.
EN_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "can",
        "do",
        "does",
        "for",
        "from",
        "how",
        "i",
        "in",
        "is",
        "it",
        "its",
        "me",
        "my",
        "of",
        "on",
        "or",
        "our",
        "should",
        "so",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "this",
        "to",
        "us",
        "was",
        "we",
        "what",
        "when",
        "where",
        "which",
        "who",
        "why",
        "will",
        "with",
        "you",
        "your",
        "about",
        "into",
        "any",
        "each",
        # chat spellings of the same function words ("whats", "u", "pls"): no topic either
        "whats",
        "what's",
        "hows",
        "how's",
        "u",
        "ur",
        "pls",
        "plz",
        "im",
        "i'm",
        "again",
        "exactly",
    ]
)
KO_STOP = frozenset(
    [
        "무엇",
        "어떤",
        "어떻게",
        "있나요",
        "인가요",
        "알려",
        "주세요",
        "해주세요",
        "설명",
        "대해",
        "대한",
        "뭐야",
        "뭔가요",
        # words that join a turn to the talk ("그리고 SCP는 뭐임?"), not words of what it asks
        "그리고",
        "그런데",
        "근데",
        "그럼",
        "그러면",
        "그래서",
        "혹시",
        # chat's "anything", "anyone", "anyway" ("아무거나 막 구독 못 하게"): no word of what is asked
        "아무거나",
        "아무나",
        "아무튼",
    ]
)


# British spellings read as the American ones the corpus uses (AWS's own spelling: "Cost Optimization",
# "Specialization"), so "utilisation" and "utilization" are one term for BM25 and for sentence choice.
_IZE_STEMS = [
    "util",
    "organ",
    "optim",
    "recogn",
    "special",
    "summar",
    "priorit",
    "author",
    "central",
    "minim",
    "maxim",
    "modern",
    "standard",
    "custom",
    "real",
    "categor",
    "container",
    "visual",
    "normal",
    "capital",
    "token",
    "virtual",
    "serial",
    "random",
    "monet",
    "synchron",
    "emphas",
    "apolog",
    "character",
    "final",
    "initial",
    "stabil",
]
_IZE_ENDINGS = {
    "ise": "ize",
    "ised": "ized",
    "ises": "izes",
    "ising": "izing",
    "isation": "ization",
    "isations": "izations",
    "iser": "izer",
    "isers": "izers",
}
AMERICAN = {stem + b: stem + a for stem in _IZE_STEMS for b, a in _IZE_ENDINGS.items()} | {
    "analyse": "analyze",
    "analysed": "analyzed",
    "analysing": "analyzing",
    "behaviour": "behavior",
    "behaviours": "behaviors",
    "centre": "center",
    "centres": "centers",
    "datacentre": "datacenter",
    "defence": "defense",
    "licence": "license",
    "licences": "licenses",
    "catalogue": "catalog",
    "catalogues": "catalogs",
    "modelling": "modeling",
    "labelled": "labeled",
    "labelling": "labeling",
    "practised": "practiced",
    "practising": "practicing",
    "programme": "program",
    "programmes": "programs",
    "judgement": "judgment",
    "favour": "favor",
    "colour": "color",
    "cancelled": "canceled",
    "enrolment": "enrollment",
}


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")


def detect_lang(text: str) -> str:
    """'ko' when the text has any Hangul (a mixed "business support+ 가 뭐야" is Korean), else 'en'."""
    return "ko" if _HANGUL.search(text) else "en"


def tokenize(text: str) -> list[str]:
    """Lower-cased Latin words (no stop words) plus Hangul character bigrams (unigram for 1-char runs)."""
    tokens: list[str] = []
    for run in _TOKEN_RUNS.findall(text):
        if _HANGUL.fullmatch(run):
            if run in KO_STOP:
                continue
            if len(run) == 1:
                tokens.append(run)
            else:
                tokens.extend(run[i : i + 2] for i in range(len(run) - 1))
        else:
            # ("account IDs", "APIs", "SLAs": an acronym's plural is the acronym)
            word = run[:-1].lower() if _ACRONYM_PLURAL.fullmatch(run) else run.lower()
            word = AMERICAN.get(word, word)
            if word.endswith("+"):  # "Business Support+" must also match a query for "support"
                tokens.append(word[:-1])
            if word not in EN_STOP:
                tokens.append(word)
    return tokens


# the endings a verb's stem takes in chat and in the summaries ("찾아", "찾는", "찾기", "찾고", "찾을", "찾음")
_VERB_ENDINGS = "아어는기고을음은"
TERMS_CACHE = 16384  # texts whose terms are remembered: the corpus's passages and sentences, and recent questions

# Particles at the end of a word ("권한은", "우리가", "계정한테", "marketplace랑"): not part of what the word means.
PARTICLES = r"(?:에서|에선|으로|한테|까지|부터|처럼|보다|이랑|[은는이가을를에의도로와과랑])(?![가-힣])"
_PARTICLE_END = re.compile(r"(?<=[가-힣]{2})" + PARTICLES)
# A particle typed onto a Latin name ("CDK는", "marketplace랑"): a word of grammar, not of the question's subject
GLUED_PARTICLE = re.compile(r"(?<=[A-Za-z0-9+])" + PARTICLES)


def without_particles(text: str) -> str:
    """`text` with one particle taken off each Hangul word of three or more syllables, so the bigram that straddles
    word and particle ("한은" in "권한은") is not read as a word of the question."""
    return _PARTICLE_END.sub("", text)


@lru_cache(maxsize=TERMS_CACHE)
def content_terms(text: str) -> frozenset[str]:
    """The distinct tokens of a text: used for overlap evidence and sentence scoring. Remembered per text: the
    same passages and sentences are read again for every question they are retrieved for."""
    return frozenset(tokenize(text))


def fold(term: str) -> str:
    """An English plural or third-person -s folded onto its stem ("tools" -> "tool", "recommends" ->
    "recommend", "policies" -> "policy"), and an -ically adverb onto its adjective ("programmatically" ->
    "programmatic"), so a question and a sentence meet on the same word. Hangul and short words pass through."""
    if not term.isascii() or not term.isalpha() or len(term) <= 4:
        return term
    if term.endswith("ically"):  # "programmatically" meets "programmatic access"
        return term[:-4]
    if term.endswith("ies"):
        return term[:-3] + "y"
    if term.endswith(("ches", "shes", "xes", "sses")):
        return term[:-2]
    if term.endswith("s") and not term.endswith(("ss", "us", "is")):
        return term[:-1]
    return term


def fold_weights(weights: Mapping[str, float]) -> dict[str, float]:
    """Weighted terms keyed by their folded form. Where two fold together ("account", "accounts") the heavier weight
    stands: taking whichever came last made answers depend on the hash order of a set of terms."""
    folded: dict[str, float] = {}
    for term, weight in weights.items():
        key = fold(term)
        folded[key] = max(weight, folded.get(key, weight))
    return folded


BASE_ZIPF = 3.5  # a verb this common in everyday English is the base of its -ed/-ing forms ("str" is not "string"'s)


@lru_cache(maxsize=TERMS_CACHE)
def verb_of(term: str) -> str:
    """The everyday verb an -ed or -ing word is made from, if one is: the stem with an "e" ("shared" -> share),
    without a doubled last letter ("stopped" -> stop), with "y" for "i" ("applied" -> apply), or bare ("checked").
    Not part of `fold`: matching every sentence's inflections moves too many answers; a how-to's verb uses it."""
    from assistant.knowledge.words import zipf

    if not term.isascii() or not term.isalpha() or len(term) <= 4 or not term.endswith(("ed", "ing")):
        return term
    stem = term[:-2] if term.endswith("ed") else term[:-3]
    if len(stem) < 3:
        return term
    options = [stem + "e", stem[:-1] if stem[-1] == stem[-2] else "", stem[:-1] + "y" if stem[-1] == "i" else "", stem]
    return next((o for o in options if o and zipf(o) >= BASE_ZIPF), term)


@lru_cache(maxsize=TERMS_CACHE)
def folded_terms(text: str) -> frozenset[str]:
    """`content_terms` with plurals folded: for comparing a question's words with a sentence's."""
    return frozenset(fold(t) for t in tokenize(text))


NEAR_CACHE = 4096  # words remembered by `closest` (cleared whole when full: a server's traffic repeats its slips)


def singular(term: str) -> list[str]:
    """ "pillar's" -> pillar, "audits" -> audit, "vpcs" -> vpc: the forms `fold` leaves alone (short words and
    possessives) that the corpus may use."""
    if not term.isascii():
        return []
    if term.endswith("'s"):
        return [term[:-2]]
    return [term[:-1]] if term.endswith("s") and not term.endswith("ss") and len(term) > 3 else []


def _bases(word: str) -> list[str]:
    """The plain forms an English comparative or superlative may come from: "riskiest" -> risky, risk."""
    for end in ("iest", "ier", "est", "er"):
        if word.isascii() and word.endswith(end) and len(word) - len(end) >= 3:
            stem = word[: -len(end)]
            return (
                [stem + "y", stem] if end.startswith("i") else [stem, stem[:-1] if stem[-1:] == stem[-2:-1] else stem]
            )
    return []


class LexicalIndex:
    """BM25 over the chunks' section path and text; rebuilt at load in milliseconds."""

    def __init__(self, texts: Sequence[str]):
        import bm25s  # imports scipy: paid only by commands that search

        self.size = len(texts)
        self._bm25 = bm25s.BM25()
        corpus_tokens = [tokenize(t) or ["<empty>"] for t in texts]
        # the vocabulary in sorted order (bm25s would number it in set order, which changes with the hash
        # seed): the same texts give the same index, byte for byte, in every process (lexical_cache.py)
        vocab = {t: i for i, t in enumerate(sorted({t for tokens in corpus_tokens for t in tokens}))}
        if corpus_tokens:
            ids = [[vocab[t] for t in tokens] for tokens in corpus_tokens]
            self._bm25.index((ids, vocab), show_progress=False)
        df: dict[str, int] = {}
        for tokens in corpus_tokens:
            for t in sorted(set(tokens)):
                df[t] = df.get(t, 0) + 1
        n = max(1, self.size)
        self._idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}
        self._unseen_idf = math.log(1 + (n + 0.5) / 0.5)
        self._latin: list[str] | None = None  # the vocabulary's words, for typo matching (built on first use)
        # each word's nearest vocabulary word: a question's slip is looked up when it is read and again when its
        # words are checked against the corpus, and difflib over the vocabulary is the slow part
        self._near: dict[str, str | None] = {}

    @classmethod
    def restore(cls, bm25: Any, idf: dict[str, float], size: int) -> LexicalIndex:
        """An index from saved parts (assistant/retrieval/lexical_cache.py), without tokenising the texts again."""
        index = cls.__new__(cls)
        index.size, index._bm25, index._idf = size, bm25, idf
        index._unseen_idf = math.log(1 + (max(1, size) + 0.5) / 0.5)
        index._latin = None
        index._near = {}
        return index

    @property
    def parts(self) -> tuple[Any, dict[str, float], int]:
        return self._bm25, self._idf, self.size

    def known(self, token: str) -> bool:
        return token in self._idf

    def known_or_close(self, word: str) -> bool:
        """The corpus has this word, one a typo away ("reliablity" -> "reliability"), or its base ("riskiest" ->
        "risk", "cheaper" -> "cheap")."""
        # (the bases first: a lookup each, where `closest` compares the word with the whole vocabulary)
        # (and a short name's plural, which `fold` leaves alone: "vpcs", "amis", "tams")
        # (and a chat clipping's full word: "dupes" -> "duplicates")
        clipped = CLIPPINGS.get(word)
        forms = [word, *singular(word), *_bases(word), *([clipped, *singular(clipped)] if clipped else [])]
        return any(f in self._idf for f in forms) or self.closest(word) is not None

    def closest(self, word: str) -> str | None:
        """The corpus word a typo away from `word` ("senario" -> "scenario"); None for a word the corpus has, a
        short one ("saa" is not a slip of "saas") or one near no corpus word."""
        if word in self._idf or len(word) < 5:
            return None
        cached = self._near.get(word, "")  # "" = not looked up yet (None = looked up, no near word)
        if cached != "":
            return cached
        if self._latin is None:
            self._latin = [t for t in self._idf if t.isascii() and t.isalpha() and len(t) >= 4]
        matches = difflib.get_close_matches(word, self._latin, n=1, cutoff=0.8)
        near = matches[0] if matches else None
        if len(self._near) >= NEAR_CACHE:
            self._near.clear()
        self._near[word] = near
        return near

    def idf(self, token: str) -> float:
        """How telling a token is: rare in the corpus = high; never seen = highest."""
        return self._idf.get(token, self._unseen_idf)

    def scores(self, query: str) -> np.ndarray:
        # ("CDK는 뭐야": "는" alone would match the passages that glue a particle onto a name, whatever the name)
        tokens = tokenize(GLUED_PARTICLE.sub(" ", query))
        if not tokens or not self.size:
            return np.zeros(self.size, dtype=np.float32)
        tokens += self._predicate_forms(query)
        return np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)

    def _predicate_forms(self, query: str) -> list[str]:
        """The other endings of the verb a Korean question ends on, as the corpus writes them: chat asks "어디서
        찾아?", the summaries say "찾는 것이 기본이다" and "파트너 찾기". A verb's stem is its first syllable here, so
        only a two-syllable start whose second syllable is an ending counts."""
        words = _HANGUL.findall(query)
        if not words or not re.search(r"[가-힣]\s*[?？.!]*\s*$", query):
            return []
        start = words[-1][:2]
        if len(start) < 2 or start[1] not in _VERB_ENDINGS:
            return []
        return [f for f in (start[0] + e for e in _VERB_ENDINGS) if f != start and f in self._idf]
