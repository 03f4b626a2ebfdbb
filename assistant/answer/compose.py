"""Turn retrieved passages into a short answer with numbered citations.

The offline composer picks the sentences that best cover the question (words weighted by how rare
they are in the corpus), keeps a list with the sentence that introduces it, prefers passages in the
question's language, drops near-duplicates and cites each sentence's passage. An LLM composer meets
the same `Composer` protocol.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from assistant.answer.cues import (
    AMONG,
    ASKED_SHAPES,
    DEFAULT,
    EXAMPLE,
    EXAMPLE_SAID,
    EXPLAIN,
    FACETS,
    FIGURE_FACETS,
    GIVES_REASON,
    HOWTO_SHAPE,
    IF_CLAUSE,
    KINDS,
    MISSING,
    NAMES_SERVICE,
    NEWEST,
    PROGRAM_NAME,
    REASON_ASKED,
    SAID,
    SHAPES,
    STILL_PAID,
    TIME_SAID,
    TOOLS_ASKED,
    WORDED_FREQUENCY,
    id_prefix,
    ids_in,
    question_ids,
    time_in,
)
from assistant.answer.question import (
    FRAMEWORK_WORDS,
    SAME_AS,
    UMBRELLAS,
    blank,
    corpus_terms,
    defined_latin_terms,
    defined_phrase,
    list_noun,
    list_phrase,
    quoted,
    which_kind,
    without_notes_words,
)
from assistant.knowledge.notes_sections import is_notes_difference
from assistant.messages import say
from assistant.retrieval.identifiers import practices_asked, states_practice
from assistant.retrieval.lexical import content_terms, fold, fold_weights, folded_terms, verb_of
from assistant.text import BULLET, is_table_row, split_sentences
from assistant.types import Chunk, Hit, Turn

if TYPE_CHECKING:
    from assistant.answer.question import Question
    from assistant.knowledge.aliases import AliasTable

MAX_UNITS = 4
LEANS = 0.6  # a sentence that cannot stand on its own ("It captures …") weighs this much
MAX_CHARS = 800
MAX_ITEMS = 12  # the corpus's longest list has ten items; a lead never says ten and shows eight
SUBJECT_KINDS = ("plan", "pillar", "program", "path", "service", "partner", "lens")
SUBJECT_BONUS = 0.3
HOWTO_BONUS = 0.25
FACET_BONUS = 0.6
MORE_FACETS = 0.5  # … and half as much again for each other thing asked that the same sentence is shaped like
# facets whose shape is a figure (the figure gate checks line 1 for it): the figures asked, "free", a count, a cycle
_FIGURE_SHAPES = FIGURE_FACETS | {"free", "count", "frequency"}
SERVICE_LEAD = 0.5  # a sentence whose subject is a service leads a "which service…" answer at this share of the best
SHAPED_LEAD = 0.75  # a sentence shaped like the answer leads when it scores at least this share of the best
DEFAULT_BONUS = 0.3  # a sentence about the default, when the default was asked
YESNO_FACET = 0.5  # "is the response time the time to resolve?": the figure's shape matters less than the words asked
COURSE = 3  # sentences after a how-to's lead that tell what to do
ASIDE = 0.5  # a sentence about what the asker set aside rarely answers
SCENE_WORDS = 0.5  # a word only the asker's situation holds ("new hire here: …") counts this much
OWN_WORDS = 2.5  # a follow-up's own words outweigh those the conversation lent it
ITEM_HEAD_CHARS = 40  # a list item's name before its colon is this short ("Set automatic stop conditions")
OWN_LEAD = 2.0  # … and a sentence holding twice its share of them leads instead of a lent subject's
OWN_WORD_IDF = 1.5  # a follow-up's own word this rare or rarer says what it asks ("권한"), not "수" or "the"
FLOOR = 0.5  # a sentence under half the best one's score adds less than it costs to read
NEAR_TIE = 0.95  # a sentence within 5 % of the best answers as well as it does
GAP_IDF = 3.0


@dataclass
class Composition:
    text: str
    cited: list[Hit]  # in citation order: cited[0] is [1]


class Composer(Protocol):
    name: str

    def compose(self, question: str, lang: str, hits: list[Hit], history: list[Turn]) -> Composition:
        """Write the answer from `hits`; every [n] in the text refers to cited[n-1]."""
        ...


# Asides in the user's notes that are theirs alone (laughter, reminders to self): never quoted.
# asked what the notes say, their emphasis ("시작해야됨!!!!") is their words; asides to oneself still stay out
NOTE_LIST = 8  # a list in the notes this long or shorter is quoted whole when one of its items is asked about
FRAMEWORK_ID = "well-architected-framework"  # what every passage is about: its name tells no subject
NOTE_WORD_IDF = 2.0  # a word of the question this telling, in a line of the notes, says the line is about it
_ASIDE_TO_SELF = re.compile(r"ㅋ|ㅎㅎ|ㅠ|ㅜㅜ|나중에|봐야|해야할듯|할듯|인듯|\?\?|뭐\s*적용|뭐\s*이런")
_INFORMAL = re.compile(rf"{_ASIDE_TO_SELF.pattern}|같음|!!")
_NUMBER = re.compile(r"\d[\d,.]*")
# A sentence that leans on the one before it ("It is simple but…", "이를 위해…") reads badly on its own.
_ANAPHOR = re.compile(
    r"^(?:it|its|this|these|they|that|those|such|but|however|also|so|then|for (?:this|that)|in (?:this|that))\b"
    r"|^(?:이를|이는|이것|이런|이렇게|그래서|그러나|그러면|그다음|그 다음|또한|따라서|이때|여기서|이 경우"
    r"|이 점|이 때문|그 결과|이처럼|이와 같이|그 밖에|이 밖에"
    # ("이 검색 도구에서는 …": the tool the sentence before named)
    r"|이\s+(?:[가-힣]+\s+)?(?:도구|서비스|플랜|기능|프로그램)(?![가-힣]))",
    re.IGNORECASE,
)
_IT = re.compile(r"(It|Its)\s+(?=[a-z])")
# a pronoun inside a sentence ("AWS added it as the sixth pillar"): what it names is in the sentence before
_REFERS_BACK = re.compile(r"\b(?:it|its|they|them|their)\b|이를|그것", re.IGNORECASE)
# a word that adds a sentence to the one before without resting on anything in it ("그래서", "so" rest on a reason)
_CONNECTIVE = re.compile(
    r"^(?:also|however|but|for example|for instance|또한|그러나|하지만|예를 들어|예컨대)(?:,\s*|\s+)", re.IGNORECASE
)


def _first_sentence(text: str) -> str:
    """The first sentence of `text` (English "… ." or Korean "…다.")."""
    return re.split(r"(?<=[.!?])\s+|(?<=다\.)\s*", text, maxsplit=1)[0]


def _without_connective(sentence: str) -> str:
    """ "또한 질문에 …" -> "질문에 …", "However, it …" -> "It …": a line that answers first joins nothing before it."""
    rest = _CONNECTIVE.sub("", sentence, count=1)
    return rest[:1].upper() + rest[1:] if rest != sentence else sentence


# "이 기능을", "this feature": a thing the sentence before named, pointed at mid-sentence
_POINTS_BACK = re.compile(
    r"(?:^|\s)이\s+(?:[가-힣]+\s+)?(?:기능|도구|서비스|프로그램|플랜|방식|원칙|등급|경로|기간)(?=[을를은는이가의에도\s])"
    r"|\b(?:this|the) feature\b"
    r"|\bthis (?:tool|service|program|plan|pillar|tier|path|period)\b",
    re.IGNORECASE,
)
_ANTECEDENT_KINDS = ("plan", "program", "service", "path", "term", "pillar", "tier")
# a length of time pointed at ("이 기간", "this period"), which the sentence before gives ("최근 14일간")
_PERIODS = ("기간", "period")
_PERIOD_SAID = re.compile(r"\d+\s*(?:일|주|개월|달|년|(?:days?|weeks?|months?|years?)\b)", re.I)
# the kinds of entity each pointing noun can stand for: "보안팀이 … 막으려면 이 기능을" names a pillar before the
# pointer, which is no feature, so the sentence before still says which feature
_POINTED_KINDS = {
    "기능": ("program", "service", "term"),
    "feature": ("program", "service", "term"),
    "도구": ("service", "program", "term"),
    "tool": ("service", "program", "term"),
    "서비스": ("service", "program"),
    "service": ("service", "program"),
    "프로그램": ("program",),
    "program": ("program",),
    "플랜": ("plan",),
    "plan": ("plan",),
    "원칙": ("pillar", "term"),
    "pillar": ("pillar",),
    "등급": ("tier",),
    "tier": ("tier",),
    "경로": ("path",),
    "path": ("path",),
}
_KIND_HEADINGS = {
    "howto": re.compile(r"how|step|process|practice|start|set ?up|choos|절차|방법|단계|는\s*법|시작|과정|실천", re.I),
    "definition": re.compile(r"what it is|definition|overview|meaning|정의|개요|란$|이란", re.I),
}


@dataclass
class Unit:
    """A sentence of a passage; `items` is the list it introduces, if any."""

    text: str
    position: int
    items: list[str] = field(default_factory=list)
    is_item: bool = False
    table: bool = False  # its items are a table's rows, each also a sentence of its own


def units(text: str) -> list[Unit]:
    """Sentences of a chunk in order, each list attached to the sentence just before it: a bulleted list
    item by item, and a prose enumeration ("exams at four levels. Foundational exams … Associate exams …")
    as the N sentences after the one that announces it."""
    out: list[Unit] = []
    lead: Unit | None = None
    for block in re.split(r"\n\s*\n", text):
        lines = [x for x in block.splitlines() if x.strip()]
        is_list = bool(lines) and all(BULLET.match(x) or x.startswith("    ") for x in lines)
        # a table is a list of its rows ("심각도 (API 코드) | 응답 목표 | 해당 플랜"): the header names the columns
        table = bool(lines) and all(is_table_row(x) for x in lines)
        rows = split_sentences(block)[1:] if table else []
        is_list = is_list or bool(rows)
        if is_list and not out:  # a list that opens the passage is introduced by its heading
            lead = Unit("", 0)
            out.append(lead)
        if is_list and lead is not None:  # one item per line, however many sentences it holds
            found = rows or [" ".join(split_sentences(x)) for x in lines]
            lead.items.extend(found[: MAX_ITEMS - len(lead.items)])
            lead.table = bool(rows)
        sentences = rows or split_sentences(block)
        start = len(out)
        for i, sentence in enumerate(sentences):
            unit = Unit(sentence, len(out), is_item=is_list)
            n = 0 if is_list else announced(sentence)
            if 2 <= n <= len(sentences) - i - 1:
                unit.items = sentences[i + 1 : i + 1 + n]
            out.append(unit)
        # a list belongs to the sentence that promises it, even when a remark follows that sentence in its
        # paragraph ("…다음 5가지다. 이전 판에서는 마지막 원칙을 …라고 불렀다."); else to the paragraph's last
        promising = [u for u in out[start:] if _promises(u.text)]
        lead = (promising[-1] if promising else out[-1]) if out and not is_list else None
    return out


def _promises(sentence: str) -> bool:
    """The sentence promises a list: "…다음과 같다", "… the following:", "…다음 5가지다", "…into three types."."""
    return bool(PROMISES_LIST.search(sentence) or _KO_ANNOUNCE.search(sentence) or announced(sentence))


def _squashed(text: str) -> str:
    """`text` case-folded without spaces: how a name typed "중지조건" is found as "중지 조건"."""
    return re.sub(r"\s+", "", text.casefold())


_COUNT_WORDS = {
    w: n for n, w in enumerate(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"], start=2)
}
# "… grouped into three types.", "… exams at four levels.": a count with its plural noun ends the sentence
_ANNOUNCE = re.compile(
    r"\b(?:into|in|at|of|has|have|are|with)\s+(two|three|four|five|six|seven|eight|nine|ten|\d)\s+"
    r"((?:[\w-]+\s+){0,2}[\w-]+s)\s*[.:]$",
    re.IGNORECASE,
)
_TIME_NOUNS = re.compile(r"(?:second|minute|hour|day|week|month|year)s$", re.IGNORECASE)


def announced(sentence: str) -> int:
    """How many items a prose sentence announces ("…partners into three types." -> 3), else 0."""
    m = _ANNOUNCE.search(sentence)
    if m is None or _TIME_NOUNS.search(m.group(2)):
        return 0
    word = m.group(1).lower()
    return int(word) if word.isdigit() else _COUNT_WORDS[word]


@dataclass
class _Candidate:
    hit_rank: int
    unit: Unit
    score: float


class OfflineComposer:
    """Extractive answers: no model, no network, deterministic."""

    name = "offline"

    def __init__(
        self,
        idf: Callable[[str], float] | None = None,
        aliases: AliasTable | None = None,
        across: Callable[[str, Sequence[str]], list[float]] | None = None,
    ):
        self.idf = idf or (lambda _t: 1.0)
        self.aliases = aliases
        # closeness in meaning across languages (retrieval.closeness): the summary line that says what a Korean
        # line of the notes says, for an English asker
        self.across = across
        self._named: dict[str, list[tuple[str, str]]] = {}  # sentence -> entities it names (cached)
        self._chunk_units: dict[str, list[Unit]] = {}  # chunk id -> its sentences (cached)

    def compose(
        self,
        question: str,
        lang: str,
        hits: list[Hit],
        history: list[Turn],
        q: Question | None = None,
        floor: float = FLOOR,
    ) -> Composition:
        """`floor`: a sentence scoring under this share of the best one is left out (lower it for the
        support lines beside a catalog answer, whose best sentence the catalog line already says)."""
        hits = [h for h in hits if not getattr(h.chunk, "hostile", False)]
        list_q = q is not None and q.kind == "list"
        # ("which DR strategies does the pillar list?": the things asked for by their noun, which a list must name)
        noun = list_noun(q) if q is not None else ""
        # (a passage joined only for a word no other holds lends the gap line; it does not compete as a passage)
        lending = [h for h in hits if "parallel" in h.signals]
        pool = _prefer_language([h for h in hits if h not in lending], lang)
        if q is not None and "notes" in q.facets:  # "what did my notes say…": the notes in whatever language they are
            pool = [*[h for h in hits if h.chunk.kind == "notes" and h not in pool][:1], *pool]
        # ("what did my notes say about right sizing": every passage on the notes holds "notes"; it says where to
        # look, not what about)
        asked_text = without_notes_words(question) if q is not None and q.asks_notes else question
        weights = {t: self.idf(t) for t in content_terms(asked_text)}
        # (words the corpus never uses, "뭐뭐", "줄수", are how it was typed, not what it asks)
        unseen = self.idf("\uffff")
        typed = frozenset(
            t
            for t in (content_terms(" ".join([q.typed, *corpus_terms(q.typed)])) if q is not None and q.typed else ())
            # ("옛날 이름": the summaries' "예전" is the asker's word too; "수", "the" tell nothing)
            if OWN_WORD_IDF <= weights.get(t, unseen) < unseen
        )
        if typed:  # a follow-up: its own words say what is asked, the lent ones what about
            weights = {t: w * (OWN_WORDS if t in typed else 1.0) for t, w in weights.items()}
        # ("new hire here: is a lens the same thing as a pillar?": "new" is who asks, no word of the answer)
        scene = _scene_terms(q) if q is not None else frozenset()
        telling = weights  # (a scene's words still say which of a list's items to show whole)
        weights = {t: w * (SCENE_WORDS if t in scene else 1.0) for t, w in weights.items()}
        gap = gap_terms(weights, pool) - named_gap_forms(q)
        own = len(pool)  # passages past this one only lend the gap line
        pool = pool + _other_language_holding(gap, [*lending, *hits], pool, lang)
        # "what did my notes say", "… my notes have smth about data centers": their words and where they differ lead
        notes_asked = q is not None and "notes" in q.facets
        # "다 나열해줘, 노트엔 …도 있던데": the notes set the scene; a summary still leads, where they differ follows
        notes_beside = q is not None and "notes_context" in q.facets
        # "노트에 X라고 적었는데 맞음?": whether the notes are right is what the summaries say (where they differ
        # included); the line the asker quoted from their notes adds nothing before that
        # ("노트엔 AMI, CFN, SaaS, 컨테이너만 적었는데 빠진 거 뭐임?", "…이라고 적은 원칙, 원래 이름 뭐임?": the
        # same, when the notes are named but what is asked is what the summaries say; their own words lead only as
        # the answer)
        checked = notes_asked and q is not None and (q.kind == "yesno" or not q.asks_notes)
        second = _raw_notes if checked else about_notes  # what follows a summary, never leading it
        has_summary = (not notes_asked or checked) and any(not second(h.chunk) for h in pool)
        asked = tuple("notes" if f == "notes_context" else f for f in (q.facets if q else ()))
        facets = [(f, SHAPES.get(f) or SAID.get(f) or FACETS[f]) for f in asked if f in FACETS]
        # ("how often should we review?": "light and repeated … then regularly" says it in words; a period given in
        # another passage of the document still leads, chain.document_figure)
        facets += [("frequency", WORDED_FREQUENCY)] if "frequency" in asked else []
        if any(f in SHAPES for f, _ in facets):  # an answer's shape (a count, a price) beats the word asked about
            facets = [(f, p) for f, p in facets if f in SHAPES]
        examples = q is not None and bool(EXAMPLE.search(q.typed or q.text))
        if examples:  # ("예시로 뭐 들어 있음?": the examples are what is "in" it, not a sentence saying "포함")
            facets = [(f, p) for f, p in facets if f != "features"]
        # "만료되면 그냥 끝임?": the sentence that says what follows ("3년간 유효하며 … 재인증") answers it. (A figure
        # asked by its unit gets no such pull: the answer must hold it by its own words, or be declined.)
        facets += [(a, ASKED_SHAPES[a]) for a in (q.asks if q is not None else ()) if a in WORDED_ASKS]
        # "Well-Architected 리뷰 얼마나 걸려?" with nothing else asked: of the best passage's sentences, the one that
        # gives a length ("며칠이 아니라 몇 시간 안에") answers; other passages get no such pull (declined instead)
        lengths = q is not None and not facets and "duration" in q.asks and q.kind == "number"
        # ("is it free?" is answered by the sentence shaped like its answer, "billed by…", as much as any question)
        which = which_kind(q)  # "which pillar…", "which plan…": the kind of member asked to be picked
        # "기본으로 며칠치?": of two figures of the same shape (14 days, 93 days), the default's sentence leads
        by_default = q is not None and bool(DEFAULT.search(q.typed or q.text))
        # "which one got added most recently": of the same lines, the one that says which is newest leads
        newest = q is not None and bool(NEWEST.search(q.typed or q.text))
        verb = howto_verb(q)
        # "…몇 개만은 5분 안에 응답 받아야 함. 방법 있음?": of the response-time lines, the one with that time answers
        needed = TIME_SAID.findall(q.typed or q.text) if q is not None and "response" in q.facets else []
        # ("anything we shouldn't post?": a yes/no about what not to do is answered by the warning, whole)
        facet_share = (
            YESNO_FACET
            if q is not None and q.kind == "yesno" and set(asked) != {"free"} and "caution" not in asked
            else 1.0
        )
        if q is not None and facet_share < 1.0 and not re.search(r"\d", q.typed or q.text):
            facet_share /= 2  # a yes/no that names no value asks what the figure is, not which one it is
        # "SA가 'one-way door' 전에 하라던데 그게 뭔 말임?": the sentence that uses the quoted words explains them
        said_quoted = (
            [p.casefold() for p in quoted(q.typed or q.text)] if q is not None and q.kind == "definition" else []
        )
        if q is not None and not said_quoted and (phrase := _unnamed_phrase(q)):
            # (unquoted too, when no name the alias table knows covers it: "… one-way door가 정확히 뭔 뜻이야?")
            said_quoted = [phrase]
        # "OPS07-BP06 뭔 모범사례임?": the sentence that says what that best practice is
        practices = practices_asked(q.typed or q.text) if q is not None else []
        # "SP/RI 사기 전에 라이트사이징 먼저 하라는 이유 뭐임?": the sentence that gives the reason
        reason = q is not None and bool(REASON_ASKED.search(q.typed or q.text))
        candidates = [
            _Candidate(
                rank,
                u,
                (
                    self._score(u, hit, weights, rank, list_q, typed, noun)
                    + _facet_bonus(u, facets, set(weights)) * facet_share
                    + _kind_bonus(hit, q)
                    + _howto_bonus(u, q, verb)
                    + (
                        (SUBJECT_BONUS if any(p in u.text.casefold() for p in said_quoted) else 0.0)
                        if said_quoted  # (the names beside the quote only frame it: "WA 리뷰 … 'one-way door'")
                        else self._subject_bonus(u, hit, q, which) + self._defines_bonus(u, q)
                    )
                    + (DEFAULT_BONUS if by_default and DEFAULT.search(u.text) else 0.0)
                    + (FACET_BONUS if lengths and rank == 0 and ASKED_SHAPES["duration"].search(u.text) else 0.0)
                    + (DEFAULT_BONUS if newest and NEWEST.search(u.text) and not _REFERS_BACK.search(u.text) else 0.0)
                    + (FACET_BONUS if any(time_in(t, u.text) for t in needed) else 0.0)
                    + (FACET_BONUS if practices and states_practice(u.text, practices) else 0.0)
                    + (REASON_BONUS if reason and GIVES_REASON.search(u.text) else 0.0)
                )
                * _tool_weight(u, q)
                * (OFF_TOOL if q is not None and q.wants_tool and self._off_own_tool(u, hit.chunk) else 1.0)
                * (
                    (
                        1.5
                        if q is not None and q.asks_notes and _raw_notes(hit.chunk)
                        else 1.3
                        if notes_asked and not (checked and second(hit.chunk))
                        else 1.0
                        if notes_asked or notes_beside
                        else 0.6
                    )
                    if about_notes(hit.chunk)
                    else 1.0
                )
                * (LEANS if self._leans(u, hit.chunk) else 1.0)
                * _aside_weight(u, q),
            )
            for rank, hit in enumerate(pool)
            for u in units(hit.chunk.text)
            if (len(u.text) >= 12 or any(ch.isdigit() for ch in u.text) or u.items)
            and not (
                hit.chunk.kind == "notes"
                and (_ASIDE_TO_SELF if notes_asked else _INFORMAL).search(" ".join([u.text, *u.items]))
            )
            and self._about_asked(u, q, hit.chunk.section)
            and not (PROMISES_LIST.search(u.text) and not u.items)
        ]
        lenders, candidates = candidates, [c for c in candidates if c.hit_rank < own]
        # "which tools help with it?": one line per tool's passage (three tools not crowded out by two lines on one)
        each = 1 if q is not None and q.wants_tool else MAX_UNITS
        if has_summary:  # a summary answers first; the notes may only add to it
            summaries = [c for c in candidates if not second(pool[c.hit_rank].chunk)]
            chosen = (
                _notes_last(_select(summaries, floor, each) + _select(candidates, floor, each), pool, second)
                if summaries
                else _select(candidates, floor, each)
            )
        else:
            chosen = _select(candidates, floor, each)
        chosen = _with_gap(chosen, lenders, gap)
        chosen = self._with_continuation(
            chosen,
            candidates,
            pool,
            lambda u: _continues(u, facets, set(weights)),
            defining=frozenset(m.entity.id for m in q.mentions) if q is not None and q.kind == "definition" else None,
        )
        if each == 1:
            chosen = _one_per_tool(chosen, candidates)
            naming = [c for c in chosen if _names_service(c.unit)]
            chosen = naming if len(naming) >= 2 else chosen  # two tools named: a line that names none is off the list
        silent = ""  # (what the notes were asked about and say nothing of)
        if q is not None and q.asks_notes:
            chosen, silent = self._notes_first(chosen, candidates, pool, q, telling)
        gloss = self._gloss(chosen, candidates, pool, lang) if q is not None and q.asks_notes else None
        if gloss is not None and gloss not in chosen:
            chosen = [*chosen[: MAX_UNITS - 1], gloss]
        if not chosen:
            return Composition("", [])
        if examples and not any(EXAMPLE_SAID.search(c.unit.text) for c in chosen):
            # (the sentence that gives the examples, when the lines chosen give none and it clears the floor)
            # (or any that the lead's own passage gives: "예를 들어 …" three sentences after the definition)
            giving = [
                c
                for c in candidates
                if EXAMPLE_SAID.search(c.unit.text)
                and (c.score >= floor * chosen[0].score or c.hit_rank == chosen[0].hit_rank)
            ]
            chosen = [giving[0], *chosen[: MAX_UNITS - 1]] if giving else chosen
        place = _place_asked(q) if q is not None else ""
        if place and not any(_names_place(c.unit.text, place) for c in chosen):
            # ("where do i actually search for partners that have it?": the close line that says where, though the
            # lines chosen for their words say what it is; it leads below)
            # (or any line of the two best passages: "그런 업체는 어디서 찾아봐요?" is answered by the Finder line of
            # the passage whose checklist scored first, "파트너 어디서 찾아?" by the one under a list of paths, which
            # says what kinds there are, not where they are found)
            # (the line names the thing the turn itself names, if it names one: "프로서브 단가표 어디서 봄?" is not
            # answered by where Marketplace prices are shown)
            own_names = [n.casefold() for m in q.mentions if m.start >= q.own_start for n in m.names] if q else []

            def of_own(c: _Candidate) -> bool:
                return not own_names or any(n in c.unit.text.casefold() for n in own_names)

            there = [
                c
                for c in candidates
                if _names_place(c.unit.text, place)
                and (c.score >= floor * chosen[0].score or c.hit_rank <= max(chosen[0].hit_rank, 1))
                and of_own(c)
            ]
            chosen = [max(there, key=lambda c: c.score), *chosen[: MAX_UNITS - 1]] if there else chosen
        leads = [c for c in chosen if not self._leans(c.unit, pool[c.hit_rank].chunk)] or chosen
        if facets and not _facet_bonus(leads[0].unit, facets, set(weights)):
            # a sentence kept from the lead for leaning back holds the figure ("It … first released in 2015"): it leads
            # (its passage must be about what was asked: "It costs $5,500" under another plan's heading is not)
            held = [
                c
                for c in chosen
                if _leans_back(c.unit)
                and _facet_bonus(c.unit, facets, set(weights))
                and self._about_asked(Unit(pool[c.hit_rank].chunk.section, 0), q)
            ]
            # (else a close second shaped like the answer: "how do i turn it on" is answered by "after you enable
            # it in the preferences", not by a five-step loop that shares more of the question's words)
            # (only for a shape that says what is asked: not a figure, whose gate reads line 1 and for which "무료"
            # is no daily fee, nor a word cue such as "포함")
            worded = [(f, p) for f, p in facets if f in SHAPES and f not in _FIGURE_SHAPES and f != "notes"]
            shaped = (
                [
                    c
                    for c in leads
                    if _facet_bonus(c.unit, worded, set(weights)) and c.score >= SHAPED_LEAD * leads[0].score
                ]
                if worded and not held
                else []
            )
            if held:
                leads = held[:1]
            elif shaped:
                leads = [shaped[0], *(c for c in leads if c is not shaped[0])]
        if examples:
            # "단일 장애 지점 제거 원칙에서 AWS 예시로 뭐 들어 있음?": of the lines chosen, a close one that gives the
            # examples leads (a pull on the order only: a bonus would raise the floor and cut the lines under it)
            giving = [c for c in leads if EXAMPLE_SAID.search(c.unit.text) and c.score >= SHAPED_LEAD * leads[0].score]
            leads = [giving[0], *(c for c in leads if c is not giving[0])] if giving else leads
        if place:
            # "where do I find an APN partner?", "파트너 어디서 찾아?": a close line that names the place where that is
            # done ("The main tool for finding an AWS partner is the AWS Partner Solutions Finder") leads
            there = [c for c in leads if _names_place(c.unit.text, place) and c.score >= SHAPED_LEAD * leads[0].score]
            leads = [there[0], *(c for c in leads if c is not there[0])] if there else leads
        if which:  # "which pillar…", "which plan…": a sentence that names one answers before one naming none
            leads = [c for c in leads if self._names_one(c.unit.text, which)] or leads
        # (several tools asked for, "which aws tools give recs?": the list of them leads)
        if q is not None and q.wants_tool and q.kind != "list" and not TOOLS_ASKED.search(q.typed or q.text):
            # "what aws service injects failures?": a close sentence whose subject is a service answers before one
            # that names services in passing ("scenarios include failing over an Amazon RDS database")
            subject = [
                c for c in leads if _opens_with_service(c.unit.text) and c.score >= SERVICE_LEAD * leads[0].score
            ]
            leads = [*subject, *(c for c in leads if c not in subject)]
        best = leads[0]  # the best-covering sentence that stands on its own answers first
        # "그 케이스 한국어로 열어도 됨?" after a severity's response time: the lent subject ranks its passages first,
        # but the sentence holding far more of the turn's own words is what the turn asks; "자격증 시험 감독없이
        # 보는거임?": the sentence about the exam's proctoring answers, not the one defining the exam program
        turn_words = typed or (frozenset(q.detail) if q is not None and q.kind == "yesno" else frozenset())
        # (a yes/no's word facet shapes no answer: "do we have to answer the WA tool questions in order?")
        yesno = q is not None and q.kind == "yesno"

        # (nor does one no close sentence is shaped like: "그거 청구는 벤더가 따로 인보이스 보내는거임?" asks who bills,
        # which no sentence says with a price)
        def unshaped() -> bool:
            return not any(_facet_bonus(c.unit, facets, set(weights)) for c in leads)

        if turn_words and (not facets or (yesno and (not any(f in SHAPES for f, _ in facets) or unshaped()))):
            own_words = fold_weights({t: w for t, w in weights.items() if t in turn_words and self.idf(t) < unseen})
            # (a sentence holding every one of them qualifies, however many a list's items pile up for the lead)
            # (a yes/no is answered by one statement: a list's items are each their own, so words its items pile up
            # between them do not make the list the answer: "can we script getting a custom lens into other accounts
            # through the api?" is not answered by the list of lenses)
            share_of = _statement_share if yesno else _share
            floor_share = min(OWN_LEAD * share_of(best.unit, own_words), 1.0)
            # (or a line that leans on "It" only, when its passage's heading names what "it" is)
            named = [c for c in chosen if c not in leads and self._it_named(c.unit, pool[c.hit_rank].chunk)]
            # (a line lent from the other language's passage never leads: "post … there" is no "re:Post" sentence
            # in Korean for an English question)
            # (the one holding most of them: "can we share a WA tool workload … across regions?" is answered by the
            # sharing sentence, not by the first that says "account")
            eligible = [
                (own_share, -n, c)
                for n, c in enumerate([*leads, *named])
                if (own_share := share_of(c.unit, own_words)) > 0
                and own_share >= floor_share
                and (pool[c.hit_rank].chunk.lang == lang or pool[best.hit_rank].chunk.lang != lang)
                # (a note's line never leads where a summary answers: the words quoted back, and any other)
                and not (has_summary and second(pool[c.hit_rank].chunk))
            ]
            best = max(eligible, key=lambda e: e[:2])[2] if eligible else best
            if yesno:  # "알람 울리면 자동으로 멈추게 할수있음?": the one item that says so, out of its list
                # (of the summaries' lists: a note's line never leads where a summary answers)
                lists = [c for c in candidates if not (has_summary and second(pool[c.hit_rank].chunk))]
                best = _item_answering(_statement_of(best, own_words), chosen, lists, own_words)
                # ("does the WA tool integrate w/ jira?": a product asked about by a name the lead never says is
                # answered by the sentence that writes it as a name, however low its passage ranks among the four)
                asked_names = {t for t in own_words if t.isascii() and t.isalpha() and own_words[t] >= GAP_IDF}
                asked_names -= named_terms(q) | folded_terms(best.unit.text)
                holders = [c for c in candidates if asked_names & written_names(c.unit.text)]
                best = max(holders, key=lambda c: c.score) if holders else best
        elif q is not None and q.kind == "howto" and q.detail and not typed and not place:
            # (not where a thing is done, "그런 업체는 어디서 찾아봐요?": the place answers, no step of a list)
            # ("FIS 실험 멈추는 조건 어떻게 걸어?": the step a list names, "중지 조건(stop conditions): CloudWatch
            # 알람으로 …", holding far more of the how-to's own words than the lead, answers out of its list)
            own_words = fold_weights({t: w for t, w in weights.items() if t in q.detail and self.idf(t) < unseen})
            lists = [c for c in candidates if not (has_summary and second(pool[c.hit_rank].chunk))]
            best = _step_named(best, lists, own_words)
        # ("두번째꺼는 누구한테 주는건데?": the item's own line says who; "예전 이름은?" is said elsewhere)
        picked = _picked_item(q.item, candidates) if q is not None and q.item else None
        if picked is not None and q is not None and not _says_facets(picked.unit.text, q.facets):
            picked = None
        if picked is not None:
            # "세번째꺼는 뭘로 거는거임?", "첫번째 거 설명해줘": the item picked by its place, out of its list, answers
            # ("첫번째", "설명" are no words a sentence must hold; "마지막 거 예전 이름은?" asks its former name)
            best = picked
            chosen = [picked, *(c for c in chosen if picked.unit.text not in c.unit.items)]
        if has_summary and second(pool[best.hit_rank].chunk):
            # (however it came to rank first, a note's line never leads where a summary's line was chosen too)
            best = next((c for c in chosen if not second(pool[c.hit_rank].chunk)), best)
        rest = [c for c in chosen if c is not best]
        if (item := self._item_named(best.unit, q)) is not None:
            # "추적성 유지 자세히": of the list that leads, the one item on the principle asked answers
            best = _Candidate(best.hit_rank, Unit(item, best.unit.position), best.score)
        # "그 중에 내 노트에 빠진 거 뭐임?", "그중 젤 최근에 생긴게 뭐임": of the lead's items, the one that says so
        # answers first, the list after it
        saying = (
            (_MISSING_SAID if MISSING.search(q.typed or q.text) else NEWEST if newest else None)
            if q is not None
            else None
        )
        if saying is not None:
            # (an item that leans on another for its subject cannot stand alone: "it" in its first sentence)
            said = [i for i in best.unit.items if saying.search(i) and not _REFERS_BACK.search(_first_sentence(i))]
            if len(said) == 1:
                kept = Unit(best.unit.text, best.unit.position, [i for i in best.unit.items if i not in said])
                rest = [_Candidate(best.hit_rank, kept, best.score), *rest]
                best = _Candidate(best.hit_rank, Unit(said[0], best.unit.position), best.score)
        rest.sort(key=lambda c: (has_summary and second(pool[c.hit_rank].chunk), c.hit_rank, c.unit.position))
        # (the gloss of a note quoted in another language follows it)
        rest = [gloss, *(c for c in rest if c is not gloss)] if gloss in rest else rest
        chosen = [best, *rest]
        # (a how-to's steps go in order, unless the lead is the one option that meets a time the asker needs)
        meets = any(time_in(t, best.unit.text) for t in needed)
        # (nor the one step asked, taken out of its list: it answers first)
        if q is not None and q.kind == "howto" and not meets and not best.unit.is_item:
            chosen = _steps_in_order(_with_course(chosen, candidates))
        elif q is not None and EXPLAIN.search(q.typed or q.text):
            chosen = _with_course(chosen, candidates)  # "두번째 거 좀 자세히": what its passage goes on to say
        elif q is not None and q.kind == "definition" and _names_asked_id(best.unit, q):
            # ("what does SUS05 cover?": the sentence naming the question says only what it asks; the ones after
            # it in its paragraph say what it recommends)
            chosen = _with_course(chosen, candidates)
        elif q is not None and q.kind == "list" and not best.unit.items and _leads_in(best.unit.text, q):
            # ("what practices help several pillars at once?": "Many practices, however, help several pillars at
            # once." names none of them; the sentences after it do, right after it)
            course = _after(best, candidates)[:COURSE]
            chosen = [best, *course, *(c for c in chosen[1:] if c not in course)][: MAX_UNITS + COURSE]
        if q is not None and q.kind == "comparison":
            chosen = self._each_side(chosen, candidates, pool, q)
        reasons = _reasons(chosen, pool) if q is not None and q.kind in REASONED else {}
        chosen = [c for c in chosen if c.unit.text not in reasons.values()]
        cited: list[Hit] = []
        numbers: dict[int, int] = {}
        lines = []
        wanted = {t for t, w in telling.items() if w >= 2.0}  # the question's telling words
        shown = {c.unit.text for c in chosen if c.unit.text}
        lead = chosen[0]
        if not lead.unit.is_item and lead.unit.position > 0:
            # a lead that points back at a sentence shown further down says it first, with that sentence
            before = self._units(pool[lead.hit_rank].chunk)[lead.unit.position - 1].text
            shown_after = [c for c in chosen[1:] if c.hit_rank == lead.hit_rank and c.unit.text == before]
            if (
                shown_after
                and self._with_antecedent(lead.unit.text, lead.unit, pool[lead.hit_rank].chunk, shown - {before})
                != lead.unit.text
            ):
                chosen = [c for c in chosen if c not in shown_after]
                shown -= {before}
        for c in chosen:
            if c.hit_rank not in numbers:
                cited.append(pool[c.hit_rank])
                numbers[c.hit_rank] = len(cited)
            lead_text = c.unit.text or pool[c.hit_rank].chunk.heading + ":"
            if c is chosen[0]:  # "It gives … one Cloud Operations Review a year": line 1 names what "it" is
                lead_text = self._named_subject(_without_connective(lead_text), pool[c.hit_rank].chunk)
            # ("…막으려면 이 기능을 먼저 설정해 두는 것이 좋다": with the sentence that says which feature)
            lead_text = self._with_antecedent(lead_text, c.unit, pool[c.hit_rank].chunk, shown)
            if id(c) in reasons:
                lead_text += " " + reasons[id(c)]
            if pool[c.hit_rank].chunk.kind == "notes":  # the asker's own words, always said to be theirs
                lead_text = say("notes.quote", lang, text=lead_text)
            line = f"{lead_text} [{numbers[c.hit_rank]}]"
            tools = q is not None and q.wants_tool
            items = [_head(i, wanted, tools) for i in c.unit.items if i not in shown]
            if items:
                line += "\n" + "\n".join(f"  - {i}" for i in items)
            lines.append(line)
        body = "\n".join([lines[0], *(f"- {x}" for x in lines[1:])])  # line 1 answers; the rest supports
        if silent:  # ("what did my notes say about X": that they say nothing of it answers first)
            body = f"{say('notes.silent', lang, subject=silent)}\n\n{body}"
        if all(h.chunk.lang != lang for h in cited):
            body = f"{say('cross_lingual', lang)}\n\n{body}"
        return Composition(body, cited)

    def _each_side(
        self, chosen: list[_Candidate], candidates: list[_Candidate], pool: list[Hit], q: Question
    ) -> list[_Candidate]:
        """ "MSP 프로그램이랑 competency 차이": each side compared gets a line about it (in a section headed by it
        alone, or opening with its name), its best candidate after the lines already chosen."""
        sides = list(dict.fromkeys(m.entity.id for m in q.mentions if m.entity.kind in SUBJECT_KINDS))
        if len(sides) < 2 or self.aliases is None:
            return chosen

        def opens_with(text: str, eid: str) -> bool:
            first = next((m for m in self.aliases.find(text, slips=False) if m.start <= SIDE_OPENS), None)  # type: ignore[union-attr]
            return first is not None and first.entity.id == eid

        def about(c: _Candidate, eid: str) -> bool:  # (or one of its items is: "- AWS Managed Service Provider: …")
            heading = {e for _, e in self._names(pool[c.hit_rank].chunk.heading)}
            return heading == {eid} or any(opens_with(x, eid) for x in (c.unit.text, *c.unit.items))

        out = list(chosen)
        for eid in sides:
            if any(about(c, eid) for c in out):
                continue
            best = max((c for c in candidates if c not in out and about(c, eid)), key=lambda c: c.score, default=None)
            if best is not None:
                out.append(best)
        return out

    def _subject_bonus(self, unit: Unit, hit: Hit, q: Question | None, which: str = "") -> float:
        """A sentence in a passage about the subject asked (the plan, pillar or program named) answers before
        one that only shares its other words: "Developer Support ... architecture help" is about Developer.
        `which`: the kind a "which pillar/plan" question asks to be picked (`which_kind`, read once per answer)."""
        if q is None or self.aliases is None:
            return 0.0
        bonus = 0.0
        if q.kind in ("howto", "definition") and q.mentions:  # the passage headed by the thing asked about
            heading = {eid for _, eid in self._names(hit.chunk.heading)}
            if heading & {m.entity.id for m in q.mentions}:
                bonus = SUBJECT_BONUS
        if which:  # "pillar 중에 젤 최근에 추가된거?": a sentence naming one pillar answers
            return max(bonus, SUBJECT_BONUS * self._names_one(unit.text, which))
        subjects = {m.entity.id for m in q.mentions if m.entity.kind in SUBJECT_KINDS}
        if not subjects:
            return bonus
        in_text = self._names(unit.text)
        lenses = {eid for kind, eid in in_text if kind == "lens"}
        # (a sentence naming several lenses only lists them: "you can add lenses such as …, the SaaS Lens, …")
        named = {eid for _, eid in in_text if len(lenses) < 2 or eid not in lenses}
        named |= {eid for _, eid in self._names(hit.chunk.section)}
        # (a lens is named only as an item of a list of lenses: the list whose item names it is about it)
        named |= {eid for i in unit.items for kind, eid in self._names(i) if kind == "lens"}
        # "안정성이랑 비용 최적화가 부딪힐 때": a sentence about both subjects answers before one about either
        return max(bonus, SUBJECT_BONUS * min(len(named & subjects), 2))

    def _named_subject(self, sentence: str, chunk: Chunk) -> str:
        """An English sentence that opens with "It"/"Its", with the one entity its section's heading names in its
        place; the sentence as it is when the heading names none, or several."""
        opener = _IT.match(sentence)
        if opener is None or self.aliases is None:
            return sentence
        named = {m.entity.id: m.entity for m in self.aliases.find(chunk.section.rsplit(">", 1)[-1], slips=False)}
        if len(named) != 1:
            return sentence
        name = next(iter(named.values())).en
        owner = "'s" if opener.group(1) == "Its" else ""
        return f"{name}{owner} {sentence[opener.end() :]}"

    def _notes_first(
        self,
        chosen: list[_Candidate],
        candidates: list[_Candidate],
        pool: list[Hit],
        q: Question,
        telling: dict[str, float],
    ) -> tuple[list[_Candidate], str]:
        """ "what did my notes say about the knowledge center?": the notes' own words lead, what the summaries say
        of them follows. From the notes' passage retrieval ranked first (the notes' other passages say nothing of
        it): the line that scores best, or its first when none shares a word with the question (an English
        question, the Korean notes); a short list whole when the line is one of its items ("infra 보호 쪽엔 뭐라고
        적었지?"). When no line of the notes names what was asked ("노트에 Well-Architected Partner Program 뭐라고
        써놨었지?"), none is quoted, and the subject the notes are silent on is returned to say so."""
        rank = next((i for i, h in enumerate(pool) if _raw_notes(h.chunk)), None)
        others = [c for c in chosen if rank is None or not _raw_notes(pool[c.hit_rank].chunk)]
        mine = [c for c in chosen if c.hit_rank == rank]
        if not mine:
            own = [c for c in candidates if c.hit_rank == rank]
            said = [c for c in own if c.unit.text.strip()]
            if said:
                best = max(said, key=lambda c: c.score)
                lists = [
                    c
                    for c in own
                    if 0 < len(c.unit.items) <= NOTE_LIST and any(best.unit.text in i for i in c.unit.items)
                ]
                mine = lists[:1] or [best]
        asked = {m.entity.id for m in q.mentions if m.entity.id != FRAMEWORK_ID}
        # ("내 노트에 REL09 관련해서 뭐라고 적어놨었지?": a review question id is the thing the line must name)
        ids = set(question_ids(q.text))

        def names_id(c: _Candidate) -> bool:
            return bool(ids & set(ids_in(" ".join([c.unit.text, *c.unit.items]))))

        # (silent only where that can be told: a thing the question names, or its words in the notes' language; an
        # English "what did my notes say about it" names nothing the Korean notes could be searched for)
        judged = bool(asked or ids) or (rank is not None and pool[rank].chunk.lang == q.lang)
        if ids:
            mine = [c for c in mine if names_id(c)]
        elif judged:
            mine = [c for c in mine if self._names_asked(c, pool, q, telling, asked)]

        def on_it(lines: list[_Candidate]) -> list[_Candidate]:
            """The lines that are no remark of the summaries on the notes about another subject ("did my notes
            mention countdown premium?" is not answered by how the notes' cost principles differ)."""
            return [
                c
                for c in lines
                if not about_notes(pool[c.hit_rank].chunk)
                or (names_id(c) if ids else self._names_asked(c, pool, q, telling, asked))
            ]

        if not mine:
            named = next((m.entity for m in q.mentions if m.entity.id in asked), None)
            subject = (getattr(named, q.lang, "") or named.en) if named is not None else ", ".join(sorted(ids))
            return (on_it(others) if judged else others) or others, subject or say("notes.this", q.lang)
        if asked:  # ("what did my notes say about reliability?": not how the notes' security part is out of date)
            others = on_it(others)
        return mine + others, ""

    def _gloss(
        self, chosen: list[_Candidate], candidates: list[_Candidate], pool: list[Hit], lang: str
    ) -> _Candidate | None:
        """ "what did my notes say about right sizing?": a line of the notes quoted in another language than the
        asker's ("무조건 작은 크기로 시작해야됨!!!!") is followed by the summary sentence closest to it in meaning
        ("Right sizing starts from a simple rule: begin with a small size."): what it says, in the asker's words."""
        if not chosen or self.across is None:
            return None
        note = chosen[0]
        if not _raw_notes(pool[note.hit_rank].chunk) or pool[note.hit_rank].chunk.lang == lang:
            return None
        said = [
            c
            for c in candidates
            if c.unit.text and pool[c.hit_rank].chunk.lang == lang and not _raw_notes(pool[c.hit_rank].chunk)
        ]
        if not said:
            return None
        close = self.across(" ".join([note.unit.text, *note.unit.items]), [c.unit.text for c in said])
        return said[max(range(len(said)), key=lambda i: close[i])]

    def _names_asked(
        self, c: _Candidate, pool: list[Hit], q: Question, telling: dict[str, float], asked: set[str]
    ) -> bool:
        """A line of the notes (with its list and its heading) that names what the question asks about: one of the
        entities `asked`, or, when it names none, a telling word of the question ("AMI" under "마켓플레이스")."""
        chunk = pool[c.hit_rank].chunk
        text = " ".join([c.unit.text, *c.unit.items, chunk.heading])
        if asked:  # (a thing named is what the line must name: "관련해서" in "서비스관련해서" says nothing of On-Ramp)
            return self.aliases is not None and bool(asked & {m.entity.id for m in self.aliases.find(text)})
        # (the question's own words: not the names its framework's name lends, "프레임워크" for "Well-Architected")
        own = content_terms(blank(q.text, [(m.start, m.end) for m in q.mentions if m.entity.id == FRAMEWORK_ID]))
        words = {t for t in own if telling.get(t, 0.0) >= NOTE_WORD_IDF}
        return bool(words & content_terms(text))

    def _with_continuation(
        self,
        chosen: list[_Candidate],
        candidates: list[_Candidate],
        pool: list[Hit],
        shaped: Callable[[Unit], bool],
        defining: frozenset[str] | None = None,
    ) -> list[_Candidate]:
        """The sentence right after the lead goes on with its answer: "A milestone … is a read-only snapshot of a
        workload. It captures the answers, the risks and the improvement plan." (its "It" is the lead's subject: it
        joins when its score without the leaning discount would), or "… 무료 서비스다. 비용은 … AWS 리소스에 대해서만
        낸다." (shaped like the answer too: it joins), or, defining a thing (one of the ids `defining`) by the
        sentence that opens the passage headed by its name, the one after it ("What does AWS FIS do?": "An
        experiment template defines the targets …"). One line more: the lines chosen for themselves stay."""
        if not chosen:
            return chosen
        lead = chosen[0]
        after = next(
            (
                c
                for c in candidates
                if c.hit_rank == lead.hit_rank and c.unit.position == lead.unit.position + 1 and not c.unit.is_item
            ),
            None,
        )
        if after is None or after in chosen:
            return chosen
        weakest = min(chosen[1:], key=lambda c: c.score, default=None)
        leans = self._leans(after.unit, pool[after.hit_rank].chunk)
        opens = bool(
            defining
            and lead.unit.position == 0
            and self.aliases is not None
            and defining & {i for _, i in self._names(pool[lead.hit_rank].chunk.heading)}
        )
        if (
            not (shaped(after.unit) and shaped(lead.unit))
            and not opens
            and not (leans and weakest is not None and after.score / LEANS >= weakest.score)
        ):
            return chosen
        return [lead, after, *chosen[1:]]

    def _it_named(self, unit: Unit, chunk: Chunk) -> bool:
        """A sentence that leans back only by opening with "It"/"Its", which the heading's one entity replaces."""
        return bool(_IT.match(unit.text)) and self._named_subject(unit.text, chunk) != unit.text

    def _leans(self, unit: Unit, chunk: Chunk) -> bool:
        """A sentence that needs the one before it (`_leans_back`), unless it points at a thing the sentence before
        names ("이 기능은 … 설정에서 켜야 한다"): the two are then said together (`_with_antecedent`)."""
        if not _leans_back(unit) or (
            _CONNECTIVE.match(unit.text) and not _leans_back(Unit(_without_connective(unit.text), unit.position))
        ):
            return False  # ("또한 질문에 계정 ID … 올리지 않도록": joined to the one before, pointing at nothing in it)
        return self._with_antecedent(unit.text, unit, chunk, set()) == unit.text

    def _with_antecedent(self, text: str, unit: Unit, chunk: Chunk, shown: set[str]) -> str:
        """A line that points back at a thing it does not name ("…막으려면 이 기능을 먼저 설정해 두는 것이 좋다"),
        with the sentence before it that names the thing; as it is when it names one itself, or the sentence
        before names nothing or is a line of the answer already."""
        if unit.is_item or unit.position == 0 or self.aliases is None:
            return text
        pointer = _POINTS_BACK.search(text)
        if pointer is None:
            return text
        noun = pointer.group(0).split()[-1].casefold()
        ahead = text[: pointer.start()]
        before = self._units(chunk)[unit.position - 1]
        if before.is_item or not before.text or before.text in shown:
            return text
        if noun in _PERIODS:  # ("EC2 인스턴스는 이 기간 안에 최소 30시간 …": the length the sentence before gives)
            said = _PERIOD_SAID.search(before.text) and not _PERIOD_SAID.search(ahead)
            return f"{before.text} {text}" if said else text
        kinds = _POINTED_KINDS.get(noun, _ANTECEDENT_KINDS)
        # (only a sentence that names something can say what is pointed at)
        if any(k in kinds for k, _ in self._names(ahead)) or not self._names(before.text):
            return text
        return f"{_ANAPHOR.sub('', before.text, count=1).lstrip(' ,')} {text}"

    def _units(self, chunk: Chunk) -> list[Unit]:
        if chunk.id not in self._chunk_units:
            self._chunk_units[chunk.id] = units(chunk.text)
        return self._chunk_units[chunk.id]

    def _item_named(self, unit: Unit, q: Question | None) -> str | None:
        """The one item of a list that names the principle or area a question (not a list question) asks about,
        when the sentence only introduces the list ("…다음 7가지다"; not "이전 판에서는 마지막 원칙을 …라고 불렀다");
        or the lens asked about, which the summaries only ever name as an item of a list of lenses."""
        if q is None or not unit.items or self.aliases is None:
            return None
        # ("생성형 AI 렌즈 어떤거 다룸": what one lens covers is its item, however the question reads as a list)
        lenses = {m.entity.id for m in q.mentions if m.entity.kind == "lens"}
        if q.kind == "list" and not lenses:
            return None
        if q.kind == "definition" and not q.mentions and (named := _one_item_naming(unit.items, q)):
            return named  # ("CDK가 뭐임": the one item that names the word asked about says what it is)
        if not (_promises(unit.text) or lenses):
            return None
        asked = {m.entity.id for m in q.mentions if m.entity.kind in ("principle", "area")} | lenses
        if not asked and AMONG.search(q.typed or q.text):
            # "그중 SaaS는 어케 과금됨" after the product types: a thing named among the items, not in the lead
            lead = {m.entity.id for m in self.aliases.find(unit.text, slips=False)}
            asked = {m.entity.id for m in q.mentions if m.entity.id not in lead}
        mine = [i for i in unit.items if asked & {m.entity.id for m in self.aliases.find(i, slips=False)}]
        if not asked:
            # ("FIS 중지 조건은 뭘로 걸어?": the item the question names by the name it opens with, "중지 조건(stop
            # conditions): CloudWatch 알람으로 정의한다")
            # (or by a glossary term its name holds: "mechanical sympathy = ?", "Consider mechanical sympathy: …")
            typed = _squashed(q.typed or q.text)
            terms = {_squashed(n) for m in q.mentions if m.entity.kind == "term" for n in m.names}
            terms = {t for t in terms if len(t) >= ITEM_NAME_CHARS}
            heads = [(i, _squashed(re.split(r"\s*[(:：]", i, maxsplit=1)[0])) for i in unit.items]
            mine = [
                i
                for i, head in heads
                if len(head) >= ITEM_NAME_CHARS
                and head != _squashed(i)
                and (head in typed or any(t in head for t in terms))
            ]
        return mine[0] if len(mine) == 1 else None

    def _names_one(self, text: str, kind: str) -> bool:
        """Names one member of the kind, and says it has what is asked ("Basic has no TAM" answers no "which plan
        gives a TAM")."""
        one = len({eid for k, eid in self._names(text) if k == kind and eid != "pillar"}) == 1
        return one and not _DENIES.search(text)

    def _defines_bonus(self, unit: Unit, q: Question | None) -> float:
        """ "What does the TAM do?": the sentence that says what the asked thing is ("A Technical Account Manager
        (TAM) is a named AWS contact…", "TAM은 … 기술 담당자다") answers before one that only mentions it."""
        said = DEFINITION.search(q.text) or SAME_AS.search(q.text) if q is not None else None
        if q is None or q.kind != "definition" or self.aliases is None or not said:
            return 0.0  # (asked in words: "서포트 API도?" is read as a definition only for being short)
        m = _DEFINES.match(unit.text)
        if m is None:
            return 0.0
        if m.group(0)[-2:-1] in "은는란" and not _copula_ending(unit.text):
            return 0.0  # "…의 요금은 … 줄어든다" says what happens to it, "…은 … 기술 담당자다" what it is
        return DEFINES_BONUS if {eid for _, eid in self._names(m.group(0))} & set(q.entities) else 0.0

    def _off_own_tool(self, unit: Unit, chunk: Chunk) -> bool:
        """In a passage about one service ("AWS Compute Optimizer"), a sentence that does not name it ("분석 대상에는
        EC2 인스턴스, … Amazon ECS 서비스 등이 포함된다") tells what the tool reads, not which tool to use."""
        if self.aliases is None:
            return False
        own = {e for k, e in self._names(chunk.heading) if k == "service"}
        return len(own) == 1 and not own & {e for _, e in self._names(" ".join([unit.text, *unit.items]))}

    def _names(self, text: str) -> list[tuple[str, str]]:
        if text not in self._named:
            found = self.aliases.find(text, slips=False)  # type: ignore[union-attr]  # corpus text, spelt with care
            # (an area's one-word name, "데이터", "운영", is an everyday word in prose: no area named)
            self._named[text] = [
                (m.entity.kind, m.entity.id) for m in found if not (m.weak and m.entity.kind == "area")
            ]
        return self._named[text]

    def _about_asked(self, unit: Unit, q: Question | None, section: str = "") -> bool:
        """A sentence that names a sibling of the asked entity (another plan, pillar or area) and not the
        asked one never answers: Enterprise's question gets no On-Ramp figure. A sentence naming no program is
        about the program its section is headed by: Competency's checklist answers nothing about Navigate."""
        if q is None or self.aliases is None:
            return True
        programs = {m.entity.id for m in q.mentions if m.entity.kind == "program"} - UMBRELLAS
        if programs and section:
            says = {eid for kind, eid in self._names(unit.text) if kind == "program"} - UMBRELLAS
            headed = {eid for kind, eid in self._names(section.rsplit(" > ", 1)[-1]) if kind == "program"} - UMBRELLAS
            if not says and headed and not headed & programs:
                return False
        asked: dict[str, set[str]] = {}
        for m in q.mentions:
            if m.entity.kind in ("plan", "pillar", "severity", "area"):
                asked.setdefault(m.entity.kind, set()).add(m.entity.id)
        # ("the last one of those, what techniques does it cover?" after REL03-REL05: the review question the
        # conversation picked, when the turn types none of its own; a sentence on a sibling id answers nothing of it)
        if q.typed and not question_ids(q.typed) and (picked := set(question_ids(q.text))):
            ids = set(question_ids(" ".join([unit.text, *unit.items])))
            if ids and not ids & picked and {id_prefix(i) for i in ids} & {id_prefix(i) for i in picked}:
                return False
        if not asked:
            return True
        named: dict[str, set[str]] = {}
        for kind, eid in self._names(unit.text):
            named.setdefault(kind, set()).add(eid)
        for kind, ids in asked.items():
            there = named.get(kind, set())
            if there and not there & ids:
                return False
        return True

    def _score(
        self,
        unit: Unit,
        hit: Hit,
        weights: dict[str, float],
        rank: int,
        list_q: bool = False,
        own: frozenset[str] = frozenset(),
        noun: str = "",
    ) -> float:
        """Coverage of the question by the sentence, weighted by rarity.

        Terms the passage's heading already names locate the passage; the question's other terms
        are what tell its sentences apart, so they count extra.
        """
        # a table's rows answer a list question together; any other question, row by row
        items = unit.items if list_q or not unit.table else []
        s_terms = folded_terms(" ".join([unit.text, *items]))
        if not s_terms or not weights:
            return 0.0
        heading = folded_terms(hit.chunk.section)
        weights = fold_weights(weights)
        total = sum(weights.values())
        overlap = sum(w for t, w in weights.items() if t in s_terms) / total
        rest = {t: w for t, w in weights.items() if t not in heading}
        specific = sum(w for t, w in rest.items() if t in s_terms) / sum(rest.values()) if rest else overlap
        topical = sum(w for t, w in weights.items() if t in heading) / total
        # (a follow-up's list is of what it names: "권한은 뭐뭐?" is not answered by the lenses one can also share)
        of_asked = not own or bool({fold(t) for t in own} & s_terms)
        # (a list of other things, "By question: REL09 …", is no list of the strategies asked for)
        of_asked = of_asked and (not noun or noun in " ".join([hit.chunk.section, unit.text, *items]).casefold())
        listed = 0.3 if list_q and of_asked and (unit.items or enumerates(unit.text)) else 0.1 if items else 0.0
        first = 0.05 if unit.position == 0 else 0.0
        return 0.4 * overlap + 0.6 * specific + 0.25 * topical + 0.3 * hit.score + listed + first - 0.1 * rank


# an item that says something is missing ("빠져 있는 원칙", "leaves out")
_MISSING_SAID = re.compile(r"빠져\s*있|빠진|누락|\bmissing\b|\bleaves? out\b|\bleft out\b|\bomits?\b", re.IGNORECASE)

# A sentence that says something is missing: "has no", "없다", "not included"
_DENIES = re.compile(
    r"\b(?:has|have|had|gets?|includes?) no\b|\bnot (?:included|available|offered)\b|없(?:다|고|으며|음)", re.I
)


# A sentence whose subject is an unnamed many ("Many practices, however, help…", "Several services…", "여러 서비스가
# …"): a lead-in to the sentences that name them
_LEADS_IN = re.compile(
    r"^(?:(?:but|yet|however|still),?\s+)?(?:many|several|some|various|a few|a number of)\s+([a-z-]+s)\b"
    r"|^(?:여러|많은|몇몇|다양한)\s*(?:가지\s*)?([가-힣]+?)(?:이|가|은|는|도)\s",
    re.IGNORECASE,
)


def _leads_in(sentence: str, q: Question) -> bool:
    """`sentence` leads in to the ones it does not name, of the kind the question asks for ("what practices …?")."""
    m = _LEADS_IN.search(sentence)
    noun = (m.group(1) or m.group(2) or "").casefold() if m else ""
    return bool(noun) and (noun in q.tokens or noun.removesuffix("s") in q.tokens or noun in q.text.casefold())


def _after(lead: _Candidate, candidates: list[_Candidate]) -> list[_Candidate]:
    """The candidates that follow `lead` in its own passage, in the passage's order."""
    return sorted(
        (c for c in candidates if c.hit_rank == lead.hit_rank and c.unit.position > lead.unit.position),
        key=lambda c: c.unit.position,
    )


def _names_asked_id(unit: Unit, q: Question) -> bool:
    """`unit` is a sentence (no list) that names a review question id the question names."""
    return not unit.items and any(i in unit.text for i in question_ids(q.text))


def _with_course(chosen: list[_Candidate], candidates: list[_Candidate]) -> list[_Candidate]:
    """A how-to is answered by what its lead passage says to do: the sentences that follow the lead there
    ("You add redundancy…", "deployments should span several Availability Zones") come next, before lines
    from other passages, although they share few words with the question."""
    best = chosen[0]
    course = [
        c
        for c in _after(best, candidates)
        if c.unit.position <= best.unit.position + COURSE and not c.unit.is_item and c not in chosen
    ]
    same = [c for c in chosen if c.hit_rank == best.hit_rank]
    others = [c for c in chosen if c.hit_rank != best.hit_rank]
    return [*same, *course, *others][: MAX_UNITS + COURSE]


DEFINES_BONUS = 0.2
REASON_BONUS = 0.2  # "why …?": a sentence that gives a cause or a purpose ("because", "…므로")
WORDED_ASKS = ("expiry",)  # asked kinds of answer said in words, not as a figure
DEFINITION = KINDS["definition"]
# A sentence that opens by saying what its subject is: "A TAM is a …", "Right sizing means …", "TAM(…)은 … "
_DEFINES = re.compile(
    r"^(?:an?\s+|the\s+)?[^,.;:]{2,70}?\s+(?:is|are|means|refers to)\s+(?:an?|the|about|when|how)\b"
    r"|^[^,.;:]{2,40}?(?:은|는|이란|란)\s",
    re.IGNORECASE,
)


def _copula_ending(sentence: str) -> bool:
    """A Korean sentence that ends in the copula after a noun ("…담당자다.", "…프로그램이다."), not in a verb
    ("줄어든다", "있다"): a syllable closed by ㄴ before 다 is a verb's present tense."""
    text = sentence.rstrip(" .")
    if not text.endswith("다") or len(text) < 2:
        return False
    before = text[-2]
    if before in "있없같않많좋":
        return False
    code = ord(before) - 0xAC00
    return 0 <= code < 11172 and code % 28 != 4


REASONED = ("yesno", "comparison", "definition", "howto", "other")
ITEM_NAME_CHARS = 3  # an item's name this long, typed in the question, names the item ("중지 조건", not "비용")
SIDE_OPENS = 12  # a name that starts this close to a sentence's start is what the sentence is about ("The AWS …")
SHORT_CLAIM_WORDS = 8


def _reasons(chosen: list[_Candidate], pool: list[Hit]) -> dict[int, str]:
    """A short claim keeps the sentence after it, which says why or how: "Real trade-offs do exist." alone
    answers nothing, its next sentence names them ("Detailed logs and traces cost money…"). Keyed by id."""
    out: dict[int, str] = {}
    lead = chosen[0].unit.text if chosen else ""  # the line that answers first is never another's reason
    for c in chosen:
        if c.unit.items or c.unit.is_item or len(_PARENS.sub("", c.unit.text).split()) > SHORT_CLAIM_WORDS:
            continue
        after = units(pool[c.hit_rank].chunk.text)[c.unit.position + 1 : c.unit.position + 2]
        if after and not after[0].is_item and not after[0].items and after[0].text and after[0].text != lead:
            out[id(c)] = after[0].text
    return out


_PARENS = re.compile(r"\s*\([^)]*\)")


def _steps_in_order(chosen: list[_Candidate]) -> list[_Candidate]:
    """How-to answers keep the lead passage's sentences in the passage's order: "first you need an account",
    then "the steps are:" and the steps, as the source tells them."""
    lead = [c for c in chosen if c.hit_rank == chosen[0].hit_rank]
    rest = [c for c in chosen if c.hit_rank != chosen[0].hit_rank]
    return sorted(lead, key=lambda c: c.unit.position) + rest


def gap_terms(weights: dict[str, float], pool: list[Hit]) -> set[str]:
    """Telling Latin words of the question ("Macie", "static stability") that no passage in the asker's
    language holds: the corpus is not fully parallel, and the other language's passage may be the one. The words
    come as `gap_forms`: match them against `gap_forms` of a text."""
    held = set().union(*(gap_forms(f"{h.chunk.section} {h.chunk.text}") for h in pool)) if pool else set()
    asked = {_gap_form(t) for t, w in weights.items() if t.isascii() and t.isalpha() and w >= GAP_IDF}
    return asked - held


@lru_cache(maxsize=4096)
def gap_forms(text: str) -> frozenset[str]:
    """The words of a text as a gap is matched: plural and verb forms folded ("fail fast" meets "failing fast")."""
    return frozenset(_gap_form(t) for t in content_terms(text))


def _gap_form(term: str) -> str:
    return verb_of(fold(term))


def named_gap_forms(q: Question | None) -> set[str]:
    """`named_terms` as `gap_forms`: the words of the names the question uses, which no gap holds."""
    return {_gap_form(t) for t in named_terms(q)}


def _with_gap(chosen: list[_Candidate], candidates: list[_Candidate], gap: set[str]) -> list[_Candidate]:
    """The asker's own term gets a line: when no chosen sentence holds a word of the gap, the best sentence
    that does takes the last place (after the lead, which stays in the asker's language)."""
    if not chosen or not gap or any(gap & gap_forms(c.unit.text) for c in chosen):
        return chosen
    holders = [c for c in candidates if gap & gap_forms(c.unit.text)]
    # (or the one item of a list that holds it: "security groups that open SSH or RDP", not the whole list)
    holders += [
        _Candidate(c.hit_rank, Unit(i, c.unit.position), c.score)
        for c in candidates
        if c not in holders
        for i in c.unit.items
        if gap & gap_forms(i)
    ]
    if not holders:
        return chosen
    return [*chosen[: MAX_UNITS - 1], max(holders, key=lambda c: c.score)]


def written_names(text: str) -> frozenset[str]:
    """The terms a passage writes as names, capitalized ("Jira", "Terraform"), not a common word it happens to use."""
    return frozenset(content_terms(" ".join(re.findall(r"(?<![\w.])[A-Z][a-z]{2,}\b", text))))


def named_terms(q: Question | None) -> set[str]:
    """Words of the entity names the question uses ("WA" in "WA 툴"): the alias table already bridges them."""
    return set().union(*(content_terms(m.text) for m in q.mentions)) if q is not None and q.mentions else set()


def _other_language_holding(gap: set[str], hits: list[Hit], pool: list[Hit], lang: str) -> list[Hit]:
    """The best passage outside the pool that holds a word of the gap: one joined for that word first (in the
    asker's language when there is one), else the best other-language passage, quoted beside the asker's language."""
    if not gap:
        return []
    holding = [
        h
        for h in hits
        if (h.chunk.lang != lang or "parallel" in h.signals) and h not in pool and gap & gap_forms(h.chunk.text)
    ]
    # (the one holding the most words of the gap: "control objectives", not a passage on "access control")
    return sorted(holding, key=lambda h: -len(gap & gap_forms(h.chunk.text)))[:1]


# a scene set before a colon: "new hire here: is a lens …", "우리 팀 상황: …" (not "pillars are: a, b, c?")
_OPENER = re.compile(r"^([^:?]{3,60}):\s+(?=\S[^?]*\?)")


def _scene_terms(q: Question) -> frozenset[str]:
    """The words of an opener before a colon that names nothing ("new hire here: …") which the question after it
    does not use: who asks, no words an answer must hold. (A scene told in sentences, "finance says multi-az is
    'anti cost optimization'. does the pillar agree?", often holds the very subject asked about.)"""
    text = q.text
    # ("if we go Enterprise Support, will the TAM actually run our DC migration?": the condition's words the question
    # after it does not use set it; what the TAM does is asked)
    condition = IF_CLAUSE.match(text, q.own_start)
    if condition is not None and text[condition.end() :].startswith(","):
        return content_terms(condition.group(0)) - content_terms(text[condition.end() :])
    opener = _OPENER.match(text, q.own_start)
    if opener is None or any(q.own_start <= m.start < opener.end() for m in q.mentions):
        return frozenset()
    return content_terms(opener.group(1)) - content_terms(text[opener.end() :])


def _leans_back(unit: Unit) -> bool:
    """A sentence that needs the one before it; one that introduces a list ("그다음 절차는 다음과 같다") stands
    on its items."""
    if unit.items:  # (unless it rests on what the sentence before said: "이 점에서 … 가격 구조가 다르다")
        return bool(_ON_A_STATEMENT.match(unit.text))
    return bool(_ANAPHOR.match(unit.text) or _COUNTED_BACK.search(unit.text[:40]))


# the words that open a sentence on what the one before it said, not on a thing it named
_ON_A_STATEMENT = re.compile(
    r"^(?:이 점|이 때문|그 결과|이처럼|이와 같이|그래서|따라서|그러나|하지만)"
    r"|^(?:in (?:this|that) (?:respect|sense|way)|for (?:this|that) reason|so|however|but|as a result)\b",
    re.IGNORECASE,
)


# "단, … 위 세 회사의 현재 등급은", "these three firms": a count of things the sentence before named
_COUNTED_BACK = re.compile(
    r"(?:^|\s)(?:위|이|그|앞의)\s+(?:두|세|네|다섯|여섯)\s+[가-힣]+"
    r"|\b(?:these|those|the) (?:two|three|four|five) \w+ (?:above|named)\b",
    re.IGNORECASE,
)


def _unnamed_phrase(q: Question) -> str:
    """The phrase a definition question asks the meaning of ("one-way door"), folded, when no entity is named in it;
    "" otherwise (a name is found by its entity, whatever its passages' wording)."""
    phrase = defined_phrase(q)
    if not phrase.isascii():  # (a term in Latin letters: "정확한 이름이 뭐예요" asks for a name, no phrase's meaning)
        return ""
    text = (q.typed or q.text).casefold()
    at = text.rfind(phrase.casefold()) if phrase else -1
    if at < 0 or any(m.start < at + len(phrase) and at < m.end for m in q.mentions):
        return ""
    return phrase.casefold()


def _prefer_language(hits: list[Hit], lang: str) -> list[Hit]:
    """Passages in the question's language only, when there are any: the corpus is parallel, so the other
    language's passage would repeat the answer in words the asker did not use. Otherwise the other
    language's passages, quoted (the composer says so)."""
    same = [h for h in hits if h.chunk.lang == lang]
    return (same or hits)[:4]


def _opens_with_service(text: str) -> bool:
    """The sentence is about a service: it opens with its name ("AWS Fault Injection Service (FIS) is …")."""
    found = NAMES_SERVICE.search(text)
    return found is not None and found.start() <= 4


def _names_service(unit: Unit) -> bool:
    return bool(NAMES_SERVICE.search(" ".join([unit.text, *unit.items])))


def _one_per_tool(chosen: list[_Candidate], candidates: list[_Candidate]) -> list[_Candidate]:
    """ "Which tools help with right sizing?": every passage that names a service gets its best such line (the
    best passage's tool sections follow it in the pool), though a line about one tool scores under the floor."""
    out = list(chosen)
    for rank in sorted({c.hit_rank for c in candidates}):
        if len(out) >= MAX_UNITS:
            break
        if any(c.hit_rank == rank for c in out):
            continue
        named = [
            c
            for c in candidates
            if c.hit_rank == rank
            and c.score > 0  # (not a line about a tool the asker set aside: "TA 말고")
            and _names_service(c.unit)
            and not any(_similar(c.unit.text, o.unit.text) for o in out)
        ]  # (a sentence two passages share is said once)
        if named:
            out.append(max(named, key=lambda c: c.score))
    return out


def _select(candidates: list[_Candidate], floor: float = FLOOR, each: int = MAX_UNITS) -> list[_Candidate]:
    """The best sentences, at most `each` from one passage."""
    chosen: list[_Candidate] = []
    total = 0
    for c in sorted(candidates, key=lambda c: -c.score):
        # (past the length budget only a near tie of the best: a long list never crowds out an equal answer)
        over = chosen and total + len(c.unit.text) > MAX_CHARS and c.score < NEAR_TIE * chosen[0].score
        if len(chosen) >= MAX_UNITS or over:
            break
        if chosen and c.score < floor * chosen[0].score:
            break
        if sum(o.hit_rank == c.hit_rank for o in chosen) >= each:
            continue
        twin = next((o for o in chosen if _similar(c.unit.text, o.unit.text)), None)
        if twin is not None and c.unit.items and not twin.unit.items:
            # (a section's lead repeated in each of its pieces: the copy that carries the list takes its place)
            chosen[chosen.index(twin)] = c
            total += sum(len(_head(i)) for i in c.unit.items)
            continue
        if twin is not None or any(c.unit.text in i for o in chosen for i in o.unit.items):
            continue
        chosen.append(c)
        total += len(c.unit.text) + sum(len(_head(i)) for i in c.unit.items)
    return chosen


OFF_TOOL = 0.25  # "which tool…": a sentence that names no service is context at most
ONE_ITEM_TOOL = 0.6  # "which service…": a list that names one service in one of its items
PER_MORE_TOOL = 0.15  # … and one that names several answers "which tools" better than one that defines one
ENUM_ITEMS = 3  # "an AMI, a SaaS product, a container image or …": a list written inside a sentence
ENUM_ITEM_CHARS = 45


_LIST_SEP = re.compile(r",\s+|、")  # between the items of a list written inline


def enumerates(sentence: str) -> bool:
    """A sentence that lists at least three short things in a row, separated by commas."""
    parts = [p.strip() for p in _LIST_SEP.split(sentence)]
    run = best = 0
    for p in parts[:-1]:
        run = run + 1 if 0 < len(p) <= ENUM_ITEM_CHARS else 0
        best = max(best, run)
    return best + 1 >= ENUM_ITEMS  # the last part closes the run ("… or a consulting offer")


def _tool_weight(unit: Unit, q: Question | None) -> float:
    """ "Which service…", "관련 도구는?": a sentence (or its list) that names an AWS service answers it, one that names
    several answers it better; the others only set the scene. (When no sentence names one, all weigh the same and the
    order stands.)"""
    if q is None or not q.wants_tool:
        return 1.0
    said = " ".join([unit.text, *unit.items])
    named = {m.group(0) for m in NAMES_SERVICE.finditer(said) if not PROGRAM_NAME.match(said, m.start())}
    if not named:
        return OFF_TOOL
    if len(named) == 1 and not NAMES_SERVICE.search(unit.text):
        return ONE_ITEM_TOOL  # (a list of tips, one of which names FIS, is about the tips)
    return 1.0 + PER_MORE_TOOL * min(len(named) - 1, 3)  # "Compute Optimizer, Cost Explorer and Trusted Advisor"


# a term the list is asked by: "위험 수준 뭐뭐임", "위험 수준 종류", "which risk levels"
_LIST_AFTER = re.compile(r"\s*(?:은|는|이|가|의)?\s*(?:뭐\s*뭐|종류|목록|무엇\s*무엇|전부|다\s*(?:알려|말해))")
_LIST_BEFORE = re.compile(r"\b(?:what|which|all|list)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


def _kind_bonus(hit: Hit, q: Question | None) -> float:
    """A how-to question is answered from a section about steps; a definition from one that defines; a list from
    the section headed by the noun it asks its things by ("what product types…": "Marketplace: product types")."""
    if q is not None and q.kind == "list" and (words := list_phrase(q)):
        heading = hit.chunk.heading.casefold()
        if all(w in heading for w in words):
            return 0.3
    elif q is not None and q.kind == "list":
        # ("위험 수준 뭐뭐 있음?": the things asked for by a term's name, the section headed by that name)
        # (only the term the list is asked by: not "lens" in "per-lens pdf report - what goes in it")
        terms = [m for m in q.mentions if m.entity.kind == "term" and m.entity.id not in FRAMEWORK_WORDS]
        asked = [m for m in terms if _LIST_AFTER.match(q.text, m.end) or _LIST_BEFORE.search(q.text[: m.start])]
        if asked and asked[-1].text.casefold() in hit.chunk.heading.casefold():
            return 0.3
    if q is None or q.kind not in _KIND_HEADINGS:
        return 0.0
    return 0.3 if _KIND_HEADINGS[q.kind].search(hit.chunk.heading) else 0.0


# "how do I share…", "how can we get…", "how to enable…", "where do I find…": the verb of what the asker wants done
HOWTO_VERB = re.compile(
    r"\b(?:how|where) (?:do|can|should|would|could) (?:i|we|you|one|they) ([a-z]{3,})\b"
    r"|\b(?:how|where) to ([a-z]{3,})\b",
    re.I,
)


def howto_verb(q: Question | None) -> str:
    """The verb of what a how-to asks done, in its plain form ("share"); "" when there is none, or when a facet
    names the action ("turn on" is found by its facet's shape)."""
    found = HOWTO_VERB.search(q.typed or q.text) if q is not None and q.kind == "howto" and not q.facets else None
    return verb_of((found.group(1) or found.group(2)).casefold()) if found else ""


# where a thing is done asked: "where do I find …", "where can we buy …", "어디서 찾아?", "어디서 필터링해?"
_PLACE_ASKED = re.compile(
    r"\bwhere (?:do|can|should|would|could) (?:i|we|you|one|they) "
    r"(?:(?:actually|even|usually|best|just|really|then)\s+)?([a-z]{3,})\b|\bwhere to ([a-z]{3,})\b"
    r"|어디(?:서|에서)\s*(?:\S+\s+)?([가-힣])",
    re.IGNORECASE,
)
# a line that names a place where things are done: a directory, a console, a page, a search tool
_PLACE_SAID = re.compile(
    # (a Korean particle may follow: "Partner Solutions Finder에서 찾는 것이 기본이다")
    r"(?<![A-Za-z])(?:finder|directory|console|website|web site|portal|page|catalog|search tool)(?![A-Za-z])"
    r"|콘솔|페이지|웹사이트|검색\s*도구|디렉터리|카탈로그",
    re.IGNORECASE,
)


def _place_asked(q: Question) -> str:
    """The verb of what the asker wants to do somewhere ("find"; in Korean the syllable after 어디서), or ""."""
    found = _PLACE_ASKED.search(q.typed or q.text)
    if found is None:
        return ""
    return verb_of(found.group(1).casefold()) if found.group(1) else (found.group(2) or found.group(3)).casefold()


def _names_place(text: str, verb: str) -> bool:
    """`text` names a place, and in English says the asker's verb there ("finding … is the AWS Partner Solutions
    Finder")."""
    if not _PLACE_SAID.search(text):
        return False
    # (a Korean verb is said many ways, "필터링해" by "걸러 볼 수 있다": the place named answers "어디서")
    # (and looking for a thing is said as finding it: "where do i search for partners" is answered by "found in …")
    said = {_SEEKING.get(v, v) for v in (verb_of(t) for t in folded_terms(text))}
    return _SEEKING.get(verb, verb) in said if verb.isascii() else True


# the verbs of looking for a thing, which a line that says where it is found answers alike
_SEEKING = dict.fromkeys(("search", "look", "locate", "browse", "discover", "found", "find"), "find")


def _howto_bonus(unit: Unit, q: Question | None, verb: str) -> float:
    """A how-to question is answered by steps or an action ("create a milestone", "먼저 … 선택한다"), not a
    definition of the thing. `verb`: `howto_verb(q)`."""
    if q is None or q.kind != "howto":
        return 0.0
    if unit.items or HOWTO_SHAPE.search(unit.text):
        return HOWTO_BONUS
    # ("how do I share a workload with another account?": the sentence on sharing, "can be shared … with other
    # AWS accounts", does what is asked, more than one defining the tool)
    said = {verb_of(t) for t in folded_terms(" ".join([unit.text, *unit.items]))} if verb else set()
    return HOWTO_BONUS if verb in said else 0.0


# "…설계 원칙은 다음 8가지다(2026년 11월 기준 현행판).": a Korean sentence that counts the list after it
_KO_ANNOUNCE = re.compile(
    r"(?:\d+|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:가지|개|단계|종류)(?:다|이다|입니다)(?:\s*\([^)]*\))?\.?\s*$"
)
# "Common examples are listed below.", "다음과 같다.": a sentence that promises a list; in a passage that does not
# hold the list (a section's later piece repeats its lead) it says nothing on its own
PROMISES_LIST = re.compile(r"(?:\bbelow|\bfollowing|:)\s*\.?\s*$|다음과\s*같(?:다|습니다)\.?\s*$|아래와\s*같다\.?\s*$")


def _facet_bonus(unit: Unit, facets: list[tuple[str, re.Pattern[str]]], asked: set[str]) -> float:
    """A sentence shaped like the answer to what was asked (a price, "free", a year, a count) should lead.
    A count counts only beside what was counted: "how many milestones" is not answered by "six design
    principles", but by "up to 100 milestones" (the counted noun follows in English, comes before in Korean).
    A sentence shaped like several of the things asked ("who reviews it and how often does it change": "a third-party
    audit …, revised about every six months") answers before one shaped like one of them."""
    # ("As of November 2026 the tool itself is free": when a fact was checked gives no figure of any kind)
    text = PROVENANCE.sub(" ", unit.text)
    shaped: set[str] = set()  # (a thing asked may come with two shapes: a period, or a period said in words)
    for label, shape in facets:
        # (either in the singular or the plural: "a milestone … how many can one workload hold?")
        if any(
            label != "count" or _nouns(folded_terms(_counted(text, m))) & _nouns({fold(t) for t in asked})
            for m in shape.finditer(text)
        ):
            shaped.add(label)
    return FACET_BONUS * (1 + MORE_FACETS * (len(shaped) - 1)) if shaped else 0.0


# The knowledge base's own date stamp ("as of November 2026", "2026년 11월 기준"): when a fact was checked,
# not when anything happened, so it never answers "when".
PROVENANCE = re.compile(
    r"\b(?:as of|checked in|checked on|current as of)\s+(?:[A-Z][a-z]+\s+)?\d{4}|\d{4}년\s*\d{1,2}월\s*기준(?:으로)?",
    re.IGNORECASE,
)


def _says_facets(text: str, facets: tuple[str, ...]) -> bool:
    """Does the line have the shape of every facet asked (a party named for "누구한테")?"""
    return all(f in SHAPES and SHAPES[f].search(text) for f in facets)


def _one_item_naming(items: list[str], q: Question) -> str | None:
    """The only item holding every Latin word of what a "what is X" question asks about ("CDK가 뭐임": "CDK"),
    when just one does."""
    asked = defined_latin_terms(q)
    mine = [i for i in items if asked and asked <= content_terms(i)]
    return mine[0] if len(mine) == 1 else None


def _picked_item(name: str, candidates: list[_Candidate]) -> _Candidate | None:
    """The list item, in the passages, that opens with the name of the item a turn picked by its place and says
    what it is ("중지 조건(stop conditions): CloudWatch 알람으로 정의한다 …"); None when no one item does."""
    found = [
        (c, i)
        for c in sorted(candidates, key=lambda c: -c.score)
        for i in c.unit.items
        if i.lstrip().startswith(name) and ":" in i
    ]
    if not found or len({i for _, i in found}) != 1:
        return None
    c, item = found[0]
    return _Candidate(c.hit_rank, Unit(item, c.unit.position, is_item=True), c.score)


def _item_answering(
    best: _Candidate, chosen: list[_Candidate], candidates: list[_Candidate], words: dict[str, float]
) -> _Candidate:
    """The item of any list in the passages that holds OWN_LEAD times the yes/no's own words any chosen sentence or
    item holds: it says what is asked ("알람이 울리면 FIS가 실험을 자동으로 멈춰"); else the lead."""
    items = [(_share(Unit(i, c.unit.position), words), i, c) for c in candidates for i in c.unit.items]
    # (or a plain sentence of theirs: "A workload can be shared, within the same AWS Region, with other AWS
    # accounts" for "can we share a workload with another account across regions?")
    said = [(_share(c.unit, words), "", c) for c in candidates if not c.unit.items and c not in chosen]
    if not items and not said:
        return best
    # (of equal shares, the better scored: "Enterprise Support 쓰면 TAM이 마이그레이션 직접 해주나요?" is answered by
    # the TAM's line, not by an APN partner item of a lower passage that holds the same word)
    share, item, c = max([*items, *said], key=lambda x: (x[0], x[2].score))
    lines = [Unit(t, x.unit.position) for x in chosen for t in [x.unit.text, *x.unit.items]]
    if share <= 0 or share < OWN_LEAD * max(_share(u, words) for u in lines):
        return best
    return c if not item else _Candidate(c.hit_rank, Unit(item, c.unit.position, is_item=True), c.score)


def _item_head(item: str) -> str:
    """What a list item calls itself before its colon ("중지 조건(stop conditions)"), or "" if it has no name."""
    head, colon, _ = item.strip().removeprefix("- ").partition(":")
    return head if colon and 2 <= len(head) <= ITEM_HEAD_CHARS else ""


def _step_named(best: _Candidate, candidates: list[_Candidate], words: dict[str, float]) -> _Candidate:
    """The one list item that holds OWN_LEAD times the how-to's own words the lead sentence holds: the step asked
    ("중지 조건(stop conditions): CloudWatch 알람으로 정의한다 …" for "FIS 실험 멈추는 조건 어떻게 걸어?"); else
    the lead."""
    # (a step named by its head, "중지 조건(stop conditions): …", that holds one of the words: what the step is
    # called is what was asked; not any item that happens to share words, "보안: … 우리 계정 안에서 …")
    items = sorted(
        (
            (_share(Unit(i, c.unit.position), words), i, c)
            for c in candidates
            for i in c.unit.items
            if (head := _item_head(i)) and folded_terms(head) & set(words)
        ),
        key=lambda x: -x[0],
    )
    if not items or items[0][0] <= 0 or (len(items) > 1 and items[1][0] == items[0][0]):
        return best
    share, item, c = items[0]
    if share < OWN_LEAD * _share(Unit(best.unit.text, best.unit.position), words):
        return best
    return _Candidate(c.hit_rank, Unit(item, c.unit.position, is_item=True), c.score)


def _statement_of(c: _Candidate, words: dict[str, float]) -> _Candidate:
    """A list whose one item holds more of a yes/no's own words than its lead sentence: that item, which says it
    ("can we push our own lens json to other accounts?": the custom lenses item, not the list of lenses)."""
    if not c.unit.items:
        return c
    alone = _share(Unit(c.unit.text, c.unit.position), words)
    share, item = max((_share(Unit(f"{c.unit.text} {i}", c.unit.position), words), i) for i in c.unit.items)
    return _Candidate(c.hit_rank, Unit(item, c.unit.position, is_item=True), c.score) if share > alone else c


def _statement_share(unit: Unit, words: dict[str, float]) -> float:
    """The share of `words` one statement of a sentence holds: the sentence alone, or with one of its items."""
    return max(
        [_share(Unit(unit.text, unit.position), words)]
        + [_share(Unit(f"{unit.text} {i}", unit.position), words) for i in unit.items]
    )


def _share(unit: Unit, words: dict[str, float]) -> float:
    """The share of `words` (folded, weighted) that a sentence and its items hold."""
    held = folded_terms(" ".join([unit.text, *unit.items]))
    held = held | {verb_of(t) for t in held}  # ("can we share" meets "can be shared")
    total = sum(words.values())
    return sum(w for t, w in words.items() if t in held or verb_of(t) in held) / total if total else 0.0


def _nouns(terms: AbstractSet[str]) -> set[str]:
    """Words without the count ("5개", "six"): the question's own "플랜 5개" must not match "5개 영역"."""
    return {t for t in terms if not any(ch.isdigit() for ch in t) and t not in ("aws", "amazon")}


def _counted(text: str, m: re.Match[str]) -> str:
    """What a count in a sentence counts: the noun after it ("57 questions"), or in Korean the clause
    before it ("질문은 … 모두 57개")."""
    return m.group(0) if re.search(r"[A-Za-z]", m.group(0)) else text[: m.end()]


def about_notes(chunk: Chunk) -> bool:
    """The user's notes, or a summary's section on where the notes differ: never the lead over a summary."""
    return chunk.kind == "notes" or is_notes_difference(chunk.section)


def _raw_notes(chunk: Chunk) -> bool:
    """The user's notes themselves (not a summary's section on where they differ)."""
    return chunk.kind == "notes"


def _continues(unit: Unit, facets: list[tuple[str, re.Pattern[str]]], asked: set[str]) -> bool:
    """A sentence shaped like the answer asked for, or, beside "free", one saying what is still paid for."""
    free = any(f == "free" for f, _ in facets)
    return bool(facets) and (_facet_bonus(unit, facets, asked) > 0 or (free and bool(STILL_PAID.search(unit.text))))


def _notes_last(
    chosen: list[_Candidate], pool: list[Hit], second: Callable[[Chunk], bool] = about_notes
) -> list[_Candidate]:
    """The user's notes never lead when a summary is there: their lines go after the summaries', and only
    when they add words the chosen summary lines do not already hold."""
    chosen = list({id(c): c for c in chosen}.values())
    summary = [c for c in chosen if not second(pool[c.hit_rank].chunk)]
    if not summary:
        return chosen
    said = set().union(*(content_terms(c.unit.text + " " + " ".join(c.unit.items)) for c in summary))
    notes = [c for c in chosen if second(pool[c.hit_rank].chunk) and len(content_terms(c.unit.text) - said) >= 3]
    return summary + notes[:1]


def _aside_weight(unit: Unit, q: Question | None) -> float:
    """How much a sentence counts beside what the asker set aside: nothing when it is about the thing set aside
    (opens with its name: "라이트사이징 툴 뭐 써요? TA 말고" is not answered by "AWS Trusted Advisor의 비용 최적화
    검사는 …"), less when it only speaks of it."""
    if not _set_aside(unit, q):
        return 1.0
    head = unit.text[:ASIDE_HEAD].casefold()
    named = q is not None and any(n.casefold() in head for m in q.negated for n in m.names if len(n) >= 2)
    return 0.0 if named else ASIDE


ASIDE_HEAD = 30  # a sentence opening with a name within this many characters is about it


def _set_aside(unit: Unit, q: Question | None) -> bool:
    """A plain sentence about what the asker set aside ("the free one, not the paid metrics thing": the sentence on
    the paid enhanced metrics) answers what was not asked. A list that holds it among others still answers, bulleted
    or inline ("분석 대상에는 EC2 인스턴스, EBS 볼륨, Lambda 함수 …" for "EC2 말고 뭐뭐")."""
    if q is None or unit.items:
        return False
    if enumerates(unit.text) and _named_among_items(unit.text, [n for m in q.negated for n in m.names]):
        return False
    # (a sentence opening with a thing asked is about it, whatever else it names: "TAM은 조언하고 조율할 뿐 …, 그런
    # 작업은 … AWS Professional Services가 맡는다" for "TAM이 마이그레이션 직접 해주나요? 프로서브 말고")
    head = unit.text[:ASIDE_HEAD].casefold()
    negated = {m.entity.id for m in q.negated}
    asked = [n for m in q.mentions if m.entity.id not in negated for n in m.names if len(n) >= 2]
    if any(head.startswith(n.casefold()) for n in asked):
        return False
    said = folded_terms(unit.text)
    if q.aside_words and all(fold(w) in said for w in q.aside_words):
        return True
    # a name set aside ("besides the usual load test", "other than security"): a sentence about it
    low = unit.text.casefold()
    return any(n.casefold() in low for m in q.negated for n in m.names if len(n) >= 3)


def _named_among_items(sentence: str, names: list[str]) -> bool:
    """A set-aside name is one item of the sentence's inline list (not its subject: "A workload can be shared, with
    accounts, users or an organization" is about workloads)."""
    first, *rest = [p.casefold().strip() for p in _LIST_SEP.split(sentence)]
    folded = [n.casefold() for n in names if len(n) >= 2]
    # (the first item ends the sentence's first part: "국내 APN Premier 파트너로는 Bespin Global, MegazoneCloud, …")
    return any(n in p for n in folded for p in rest) or any(first.endswith(n) for n in folded)


def _similar(a: str, b: str) -> bool:
    """Near-duplicates; sentences that differ in a number are never the same (15 minutes vs 30 minutes)."""
    if sorted(_NUMBER.findall(a)) != sorted(_NUMBER.findall(b)):
        return False
    ta, tb = content_terms(a), content_terms(b)
    return bool(ta and tb) and len(ta & tb) / len(ta | tb) > 0.6


def _head(item: str, wanted: set[str] | None = None, tools: bool = False) -> str:
    """A list item as shown under its lead: whole when short or when it holds what was asked (the question's
    telling words, or with `tools` the services a "which tool" question asks for), else its name part before ':'."""
    holds = (wanted and content_terms(item) & wanted) or (tools and NAMES_SERVICE.search(item))
    if len(item) <= 140 or (holds and len(item) <= 400):
        return item
    head = item.split(":", 1)[0].strip()
    if 3 <= len(head) <= 90 and head != item.strip():
        return head
    return item[:137].rstrip() + "…"


_REFS = re.compile(r"\[(\d+)\]")
SUPPORT_LINES = 2  # a catalog line that answers in one sentence gets at most this many passage lines beside it


def supplement(
    base: Composition,
    extra: Composition,
    asked: set[str],
    limit: int = SUPPORT_LINES,
    shaped: re.Pattern[str] | None = None,
    ids: Sequence[str] = (),
) -> Composition:
    """A one-line catalog answer with the passage lines that say more about what was asked.

    "What does REL01 ask about?" is answered by the catalog ("REL01 is a question of the Foundations area")
    but the asker also wants what the question covers; the passages' own sentences add that, each cited.
    A line is added only when it shares a word with the question, repeats no line already given, and
    comes from a summary (the user's notes never stand beside a catalog fact); or, with `shaped`, when it has the
    shape of what was asked ("5번째꺼 예시 좀": the sentence that gives the example, whatever its words). A line
    that names one of the question `ids` is followed by the lines of its passage after it ("what does SUS05 cover":
    "It recommends …"), whatever their words."""
    if not extra.cited or extra.text.startswith(("이 내용은", "This is covered")):
        return base
    numbers = {h.chunk.id: n for n, h in enumerate(base.cited, start=1)}
    cited = list(base.cited)
    said = [_REFS.sub("", x) for x in base.text.splitlines()]
    added: list[str] = []
    blocks = _blocks(extra.text)
    course: set[int] = set()  # the passage of a line that names an asked id: the lines after it continue it
    # (the lines shaped like what was asked come first; the composer led with one when it found it, its connective
    # "예를 들어" dropped)
    lead = blocks[0] if blocks and shaped is not None else None
    if shaped is not None:
        blocks.sort(key=lambda b: not (b is lead or shaped.search(b[0])))
    for block in blocks:
        head = block[0].lstrip("- ").strip()
        refs = [int(n) for n in _REFS.findall(head)]
        hits = [extra.cited[n - 1] for n in refs if 0 < n <= len(extra.cited)]
        if not hits or any(about_notes(h.chunk) for h in hits):
            continue
        # of a list, only the items on what was asked: the rest answer another question
        items = [i for i in block[1:] if content_terms(i) & asked]
        body = _REFS.sub("", head).strip()
        words = content_terms(" ".join([body, *items]))
        # (a line naming other questions is about them: "… covers questions COST05 to COST08")
        own = set(question_ids(body)) <= set(ids)
        follows = bool(course) and set(refs) <= course and len(block) == 1 and own
        if not (words & asked or follows or (shaped is not None and (block is lead or shaped.search(body)))) or any(
            _similar(body, s) or body in s for s in said
        ):
            continue
        if own and any(i in body for i in ids):
            course = set(refs)
        # (a passage is cited only when a line of it is added: no source listed that no line uses)
        fresh = asked - content_terms(base.text)
        parted = len(items) < len(block) - 1  # part of a list: its items stand alone ("6가지" over one item misleads)
        # and only those that add an asked word the answer does not already hold (the catalog line names
        # "Data protection"; the list's other areas that share "security" with it add nothing asked)
        if parted and not any(content_terms(i) & fresh for i in items):
            continue
        for h in hits:
            if h.chunk.id not in numbers:
                cited.append(h)
                numbers[h.chunk.id] = len(cited)
        line = _REFS.sub(lambda m: f"[{numbers[extra.cited[int(m.group(1)) - 1].chunk.id]}]", head)
        if parted:
            ref = " ".join(f"[{numbers[h.chunk.id]}]" for h in hits)
            added.extend(f"- {i.strip().removeprefix('- ')} {ref}" for i in items if content_terms(i) & fresh)
        else:
            added.append("\n".join([f"- {line}", *items]))
        said.append(body)
        if len(added) >= limit:
            break
    if not added:
        return base
    return Composition("\n".join([base.text, *added]), cited)


def _blocks(text: str) -> list[list[str]]:
    """A composed answer's lines, each with the list items shown under it."""
    out: list[list[str]] = []
    for line in text.splitlines():
        if line.startswith("  ") and out:
            out[-1].append(line)
        elif line.strip():
            out.append([line])
    return out
