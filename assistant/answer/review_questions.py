"""Which review question covers what the asker describes ("the question about exec sponsorship and time for
learning, which OPS number is that?", "인스턴스 타입/크기/개수 고르는 거 묻는 COST 질문 몇 번?").

The pillar summaries describe each best-practice area with its question ids. Every sentence of those passages is
read once into the ids it speaks for: the ids it names (a "By question" line is cut at each id), or else the ids of
the area its passage covers, each clause narrowed to one id when it shares a word that only that question's topic
has. A question is then met with the id whose sentences share the most telling words with it; when the shared
words leave several ids (or none of a pillar the question names), the id whose own sentence is clearly closest
in meaning (`closest_in_meaning`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from assistant.answer.conversation import GENERIC as GENERIC_NAMES
from assistant.answer.conversation import ORDINAL
from assistant.answer.cues import (
    AMONG,
    FACETS,
    ID_RANGE,
    POINTER,
    QUESTION_ID,
    WHICH_NUMBER,
    id_prefix,
    ids_in,
    without_named_ids,
)
from assistant.answer.question import Question, blank, corpus_terms, quoted
from assistant.knowledge.aliases import Mention
from assistant.knowledge.words import zipf
from assistant.retrieval.identifiers import practices_asked
from assistant.retrieval.lexical import GLUED_PARTICLE, fold, tokenize, verb_of
from assistant.text import split_sentences
from assistant.types import Chunk

# words every sentence about review questions shares: they tell no question from another
_GENERIC = frozenset(
    {"question", "questions", "ask", "asks", "asked", "area", "areas", "pillar", "cover", "covers", "질문", "영역"}
    | {"묻는", "다루", "루는", "다뤄", "해당", "id", "ids", "number", "numbers", "번호"}
    # (the asking's own words and a particle's pair: "WA에선 이거 어느 질문에서 다뤄?")
    | {"어느", "에서", "이거", "그거", "우리"}
    # (choosing is what half the topics are about: services, types, pricing models, Regions; the thing chosen tells)
    | {"choose", "chose", "chosen", "choice", "pick", "select", "selection"}
    # (prepositions and light verbs the search keeps name no topic: "cpu per request", "which id does that go under")
    | {"per", "under", "via", "into", "onto", "upon", "within", "across", "through", "during", "among", "between"}
    | {"go", "goes", "going", "went", "get", "gets", "got", "put", "belong", "belongs", "fall", "falls"}
)


_ASIDE = re.compile(r"\s*\([^()]*\)")  # "맞추고(right sizing), …": the clause ends after the aside
# where a sentence's clauses part: ", and how", "; ", "나누고, ", "결합하며, ", ", and planning …"
_CLAUSE_END = re.compile(r",?\s+and how\b|;\s+|(?<=[고며]),\s+|,\s+and\s+(?=[a-z]+ing\b)", re.IGNORECASE)


@dataclass(frozen=True)
class Said:
    """One sentence (or the part of one after an id) and the question ids it speaks for."""

    ids: tuple[str, ...]
    text: str
    chunk: Chunk
    terms: frozenset[str]
    entry: bool = False  # an id's entry in a "By question" line: its topic, in the summary's words


@dataclass(frozen=True)
class Covering:
    """The id (or the ids of one area, when the passages do not tell them apart) that covers what was asked, and the
    sentence that says so."""

    ids: tuple[str, ...]
    said: Said


def _terms(text: str) -> frozenset[str]:
    return frozenset(_action_verb(verb_of(fold(t))) for t in tokenize(_joined(text))) - _GENERIC


def _action_verb(term: str) -> str:
    """The verb an -ation noun names the doing of, where it is a word ("isolation" -> isolate, "automation" ->
    automate): "isolating faults" meets the topic "fault isolation"."""
    if term.isascii() and term.endswith("ation") and len(term) > 7 and zipf(verb := term[:-5] + "ate") >= _ACTION_ZIPF:
        return verb
    return term


TERM_SHARE = 0.5  # the summaries' term for a word typed otherwise weighs this share of a word typed
_ACTION_ZIPF = 3.0  # ("automate" 3.1, "isolate" 3.6): a verb people use


def _words(text: str) -> list[frozenset[str]]:
    """Each word of the text (split at spaces and slashes) as its terms, each word once. A particle typed onto a
    Latin name ("graviton으로") is grammar, no word of the topic ("효율적으로" shares it)."""
    text = GLUED_PARTICLE.sub("", _joined(text))
    return list(dict.fromkeys(w for w in (_terms(w) for w in re.split(r"[\s/]+", text)) if w))


def _joined(text: str) -> str:
    """A verb and its particle written as the one noun they make, where that is a word ("backing up data" ->
    "backup data", "failing over" -> "failover"): the topic "backups" is the same as "backing up"."""

    def join(m: re.Match[str]) -> str:
        word = verb_of(m.group(1).casefold()) + m.group(2).casefold()
        return word if zipf(word) >= _JOINED_ZIPF else m.group()

    return _PHRASAL.sub(join, text)


# a verb (any form) and the particle after it: "backing up", "fails over", "rolled back"
_PHRASAL = re.compile(r"\b([A-Za-z]{2,}?)(?:s)?\s+(up|over|back|out|down|in)\b")
# (a noun so rare a dictionary barely has it, "failover" at 2.0, still names a topic; "scaleout" at 0 is none)
_JOINED_ZIPF = 2.0


def _pieces(sentence: str) -> list[tuple[str, str]]:
    """A sentence naming several ids one after another ("By question: OPS01 (priorities), OPS02 (…)") cut into
    (id, what follows it up to the next id); [] when it names fewer than two ids or a range."""
    marks = list(QUESTION_ID.finditer(sentence))
    if len(marks) < 2 or ID_RANGE.search(sentence):
        return []
    ends = [m.start() for m in marks[1:]] + [len(sentence)]
    pieces = [sentence[m.start() : end] for m, end in zip(marks, ends, strict=True)]
    # (the last one without the sentence's tail: "COST04(자원 폐기)", not "… 질문으로 이뤄진다.")
    pieces = [m.group(0) if (m := _ENTRY.match(p)) else p for p in pieces]
    return [(f"{m.group(1).upper()}{int(m.group(2)):02d}", p) for m, p in zip(marks, pieces, strict=True)]


_ENTRY = re.compile(r"[^()]*\([^()]*\)")  # an id and its topic in brackets


def sentences_by_question(
    chunks: Iterable[Chunk], areas: dict[str, tuple[str, ...]], topics: dict[str, str]
) -> list[Said]:
    """Every sentence of the passages that describe one best-practice area, with the ids it speaks for.
    `areas`: each id's area ids (all of them, itself included); `topics`: each id's topic words in both languages,
    without its area's or pillar's name ("organization structure" in the Organization area tells by "structure")."""
    # a topic's own words: not those two topics of one pillar share ("workload" in OPS07's and OPS10's), which tell
    # no one question apart; another pillar's topics are no rivals in an area's sentences ("전송" is COST08's in
    # the cost-effective resources area, though SEC09 protects data in transit)
    # (word by word: a Korean word is met whole, all its syllable pairs, so "데이터" is not met by "게임 데이로")
    words = {qid: _words(t) for qid, t in topics.items()}
    seen = Counter((id_prefix(qid), w) for qid, ws in words.items() for w in ws)
    own_words = {qid: [w for w in ws if seen[(id_prefix(qid), w)] == 1] for qid, ws in words.items()}
    out: list[Said] = []
    for chunk in chunks:
        named = ids_in(chunk.text)
        homes = {areas[i] for i in named if i in areas}
        if len(homes) != 1:
            continue  # a passage over several areas (a pillar's overview) says no one question's content
        home = next(iter(homes))
        # (a passage that names one id as an example, "예를 들어 REL09는 …", describes no area in its other sentences)
        whole = set(home) <= set(named)
        for sentence in split_sentences(chunk.text):
            pieces = _pieces(sentence)
            if pieces:
                out += [Said((qid,), text, chunk, _terms(text), entry=True) for qid, text in pieces if qid in home]
                continue
            own = [i for i in ids_in(sentence) if i in home]  # one id, or the area's range
            if own:
                out.append(Said(tuple(own), sentence, chunk, _terms(sentence)))
                continue
            if not whole:
                continue
            # each clause narrowed by the topic it names, if just one ("It asks how the team builds
            # observability…, and how it designs the workload… to reduce defects": OPS04, then OPS05)
            for clause in _CLAUSE_END.split(_ASIDE.sub("", sentence)):
                terms = _terms(clause)
                # (in the passage's own language: "Savings Plans" in a Korean clause is no "planning" of COST08's)
                met = {
                    i: n
                    for i in home
                    if (n := sum(w <= terms and _in_language(w, chunk.lang) for w in own_words.get(i, ())))
                }
                # (the topic met by most of its own words: "Disaster recovery strategies range from backup and
                # restore …" is REL13's "disaster recovery", though it names REL09's backups in passing)
                top = [i for i, n in met.items() if n == max(met.values(), default=0)]
                out.append(Said(tuple(top) if len(top) == 1 else home, sentence, chunk, terms))
    return out


def _in_language(word: frozenset[str], lang: str) -> bool:
    """A topic word of the passage's language: Latin letters for English, Hangul for Korean."""
    latin = all(t.isascii() for t in word)
    return latin if lang == "en" else not latin


