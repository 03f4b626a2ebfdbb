"""Questions asked in several parts: "aws 자격증 레벨 몇단계고 뭐뭐임? 한번 따면 몇년 감?".

The whole message is answered as one question first. Then each part is asked on its own, as the next turn of
a conversation (so "한번 따면" keeps the certifications of the part before it); a part whose first line says
something the answer does not gets that line, with its sources, under the answer's first line. One answer,
every line still cited. (Streamed, the added lines come last; the final `Answer` has them in place.)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import replace

from assistant.answer.compose import enumerates
from assistant.answer.coverage import AWS_NAMED, names_in
from assistant.answer.cues import ASKED, BIGGEST, CHEAPEST, FACETS, FIGURE_FACETS, POINTER, SHAPES, SMALLEST, WH
from assistant.answer.question import Question, defined_latin_terms, defined_words
from assistant.messages import VERDICT_OPENING, said_pattern
from assistant.retrieval.lexical import content_terms, fold, folded_terms
from assistant.text import CITATION_MARK
from assistant.types import Answer, Citation, Turn

# the lead of a list the asker typed, checked against the catalog's ("빠진 것은 …", "Nothing is missing: …")
LIST_CHECKED = (said_pattern("list.missing"), said_pattern("list.complete"))
# a part declined for naming another provider ("does azure have its own well-architected framework?")
_OTHER_PROVIDER = said_pattern("abstain.provider")
# a part that holds AWS up against something ("same 6 pillars as aws?", "aws랑 같음?"): the other provider, compared
_AGAINST_AWS = re.compile(
    r"\b(?:as|than|like|vs\.?|versus|compared (?:to|with))\s+(?:aws|amazon)\b|\baws\s*(?:랑|이랑|와|과|하고|보다|처럼)",
    re.IGNORECASE,
)
DEFINITION_NEWS = 3  # a definition part's line adds this many words the answer lacks: it says what the thing is
LIST_ITEMS = 2  # a reply's first line with at least this many items under it is a list
MAX_PARTS = 3  # a message that asks more than this is a list of questions, better asked one by one
_ASKED_BREAK = re.compile(r"\?+\s+")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


# how a Korean clause that gives a reason or the scene ends ("계산하려고", "보는 중인데", "그래서")
_REMARK_END = re.compile(r"(?:려고|려구|는데|은데|인데|해서|라서|거든|니까|중임|중|[ㅋㅎㅠㅜ.~!]+)\s*$")


def asking_parts(text: str, joined: bool = True, requests: bool = True) -> list[str]:
    """The questions a message asks one after another, each ending in a question mark and of two words or more;
    [] when it asks one (a lone word between marks, "가격은? 응답은?", is read with the whole; a remark after the
    last mark, "…얼마임? 곧 없어지는건 앎", asks nothing). With `joined`, a message of one question mark or none is
    also split where a question ends and another starts without one ("얼마고 …", ", and which …"). With
    `requests`, a request after the last mark is a part too ("…언제 추가됨? pillar 6개 전부 나열좀"); without, it is
    read with the question it follows ("…전체 몇개임? 비즈니스 플랜 기준 정확한 개수 알려줘", when the whole is
    declined)."""
    text = text.strip()
    pieces = [p.strip() for p in _ASKED_BREAK.split(text) if p.strip()]
    last = pieces[-1] if pieces else ""
    asks = (
        (WH.search(last) and not _REMARK_END.search(last))
        or (requests and _REQUESTED.search(last))
        or _YES_NO_OPENING.match(last)  # ("…expire? and does the partner having certified ppl matter for …")
    )
    if pieces and not text.endswith("?") and not asks:
        # (not "…어느거? 등급은 어케 나뉨": a question word asks without its mark, and so does a request, "pillar 6개
        # 전부 나열좀"; "…몇 개 들으려고" says why)
        pieces = pieces[:-1]
    if len(pieces) == 1 and joined:  # (`joined`: also two questions joined without a mark between them)
        pieces = _joined_questions(pieces[0])
    elif joined:  # ("ProServe or a partner? also how do we engage ProServe, is there a price list?")
        pieces = [q for p in pieces for q in _comma_asked(p)]
    # (a lone name after a conjunction, "and on-ramp? where was its crossover", is read with the whole too)
    if not 2 <= len(pieces) <= MAX_PARTS or any(len(_NAME_WORD.findall(_LEAD_FILLER.sub("", p))) < 2 for p in pieces):
        return []
    return [p if p.endswith("?") else f"{p}?" for p in pieces]


# the words a part may open with that ask nothing themselves ("and on-ramp?", "what about ES?", "그럼 온램프는?")
_LEAD_FILLER = re.compile(
    r"^\s*(?:(?:and|so|also|then|but|plus|what about|how about)\b|그럼|그러면|그리고|근데|또)\s*", re.IGNORECASE
)
_NAME_WORD = re.compile(r"[^\W_]+(?:[-+][^\W_]+)*\+?")  # a word, a hyphenated name ("on-ramp") as one
# a yes/no question typed without its mark, after another one: "and does it matter for their tier"
_YES_NO_OPENING = re.compile(
    r"(?:and|also|but|plus)\s+(?:do|does|did|is|are|was|were|can|could|will|would|should|has|have)\s+\w+", re.IGNORECASE
)
# a request without a question mark: "전부 나열좀", "정리해줘", "항목만 ㄱㄱ", "list them pls"
_REQUESTED = re.compile(
    r"(?:줘|줘요|주세요|나열\s*좀|정리\s*좀|알려\s*줘|부탁(?:해|드려)?요?|ㄱㄱ)\s*[.!~ㅠㅜ]*$"
    r"|\b(?:pls|please|list (?:them|all|the)|tell me|show me)\b",
    re.IGNORECASE,
)
# two questions joined without a mark between them: "애드온 얼마고 응답은 몇분임?" (a question word and "-고"),
# "which DR strategies does it list, and which REL question is the DR one?", "pillars list pls + was it there?"
_KO_JOINED = re.compile(r"(?<![가-힣])(?:얼마|몇\s*[가-힣]{1,2}|뭐|뭐였|언제|어디|누구)(?:이)?고\s+(?=\S)")
_EN_JOINED = re.compile(
    r",?\s+(?:and|\+|plus|also)\s+(?=(?:what|which|how|when|where|who|why|is|are|was|were|do|does|did|can|could"
    r"|should|will|would|has|have|tell me|show me|give me|explain)\b)",  # (or a request: "… and tell me which …")
    re.IGNORECASE,
)


# a question that follows another after a comma: "how do we even engage ProServe, is there a price list somewhere?"
# (only after a question of its own: "for business, is there a TAM?" is one question)
_EN_COMMA_ASKED = re.compile(
    r",\s+(?=(?:is|are|was|were|do|does|did|can|could|will|would|should)\s+"
    r"(?:there|it|we|i|you|they|this|that|these|those)\b)",
    re.IGNORECASE,
)


def _joined_questions(text: str) -> list[str]:
    """A question split where a question ends and another starts without a mark; [text] when none does."""
    joined = _KO_JOINED.search(text)
    if joined is not None:
        return [text[: joined.end()].rstrip()[:-1].rstrip(), text[joined.end() :]]
    joined = _EN_JOINED.search(text)
    if joined is not None:
        return [text[: joined.start()], text[joined.end() :]]
    return _comma_asked(text)


def _comma_asked(text: str) -> list[str]:
    """A question split where another follows it after a comma; [text] when none does."""
    joined = _EN_COMMA_ASKED.search(text)
    if joined is not None and WH.search(text[: joined.start()]):
        return [text[: joined.start()], text[joined.end() :]]
    return [text]


# "유효기간이랑 응시료", "price and response time": two figures joined in one question
_JOIN = re.compile(r"(?<=[가-힣A-Za-z])(?:이랑|랑|하고)\s+|\s+(?:and|&|\+|및)\s+", re.IGNORECASE)
_FIGURES = {**{f: FACETS[f] for f in (*FIGURE_FACETS, "count")}, **{f"asked.{a}": cue for a, cue in ASKED.items()}}


def joined_parts(text: str) -> list[str]:
    """A question of two figures joined by "이랑", "and" ("SA associate 자격증 유효기간이랑 시험 응시료 얼마?"), as
    two parts: up to the joining word, and the rest (which leans on the first as the next turn); [] when no joining
    word has figures' words before it and other figures' words after it (a comma may join a scene to its question,
    and one figure on both sides is one figure asked twice). Asked when the whole is declined."""
    text = text.strip()
    for join in _JOIN.finditer(text):
        left, right = text[: join.start()], text[join.end() :]
        before = {label for label, cue in _FIGURES.items() if cue.search(left)}
        after = {label for label, cue in _FIGURES.items() if cue.search(right)}
        if before and after and not before & after and len(_WORD.findall(left)) >= 2 and len(_WORD.findall(right)) >= 2:
            return [f"{left.rstrip('?')}?", right if right.endswith("?") else f"{right}?"]
    return []


SAID_WITHIN = 20  # a first line this long, said whole within a part's line, is that line's tail


def with_parts(
    answer: Answer,
    parts: list[str],
    history: list[Turn],
    ask: Callable[[str, list[Turn], bool], tuple[Answer, Question]],
) -> tuple[list[str], Answer]:
    """The lines that the `parts` add to `answer` (each part asked after the ones before it), and the answer
    with them. A part adds its first line when the answer leaves the part unanswered (a name or a word the part
    asks about that the answer never says) and that line answers it: it says that name or word, or it is the
    list or the figure the part asks for, from a document the answer stands on ("half day?" answered by "a game
    day is…" adds nothing). Never a declined part, nor a line of the asker's own notes."""
    said = folded_terms(answer.answer)
    cites = list(answer.citations)
    added: list[str] = []
    replies: list[tuple[Answer, Question]] = []
    turns = list(history)
    documents = _documents(answer.answer, answer.citations)
    for i, part in enumerate(parts):
        reply, q = ask(part, turns, i > 0)  # (a later part leans on the ones before it: one message, one subject)
        turns.append(Turn(part, reply.answer))
        replies.append((reply, q))
        lines = reply.answer.splitlines()
        if reply.abstained or not lines or _from_notes(lines[0], reply.citations):
            continue
        # (the end of a scale asked across a kind is answered where the kind is: "…and which pillar has the fewest?")
        if not _documents(lines[0], reply.citations) & documents and not _names_the_end(q, lines[0]):
            if not _names_own_subject(q, reply.answer):
                continue  # the parts of one message are about one subject: a line from elsewhere answers another
            # ("ProServe or an APN partner? also how do we even engage ProServe, is there a price list?": a part that
            # names its own subject may be answered from that subject's document, and the parts after it too)
            documents |= _documents(reply.answer, reply.citations)
        if not _answers_what_is_missing(lines, q, said, answer.answer):
            continue
        if _bare_answer(lines[0]) in {_bare_answer(x) for x in answer.answer.splitlines()}:
            continue  # (a line the answer already says, only with a "Yes." before it now, adds nothing)
        first, *rest = answer.answer.splitlines()
        if len(bare := _bare_answer(first)) >= SAID_WITHIN and bare in _bare_answer(lines[0]):
            # ("Engaging … follows a sales-led process. First, you need an AWS account …" for a first line "First,
            # you need an AWS account …": the part's line says it with what it leans on, in its place)
            (line,) = _carried([lines[0].removeprefix("- ")], reply.citations, cites)
            text, cites = _in_order("\n".join([line, *rest]), cites)
            answer = replace(answer, answer=text, citations=cites)
            said |= folded_terms(lines[0])
            continue
        block = [lines[0], *_items_under(lines[1:])]
        renumbered = _carried(block, reply.citations, cites)
        added.append("\n".join([f"- {renumbered[0]}", *(f"  {x}" for x in renumbered[1:])]))
        said |= folded_terms("\n".join(block))
    if added:
        # each part's line right under the first line's block, before the support lines of the whole
        first, *rest = answer.answer.rstrip("\n").splitlines()
        head = [first, *_items_under(rest)]
        text, cites = _in_order("\n".join([*head, *added, *rest[len(head) - 1 :]]), cites)
        answer = replace(answer, answer=text, abstained=False, citations=cites)
    # (not an answer led by its check of a list the asker typed: "…이렇게 5개 맞음? 빠진거 있음?" is answered by what
    # is missing, whatever its first part alone would lead with)
    checked = any(p.match(answer.answer) for p in LIST_CHECKED)
    led = (
        _led_by_first_part(answer, [r for r, _ in replies], replies[0][1])
        if replies
        and (_leads(*replies[0]) or _subject_lost(answer, *replies[0], [q for _, q in replies[1:]]))
        and not checked
        else answer
    )
    if led is answer and not added:
        return [], answer
    return [f"\n{x}" for x in added], led


def answered_in_parts(
    whole: Answer,
    parts: list[str],
    history: list[Turn],
    ask: Callable[[str, list[Turn], bool], tuple[Answer, Question]],
) -> Answer | None:
    """A message declined as a whole, or a follow-up of several questions, answered part by part: the first part
    answered leads, each later one adds its line (`with_parts`), and each declined part is said to be declined in
    its own words. None when no part is answered (the whole answer stands). In a conversation the first part may
    lean on its topic ("그중 마이그레이션 맡길 회사는 어느거? 등급은 어케 나뉨" after the partner paths)."""
    replies: list[tuple[str, Answer, bool]] = []
    turns = list(history)
    leans = bool(history)  # the part before stood and was answered: a part that points back may lean on it
    for i, part in enumerate(parts):
        reply, q = ask(part, turns, i > 0)
        turns.append(Turn(part, reply.answer))
        # A part stands when it names its own subject (the first part may also point at it: "Compute Optimizer 그거
        # 돈 드는거임?"), or when it leans on a part before it that stood and was answered ("…며칠치 데이터 봄?").
        # "how many pillars does it use?" after a declined "does OCI have a framework?" is about OCI, whatever its
        # answer alone would say.
        # (by a name it counts only in context too: "new client acct only on basic. can they open a technical case")
        own = bool(q.mentions or q.weak) or _defines_own_name(q, reply.answer)
        alone = (own and (i == 0 or not POINTER.search(part))) or leans
        if any(_OTHER_PROVIDER.match(r.answer) for _, r, _ in replies) and (
            _AGAINST_AWS.search(part) or not _names_aws_own(part, q)
        ):
            # "… same 6 pillars as aws?" after a part declined for Azure asks about Azure, and so does a part that
            # names nothing of AWS's own ("애저에도 … 프레임워크 있지? 이름이랑 pillar 몇 개인지 알려줘")
            alone = False
        leans = alone and not reply.abstained
        replies.append((part, reply, alone))
    answered = [(p, r) for p, r, alone in replies if alone and not r.abstained and r.answer.strip()]
    if not answered:
        return None
    first_part, first = answered[0]
    rest = [p for p, _ in answered[1:]]
    _, answer = with_parts(first, rest, [*history, Turn(first_part, first.answer)], ask) if rest else ([], first)
    declined = [r.answer.splitlines()[0] for _, r, _ in replies if r.abstained and r.answer.strip()]
    text = "\n".join([answer.answer.rstrip("\n"), *(f"- {d}" for d in declined)])
    if declined and replies[0][1].abstained:
        # ("베스핀 컴피턴시 몇 개 갖고 있어? 마이그레이션 컴피턴시 있음?": the first question asked is the one declined,
        # and that is what the answer says first; what the later parts could answer follows)
        head, *tail = answer.answer.rstrip("\n").splitlines()
        text = "\n".join([declined[0], *(f"- {d}" for d in declined[1:]), f"- {head}", *tail])
    return Answer(whole.question, text, False, whole.lang, whole.intent, answer.citations, whole.timings_ms)


def _leads(reply: Answer, q: Question) -> bool:
    """The first part's own line should lead the message's answer: it asks yes or no (and its reply says which),
    what to do, a figure its reply's first line gives ("when did it get added, and how many review questions"), a
    list ("필라 6개 뭐뭐임? 지속가능성은 언제 추가됐더라"), or whether it is free ("WA툴 유료임? 마일스톤 몇개까지?").
    Not what a thing is, whose answer the whole's lead may give with the second part ("마일스톤 뭐임? 몇개까지?")."""
    first, *after = reply.answer.splitlines() or [""]
    return (
        bool(VERDICT_OPENING.match(first))
        or any(p.match(first) for p in LIST_CHECKED)  # ("… 이렇게 적었는데 맞음? 지속가능성은 언제임?")
        or "action" in q.facets
        # (an end asked yes or no is one of what it names: not "Archive dates vary by repository, …" for "aws quick
        # starts are gone right?")
        or (q.kind == "number" and bool(re.search(r"\d", first)) and not _end_of_another(q, first))
        or (q.kind == "list" and len(_items_under(after)) >= LIST_ITEMS)
        # ("which plans DON'T have the business-critical sev? and …": several things asked for by a plural)
        or (q.kind == "other" and bool(_WHICH_ONES.search(q.text)) and len(_items_under(after)) >= LIST_ITEMS)
        or (q.kind == "yesno" and any(f in SHAPES and SHAPES[f].search(first) for f in q.facets))
    )


_SUBJECT_KINDS = ("program", "service", "plan", "path", "lens", "exam", "tier")


# the kinds of thing that are AWS's own: a part naming one asks about AWS, whatever the part before declined
_AWS_OWN_KINDS = ("plan", "service", "program", "path", "lens", "tier", "severity", "pillar", "principle", "area")


def _names_aws_own(part: str, q: Question) -> bool:
    """The part names AWS, or a plan, service, program or pillar of AWS's (not a word any provider uses: "pillar")."""
    return bool(AWS_NAMED.search(part)) or any(m.entity.kind in _AWS_OWN_KINDS for m in q.mentions)


def _subject_lost(answer: Answer, reply: Answer, q: Question, later: list[Question]) -> bool:
    """The first part names what the message is about and its own reply's first line says it, but the whole answer's
    first line names none of it and names instead what only a later part names: "what does a partner need to show to
    get an AWS Competency? is it just certifications?" was led by the training program the check names."""
    own = [m for m in q.mentions if m.entity.kind in _SUBJECT_KINDS]
    if not own or reply.abstained:
        return False
    whole, first = (answer.answer.splitlines() or [""])[0], (reply.answer.splitlines() or [""])[0]
    mine = {m.entity.id for m in q.mentions}
    theirs = [m for p in later for m in p.mentions if m.entity.id not in mine]
    return (
        not any(names_in(whole, m.names) for m in own)
        and any(names_in(first, m.names) for m in own)
        and any(names_in(whole, m.names) for m in theirs)
    )


def _end_of_another(q: Question, line: str) -> bool:
    """A part that asks without a question word whether a thing has ended, answered by a `line` that never names it."""
    if "end_date" not in q.facets or WH.search(q.typed or q.text):
        return False
    return bool(q.mentions) and not any(names_in(line, m.every_name) for m in q.mentions)


_WHICH_ONES = re.compile(r"\bwhich\s+(?:[\w-]+\s+)?[a-z]{3,}s\b|뭐뭐|어떤\s*\S+들", re.IGNORECASE)


def _led_by_first_part(answer: Answer, replies: list[Answer], first_q: Question) -> Answer:
    """The answer led by its line that answers the message's first part, when its first line is not what that part
    answers ("does developer have phone support? and what's the system impaired response time": the channels, then
    the target). The first part's own wording of the line leads (its "No." too), citing what the answer's line
    cites."""
    lines = answer.answer.rstrip("\n").splitlines()
    said = [[_bare_answer(x) for x in r.answer.splitlines() if x.strip()] if not r.abstained else [] for r in replies]
    lead = _bare_answer(lines[0])
    own, wanted = (replies[0].answer.splitlines() or [""])[0], said[0][0] if said and said[0] else ""
    # (a lead the first part's own answer also says, anywhere, answers it: "COST 몇번임?" and where NAT costs go;
    # not when the first part asks a figure its own line gives and the lead does not: "자격증 레벨 몇 단계임?
    # 유효기간은?" is not answered by "3년간 유효")
    figures = re.findall(r"\d+", CITATION_MARK.sub("", own)) if first_q.kind == "number" else []
    counted = bool(figures) and not any(f in CITATION_MARK.sub("", lines[0]) for f in figures)
    if len(said) < 2 or not said[0] or (lead in said[0] and not counted):
        return answer
    at = next((i for i, x in enumerate(lines) if i > 0 and x.startswith("- ") and _same_said(x, wanted)), None)
    if at is None:
        return _list_first(answer, replies[0])
    items = _items_under(lines[at + 1 :])
    refs = " ".join(f"[{n}]" for n in dict.fromkeys(CITATION_MARK.findall(lines[at])))
    lead = f"{CITATION_MARK.sub('', own).rstrip()} {refs}".rstrip()
    head = [lines[0], *_items_under(lines[1:])]
    rest = [x for j, x in enumerate(lines[len(head) :], start=len(head)) if not at <= j <= at + len(items)]
    text, cites = _in_order("\n".join([lead, *items, f"- {head[0]}", *head[1:], *rest]), list(answer.citations))
    return replace(answer, answer=text, abstained=False, citations=cites)


def _same_said(line: str, wanted: str) -> bool:
    """`line` says `wanted` (both bare), or all of it after a count said first ("4단계: 자격증은 …")."""
    bare = _bare_answer(line)
    return bare == wanted or (
        len(bare) >= _SAME_TAIL and wanted.endswith(bare) and _COUNT_FIRST.match(wanted) is not None
    )


_SAME_TAIL = 20  # a line this long that ends another is that line with something said before it
_COUNT_FIRST = re.compile(r"^\d+[^\d:]{0,12}:")  # "4단계:", "4levels:" (bare: without spaces)


def _list_first(answer: Answer, reply: Answer) -> Answer:
    """The answer led by the list the first part asks for, which it lacks (from another document than its own),
    with that list's sources; the answer unchanged when the first part's reply is no list or the notes'."""
    own, *after = reply.answer.splitlines()
    block = [own, *_items_under(after)]
    if any(p.match(own) for p in LIST_CHECKED) and after:  # (what the typed list lacks, then the list itself)
        block = [own, after[0], *_items_under(after[1:])]
    if len(block) <= LIST_ITEMS or _from_notes(own, reply.citations):
        return answer
    cites = list(answer.citations)
    first, *rest = answer.answer.rstrip("\n").splitlines()
    # (the lead moved under the part's line, unless that line says it already: "4단계: 자격증은 …" and "자격증은 …")
    moved = [] if _bare_answer(own).endswith(_bare_answer(first)) else [f"- {first}"]
    text, cites = _in_order("\n".join([*_carried(block, reply.citations, cites), *moved, *rest]), cites)
    return replace(answer, answer=text, abstained=False, citations=cites)


def _bare_answer(line: str) -> str:
    """A line as `_bare`, less its citations and the "Yes." or "No." it opens with."""
    line = CITATION_MARK.sub("", line.strip().removeprefix("- "))
    verdict = VERDICT_OPENING.match(line)
    return _bare(line[verdict.end() :] if verdict else line)


def joined(question: str, answers: list[Answer], lang: str) -> Answer | None:
    """Answers said together, as one ("위에 두개 한국어로 다시 정리 좀"): the first whole, each later one's lines
    under it, every source numbered once in the order cited; None when none of them answered."""
    kept = [a for a in answers if not a.abstained and a.answer.strip()]
    if not kept:
        return None
    cites = list(kept[0].citations)
    blocks = [kept[0].answer.rstrip("\n")]
    for a in kept[1:]:
        numbers = {str(c.n): str(_number_of(c, cites)) for c in a.citations}
        head, *rest = a.answer.rstrip("\n").splitlines()
        blocks.append("\n".join([f"- {_renumber(head, numbers)}", *(_renumber(x, numbers) for x in rest)]))
    text, cites = _in_order("\n".join(blocks), cites)
    return Answer(question, text, False, lang, "question", cites, {})


def _carried(block: list[str], cited: list[Citation], cites: list[Citation]) -> list[str]:
    """`block`'s lines with the sources they cite (of `cited`, a part's own) numbered as in `cites`, where a new
    one is added at the end; only the sources the lines cite come along."""
    used = {int(n) for x in block for n in CITATION_MARK.findall(x)}
    numbers = {str(c.n): str(_number_of(c, cites)) for c in cited if c.n in used}
    return [_renumber(x, numbers) for x in block]


def _renumber(text: str, numbers: dict[str, str]) -> str:
    return CITATION_MARK.sub(lambda m: f"[{numbers.get(m.group(1), m.group(1))}]", text)


def _in_order(text: str, cites: list[Citation]) -> tuple[str, list[Citation]]:
    """Sources numbered in the order the text first cites them ([1], [2], … down the answer)."""
    order = list(dict.fromkeys([*(int(n) for n in CITATION_MARK.findall(text)), *(c.n for c in cites)]))
    new = {old: i for i, old in enumerate(order, start=1)}
    by_n = {c.n: c for c in cites}
    kept = [by_n[old] for old in order if old in by_n]
    renumbered = [Citation(new[c.n], c.source, c.title, c.section, c.lang, c.text, c.score, c.page) for c in kept]
    return CITATION_MARK.sub(lambda m: f"[{new.get(int(m.group(1)), m.group(1))}]", text), renumbered


def _answers_what_is_missing(lines: list[str], q: Question, said: AbstractSet[str], text: str) -> bool:
    """The part's own first line (`lines[0]`, with its items) says something the answer does not, and either
    says a name or a word of the part that the answer never says, or is the list or the figure the part asks."""
    lead = CITATION_MARK.sub("", lines[0])
    terms = folded_terms(lead)
    if _bare(lead) in {_bare(x) for x in text.splitlines()}:
        return False  # (the line itself, said again less a remark in brackets)
    # ("TAM 없는 플랜 뭐뭐임? 그리고 basic은 기술 케이스 열수 있음?": a part asked yes or no is answered by its "No.",
    # though the answer's lines on the other part say the same in other words)
    if (
        q.kind == "yesno"
        and VERDICT_OPENING.match(lead)
        and not any(VERDICT_OPENING.match(_bare(x)) for x in text.splitlines())
    ):
        return True
    if terms <= said:
        return False  # the line says nothing the answer does not
    items = _items_under(lines[1:])
    heads = [re.split(r"\s*[(:]", re.sub(r"^\s*(?:\d+[.)]|[-*])\s*", "", i), maxsplit=1)[0] for i in items]
    if len(heads) >= LIST_ITEMS and all(h and h in text for h in heads):
        return False  # (a list whose every item the answer already lists: the same list, said again)
    names = [m for m in q.mentions if not names_in(text, m.names)]
    words = [t for t in q.detail if not _said(fold(t), said)]
    if any(names_in(lead, m.names) for m in names) or any(_said(fold(t), terms) for t in words):
        return True
    # ("FIS 예전 이름 뭐였음?? 그리고 요금은 뭐 기준으로 나옴": the line speaks of what the part asks, the price,
    # which the answer never does)
    # (by the shape of its answer where it has one: "그거 무료임?" is answered by "…시간에 따라 부과된다")
    spoken = [SHAPES.get(f) or FACETS[f] for f in q.facets if f in FACETS]
    if any(p.search(lead) and not p.search(text) for p in spoken):
        return True
    # (or in the part's own words for it: "is there a price list somewhere?" by "…rather than published on a price
    # list", where the answer never spoke of a price)
    worded = [folded_terms(m.group(0)) for f in q.facets if f in FACETS and (m := FACETS[f].search(q.typed or q.text))]
    if any(w and w <= terms and not w & said for w in worded):
        return True
    # ("REL 질문 몇개임? 필라 중에 젤 많은거 ㅇㅇ?": the end of a scale the part asks, which its line names)
    if _names_the_end(q, lead):
        return True
    block = "\n".join([lead, *_items_under(lines[1:])])
    shaped = len(_items_under(lines[1:])) >= 2 or enumerates(lead) or bool(re.search(r"\d", block))
    # ("마일스톤 정확히 뭐임? 워크로드당 몇개까지?": what it is, asked beside its count, is said by its definition)
    defined = q.kind == "definition" and len(terms - said) >= DEFINITION_NEWS
    # ("15분짜리도 있음?": a figure asked yes or no is answered by a line that gives figures)
    figured = q.kind == "yesno" and bool(re.search(r"\d", q.typed or q.text)) and bool(re.search(r"\d", lead))
    return (q.kind in ("list", "number") and shaped) or defined or figured


def _names_the_end(q: Question, line: str) -> bool:
    """The part asks for an end of a scale ("which pillar has the fewest?") and the line names one."""
    return any(x.search(q.typed or q.text) and x.search(line) for x in (BIGGEST, SMALLEST, CHEAPEST))


def _bare(line: str) -> str:
    """A line without its citations, remarks in brackets, list marks and spaces."""
    return re.sub(r"\s+|\([^()]*\)|\[\d+\]|^-", "", line.strip())


def _said(term: str, terms: AbstractSet[str]) -> bool:
    """`term` is among `terms`, or a Latin word of five letters or more shares its first five with one
    ("included" and "includes")."""
    if term in terms:
        return True
    return term.isascii() and len(term) >= 5 and any(t.startswith(term[:5]) for t in terms)


def _names_own_subject(q: Question, text: str) -> bool:
    """The part names a service, program or plan of its own (not one lent by the parts before it), which `text`
    names too."""
    if any(m.entity.kind in _OWN_SUBJECTS and m.start >= q.own_start and names_in(text, m.names) for m in q.mentions):
        return True
    # ("what is CDK? and how many pillars": the name a "what is X" part asks about, which no alias names)
    return _defines_own_name(q, text)


def _defines_own_name(q: Question, text: str) -> bool:
    """A "what is X" part whose X, no pointer back, is a name typed with a capital that `text` says ("CDK가 뭐임?":
    "… AWS CDK …")."""
    asked = defined_words(q)
    if not asked or POINTER.search(asked) or q.mentions:
        return False
    terms = defined_latin_terms(q)
    # (a name as typed, with a capital: "what's the process?" names nothing)
    typed = q.typed or q.text
    named = any(
        any(c.isupper() for c in m.group(0))
        for t in terms
        for m in re.finditer(rf"(?<![A-Za-z0-9]){t}(?![A-Za-z0-9])", typed, re.I)
    )
    return named and terms <= content_terms(text)


_OWN_SUBJECTS = ("service", "program", "plan", "path", "lens", "exam")


def _documents(text: str, cites: list[Citation]) -> set[str]:
    """The documents `text` cites, whatever their language (summaries/en/x.md and summaries/ko/x.md are one)."""
    refs = {int(n) for n in CITATION_MARK.findall(text)}
    return {c.source.rsplit("/", 1)[-1] for c in cites if c.n in refs}


def _from_notes(line: str, cites: list[Citation]) -> bool:
    """The line stands on the asker's own notes only (they may add to an answer, never answer a part)."""
    refs = {int(n) for n in CITATION_MARK.findall(line)}
    return bool(refs) and all("/notes/" in c.source for c in cites if c.n in refs)


def _items_under(lines: list[str]) -> list[str]:
    """The list items that stand under a first line, up to the next line of its own."""
    out = []
    for x in lines:
        if x.startswith("- "):
            break
        out.append(x)
    return out


def _number_of(c: Citation, cites: list[Citation]) -> int:
    """The number `c`'s passage has in `cites`, added at the end when it is new."""
    for known in cites:
        if (known.source, known.section, known.text) == (c.source, c.section, c.text):
            return known.n
    cites.append(Citation(len(cites) + 1, c.source, c.title, c.section, c.lang, c.text, c.score, c.page))
    return len(cites)
