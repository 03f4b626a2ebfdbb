"""Follow-ups: carry the topic of earlier turns into a short or pointing question, never glue a new one.

A turn is a follow-up when it points back ("and", "그럼", "it", "그거"), or when it is elliptical: it names no
subject of its own but asks a facet ("가격은?", "how fast?"), or names only a sibling of the previous subject
("엔터프라이즈는?" after a Business question). A self-contained question ("What is the capital of France?")
stands alone. The topic is resolved turn by turn, so it survives several elliptical turns.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from assistant.answer.cues import (
    AFTER_END,
    AMONG,
    BIGGEST,
    CASE_OPENING,
    CASE_WORD,
    CHANGES,
    CHEAPEST,
    EXAMPLE,
    FACETS,
    FIGURE_FACETS,
    FOLLOWUP,
    KINDS,
    LISTABLE,
    MISSING,
    NAME_ASKED,
    NEWEST,
    PICK,
    PLAN_FEATURES,
    PLURAL,
    POINTER,
    PRICE_GAP,
    QUESTION_ID,
    SMALLEST,
    SUMMED,
    TECH_CASE,
    TOOLS_ASKED,
    WH,
    id_prefix,
    question_ids,
    without_named_ids,
)
from assistant.answer.question import (
    FRAMEWORK_WORDS,
    UMBRELLAS,
    Question,
    after_question,
    answer_language,
    asking_part,
    bare_how_much,
    read_question,
    scene_before,
    which_kind,
    with_context,
    with_id_pillars,
)
from assistant.knowledge.aliases import AliasTable, Mention, neighbour_plan
from assistant.knowledge.catalog import PILLAR_PREFIX
from assistant.knowledge.words import COMMON_WORD, NAMING_WORD, zipf
from assistant.messages import said_pattern, say, with_particle
from assistant.recommend.reader import HANGUL, stated_bill
from assistant.retrieval.lexical import folded_terms, tokenize
from assistant.text import split_sentences
from assistant.types import Turn

SUBJECT_KINDS = (
    *("pillar", "plan", "service", "program", "term", "severity", "provider", "area", "principle", "path"),
    *("event", "exam", "tier", "lens"),
)
# Kinds that stand in for each other in an elliptical turn ("인시던트 대응은?" after "데이터 보호는…?").
FAMILY = {"term": "concept", "area": "concept", "principle": "concept"}
MAX_TURNS = 4
ITEM = re.compile(r"^\s*(?:\d+[.)]|[-*])\s+\S")
# "the second one", "마지막 거": a place in the previous answer's list (-1 is the last)
ORDINALS = {
    **{w: i for i, w in enumerate(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"])},
    **{w: i for i, w in enumerate(["첫번째", "두번째", "세번째", "네번째", "다섯번째", "여섯번째", "일곱번째"])},
    **{f"{i + 1}번": i for i in range(9)},
    **{f"{i + 1}번째": i for i in range(9)},
    "last": -1,
    "마지막": -1,
    **{f"{i + 1}{suffix}": i for i, suffix in enumerate(["st", "nd", "rd", "th", "th", "th", "th", "th", "th"])},
}
ORDINAL = re.compile(
    # ("for a first one": a new one of the kind, not a place in a list)
    r"(?<!\ba )\b(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|last)\b"
    r"(?=\s+(?:one|item|principle|area|pillar|plan))"
    # ("and the last?", "what about the second?": the place alone, ending the turn; not "added last?")
    r"|\bthe\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|last)(?=\s*[?？.!]*\s*$)"
    # ("4th one — what does that mean?", "the 2nd?")
    r"|\b(?:the\s+)?[1-9](?:st|nd|rd|th)\b(?=\s+(?:one|item|principle|area|pillar|plan)|\s*[?？.!]*\s*$)"
    # ("마지막으로 지표 모니터링은?", "마지막. 팀별로 …": "lastly" or "one last question", words of the talk, not
    # the last item)
    r"|(?:첫|두|세|네|다섯|여섯|일곱)\s*번째|\d\s*번째|\d번(?!\s*째)|마지막(?!\s*(?:으로|[.!,:]|질문))",
    re.IGNORECASE,
)
# Entities that name a part or feature of a subject, not the subject: the attribute a turn asked for.
ATTRIBUTES = (
    "design-principle",
    "best-practice-area",
    "general-design-principles",
    "technical-account-manager",
    "trusted-advisor",
    "concierge-support-team",
)
# The previous turn's attribute a subjectless turn keeps asking about ("제일 높은 건?" after tiers)
CARRIED_FACETS = ("tiers", "questions", "ident", "channels", "response", "price", "count", "end_date", "replacement")
# The words of the framework a question is framed in, never the thing asked about ("WA tool", "pillar")
# Generic words of the framework: never a sibling to swap ("설계 원칙" does not replace "필러").
GENERIC = (*ATTRIBUTES, *FRAMEWORK_WORDS)
# Kinds of subject named by its own name (an exam, a program), next to which a whole kind ("support plans") is
# something said about it
_SPECIFIC_SUBJECTS = ("exam", "program", "service", "event", "path", "pillar")
# Kinds of the thing a question asks about beside its subject ("TAM", "Trusted Advisor", "Support API")
_ASKED_ABOUT_KINDS = ("term", "service", "program")
# Kinds of subject an answer can hand to the next turn.
TOPIC_KINDS = ("plan", "pillar", "program", "path", "tier", "partner")
# The word that names a whole kind ("which pillar…", "which plans…"): an answer hands on members of that kind only
# when the question named it
KIND_WORD = {
    "pillar": re.compile(r"\bpillars?\b|필러|필라|기둥|원칙", re.IGNORECASE),
    "plan": re.compile(r"\b(?:plans?|tiers?|support)\b|플랜|요금제|서포트", re.IGNORECASE),
    "path": re.compile(r"\bpaths?\b|경로|패스", re.IGNORECASE),
}


# "그쪽 최소 요금은?", "how much is that one": one place pointed at
_PLACE_POINTER = re.compile(r"그쪽|거기|거긴|\bthat one\b", re.IGNORECASE)  # (no bare "there": "is there any…")
# the assistant's own end notice ("… 후속 플랜은 Enterprise Support입니다.", "…; Business Support+ replaces it.")
_SUCCESSOR_SAID = re.compile(r"후속 플랜은|\breplaces it\b")


def _pointed_at_successor(prev: Question, following: str, answer: str, aliases: AliasTable) -> Question:
    """ "넘어가면 TAM은 어케 바뀜?" set the plan one is on beside the one it moves to; "그쪽 최소 요금은?" then points
    at one of them: the one the answer's end notice names as the successor (a turn naming a plan of its own aside)."""
    if any(m.entity.kind == "plan" for m in aliases.find(following)):
        return prev
    plans = [m for m in prev.mentions if m.entity.kind == "plan"]
    if len({m.entity.id for m in plans}) != 2:
        return prev
    notice = next((x for x in answer.splitlines() if _SUCCESSOR_SAID.search(x)), "")
    named = [m for m in aliases.find(notice) if m.entity.kind == "plan"]
    if len(named) < 2 or named[-1].entity.id not in {m.entity.id for m in plans}:
        return prev
    text = prev.text
    for m in sorted((m for m in plans if m.entity.id != named[-1].entity.id), key=lambda m: -m.start):
        text = (text[: m.start] + text[m.end :]).replace(" ,", "").strip(" ,")
    return read_question(text, aliases)


def resolve(q: Question, history: list[Turn], aliases: AliasTable, force: bool = False) -> Question:
    """`q` made self-contained with the topic of `history` (oldest first), or `q` itself. `force`: carry the topic
    even into a turn that does not read as a follow-up (the chain tries that when the turn alone finds nothing)."""
    prev: Question | None = None
    answer = ""  # the answer before the turn being read: "the last one" points into its list
    seen: list[Question] = []  # each turn as resolved: "which of those" points at all of them
    recent = history[-MAX_TURNS:]
    # the last answer that gave a list, and the turn it answered: "and the last?" after "explain the third one"
    # still counts in that list
    listing: tuple[str, Question | None] = ("", None)
    for n, turn in enumerate(recent, start=1):
        before = prev
        t = with_id_pillars(read_question(turn.question, aliases), aliases)
        picked = (
            _items_span(t, answer, aliases, prev)
            or _ordinal_item(t, answer, aliases, prev)
            or _item_about(t, answer, aliases, prev)
            or _item_described(t, answer, aliases)
            or _all_of(t, seen, aliases)
            or _other_extreme(t, seen, aliases)
            or _a_step_from_the_topic(t, prev, aliases, answer)
            or _successor_pointed(t, prev, aliases)
            # ("그 pillar에서 … 몇 번 질문임?" two turns back: the pillar it pointed at is the topic after it too)
            or _member_pointed(t, prev, aliases)
            or _one_of_the_kind(t, prev, aliases)
        )
        # (a turn moved to question ids, "같은 영역 나머지 하나는?" -> COST11, names their pillar and area for the next)
        picked = with_id_pillars(picked, aliases) if picked is not None else None
        prev = picked if picked is not None else _carry(t, prev, aliases, answer) if prev else t
        if picked is None and any(m.entity.id in LISTABLE or m.entity.kind == "pillar" for m in t.mentions):
            # ("안정성 설계원칙 5개중 마지막꺼 옛날 이름?", then "what does it mean in practice?": a turn that picks
            # an item of the list it names itself is about that item, which its own answer lists at that place)
            # (the list may stand under a support line: "이전 판에서는 마지막 원칙을 …라고 불렀다" leads, the
            # principles follow under "- 안정성 원칙의 설계 원칙은 다음 5가지다")
            prev = _ordinal_item(t, _from_first_list(turn.answer), aliases, t) or prev
        seen.append(prev)
        # ("걔는 얼마?" right after "디벨로퍼 내년에 어캐 됨?": the plan the answer brought in, not the one ending)
        following = recent[n].question if n < len(recent) else q.text
        pointed = bool(_PRONOUN.search(following))
        # ("거긴 얼마임?" after "1월1일 지나면 어케됨?": the place pointed at is the plan moved to)
        placed = pointed or bool(_PLACE_POINTER.search(following))
        # (after "내년 1월에 어떻게 됨?", what a plan has is asked of the plan it was and the plan it becomes)
        changes = bool(CHANGES.search(following)) or "action" in prev.facets
        prev = _successor_topic(prev, turn.answer, aliases, placed, changes)
        # ("거기선 TAM 어케 바뀜?": what changes on the move is asked of both plans, the one left and the one moved to)
        if placed and not CHANGES.search(following):
            prev = _pointed_at_successor(prev, following, turn.answer, aliases)
        prev = _answer_topic(_without_likened(prev, t, following), turn.answer, aliases)
        prev = _lead_subject(_recommended(prev, turn.answer, aliases), turn.answer, aliases) if pointed else prev
        if before is not None and before.mentions and not prev.mentions:
            # "오늘 서울 날씨 어때?" in the middle of a talk about security areas was declined: the topic is still
            # the areas ("아까 그 영역들 중에 …"); and a turn that named nothing, answered within the topic ("once we
            # submit, does the listing go live right away?" after selling on Marketplace), leaves the topic as it was
            prev = before
        if _answer_items(turn.answer) and not seen[-1].item:  # (an item's own line lists no siblings)
            listing = (turn.answer, seen[-1])
        answer = turn.answer
    back = counted_list_turn(q, history)
    picked = (
        (seen[-back] if back and back <= len(seen) else None)
        or _first_subject(q, seen, aliases)
        or _returned_to(q, seen, recent, aliases)
        or _topic_set_aside(q, prev, aliases, answer)
        or _term_in_other_language(q, answer, aliases, prev)
        # ("and the last?" right after "explain the third one" counts in the same list, not in the item's line)
        or (_ordinal_item(q, listing[0], aliases, listing[1]) if seen and seen[-1].item else None)
        or _items_span(q, answer, aliases, prev)
        or _ordinal_item(q, answer, aliases, prev)
        or (_ordinal_item(q, listing[0], aliases, listing[1]) if not _answer_items(answer) else None)
        or _item_about(q, answer, aliases, prev)
        or _item_described(q, answer, aliases)
        or _all_of(q, seen, aliases)
        or _other_extreme(q, seen, aliases)
        or _extreme_of_measure(q, seen, aliases)
        or _price_gap_of(q, seen, aliases)
        or _bought_by_the_gap(q, seen, aliases)
        or _change_across_the_move(q, seen, aliases)
        or _a_step_from_the_topic(q, prev, aliases, answer)
        or _successor_pointed(q, prev, aliases)
        or _named_by_its_noun(q, prev, aliases)
        or _member_pointed(q, prev, aliases)
        or _one_of_the_kind(q, prev, aliases)
    )
    asked = [t.question for t in recent]
    if picked is not None:
        return _typed(replace(_same_bill(picked, q, asked, aliases), lang=q.lang), q)
    if prev is None:
        return q
    carried = _same_bill(_carry(q, prev, aliases, answer, force), q, asked, aliases)
    return _typed(replace(_earlier_severity(carried, q, seen, aliases), lang=q.lang), q)  # in the asker's language


# the plan after a retiring one, called by its role: "the replacement", "the new plan", "후속 플랜", "바뀌는 플랜"
_SUCCESSOR_NOUN = re.compile(
    r"\bthe (?:(?:replacement|successor)(?: (?:plan|one|tier))?|new (?:plan|one|tier))\b"
    r"|(?:후속|대체|새|새로운)\s*(?:플랜|요금제|서포트|거|것|애)"
    r"|(?:바뀌는|바뀐|바뀔|넘어가는|넘어갈)\s*(?:플랜|요금제|서포트)"
    r"|후속(?=[은는이가도]|\s|$)",
    re.IGNORECASE,
)


def _successor_pointed(q: Question, prev: Question | None, aliases: AliasTable) -> Question | None:
    """ "how much is the replacement per month", "후속 플랜 TAM 있어?" after a talk of a plan that retires: the plan
    after it, named in the role's place (one successor only; a turn naming a plan of its own asks of that plan)."""
    said = _SUCCESSOR_NOUN.search(q.text)
    if prev is None or said is None or q.of_kind("plan"):
        return None
    after = {aliases.successors[p] for p in prev.of_kind("plan") if p in aliases.successors}
    if len(after) != 1:
        return None
    new = aliases.entities[next(iter(after))]
    name = getattr(new, q.lang) or new.en
    return read_question(f"{q.text[: said.start()]}{name}{q.text[said.end() :]}", aliases)


def _member_pointed(q: Question, prev: Question | None, aliases: AliasTable) -> Question | None:
    """ "그 pillar 설계원칙은 총 몇 개임?", "that plan's price?" after a turn about one pillar or plan: the kind
    pointed at is that one member, named in its place."""
    if prev is None:
        return None
    for m in q.mentions:
        kind = next((k for k, c in CLASS_OF.items() if c == m.entity.id), None)
        members = {p.entity.id: p for p in prev.mentions if p.entity.kind == kind and not p.weak}
        if kind and len(members) == 1 and _POINTING_BEFORE.search(q.text[: m.start]):
            member = next(iter(members.values()))
            return read_question(f"{q.text[: m.start]}{member.text}{q.text[m.end :]}", aliases)
    return None


def _one_of_the_kind(q: Question, prev: Question | None, aliases: AliasTable) -> Question | None:
    """ "and the genai one?" after the ML lens: "one" stands for the kind of thing last talked about, so "genai"
    with that kind's noun ("GenAI Lens") names another of the same kind."""
    said = _THE_X_ONE.search(q.text)
    if prev is None or said is None:
        return None
    for p in prev.mentions:
        noun = (p.entity.en or "").split()[-1:] if p.entity.kind in _KINDS_BY_NOUN else []
        if not noun:
            continue
        if any(m.entity.kind == p.entity.kind for m in aliases.find(said.group(1))):
            return None  # ("and the enterprise one?": named already; the talk's question carries over as usual)
        named = f"{said.group(1)} {noun[0]}"
        if any(m.entity.kind == p.entity.kind and m.entity.id != p.entity.id for m in aliases.find(named)):
            return read_question(f"{q.text[: said.start(1)]}{named}{q.text[said.end() :]}", aliases)
    return None


_THE_X_ONE = re.compile(r"\bthe ([\w+-]+(?: [\w+-]+)?) one\b(?!\s+(?:of|with|that|which|who)\b)", re.IGNORECASE)
_KINDS_BY_NOUN = ("lens", "plan", "program", "exam")  # kinds whose names end in their noun ("… Lens", "… Support")


# a demonstrative right before the kind's word: "그 pillar", "이 플랜", "that plan", "the same pillar"
_POINTING_BEFORE = re.compile(
    r"(?:(?<![가-힣])(?:그|이|저|해당|같은)|\b(?:that|this|the same|same))\s*$", re.IGNORECASE
)