# "which of its best-practice areas covers RIs?", "RI랑 세이빙스 플랜은 어느 영역임?": the area is found by the review
# question that covers what is described (not "which areas does it have?", the list, nor "어떤 영역이 있어?")
_WHICH_AREA = re.compile(
    r"\bwhich (?:of (?:its|the|their|these|those) )?(?:[\w-]+ ){0,2}?(?:area\b(?!s)|areas\b(?=[^?]{0,30}\b(?:covers?"
    r"|handles?|deals? with|is about|are about|falls? under|holds?|includes?)\b))"
    r"|(?:어느|어떤|무슨)\s*(?:모범\s*사례\s*)?영역(?!들|\s*(?:이|가)?\s*(?:몇|있))",
    re.IGNORECASE,
)


_RANGE_ASKED = re.compile(r"\brange\b|범위", re.IGNORECASE)


def asks_which_area(q: Question) -> bool:
    """The question asks which best-practice area covers a thing it describes; the area is found by the review
    question covering it. (Not an area's range of ids: "… 어느 영역 실천에 도움 된다고 돼있음? 질문 번호 범위도"
    wants the area's line.)"""
    typed = q.typed or q.text
    return (
        "best-practice-area" in q.entities
        and "count" not in q.facets
        and bool(_WHICH_AREA.search(typed))
        and not _RANGE_ASKED.search(typed)
    )