# "the tool itself", "그 툴 자체", "the program": a thing named before, pointed at by the last word of its name
# (in Korean only with "자체": a bare "그 영역" points back the usual way, at the one just talked about)
_BY_ITS_NOUN = re.compile(r"\bthe ([a-z]+)\b|([가-힣A-Za-z]+)\s*자체", re.IGNORECASE)


def _named_by_its_noun(q: Question, prev: Question | None, aliases: AliasTable) -> Question | None:
    """ "and does the tool itself cost anything?" after "how many milestones can a workload hold in the WA tool?":
    of the things the turn before named, the one whose name ends in the noun ("Well-Architected Tool"), not the
    detail asked of it (milestones). Only a noun that ends exactly one of their names points."""
    if prev is None or any(m.entity.kind in SUBJECT_KINDS and m.entity.id not in GENERIC for m in q.mentions):
        return None
    named = {m.entity.id: m for m in prev.mentions if m.entity.kind != "area" and named_by_its_noun(q.text, m)}
    if len(named) != 1 or len(prev.mentions) < 2:
        return None
    (m,) = named.values()
    return read_question(f"{m.text} {q.text}", aliases)


def named_by_its_noun(text: str, m: Mention) -> bool:
    """Does `text` point at the thing `m` names by the last word of its name ("the tool" at the WA Tool)?"""
    nouns = {w.casefold() for found in _BY_ITS_NOUN.finditer(text) for w in found.groups() if w}
    return any(n and n.split()[-1].casefold() in nouns for n in (m.entity.en, m.entity.ko, m.text))


# "아까 그 응답시간", "that response time from before": a response time asked earlier in the talk
_BACK_TO_RESPONSE = re.compile(
    r"(?:아까|앞에서|앞서|처음)\s*(?:그\s*)?(?:말한\s*|물어본\s*)?(?:응답|심각도)|그\s*(?:응답|심각도)"
    r"|\bthat (?:response|severity)\b|\bthe same (?:response|severity)\b"
    r"|\bresponse time (?:from )?(?:earlier|before)\b",
    re.IGNORECASE,
)


def _earlier_severity(resolved: Question, q: Question, seen: list[Question], aliases: AliasTable) -> Question:
    """ "옮겨지면 아까 그 응답시간은 몇분으로 바뀜?" two turns after "비즈니스 크리티컬 다운되면 첫응답 몇분?": the
    severity asked about then, though the turn between asked something else."""
    if "response" not in resolved.facets or resolved.of_kind("severity") or not _BACK_TO_RESPONSE.search(q.text):
        return resolved
    for turn in reversed(seen):
        named = list(dict.fromkeys(m.text for m in turn.mentions if m.entity.kind == "severity"))
        if named:
            return read_question(f"{' '.join(named)} {resolved.text}", aliases)
    return resolved


# "그거 말고 …", "other than that, …": the thing the conversation is about is what the turn does not want
_ASIDE_POINTER = re.compile(
    r"^\s*(?:아\s*|음\s*|ㅇㅋ\s*)?(?:그거|그건|그게|이거|이건|걔|거기|그쪽)\s*(?:는|은)?\s*(?:말고|빼고|제외하고)\s*"
    r"|^\s*(?:ok\s+|okay\s+)?(?:other than|besides|apart from|aside from) (?:that|this|it|that one|those)\b[\s,]*",
    re.IGNORECASE,
)


_SIBLING_KINDS = ("plan", "pillar", "path", "tier", "exam", "severity", "principle", "area")


def _topic_set_aside(q: Question, prev: Question | None, aliases: AliasTable, answer: str = "") -> Question | None:
    """ "그거말고 지정TAM 확실히 나오는 플랜은?" after Business Support+: the turn asks afresh, with the topic's
    subjects named to be excluded ("Business Support+ 말고 …"), so a sibling answers, not the topic again."""
    aside = _ASIDE_POINTER.match(q.text)
    if aside is None or prev is None:
        return None
    # (members of a kind with siblings to turn to: "그거 말고" after AWS training as a whole sets aside the form of
    # training just named, not training)
    aside_of = [m for m in prev.mentions if m.entity.kind in _SIBLING_KINDS]
    if {m.entity.kind for m in q.mentions} & {m.entity.kind for m in aside_of}:
        return None  # "그거 말고 보안 필러는?": the sibling named takes the topic's place, the rest carried
    names = list(dict.fromkeys(m.text for m in aside_of))
    # ("그거 말고 다른 애드온은?" after "AWS Incident Detection and Response: 5분 …": what the answer opened with)
    opening = _opening_subject(answer, aliases)
    if opening is not None and opening.entity.id not in GENERIC:
        names = [opening.text]
    if not names:
        return None
    rest = q.text[aside.end() :]
    named = ", ".join(names)
    return read_question(f"{named} 말고 {rest}" if q.lang == "ko" else f"other than {named}, {rest}", aliases)


# the first line of an answer that declined: the abstention messages in either language, any {what}
_DECLINED = said_pattern("abstain", "abstain.missing", "abstain.provider", "abstain.figure")


def declined(answer: str) -> bool:
    """The answer is an abstention: it said what the knowledge base does not cover, and named no topic."""
    return bool(_DECLINED.fullmatch(answer.split("\n", 1)[0].strip()))


def _typed(resolved: Question, q: Question) -> Question:
    """`resolved` remembering the words the asker typed, when the conversation lent it more."""
    # (a pick that put the item's name before the rest of the turn has said where the turn's words start)
    kept = bool(resolved.typed) and resolved.text.endswith(resolved.typed)
    return resolved if resolved.text == q.text or kept else replace(resolved, typed=q.text)


def readings(
    q: Question, history: list[Turn], aliases: AliasTable, known: Callable[[str], bool] | None = None
) -> list[Question]:
    """`q` read within the conversation, for a turn that named no subject: with the topic's subjects
    ("Marketplace 기술지원은 누가 해줌?"), after the whole last question ("WA tool 워크로드 다른 계정한테 공유
    가능? 권한은 뭐 줄 수 있어?": the sharing it asked about is a word no entity holds) and, given `known` (does the
    corpus use a word), after the last question's subjects and the words of it the corpus uses: a chatty last
    question ("Well-Architected 리뷰 우리팀 첨 해보는데 누구누구 들어와야됨?") lends its subject and "리뷰", not its
    chat words, which drown what it was about in the scope check."""
    if not history:
        return []
    topic = resolve(q, history, aliases, force=True)
    asked = read_question(history[-1].question, aliases)
    last = resolve(asked, history[:-1], aliases)
    if not last.mentions and len(history) > 1:
        # ("팀원들이 못사게 막을수잇음?" named nothing either: it was read within the Marketplace before it, so "거기서
        # 팔수있나" after it is about Marketplace too)
        last = resolve(asked, history[:-1], aliases, force=True)

    def after(lent: str) -> Question:
        # (what it asks is the turn's own: "누구랑 공유 가능?" asked who, "권한은 어떤거?" asks which permissions;
        # "무료임?" after "WA 리뷰 얼마 걸림?" asks no length of time)
        read = read_question(f"{lent} {q.text}", aliases)
        return replace(read, lang=q.lang, typed=q.text, kind=q.kind, facets=q.facets, asks=q.asks)

    found = [topic, after(last.text)]
    if known is not None and last.mentions:  # (words alone, with no subject lent, read as anything)
        said = [m.text for m in last.mentions]
        said += [w for w in _detail_words(last, q) if all(known(t) for t in tokenize(w))]
        found.append(after(" ".join(dict.fromkeys(said))))
    return [r for r in dict.fromkeys(found) if r.text != q.text]


# "아까 첫번째 거", "처음 물어본 거", "the one I asked about first": the subject of the conversation's first turn
EARLIER = re.compile(
    # (a bare "첫번째 거 설명해줘" after a list is its first item: `_ordinal_item`)
    r"(?:아까|맨)\s*(?:첫\s*번째|처음)\s*(?:물어본|말한|얘기한|질문한)?\s*(?:거|것|꺼|플랜|원칙)(?:는|은|에서|이|가)?"
    r"|(?:첫\s*번째|처음)\s*(?:에\s*)?(?:물어본|말한|얘기한|질문한)\s*(?:거|것|꺼|플랜|원칙)(?:는|은|에서|이|가)?"
    r"|\b(?:the )?(?:one|plan|pillar) (?:i|we) asked (?:about )?first\b"
    r"|\bthe first (?:plan|pillar|one) (?:i|we) asked\b",
    re.IGNORECASE,
)


def _first_subject(q: Question, seen: list[Question], aliases: AliasTable) -> Question | None:
    """ "아까 첫번째 거는 그 크리티컬 등급 없는 거 맞지?" three turns in: the first turn's subject, not the last's."""
    found = EARLIER.search(q.text)
    own = [m for m in q.mentions if m.entity.kind in SUBJECT_KINDS and m.entity.id not in ATTRIBUTES]
    if not found or len(seen) < 2 or own:
        return None
    names = [m.text for m in seen[0].mentions if m.entity.kind in TOPIC_KINDS or m.entity.kind == "service"]
    if not names:
        return None
    rest = (q.text[: found.start()] + " " + q.text[found.end() :]).strip()
    return replace(read_question(f"{' '.join(dict.fromkeys(names))} {rest}", aliases), lang=q.lang)


# a subject of the talk before the last, named again by a word of it: "back to the demand one — …", "아까 그 비용
# 얘기로 돌아가서 …"
_BACK_TO = re.compile(
    r"\b(?:back to|going back to|returning to)\s+(?:the\s+|that\s+)?(?P<en>[\w+-]+(?:\s+[\w+-]+)?)\s+"
    r"(?:one|thing|part|area|question|principle|plan|pillar)\b"
    r"|(?:아까|다시|앞에)\s*(?:그\s*)?(?P<ko>[\w+-]+(?:\s+[\w+-]+)?)\s*(?:거|건|꺼|얘기|쪽|부분)(?:로|으로)?\s*돌아가\w*",
    re.IGNORECASE,
)


def _returned_to(q: Question, seen: list[Question], history: list[Turn], aliases: AliasTable) -> Question | None:
    """ "back to the demand one — does it say anything about …?" three turns after the area of demand: the latest
    earlier subject (asked about, or led an answer) one of whose names holds the word; None when none does.
    `seen`: each turn of `history` as resolved."""
    found = _BACK_TO.search(q.text)
    # (a subject named beside it is what the turn asks of: "back to the enterprise one" names its plan itself)
    if not found or len(seen) < 2 or any(m.entity.kind in (*TOPIC_KINDS, "principle", "area") for m in q.mentions):
        return None
    word = (found.group("en") or found.group("ko")).casefold()
    turns = list(zip(seen, history, strict=True))[:-1]  # (the last turn's subject needs no going back to)
    for t, turn in reversed(turns):
        lead = turn.answer.split("\n", 1)[0]
        for m in [*t.mentions, *aliases.find(lead)]:
            names = [n for n in (m.entity.en, m.entity.ko, *m.names) if n]
            if m.entity.id not in GENERIC and any(word in n.casefold() for n in names):
                rest = (q.text[: found.start()] + " " + q.text[found.end() :]).strip(" —-,:")
                return replace(read_question(f"{m.text} {rest}", aliases), lang=q.lang)
    return None


# a count a list had, pointed at again: "6개 다시 알려줘", "그 5가지 영어로", "list the six again", "all 6 in korean"
_ENGLISH_NUMERALS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_KOREAN_NUMERALS = ("한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열")
_NUMERALS = {w: n for words in (_ENGLISH_NUMERALS, _KOREAN_NUMERALS) for n, w in enumerate(words, start=1)}


def _count(word: str) -> int:
    """ "6", "six", "여섯" -> 6 (a word the count patterns below capture)."""
    word = word.casefold()
    return int(word) if word.isdigit() else _NUMERALS[word]


_COUNT_POINTED = re.compile(
    r"(?<![\d가-힣])(\d{1,2}|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:개|가지)(?![가-힣])"
    r"|\b(?:all|the|those|these)\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"(?!\s*(?:%|minutes?|hours?|days?|weeks?|months?|years?))",
    re.IGNORECASE,
)


def counted_list_turn(q: Question, history: list[Turn]) -> int:
    """How many turns back the answer is whose list has the count a request to say it again names ("영어 공식
    이름으로 6개 다시 알려줘" two turns after the six pillars were listed); 0 when none but the last, or none, has."""
    found = _COUNT_POINTED.search(q.text)
    if found is None or not (_SAID_AGAIN.search(q.text) or answer_language(q.text)):
        return 0
    if any(m.entity.kind in SUBJECT_KINDS and m.entity.id not in GENERIC for m in q.mentions):
        return 0
    n = _count(found.group(1) or found.group(2))
    recent = history[-MAX_TURNS:]
    for back in range(1, len(recent) + 1):
        if len(_answer_items(recent[-back].answer)) == n:
            return back if back > 1 else 0
    return 0


def _all_of(q: Question, seen: list[Question], aliases: AliasTable) -> Question | None:
    """ "which of those is cheapest" after On-Ramp's price, then Enterprise's: both plans, not the last one."""
    if not seen or not PLURAL.search(q.text) or any(m.entity.kind in SUBJECT_KINDS for m in q.mentions):
        return None
    kinds = [m.entity.kind for m in seen[-1].mentions if m.entity.kind in TOPIC_KINDS]
    if not kinds:
        return None
    named = {m.entity.id: m.text for t in seen for m in t.mentions if m.entity.kind == kinds[0]}
    if len(named) < 2:
        return None
    return read_question(f"{' '.join(named.values())} {q.text}", aliases)


# the ends of a scale a question asks for ("질문 젤 많은 거", "the fewest", "cheapest"), one or the other
_EXTREMES = (BIGGEST, SMALLEST, CHEAPEST, NEWEST)


def _extreme_of_measure(q: Question, seen: list[Question], aliases: AliasTable) -> Question | None:
    """ "필라 중에 젤 많은거 ㅇㅇ?" after "REL 질문 몇개임?": an end of a scale asked with no measure of its own is
    the end of the measure the turn before asked about (the number of questions)."""
    if not seen or q.facets or not (BIGGEST.search(q.text) or SMALLEST.search(q.text)):
        return None
    # (asked across a whole kind it names, "필라 중에": "which one's the biggest?" stays within the topic)
    if any(m.entity.kind in SUBJECT_KINDS and m.entity.id not in GENERIC for m in q.mentions):
        return None
    last = seen[-1]
    kinds = {p.entity.kind for p in last.mentions if p.entity.kind in KIND_WORD}
    if not any(KIND_WORD[k].search(q.text) for k in kinds):
        return None  # ("which of its areas is the biggest": the areas of the topic's pillar, not all pillars)
    measured = [found.group(0) for f in last.facets if f in _MEASURES and (found := FACETS[f].search(last.text))]
    if not measured:
        return None
    return replace(read_question(f"{measured[0]} {q.text}", aliases), lang=q.lang)


_MEASURES = ("questions", "price", "response")  # what a scale's end can be asked of without naming it again


def _other_extreme(q: Question, seen: list[Question], aliases: AliasTable) -> Question | None:
    """ "제일 적은 건?" after "WA pillar 6개 중에 질문 젤 많은게 뭐임": the last question again at the other end of
    its scale, not a question about the one its answer picked."""
    if not seen or any(m.entity.kind in SUBJECT_KINDS and m.entity.id not in GENERIC for m in q.mentions):
        return None
    mine = next((m for x in _EXTREMES if (m := x.search(q.text))), None)
    last = seen[-1]
    theirs = next((m for x in _EXTREMES if (m := x.search(last.text))), None)
    if mine is None or theirs is None or len(_remainder(q).replace(mine.group(0), " ").split()) > 2:
        return None
    # (not "biggest area inside it?" after "which pillar has the most questions?": the end of another kind's scale,
    # inside the one the answer picked)
    if _PRONOUN.search(q.text) or {m.entity.id for m in q.mentions} - {m.entity.id for m in last.mentions}:
        return None
    text = f"{last.text[: theirs.start()]} {mine.group(0)} {last.text[theirs.end() :]}"
    return read_question(re.sub(r"\s+", " ", text).strip(), aliases)


def _a_step_from_the_topic(q: Question, prev: Question | None, aliases: AliasTable, answer: str) -> Question | None:
    """The topic moved by one step the turn names: a plan up or down its line-up, the rest of an area, the plan after
    a retiring one, a sibling named by one word of the topic's name."""
    return (
        _plan_a_step_away(q, prev, aliases)
        or _rest_of_the_area(q, prev, aliases, answer)
        or _after_the_end(q, prev, aliases)
        or _sibling_by_a_word(q, prev, aliases)
    )


# "그 윗급 플랜은?", "and the plan one tier down?": the plan a step up or down from the topic's
_STEP = re.compile(
    # ("그 다음 플랜은?", "the next plan": the next one up the line-up, or in a talk of a move the plan moved to)
    r"(?P<next>(?<![가-힣])다음\s*(?:플랜|등급|티어)|\bthe next (?:plan|tier)\b(?!\s+(?:down|below)))"
    r"|(?P<up>(?<![가-힣])윗\s*(?:급|단계|등급|플랜)|(?<![가-힣])위\s*(?:급|단계|등급|플랜)|상위\s*(?:플랜|등급|티어|급)"
    r"|한\s*(?:단계|등급|급|칸)\s*(?:위|높은|윗|올라|올린)|더\s*(?:높은|윗)\s*(?:플랜|등급|단계|티어|급)"
    r"|\b(?:one|a|next) (?:tier|plan|level|step) (?:up|above|higher)\b|\bhigher (?:tier|plan)\b"
    r"|\b(?:one|plan|tier) above (?:it|that|this)\b|\bthe (?:one|plan|tier) above\b|\bnext (?:tier|plan) up\b"
    r"|\bup a (?:tier|level)\b"
    # ("ES보다 높은 플랜 있어?", "is there anything above ES?": a step up from the plan the turn names)
    r"|보다\s*(?:더\s*)?(?:높은|윗|위|상위)\s*(?:급|단계|등급|플랜|티어|거|건|게)?"
    r"|\b(?:anything|something|a plan|any plan|a tier|one)\s+(?:above|higher than|beyond)\b"
    # ("ES로도 부족하면 뭘 알아봐?", "if ES isn't enough, what then?": what is beyond the plan named right before it)
    r"|(?P<beyond>(?:으로|로)도\s*(?:부족|모자라|모자르|모자랄|모잘|안\s*되|충분하지)"
    r"|\b(?:isn'?t|is not|not) enough\b))"
    r"|(?P<down>(?<![가-힣])아랫\s*(?:급|단계|등급|플랜)|(?<![가-힣])아래\s*(?:급|단계|등급|플랜)|하위\s*(?:플랜|등급|티어|급)"
    r"|한\s*(?:단계|등급|급|칸)\s*(?:아래|낮은|내려|내린)|더\s*낮은\s*(?:플랜|등급|단계|티어|급)"
    r"|\b(?:one|a|next) (?:tier|plan|level|step) (?:down|below|lower)\b|\blower (?:tier|plan)\b"
    r"|\b(?:one|plan|tier) below (?:it|that|this)\b|\bthe (?:one|plan|tier) below\b|\bdown a (?:tier|level)\b)",
    re.IGNORECASE,
)


def _plan_a_step_away(q: Question, prev: Question | None, aliases: AliasTable) -> Question | None:
    """ "그 윗급 플랜도 새로 생겼다던데 그건 얼마임?" after Enterprise Support: the plan above it in its line-up
    (Unified Operations), asked what the turn asks."""
    step = _STEP.search(q.text)
    own = [m for m in q.mentions if m.entity.kind == "plan"]
    if step is None or (prev is None and not own) or len(own) > 1:
        return None
    if step.group("beyond") and own and not 0 <= step.start() - own[0].end <= 2:
        return None  # ("developer로는 부족해서 ES 보는 중": not enough, said of what the asker has, not of ES)
    # ("베이직 바로 윗급 플랜은 얼마?": a step from the plan the turn names, which is then not asked about)
    plans = [own[0].entity.id] if own else prev.of_kind("plan") if prev is not None else []
    up = step.group("down") is None
    other = neighbour_plan(aliases, plans[0], up=up) if len(plans) == 1 else None
    if step.group("next") and not own and prev is not None and "replacement" in prev.facets and len(plans) == 1:
        # ("비즈니스 없어진다며? 뭘로 갈아타야됨?" -> "그 다음 플랜 최소 요금은?": the plan after the move)
        after = aliases.successors.get(plans[0], plans[0])
        other = aliases.entities.get(after)
    if other is None:
        return None
    text = q.text
    edits = [(step.start(), step.end(), other.en), *((m.start, m.end, "") for m in own)]
    for start, end, put in sorted(edits, reverse=True):  # (right to left, so the spans before stay where they are)
        text = text[:start] + put + text[end:]
    return read_question(re.sub(r"\s+", " ", text).strip(), aliases)


_BARE_TURN = re.compile(
    r"^\s*(?:그럼|그러면|and|what about|how about)?\s*(\S+?)(?:은|는|이면|면|도)?\s*[?？.!]*\s*$", re.IGNORECASE
)
_SIBLING_KINDS_BY_WORD = ("severity", "plan", "area", "principle")


def _sibling_by_a_word(q: Question, prev: Question | None, aliases: AliasTable) -> Question | None:
    """ "다운은?" after "'프로덕션 시스템 손상'은 severity 코드 뭐로?": the one word, put in place of a word of the
    topic's name, names a sibling ("프로덕션 시스템 다운"), which is then asked what the topic was."""
    bare = _BARE_TURN.match(q.text)
    if prev is None or q.mentions or bare is None:
        return None
    word = bare.group(1)
    for m in prev.mentions:
        if m.entity.kind not in _SIBLING_KINDS_BY_WORD:
            continue
        for name in dict.fromkeys((m.text, m.entity.ko, m.entity.en)):
            parts = name.split()
            for i in range(len(parts) if len(parts) > 1 else 0):
                other = " ".join([*parts[:i], word, *parts[i + 1 :]])
                found = aliases.find(other, slips=False)
                if (
                    len(found) == 1
                    and found[0].entity.kind == m.entity.kind
                    and found[0].entity.id != m.entity.id
                    and found[0].end - found[0].start == len(other)
                ):
                    return read_question(f"{prev.text[: m.start]}{other}{prev.text[m.end :]}", aliases)
    return None


def _after_the_end(q: Question, prev: Question | None, aliases: AliasTable) -> Question | None:
    """ "내년 1월 이후엔?", "and after jan 1?" after a retiring plan's figure: the same asked of the plan it was and of
    the plan after it, side by side."""
    if prev is None or q.mentions or not AFTER_END.search(q.text):
        return None
    rest = re.sub(r"[\s?!.,~]+|^(?:그럼|그러면|and|then|so|what about)\b", "", AFTER_END.sub("", q.text), flags=re.I)
    plans = prev.of_kind("plan")
    if len(rest) > 3 or len(plans) != 1 or plans[0] not in aliases.successors:
        return None  # (a turn that asks more than when is read as it asks)
    new = aliases.entities.get(aliases.successors[plans[0]])
    old = next(m for m in prev.mentions if m.entity.id == plans[0])
    if new is None or new.id in prev.entities:
        return None
    # (the plan after it first: what is asked is how things stand then)
    return read_question(f"{prev.text[: old.start]}{new.en}, {prev.text[old.start :]}", aliases)


# "같은 영역 나머지 하나는?", "what else is in that area?": the other questions of the area the last question id is in
_SAME_AREA = re.compile(
    r"같은\s*(?:영역|area|카테고리)|(?:그|이)\s*영역\s*(?:의|에)?\s*(?:나머지|다른)"
    r"|\bsame (?:area|section|category)\b|\b(?:rest|others?) (?:of|in) (?:that|the same|this) area\b"
    r"|\bwhat else is in (?:that|this|the same) area\b",
    re.IGNORECASE,
)


def _rest_of_the_area(q: Question, prev: Question | None, aliases: AliasTable, answer: str = "") -> Question | None:
    """ "같은 영역 나머지 하나는?" after "COST10은 뭐 보는 질문임?": COST11, the area's other question. (After "… COST
    몇번 질문임?", whose answer named the ids, the area is the one its first line names.)"""
    if prev is None or QUESTION_ID.search(q.text) or not _SAME_AREA.search(q.text):
        return None
    asked = question_ids(prev.text)
    areas = {aliases.question_areas.get(i) for i in asked or question_ids(answer.split("\n", 1)[0])} - {None}
    if len(areas) != 1:
        return None
    area = areas.pop()
    rest = [i for i, a in aliases.question_areas.items() if a == area and i not in asked]
    return read_question(f"{' '.join(sorted(rest))} {q.text}", aliases) if rest else None


def _price_gap_of(q: Question, seen: list[Question], aliases: AliasTable) -> Question | None:
    """ "얼마 더 비쌈?" after Business's price at a bill, then "그럼 엔터프라이즈는?": the last plan priced against the
    one priced before it, at the same bill."""
    talked = {p for t in seen for p in t.of_kind("plan")}
    if not seen or not PRICE_GAP.search(q.text):
        return None
    last = set(seen[-1].of_kind("plan"))
    if len(last) != 1:
        return None
    named = set(q.of_kind("plan"))
    if len(named) == 1 and not named <= talked:
        # ("ES로 자동 전환되면 그 요금은 얼마고, 지금보다 얼마를 더 내?" after On-Ramp's price at a bill: the plan it
        # names against the one just priced)
        name = next(m.text for m in q.mentions if m.entity.kind == "plan")
        return read_question(f"{name} {seen[-1].text} {q.text}", aliases)
    # (a plan it names is one of those priced: "wait so ES is actually the cheaper one? by how much")
    if not named <= talked:
        return None
    before = _earlier_plan(seen, next(iter(last)))
    return None if before is None else read_question(f"{before.text} {seen[-1].text} {q.text}", aliases)


def _change_across_the_move(q: Question, seen: list[Question], aliases: AliasTable) -> Question | None:
    """ "크리티컬 장애 응답 목표는? 몇 분에서 몇 분으로 바뀌는 거" after "ES로 전환되면 얼마로 바뀜?", which followed
    On-Ramp: what changes is asked of the plan moved from and the plan moved to, side by side."""
    if not seen or q.of_kind("plan") or not CHANGES.search(q.text) or "replacement" not in seen[-1].facets:
        return None
    plans = _last_plan_and_the_one_before(seen)
    return None if plans is None else read_question(f"{plans[1].text}, {plans[0].text} {q.text}", aliases)


def _last_plan_and_the_one_before(seen: list[Question]) -> tuple[Mention, Mention] | None:
    """The one plan the last turn named, and the latest other plan named before it; None unless both are there."""
    last = [m for m in seen[-1].mentions if m.entity.kind == "plan"]
    if len({m.entity.id for m in last}) != 1:
        return None
    before = _earlier_plan(seen, last[0].entity.id)
    return None if before is None else (last[0], before)


def _earlier_plan(seen: list[Question], last: str) -> Mention | None:
    """The latest plan named before the last turn, other than `last`, the one plan that turn named."""
    return next(
        (m for t in reversed(seen[:-1]) for m in t.mentions if m.entity.kind == "plan" and m.entity.id != last), None
    )


# what is bought by paying more: "what do we actually get for the extra?", "그 돈 더 내면 뭐가 생김?"
_FOR_THE_EXTRA = re.compile(
    r"\bfor (?:the|that) (?:extra|difference|premium|upcharge)\b|\bfor the (?:extra|additional) (?:money|cost|spend)\b"
    r"|(?:차액|추가\s*(?:금액|비용)|더\s*내는\s*(?:만큼|돈)|그\s*돈(?:이면|\s*더\s*내면))",
    re.IGNORECASE,
)


def _bought_by_the_gap(q: Question, seen: list[Question], aliases: AliasTable) -> Question | None:
    """ "what do we actually get for the extra? response-time wise and the TAM side" after On-Ramp, then ES's
    minimum: what the plan priced last adds over the one talked of before it, compared on what the turn names."""
    if not seen or not _FOR_THE_EXTRA.search(q.text) or q.of_kind("plan"):
        return None
    plans = _last_plan_and_the_one_before(seen)
    return None if plans is None else read_question(f"{plans[0].entity.en} vs {plans[1].entity.en}: {q.text}", aliases)


def _successor_topic(
    prev: Question, answer: str, aliases: AliasTable, pointed: bool = False, changes: bool = False
) -> Question:
    """After "what replaces X?" the answer's new plan is the topic: "가격은?" then asks about the successor. After
    "when does X end?", only a turn that points ("걔는 얼마?", `pointed`) points at the plan the answer brought in,
    and one that asks what changes ("응답목표는 어떻게 달라짐?", `changes`) at both."""
    facets = set(prev.facets)
    moved = (
        "replacement" in facets or (pointed and "end_date" in facets) or (changes and {"end_date", "action"} & facets)
    )
    if not moved or not answer:
        return prev
    asked = set(prev.of_kind("plan"))
    named = [m for m in aliases.find(answer) if m.entity.kind == "plan" and m.entity.id not in asked]
    if not asked or not named:
        return prev
    old = next(m for m in prev.mentions if m.entity.kind == "plan")
    if changes:  # the plan it was and the plan it becomes, side by side
        return read_question(f"{prev.text[: old.end]}, {named[0].text}{prev.text[old.end :]}", aliases)
    return read_question(prev.text[: old.start] + named[0].text + prev.text[old.end :], aliases)


# "the last two", "first 3", "마지막 두 개", "앞에 세개": several items at one end of the last answer's list
_SPAN = re.compile(
    r"\b(?:the\s+)?(first|last)\s+(two|three|2|3)\b"
    r"|(처음|첫|앞|마지막|뒤)\s*(?:에\s*)?(?:거\s*)?(두|세|2|3)\s*(?:개|가지)",
    re.IGNORECASE,
)


def _items_span(q: Question, answer: str, aliases: AliasTable, prev: Question | None = None) -> Question | None:
    """ "그 7개 중 마지막 두 개 질문번호 뭐임", "explain the first two": those items of the last answer's list, by name,
    with the topic's own subject (the pillar they belong to)."""
    found = _SPAN.search(q.text)
    if found is None:
        return None
    items = _answer_items(answer)
    n = _count(found.group(2) or found.group(4))
    if len(items) <= n:
        return None
    last = (found.group(1) or found.group(3)).casefold() in ("last", "마지막", "뒤")
    names = [name for _, name in (items[-n:] if last else items[:n])]
    named = {m.entity.id for name in names for m in aliases.find(name)}
    topic = [
        m.text for m in (prev.mentions if prev else ()) if m.entity.kind in TOPIC_KINDS and m.entity.id not in named
    ]
    rest = (q.text[: found.start()] + " " + q.text[found.end() :]).strip()
    return replace(read_question(" ".join([*dict.fromkeys(topic), *names, rest]), aliases), lang=q.lang)


# a place set aside: "세번째꺼 말고 여섯번째꺼", "not the third one, the sixth"
_ORDINAL_ASIDE_AFTER = re.compile(r"\s*(?:꺼|거|것)?\s*(?:은|는)?\s*(?:말고|빼고|아니고|대신)")
_ORDINAL_ASIDE_BEFORE = re.compile(r"\b(?:not|except|besides|other than)\s+$", re.IGNORECASE)


def _ordinal_asked(text: str) -> re.Match[str] | None:
    """The first place named that is not set aside ("세번째꺼 말고 여섯번째꺼 설명 좀": the sixth)."""
    found = list(ORDINAL.finditer(text))
    kept = [
        m
        for m in found
        if not _ORDINAL_ASIDE_AFTER.match(text, m.end()) and not _ORDINAL_ASIDE_BEFORE.search(text[: m.start()])
    ]
    chosen = kept or found
    return chosen[0] if chosen else None