def asks_which_question(q: Question) -> bool:
    """The question asks which review question (by id) covers something it describes, naming no id itself but as
    a guess or as what it already knows, apart from its ask ("… OPS 몇 번 질문 증빙임? OPS02 아니지?", "관측성 구현은
    OPS04인 건 아는데, … 활용하는 거 묻는 건 OPS 몇 번임?"); not a turn that points back at what was just said
    ("그건 SUS 몇 번?", "second one covers which ids?"), whose subject the conversation has already settled, nor
    one that asks for several ids ("영역별로 몇 번씩")."""
    typed = q.typed or q.text
    if checks_a_guess(q):
        return True
    area_asked = asks_which_area(q)
    if ("ident" not in q.facets and not area_asked) or practices_asked(typed) or q.item or _SEVERAL.search(typed):
        return False
    rest = without_named_ids(typed)
    # (a follow-up was lent the ask: "… 정책으로 막아둔 건? COST03은 아니지?" after "… COST 몇 번이야?")
    lent = bool(q.typed) and not FACETS["ident"].search(typed)
    if ids_in(typed) and not (_asks_an_id(rest) or lent):
        return False  # ("REL12는 뭐 묻는 질문임?": the id named is what is asked about)
    start = len(q.text) - len(typed)
    if any(m.start >= start and m.entity.kind == "area" and rest[m.start - start].strip() for m in q.mentions):
        # ("탐지는 질문 id 몇번임?", "인시던트 대응은 몇번?": the area named answers, with its ids; not one named
        # beside a guess, "IAM 영역(SEC02/SEC03) 맞지? 아니면 몇 번?")
        return False
    # (in the sentence that asks: "백업 자체 묻는 건 REL 몇 번임? 복원 안 해본 거 거기 적어야 돼서" points only in its
    # reason)
    asking = [x for x in split_sentences(typed) if _asks_an_id(x)]
    said = " ".join(asking) or typed
    pointing = POINTER.search(said) or _POINTING_KO.search(said) or AMONG.search(said) or ORDINAL.search(said)
    # ("ok which of its best-practice areas covers RIs and Savings Plans?": "its" points at the pillar; what the area
    # covers is named in the turn's own words)
    own = area_asked and any(m.start >= start and m.entity.kind == "service" for m in q.mentions)
    return not (q.typed and pointing) or scene_lent(q) or own