def _ordinal_item(q: Question, answer: str, aliases: AliasTable, prev: Question | None = None) -> Question | None:
    """ "explain the last one", "두 번째 거 예시": the item of the previous answer's list at that place."""
    found = _ordinal_asked(q.text)
    if not found or not answer:
        return None
    # ("and the last one, what was it called under the old naming?" after "The top tier is Premier…" and the tiers
    # listed under the line after it: the list the answer gives, wherever it stands)
    items = _answer_items(answer) or _answer_items(_from_first_list(answer))
    index = ORDINALS.get(re.sub(r"^the\s+|\s+", "", found.group(0).casefold()))
    if not items and index is not None and (span := _ID_RANGE.search(answer.split("\n", 1)[0])):
        # "네번째꺼 뭐 물어봄" after "…질문은 5개(PERF01~PERF05)": the question id at that place of the range
        first, last = int(span.group(2)), int(span.group(4))
        number = last if index == -1 else first + index
        if span.group(1).upper() == span.group(3).upper() and first <= number <= last:
            rest = q.text[: found.start()] + q.text[found.end() :]
            rest = re.sub(r"^\s*(?:거|꺼|것|껀|건|게|께)[은는이가]?(?=\s|$)", "", rest).strip()
            return replace(read_question(f"{span.group(1).upper()}{number:02d} {rest}", aliases), lang=q.lang)
    ids = set(question_ids(answer.split("\n", 1)[0]))
    if not items and index is not None and index >= 0 and len(ids) == 1:
        # "and the second one?" after "SUS01 is a question of …": the pillar's question at that place
        rest = q.text[: found.start()] + q.text[found.end() :]
        rest = re.sub(r"^\s*(?:거|꺼|것|껀|건|게|께|one)[은는이가]?(?=\s|$|\?)", "", rest.strip()).strip()
        prefix = id_prefix(next(iter(ids)))
        return replace(read_question(f"{prefix}{index + 1:02d} {rest}".strip(), aliases), lang=q.lang)
    if not items or index is None or (index >= len(items) and index != -1):
        return None
    item, name = items[index]
    picked = name
    # ("없음(None)": a name too plain to find anything alone keeps its other-language name, as does one whose other
    # name is asked: "첫번째꺼 영어로?")
    plain = len(re.sub(r"\s", "", name)) <= 2 or bool(_IN_OTHER_LANGUAGE.search(q.text))
    # (the other name stands right after the name: "비용: … 적정 크기 조정(right sizing) …" gives "비용" none)
    if plain and (other := re.match(rf"\s*{re.escape(name)}\s*\(([^)]{{2,40}})\)", item)):
        name = f"{name}({other.group(1)})"
    elif plain and (said := re.match(r"[^:]{1,20}:\s*(.+)", item)):
        # "비용: 시간당 과금 제품은 …": a bare word names nothing to search; what the item says of it does, quoted so
        # its words ("요금") are searched but ask nothing
        gist = re.sub(r"[\"'‘’“”]", "", said.group(1))[:_ITEM_GIST].rsplit(" ", 1)[0]
        gist = re.sub(r"\s*\S*\([^)]*$", "", gist)  # (no bracket left open by the cut)
        name = f'{name} "{gist}"'
    # ("세번째꺼는": the word for "one" goes with the ordinal)
    rest = q.text[: found.start()] + re.sub(
        r"^\s*(?:거|꺼|것|껀|건|게|께)(?=[은는이가도를을]|\s|$)", "", q.text[found.end() :]
    )
    rest = rest.strip()
    if re.match(r"[은는이가도를을](?:\s|$)", rest):  # ("자격증" + "는 한번 따면…": "자격증은 한번 따면…")
        name, rest = with_particle(name, rest[0]), rest[1:].strip()
    # ("마지막 거는 뭐임?" after Marketplace's product types: the professional services sold there; "세번째꺼는
    # 콘솔에선?" after the WA Tool's risk levels: the topic's own subject stays beside the item's name)
    named = aliases.find(name)
    own = {m.entity.id for m in named}
    # (nor what the other items name, when the item is a subject of its own: "세번째꺼는 뭘로 넘어감?" after the three
    # plans that end asks of On-Ramp alone; "첫번째꺼" of cloud design principles keeps the caching asked about)
    subject = any(m.entity.kind in TOPIC_KINDS for m in named)
    # (or a principle or an area, whose siblings are named only in passing: "the third one" after the general
    # principles and "game day도 그 중 하나?" is not about game days; the pillar they belong to stays)
    member = any(m.entity.kind in ("principle", "area") for m in named)
    others = " ".join(n for _, n in items if n != name) if subject or member else ""
    siblings = {m.entity.id for m in aliases.find(others)} - own
    # (a name inside another item's: "game day" of "게임 데이를 통한 개선 (Improve through game days)")
    elsewhere = " ".join(i for i, n in items if n != name).casefold() if member else ""

    def sibling(m: Mention) -> bool:
        if subject:
            return m.entity.id in siblings
        return m.entity.kind not in TOPIC_KINDS and (
            m.entity.id in siblings or any(n.casefold() in elsewhere for n in m.names)
        )

    topic = [
        m.text
        for m in (prev.mentions if prev else ())
        if m.entity.id not in own and m.entity.id not in GENERIC and not sibling(m)
    ]
    # (a bare name, "확장성 (Scalability)", says nothing of the item: the turn's own words say what is asked; a
    # principle's or an area's name is its line in the passage's list, which says it)
    described = ":" in item or any(m.entity.kind in ("principle", "area") for m in named)
    return replace(
        read_question(" ".join([*dict.fromkeys(topic), name, rest]).strip(), aliases),
        lang=q.lang,
        item=picked if described else "",
    )


# a range of question ids: "PERF01~PERF05", "REL01부터 REL13까지", "COST01 to COST11"
_ID_RANGE = re.compile(
    r"\b(OPS|SEC|REL|PERF|COST|SUS)(\d{2})\s*(?:~|-|–|부터|to|through)\s*(OPS|SEC|REL|PERF|COST|SUS)(\d{2})\b", re.I
)
_ITEM_GIST = 55  # characters of an item's description that stand for a name too plain to search alone


def _from_first_list(answer: str) -> str:
    """The answer from the first of its lines that has items under it (that line as line 1); the answer itself
    when line 1 has them, or no line does."""
    lines = answer.splitlines()
    for i, line in enumerate(lines[:-1]):
        indent = len(line) - len(line.lstrip())
        below = lines[i + 1]
        if ITEM.match(below) and len(below) - len(below.lstrip()) > indent:
            return "\n".join([re.sub(r"^\s*-\s+", "", line), *lines[i + 1 :]]) if i else answer
    return answer


def _answer_items(answer: str) -> list[tuple[str, str]]:
    """The items of the list under the answer's first line as (the item, its name: the part before "(" or ":");
    the support lines after that list are not part of it."""
    lines = answer.splitlines()[1:]
    indent = len(lines[0]) - len(lines[0].lstrip()) if lines else 0
    block = []
    # ("- …" flush left after a line 1 that announces no list: the support lines, not its items)
    support = bool(lines) and lines[0].startswith("- ") and not answer.splitlines()[0].rstrip(" [0-9]").endswith(":")
    for x in lines if not support else ():
        if not ITEM.match(x) or len(x) - len(x.lstrip()) != indent:
            break
        block.append(x)
    items = [re.sub(r"^\s*(?:\d+[.)]|[-*])\s*", "", x) for x in block]
    if not items and answer:
        items = _inline_items(answer.splitlines()[0])
    return [(item, re.split(r"\s*[(:]", item, maxsplit=1)[0].strip()) for item in items]


# the words that end a clause before an inline list ("자격증은", "levels are", "tiers:")
_LIST_OPENER = re.compile(r"(?:은|는|이|가|로는|에는|:|\bare|\bis|\binclude[sd]?)$")


def _inline_items(line: str) -> list[str]:
    """The items of a list written inside line 1 ("자격증은 Foundational, Associate, Professional, Specialty 수준으로
    나뉜다"): three or more names between commas, the first after the clause's subject, the last before its verb.
    Korean items run longer and end at their particle ("…, 다운스트림 영향 줄이기는 노트에 없다")."""
    line = re.sub(r"\s*\[\d+\]\s*$", "", line).rstrip(".")
    # "위험 수준(고위험, 중간 위험, 위험 없음)을 매기고": a list in brackets after what it lists
    bracketed = re.search(r"\(([^()]*,[^()]*,[^()]*)\)", line)
    if bracketed and all(0 < len(i.split()) <= _item_words(i) for i in bracketed.group(1).split(",")):
        return [i.strip() for i in bracketed.group(1).split(",")]
    # "…, the top APN tier: Bespin Global, MegazoneCloud and 키존네트웍스": a list after a colon, its last two joined
    after_colon = line.rsplit(": ", 1)[1] if ": " in line else ""
    named = [i.strip() for i in re.split(r",\s*|\s+(?:and|or)\s+", after_colon) if i.strip()]
    if len(named) >= 3 and all(0 < len(i.split()) <= _item_words(i) and not i[0].islower() for i in named):
        return named
    parts = [p.strip() for p in line.split(",")]
    if len(parts) < 3 or any(len(p.split()) > _item_words(p) for p in parts[1:-1]):
        return []
    head = parts[0].split()
    opened = [i + 1 for i, w in enumerate(head) if _LIST_OPENER.search(w)]
    korean_start = not opened and len(head) <= _KO_ITEM_WORDS and bool(re.match(r"[가-힣]", parts[0]))
    cut = 0 if korean_start else max(opened, default=len(head) - 1)
    first = " ".join(head[cut:])
    tail = re.sub(r"^(?:and|or|및|그리고)\s+", "", parts[-1]).split()
    if re.match(r"[가-힣]", tail[0] if tail else ""):
        # a Korean last item ends at the word that carries the clause's particle ("줄이기는")
        end = next((i for i, w in enumerate(tail) if _KO_ITEM_END.search(w)), None)
        if end is None:
            return []
        last = [*tail[:end], _KO_ITEM_END.sub("", tail[end])]
        items = [first, *parts[1:-1], " ".join(last)]
    else:
        # the last item stops at the first word that is no part of a name: a particle-bearing Hangul word, a
        # lowercase one
        end = next(
            (
                i
                for i, w in enumerate(tail)
                if i and (re.search(r"[가-힣]", w) or (w.islower() and w not in ("and", "or")))
            ),
            len(tail),
        )
        items = [first, *parts[1:-1], *re.split(r"\s+(?:and|or)\s+", " ".join(tail[:end]))]
    # names, not a clause cut at its commas ("13 questions, REL01 to REL13, the most of any pillar") nor a list in
    # brackets inside it ("위험 수준(고위험, 중간 위험, 위험 없음)을 매기고")
    return items if all(i and not i[0].islower() and i.count("(") == i.count(")") for i in items) else []


_KO_ITEM_WORDS = 8  # a Korean item ("더 효율적인 새 하드웨어와 소프트웨어를 예상하고 도입") runs to more words


def _item_words(part: str) -> int:
    """The most words an inline item may have: a name in English, a phrase in Korean."""
    return _KO_ITEM_WORDS if re.search(r"[가-힣]", part) else 4


_KO_ITEM_END = re.compile(r"(?<=[가-힣])(?:은|는|이|가|을|를|으로|로|와|과)$")


# "the one about data", "the data one", "데이터 관련된 거": an item of the previous answer's list, by its words
_ONE_ABOUT = re.compile(
    r"\b(?:the|that)\s+one\s+(?:about|on|for|with|re)\s+(?P<about>[\w-]+(?:\s+[\w-]+)?)"
    r"|\bthe\s+(?P<word>[\w-]+)\s+one\b"
    # ("자동 복구 관련된 건": up to three words before it, the item holding most of them)
    r"|(?P<ko>(?:[가-힣A-Za-z]+\s+){0,2}[가-힣A-Za-z]+?)\s*(?:관련된|관련|에\s*대한|얘기하는|나오는)\s*(?:거|건|게|것|원칙|항목)"
    # ("그 중에 교육 파트너는?": among the last list, the one named by a few of its words)
    # (not "그중 SaaS는 어케 과금됨": a question about the item, which names it and goes on)
    r"|^\s*그\s*중(?:에|에서)?\s+(?P<among>(?:[가-힣A-Za-z]+\s+){0,2}?[가-힣A-Za-z]+?)(?:은|는|이|가)\s*[?？]*\s*$",
    re.IGNORECASE,
)


_COUNT_SAID = re.compile(r"\d")  # an item line that gives a figure of its own ("안정성(Reliability): 13개")


def _item_about(q: Question, answer: str, aliases: AliasTable, prev: Question | None = None) -> Question | None:
    """ "whats the one about data called" after a list of principles: the item whose words hold "data"."""
    found = _ONE_ABOUT.search(q.text)
    if not found or not answer:
        return None
    words = folded_terms(next(g for g in found.groups() if g))
    scored = [(len(words & folded_terms(item)), name, item) for item, name in _answer_items(answer)]
    best = max((n for n, _, _ in scored), default=0)
    chosen = [name for n, name, _ in scored if n == best]
    if not words or best == 0 or len(chosen) != 1:
        return None
    item = next(i for n, _, i in scored if n == best)
    counted = bool(_COUNT_SAID.search(item.replace(chosen[0], "")))
    if found.group("among") and prev is not None and prev.kind == "number" and counted:
        # ("그중에 안정성은?" after "WA 질문 총 몇 개임?" listed each pillar with its count: the figure asked before, of
        # the one named, read as a turn that leaves out what it asks; not "그 중에 교육 파트너는?" after how many
        # paths there are, whose items are only named)
        return None
    rest = (q.text[: found.start()] + q.text[found.end() :]).strip()
    # ("the Advanced one" after the Services Path's tiers: a name that names nothing alone goes with the topic's)
    name = chosen[0]
    if prev is not None and prev.mentions and not aliases.find(name):
        name = " ".join([*dict.fromkeys(m.text for m in prev.mentions), name])
    # (the turn's own words start after the item's name: "Advanced How many …" holds no name "How")
    return replace(read_question(f"{name} {rest}".strip(), aliases), lang=q.lang, typed=rest)


# What a turn sets aside beside its pick ("구축은 필요없고", "not build", "빼고"): those words choose no item
_ASIDE_WORDS = re.compile(
    r"((?:[가-힣A-Za-z]+\s+){0,1}[가-힣A-Za-z]+?)(?:은|는|이|가|을|를)?\s*(?:필요\s*없|없어도|말고|빼고|제외하고)"
    r"|\b(?:not|no|without|don't need|dont need|no need for)\s+(?:to\s+)?([\w-]+)",
    re.IGNORECASE,
)
# a turn that asks which one: a question word, or "the one that …?" ("판매자가 운영까지 해주는 건?")
_ASKS_PICK = re.compile(
    r"뭐|뭘|무엇|어느|어떤|무슨|\bwhich\b|\bwhat\b|(?:건|거|게|것|곳|데)\s*[?？]*\s*$", re.IGNORECASE
)
# words of a pick that say nothing of the item ("그중에 뭐 봐야됨?", "which of those")
_PICK_FILLER = frozenset(["그중", "중에", "those", "these", "them", "which", "one", "ones", "fits", "best", "good"])


def _item_described(q: Question, answer: str, aliases: AliasTable) -> Question | None:
    """ "구축은 필요없고 운영만 통째로 외주줄거임. 그중에 뭐 봐야됨?" after three programs listed with what each is
    for: the one item whose description holds the turn's own words (운영: MSP) and the others do not; the words the
    turn sets aside (구축) choose nothing."""
    # ("TAM 풀로 준다는 그거 내년에도 계속 쓸수있음?": the item pointed at by what the list said of it, asked anything;
    # a name within what is said of it, TAM, is no subject of the turn's own)
    described = _DESCRIBED.search(q.text)
    pointer = described if described and described.group(1) else None  # (Korean: what is said comes before it)
    said_of = pointer.start(1) if pointer else 0
    if not answer or any(m.entity.kind in SUBJECT_KINDS for m in q.mentions if m.start >= said_of):
        return None
    if described is None and not AMONG.search(q.text):
        return None
    if described is None and (q.kind == "yesno" or not _ASKS_PICK.search(q.text)):
        return None  # ("if one of those has a bug do I just open a case?": about any of them, none picked)
    items = [(item, name) for item, name in _answer_items(answer) if item != name]
    if len(items) < 2:
        return None
    aside: set[str] = set()
    for m in _ASIDE_WORDS.finditer(q.text):
        aside |= folded_terms(m.group(1) or m.group(2) or "")
    # (a word of English grammar, "has", "the", picks nothing)
    words = {
        t
        for t in folded_terms(q.text[:said_of] if pointer else q.text)
        if len(t) >= 2 and t not in _PICK_FILLER and not (t.isascii() and zipf(t) >= COMMON_WORD)
    } - aside
    held = [(_shared(words, folded_terms(item)), name) for item, name in items]
    best = max(n for n, _ in held)
    chosen = [name for n, name in held if n == best]
    if best == 0 or len(chosen) != 1:
        return None
    # (what was said of it only picked it: "TAM 풀로 준다는 그거 내년에도 …" asks "Enterprise On-Ramp 내년에도 …")
    rest = q.text[pointer.end() :] if pointer else q.text
    return replace(read_question(f"{chosen[0]} {rest}", aliases), lang=q.lang, item=chosen[0])


def _shared(words: set[str], item: frozenset[str]) -> int:
    """How many of the turn's words the item's line holds; a Hangul word with a particle ("풀로") holds its stem
    (not "데이터로" the "데이" of "게임 데이": what follows the stem must be a particle)."""
    return sum(
        1
        for w in words
        if w in item or (_HANGUL_WORD.fullmatch(w) and any(w.startswith(t) and w[len(t) :] in _PARTICLES for t in item))
    )


# the particles a Hangul noun is typed with ("풀로", "원칙은", "데이터에서")
_PARTICLES = frozenset(
    {"로", "으로", "는", "은", "이", "가", "를", "을", "에", "의", "도", "와", "과", "랑", "이랑", "에서", "까지"}
    | {"부터", "만", "엔", "에는", "에선", "한테", "께", "요", "이요", "인", "인데", "라는", "이라는"}
)


_HANGUL_WORD = re.compile(r"[가-힣]+")


# "TAM 풀로 준다는 그거", "the one with the TAM pool": a thing pointed at by what was said of it (group 1: the pointer)
_DESCRIBED = re.compile(
    r"[가-힣]+(?:다는|라는|다던|라던)\s*(그거|그것|그게|그건|거|것|걔|그\s*플랜|플랜)(?![가-힣])"
    r"|\b(the one) (?:that|which|with|where)\b",
    re.IGNORECASE,
)


# "영어로 뭐라고 함?", "what's that in Korean": the other language's name of what the last answer named
# (not "한국어로도 열수있음?": a case opened in Korean)
_IN_OTHER_LANGUAGE = re.compile(
    r"(?:영어|영문|한국어|한글|우리말)\s*(?:로는|로|으론)\s*(?:뭐|머|뭔|뭘|무엇|어떻게\s*(?:써|쓰|말|불러|부르|표기))"
    r"|(?:영문|영어|한글|한국어)\s*(?:(?:원문|원래|정식|공식|원어)\s*)?(?:이름|명칭|표현|표기|용어)|원문\s*(?:이름|명칭|표기)"
    r"|^\s*(?:영어|영문|한국어|한글)\s*(?:로는|론|으론|로)\s*[?？]*\s*$"  # "영어로는?" alone
    r"|\b(?:called|say|write|term|name)\b[^?]{0,20}\bin (?:english|korean)\b|\bin (?:english|korean)\s*\??\s*$"
    r"|\b(?:english|korean) (?:name|term|word)\b",
    re.IGNORECASE,
)
# a term with its other-language name in parentheses: "작업 기술서(statement of work)", "drift (드리프트)"
_PAIRED_TERM = re.compile(r"([가-힣][가-힣 ]{0,20}[가-힣]|[A-Za-z][A-Za-z -]{1,40}[A-Za-z])\s?\(([^()]{2,60})\)")


def _term_in_other_language(
    q: Question, answer: str, aliases: AliasTable, prev: Question | None = None
) -> Question | None:
    """ "영어로 뭐라고 함?" after "산출물은 보통 작업 기술서(statement of work)로 정한다": a turn that names nothing
    asks for the other name of the term the last answer's first line gave with one; it is read as asking about
    that term within the topic (Professional Services), so the passage that pairs the two names answers it."""
    if not answer or not _IN_OTHER_LANGUAGE.search(q.text) or any(m.entity.kind in SUBJECT_KINDS for m in q.mentions):
        return None
    if _EVERY_NAME.search(q.text) and _answer_items(answer):
        return None  # ("list them in English pls" after a list: the list again, in English; not one term's name)
    if ORDINAL.search(q.text):
        return None  # ("첫번째꺼 영어로?": the item at that place, read with its other name by _ordinal_item)
    # ("영어로는?" after "세번째꺼 예시 좀": the principle the turn before was about, not the pillar its line names too)
    # (the term the line pairs is asked, unless it is only the pillar that principle belongs to)
    parts = {m.entity.id: m.entity for m in (prev.mentions if prev else ()) if m.entity.kind in ("principle", "area")}
    one = next(iter(parts.values())) if len(parts) == 1 else None
    paired = _paired_term(re.sub(r"\s*\[\d+\]", "", answer.splitlines()[0]))
    pillar_only = paired is not None and any(m.entity.kind == "pillar" for m in aliases.find(" ".join(paired)))
    if (
        one is not None
        and (paired is None or pillar_only)
        and one.en
        and one.ko
        and one.en.casefold() != one.ko.casefold()
    ):
        # (the name in the language asked for: "한국어로는 뭐라고 부름?" wants the Korean one)
        korean = bool(re.search(r"한국어|한글|우리말|\bkorean\b", q.text, re.IGNORECASE))
        paired = (
            (one.en, one.ko) if korean or (q.lang != "ko" and not _ENGLISH_ASKED.search(q.text)) else (one.ko, one.en)
        )
    if paired is None:
        return None
    term, other = paired
    # (not the term itself as the topic named it: "멱등" before "멱등성(idempotent operation)")
    topic = [m.text for m in (prev.mentions if prev else ()) if m.entity.id not in GENERIC and m.text not in term]
    return replace(read_question(" ".join([*dict.fromkeys(topic), f"{term}({other})", q.text]), aliases), lang=q.lang)


_ENGLISH_ASKED = re.compile(r"영어|영문|\benglish\b", re.IGNORECASE)
# every name of a list asked, not one: "list them in English", "전부 영어로", "영문 이름들"
_EVERY_NAME = re.compile(
    r"\b(?:them|those|these|all|each|every|list|names)\b|전부|모두|각각|이름들|목록|리스트|(?<![가-힣])다\s",
    re.IGNORECASE,
)


# the turns a request to restate points at: "위에 두개", "둘 다", "both"; "위에 거 다", "all of that"
_BOTH = re.compile(r"둘\s*다|두\s*개|두\s*가지|\bboth\b|\b(?:the|these|those) two\b|위에\s*(?:두|2)", re.IGNORECASE)
_ALL_ABOVE = re.compile(
    r"(?:위에|앞에|지금까지)\s*(?:거|것|내용|얘기)?\s*(?:다|전부|모두)|\ball (?:of )?(?:that|this|the above)\b",
    re.IGNORECASE,
)
RESTATED_TURNS = 3  # at most this many earlier turns are said again


# saying again what was said: "다시 정리", "번역해줘", "summarize", "say that again in english"
_SUMMED_UP = re.compile(r"정리|요약|\bsummar(?:y|i[sz]e)\b|\brecap\b|\bsum (?:it |that )?up\b", re.IGNORECASE)
# ("can you say that in English?", "영어로 써줘": what was said, in the other language)
_SAID_AGAIN = re.compile(
    rf"{_SUMMED_UP.pattern}|다시|번역|\bagain\b|\brepeat\b|\btranslat|\b(?:say|put|write) (?:that|it|this|those|them)\b"
    r"|(?:영어|영문|한국어|한글)\s*로\s*(?:해|써|적어|말해|줘|부탁)",
    re.IGNORECASE,
)
# what was said before, pointed at: "앞에 말한거", "위에 거", "아까 얘기한 내용", "what you said", "the above"
_SAID_BEFORE = re.compile(
    r"(?:앞에|위에|아까|지금까지|앞서)\s*(?:말한|한|얘기한|나온|답한)?\s*(?:거|것|내용|얘기|답)"
    r"|\bwhat you (?:just )?said\b|\bthe above\b|\byour (?:last )?answers?\b",
    re.IGNORECASE,
)


# a message that only names a language: "영어로?", "영어로는?", "in english?", "english pls"
_BARE_LANGUAGE = re.compile(
    r"\s*(?:(?:영어|영문|한국어|한글)\s*(?:로는|론|으론|으로|로)?|(?:in\s+)?(?:english|korean)(?:\s+(?:pls|please|plz))?)"
    r"\s*[?？.!]*\s*$",
    re.IGNORECASE,
)


def restating_language(text: str) -> str | None:
    """The language a request to say things again asks for: said in words ("영어로 정리해줘"), or only named
    ("영어로?")."""
    if asked := answer_language(text):
        return asked
    if _BARE_LANGUAGE.match(text):
        return "en" if _ENGLISH_ASKED.search(text) else "ko"
    return None


def _names_one_term(history: list[Turn], aliases: AliasTable) -> bool:
    """The last answer's first line gives a term with its other-language name, or the last turn was about one
    principle or area (whose other name a bare "영어로는?" then asks)."""
    last = history[-1]
    first = re.sub(r"\s*\[\d+\]", "", last.answer.split("\n", 1)[0])
    if len(_answer_items(last.answer)) >= 2 or len(list(_PAIRED_TERM.finditer(first))) >= 2:
        return False  # (a list, or a line naming several things: "영어로?" asks for all of it in English)
    if _paired_term(first) is not None:
        return True
    turn = resolve(read_question(last.question, aliases), history[:-1], aliases)
    return len({m.entity.id for m in turn.mentions if m.entity.kind in ("principle", "area")}) == 1


def restated_turns(q: Question, history: list[Turn], aliases: AliasTable) -> int:
    """How many of the last turns a message asks to have said again in another language ("ㅇㅋ 위에 두개
    한국어로 다시 정리 좀", "둘 다 영어로 정리해서 줘", "list them in English pls", "영어로 정리해줘" after a
    follow-up); 0 when it asks something of its own (a subject, a figure, an item picked by its place: "세번째꺼
    한국어로 설명좀")."""
    if not history or q.item or ORDINAL.search(q.text) or counted_list_turn(q, history):
        return 0
    if restating_language(q.text) is None and not _SAID_BEFORE.search(q.text):
        return 0  # (a request in no other language must point at what was said: "앞에 말한거 표로 다시 정리해줘")
    # ("영어로?" alone after "엔터프는?": that answer in English; not after an answer that gives a term with its
    # other name, or a turn about one principle: "영어로는?" then asks that name)
    bare = bool(_BARE_LANGUAGE.match(q.text)) and not _names_one_term(history, aliases)
    if not (_SAID_AGAIN.search(q.text) or _BOTH.search(q.text) or _ALL_ABOVE.search(q.text) or bare):
        return 0  # ("blogs - any in korean?", "list them in English": a question, or the list of the topic)
    if any(m.entity.kind in SUBJECT_KINDS for m in q.mentions) or set(q.facets) & FIGURE_FACETS:
        return 0
    n = 2 if _BOTH.search(q.text) else RESTATED_TURNS if _ALL_ABOVE.search(q.text) else 1
    if n == 1 and _SUMMED_UP.search(q.text):
        # ("비즈니스 … 응답시간 몇분?", "그럼 엔터는?", "영어로 정리해줘": the talk since its topic was set, each
        # follow-up with the turn it followed)
        while n < min(RESTATED_TURNS, len(history)):
            turn = read_question(history[-n].question, aliases)
            if resolve(turn, history[:-n], aliases).text == turn.text:
                break
            n += 1
    return min(n, len(history))


def other_name_asked(q: Question, resolved: Question) -> tuple[str, str] | None:
    """(the term, its other-language name) when `q` asks the other name of a term the conversation lent `resolved`
    with it ("영어로 뭐라고 함?" read as "… 작업 기술서(statement of work) 영어로 뭐라고 함?"); else None."""
    if resolved.text == q.text or not _IN_OTHER_LANGUAGE.search(q.text) or _EVERY_NAME.search(q.text):
        return None
    paired = _paired_term(resolved.text)
    if paired is not None:
        return paired
    # ("영어로는?" after the third sustainability principle: the one named thing's name in the other language)
    named = [
        m.entity
        for m in resolved.mentions
        if m.entity.kind in ("principle", "area", "program") and m.entity.en and m.entity.ko
    ]
    if len({e.id for e in named}) != 1 or named[0].en.casefold() == named[0].ko.casefold():
        return None
    english = bool(_ENGLISH_ASKED.search(q.text))
    return (named[0].ko, named[0].en) if english else (named[0].en, named[0].ko)


def _paired_term(text: str) -> tuple[str, str] | None:
    """The first term given with its other-language name in `text`, and that name; the term is its last two words
    ("책임은 보통 작업 기술서(statement of work)": the name, not the clause before it)."""
    for found in _PAIRED_TERM.finditer(text):
        # (a name in the other script: "꼽힙니다(현재 등급은 … 확인)" is a remark in brackets, not a name)
        hangul = [bool(HANGUL.search(g)) for g in found.groups()]
        if hangul[0] != hangul[1]:
            return " ".join(found.group(1).split()[-2:]), found.group(2)
    return None


# what a subject is likened to: "isn't it basically a load test?", "is a lens the same thing as a pillar?",
# "게임데이 그냥 부하 테스트 아님?", "렌즈랑 필러랑 같은 거?"
_LIKENED_BEFORE = re.compile(
    r"(?:\b(?:basically|just|simply|merely|essentially|nothing (?:but|more than)|(?:kind|sort) of|glorified"
    r"|the same (?:thing )?as|same as)|그냥|걍|결국|사실상|그저)\s+(?:(?:an?|the)\s+)?$",
    re.IGNORECASE,
)
_LIKENED_AFTER = re.compile(
    r"\s*(?:(?:이?랑|와|과|하고)\s*(?:같은|똑같|비슷|마찬가지)|(?:이)?나\s*(?:마찬가지|다름없)"
    r"|(?:이|가)?\s*아(?:니|님)(?:야|냐|에요|죠|지|가|까)?\s*\?)"
)


def _without_likened(prev: Question, turn: Question, following: str) -> Question:
    """After "planning our first game day. isn't it basically a load test?", "ok what roles do we need for it"
    asks about the game day: the thing a yes/no question likens its subject to is no topic of the next turn,
    unless that turn asks of both ("how do they differ?")."""
    if turn.kind != "yesno" or CHANGES.search(following) or PLURAL.search(following):
        return prev
    likened = {
        m.entity.id
        for m in turn.mentions
        if any(o.start < m.start and o.entity.id != m.entity.id for o in turn.mentions)
        and (_LIKENED_BEFORE.search(turn.text, max(0, m.start - 40), m.start) or _LIKENED_AFTER.match(turn.text, m.end))
    }
    kept = tuple(m for m in prev.mentions if m.entity.id not in likened)
    return replace(prev, mentions=kept) if kept and len(kept) < len(prev.mentions) else prev


def _answer_topic(prev: Question, answer: str, aliases: AliasTable) -> Question:
    """After "which plans have a TAM?" or "which pillar came last?", the subjects the answer named are the topic:
    "가격은?" then asks about those plans. Only line 1 and its numbered items count, and only when the question
    named no subject of that kind itself and the answer names a few (a list of all six pillars is no topic)."""
    if not answer:
        return prev
    lines = answer.splitlines()
    if MISSING.search(prev.text):
        # "내 노트에 빠진 거 있음?": the one thing the answer says is missing is what "그거" means next
        found = {m.entity.id: m for m in aliases.find(lines[0]) if m.entity.id not in GENERIC}
        if len(found) == 1:
            return read_question(next(iter(found.values())).text, aliases)
    if PICK.search(prev.text):  # "which of those is cheapest": the one the answer names first is the topic now
        # (the pick answered the question's words: "거기 등급은?" after "그중에 운영대행 맡길데 어느거?" asks the
        # tiers of the path picked, not again what to look at for operations)
        # (or the principle or area picked: "which of those is the newest one?" after a pillar's principles)
        named = [m for m in aliases.find(lines[0]) if m.entity.kind in (*TOPIC_KINDS, "principle", "area")]
        if not named:
            return prev
        # ("which of those are not retiring?" picks each one a line says the same of: "…; it continues")
        alike = _said_alike(lines, aliases)
        picked = [named[0], *(m for x in alike for m in aliases.find(x)[:1] if m.entity.kind == named[0].entity.kind)]
        kind = named[0].entity.kind  # (nor the whole kind it was picked from: "파트너 패스", "support plan")
        word = KIND_WORD.get(kind)
        kept = [
            m.text
            for m in prev.mentions
            if m.entity.kind != kind and m.entity.id not in UMBRELLAS and not (word and word.search(m.text))
        ]
        return read_question(" ".join([*dict.fromkeys(m.text for m in picked), *dict.fromkeys(kept)]), aliases)
    # "AWS 서비스로 돌릴 수 있나? 이름이 뭐였더라": the service the answer names is the topic ("예전 이름은?")
    kinds: tuple[str, ...] = (*TOPIC_KINDS, "service") if prev.wants_tool else TOPIC_KINDS
    if prev.wants_tool and not prev.of_kind("service"):
        # ("which service injects faults for game days?" then "is it free?": the service answered, not game days)
        kinds = ("service",)
    elif any(m.entity.kind in kinds and m.entity.id not in GENERIC for m in prev.mentions):
        # the question had its subject; the answer's other names are mentioned in passing, except the firms that
        # answer "국내 프리미어 파트너는 어디어디?" ("걔네 지금도 premier 확실함?" asks about them)
        kinds = ("partner",) if not prev.of_kind("partner") else ()
    # (an item's own name, not what it says of others: "1. Developer Support (ends …; replaced by Business Support+)")
    lead = [lines[0], *(re.split(r"\s*[(:]", x, maxsplit=1)[0] for x in lines[1:] if x[:1].isdigit())]
    # (and the lines that say the same of another one: "15 minutes on Enterprise Support …", "- 15 minutes on
    # Unified Operations …" answer "which plans have a 15 minute response?" together)
    lead += _said_alike(lines, aliases)
    # (a kind with a class word counts only where the question named it: "TA 점검 카테고리" are not pillars)
    named = [
        m
        for m in aliases.find("\n".join(lead))
        if m.entity.kind in kinds and (m.entity.kind not in KIND_WORD or KIND_WORD[m.entity.kind].search(prev.text))
    ]
    if not named and kinds == ("service",) and prev.kind != "list" and not TOOLS_ASKED.search(prev.text):
        # ("그거 aws쪽에 돌리는 도구 있음?" answered with the tool on a later line, "AWS Fault Injection Service(FIS)는
        # …"; not a list of tools, whose items "the first one" picks)
        opening = (_opening_mention(x.lstrip("- "), aliases) for x in lines[1:])
        named = [m for m in opening if m is not None and m.entity.kind == "service"][:1]
    ids = list(dict.fromkeys(m.entity.id for m in named))
    if not named or len(ids) > 3:
        return prev
    names = " ".join(dict.fromkeys(m.text for m in named))
    if kinds == ("service",) and len(ids) == 1:  # the one tool asked for is found: it is the topic now
        return read_question(names, aliases)
    return read_question(f"{names} {prev.text}", aliases)