def scene_lent(q: Question) -> bool:
    """A follow-up that asks an id of what it points at ("그거 고치는 건 PERF 몇 번 질문임?"), lent the words of the
    scene just described (no id among them, no item of a list picked): that scene is what the id covers."""
    lent = q.text[: len(q.text) - len(q.typed)] if q.typed else ""
    return q.scene_pointed and bool(lent) and not q.item and not ids_in(lent) and _asks_an_id(q.typed)


def checks_a_guess(q: Question) -> bool:
    """A yes/no question that names one review question as what covers something it describes ("is SEC03 the one
    about encrypting data at rest?", "SEC03 맞지? 저장 데이터 암호화 질문"): which id covers that answers it, yes
    or no. Not one that asks of the id itself ("REL12는 뭐 묻는 질문임?") or of its practices."""
    typed = q.typed or q.text
    if q.kind != "yesno" or "ident" in q.facets or practices_asked(typed) or q.item or len(set(ids_in(typed))) != 1:
        return False
    lent = q.text[: len(q.text) - len(typed)]
    if FACETS["ident"].search(lent) or q.negative or _RULED_OUT.search(typed):
        # (a turn after "… COST 몇 번이야?" guesses beside the ask it was lent, `asks_which_question`; "태그 얘기는
        # 아니니까 COST03은 아니지?" rules an id out by what it is not about)
        return False
    if ID_RANGE.search(typed) or any(m.entity.kind not in _DESCRIBING_KINDS and _places(m, q) for m in q.mentions):
        return False  # (a range, a plan, a program: the id is placed, not guessed)
    if _EITHER_OR.search(typed):
        return False  # ("does REL02 say anything about multiple AZs, or is it only about IP ranges?": which of two)
    said = bool(_TOPIC_OF.search(typed) or _ID_CONFIRMED.search(typed))
    return said and bool(_terms(_without_ids(typed)) - _GENERIC)


def _places(m: Mention, q: Question) -> bool:
    """A name that places the id guessed: a plan, a program, an area said as one ("is SEC03 in the IAM area?"),
    not an area's word inside a description ("cutting cross-region data shuffling? SUS05 right?")."""
    return m.entity.kind != "area" or bool(_AREA_WORD.match(q.text, m.end))


_AREA_WORD = re.compile(r"\s*(?:areas?|영역|쪽|side|category|part)\b", re.IGNORECASE)

# "… cutting cross-region data shuffling? SUS05 right?", "… 그럼 REL09 맞지?": an id put forward, after what it is said
# to cover, to be confirmed
_ID_CONFIRMED = re.compile(
    rf"{QUESTION_ID.pattern}\s*,?\s*(?:right|correct|yeah|yes|no|then)?\s*\?\s*$"
    rf"|{QUESTION_ID.pattern}\s*(?:이|가)?\s*(?:맞지|맞아|맞죠|맞나|맞음|맞을까|맞는)",
    re.IGNORECASE,
)


def described(q: Question, whole: bool = False) -> str:
    """What the question describes, apart from the ids it names: the clauses without one ("…, SEC08?" is a guess
    beside it), or, in a question that checks a guess, its words but the id ("is SEC03 about encryption at rest?").
    `whole`: with the words of the scene the conversation lent it (`scene_lent`)."""
    typed = q.text if whole else q.typed or q.text
    return _without_ids(typed) if checks_a_guess(q) else without_named_ids(typed)


def _without_ids(text: str) -> str:
    """`text` with each question id it names blanked (offsets stay valid)."""
    return blank(text, [m.span() for m in QUESTION_ID.finditer(text)])