def _said_alike(lines: list[str], aliases: AliasTable) -> list[str]:
    """The support lines ("- …", less their mark) that say what line 1 says, of another entity (each line less its
    first name and citations): "- 15 minutes on Unified Operations …" under "15 minutes on Enterprise Support …"."""

    def shape(x: str) -> tuple[str, str] | None:
        found = next(iter(aliases.find(x)), None)
        if found is None:
            return None
        return found.entity.id, re.sub(r"\[\d+\]", "", x[: found.start] + "\0" + x[found.end :]).strip()

    first = shape(lines[0]) if lines else None
    if first is None:
        return []
    out = []
    for x in lines[1:]:
        other = shape(x[2:]) if x.startswith("- ") else None
        if other is not None and other[0] != first[0] and other[1] == first[1]:
            out.append(x[2:])
    return out


def _lead_subject(prev: Question, answer: str, aliases: AliasTable) -> Question:
    """ "오 그거 가격은?" after "엔터에 붙일 수 있는 애드온 있음?" was answered "AWS Incident Detection and
    Response: 5분 …": a pronoun points at the program or service that line 1 opens with, when the question never
    named it."""
    # ("그건 어느 영역 소속임?" after "REL09(데이터 백업)는 … 질문입니다": the question id line 1 opens with)
    qid = QUESTION_ID.match(_first_line(answer))
    if qid is not None and not question_ids(prev.text):
        return with_id_pillars(read_question(qid.group(0), aliases), aliases)
    opening = _opening_subject(answer, aliases)
    if opening is None or opening.entity.id in prev.entities:
        return prev
    return read_question(opening.text, aliases)


def _first_line(answer: str) -> str:
    return answer.lstrip("*# ").splitlines()[0] if answer.strip() else ""


def _opening_subject(answer: str, aliases: AliasTable) -> Mention | None:
    """The program or service line 1 of `answer` opens with ("AWS Incident Detection and Response: 5분 …")."""
    opening = _opening_mention(_first_line(answer), aliases)
    return opening if opening is not None and opening.entity.kind in _ASKED_ABOUT_KINDS[1:] else None


def _opening_mention(line: str, aliases: AliasTable) -> Mention | None:
    """The entity `line` opens with, if any ("AWS Fault Injection Service(FIS)는 …")."""
    return next((m for m in aliases.find(line) if m.start <= LEAD_AT), None)


def _recommended(prev: Question, answer: str, aliases: AliasTable) -> Question:
    """ "그럼 그거 최소 얼마부터임?" after an advice headed "**추천 플랜: Business Support+**" (its first line, or
    under a direct answer's): a pronoun points at the plan recommended, not at the one the asker is on."""
    labels = {say(f"rec.label.{kind}", lang) for kind in ("support_plan", "partner") for lang in ("ko", "en")}
    for line in answer.strip().splitlines()[:_ADVICE_WITHIN]:
        label, colon, named = line.strip("*# ").partition(":")
        if colon and label.strip() in labels:
            found = [m for m in aliases.find(named) if m.entity.kind in TOPIC_KINDS]
            # ("Services Path partner (MSP)": the program in brackets is the badge recommended within the path)
            return read_question(found[-1].text, aliases) if found else prev
    return prev


_ADVICE_WITHIN = 3  # the advice's heading opens the answer, or follows its one-line direct answer and a blank


LEAD_AT = 4  # a name this close to the start of line 1 is what the line is about ("AWS …", "The …")


# the word that makes a name one of a kind: "gen ai" is a term, "Gen AI Lens" a lens
_KIND_SUFFIXES = {"lens": ("Lens", "렌즈")}
_ELLIPTICAL_WORDS = 5


def _as_topic_kind(q: Question, prev: Question, aliases: AliasTable) -> Question:
    """ "and the gen ai one?" after what the SaaS Lens covers: a name that, with the topic kind's word after it, is
    a member of that kind (the Generative AI Lens) is read as that member. Only in a turn of a few words, all but
    the name elliptical ("생성형 AI는?"); "what is generative ai and who uses it?" asks about the term."""
    if len(q.text.split()) > _ELLIPTICAL_WORDS:
        return q
    for kind in {p.entity.kind for p in prev.mentions} & set(_KIND_SUFFIXES):
        for m in q.mentions:
            if m.entity.kind == kind:
                continue
            for suffix in _KIND_SUFFIXES[kind]:
                text = f"{q.text[: m.end]} {suffix}{q.text[m.end :]}"
                if any(x.entity.kind == kind and x.start <= m.start and x.end > m.end for x in aliases.find(text)):
                    return read_question(text, aliases)
    return q


def _carry(q: Question, prev: Question, aliases: AliasTable, answer: str = "", force: bool = False) -> Question:
    """`q` with the topic of `prev` (the last turn as resolved); `answer`, the reply to it, names more subjects."""
    if not prev.mentions:
        return q
    q = with_context(q, {m.entity.kind for m in prev.mentions})
    if SUMMED.search(q.text) and "count" in prev.facets:
        return _total_of(q, prev, aliases)
    answered = {_family(m) for m in aliases.find(answer) if m.entity.id not in GENERIC} if answer else set()
    listed = {m.entity.id for m in aliases.find("\n".join(x for _, x in _answer_items(answer)))} if answer else set()
    if (other := _the_other(q, prev, answer, aliases)) is not None:
        # "and the other add-on, what does that one cost?" after Incident Detection and Response: the one other
        # thing of its kind that the last answer named (AWS Countdown Premium)
        return read_question(f"{other.text} {q.text}", aliases)
    q = _as_topic_kind(q, prev, aliases)
    if not force and not is_followup(q, prev, answered, listed):
        return q
    # "그거로 옮기면 돈 더 나감? 지금 dev로 60불 내는 중": the plan they are on, said after a question that points
    # back, is the scene; "그거" is what is asked about
    scene = after_question(q.text)
    staged = [m for m in q.mentions if m.start >= scene[0]] if scene and POINTER.search(q.text, 0, scene[0]) else []
    # (the workload names no subject)
    mine = {m.entity.kind for m in q.mentions if m.entity.id != "workload" and m not in staged}
    pointing = _points_back(q) and bool(_remainder(q))  # a whole question that points back
    if (one := _named_by_its_word(q, prev, aliases.find(answer) if answer else [])) is not None:
        # "그 팀 정확히 뭐 해주는데" after "which plans come with the concierge team?": "그 팀" is the one subject whose
        # name holds "팀" (team), asked about on its own
        return read_question(f"{one.text} {q.text}", aliases)
    text = prev.text
    replaced = False
    # A sibling of a previous subject replaces it: "엔터프라이즈는?" after a Business question.
    # "Competency랑 뭐가 달라?" after Navigate: the sibling is compared with the topic, not swapped for it
    comparing = bool(KINDS["comparison"].search(q.text)) and len(q.entities) == 1
    # ("그거 비즈니스 크리티컬 다운이면 응답 몇 분임? 온램프는?" after Enterprise's price: "그거" is the topic, asked
    # first; the sibling named in the last, elliptical question is asked the same after it)
    if not comparing and (tail := _SIBLING_AFTER.search(q.text)) is not None:
        named_last = {m.entity.kind for m in q.mentions if m.start >= tail.start()}
        comparing = (
            bool(named_last)
            and _points_back(q)
            and POINTER.search(q.text, 0, tail.start()) is not None
            and named_last <= {p.entity.kind for p in prev.mentions}
        )
    # "서포트 API도?" after "Trusted Advisor 전체 체크는 어느 플랜부터야?": what it names stands in for the thing the
    # last question asked about, whatever its kind (a plan's feature for a plan's feature)
    also = bool(q.mentions) and bool(_ALSO_END.fullmatch(q.text[max(m.end for m in q.mentions) :]))
    before = {p.entity.id for p in prev.mentions}
    for m in q.mentions if not comparing else ():
        if m in staged:
            continue
        if m.entity.id in GENERIC:
            continue  # "설계 원칙은?" after a question about a pillar asks for another attribute, not a sibling
        if m.entity.id in before:
            continue  # "엔터프라이즈는 얼마? 온램프보다 비싸지?" after both were named: the same subjects, no swap
        if m.entity.kind == "service" and pointing:
            continue  # "EC2는 그 기간 안에…" after Compute Optimizer: a service within the topic, not a swap
        if pointing and _ALSO_AFTER.match(q.text, m.end):
            # ("그건 바뀌나요? 컨시어지도 그대로 있고요?" after the TAM: one more thing asked, beside the topic)
            continue
        same = [
            p
            for p in prev.mentions
            if _family(p) == _family(m)
            and p.entity.id != m.entity.id
            and p.entity.id not in GENERIC
            and p.entity.id not in UMBRELLAS
        ]
        if not same and also and m.entity.kind not in ("plan", "pillar"):
            same = [
                p
                for p in prev.mentions
                if p.entity.kind in _ASKED_ABOUT_KINDS
                and p.entity.id not in (*FRAMEWORK_WORDS, *UMBRELLAS, m.entity.id)
                and _family(p) not in {_family(x) for x in q.mentions}
            ]
        if same:
            # "느슨한 결합은?" after "클라우드 설계원칙에 일회용 자원 뭐임": the sibling, not the set both belong to
            old = min(same, key=lambda p: bool(_GROUP.search(p.entity.en or "")))
            # ("일회용 자원(disposable resources)": the old subject's other spelling goes with it)
            # (a short name that needs its class word, "비즈니스" for "디벨로퍼 플랜", is put in by its full name)
            name = m.text if m.entity.id in read_question(m.text, aliases).entities else m.entity.en
            edits = [(old.start, old.end, name)]
            for twin in (p for p in prev.mentions if p.entity.id == old.entity.id and p is not old):
                start, end = twin.start, twin.end
                if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
                    start, end = start - 1, end + 1
                edits.append((start, end, ""))
            for start, end, new in sorted(edits, reverse=True):
                text = text[:start] + new + text[end:]
            prev = read_question(_orphans_to_kind(read_question(text, aliases), old.entity.id, aliases), aliases)
            text = prev.text
            replaced = True
    rest = _remainder(q)
    if replaced and not rest:
        return read_question(text, aliases)
    if replaced and scene is not None and not _remainder(read_question(q.text[: scene[0]], aliases)):
        # ("엔터프라이즈는? 크리티컬 장애 15분 응답 필요해질 수도 있어서" after a plan's price: the sibling is asked
        # what the other was, and the words after the question say what more it needs)
        return read_question(f"{text} {q.text[scene[0] :].strip()}", aliases)
    # Subjects carry over; a previous severity only when this turn still asks about response times.
    # A turn that asks for another attribute ("when was it added?", "가격은?") drops the previous one's.
    # ("몇 개야?" still asks about the same attribute: a count is no new one)
    # ("얼마나 걸려?" after "비용은?": a figure of another kind is a new attribute too)
    # ("온램프는 얼마였지" after a response time: how much of that time, asked of a sibling, not a price; "그거
    # 얼마임?" still asks what the thing itself costs)
    same_measure = _asks_same_measure(q, prev) and any(
        _family(m) == _family(p) for m in q.mentions for p in prev.mentions
    )
    described = _describes_another(q, prev)  # (its question words describe: "누가 뭘 만들 수 있는지 막아둔 건?")
    new_attribute = (
        not same_measure
        and not described
        and (
            bool(set(q.facets) - {"count"})
            or bool(set(q.asks) - {"count"})
            or any(m.entity.id in ATTRIBUTES for m in q.mentions)
        )
    )
    # "그 중에 내 노트에 빠진 거" after the general design principles: among that list, which is the topic (a
    # pillar's principles are found by the pillar)
    among = bool(_AMONG.search(q.text)) and not any(
        p.entity.kind in TOPIC_KINDS and p.entity.id not in GENERIC for p in prev.mentions
    )
    # names kept apart, so "enterprise" and "on-ramp" carried from "enterprise vs on-ramp" stay two plans
    picked = which_kind(q)  # "and the newest pillar?" after Reliability: another pillar is to be picked
    staged_before = _staged(prev)
    # ("그거 BP 영역은 몇 개고 질문은 총 몇 개임?" after a pillar's principles, one quoted from the notes: a count of
    # the pillar's parts asks it of the pillar, not of a principle or area of it)
    parts_counted = bool(_PARTS_COUNTED.search(q.text))
    keep = ", ".join(
        p.text
        for p in prev.mentions
        if p not in staged_before
        and (p.entity.kind not in mine or replaced or comparing or (pointing and p.entity.kind == "service"))
        and p.entity.kind != picked
        # (nor beside a feature the turn names: "pull trusted advisor results … on developer support?" after "and
        # 'normal'?" asks about Trusted Advisor, no severity)
        and (p.entity.kind != "severity" or not (q.facets or _names_feature(q)) or "response" in q.facets)
        # ("그쪽 리뷰에서 hri 잔뜩 나오면 뭐부터 손봄" after the pillar's design principles: a how-to of its own)
        and not (p.entity.id in ATTRIBUTES and q.kind == "howto" and not _PICKS_ONE.search(q.text))
        # ("which one got added most recently" after a pillar's design principles: one of them is picked)
        and not (
            new_attribute
            and p.entity.id in ATTRIBUTES
            and not among
            and not (_PICKS_ONE.search(q.text) and not mine)
            # ("이거 우리가 BS+로 옮겨도 계속 볼 수 있는 거 맞지?" after Trusted Advisor's cost checks: "이거" is them,
            # the topic itself; after a plan's feature, "1월1일 지나면 이거 어케됨?" is the plan)
            and not (_THIS.search(q.text) and not any(o.entity.kind == "plan" for o in prev.mentions))
            # ("엔터프라이즈로 넘어가면 그건 바뀌나요?" after On-Ramp's TAM: a turn that names its own plan points at
            # the feature)
            and not ("plan" in mine and _PRONOUN.search(rest))
        )
        # ("따면 몇년 유효함?" after "클프 시험 범위에 … 서포트 플랜 내용도 나옴?": the exam is the topic; a whole kind
        # named beside a subject of another kind was what the question was about it)
        and not (p.entity.kind == "class" and any(o.entity.kind in _SPECIFIC_SUBJECTS for o in prev.mentions))
        and not (parts_counted and p.entity.kind in ("principle", "area") and _pillar_named(prev))
    )
    if not q.facets and not rest and not replaced and not new_attribute:
        return read_question(f"{text} {q.text}", aliases)
    topic = {p.entity.id for p in prev.mentions}  # ("그거 다루는 질문 COST 몇번임?": the topic's own pillar, again)
    # ("그거 고치는 건 PERF 몇 번 질문임?" after a scene: an id asked of what was just described; not when the answer
    # named an id of the pillar asked, "그건 SUS 몇 번 질문 얘기임?" after a line on SUS06: that one is pointed at)
    asked_pillars = tuple({PILLAR_PREFIX[m.entity.id] for m in q.mentions if m.entity.id in PILLAR_PREFIX})
    answered = {i for i in question_ids(answer) if i.startswith(asked_pillars)} if asked_pillars else set()
    id_of_it = "ident" in q.facets and bool(POINTER.search(q.text)) and not q.item and bool(asked_pillars)
    if id_of_it and len(answered) == 1:
        return read_question(f"{next(iter(answered))} {q.text}", aliases)  # (the one id the answer named)
    id_of_it = id_of_it and not answered
    if (_POINTS_AT_ACTIVITY.search(q.text) or id_of_it) and not any(
        m.entity.kind in SUBJECT_KINDS and m.entity.id not in topic for m in q.mentions
    ):
        # "what permission levels r there for that" after "who can i share a wa tool workload with": "that" is
        # the sharing, a word of the previous turn that no entity holds
        keep = " ".join([keep, *_detail_words(prev, q)])
    elif replaced and _PRONOUN.search(_remainder(q)):
        # "비즈니스는 그거 제한 없음?" after whether each of five people may open cases on Developer: the turn names
        # its subject, so "그거" is what the last question asked about it, in the last question's words
        keep = " ".join([keep, *_detail_words(prev, q)])
    elif (
        (POINTER.search(q.text) or not (q.mentions or q.detail))
        and all(p.entity.id in GENERIC for p in prev.mentions)
        # (not a turn that names its own subject: "building a risk dashboard off the API — what risk values can it
        # come back with?" after the first step of a review asks about risk levels, whatever "it" is)
        and not any(m.entity.id not in GENERIC for m in q.mentions)
    ):
        # "who should be in the room for it?" after "how long does a WA review take?": the framework's name says
        # nothing of the topic; the review, a word of the last question, is what "it" points at; so it is for
        # "누가 해줌?" or "무료?" after "WA 리뷰 얼마 걸림?", which name nothing of their own
        keep = " ".join([keep, *(w for w in _detail_words(prev, q) if not w.isascii() or zipf(w) < COMMON_WORD)])
    # "제일 높은 건?" after a question about tiers still asks about tiers; "so whats this BS+ thing" asks what it is
    # (a practice described names its own words, "IP ranges", "CIDR": they describe it, no attribute asked)
    if not new_attribute and not _asks_what_it_is(q) and (described or not _names_own_attribute(q)):
        # ("거기 뭐뭐 저장됨?" after "몇 개까지?": a list asked, no count carried)
        # ("베이직 플랜이면 그거 다 볼수있음?" after "몇개고 뭐뭐임": a yes/no asks no count, unless it compares one)
        billed = bool(_stated_bill(prev, q, True))
        carried = [
            f
            for f in prev.facets
            if f in CARRIED_FACETS
            and not (f == "count" and (KINDS["list"].search(q.text) or _PICKS_ONE.search(q.text)))
            and not (f == "count" and q.kind == "yesno" and not _MORE_OR_FEWER.search(q.text))
            # "is it 24/7 tho" after a price asks no price; "우리가 따로 할 거 있음?" after the end date, no date
            and not (f in ("price", "end_date", "replacement", "response") and q.kind == "yesno")
            # ("APN 파트너랑은 뭐가 달라?" after Professional Services' price list: the whole difference; a plan
            # compared is told with its price anyway; but after a price worked out at a stated bill, "비즈니스였으면?
            # 비교해달래" compares that price)
            and not (f in ("price", "free") and KINDS["comparison"].search(q.text) and not billed)
            # ("보통 어떤 플젝 맡아?" after a price: a question of its own; "보안은 뭐뭐?" still asks the same ids)
            and not (f not in ("questions", "tiers") and _OWN_QUESTION_WORD.search(q.text) and not described)
        ]
        keep = " ".join([keep, *_facet_words(prev, carried)])
    # ("and enterprise at that spend?", "엔터프라이즈면?" after a price at a stated bill: still a price asked)
    priced = "price" in q.facets or ("price" in prev.facets and not new_attribute)
    out = read_question(" ".join([keep, *_stated_bill(prev, q, priced), q.text]).strip(), aliases)
    return replace(out, scene_pointed=True) if id_of_it else out