# two things asked between: "…, or is it only about …", "… 아니면 …만 보는 거야?"
_EITHER_OR = re.compile(r",?\s+or\s+(?:is|are|does|do|just|only|rather)\b|아니면", re.IGNORECASE)
# an id or a topic ruled out rather than guessed: "COST03은 아니지?", "태그 얘기는 아니니까", "not the compute one"
_RULED_OUT = re.compile(r"아니(?:지|죠|야|니까|고|잖|에요|라|던데)|말고|빼고|\bnot\b|n't\b", re.IGNORECASE)
# kinds of names a description may hold beside a guessed id ("encryption", "Lambda", "보안"): not a plan, a program
# or an area (which places the id: "is SEC03 in the IAM area?")
_DESCRIBING_KINDS = ("term", "service", "pillar")
# the id said to be about something: "SEC03 is the one about", "the encryption-at-rest one", "covers", "SEC03 맞지? …
# 질문", "관련", "다루는"
_TOPIC_OF = re.compile(
    r"\babout\b|\bcover(?:s|ing)?\b|\bthe (?:[\w-]+ ){0,3}one\b|\bis (?:for|on)\b|\bdeals? with\b|\bregarding\b"
    r"|질문|관련|다루|묻는|에\s*대한|얘기|내용",
    re.IGNORECASE,
)


def _asks_an_id(text: str) -> bool:
    """The text asks for a review question by its id ("COST 몇 번이야?", "which SEC question", or "아니면 몇 번임?")."""
    return bool(FACETS["ident"].search(text) or WHICH_NUMBER.search(text))


def guessed_ids(q: Question) -> list[str]:
    """The ids a question that asks which review question names as its guesses or what it knows."""
    return ids_in(q.typed or q.text)


# "그거 OPS 몇 번?", "이건": the thing just talked about (POINTER reads "그 기간", "그걸" and the English ones)
_POINTING_KO = re.compile(r"(?<![가-힣])(?:그|이|저)(?:거|건|게|것)")


# several ids asked ("각각 몇 번", "몇 번씩", "which ids", "all the q's")
_SEVERAL = re.compile(r"각각|씩|\b(?:ids|q's|qs)\b|\beach\b", re.IGNORECASE)
# the names a question is framed in (a pillar, an area, the review): what it asks about, not what it describes
_FRAME_KINDS = ("pillar", "area")


QUOTED_LEAST = 6  # a quoted phrase shorter than this ("IAM") names too little to place an id by


def quoting_question(q: Question, said: list[Said], pillars: tuple[str, ...] = ()) -> Covering | None:
    """ "we need 'security champions' … which question does it sit under?": the one id whose own sentences use the
    phrase the question quotes, word for word (any language: a quoted English term is met in either summary)."""
    phrases = [p.casefold() for p in quoted(q.typed or q.text) if len(p) >= QUOTED_LEAST]
    if not phrases:
        return None
    using = [s for s in _pool(q, said, pillars) if len(s.ids) == 1 and any(p in s.text.casefold() for p in phrases)]
    ids = {s.ids[0] for s in using}
    return Covering((ids.pop(),), using[0]) if len(ids) == 1 else None