# "같은 사용액이면", "at the same spend": the bill the conversation stated, pointed at
_SAME_BILL = re.compile(
    # ("ES로 넘어가면? 같은 usage 기준으로": chat's loanwords too)
    r"(?:같은|동일한?|그)\s*(?:월\s*)?(?:사용액|사용량|사용 금액|청구액|금액|규모|조건|usage|spend|bill)"
    r"|\b(?:the )?same (?:monthly )?(?:spend|bill|usage|amount|aws bill)\b|\bthat (?:spend|bill|usage)\b",
    re.IGNORECASE,
)


def _same_bill(resolved: Question, q: Question, asked: list[str], aliases: AliasTable) -> Question:
    """ "온램프였으면 같은 사용액에 얼마였음?" after "월 사용액 30만불인데 엔터프라이즈 얼마?": a turn that names its
    own plan (so nothing is carried into it) but points at the bill stated before is priced at that bill; so is
    one that names its plans and asks their price ("엔터프라이즈면? 비즈니스랑 월 차이 얼마" after a price at a
    bill): the talk's bill is the asker's."""
    priced = bool(q.of_kind("plan")) and ("price" in q.facets or bool(PRICE_GAP.search(q.text)))
    if not (_SAME_BILL.search(q.text) or priced):
        return resolved
    if stated_bill(resolved.text, 1.0) is None:
        bill = next((b for text in reversed(asked) if (b := _bill_said(text))), None)
        resolved = read_question(f"{bill} {resolved.text}", aliases) if bill else resolved
    if "price" not in resolved.facets and stated_bill(resolved.text, 1.0) is not None:
        # ("and the same usage on on-ramp?": a bill pointed at asks what the plan costs at it)
        resolved = read_question(f"{resolved.text} {say('word.price', q.lang)}", aliases)
    return resolved


def _stated_bill(prev: Question, q: Question, priced: bool) -> list[str]:
    """ "거기에 5분 응답 애드온까지 붙이면 월 얼마?" after "월 150만불 쓰는데 엔터프라이즈 얼마?": the AWS bill stated
    before prices this turn too (`priced`: the turn asks a price, in words or by carrying it), unless the turn
    states its own."""
    if not priced or stated_bill(q.text, 1.0) is not None:
        return []
    bill = _bill_said(prev.text)
    return [bill] if bill else []


def _bill_said(text: str) -> str | None:
    """The AWS bill `text` states, as typed: the whole word ("200k/mo." says a monthly bill, "200k" alone no amount
    of money)."""
    bill = stated_bill(text, 1.0)
    if bill is None:
        return None
    said = _whole_word(text, bill.start, bill.end)
    # (a bare figure its context made a bill, "~160 k this month", is lent as the monthly bill it is)
    return said if stated_bill(said, 1.0) is not None else f"${bill.usd:,.0f}/mo"


# "그 중에 내 노트에 빠진 거", "which of those…": within what the last turn listed, its attribute and all
# ("셋중에 젤 먼저 해야되는거": among the three just listed)
_AMONG = re.compile(rf"{AMONG.pattern}|(?:둘|셋|넷|다섯)\s*중", re.IGNORECASE)

_GROUP = re.compile(r"\b(?:principles|areas|practices|pillars|lenses|paths|tiers)$", re.IGNORECASE)

# "필러 전부 합치면?", "and all pillars combined?" after a count: the same count over a whole kind, or summed
# The word that names a whole kind of subject ("필러", "plans"): its entity id
CLASS_OF = {"pillar": "pillar", "plan": "support-plan"}


def _total_of(q: Question, prev: Question, aliases: AliasTable) -> Question:
    """ "필러 전부 합치면?" after "REL 질문 총 몇개예요?": the previous count asked of every pillar (a subject whose
    whole kind the turn names is dropped), the counted attribute kept."""
    named = {m.entity.id for m in q.mentions}
    keep = [p.text for p in prev.mentions if CLASS_OF.get(p.entity.kind) not in named]
    asked = _facet_words(prev, [f for f in prev.facets if f in CARRIED_FACETS])
    return read_question(" ".join([*keep, *asked, q.text]), aliases)


def _facet_words(prev: Question, facets: list[str]) -> list[str]:
    """The words the previous turn asked each facet with ("질문 몇개" for questions and count), as it typed them."""
    found = (FACETS[f].search(prev.text) for f in facets if f in FACETS)
    # the whole word the cue is in ("~$20k/mo", not "$2": a figure cut short is another figure)
    return [_whole_word(prev.text, m.start(), m.end()) for m in found if m]


def _whole_word(text: str, start: int, end: int) -> str:
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


# "베이직에선 그거 어디까지 볼 수 있음?", "who can see them?": the turn asks a question of its own, not the count
_OWN_QUESTION_WORD = re.compile(
    r"어디|언제|누가|누구|왜|어떻게|어케|어떤|무슨|\b(?:where|when|who|whom|why|how (?:far|long|much|do|does|can))\b",
    re.I,
)

# "운영 우수성은 그거보다 많지 않나?": a yes/no that compares a count
_MORE_OR_FEWER = re.compile(r"많|적(?:지|은|어|나|다)|\b(?:more|fewer|less|bigger|smaller)\b", re.IGNORECASE)


# A pointer after a preposition, or "there", points at what the previous turn did or asked ("permission levels
# for that" after sharing a workload, "거기 뭐 저장됨" after milestones), not only at its subject as "it" does
# ("is it free" after stop conditions asks about FIS, not about stop conditions).
_POINTS_AT_ACTIVITY = re.compile(
    r"\b(?:for|with|in|on|about|to|from|by)\s+(?:that|this|those|these)\b|\bin there\b"
    r"|거기(?:서|에|엔|에서|선)?(?![가-힣])|그걸로|그거로|그거에|그것으로|그때"
    # "그거 다루는 질문", "the question that covers that": what covers or concerns the thing just talked about
    r"|그(?:거|걸|것)\s*(?:다루|관련|해당|커버|담당)|\b(?:covers?|covering|handles?|addresses) (?:that|this)\b",
    re.IGNORECASE,
)


# "어느 거?", "젤 큰건?", "the fewest?": one member of the set just listed is picked (the set stays the topic)
_PICKS_ONE = re.compile(
    rf"{PICK.pattern}|{BIGGEST.pattern}|{SMALLEST.pattern}|{NEWEST.pattern}|(?:제일|젤|가장)\s*먼저"
    r"|\bwhich (?:one )?first\b",
    re.IGNORECASE,
)

_OTHER = re.compile(
    # (one thing: "나머지 두개는" asks about the rest of a list, "the other two" likewise)
    r"\bthe other (?:one|[a-z-]+)\b(?<!\btwo)(?<!\bthree)|(?:나머지|다른)\s*(?:하나|한\s*개|거|것|건)(?![가-힣])",
    re.I,
)


def _staged(prev: Question) -> list[Mention]:
    """The services the last turn stated its setting with ("we need a firewall in our vpc. marketplace or a
    partner?"): the asker's own infrastructure, not the topic carried, when its question names subjects of its own.
    (A plan or a need stated there, "on developer support rn.", is the topic.)"""
    scene = scene_before(prev.text, prev.own_start)
    inside = [m for m in prev.mentions if any(a <= m.start < b for a, b in scene)]
    asked = [m for m in prev.mentions if m not in inside]
    return [m for m in inside if m.entity.kind == "service"] if asked else []


def _the_other(q: Question, prev: Question, answer: str, aliases: AliasTable) -> Mention | None:
    """The one thing of the last subject's kind, other than it, that the last answer names, when `q` asks for "the
    other one" and names no such thing itself."""
    if not answer or not _OTHER.search(q.text) or any(m.entity.kind in TOPIC_KINDS for m in q.mentions):
        return None
    subjects = [m for m in prev.mentions if m.entity.kind in TOPIC_KINDS and m.entity.id not in GENERIC]
    kinds, ids = {m.entity.kind for m in subjects}, {m.entity.id for m in subjects}
    others = {m.entity.id: m for m in aliases.find(answer) if m.entity.kind in kinds and m.entity.id not in ids}
    return next(iter(others.values())) if len(subjects) == 1 and len(others) == 1 else None


# "그 팀", "that team": the thing just named, by a word of its name
_THAT_WORD = re.compile(
    r"(?<![가-힣])그\s+([가-힣]+?)(?:은|는|이|가|을|를|에서|에|도)?(?![가-힣])"
    r"|\bthat ([a-z]{4,})\b(?!\s+(?:is|are|was))",
    re.I,
)


def _named_by_its_word(q: Question, prev: Question, answered: Sequence[Mention] = ()) -> Mention | None:
    """The one subject of `prev` whose name holds the word `q` points with ("그 팀" -> 컨시어지 지원팀), when `q` names
    nothing itself and no other subject of `prev` has that word; else the one such subject the last answer named
    (`answered`: "그 플러스 최소 얼마부터야?" after "후속 플랜은 Business Support+입니다")."""
    if q.mentions:
        return None
    found = _THAT_WORD.search(q.text)
    if found is None:
        return None
    word = (found.group(1) or found.group(2)).casefold()
    holding = {
        m.entity.id: m
        for m in prev.mentions
        if m.entity.id not in FRAMEWORK_WORDS and any(word in n.casefold() for n in m.names)
    }
    if not holding and len(word) >= 2 and not (word.isascii() and zipf(word) >= NAMING_WORD):
        # (a whole word of its name: "플러스" of "비즈니스 서포트 플러스", not "중" of "그 중에" in "용량 추측 중단";
        # nor an everyday English word: "does that cost extra?" points at no "AWS Cost Explorer")
        holding = {
            m.entity.id: m
            for m in answered
            if m.entity.id not in FRAMEWORK_WORDS
            and any(word in n.casefold().split() for n in (*m.names, *m.entity.spellings))
        }
    if not holding:  # ("그 등급" after Premier partners: the one tier named, not the partners holding it)
        kinds = [k for k, noun in _KIND_NOUN.items() if noun.fullmatch(word)]
        holding = {m.entity.id: m for m in prev.mentions if m.entity.kind in kinds and m.entity.id not in GENERIC}
    return next(iter(holding.values())) if len(holding) == 1 else None


# the word a kind of subject is pointed at with ("그 등급", "that plan")
_KIND_NOUN = {
    "tier": re.compile(r"등급|티어|tier", re.IGNORECASE),
    "plan": re.compile(r"플랜|요금제|plan", re.IGNORECASE),
    "pillar": re.compile(r"필러|필라|기둥|pillar", re.IGNORECASE),
    "path": re.compile(r"경로|패스|path", re.IGNORECASE),
    "program": re.compile(r"프로그램|program", re.IGNORECASE),
}


def _names_feature(q: Question) -> bool:
    return any(m.entity.id in PLAN_FEATURES for m in q.mentions)


def _names_own_attribute(q: Question) -> bool:
    """ "what DR strategies does it list" after "how many questions…": the turn names what it asks (an acronym or a
    word rare in everyday English), so the previous turn's attribute is not carried."""
    if any(_family(m) == "concept" and m.entity.id not in GENERIC for m in q.mentions):
        return True  # "DR strategies": a concept of its own
    text = without_named_ids(q.text)  # (an id guessed, "COST03은 아니지?", is no attribute named)
    for m in sorted(q.mentions, key=lambda m: -m.start):
        text = text[: m.start] + " " + text[m.end :]
    acronym = re.search(r"(?<![A-Za-z])[A-Z]{2,5}s?(?![A-Za-z])", text)
    return bool(acronym) or any(t.isascii() and t.isalpha() and len(t) > 3 and zipf(t) < RARE for t in q.detail)


RARE = 3.5  # Zipf: "strategies" 4.2 is everyday; "idempotency" 1.5 is not


# a pillar's parts counted themselves ("BP 영역은 몇 개", "how many areas"), not what one of them holds ("그 영역에
# 질문 몇개")
_PARTS_COUNTED = re.compile(
    r"(?:영역|설계\s*원칙)\s*(?:은|이|는|가)?\s*(?:총\s*)?몇\s*(?:개|가지)"
    r"|\bhow many (?:best[- ]practice )?(?:areas|design principles|principles)\b",
    re.IGNORECASE,
)


def _pillar_named(q: Question) -> bool:
    return any(m.entity.kind == "pillar" for m in q.mentions)


def _detail_words(prev: Question, q: Question) -> list[str]:
    """The previous turn's words of detail as typed (a Hangul word whole, particle and all), minus the turn's own."""
    words = []
    for word in re.findall(r"[\w'+-]+", prev.text):
        low = word.casefold()
        if low in q.tokens or any(m.start <= prev.text.find(word) < m.end for m in prev.mentions):
            continue
        if low in prev.detail or (not low.isascii() and any(t in low for t in prev.detail if not t.isascii())):
            words.append(word)
    return list(dict.fromkeys(words))


# "whats this BS+ thing", "what is Business Support+", "BS+는 뭐야": the turn asks what its subject is
_WHAT_IS = re.compile(
    r"\bwhat(?:'?s| is| are)\s+(?:this\s+|that\s+|the\s+)?§|§\s*(?:이|가|은|는|란|이란)?\s*(?:뭐|무엇)", re.IGNORECASE
)


def _asks_what_it_is(q: Question) -> bool:
    text = q.text
    for m in sorted(q.mentions, key=lambda m: -m.start):
        text = text[: m.start] + "§" + text[m.end :]
    return bool(_WHAT_IS.search(text))


# A part of a subject ("reliability/test-recovery-procedures") stands for its kind once the subject is swapped:
# "and for security?" after the second reliability principle asks for security's principles.
PART_KINDS = {"principle": "design-principle", "area": "best-practice-area"}


def _orphans_to_kind(q: Question, parent: str, aliases: AliasTable) -> str:
    """`q`'s text with every part of `parent` (its principles, its areas) named by the part's kind instead."""
    text = q.text
    for m in sorted(q.mentions, key=lambda m: -m.start):
        kind = PART_KINDS.get(m.entity.kind)
        if kind and m.entity.id.startswith(f"{parent}/"):
            entity = aliases.entities[kind]
            text = text[: m.start] + (entity.ko if q.lang == "ko" else entity.en) + text[m.end :]
    return text