def covering_question(
    q: Question,
    said: list[Said],
    weight: Callable[[str], float],
    pillars: tuple[str, ...] = (),
    whole: bool = False,
) -> Covering | None:
    """The id whose sentences share the most telling words with the question (by `weight`, the corpus's idf);
    the ids of one area when its sentences tie them; None when nothing is shared or the best ids are in several
    areas. `pillars`: the id prefixes the question names (OPS, SEC, …), to keep to."""
    typed = q.text if whole else q.typed or q.text
    start = len(q.text) - len(typed)  # (mentions are placed in `q.text`)
    frame = [
        (m.start - start, m.end - start)
        for m in q.mentions
        if m.start >= start and (m.entity.kind in _FRAME_KINDS or m.entity.id in GENERIC_NAMES)
    ]
    # (in a scene lent by the conversation, a term typed short is met by its name: "DR" by "disaster recovery")
    told = described(q, whole)
    # (and a term typed as its acronym in what the turn describes: "REL에서 DR은 몇번임?" asks of disaster recovery;
    # not in a guess beside an id, "DR이니까 REL13 아님?")
    spelt = _spelt_names(q, start) if whole else _spelt_names(q, start, kinds=("term",), acronyms=blank(told, frame))
    asked = _words(" ".join([blank(told, frame), *spelt]))
    # (and the summaries' term for a word typed otherwise, as one word, at half its weight: "서비스 쿼터" is met by
    # "서비스 할당량", "포스트모템" by "사후 분석"; "리포트에 근거 달려는데" is the asker's errand, no topic)
    # (and a service's names in both languages: "세이빙스 플랜" is met by the Korean summary's "Savings Plans")
    named_as = _spelt_names(q, start, kinds=("service",), both=True)
    terms = [w for w in (_terms(t) for t in [*corpus_terms(told), *named_as]) if w]
    best: tuple[float, Said] | None = None
    scores: dict[str, float] = {}
    named: dict[str, float] = {}  # by each id's own topic
    pool = _naming(q, list(_pool(q, said, pillars)), described(q, whole), weight)
    for s in pool:
        score = _shared(asked, s, weight) + TERM_SHARE * _shared(terms, s, weight)
        if score <= 0:
            continue
        for qid in s.ids:
            scores[qid] = max(scores.get(qid, 0.0), score)
        if s.entry:
            named[s.ids[0]] = max(named.get(s.ids[0], 0.0), score)
        if best is None or score > best[0] or (score == best[0] and len(s.ids) < len(best[1].ids)):
            best = (score, s)
    if best is None:
        return None
    top = max(scores.values())
    tied = tuple(i for i in scores if scores[i] == top)
    if not set(tied) <= set(best[1].ids):
        return None
    # ("저장된 데이터 암호화랑 키 관리": a sentence of the whole area is met best, and of its ids only SEC08's own
    # words, "저장 데이터 보호", meet the question too: that id)
    mine = sorted(((named.get(i, 0.0), i) for i in tied), reverse=True)
    if len(mine) > 1 and mine[0][0] > mine[1][0]:
        return Covering((mine[0][1],), best[1])
    return Covering(tied, best[1])


def _naming(q: Question, pool: list[Said], text: str, weight: Callable[[str], float]) -> list[Said]:
    """("graviton으로 옮기는거 … 몇번 질문임?": a name typed in Latin letters in the asking sentence of a Korean
    question is its subject: the sentences that name it, before those that share a Hangul piece of its verb, "옮기");
    the pool when none does. (Not a name in the scene before it: "FinOps 체크리스트 작업중. … 몇 번이야?")"""
    if q.lang != "ko":
        return pool
    asking = re.split(r"(?<=[.!])\s+", text.strip())[-1]
    prefixes = {p.casefold() for s in pool for p in re.findall(r"^[A-Z]+", s.ids[0])}
    typed = {t for word in _words(asking) for t in word}
    # (or typed in Hangul, "그래비톤으로 옮기는거 …": a service named in the asking sentence, by its Latin name)
    services = [m.entity.en for m in q.mentions if m.entity.kind == "service" and m.text in asking]
    typed |= {t for name in services for t in _terms(name)} - {"aws"}
    latin = {t for t in typed if t.isascii() and t.isalpha() and weight(t) > 0 and t not in prefixes}
    return [s for s in pool if latin & s.terms] or pool


def naming_ids(
    q: Question, said: list[Said], weight: Callable[[str], float], pillars: tuple[str, ...] = ()
) -> tuple[str, ...]:
    """The ids whose sentences name what a Korean question names in Latin letters ("graviton": PERF02, SUS05), to
    be told apart by meaning when their words tie them across areas; () when it names nothing they hold."""
    pool = list(_pool(q, said, pillars))
    named = _naming(q, pool, described(q), weight)
    return tuple(dict.fromkeys(i for s in named for i in s.ids)) if named is not pool else ()


def meets_any(q: Question, said: list[Said], weight: Callable[[str], float], pillars: tuple[str, ...] = ()) -> bool:
    """Some telling word the turn itself typed is in a sentence about an id (of the pillars named): the turn
    describes something of its own ("백업 자체 묻는 건 …"), not only points at the scene before ("그거 고치는 건 …")."""
    asked = _words(described(q))
    return any(_shared(asked, s, weight) > 0 for s in _pool(q, said, pillars))