def _family(m) -> str:  # type: ignore[no-untyped-def]
    return FAMILY.get(m.entity.kind, m.entity.kind)


def _describes_another(q: Question, prev: Question) -> bool:
    """ "오토스케일링이랑 수요 변화 대응은?" after "카나리 배포 얘기하는 거 REL 몇 번이었지?": the same id asked of
    another thing described, in a turn that asks nothing of its own (its words may sound like a facet: "분기마다 새
    인스턴스 세대랑 가격 옵션 검토해서 갈아타는 루틴은?" describes a practice, asks no price)."""
    # (what is said after the question is its scene: "… across vpcs + on-prem? we just got bitten by a CIDR clash")
    asked = asking_part(q.text)
    text = without_named_ids(asked).strip()
    if not text:
        return False
    guessing = len(text) < len(asked.strip())  # (an id named beside it is a guess: "COST03은 아니지?")
    # (not a turn asking for the tools of its own: "and which aws services does OE name for that prepare side?")
    return (
        "ident" in prev.facets
        and _ANOTHER_OF_THE_SAME.search(text) is not None
        and not q.wants_tool
        and (not q.facets or guessing or (len(text.split()) >= _DESCRIBED_WORDS and not WH.search(text)))
    )


_DESCRIBED_WORDS = 4  # a turn this long that asks no question word describes a thing, whatever facet its words cue
# a turn that is only a name or a description and a topic particle or "and/what about" ("X은?", "and X?")
_ANOTHER_OF_THE_SAME = re.compile(
    r"^(?:(?:and|what about|how about|then)\b[^?]{0,80}|[^?]{0,60}(?:은|는|도|이랑|랑|건|거|것))\s*\?*$", re.IGNORECASE
)


_IN_LANGUAGE = re.compile(
    r"(?<![가-힣])(?:한국어|한글|영어|영문)(?:로|로는)?(?![가-힣])|\bin (?:korean|english)\b", re.IGNORECASE
)


def is_followup(q: Question, prev: Question, answered: set[str] | None = None, listed: set[str] | None = None) -> bool:
    """`answered`: the kinds of subject the previous answer named ("그럼 베이직은?" after plans were listed);
    `listed`: the entities its list named ("온램프 쓰는 고객은 뭐 해야 됨?" after the plans that end in 2027)."""
    subjects = [m for m in q.mentions if m.entity.kind in SUBJECT_KINDS and m.entity.id not in ATTRIBUTES]
    if all(m.entity.id == "workload" for m in subjects):
        subjects = []  # "워크로드 하나당 몇개까지 됨?" after milestones: the workload alone is what all is about
    remark = after_question(q.text)
    if remark and all(m.start >= remark[0] for m in subjects):
        # ("케이스는 온콜 도는 애들 아무나 열 수 있음? 다들 IAM 유저로 있긴 함" after Business Support's targets: what
        # is said after the question is the asker's setting, not the subject the question names)
        subjects = []
    described = _describes_another(q, prev)
    if QUESTION_ID.search(q.text) and not described:
        return False  # "REL05가 뭐야?" names its own subject (not a guess beside what it describes: "… 정책으로 막아둔
        # 건? COST03은 아니지?" after "… COST 몇 번이야?")
    if described:  # ("and the one about overlapping IP ranges across vpcs?": a service is the practice's setting)
        return True
    text = q.text.strip()
    # ("the add-on that gives…": a "that" right after a name opens a clause about it and points at nothing)
    pointer = next(
        (
            p
            for p in POINTER.finditer(text)
            if not (p.group(0).casefold() == "that" and _after_name(q, text, p.start()))
        ),
        None,
    )
    if pointer:
        # "what's the add-on that gives 5 min response and what does it cost" after a plan: "it", in a second
        # question joined to the first, is the add-on the turn named there, a subject of another kind than the
        # conversation's ("베이직 플랜이면 그거 다 볼수있음?" still points back: "그거" is what Basic would see)
        prev_families = {_family(p) for p in prev.mentions}
        named_first = [
            m
            for m in subjects
            if m.end <= pointer.start()
            and _family(m) not in prev_families
            and m.entity.kind != "severity"
            and _SECOND_QUESTION.search(text[m.end : pointer.start()])
        ]
        return not named_first
    if (
        len(subjects) == 1
        and KINDS["comparison"].search(q.text)
        and not any(p.entity.id == subjects[0].entity.id for p in prev.mentions)
    ):
        # "Competency랑 뭐가 달라?" after Navigate: one subject compared with the one just discussed
        prev_families = {_family(p) for p in prev.mentions if p.entity.id not in GENERIC}
        return _family(subjects[0]) in prev_families
    if (
        subjects
        and all(m.entity.kind == "severity" for m in subjects)
        and any(p.entity.kind == "plan" for p in prev.mentions)
    ):
        return True  # "크리티컬 다운이면 응답 몇분?" after a plan: that plan's target for the severity
    # ("how many milestones can we save per workload? planning one per sprint lol": a word said after the question,
    # in the asker's remark, points at nothing of the talk)
    if FOLLOWUP.search(q.text[: remark[0]].strip() if remark else text) or _followup_after_scene(q.text):
        # "근데 Well-Architected Tool은 무료야?": a conjunction before a subject of another kind starts anew
        prev_families = {_family(m) for m in prev.mentions if m.entity.id not in ATTRIBUTES} | (answered or set())
        return not subjects or any(_family(m) in prev_families for m in subjects)
    if described:
        return True
    if _repeats_rare_word(q, prev):
        return True  # "AMI로 가면 보안 쪽은 뭐뭐 챙겨야됨?" after "AMI랑 SaaS 뭐 기준으로 고름?": the same thing, on
    # ("요금은 얼마로 바뀜? 우리 사용액 월 4만불 정도임": what follows the question is its background, unless it
    # asks something too: "… 내년에도 확실히 남는 걸로")
    asked = asking_part(q.text)
    tail = q.text[len(asked) :] if q.text.startswith(asked) else ""
    # ("한국어로 best practice areas 정리해줘": the language the answer is wanted in asks nothing of its own)
    words = len(_IN_LANGUAGE.sub(" ", q.text if any(cue.search(tail) for cue in FACETS.values()) else asked).split())
    if not subjects:  # "가격은?", "how fast?", "제일 높은 건?": a facet, a list or a short turn with no subject
        return (
            # ("케이스는 온콜 도는 애들 아무나 열 수 있음?" after a plan: support cases are opened on a plan)
            (any(p.entity.kind == "plan" for p in prev.mentions) and _asks_of_cases(text))
            or (bool(q.facets) and words <= 6)
            # "월 사용액 2만불이면?", "what if we spend 50k?": a condition only, on the last question
            or (bool(_CONDITION_ONLY.search(q.text)) and words <= 8)
            or (q.wants_tool and words <= 4)  # "관련 AWS 서비스는?": the tools for the topic
            # "한국어로 볼 수 있어?" after the exams: a Korean yes/no this short names its subject or leans on the topic
            or (q.kind == "yesno" and q.lang == "ko" and words <= 4)
            or (bool(EXAMPLE.search(q.text)) and words <= 5)  # "한국 예시 들어줘": an example of the topic
            or (q.kind in ("list", "number") and words <= 4)
            # "how many can i keep per workload?" after milestones: the thing counted is left unsaid
            or bool(_COUNT_UNSAID.search(q.text))
            # "맨 위 티어 옛날 이름은 뭐였더라": a name of the topic's
            or (bool(NAME_ASKED.search(q.text)) and words <= 6)
            # "제일 높은 건?" leans on the topic; "프랑스 수도가 어디야?" brings its own
            or (words <= 3 and (len(q.detail) <= 2 or len(_remainder(q).split()) <= 2))
        )
    if (
        listed
        and all(m.entity.id in listed for m in subjects)
        and not any(p.entity.id in listed for p in prev.mentions)
    ):
        return True  # one of the items the last answer listed, asked about within that question
    ending = max(subjects, key=lambda m: m.end)
    if _ALSO_END.fullmatch(q.text[ending.end :]):
        return True  # "서포트 API도?", "the support api too?": the last question asked again, of what it names
    opening = _OPENING_QUESTION.match(q.text)
    if opening and not (KINDS["comparison"].search(q.text) and len({m.entity.id for m in subjects}) > 1):
        # "IEM은? 지금 1년에 한번 받는데 넘어가서도 받을수있음?": a turn that opens on a sibling of the topic, the rest
        # of that question left unsaid, and goes on to say more of it (or asks it compared with the topic's:
        # "비즈니스였으면? … 재무팀이 비교해달래")
        inside = [m for m in subjects if m.end <= opening.end(1)]
        if inside and _ENDS_ELLIPTIC.fullmatch(q.text[max(m.end for m in inside) : opening.end(1)]):
            return any(_family(p) == _family(max(inside, key=lambda m: m.end)) for p in prev.mentions)
    if _ENDS_ELLIPTIC.fullmatch(q.text[ending.end :]) and not KINDS["comparison"].search(q.text):
        # "사용액 30만불로 늘면 엔터프라이즈는?": a turn that ends on a sibling of the topic asks the same of it,
        # under the condition it states
        return any(_family(p) == _family(ending) for p in prev.mentions)
    if _asks_same_measure(q, prev):
        # "온램프는 얼마였지" after a response time: how much of that time, asked of a sibling
        return any(_family(p) == _family(ending) for p in prev.mentions)
    rest = _remainder(q)
    if not q.facets and ((words <= 3 and not rest) or _ELLIPTIC.fullmatch(rest)):
        # "인시던트 대응은?" after the data protection area; "비즈니스 서포트 플러스엔 없음?", "BS+ too?" after a
        # question about what plans have: the sibling asked the same of, its object left unsaid
        prev_families = {_family(m) for m in prev.mentions} | (answered or set())
        return any(_family(m) in prev_families for m in subjects)
    return False


def _followup_after_scene(text: str) -> bool:
    """The question after a statement of the asker's opens as a follow-up does ("we're not buying any commitments
    before Q1. so what should we do first, if not RIs?"): the statement is the scene, the "so" leans on the topic."""
    sentences = split_sentences(text)
    asking = next((i for i, x in enumerate(sentences) if "?" in x), None)
    if not asking:  # (none, or the first sentence: no statement before the question)
        return False
    return bool(FOLLOWUP.search(sentences[asking].strip()))


def _asks_of_cases(text: str) -> bool:
    """Opening support cases is asked about ("who can open tickets?", "기술 케이스 열 수 있음?")."""
    return bool(TECH_CASE.search(text) or (CASE_WORD.search(text) and CASE_OPENING.search(text)))


# "how many" right before a verb: the noun counted is the one just talked about
_COUNT_UNSAID = re.compile(
    r"\bhow many\s+(?:can|could|do|does|did|are|is|were|will|would|should|may|might)\b(?!\s+there\b)", re.IGNORECASE
)
_CONDITION_ONLY = re.compile(
    r"(?:이)?면\s*[?？]*\s*$|^\s*(?:and\s+|so\s+)?(?:what\s+)?if\b|^\s*(?:and\s+)?(?:at|with)\s+\$?\d", re.IGNORECASE
)


def _repeats_rare_word(q: Question, prev: Question) -> bool:
    """The turn repeats a rare word of the last question that names no entity ("AMI", "SaaS"): it goes on about
    that thing, whatever subject of its own it names beside it."""
    rare = {t for t in q.detail if t.isascii() and t.isalpha() and len(t) >= 3 and zipf(t) < RARE_SHARED}
    return bool(rare & set(prev.detail))


RARE_SHARED = 3.5  # rarer than this in everyday English ("ami", "saas", "cur"): a word that names a thing


# what ends a Korean turn on its subject, the rest left unsaid ("…엔터프라이즈는?", "…온램프면?")
# a turn that ends on a name and "too" ("서포트 API도?", "the support api too?")
_ALSO_END = re.compile(r"\s*(?:도|두)\s*[?？]*\s*|\s+(?:too|also|as well)\s*[?？]*\s*", re.IGNORECASE)
_ALSO_AFTER = re.compile(r"(?:도|두)(?![가-힣])|\s+(?:too|also|as well)\b", re.IGNORECASE)  # "X도", "X too"
# a short first question ending on its "?", more said after it ("IEM은? 지금 1년에 한번 받는데 …")
_OPENING_QUESTION = re.compile(r"\s*([^?？]{1,30}[?？])\s*\S")
_ENDS_ELLIPTIC = re.compile(
    r"\s*(?:은|는|(?:이었|였)?(?:이면|으면|면|다면)|이라면|라면|의 경우는?|쪽은|도"
    # ("엔터프로 바로 가면?", "BS+로 옮기면?": the same asked of the one moved to)
    r"|(?:으로|로)\s*(?:바로\s*|그냥\s*|다\s*)?(?:가|옮기|넘어가|갈아타|바꾸|전환하|올리|내리)(?:면|시면|ㄴ다면|는다면))"
    r"\s*\?*\s*"
)

# a pronoun that stands for a thing just named ("걔는 얼마?"), not a noun phrase ("the switch")
_PRONOUN = re.compile(r"걔|그거|그건|그게|\b(?:it|that one|they|them)\b", re.IGNORECASE)


_THIS = re.compile(r"(?<![가-힣])(?:이거|이건|이게|이걸)(?![가-힣])")


def _asks_same_measure(q: Question, prev: Question) -> bool:
    """A bare "얼마" after a response time ("온램프는 얼마였지"): how much of that time, not a price."""
    return set(q.facets) == {"price"} and "response" in prev.facets and bare_how_much(q.text)


# "… and what does it cost", "… 그리고 그건 얼마": a second question joined to the turn's first
_SECOND_QUESTION = re.compile(
    r"\band\s+(?:what|how|when|where|which|who|is|does|do|can)\b|그리고|(?:이고|인데|고)\s"
    # ("the SaaS lens - what does it cover?", "SaaS lens. what does it cover?": the name, then a question of it)
    r"|\s[-–—]\s|[.:]\s",
    re.I,
)


# the last question of a turn, a name alone: "…몇 분임? 온램프는?", "…? and on-ramp?", "…? what about EOR?"
_SIBLING_AFTER = re.compile(
    r"(?<=[?？])\s*(?:and\s+|what about\s+|how about\s+)?(?:the\s+)?[^?？\s][^?？]{0,30}?(?:은|는)?\s*[?？]\s*$",
    re.IGNORECASE,
)


def _points_back(q: Question) -> bool:
    """A pointer at the conversation's topic: "EC2는 그 기간 안에…" ("그 기간", the topic's window); not a pronoun
    after a name the turn gave itself ("and compute optimizer, how far back does it look?": "it" is the optimizer)."""
    found = POINTER.search(q.text)
    if found is None:
        return False
    pronoun = found.group(0).casefold() in ("it", "its", "they", "them")
    return not (pronoun and any(m.end <= found.start() and m.entity.kind in SUBJECT_KINDS for m in q.mentions))


def _after_name(q: Question, text: str, at: int) -> bool:
    return any(m.end <= at and not text[m.end : at].strip() for m in q.mentions)


# What is left of a turn that names a sibling and asks the last question of it: "없음?", "있어?", "too?"
_ELLIPTIC = re.compile(
    r"(?:(?:도|는|은)\s*)?(?:없|있)(?:음|어|나|냐|니|지|죠|어요|나요|을까|는지|는거|는 거)?(?:\s*(?:임|야|요))?"
    r"|(?:포함|가능|해당|마찬가지|같음|동일)(?:임|이야|이에요|돼|됨|되나|인가|인지)?"
    r"|(?:too|also|as well|either|same|does it|do they|is it|not)",
    re.IGNORECASE,
)


def _remainder(q: Question) -> str:
    """What is left of the question once entity names and particles/question words are taken out."""
    text = q.text
    for m in sorted(q.mentions, key=lambda m: -m.start):
        text = text[: m.start] + " " + text[m.end :]
    words = [w.strip("?.!,~ ") for w in text.split()]
    filler = {"", "and", "for", "what", "about", "how", "the", "then", "so", "은", "는", "이", "가", "도", "요", "?"}
    filler |= {"그럼", "그러면", "그리고", "또", "근데", "그럼요"}
    filler |= {"엔", "에는", "에도", "에선", "에서는", "한텐", "한테는"}  # "BS+엔": the particle left of a name
    filler |= {"쪽", "쪽은", "쪽도", "쪽이면", "쪽이요", "쪽은요", "편은", "거는", "건"}  # "보안 쪽은?": the side named
    left = [w for w in words if w.casefold() not in filler and w not in ("는", "은", "도", "는요", "은요", "도요")]
    return " ".join(left)