def _pool(q: Question, said: list[Said], pillars: tuple[str, ...]) -> Iterator[Said]:
    """The sentences a question is met with: in its language, of the pillars it names (their id prefixes)."""
    return (s for s in said if s.chunk.lang == q.lang and (not pillars or s.ids[0].startswith(pillars)))


def _shared(asked: list[frozenset[str]], s: Said, weight: Callable[[str], float]) -> float:
    """The weight of the asked words a sentence holds, its pillar's own name aside; a word met by several of its
    Hangul bigrams counts once ("인스턴스" is one word, not three)."""
    return sum(
        max((weight(t) for t in word & s.terms if not _names_pillar(t, s.ids[0])), default=0.0) for word in asked
    )


def _spelt_names(
    q: Question, start: int, kinds: tuple[str, ...] = ("term", "service"), both: bool = False, acronyms: str = ""
) -> list[str]:
    """The names, in the question's language (`both`: in English and Korean), of the things of `kinds` it typed
    otherwise from `start` on ("DR": disaster recovery; "세이빙스 플랜": Savings Plans); `acronyms`: only those typed
    as an acronym that stand in this text (placed from `start`)."""
    out = []
    for m in q.mentions:
        if m.start < start or m.entity.kind not in kinds:
            continue
        if acronyms and not (_ACRONYM_TYPED.fullmatch(m.text) and acronyms[m.start - start : m.end - start] == m.text):
            continue
        names = (m.entity.en, m.entity.ko) if both else (getattr(m.entity, q.lang, None) or m.entity.en,)
        out += [n for n in dict.fromkeys(names) if n and fold(n) != fold(m.text)]
    return out


_ACRONYM_TYPED = re.compile(r"[A-Z]{2,5}s?")


# e5 cosines of short sentences sit close together: two ids closer to the question than this apart are not told
# apart by meaning (picked once, as a round figure, before it was tried on any batch of questions)
MEANING_MARGIN = 0.015


def closest_in_meaning(
    q: Question, said: list[Said], candidates: Iterable[str], similarity: Callable[[list[str]], list[float]]
) -> Covering | None:
    """Of `candidates`, the id one of whose own sentences (spoken for it alone) is closest in meaning to the
    question by `similarity`, when it is closer by `MEANING_MARGIN` than any other candidate's; None otherwise.
    ("NAT 게이트웨이비, AZ간 트래픽비 … COST 몇번?": "비" meets all four ids of the area alike; COST08's own
    sentence about data transfer is the one that means it.)"""
    pool = set(candidates)
    own = [s for s in said if s.chunk.lang == q.lang and len(s.ids) == 1 and s.ids[0] in pool]
    if len({s.ids[0] for s in own}) < 2:
        return None  # (one candidate alone with sentences is not told apart from the others)
    best: dict[str, tuple[float, Said]] = {}
    for s, sim in zip(own, similarity([s.text for s in own]), strict=True):
        if s.ids[0] not in best or sim > best[s.ids[0]][0]:
            best[s.ids[0]] = (sim, s)
    first, second = sorted(best.values(), key=lambda b: -b[0])[:2]
    return Covering(first[1].ids, first[1]) if first[0] - second[0] >= MEANING_MARGIN else None


def pillar_ids(said: list[Said], pillars: tuple[str, ...]) -> list[str]:
    """Every id of the named pillars (by prefix) that the passages speak for; [] when no pillar is named."""
    return list(dict.fromkeys(i for s in said for i in s.ids if pillars and i.startswith(pillars)))


def _names_pillar(term: str, qid: str) -> bool:
    """The id's own prefix ("ops" in "which OPS number"): it names the pillar, not what the question covers."""
    return term.upper() == id_prefix(qid)


def pillar_prefixes(q: Question, knowledge: Any) -> tuple[str, ...]:
    """The id prefixes of the pillars the question names ("OE", "PERF q", "보안"), else of the ids it guesses
    ("…, SEC08?"), or () when it names none."""
    named = {m.entity.id for m in q.mentions if m.entity.kind == "pillar"}
    if knowledge is None or knowledge.pillars is None:
        return ()
    found = tuple(id_prefix(p.questions[0]) for p in knowledge.pillars.pillars if p.id in named and p.questions)
    return found or tuple(dict.fromkeys(id_prefix(i) for i in guessed_ids(q)))
