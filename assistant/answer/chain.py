"""The LCEL chain: read the question -> resolve follow-ups -> route -> retrieve -> answer (or abstain).

The question is read once into a `Question`; every step below takes it from the state. Catalog facts answer
first where the catalog holds them; otherwise the composer writes from the retrieved passages.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.runnables import Runnable, RunnableConfig, RunnableLambda

from assistant.answer.acronyms import acronym_asked, spelled_out, with_acronyms_spelled
from assistant.answer.compose import (
    FRAMEWORK_ID,
    PROMISES_LIST,
    PROVENANCE,
    Composer,
    Composition,
    OfflineComposer,
    gap_forms,
    gap_terms,
    named_gap_forms,
    supplement,
    units,
    written_names,
)
from assistant.answer.conversation import GENERIC as GENERIC_NAMES
from assistant.answer.conversation import (
    SUBJECT_KINDS,
    declined,
    named_by_its_noun,
    other_name_asked,
    readings,
    resolve,
    restated_turns,
    restating_language,
)
from assistant.answer.coverage import (
    AMOUNT,
    FRAMING,
    NO_CHARGE,
    PRICE_WORDED,
    RATE_ASKED,
    SPECIFIC_KINDS,
    about,
    count_said,
    counted_pattern,
    figure_lead,
    inline_list,
    ko_scene_clause,
    lead_with,
    lists_counted,
    names_in,
    not_covered,
    passages_text,
    shaped_lead,
    unknown_best_practice,
    unknown_plus_name,
    unknown_quoted_name,
    unknown_shorter_name,
    unknown_stated_percent,
    unstated_figure,
)
from assistant.answer.cues import (
    AMONG,
    ASKED_SHAPES,
    CASE_OPENING,
    EXAMPLE,
    EXAMPLE_SAID,
    EXPLAIN,
    FACETS,
    FOLLOWUP,
    NAMES_SERVICE,
    NEW_TOPIC,
    NOW,
    PICK,
    PLAN_FEATURES,
    PLURAL,
    POINTER,
    PRICE_GAP,
    SHAPES,
    STILL_THERE,
    TECH_CASE,
    TIME_SAID,
    WH,
    WHICH_AREA,
    WHICH_PILLAR,
    WORDED_FREQUENCY,
    ids_in,
    question_ids,
    time_in,
)
from assistant.answer.edition import with_edition
from assistant.answer.facts import (
    OPENERS_KEY,
    QUESTION_ID,
    TAM_ACTS,
    TECH_CASE_KEY,
    FactLine,
    Knowledge,
    both_names,
    count_checked,
    fact_lines,
    part_home,
    question_lines,
    question_topics,
)
from assistant.answer.parts import LIST_CHECKED, answered_in_parts, asking_parts, joined, joined_parts, with_parts
from assistant.answer.question import (
    NOTES_CONTEXT,
    PLAN_WORDS,
    Question,
    after_question,
    answer_language,
    blank,
    defined_phrase,
    list_noun,
    quoted,
    read_question,
    scene_before,
    which_kind,
)
from assistant.answer.review_questions import (
    Said,
    asks_which_area,
    asks_which_question,
    checks_a_guess,
    closest_in_meaning,
    covering_question,
    described,
    guessed_ids,
    meets_any,
    naming_ids,
    pillar_ids,
    pillar_prefixes,
    quoting_question,
    scene_lent,
    sentences_by_question,
)
from assistant.answer.sources import located
from assistant.knowledge.aliases import AliasTable, Mention
from assistant.knowledge.words import COMMON_WORD, KNOWN_WORD, NAMING_WORD, one_slip_apart, zipf
from assistant.messages import said_pattern, say
from assistant.recommend.intent import FACTUAL, INSTEAD, STRONG_CHOICE, states_a_need
from assistant.recommend.reader import HANGUL, money, stated_bill
from assistant.retrieval.lexical import content_terms, fold, fold_weights, folded_terms, tokenize, without_particles
from assistant.retrieval.retriever import HybridRetriever
from assistant.text import BULLET, split_sentences
from assistant.types import Answer, Chunk, Citation, Hit, Retrieval, Turn


class AnswerRunnable(Runnable[dict[str, Any], Answer | str]):
    """The answer path as one LCEL runnable, so it drops into other LangChain apps.

    Input `{"question": str, "history": [Turn]}`. `invoke` and `batch` give the `Answer`; `stream` gives
    the text as it is produced, then the whole `Answer` as the last item (its text is the final word).
    Inside, `prepare` (read -> route -> retrieve) is an LCEL pipe and `parts` writes the answer.
    """

    def __init__(
        self,
        prepare: Runnable[dict[str, Any], dict[str, Any]],
        parts: Callable[[dict[str, Any]], Iterator[str | Answer]],
    ):
        self.prepare, self.parts = prepare, parts

    def invoke(self, input: dict[str, Any], config: RunnableConfig | None = None, **kwargs: Any) -> Answer:
        return self._call_with_config(self._whole, input, config)  # type: ignore[return-value]

    def stream(
        self, input: dict[str, Any], config: RunnableConfig | None = None, **kwargs: Any | None
    ) -> Iterator[str | Answer]:
        yield from self._transform_stream_with_config(iter([input]), self._transform, config)

    def _whole(self, inp: dict[str, Any], run_manager: Any, config: RunnableConfig) -> Answer:
        *_, answer = self.parts(self.prepare.invoke(inp, config))
        assert isinstance(answer, Answer)
        return answer

    def _transform(
        self, inputs: Iterator[dict[str, Any]], run_manager: Any, config: RunnableConfig
    ) -> Iterator[str | Answer]:
        for inp in inputs:
            yield from self.parts({**self.prepare.invoke(inp, config), "stream": True})


_PARTNER_KINDS = ("path", "program", "provider")


def _lent_elsewhere(q: Question, resolved: Question, routed: Answer) -> bool:
    """ "besides the tier, what else should we check?" after a talk about partner paths: the turn names no plan
    of its own and its topic, lent from the turns before, is partners, so a bare "tier" asks for no support plan."""
    if routed.intent != "support_plan" or resolved is q or any(m.entity.kind == "plan" for m in q.mentions):
        return False
    kinds = {m.entity.kind for m in resolved.mentions}
    return "plan" not in kinds and bool(kinds & set(_PARTNER_KINDS))


def _among_talked(q: Question, resolved: Question, routed: Answer) -> bool:
    """ "둘 중에 뭐가 나음? TAM 필요없고 월 200불 이하로" after Business Support+ and then Enterprise: a choice among
    the plans the conversation named, which their own lines answer against the budget, not among all plans."""
    return (
        routed.intent == "support_plan"
        and resolved is not q
        and not q.of_kind("plan")
        and bool(PLURAL.search(q.text))
        and len(set(resolved.of_kind("plan"))) >= 2
    )


def _figure_of_one_plan(q: Question, routed: Answer) -> bool:
    """ "ok we need real tech support for prod tho. whats the monthly minimum for business support+?": a figure of
    the one plan the message names is asked, and no choice: that plan's line answers, not the plan advisor."""
    # (or what it includes, asked by one on it: "we're on enterprise on-ramp till they move us. what's the stuff u get
    # 'once a year' on it?"; not where to move or what to do, which the transition advisor answers)
    moving = bool({"replacement", "action", "end_date"} & set(q.facets))
    features = "features" in q.facets and not moving
    return (
        routed.intent in ("support_plan", "transition")
        and not (routed.intent == "transition" and moving)
        and len(set(q.of_kind("plan"))) == 1
        and (any(f in q.facets for f in ("price", "response", "end_date")) or features)
        and (
            q.kind in (("number", "other", "definition", "list") if features else ("number", "other"))
            # ("… 월 사용액 7만불이면 예산 3만5천불 안에 들어옴?": whether the price at a stated bill fits: a figure)
            or (q.kind == "yesno" and "price" in q.facets and stated_bill(q.text, 1.0) is not None)
            # ("Enterprise Support를 쓰고 있는데, AWS Professional Services 컨설팅도 이 플랜에 포함되어 … 건가요?":
            # whether a program comes with the plan)
            or (features and q.kind == "yesno" and any(m.entity.kind in ("program", "service") for m in q.mentions))
        )
        and not STRONG_CHOICE.search(q.text)
        and not INSTEAD.search(q.text)
        and not _TOO_DEAR.search(q.text)
        and which_kind(q) != "plan"
    )


# the scope gate's verdicts on a question about something else ("unknown vocabulary", "unknown subject espresso",
# "unrelated"), not on one it found too little evidence for
_OFF_SUBJECT = ("unknown", "unrelated")


def _priced_at_the_bill(q: Question, resolved: Question) -> bool:
    """ "and the same usage on on-ramp, before they moved us over?" after a price at a stated bill: a follow-up that
    asks one plan's price at that bill, and no choice (the turn as the conversation reads it says so)."""
    return (
        resolved.text != q.text
        and "price" in resolved.facets
        and len(set(resolved.of_kind("plan"))) == 1
        and stated_bill(resolved.text, 1.0) is not None
        and not STRONG_CHOICE.search(q.text)
        and not INSTEAD.search(q.text)
    )


# a plan turned down for its price ("엔터프라이즈 서포트는 너무 비쌈. 대신 뭐 써야됨?"): a choice the advisor makes, as
# is something asked for in its place (the advisor's own INSTEAD cue)
_TOO_DEAR = re.compile(r"too (?:much|expensive|pricey)|너무 비", re.I)


def _moves_of_several(q: Question, routed: Answer) -> bool:
    """ "biz 쓰는 팀은 어디로 옮겨야됨? 온램프 쓰는데는?": where each of two plans moves is a fact for each, which the
    plans' own lines state; the transition advisor answers for one plan the asker is on."""
    return routed.intent == "transition" and len(set(q.of_kind("plan"))) >= 2


def _program_asked(q: Question, routed: Answer) -> bool:
    """ "네비게이트는? 그것도 파트너 고를 때 보는 인증임?": a yes/no or a definition about a program it names asks what
    the program is, which its passage answers; only a request for a choice ("추천해줘") goes to the recommender."""
    named = {m.entity.id for m in q.mentions if m.entity.kind in ("program", "path")}
    # ("메가존 MSP 월 요금 대충? 예산 300만원": the price of a partner or a program it names, which a passage states or
    # the answer declines; no partner to pick)
    priced = q.kind == "number" and "price" in q.facets and any(m.entity.kind == "partner" for m in q.mentions)
    # ("navigate 랑 competency 중에 뭐가 더 믿을만한 신호임?": two programs weighed against each other, which their
    # passages answer; no partner to pick)
    return (
        routed.intent == "partner"
        and (q.kind in ("yesno", "definition") or (q.kind == "comparison" and len(named) >= 2) or priced)
        and bool(named or priced)
        and not STRONG_CHOICE.search(q.text)
    )


# the support advisor's questions about what is needed, as it says them: the next turn may answer them
_ADVISOR_ASKED = said_pattern("rec.clarify_support", "rec.clarify_support_budget")
_PARTNER_ADVISED = said_pattern("rec.label.partner")


def _asks_again(q: Question) -> bool:
    """A turn that asks the last question again of something else ("what about …?", "그럼 …은?"), not a fact nor a
    yes/no about what was said ("would that cover patching too?")."""
    return bool(FOLLOWUP.search(q.text)) and not FACTUAL.search(q.text) and q.kind == "other"


def _with_tool_passage(q: Question, retrieval: Retrieval, chunks: list[Chunk]) -> Retrieval:
    """ "게임데이 관련 AWS 서비스는?": when no passage found is a section about a service, the best summary's
    document's first section about a service takes the place of the last passage in the asker's language that
    names no service."""
    hits = retrieval.hits
    if not q.wants_tool or not hits or any(NAMES_SERVICE.search(h.chunk.heading) for h in hits):
        return retrieval
    top = next((h.chunk for h in hits if h.chunk.kind == "summary"), None)
    tool = next((c for c in chunks if top and c.source == top.source and NAMES_SERVICE.search(c.heading)), None)
    # (in place of a passage that names no service: a list of the pillar's services stays)
    spare = [i for i, h in enumerate(hits) if i and h.chunk.lang == hits[0].chunk.lang]
    spare = [i for i in spare if not NAMES_SERVICE.search(hits[i].chunk.text)]
    if tool is None or not spare:
        return retrieval
    last = spare[-1]
    hits = [*hits[:last], Hit(tool, hits[last].score, {}), *hits[last + 1 :]]
    return Retrieval(retrieval.query, hits, retrieval.in_scope, retrieval.scope_reason)


def _with_phrase_passage(q: Question, retrieval: Retrieval, chunks: list[Chunk]) -> Retrieval:
    """ "what does security as code mean": a phrase asked to be defined, which no retrieved passage uses, is
    explained by the passage that uses it verbatim (the design principle's "Security as code means …"), however
    much better the words one by one match the pillar's own sections. That passage comes first. A phrase the
    corpus uses verbatim is in scope, however few of the passages' words the rest of the question shares."""
    phrase = defined_phrase(q)
    hits = retrieval.hits
    if not phrase or not hits:
        return retrieval
    if any(phrase in h.chunk.text.casefold() for h in hits):
        return replace(retrieval, in_scope=True)  # (a phrase of the corpus's own is no other subject)
    using = [c for c in chunks if c.kind == "summary" and phrase in c.text.casefold()]
    using.sort(key=lambda c: c.lang != q.lang)  # the asker's language first
    if not using:
        return retrieval
    return _led_by(retrieval, using[0], "phrase", in_scope=True)


def _with_figure_passage(q: Question, retrieval: Retrieval, chunks: list[Chunk]) -> Retrieval:
    """ "멀티AZ로 하면 비용 몇 배?": a figure asked by its shape (a multiple, a percentage, a length of time, a
    count) of a named thing, which no retrieved passage states, is answered by the summary sentence that names that
    thing and has that shape ("다중 AZ 설계는 일부 자원을 대략 두 배로 늘린다"), however much better the
    question's other words ("비용") match other sections. That passage comes first, and the question is in scope;
    with none, retrieval stands."""
    shapes = [ASKED_SHAPES[a] for a in q.asks if a in ASKED_SHAPES]
    # ("how many APN specialization programs besides Competency?": a count, by a number next to the counted noun)
    counted = counted_pattern(q) if q.kind == "number" and "count" in q.facets else None
    shapes += [counted] if counted is not None else []
    # (every thing named: "X-Ray 트레이스 며칠 보관" is not answered by a sentence on how long a course takes)
    named_by = dict.fromkeys(
        m.entity.spellings for m in q.mentions if m.entity.id not in FRAMING and m.entity.spellings
    )
    subjects = [sorted(names) for names in named_by]
    if not shapes or not subjects or not retrieval.hits:
        return retrieval

    def states(c: Chunk) -> bool:
        for sentence in split_sentences(c.text):
            # (named in the sentence or by its section: "There are five values, …" under "… risk levels")
            named = f"{c.section}\n{sentence}"
            if any(s.search(sentence) for s in shapes) and all(names_in(named, names) for names in subjects):
                return True
        return False

    if any(states(h.chunk) for h in retrieval.hits):
        return replace(retrieval, in_scope=True)  # (one of them states it, however few of its words the rest share)
    stating = sorted((c for c in chunks if c.kind == "summary" and states(c)), key=lambda c: c.lang != q.lang)
    if not stating:
        return retrieval
    return _led_by(retrieval, stating[0], "figure", in_scope=True)


def _about_the_plans(q: Question, hits: list[Hit]) -> bool:
    """A question that names a support plan (asked about or set aside) and whose best passage is the support plans'
    own: the gate's weak evidence is chat wording, not another subject."""
    named = any(m.entity.kind == "plan" for m in (*q.mentions, *q.negated))
    return named and bool(hits) and hits[0].chunk.source.endswith("support-plans.md")


def _led_by(retrieval: Retrieval, chunk: Chunk, signal: str, in_scope: bool | None = None) -> Retrieval:
    """`retrieval` with `chunk` first, at the best hit's score (`signal` says why), as many hits as before."""
    hits = retrieval.hits
    rest = [h for h in hits if h.chunk.id != chunk.id][: len(hits) - 1]
    led = [Hit(chunk, hits[0].score, {signal: 1.0}), *rest]
    return Retrieval(retrieval.query, led, retrieval.in_scope if in_scope is None else in_scope, retrieval.scope_reason)


def build_chain(
    retriever: HybridRetriever,
    composer: Composer,
    k: int,
    aliases: AliasTable,
    knowledge: Knowledge | None = None,
    router: Callable[[str, str, str, str], Answer | None] | None = None,
) -> AnswerRunnable:
    """The chain; `router` may answer a message itself (a recommender) before retrieval runs (given the message,
    its language, the message as the conversation reads it, and the advisor asked again or "")."""

    homes: dict[tuple[str, str], Chunk] | None = None  # each compared subject's own section, built on first need

    def side_homes() -> dict[tuple[str, str], Chunk]:
        nonlocal homes
        if homes is None:
            homes = headed_sections(retriever.chunks, aliases)
        return homes

    told: dict[tuple[str, ...], Chunk | None] = {}  # a subject's one passage telling of it, by language and names

    def told_of(m: Mention, lang: str) -> Chunk | None:
        """`_told_of_in`, remembered: it reads every chunk (~12 ms), and a service named recurs across questions."""
        key = (lang, *m.names)
        if key not in told:
            told[key] = _told_of_in(m, lang, retriever.chunks)
        return told[key]

    cased: str | None = None  # the corpus's text, read on first need

    def corpus_cased() -> str:
        nonlocal cased
        if cased is None:
            cased = "\n".join(f"{c.section}\n{c.text}" for c in retriever.chunks)
        return cased

    folded: str | None = None

    spelled_names: dict[str, str | None] = {}  # acronyms the corpus spells out, by acronym, found so far

    def said_as_name(word: str) -> bool:
        """The corpus uses the word, or the alias table names an entity by it."""
        return retriever.lexical.known(word.casefold()) or bool(aliases.find(word, slips=False))

    def corpus_folded() -> str:
        nonlocal folded
        if folded is None:
            folded = corpus_cased().casefold()
        return folded

    described: list[Said] | None = None  # the pillar passages' sentences by question id, read on first need

    def review_said() -> list[Said]:
        nonlocal described
        if described is None:
            described = sentences_by_question(retriever.chunks, *question_topics(knowledge)) if knowledge else []
        return described

    e5 = next((space for space in retriever.spaces if space.name == "e5"), None)
    sentence_vectors: dict[str, np.ndarray] = {}  # review sentences met so far, read as questions

    def meaning(question: str, texts: list[str]) -> list[float]:
        """How close in meaning each text is to the question (cosine in e5, both read as questions: like with
        like). Only e5: `closest_in_meaning`'s margin is measured on its scale."""
        assert e5 is not None  # (passed on only with e5)
        new = [t for t in dict.fromkeys(texts) if t not in sentence_vectors]
        if new:
            sentence_vectors.update(zip(new, e5.encode(new, is_query=True), strict=True))
        asked = e5.encode_query(question)
        return [float(sentence_vectors[t] @ asked) for t in texts]

    def _read(inp: dict[str, Any]) -> dict[str, Any]:
        history = inp.get("history") or []
        named = [(m.start, m.end) for m in aliases.find(inp["question"], slips=False)]
        typed = spelled(inp["question"], retriever.lexical, named)
        # (an acronym the alias table names, "SAA", "IEM", is read as its entity already)
        q = read_question(with_acronyms_spelled(typed, said_as_name, corpus_cased(), spelled_names), aliases)
        if NEW_TOPIC.search(inp["question"]):  # "diff topic - …", "완전 딴얘긴데 …": nothing is lent from before
            history = []
        # (a later part of one message that names no subject of its own is about the parts' subject before it: "we're
        # on On-Ramp. whats our critical target, and do we have to do anything before 2027-01-01?")
        lean = bool(inp.get("lean")) and not any(m.entity.kind in SUBJECT_KINDS for m in q.mentions)
        resolved = resolve(q, history, aliases, force=lean)
        # ("영어 원문 이름으로는? list them in English pls": the answer in the language asked for)
        lang = inp.get("lang") or ((answer_language(q.text) or q.lang) if q.lang != "other" else q.lang)
        forced = inp.get("lang")  # (a turn said again in the language asked for)
        state = {**inp, "q": q, "resolved": resolved, "lang": lang, "forced": forced, "history": history}
        return {**state, "t0": time.perf_counter()}

    def _route(state: dict[str, Any]) -> dict[str, Any]:
        q: Question = state["q"]
        routed = None
        if q.lang == "other":
            routed = Answer(q.text, say("decline.language", "en"), True, "en", "language", [], {})
        elif router and not state["resolved"].asks_notes:  # (what the notes say of a plan is no plan to advise)
            # (with the turn as the conversation reads it: a clarifying question is no answer to a follow-up)
            read_as = state["resolved"].text
            if read_as == q.text and state["history"]:  # (a turn that names nothing: within the talk's topic)
                read_as = next((r.text for r in readings(q, state["history"], aliases, retriever.lexical.known)), "")
            routed = router(state["question"], q.lang, read_as, "")
            history = state["history"]
            answers_advisor = history and _ADVISOR_ASKED.search(history[-1].answer) and not WH.search(q.text)
            if routed is None and answers_advisor and states_a_need(q.text):
                # ("TAM은 필요없고 프로덕션 다운 1시간 응답은 필수" after the advisor asked what is needed: the answer
                # to its questions, weighed with the request they followed)
                routed = router(f"{history[-1].question}\n{state['question']}", q.lang, "", "")
                routed = replace(routed, question=state["question"]) if routed is not None else None
            advised = next((t.answer for t in history[-2:][::-1] if _PARTNER_ADVISED.search(t.answer)), "")
            if routed is None and advised and _asks_again(q):
                # ("What about a small RDS-only piece of work — same badge?" a turn or two after a partner was
                # recommended: the same advice, for the work the turn describes)
                routed = router(state["question"], q.lang, "", "partner")
                if routed is not None and routed.answer.split("\n", 1)[0] == advised.split("\n", 1)[0]:
                    routed = None  # (the same advice again: what the turn asks of it is looked up)
            resolved = state["resolved"]
            if routed is not None and (
                _lent_elsewhere(q, resolved, routed)
                or _program_asked(q, routed)
                or _among_talked(q, resolved, routed)
                or _moves_of_several(q, routed)
                or _figure_of_one_plan(q, routed)
                or _priced_at_the_bill(q, resolved)
                # ("ES 쓰면 TAM이 마이그레이션 직접 해주는 거죠?": what a TAM does is asked, not which plan to take)
                or TAM_ACTS.search(q.typed or q.text) is not None
            ):
                routed = None
        if routed is not None:
            routed.timings_ms = {"retrieve": 0.0, "compose": (time.perf_counter() - state["t0"]) * 1000}
        return {**state, "routed": routed}

    def _retrieve(state: dict[str, Any]) -> dict[str, Any]:
        if state["routed"] is not None:
            return state
        t0 = time.perf_counter()

        def ms() -> float:
            return (time.perf_counter() - t0) * 1000

        resolved = state["resolved"]
        notes = ("notes", resolved.notes_query) if resolved.asks_notes else None
        retrieval = retriever.retrieve(resolved.query, k=k, evidence=resolved.evidence_text, kind=notes)
        q, history = state["q"], state["history"]
        # the turn read on its own, searched at most once however many of the readings below need it
        alone: Retrieval | None = retrieval if resolved.text == q.text else None

        def read_alone() -> Retrieval:
            nonlocal alone
            if alone is None:
                alone = retriever.retrieve(q.query, k=k, evidence=q.evidence_text)
            return alone

        if _stands_alone(q, resolved, history):
            resolved, retrieval = _best_reading(q, retrieval, history, retriever, aliases, k)
        elif _lent_only_generic(q, resolved) or (
            history and resolved.text != q.text and not retrieval.in_scope and not _notes_hold(resolved, retrieval.hits)
        ):
            # "권한은 뭐뭐 줄수있음" after sharing a WA Tool workload: the tool's name says nothing of the topic; and
            # "한국어로도 열수있음?" after "API로 케이스 열면 심각도 코드값 뭐뭐임": the topic's subjects find nothing.
            # The turn is read alone, with the topic, and after the whole last question, like a subjectless one
            resolved, retrieval = _best_reading(q, read_alone(), history, retriever, aliases, k, (resolved, retrieval))
        own_missing = resolved.text != q.text and not _names_own_subject(q, retrieval, resolved)
        alone_tells = False
        if own_missing and _names_own_subject(q, read_alone(), resolved):
            # (not when the topic's passage states more of the turn's own words: "시간당 과금 AMI면 EC2 요금은 따로?"
            # after Marketplace names EC2 only beside what it asks, which its own passages know)
            terms, lex = telling_terms(without_particles(q.text), retriever.lexical), retriever.lexical
            alone_tells = _telling_stated(terms, read_alone(), lex) >= _telling_stated(terms, retrieval, lex)
        if alone_tells:
            # "navigate는?" after how often the Competency checklist changes: the topic's words find passages that
            # never name Navigate; the turn read alone does, and answers what Navigate is
            resolved, retrieval = q, read_alone()
        elif own_missing:
            beside = passages_text(read_alone().hits[:3])
            return {**state, "resolved": resolved, "retrieval": retrieval, "beside": beside, "t_retrieve": ms()}
        retrieval = _with_tool_passage(resolved, retrieval, retriever.chunks)
        retrieval = _with_phrase_passage(resolved, retrieval, retriever.chunks)
        retrieval = _with_figure_passage(resolved, retrieval, retriever.chunks)
        return {**state, "resolved": resolved, "retrieval": retrieval, "t_retrieve": ms()}

    def _parts(state: dict[str, Any]) -> Iterator[str | Answer]:
        """The answer as it is produced: text pieces, then the `Answer` (its text is the final word)."""
        if state["routed"] is not None:
            yield from _lines(state["routed"])
            return
        t0 = time.perf_counter()
        again = restated_turns(state["q"], state["history"], aliases) if not state.get("part") else 0
        if again:
            # "ㅇㅋ 위에 두개 한국어로 다시 정리 좀": the last turns asked again, each after the turns before it, in the
            # language asked for, and said as one answer
            h = state["history"]
            lang = restating_language(state["question"]) or state["lang"]  # ("영어로?": named, not said in words)
            answers = [_ask_in(t.question, h[: len(h) - again + j], lang) for j, t in enumerate(h[-again:])]
            restated = joined(state["question"], answers, lang)
            if restated is not None:
                restated.timings_ms = {"retrieve": state["t_retrieve"], "compose": (time.perf_counter() - t0) * 1000}
                yield from _lines(restated)
                return
        # (every part in the whole's language: "how many …? 그리고 제일 … 뭐임? (answer in english pls)" is one
        # answer in English, and a part said again in another language is answered in it too)
        forced = state.get("forced") or state["lang"]

        def ask(part: str, history: list[Turn], lean: bool = False) -> tuple[Answer, Question]:
            return _ask_part(part, history, lean, forced)

        parts = asking_parts(state["question"]) if not state.get("part") else []
        if parts and state["history"] and PICK.search(parts[0]) and not read_question(parts[0], aliases).mentions:
            # a follow-up that first picks one of the things just listed and then asks about it ("그중 마이그레이션
            # 맡길 회사는 어느거? 등급은 어케 나뉨" after the partner paths) is read part by part, each part leaning on
            # the turn before it (the second asks about the one the first picks)
            asked = Answer(state["question"], "", True, state["lang"], "question", [], {})
            partial = answered_in_parts(asked, parts, state["history"], ask)
            if partial is not None:
                partial.timings_ms = {"retrieve": state["t_retrieve"], "compose": (time.perf_counter() - t0) * 1000}
                yield from _lines(partial)
                return
        answer: Answer | None = None
        resolved = state["resolved"]
        resolved = replace(resolved, lang=state["lang"]) if resolved.lang != state["lang"] else resolved
        for part in _answer(resolved, state["lang"], state["retrieval"], state):
            if isinstance(part, Answer):
                answer = part
            else:
                yield part
        assert answer is not None
        if answer.abstained and not state.get("part"):
            # a message declined whole is answered in parts its marks split ("… 뭐임? 그리고 …?"), or that a
            # question word joins ("CDK가 뭐고 SCP는 뭐임?": two names no one passage holds together), or in the
            # figures it joins ("유효기간이랑 응시료 얼마?": the one it can give, and the other)
            parts = asking_parts(state["question"], requests=False) or joined_parts(state["question"])
        if parts and answer.abstained:
            # "WA tool 돈 드나요? 그리고 lens 몇개까지?": the parts it can answer, and what it declines, said as such
            partial = answered_in_parts(answer, parts, state["history"], ask)
            if partial is not None:
                answer = partial
                yield from _lines(answer)
            parts = []  # (every part has been asked)
        if parts and asks_which_question(state["q"]):
            # ("… OPS 몇 번 질문 증빙임? OPS02 아니지?": the id guessed is answered beside the one that covers it)
            # (and a part cut where the asker asked nothing is the description: "… keep a list of outside contacts
            # and do a lessons-learned after every event. which SEC question is that evidence for?")
            asked = state["question"]
            parts = [p for p in parts if not ids_in(p) and (p.strip() in asked or WH.search(p))]
            parts = parts if len(parts) >= 2 else []
        if parts:  # "레벨 몇단계고 뭐뭐임? 한번 따면 몇년 감?": what each part adds, under the whole's first line
            added, answer = with_parts(answer, parts, state["history"], ask)
            yield from added
        answer.timings_ms = {"retrieve": state["t_retrieve"], "compose": (time.perf_counter() - t0) * 1000}
        yield answer

    def _ask_in(question: str, history: list[Turn], lang: str) -> Answer:
        """A turn asked again after the turns before it, answered in `lang` (an advisor answers in its own)."""
        state = _route(_read({"question": question, "history": history, "lang": lang}))
        if state["routed"] is not None:
            return state["routed"]
        # (asked whole again, its parts too: each turn restated has fewer turns before it, so this ends)
        *_, answer = _parts(_retrieve(state))
        assert isinstance(answer, Answer)
        return answer

    def _ask_part(
        question: str, history: list[Turn], lean: bool = False, lang: str | None = None
    ) -> tuple[Answer, Question]:
        """One part of a message, asked as the next turn after the parts before it (never split again, and leaning
        on them when `lean`), with the part as read on its own."""
        state = _route(_read({"question": question, "history": history, "lean": lean, "lang": lang}))
        if state["routed"] is not None:  # a part that asks for a recommendation is left to the whole
            return Answer(question, "", True, state["lang"], "question", [], {}), state["q"]
        *_, answer = _parts({**_retrieve(state), "part": True})
        assert isinstance(answer, Answer)
        q, resolved = state["q"], state["resolved"]
        if not q.facets and resolved.facets:
            # ("엔터프로 바로 가면?" after a price at a bill: what it asks is what the conversation lent it)
            q = replace(q, kind=resolved.kind, facets=resolved.facets)
        return answer, q

    notes_ids: set[str] | None = None  # the review question ids the user's notes name, read on first need

    def noted_ids() -> set[str]:
        nonlocal notes_ids
        if notes_ids is None:
            notes_ids = {i for c in retriever.chunks if c.kind == "notes" for i in ids_in(c.text)}
        return notes_ids

    def _answer(q: Question, lang: str, r: Any, state: dict[str, Any]) -> Iterator[str | Answer]:
        question = state["question"]
        ids = question_ids(q.text) if q.asks_notes else []
        if ids and not noted_ids() & set(ids):
            # "내 노트에 REL09 관련해서 뭐라고 적어놨었지?": the notes never name it; so said, then what the id is
            told = _ask_in(", ".join(ids), [], lang)
            if not told.abstained:
                text = f"{say('notes.silent', lang, subject=', '.join(ids))}\n\n{told.answer}"
                yield from _lines(replace(told, question=question, answer=text))
                return
        named = other_name_asked(state["q"], q)
        said = _other_name_said(named, lang, r.hits) if named else None
        if said is not None:  # "영어로 뭐라고 함?": the passage that pairs the two names says it
            yield from _lines(
                Answer(question, said.text, False, lang, "question", [Citation.from_hit(1, said.cited[0])], {})
            )
            return
        if (expanded := _expansion(q, lang, retriever.chunks)) is not None:
            yield from _lines(replace(expanded, question=question))  # ("CUR stand for?": the name it shortens)
            return
        # Exact facts (numbers, lists) come from the catalog whatever the composer; an LLM writes the rest.
        exact = isinstance(composer, OfflineComposer) or q.kind in ("number", "list", "comparison")
        # A question about the asker's notes is answered from the notes and what the summaries say about them.
        catalog = fact_lines(q, knowledge) if knowledge and exact else []
        if "notes" in q.facets and not (catalog and any(p.match(catalog[0].text) for p in LIST_CHECKED)):
            catalog = []  # (but a list the asker typed from their notes is checked against the catalog's)
        # A question that asks more than the catalog line holds goes to the passages; the line stays as a fallback.
        facts = catalog if catalog and catalog_says_enough(q, catalog, r.hits, retriever.lexical) else []
        if knowledge and exact and asks_which_question(q):
            # ("the question about exec sponsorship… which OPS number is that?": the id whose passage says it)
            facts = (
                _covering_lines(q, knowledge, lang, review_said(), retriever.lexical.idf, meaning if e5 else None)
                or facts
            )
        off_subject = not r.in_scope and r.scope_reason.startswith(_OFF_SUBJECT) and not PLAN_WORDS.search(q.text)
        if q.about_its_scene and not off_subject:
            # (the scene, which the gate set aside as the asker's situation, is what such a question is about)
            whole = retriever.retrieve(q.query, k=k, evidence=q.text)
            off_subject = not whole.in_scope and whole.scope_reason.startswith(_OFF_SUBJECT)
        if off_subject and not (q.mentions or q.weak or QUESTION_ID.search(q.text)):
            # ("spilled coffee on my laptop … worth fixing or just replace it?": words the corpus never uses, and a
            # catalog line met by an everyday word, "replace", answers nothing of it)
            facts, r = [], replace(r, in_scope=False)
        comp = facts_composition(facts, lang, retriever.chunks, inline=q.kind == "number") if facts else None
        # The catalog answers for entities it knows; otherwise the passages must name what was asked.
        # (the turn's own subject, named beside what it asks, is known from its own passages: `beside`)
        stated = f"{catalog_text(facts)}\n{state.get('beside', '')}"
        # ("AWS Marketplace도 WA Tool처럼 … 도구임?": a program named, read from its own section when retrieval found
        # only the other subject's, before it is said to be missing)
        r = replace(r, hits=with_named_homes(q, r.hits, side_homes, told_of))
        missing = not_covered(q, r.hits, retriever.lexical.known_or_close, catalog=comp is not None, stated=stated)
        history = state["history"]
        if missing and _answered_despite(missing[0], state["q"].text, history):
            # ("fintech on ECS, … what paid add-ons …?" answered, then "the first one - what response time?": the
            # name lent by a turn that was answered all the same is the asker's setting, not what is asked now)
            missing = None
        leaned = q.text != state["q"].text and not _own_subject(state["q"])  # (the turn leans on the one before)
        if missing is None and history and declined(history[-1].answer) and leaned:
            # ("what is AWS Partner-Led Support?", declined, then "what would the support fee be at $200K?": the
            # subject the turn leans on is still one the knowledge base lacks)
            # (a name it lacked, not a figure of a known one: "does the vendor invoice us separately for it then?"
            # after an EC2 fee was declined asks what the passages do say)
            lacked = not_covered(read_question(history[-1].question, aliases), r.hits, retriever.lexical.known_or_close)
            missing = lacked if lacked and lacked[0] in history[-1].question else None
            # ("ok. if that AMI misbehaves, who do we raise it with?" after a fee on an m5.xlarge was declined: the
            # turn points at a thing the corpus knows by its noun, not at the name it lacked)
            pointed = (m.group(1) or m.group(2) for m in _POINTED_NOUN.finditer(state["q"].text))
            nouns = [n for n in pointed if zipf(n.casefold()) < NAMING_WORD]
            if missing and any(retriever.lexical.known_or_close(n.casefold()) and n not in missing[0] for n in nouns):
                missing = None
        if missing is None and (name := unknown_plus_name(q, corpus_folded())):
            missing = (name, "missing")  # ("Enterprise Support+ 라는 새 플랜이 2027년에 나온다던데 …")
        if missing is None and (name := unknown_shorter_name(q, corpus_folded())):
            missing = (name, "missing")  # ("Countdown Premium 말고 그냥 기본 AWS Countdown은 가격 얼마임?")
        if missing is None and (name := unknown_quoted_name(q, corpus_folded())):
            missing = (name, "missing")  # ("saw 'AWS Well-Architected Agent (preview)' in the docs — what is it?")
        if missing is None and (bp := unknown_best_practice(q, corpus_folded())):
            missing = (bp, "missing")  # ("REL09-BP03 정확한 제목이 뭐였지?": a best practice the summaries never name)
        if missing is None and (share := unknown_stated_percent(q, corpus_folded())):
            missing = (share, "missing")  # ("heard you get a 50% off voucher when you recertify. is that right?")
        if (
            missing
            and catalog
            and comp is None
            and not not_covered(q, r.hits, retriever.lexical.known_or_close, stated=catalog_text(catalog))
        ):
            # the passages miss the named entity's figure but the catalog line states it: that line answers
            facts = catalog
            comp = facts_composition(facts, lang, retriever.chunks, inline=q.kind == "number")
            missing = None
        if missing:
            key = "abstain.provider" if missing[1] == "provider" else "abstain.missing"
            yield from _lines(abstain(question, lang, r.hits, say(key, lang, what=missing[0])))
            return
        # ("REL02에서 챙기라는 거 뭐뭐임?": a question id the catalog places in an area is a subject the corpus covers,
        # however few of the question's other words the passages share)
        known_id = any(aliases.area_of(qid) for qid in question_ids(q.text))
        # (nor is a design principle or area the catalog places: "수평 확장으로 전체 가용성 향상 자세히 설명해줘" is
        # asked in words its section shares with few others, and that section joins the passages below)
        known_id = known_id or bool(knowledge and any(part_home(knowledge, e, lang) for e in q.entities))
        # (nor a question asking no figure whose every subject the passages name: "보안을 비용 때문에 포기해도 돼?"
        # is weighed by the passage on how security relates to the other pillars, however few words they share)
        known_id = known_id or _subjects_stated(q, r.hits)
        # (nor a question that names a support plan, even one it sets aside, answered by the plans' own passages:
        # "cheapest plan where i can actually get tech help … that isnt going away? not developer obviously" is
        # asked in chat words whose weight in the passages shifts with every edit of the corpus)
        known_id = known_id or _about_the_plans(q, r.hits)
        if comp is None and not r.in_scope and not _notes_hold(q, r.hits) and not known_id:
            yield from _lines(abstain(question, lang, r.hits))
            return
        if comp is None and isinstance(composer, OfflineComposer):
            hits = with_home_sections(q, r.hits, retriever.chunks, knowledge)
            hits = with_parallel_holding(q, hits, retriever.chunks, retriever.lexical)
            hits = with_list_pieces(with_each_side(q, hits, side_homes, aliases), retriever.chunks)
            comp = composer.compose(q.query, lang, with_tool_sections(q, hits, retriever.chunks), state["history"], q=q)
        elif comp is None and state.get("stream") and hasattr(composer, "stream"):
            for part in composer.stream(q.query, lang, r.hits, state["history"]):
                if isinstance(part, Composition):
                    comp = part
                else:
                    yield part
        elif comp is None:
            comp = composer.compose(q.query, lang, r.hits, state["history"])
        passages_fail = comp is None or not comp.cited or (not facts and not gives_figure(q, comp.text))
        # (the catalog's line stands in only if it gives the figure: an exam's line is no exam fee)
        if passages_fail and catalog and not facts and gives_figure(q, catalog_text(catalog)):
            comp, facts = facts_composition(catalog, lang, retriever.chunks, inline=q.kind == "number"), catalog
        if comp is None or not comp.cited:
            yield abstain(question, lang, r.hits)  # a streamed reply that cites nothing: the final word
            return
        if facts:
            comp = with_edition(q, picked_item(q, comp, retriever.chunks, retriever.lexical.idf))
        # "몇 퍼", "how long": that unit leads, or no answer (a catalog answer to two figures gives each its line)
        # ("거기 등급은 몇단계임? 젤 높은건?": a message of two questions, whose catalog lines answer one each)
        several = _figures_asked(q) >= 2 or len(asking_parts(q.text)) >= 2
        lacking = unstated_figure(q, comp.text, lead_only=not (facts and several), catalog=bool(facts))
        if lacking:
            # a line or retrieved sentence that gives it
            led = figure_lead(q, comp.text, comp.cited, r.hits, known=retriever.lexical.known)
            if led is None:
                yield abstain(question, lang, r.hits, say("abstain.missing", lang, what=lacking))
                return
            comp = Composition(*led)
        if not facts and not gives_figure(q, comp.text):
            # ("게임데이 얼마나 자주?": the figure sits in another passage of the document the best ones come from)
            comp = document_figure(q, comp, r.hits, retriever.chunks, retriever.lexical.known) or comp
        if not facts and not (gives_figure(q, comp.text, worded=True) and figure_of_subject(q, comp, aliases)):
            yield abstain(question, lang, r.hits, say("abstain.figure", lang))
            return
        if not facts and q.kind == "yesno" and {"price", "free", "duration"} & set(q.facets):
            # ("does the WA tool cost money?": its price leads, not what it is; not a date, "포럼 아직 있음?" is
            # answered by what replaced the forum, not by a plan that stays; "자격증 만료됨?": how long it is valid)
            shapes = [SHAPES[f] for f in ("price", "free", "duration") if f in q.facets and f in SHAPES]
            shaped = shaped_lead(q, comp.text, comp.cited, shapes, retriever.lexical.known, said=(PRICE_WORDED,))
            lead = "\n".join(_lead_block(shaped))
            if "free" in q.facets and not any(p.search(lead) for p in (*shapes, _CHARGE_WORDED)):
                # ("is cost anomaly detection free?": no passage says what it costs; a line naming it is no answer)
                yield abstain(question, lang, r.hits, say("abstain.figure", lang))
                return
            if "price" in q.facets and _held_against(q.text) and not SHAPES["price"].search(lead):
                # ("클프 응시료는 인당 10만원 안 넘지?": an amount held against a price no passage gives; not a
                # budget of the scene, "월 100불 예산 빠듯한 인디 게임사임. … 이게 맞음?")
                yield abstain(question, lang, r.hits, say("abstain.figure", lang))
                return
            comp = Composition(shaped, comp.cited)
        elif not facts and q.kind == "number" and "frequency" in q.facets:
            # ("rightsizing 얼마마다 다시 돌려야됨?": a period leads, not a list whose step says how long to measure;
            # a lead that says how often in any way, "regularly", stands)
            ways = (SHAPES["frequency"], WORDED_FREQUENCY)
            shaped = shaped_lead(q, comp.text, comp.cited, [_PERIOD], retriever.lexical.known, said=ways)
            comp = Composition(shaped, comp.cited)
        # (not beside a line that answers whole: "ops 예전 교육자료에 … 있던데 지금도 있음?" wants no training passages)
        if (
            facts
            and isinstance(composer, OfflineComposer)
            and thin(facts)
            and not q.of_kind("plan")
            and not facts[0].whole
        ):
            # ("rel12는 뭐 보는 질문임? 카오스 그런거?": what more is said of a question id, from passages naming it)
            ids = question_ids(q.text)
            own = [h for h in r.hits if any(i in h.chunk.text for i in ids)] if ids else []
            # (a passage whose sentence names the question says what it covers; a list of the ids only names it)
            prose = [h for h in own if _prose_names(h.chunk.text, ids)]
            if ids and not prose:
                # (retrieval drawn elsewhere, "…, not interested in the region stuff": the summary passage naming it)
                homes = [
                    c for c in retriever.chunks if c.lang == lang and c.kind != "notes" and _prose_names(c.text, ids)
                ]
                prose = [Hit(c, r.hits[-1].score, {"id_home": 1.0}) for c in homes[:1]]
            own = prose or own
            extra = composer.compose(q.query, lang, own or r.hits, state["history"], q=q, floor=SUPPORT_FLOOR)
            examples = EXAMPLE_SAID if EXAMPLE.search(q.typed or q.text) else None
            comp = supplement(comp, extra, asked_terms(q, retriever.lexical), shaped=examples, ids=ids)
        # ("자격증 레벨 몇 단계임?": "4단계: …", the items listed or named in the lead; of a part too, "레벨
        # 몇단계고 한번 따면 몇년감?", whose line then leads the message's answer)
        if not facts and (counted := count_said(q, comp.text)):
            comp = Composition(counted, comp.cited)
        if not facts and q.guessed_count is not None:
            # ("설계원칙 다섯 가지 아님?": the passage's count, agreed with or not)
            head, newline, rest = comp.text.partition("\n")
            comp = Composition(count_checked(q, head) + newline + rest, comp.cited)
        if knowledge is not None and not facts:
            comp = with_owner_pillar(q, comp, knowledge, lang)
        cites = [Citation.from_hit(n, h) for n, h in enumerate(comp.cited, start=1)]
        yield from _lines(Answer(question, comp.text, False, lang, "question", cites, {}))

    prepare = RunnableLambda(_read, name="read") | RunnableLambda(_route, name="route")
    return AnswerRunnable(prepare | RunnableLambda(_retrieve, name="retrieve"), _parts)


# what a line says of a price in words, when a yes/no asks whether a thing is free ("cost" alone names things too:
# "AWS Cost Anomaly Detection", "cost allocation tags")
_CHARGE_WORDED = re.compile(
    r"\b(?:paid|charges?|charged|fees?|billed|prices?|pricing|free|costs? (?:extra|money|nothing))\b"
    r"|유료|요금|비용|수수료|과금|가격|무료",
    re.IGNORECASE,
)
MAX_NAMED_IDS = 3  # question ids a name typed may be placed in at once; more is no answer but a list


def _covering_lines(
    q: Question,
    knowledge: Knowledge,
    lang: str,
    said: list[Said],
    weight: Callable[[str], float],
    meaning: Callable[[str, list[str]], list[float]] | None = None,
) -> list[FactLine]:
    """The question id that covers what was asked, placed in its area, then the sentence of its passage that
    says so (not a "By question" entry: the first line already names that topic). `meaning`: the similarity in
    meaning of the question to each of some sentences, to choose among the ids shared words leave."""

    def telling(term: str) -> float:  # ("what", "몇": no word of what the question covers)
        return w if (w := weight(term)) >= TELLING_IDF else 0.0

    pillars = pillar_prefixes(q, knowledge)
    # (the turn's own words first: "데이터 백업 관련된건 그거 몇번 질문임?"; else the scene it points at, "그거 고치는
    # 건 PERF 몇 번 질문임?")
    whole = False
    found = quoting_question(q, said, pillars) or covering_question(q, said, telling, pillars)
    if found is None and scene_lent(q) and not meets_any(q, said, telling, pillars):
        whole = True
        found = covering_question(q, said, telling, pillars, whole=True)
    area = asks_which_area(q)
    if found is None and area and "ident" not in q.facets:
        return []  # ("태깅해서 … 나누는 건 어느 영역?": no sentence shares its words; the areas' list stays whole)
    named = naming_ids(q, said, telling, pillars) if found is None else ()
    if meaning is not None and (found is None or len(found.ids) > 1):
        pool = found.ids if found is not None else (named or pillar_ids(said, pillars))
        text = described(q, whole)
        found = closest_in_meaning(q, said, pool, lambda texts: meaning(text, texts)) or found
    if found is None and 2 <= len(named) <= MAX_NAMED_IDS:
        # ("graviton으로 옮기는거 몇번 질문임?": PERF02 and SUS05 both name it, and neither is closer: each, placed)
        return [line for qid in named for line in question_lines((qid,), knowledge, lang)]
    lines = question_lines(found.ids, knowledge, lang, area_first=area) if found is not None else []
    if found is None or not lines:
        return []
    s = found.said
    if not s.entry:
        lines.append(FactLine(s.text, s.chunk.source, s.chunk.section, s.text[:60]))
    guesses = guessed_ids(q)
    if checks_a_guess(q) and (found.ids == tuple(guesses) or not set(guesses) & set(found.ids)):
        # ("is SEC03 the one about encryption at rest?": yes or no, then the one that is; not when the passages
        # leave the guess among the ids of its area). A Korean answer agrees with what was stated ("SEC03 아니지?")
        agree = (found.ids == tuple(guesses)) != q.negative
        lines[0] = replace(lines[0], text=say(f"verdict.{'yes' if agree else 'no'}", lang, text=lines[0].text))
    # ("… OPS02 아니지?": not the id guessed, and what that one covers instead)
    for guess in [i for i in guesses if i not in found.ids][:2]:
        lines += [
            replace(x, text=f"{say('qid.not_guess', lang, qid=guess)} {x.text}")
            for x in question_lines((guess,), knowledge, lang)
        ]
    return lines


def _expansion(q: Question, lang: str, chunks: Sequence[Chunk]) -> Answer | None:
    """ "what does CUR stand for?", "STS 풀네임 뭐야": the name the passages spell out for the acronym asked, from
    a passage that writes it (one in the asker's language first, one naming the acronym too first); None when no
    passage spells it out."""
    acronym = acronym_asked(q.typed or q.text)
    if acronym is None:
        return None
    summaries = [c for c in chunks if c.kind != "notes"]
    name = spelled_out(acronym, "\n".join(c.text for c in summaries))
    if name is None:
        return None
    holding = [c for c in summaries if name in c.text]
    best = min(holding, key=lambda c: (c.lang != lang, acronym not in c.text))
    text = say("acronym.stands_for", lang, acronym=acronym, name=name)
    return Answer(q.text, f"{text} [1]", False, lang, "question", [Citation.from_hit(1, Hit(best, 1.0))], {})


def _document(chunk: Chunk) -> str:
    """The document a passage belongs to, whatever its language (en/x.md and ko/x.md are one)."""
    return chunk.source.rsplit("/", 1)[-1]


def _best_reading(
    q: Question,
    alone: Retrieval,
    history: list[Turn],
    retriever: HybridRetriever,
    aliases: AliasTable,
    k: int,
    carried: tuple[Question, Retrieval] | None = None,
) -> tuple[Question, Retrieval]:
    """A turn with no subject of its own, in a conversation, read alone and within the conversation's topic.

    "기술지원은 누가 해줌?" after a Marketplace question, "권한은 뭐 줄 수 있어?" after sharing a workload: the
    reading whose best passage states most of the turn's own telling words wins (a tie goes to the conversation,
    which the asker leaned on by naming nothing), unless the turn alone already found the topic's document.
    "프랑스 수도가 어디야?" after a price question states nothing in the topic's passages and stands alone.
    """
    # a turn that finds nothing alone and holds a word the corpus never uses ("프랑스") brings its own subject
    words = without_particles(q.evidence_text).split()
    # ("오늘 서울 날씨 어때?": two-syllable words alone say as little, unless most of the turn is unheard ones)
    unheard_pairs = [w for w in words if _unheard(w, retriever.lexical, syllables=2)]
    # (unless it points at the topic: "우리가 만든 안티치트 툴도 거기서 팔수있나" sells its own thing "there")
    foreign = (
        not alone.in_scope
        and not POINTER.search(q.text)
        # ("once we submit, does the listing go live right away?" after the Marketplace's seller steps: "the listing"
        # is a thing the last answer told of)
        and not _pointed_back(q.text, history, answer=True)
        and (
            any(_unheard(w, retriever.lexical) for w in words)
            or (len(unheard_pairs) >= 2 and 2 * len(unheard_pairs) >= len(words))
        )
    )

    terms = telling_terms(without_particles(q.text), retriever.lexical)

    def stated(r: Retrieval) -> float:
        return _telling_stated(terms, r, retriever.lexical)

    best, best_score = (q, alone), stated(alone)
    # ("what permission levels are there for the share?" after sharing a workload: "the share" points back at the
    # last question's word; a reading whose best passage never says it reads the turn without what it points at)
    pointed = _pointed_back(q.text, history)
    # ("can i write my own? what format" after the WA Tool's lenses: "my own" leaves its noun to the conversation)
    elided = bool(history) and bool(_ELLIPSIS.search(q.text))
    if elided or (pointed and alone.hits and not pointed & content_terms(alone.hits[0].chunk.text)):
        best_score = 0.0
    if carried is not None and not best_score:  # `carried`: the conversation's reading, kept when no reading tells
        best = carried
    alone_docs = {_document(h.chunk) for h in alone.hits}
    for reading in readings(q, history, aliases, retriever.lexical.known):
        again = retriever.retrieve(reading.query, k=k, evidence=reading.evidence_text)
        if not again.in_scope or not again.hits:
            continue
        same_document = (
            alone.in_scope and alone.hits and _document(alone.hits[0].chunk) == _document(again.hits[0].chunk)
        )
        if same_document and not (pointed or elided):
            # "can anyone sell there?" alone already found the topic's document, and its own words in it (the
            # reading after the whole last question, which costs one more search, is not tried either)
            break
        score = stated(again)
        # "실험 돌리다가 에러율 튀면 알아서 멈추게 할 수 있음?" after FIS finds nothing alone, but its own passages
        # already include the topic's best document (in either language): it leans on the topic
        leaned = not alone.in_scope and best[0] is q and _document(again.hits[0].chunk) in alone_docs
        # "보통 언제 찍어둠?" after milestones finds nothing alone: the conversation it leaned on, by naming nothing
        leaned = leaned or (not alone.in_scope and best[0] is q and not best_score and not foreign)
        if (score > 0 and score >= best_score and not foreign) or leaned:
            best, best_score = (reading, again), max(score, best_score)
    return best


# a noun the turn points back at with a determiner: "the share", "that milestone", "그 마일스톤"
_DETERMINED = re.compile(r"\b(?:the|that|this|those|these)\s+([A-Za-z][\w-]+)|(?<![가-힣])그\s+([가-힣]{2,})", re.I)


_ELLIPSIS = re.compile(r"\b(?:my|our|your|their)\s+own\s*(?:[?.!,]|$)|\bone of (?:my|our) own\b", re.IGNORECASE)


def _pointed_back(text: str, history: list[Turn], answer: bool = False) -> set[str]:
    """The words of a noun the turn marks as known ("the share") that the last question used (or, with `answer`, the
    last answer); none without one."""
    if not history:
        return set()
    before = {fold(t) for t in content_terms(history[-1].answer if answer else history[-1].question)}
    words = " ".join(w for m in _DETERMINED.finditer(without_particles(text)) for w in m.groups() if w)
    return {t for t in content_terms(words) if fold(t) in before}


def _telling_stated(terms: set[str], r: Retrieval, lexical: Any) -> float:
    """How much of the turn's own telling words (`terms`, weighed by rarity) the best passage of `r` states."""
    if not r.in_scope or not r.hits:
        return 0.0
    # (by the best summary: the asker's chatty notes share chat words with any turn, "돈 나감", and never lead)
    top = next((h for h in r.hits if h.chunk.kind != "notes"), r.hits[0])
    return sum(lexical.idf(t) for t in terms & content_terms(top.chunk.text))


def _other_name_said(named: tuple[str, str], lang: str, hits: list[Hit]) -> Composition | None:
    """ "영어로는 statement of work입니다." led, and the retrieved sentence that pairs the two names ("작업
    기술서(statement of work)") under it; None when no retrieved passage pairs them."""
    term, other = named
    pair = re.compile(rf"{re.escape(term.split()[-1])}\s?\({re.escape(other)}\)")
    # (else a sentence that uses the other name itself: "멱등성(idempotent operation)" came from the glossary, and
    # the English summary says "idempotent operations")
    used = re.compile(rf"(?<!\w){re.escape(other)}", re.IGNORECASE)
    for rx in (pair, used):
        for h in hits[:5]:
            sentence = next((x for x in split_sentences(h.chunk.text) if rx.search(x)), None)
            if sentence is not None:
                # ("Maintain traceability, 이전 판의 Enable traceability" is English with a Korean aside)
                hangul, latin = len(re.findall(r"[가-힣]", other)), len(re.findall(r"[A-Za-z]", other))
                key = "term.in_korean" if 2 * hangul > latin else "term.in_english"
                lead = say(key, lang, term=term, other=other)
                return Composition(f"{lead} [1]\n- {sentence.lstrip('-* ').strip()} [1]", [h])
    return None


def _unheard(word: str, lexical: Any, syllables: int = 3) -> bool:
    """A name no passage uses: a Latin word (not a function word), or Hangul of three syllables or more none of
    whose pairs occur ("프랑스"; "기술지원" has "기술"; two syllables are as often a chat verb, "봐도": with
    `syllables=2`, the Hangul words of two syllables only)."""
    word = word.strip("?!.,~()'\"")
    if _CHAT_VERB_END.search(word):
        return False  # "찍어둠", "넘겨줌": a verb in chat form, not a name
    shape = r"[A-Za-z]{3,}|[가-힣]{3,}" if syllables == 3 else r"[가-힣]{2}"
    terms = tokenize(word) if re.fullmatch(shape, word) else []
    return bool(terms) and not any(lexical.known(t) for t in terms)


# the last syllable of a verb or adjective as chat types it ("-둠", "-함", "-됨", "-임", "-요", "-냐")
_CHAT_VERB_END = re.compile(r"[가-힣]{2,}(?:둠|함|됨|임|음|봄|줌|옴|짐|요|냐|니|죠|까)$")


def with_owner_pillar(q: Question, comp: Composition, knowledge: Knowledge, lang: str) -> Composition:
    """A question asking which pillar something belongs to, naming none, led by the pillar whose document (the one
    the catalog cites for it, in either language) holds the answer's best cited passage; the composed lines
    support it."""
    if not WHICH_PILLAR.search(q.text) or q.of_kind("pillar") or knowledge.pillars is None:
        return comp
    documents = {
        ref.source: p for p in knowledge.pillars.pillars for ref in (p.cite.definition.en, p.cite.definition.ko)
    }
    for n, hit in enumerate(comp.cited, start=1):
        pillar = documents.get(hit.chunk.source)
        if pillar is None:
            continue
        lines = comp.text.splitlines()
        lead = f"{say('pillar.owner', lang, pillar=both_names(pillar.name, lang))} [{n}]"
        rest = [f"- {lines[0]}", *lines[1:]] if lines else []
        return Composition("\n".join([lead, *rest]), comp.cited)
    return comp


def spelled(text: str, lexical: Any, names: list[tuple[int, int]] = []) -> str:  # noqa: B006 (read only)
    """`text` with rare words typed a slip away from a corpus word spelt as the corpus does ("game day senario
    ideas" -> "scenario"), so retrieval and the composer meet the passages' words. Everyday English words and the
    names the corpus lacks stay as typed (a near-miss check still sees "Kinesis"), as do the words of the names at
    `names` (spans of `text`: "onramp" is a name of On-Ramp, not "ramp" mistyped)."""

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        if any(s <= m.start() < e for s, e in names):
            return word
        if word.casefold() in _DEGREE_WORDS:
            return word  # ("cheapest to priciest": a superlative, not "prices" mistyped)
        low = word.casefold()
        near = lexical.closest(low) if zipf(low) < TYPO_ZIPF else None
        if near and not one_slip_apart(low, near) and (zipf(low) >= WORD_ZIPF or len(low) < LONG_WORD):
            # ("overkill" is a word of its own, two letters from the corpus's "overall"; "trackpad" is no slip of
            # "tracked": two slips are read as one word meant only in a long word, "reccomendation")
            return word
        return near if near else word

    return re.sub(r"(?<![\w.-])[A-Za-z]{5,}(?![\w.-])", fix, text)


_DEGREE_WORDS = frozenset(["priciest", "pricier", "costliest", "costlier"])
TYPO_ZIPF = 3.0  # a word this common in everyday English is spelt as meant, even if the corpus lacks it
# a word this common is in the dictionary: it is read as a slip only of a corpus word one slip away ("recieve")
WORD_ZIPF = 2.5
LONG_WORD = 10  # letters: a word this long may hold two slips


def _answered_despite(name: str, typed: str, history: list[Turn]) -> bool:
    """`name`, not typed in this turn, came from an earlier turn that was answered, not declined for it."""
    low = name.lower()
    if low in typed.lower():
        return False
    lent = [t for t in history if low in t.question.lower()]
    return bool(lent) and not any(declined(t.answer) for t in lent)


def _lent_only_generic(q: Question, resolved: Question) -> bool:
    """A turn naming no subject, to which the conversation lent only generic names (the framework, the tool)."""
    return (
        bool(resolved.typed)
        and not any(m.entity.kind in SUBJECT_KINDS for m in q.mentions)
        # (a turn lent a term no entity names, "작업 기술서(statement of work)", was lent more than a generic name)
        and bool(resolved.mentions)
        and all(m.entity.id in BARE_NAMES for m in resolved.mentions)
        # ("and does the tool itself cost anything?": the tool pointed at by its noun is the turn's subject)
        and not any(named_by_its_noun(q.text, m) for m in resolved.mentions)
    )


# Names that say nothing of a topic: the framework, its tool, "workload" (a pillar or "design principles" do)
BARE_NAMES = ("well-architected-framework", "well-architected-tool", "workload")


def _names_own_subject(q: Question, r: Retrieval, resolved: Question) -> bool:
    """Do the best passages (the first three, which lead an answer) name the program, service or plan the turn
    itself names (if it names one)? A name the reading moved away from ("베이직 서포트 바로 윗급 플랜": Business
    Support+) is not the turn's subject."""
    kept = set(resolved.entities)
    own = [m for m in q.mentions if m.entity.kind in ("program", "service", "plan") and m.entity.id in kept]
    if not own:
        return True
    texts = passages_text(r.hits[:3])
    return all(names_in(texts, m.names) for m in own)


# a thing pointed at by its noun: "that AMI", "this lens" (`NAMING_WORD`: rare enough to name it, not "that one")
_POINTED_NOUN = re.compile(
    r"\b(?:that|this|those|these)\s+([A-Za-z][\w-]{1,30})\b|(?<![가-힣])(?:그|이)\s+([A-Za-z][\w-]{1,30})"
)


def _own_subject(q: Question) -> bool:
    """The turn names a subject of its own: an entity of a subject's kind, or a question id."""
    return any(m.entity.kind in SUBJECT_KINDS for m in q.mentions) or bool(QUESTION_ID.search(q.text))


def _stands_alone(q: Question, resolved: Question, history: list[Turn]) -> bool:
    """A turn in a conversation that was read on its own and names no subject of its own (an entity, or a
    question id: "SUS01은 뭐 묻는거?" after the Sustainability questions asks about SUS01 alone)."""
    return bool(history) and resolved.text == q.text and not _own_subject(q)


TOOL_SECTIONS = 3
# A section that lists a topic's tools: "Security: key AWS services", "보안: 주요 AWS 서비스", "Monitoring tools"
TOOLS_HEADING = re.compile(r"\bkey (?:AWS )?services\b|주요 (?:AWS )?서비스|\btools\b|도구", re.IGNORECASE)


def with_tool_sections(q: Question, hits: list[Hit], chunks: list[Chunk]) -> list[Hit]:
    """ "Right sizing 관련 도구는?", "what tools help with security?": a document about the topic names its tools
    in a section of their own ("Security: key AWS services") or gives each tool a section ("AWS Compute
    Optimizer"), which the question's words often do not reach. When the question asks for a tool and the best
    passage is not such a section, the document's tool sections follow it, the list of tools first."""
    if not q.wants_tool or not hits:
        return hits
    # the asker's language: a Korean question is answered from the Korean document's tool sections
    top = next((h for h in hits[:5] if h.chunk.lang == q.lang), hits[0])
    if _tool_section(top.chunk.heading):
        return hits
    have = {h.chunk.id: h for h in hits}
    same = [c for c in chunks if c.source == top.chunk.source and c.id != top.chunk.id]
    listed = [c for c in same if TOOLS_HEADING.search(c.heading)]
    named = [c for c in same if c not in listed and NAMES_SERVICE.search(c.heading)]
    # retrieved or not, the tool sections come right after the best passage (a retrieved one keeps its score)
    tools = [have.get(c.id) or Hit(c, top.score, {"tool_section": 1.0}) for c in [*listed, *named][:TOOL_SECTIONS]]
    moved = {h.chunk.id for h in tools}
    rest = (h for h in hits if h.chunk.id not in moved and h is not top)
    return [top, *tools, *rest] if tools else hits


def _subjects_stated(q: Question, hits: list[Hit]) -> bool:
    """The question names subjects of its own, asks for no figure, and the top passages name each subject."""
    named = [m for m in q.mentions if m.entity.id not in GENERIC_NAMES and m.entity.id not in FRAMING]
    if not named or q.kind == "number" or q.asks:
        return False
    said = passages_text(hits[:5])
    return all(names_in(said, m.names) for m in named)


def _notes_hold(q: Question, hits: list[Hit]) -> bool:
    """ "노트에 right sizing 뭐라고 적혀 있었지": asked what the notes say of something named, the notes passage
    retrieved first is the evidence, however few words it shares with the question."""
    named = any(m.entity.kind in SUBJECT_KINDS for m in q.mentions)
    return "notes" in q.facets and named and any(h.chunk.kind == "notes" for h in hits[:2])


HOME_SECTIONS = 2


def with_home_sections(q: Question, hits: list[Hit], chunks: list[Chunk], knowledge: Knowledge | None) -> list[Hit]:
    """ "WA툴 위험 수준 값이 몇 종류야?" in a question full of other words ("WA 리뷰 처음 해보는 팀인데"): a term the
    question names has a home section in the glossary, which joins the passages when retrieval missed it."""
    if knowledge is None or not hits:
        return hits
    have = {(h.chunk.source, h.chunk.section) for h in hits}
    homes = []
    for m in q.mentions:
        if m.entity.id in FRAMING:
            continue  # "WA툴", "웰아키텍처": the frame of the question, not its subject
        term = knowledge.glossary.get(m.entity.id)
        cite = getattr(term.cite, q.lang, None) if term is not None and term.cite is not None else None
        key = ""
        if cite is None and (part := part_home(knowledge, m.entity.id, q.lang)):
            cite, key = part  # (a design principle or area: the chunk of its pillar's section that names it)
        if cite is not None and (cite.source, cite.section) not in have:
            home = section_chunk(cite.source, cite.section, chunks, key)
            homes += [home] if home is not None else []
            have.add((cite.source, cite.section))
    if not homes:
        return hits
    added = [Hit(c, hits[-1].score, {"home_section": 1.0}) for c in homes[:HOME_SECTIONS]]
    # after the first three passages in the asker's language: the composer reads four, so the best retrieved
    # ones keep their places and a home section takes the last seat
    same = [i for i, h in enumerate(hits) if h.chunk.lang == q.lang]
    at = same[2] + 1 if len(same) >= 3 else len(hits)
    return [*hits[:at], *added, *hits[at:]]


def with_parallel_holding(q: Question, hits: list[Hit], chunks: list[Chunk], lexical: Any) -> list[Hit]:
    """ "보안그룹에서 RDP 전체 오픈해둔 것도 안티패턴?": a telling Latin word of the question that no retrieved passage
    in the asker's language holds may be in another passage of the same document, or in the other language's copy
    of it (the two are not fully parallel); the chunk holding the word joins the passages last, for the gap line."""
    same = [h for h in hits if h.chunk.lang == q.lang]
    if not same:
        return hits
    gap = gap_terms({t: lexical.idf(t) for t in content_terms(q.text)}, same) - named_gap_forms(q)
    if not gap:
        return hits
    documents = {Path(h.chunk.source).name for h in same[:3]}
    have = {h.chunk.id for h in hits}

    # ("does the WA tool integrate w/ jira?": a passage of the same document in the asker's language that holds the
    # word, which the search ranked out, comes before the other language's copy)
    def held(c: Chunk) -> int:
        return len(gap & (gap_forms(" ".join(written_names(c.text))) if c.lang == q.lang else gap_forms(c.text)))

    # (the asker's language first; then the passage holding the most words of the gap: "통제 목표(control
    # objectives)" is read from the one that says "control objectives", not the first that says "control"; the
    # earliest of equals)
    scored = [
        (c.lang == q.lang, n, -i, c)
        for i, c in enumerate(chunks)
        if c.id not in have and Path(c.source).name in documents and (n := held(c))
    ]
    if not scored:
        return hits
    copy = max(scored, key=lambda x: x[:3])[3]
    return [*hits, Hit(copy, hits[-1].score, {"parallel": 1.0})]


_COMPARED_KINDS = ("program", "path", "tier", "service")
# (an exam too: "팀원들 SAA 따게 하고 응시는 회사가 지원해줄 생각임. 따면 몇년 유효해?" found the plans' passages)
_NAMED_HOME_KINDS = (*_COMPARED_KINDS, "exam")


def with_each_side(
    q: Question, hits: list[Hit], homes: Callable[[], dict[tuple[str, str], Chunk]], aliases: AliasTable
) -> list[Hit]:
    """ "navigate랑 competency 차이?": each side of a comparison is read from the section headed by its name, in
    the asker's language, when retrieval found only the other side's. `homes` gives `headed_sections`, built once."""
    sides = [m.entity.id for m in q.mentions if m.entity.kind in _COMPARED_KINDS]
    if q.kind != "comparison" or len(set(sides)) < 2 or not hits:
        return hits
    headed = {h.chunk.section for h in hits[:4] if h.chunk.lang == q.lang}
    added = []
    for eid in dict.fromkeys(sides):
        if any(eid in _heading_ids(section, aliases) for section in headed):
            continue
        home = homes().get((q.lang, eid))
        if home is not None:
            added.append(Hit(home, hits[0].score, {"side": 1.0}))
    if not added:
        return hits
    same = [i for i, h in enumerate(hits) if h.chunk.lang == q.lang]
    at = same[0] + 1 if same else 0  # right after the best passage: both sides in the four the composer reads
    joined = {a.chunk.id for a in added}
    return [*hits[:at], *added, *(h for h in hits[at:] if h.chunk.id not in joined)]


def with_named_homes(
    q: Question,
    hits: list[Hit],
    homes: Callable[[], dict[tuple[str, str], Chunk]],
    told_of: Callable[[Mention, str], Chunk | None] = lambda _m, _lang: None,
) -> list[Hit]:
    """A program, path, tier or service the question names that no passage found names, read from the section its
    own heading names (in the asker's language), joined after the best passage: what the corpus has on it. One
    with no section of its own ("IDR", an add-on told of in the pricing section) is read from the passage `told_of`
    gives (`_told_of_in`: the first curated one in the asker's language that names it)."""
    if not hits:
        return hits
    texts = passages_text(hits[:5])
    added: list[Hit] = []
    for m in q.mentions:
        if m.entity.kind not in _NAMED_HOME_KINDS or names_in(texts, m.names):
            continue
        if m.entity.kind == "exam" and any(o.entity.kind != "exam" for o in q.mentions):
            continue  # ("SAA flashcard: 'immutable infrastructure' - what is it?": the exam is what it is studied for)
        other = "en" if q.lang == "ko" else "ko"
        # (or in the other language when the asker's never names it: the Korean summaries say "어소시에이트", not SAA)
        home = homes().get((q.lang, m.entity.id)) or told_of(m, q.lang) or told_of(m, other)
        if home is not None and all(a.chunk.id != home.id for a in added):
            added.append(Hit(home, hits[0].score, {"home_section": 1.0}))
    if not added:
        return hits
    joined = {a.chunk.id for a in added}
    return [hits[0], *added, *(h for h in hits[1:] if h.chunk.id not in joined)]


TOLD_OF_IN = 2  # a subject named in at most this many curated passages is told of there (not "Amazon RDS")


def _told_of_in(m: Mention, lang: str, chunks: Sequence[Chunk]) -> Chunk | None:
    """The curated passage in `lang` that tells of a subject with no section of its own: the first of the few that
    name it. A name said in many passages (a service used as an example) has no one such passage."""
    naming = [c for c in chunks if c.kind == "summary" and c.lang == lang and names_in(c.text, m.names)]
    return naming[0] if 0 < len(naming) <= TOLD_OF_IN else None


def headed_sections(chunks: list[Chunk], aliases: AliasTable) -> dict[tuple[str, str], Chunk]:
    """(language, subject) -> the first chunk of a section whose own heading names that one compared subject alone
    ("AWS Navigate 프로그램"); read once per chain, not per question (a scan of every heading costs ~50 ms)."""
    out: dict[tuple[str, str], Chunk] = {}
    for c in chunks:
        ids = _heading_ids(c.section, aliases)
        key = (c.lang, next(iter(ids))) if len(ids) == 1 else None
        # (a curated summary's section before the user's notes of the same name)
        if key is not None and (key not in out or (out[key].kind == "notes" and c.kind != "notes")):
            out[key] = c
    return out


def _heading_ids(section: str, aliases: AliasTable) -> set[str]:
    """The compared subjects a section's own heading (its last part) names."""
    last = section.rsplit(" > ", 1)[-1]
    return {m.entity.id for m in aliases.find(last, slips=False) if m.entity.kind in _COMPARED_KINDS}


def with_list_pieces(hits: list[Hit], chunks: list[Chunk]) -> list[Hit]:
    """A retrieved piece of a section that repeats the section's lead ("Common examples are listed below.") but
    not its list: the piece that holds the list takes its place, so the list comes whole. When retrieval found the
    list's piece too, lower, it moves up to follow the piece that promises it, which keeps its own lines ("In
    words: …" beside a table)."""
    out: list[Hit] = []
    found = {h.chunk.id for h in hits}
    taken: set[str] = set()  # the passages said so far, each once
    moved_up: set[str] = set()  # (a piece moved up is not said again at its own place)
    for h in hits:
        if h.chunk.id in moved_up:
            continue
        promised = [u.text for u in units(h.chunk.text) if PROMISES_LIST.search(u.text) and not u.items]
        piece = next(
            (
                c
                for c in chunks
                if promised
                and c.id not in taken
                and (c.source, c.section) == (h.chunk.source, h.chunk.section)
                and any(u.items and u.text in promised for u in units(c.text))
            ),
            None,
        )
        kept = [h] if piece is None or piece.id in found else []
        moved = [Hit(piece, h.score, {**h.signals, "list_piece": 1.0})] if piece is not None else []
        out += [*kept, *moved]
        taken |= {x.chunk.id for x in (*kept, *moved)}
        moved_up |= {x.chunk.id for x in moved}
    return out


def _tool_section(heading: str) -> bool:
    return bool(TOOLS_HEADING.search(heading) or NAMES_SERVICE.search(heading))


def _lines(answer: Answer) -> Iterator[str | Answer]:
    """An answer written at once, yielded line by line and then whole."""
    yield from answer.answer.splitlines(keepends=True)
    yield answer


# "per-minute price of an FIS action", "시간당 요금": a rate asked is answered by an amount ("billed by how long the
# actions run" says what is charged for, not how much)
_AMOUNT_OR_FREE = re.compile(rf"{AMOUNT.pattern}|{NO_CHARGE.pattern}|\bfree\b|무료", re.IGNORECASE)
UNGATED = ("duration",)  # "how long does a review take": often answered in words ("a few days"), never refused for it


# a date said as the day something ends: "end on 2027-01-01", "2027-01-01에 종료"
_END_SAID = re.compile(
    r"\b(?:end|ends|ended|ending|retire[sd]?|discontinued)\s+(?:on\s+)?\d{4}-\d{2}-\d{2}"
    r"|\d{4}-\d{2}-\d{2}\s*(?:에|부로|부터)?\s*(?:종료|없어|끝)"
    # ("… the new plan that replaces Developer and Business Support from 2027-01-01": when the others stop)
    r"|\breplac\w*\b[^.\n]{0,60}?\b(?:from|on)\s+\d{4}-\d{2}-\d{2}|\d{4}-\d{2}-\d{2}\s*(?:부터|부로)\s*(?:\S+\s*){0,4}?대체",
    re.IGNORECASE,
)
# a start asked: "when did AWS launch …", "언제 출시됐어", "처음 나온 게 언제"
_STARTED = re.compile(
    r"\b(?:launch|launched|release[ds]?|introduc\w*|start(?:ed)?|began|come out|came out|announced?)\b"
    r"|출시|나왔|나온|시작|발표|도입된|생겼|공개",
    re.IGNORECASE,
)
# a date still to come asked: "when's the next edition coming out", "다음 개정판 언제 나와요", "upcoming"
_UPCOMING = re.compile(
    r"\b(?:next|upcoming|coming out|will\b[^?.]{0,30}\b(?:launch|release|come out|be announced))\b"
    r"|다음\s*(?:\S+\s*){0,3}?언제|언제\s*(?:나와|나오|출시돼|출시되|발표돼|발표되|공개돼|공개되)|(?:나올|발표될|출시될)\s*(?:예정|때)",
    re.IGNORECASE,
)
_YEAR_SAID = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
_NUMBERED = re.compile(r"^(\d+)\.\s+(\S.*)$")

# a length of time asked in one unit by its question word ("며칠", "how many days"), and the units said near it
# that answer it (a day is answered in days, weeks or hours, never in years)
_UNIT_ASKED = {
    "day": re.compile(r"며칠|몇\s*일(?![가-힣])|\bhow many days\b", re.IGNORECASE),
    "week": re.compile(r"몇\s*주(?![가-힣])|\bhow many weeks\b", re.IGNORECASE),
    "month": re.compile(r"몇\s*(?:달|개월)|\bhow many months\b", re.IGNORECASE),
    "year": re.compile(r"몇\s*년(?![가-힣])|\bhow many years\b", re.IGNORECASE),
}
_N = r"(?<![\d,.])\d{1,3}\s*"  # a count of units, not a year ("2026년")
_UNIT_SAID = {
    "day": re.compile(rf"{_N}(?:일|주|시간|days?\b|weeks?\b|hours?\b)|며칠|하루|이틀|\bdays?\b", re.IGNORECASE),
    "week": re.compile(rf"{_N}(?:주|일|개월|달|weeks?\b|days?\b|months?\b)|\bweeks?\b", re.IGNORECASE),
    "month": re.compile(rf"{_N}(?:개월|달|주|년|months?\b|weeks?\b|years?\b)|\bmonths?\b", re.IGNORECASE),
    "year": re.compile(rf"{_N}(?:년|개월|years?\b|months?\b)|\byears?\b", re.IGNORECASE),
}


def picked_item(
    q: Question, comp: Composition, chunks: list[Chunk] | None = None, idf: Callable[[str], float] | None = None
) -> Composition:
    """ "그중에 운영대행 맡길데 어느거 봐야됨" after the partner paths: of a catalog list, the one item that holds the
    most of the question's own words leads, the list under it; the list as it was when no one item does.
    "루트 유저 잠그고 계정 쪼개는거 어느 영역 얘기임?": an item whose own words hold none of them is weighed by its
    own section (`chunks`), each word by its rarity (`idf`)."""
    area = bool(WHICH_AREA.search(q.text))
    # ("아까 그 영역들 중에 저장 데이터 암호화 다루는 건?": one of them, picked by what it covers, like an area)
    area = area or (bool(AMONG.search(q.text)) and q.kind != "list")
    if (q.kind == "list" and not area) or not (PICK.search(q.text) or area) or not q.detail:
        return comp
    lines = comp.text.splitlines()
    items = [(i, m.group(2)) for i, x in enumerate(lines) if (m := _NUMBERED.match(x))]
    if len(items) < 2:
        return comp
    words = set(q.detail) - content_terms(lines[0])  # (the list's own title, "비용 최적화 … 영역", picks no item)
    scored: list[tuple[float, int, str]] = sorted(
        ((len(words & content_terms(text)), i, text) for i, text in items), reverse=True
    )
    if scored[0][0] == 0 and area and idf is not None and chunks:
        named = [m.names for m in q.mentions if m.entity.kind in ("term", "service") and m.entity.id not in FRAMING]
        scored = sorted(((_home_share(text, words, named, chunks, idf), i, text) for i, text in items), reverse=True)
    if scored[0][0] == 0 or scored[0][0] == scored[1][0]:
        return comp
    cite = re.search(r"\[\d+\]", lines[0])
    lead = f"{scored[0][2]} {cite.group(0)}" if cite else scored[0][2]
    rest = [f"- {lines[0]}", *(f"  {x}" if _NUMBERED.match(x) else x for x in lines[1:])]
    return Composition("\n".join([lead, *rest]), comp.cited)


def _home_share(
    item: str, words: set[str], named: list[list[str]], chunks: list[Chunk], idf: Callable[[str], float]
) -> float:
    """How much of what the question names the section headed by the list item's name holds: each thing it names
    (`named`, a service or term by its names) and, beside one such or with two or more, its words by their
    rarity; 0 for one lone word ("고르" in "고르게": no ground to pick an area on)."""
    name = re.sub(r"\s*\[\d+\]$", "", item).split(":")[0].strip()
    home = " ".join(c.text for c in chunks if c.section.rsplit(" > ", 1)[-1] == name)
    if not home:
        return 0.0
    held = words & content_terms(home)
    things = sum(1 for names in named if names_in(home, names))
    if not things and len(held) < 2:
        return 0.0
    return things * max((idf(w) for w in words), default=1.0) + sum(idf(w) for w in held)


# a comparison said at an amount: "10만원 안 넘지", "more than $100", "under 50 bucks", "5천불 이하"
_COMPARED_AFTER = re.compile(r"\s*(?:이|가|은|는|도)?\s*(?:안\s*넘|넘|이하|이상|미만|초과|이내|밑|아래|위|보다)")
_COMPARED_BEFORE = re.compile(
    r"\b(?:under|over|below|above|within|less than|more than|at most|at least|max(?:imum)?|cheaper than|pricier than)"
    r"\s*$",
    re.IGNORECASE,
)


def _held_against(text: str) -> bool:
    """An amount the question holds a price against ("인당 10만원 안 넘지?", "is it more than $100/mo?")."""
    return any(_COMPARED_AFTER.match(text, m.end) or _COMPARED_BEFORE.search(text[: m.start]) for m in money(text, 1.0))


def gives_figure(q: Question, text: str, worded: bool = False) -> bool:
    """A number question ("how much", "when", "how many") is answered only by text that holds such a figure,
    and, when it names nothing the knowledge base knows, by a first line that shares one of its words.
    `worded`: how often may be said in words ("regularly"), once no passage gives a period."""
    if q.kind != "number":
        return True
    shapes = [SHAPES[f] for f in q.facets if f in SHAPES and f not in UNGATED]
    if "price" in q.facets and RATE_ASKED.search(q.text):
        shapes = [_AMOUNT_OR_FREE if p is SHAPES["price"] else p for p in shapes]
    if "frequency" in q.facets:  # a cycle is stated as a period too: "valid for 3 years" answers "재인증 주기"
        shapes += [SHAPES["duration"], *([WORDED_FREQUENCY] if worded else [])]
    if {"end_date", "duration"} <= set(q.facets):  # ("do aws certs expire?": "valid for three years" says when)
        shapes.append(SHAPES["duration"])
    lead = "\n".join(_lead_block(text))  # the figure must be in what answers, not in a supporting line
    # ("재응시는 며칠 뒤부터?": asked in days, a validity of 3 years answers no such thing)
    unit = next((u for u, cue in _UNIT_ASKED.items() if cue.search(q.text)), None)
    if unit is not None and "duration" in (*q.asks, *q.facets) and not _UNIT_SAID[unit].search(lead):
        return False
    counted = counted_pattern(q) if "count" in q.facets else None  # "카테고리 몇개": "여섯 범주" counts them
    # ("자격증 레벨이 몇 단계?": "Foundational, Associate, Professional, Specialty 수준으로 나뉜다" is counted by
    # reading it, when line 1 names what the question names and no other noun is what is counted)
    first = lead.split("\n", 1)[0]
    own = [m for m in q.mentions if m.entity.id not in FRAMING]  # what the question names beside the framework
    listed = (
        "count" in q.facets
        and "limit" not in q.facets  # ("최대 몇 개까지": a maximum, which no list of what exists gives)
        and (counted is None or lists_counted(q, first))
        and inline_list(first)
        # (of what the question names beside the framework: "how many questions does the Data Analytics Lens have"
        # is not counted by a list of the lenses, which names the framework)
        and any(names_in(first, m.names) for m in (own or q.mentions))
    )
    # ("launched on what date?": "as of November 2026" says when the fact was checked, no date of the launch)
    dated = PROVENANCE.sub(" ", lead) if {"date", "end_date"} & set(q.facets) else lead
    if "date" in q.facets and _STARTED.search(q.text):  # ("launched when?": an end date says when others stop)
        dated = _END_SAID.sub(" ", dated)
    if counted is not None and own and not counted.search(lead) and not any(names_in(lead, m.names) for m in own):
        return False  # ("how many questions does the Data Analytics Lens have?": "six pillars" counts another thing)
    if shapes and not any(s.search(dated) for s in shapes) and not (counted and counted.search(lead)) and not listed:
        return False
    # ("다음 개정판 언제 나와요?": a date that has passed, "2015년에 처음 공개", tells nothing of one still to come)
    if (
        "date" in q.facets
        and _UPCOMING.search(q.text)
        and all(int(y) < dt.date.today().year for y in _YEAR_SAID.findall(dated))
    ):
        return False
    if own:
        return True
    # named only the framework ("well-architected partner program 가입 비용"): the rest of the words are the subject
    # (English words only: Korean detail is syllable pairs with particles on them)
    # (a word that only names the kind of figure, "요금은", "price", is no subject: any price line holds it)
    said = q.text
    for f in q.facets:
        said = FACETS[f].sub(" ", said) if f in FACETS else said
    words = {t for t in q.detail if t.isascii() and zipf(t) < COMMON_WORD} if q.mentions else content_terms(said)
    asked = {t for t in words if t not in ("aws", "amazon", "아마") and len(t) >= 2}
    return not asked or bool({fold(t) for t in asked} & folded_terms(text.split("\n", 1)[0]))


def document_figure(
    q: Question, comp: Composition, hits: list[Hit], chunks: list[Chunk], known: Callable[[str], bool]
) -> Composition | None:
    """The answer led by a sentence that gives the asked figure and names the subject, from the documents (in the
    asker's language) the best passages come from, when no retrieved passage gives it; None when none does."""
    if {"price", "free"} & set(q.facets):
        return None  # (a price must be the subject's own: "free foundational courses" is no exam fee)
    documents = list(
        dict.fromkeys(h.chunk.source for h in hits[:3] if h.chunk.lang == q.lang and h.chunk.kind != "notes")
    )
    have = {h.chunk.id for h in comp.cited}
    for source in documents:
        for chunk in (c for c in chunks if c.source == source and c.id not in have):
            for sentence in split_sentences(chunk.text):
                line = BULLET.sub("", sentence).strip()  # ("7. 개선 후 다시 실행한다", not "14일" cut to "일")
                if (
                    len(line) >= 20
                    and gives_figure(q, line)
                    and about(q, f"{chunk.section}\n{line}", strict=True, known=known)
                ):
                    # (it leads, so it is [1] and the answer's own citations move up by one)
                    text = re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + 1}]", comp.text)
                    return Composition(
                        lead_with(f"{line} [1]", text), [Hit(chunk, 1.0, {"document": 1.0}), *comp.cited]
                    )
    return None


def figure_of_subject(q: Question, comp: Composition, aliases: AliasTable) -> bool:
    """A figure asked of a service or program ("how much is Compute Optimizer's paid option?") is answered only by
    a lead about it: the line, or the section it is cited from, names it. Business Support's price example, however
    well its words match, is no price of Compute Optimizer. Nor is a figure of a plan the scene told of one of the
    plan asked about."""
    subjects = {m.entity.id for m in q.mentions if m.entity.kind in SPECIFIC_KINDS}
    counted = q.kind == "list" and "count" in q.facets  # "how many Competency areas": a figure too
    if (q.kind != "number" and not counted) or not comp.cited:
        return True
    lead = "\n".join(_lead_block(comp.text))
    if "date" in q.facets and _EVENT_ASKED.search(q.text) and not _dated_event(comp.text):
        # ("what date did aws actually announce business support+?": "… replaces Developer and Business Support from
        # 2027-01-01" is when it takes over, not when it was made known; a date answers only beside its event)
        return False
    refs = [int(n) for n in re.findall(r"\[(\d+)\]", lead) if 0 < int(n) <= len(comp.cited)]
    sections = " ".join(comp.cited[n - 1].chunk.section for n in refs)
    said = {m.entity.id: m.entity.kind for m in aliases.find(f"{lead}\n{sections}")}
    # ("on-ramp gave us exactly one IEM a year. how many IEMs per year do we get on ES?": the plan asked of, not the
    # one the scene told of: a lead about another plan gives that plan's figure)
    scene = scene_before(q.text, q.own_start)
    plans = {m.entity.id for m in q.mentions if m.entity.kind == "plan"}
    asked = {m.entity.id for m in q.mentions if m.entity.kind == "plan" and not any(a <= m.start < b for a, b in scene)}
    led = {e for e, kind in said.items() if kind == "plan"}
    if asked and led and not led & asked and asked != plans:
        return False
    if not subjects:
        return True
    # ("클프 따면 몇년 유효함?": what is said of every AWS certification is said of each exam)
    subjects |= {_MEMBER_OF[m.entity.kind] for m in q.mentions if m.entity.kind in _MEMBER_OF}
    if not set(said) & subjects:
        return False
    if {"price", "free"} & set(q.facets):
        # ("what's the exam fee for SAA?": "… complete free foundational courses on AWS Skill Builder, then …, such as
        # Solutions Architect Associate for designers": a price said far from the name is another thing's)
        # (or after it: "Use AWS Professional Services when …, engaged through AWS Sales under a negotiated contract")
        names = [n for n in aliases.find(lead) if n.entity.id in subjects]
        near = (lead[max(0, n.start - NEAR_NAME) :] for n in names)
        if names and not any(gives_figure(q, x) for x in near):
            return False
    # ("what response time does Countdown Premium guarantee?": "Add-ons are IDR (5-minute response …) and Countdown
    # Premium ($10,000 per month flat)" glosses each one it names in brackets, and the time is in IDR's: where the
    # one asked has a bracket of its own, a figure in another's is not its figure)
    glosses = [(n.entity.id in subjects, m.group(1)) for n in aliases.find(lead) if (m := _GLOSS.match(lead, n.end))]
    mine = [g for own, g in glosses if own]
    others = any(gives_figure(q, g) for own, g in glosses if not own)
    return not (mine and others) or any(gives_figure(q, g) for g in mine)


# a date asked of the event that made a thing known ("when was X announced", "언제 발표됐어"), and the words a sentence
# gives such a date with ("AWS launched it in November 2018", "처음 백서로 공개했다", "added in December 2021")
_EVENT_ASKED = re.compile(
    r"\b(?:announc\w*|launch\w*|releas\w*|publish\w*|introduc\w*|unveil\w*|came out|come out)\b|발표|출시|공개|선보",
    re.IGNORECASE,
)
_EVENT_SAID = re.compile(
    rf"{_EVENT_ASKED.pattern}|\b(?:added|appear\w*|debut\w*|first|new in|available since|since)\b"
    r"|나왔|나온|추가|처음|도입|등장|생겼|생긴",
    re.IGNORECASE,
)


def _dated_event(text: str) -> bool:
    """A line of `text` that gives a date says it beside the event that made the thing known (or no line gives a
    date, which the figure gates weigh on their own)."""
    dated = [x for x in text.splitlines() if SHAPES["date"].search(x)]
    return not dated or any(_EVENT_SAID.search(x) for x in dated)


NEAR_NAME = 100  # characters either side of a name within which a price said is said of it
_GLOSS = re.compile(r"\s*\(([^()]*)\)")  # what a bracket right after a name says of it


_MEMBER_OF = {"exam": "aws-training"}  # a kind of subject -> the program every one of them belongs to


# facets whose answer has a visible shape (a year, $, a former name)
SHAPE_CHECKED = ("date", "price", "response", "limit", "count", "former")
DETAIL_SHARE = 0.5  # the catalog line holds at least this share of the question's detail (by rarity)
BETTER_BY = 0.34  # else a passage must hold this much more of it to answer instead


def _figures_asked(q: Question) -> int:
    """How many figures the question asks: its checked facets, an end date, and the asks it joins."""
    return len([f for f in q.facets if f in SHAPE_CHECKED or f == "end_date"]) + len(q.asks)


def catalog_text(facts: list[FactLine]) -> str:
    """The catalog's lines and their items as plain text, one per line."""
    return "\n".join(f"{f.text}\n{chr(10).join(f.items)}" for f in facts)


def _case_words(text: str) -> set[str]:
    """The words that name a technical case and its opening ("technical case 열수있음?": technical, case, 열수)."""
    words = tokenize(" ".join(m.group(0) for cue in (TECH_CASE, CASE_OPENING) for m in cue.finditer(text)))
    return set(words) | {fold(t) for t in words}


def _id_is_subject(text: str, qid: str) -> bool:
    """ "rel12는 뭐 보는 질문임?", "what does SEC03 cover?", "COST04 자세히 설명좀": the question id is what is asked
    about, not the place of
    something else ("SEC11 애플리케이션 보안에 나오는 보안 챔피언이 뭐임?")."""
    i = re.escape(qid)
    return bool(
        # ("COST04 자세히 설명좀", "COST04에 대해 알려줘": asked to be told more of it)
        re.search(rf"{i}\s*(?:은|는|이란|란|이\b|가\b|뭐|무슨|\?|$|자세히|설명|에\s*대해|얘기|알려)", text, re.I)
        or re.search(
            rf"\b(?:what(?:'s| is| does)|explain|about)\s+{i}\b|\b{i}\s+(?:is|covers?|asks?|means?|in detail)\b",
            text,
            re.I,
        )
    )


# the words for something broken that any severity's response target is for ("장애", "outage", "prod down"), and
# for the case opened about it
# a period said outright ("분기마다", "every quarter", "twice a year"), not "each pillar" or "권장 사항마다"
_PERIOD = re.compile(
    r"(?:년|해|월|달|개월|분기|주|릴리스|배포|출시)\s*마다|매\s*(?:년|월|분기|주)|\b(?:quarterly|annually|yearly)\b"
    r"|\bevery\s+(?:\w+\s+)?(?:years?|months?|quarters?|weeks?|releases?|sprints?)\b"
    r"|\b(?:once|twice|\w+ times) (?:a|per|each) (?:year|month|quarter|week)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = frozenset(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen")
)
_BILL_WORDS = frozenset(
    fold(t)
    for w in ("bill", "bills", "billed", "billing", "invoice", "invoices", "charge", "charges", "charged", "line")
    + ("item", "items", "pay", "paying", "paid", "fee", "fees", "cost", "costs", "청구", "청구서", "인보이스", "요금")
    for t in (w, *tokenize(w))
)
_LINEUP_WORDS = frozenset(fold(w) for w in ("line", "lineup", "line-up", "라인업", "tier", "tiers", "lineups"))
_OUTAGE_WORDS = frozenset(
    fold(t)
    for w in ("장애", "다운", "이슈", "문제", "에러", "outage", "outages", "incident", "incidents", "issue", "issues")
    + ("down", "production", "prod", "error", "errors", "failure", "failures")
    # (and the case opened for it: "프로덕션 다운 케이스 첫 응답")
    + ("케이스", "티켓", "case", "cases", "ticket", "tickets")
    for t in (w, *tokenize(w))  # (a Korean word's syllable pairs too: "케이스" is read as "케이", "이스")
)
# (the framework's questions are its review questions: "which pillar has the most review questions")
_REVIEW_WORDS = frozenset(fold(w) for w in ("review", "reviews", "리뷰"))


def _a_bound(text: str, said: re.Match[str]) -> bool:
    """A time said as the bound to beat ("quicker than 15 min", "15분보다 빠른"), not one the asker needs."""
    before, after = text[: said.start()], text[said.end() :]
    return bool(re.search(r"\bthan\s*$", before, re.IGNORECASE) or re.match(r"\s*보다", after))


# one member of a list asked to be picked: "which design principle …", "어떤 원칙에 해당" (not "which principles")
_PICKS_ONE = re.compile(
    r"\bwhich (?:[a-z]+ ){0,2}(?:design principle|principle|best[- ]practice area|area)\b(?!s)"
    r"|(?:어떤|어느|무슨)\s*(?:설계\s*)?(?:원칙|영역)(?!들)|중\s*(?:어떤|어느|무슨)\s*(?:거|것|게)",
    re.IGNORECASE,
)


def catalog_says_enough(q: Question, facts: list[FactLine], hits: list[Hit], lexical: Any) -> bool:
    """False when the question asks something beyond the entity and facet the catalog line answers
    ("which REL question covers retries?" is not "how many REL questions are there") and a retrieved
    passage holds clearly more of it."""
    if facts[0].whole or facts[0].key == OPENERS_KEY:  # (who may open cases: the plan's own rule, whoever asks)
        return True
    if TAM_ACTS.search(q.typed or q.text):
        return False  # ("can our TAM just run our migration?": what the TAM does, beyond the plan having one)
    said_text = " ".join(f"{f.text} {' '.join(f.items)}" for f in facts)
    ids = question_ids(q.text)
    if ids and thin(facts) and all(i in said_text and _id_is_subject(q.text, i) for i in ids):
        # "rel12는 뭐 보는 질문임? 카오스 그런거?", "COST04 자세히 설명좀": the catalog places it; passage lines add
        # the rest
        return True
    if EXPLAIN.search(q.typed or q.text) and thin(facts):
        return False  # "네번째 거 자세히": the passage says more than the catalog's one line
    if q.kind == "definition" and NOTES_CONTEXT in q.facets and thin(facts):
        # "what does 'mechanical sympathy' mean? 내 노트엔 AWS 서비스 다 알아야 된다고 써놨는데": the notes' reading,
        # set beside the question, is weighed by the passages that say where the notes differ
        return False
    # (not words said after the question, which give its background: "APN paths — list them pls. client procurement
    # still writes 'consulting partner' in RFPs")
    typed = q.typed or q.text
    tail = after_question(typed)
    asked = typed[: tail[0]] if tail else typed
    # "SA가 'one-way door' 전에 하라던데 그게 뭔 말임?": the quoted words are what is asked, wherever a passage has them
    phrases = [p.casefold() for p in quoted(asked)]
    if any(p not in said_text.casefold() and any(p in h.chunk.text.casefold() for h in hits[:3]) for p in phrases):
        return False
    # (by any of its names: "지정 TAM" names the Technical Account Manager)
    sides = [[*(n for n in (m.entity.en, m.entity.ko) if n), *m.names] for m in q.mentions]
    if q.kind == "comparison" and len(q.entities) >= 2 and not all(names_in(said_text, s) for s in sides):
        return False  # "일반 설계 원칙이랑 클라우드 설계 원칙은 뭐가 달라?": a list of one side compares nothing
    if unstated_figure(q, catalog_text(facts), catalog=True):
        return False  # "IEM 1년에 몇 번?": the plan's line holds no such figure; a passage may
    # "TAM 있으면 프로서브 안 써도 TAM이 프로젝트 해주는거 아님?": a program the catalog line never names, which a
    # passage does, is what is asked about the plan
    # (of the turn's own words: the programs a follow-up was lent are its topic, "APN … 베스핀 아직도 거기 해당됨?")
    # (and beside a plan, a thing of its own that the plan is only the condition of: "do I need enterprise support to
    # use the WA tool?" asks of the tool; not the framework every passage is about)
    beside_plan = any(m.entity.kind == "plan" for m in q.mentions)
    others = [
        m
        for m in q.mentions
        if (m.entity.kind in ("program", "service") or (beside_plan and m.entity.kind == "term"))
        and m.entity.id not in (*PLAN_FEATURES, FRAMEWORK_ID)
        and m.start >= q.own_start
    ]
    # (a list the catalog holds is the list; not one member of it picked by what else is named: "which reliability
    # design principle do game days put into practice?" is answered by the passage that ties the two)
    picked = bool(_PICKS_ONE.search(q.typed or q.text))
    if picked:
        others += [
            m
            for m in q.mentions
            if m.entity.kind in ("term", "event")
            and m.entity.id not in (*GENERIC_NAMES, FRAMEWORK_ID)
            and m.start >= q.own_start
            and m not in others
        ]
    others = others if q.kind in ("yesno", "definition", "other") or picked else []
    if any(not names_in(said_text, m.names) and any(names_in(h.chunk.text, m.names) for h in hits[:3]) for m in others):
        return False
    # "biz+로 갈 건데 몇 개만은 5분 안에 응답 받아야 함. 방법 있음?": a response time the asker needs that no plan line
    # holds is met elsewhere (an add-on's passage), if a top passage states it
    # (not a yes/no, "엔터 프로덕션 다운 15분 안에 응답 옴?", whose premise the plan's line confirms or corrects)
    # (not a bound to beat: "anything quicker than 15 min?", "15분보다 빠른 거", which the catalog's add-on line meets)
    said_times = [(t.group(1), t.group(2)) for t in TIME_SAID.finditer(typed) if not _a_bound(typed, t)]
    needed = [t for t in said_times if not time_in(t, said_text)]
    if needed and q.kind not in ("yesno", "number") and any(time_in(t, h.chunk.text) for t in needed for h in hits[:3]):
        return False
    lead = f"{facts[0].text} {' '.join(facts[0].items)}"  # line 1 answers; a retirement note does not
    checked = [f for f in q.facets if f in SHAPE_CHECKED and f in SHAPES]
    if STILL_THERE.search(q.text):  # ("cheapest plan that still exists next year?": the year is a condition, not asked)
        checked = [f for f in checked if f not in ("date", "end_date")]
    # "응답 몇 분이고 가격은?", "예산 $200인데 developer 계속 쓸 수 있나요?": each figure on a line of its own
    where = lead if _figures_asked(q) < 2 else said_text
    if any(not SHAPES[f].search(where) for f in checked):
        return False  # "which one was added last?" asked for a date; a list of names holds none
    detail = [t for t in q.detail if not (t.isascii() and zipf(t) >= COMMON_WORD)]
    if tail:
        detail = [t for t in detail if fold(t) in folded_terms(q.text[: len(q.text) - len(typed)] + asked)]
    # ("what are the six pillars of the WA framework?": a count the asker states is checked by the line's "6")
    detail = [t for t in detail if t.casefold() not in _NUMBER_WORDS and not t.isdigit()]
    # ("APN 파트너 경로 지금 몇개고 뭐뭐임?": the catalog says how things stand now; "now" asks nothing beyond it)
    detail = [t for t in detail if not NOW.fullmatch(t)]
    # ("EOR customers are getting moved to Enterprise — how much higher is Enterprise's minimum?": the story told before
    # the question, and the words that ask how far apart two prices are, ask nothing a passage adds to the plans' lines)
    # (or a Korean clause that sets it: "developer로는 부족해서 ES 보는 중인데 최소 얼마?")
    told = (
        [*scene_before(typed), *ko_scene_clause(typed), *(m.span() for m in PRICE_GAP.finditer(typed))]
        if "price" in q.facets
        else []
    )
    if told:
        kept = folded_terms(blank(typed, told))
        detail = [t for t in detail if fold(t) in kept]
    if facts[0].key == TECH_CASE_KEY:  # "basic 플랜이면 technical case 열수있음?": the line says whether the plan takes
        detail = [t for t in detail if t not in _case_words(q.text)]  # the case, however the case was named
    # ("prod 서비스 다운되면 …": "prod", a word of the severity's English name typed beside its Korean alias, is that
    # name, not a detail; a word of a name in the script it was typed in is: "idempotent operations")
    named = folded_terms(" ".join(n for m in q.mentions for n in _other_script_names(m)))
    # ("IDR 말고 다른 애드온은? 그건 얼마": the words of what is set aside are not asked about)
    named |= folded_terms(" ".join(n for m in q.negated for n in m.names))
    detail = [t for t in detail if fold(t) not in named]
    if "response" in q.facets:  # ("prod 장애 응답 몇분? 비즈니스": an outage is what every severity's target is for)
        detail = [t for t in detail if fold(t) not in _OUTAGE_WORDS]
    if {"price", "response", "channels"} & set(q.facets):
        # ("which plans in the new line-up give a 1 hour response …?": the plans' lines are the line-ups)
        detail = [t for t in detail if fold(t) not in _LINEUP_WORDS]
    if "price" in q.facets:  # ("whats the support line on the bill?": the bill is where every plan's price goes)
        detail = [t for t in detail if fold(t) not in _BILL_WORDS]
    if "questions" in q.facets:  # ("which pillar has the most review questions": the framework's questions are these)
        detail = [t for t in detail if fold(t) not in _REVIEW_WORDS]
    if cut := q.own_start:  # a follow-up: the names lent from before ("COST03") are its subject, not what it asks
        lent = folded_terms(" ".join(m.text for m in q.mentions if m.end <= cut)) - folded_terms(q.typed)
        detail = [t for t in detail if fold(t) not in lent]
    weights = {t: lexical.idf(t) for t in detail}
    total = sum(weights.values())
    if not total:
        return True
    said = folded_terms(said_text)
    weights = fold_weights(weights)
    # "can we pull TA results programmatically?": a technical word (rare in everyday English) the catalog line
    # lacks and a top passage states is what is asked beyond the line
    technical = {t for t in weights if t.isascii() and t.isalpha() and zipf(t) < KNOWN_WORD and t not in said}
    if technical and any(technical & folded_terms(h.chunk.text) for h in hits[:3]):
        return False
    # "which DR strategies does the reliability pillar list?": the things a list asks for by their noun, which the
    # catalog's line (the area's question ids) never names and a top passage does
    stem = list_noun(q)
    if stem and stem not in said_text.casefold() and any(stem in h.chunk.text.casefold() for h in hits[:3]):
        return False
    share = sum(w for t, w in weights.items() if _holds(said, t)) / total
    if share >= DETAIL_SHARE:
        return True
    best = (
        max(
            (sum(w for t, w in weights.items() if _holds(folded_terms(f"{h.chunk.section} {h.chunk.text}"), t)) / total)
            for h in hits[:3]
        )
        if hits
        else 0.0
    )
    return best < share + BETTER_BY


_CUT_WORD = 4  # a word typed short ("tech", "answer") is the start of the word a line has ("technical", "answered")


def _holds(terms: AbstractSet[str], term: str) -> bool:
    return term in terms or (len(term) >= _CUT_WORD and term.isascii() and any(t.startswith(term) for t in terms))


def _other_script_names(m: Mention) -> list[str]:
    """The entity's names written in the other script than the mention was typed in (Hangul or Latin)."""
    hangul = bool(HANGUL.search(m.text))
    return [n for n in (m.entity.en, m.entity.ko) if n and bool(HANGUL.search(n)) != hangul]


SUPPORT_FLOOR = 0.3  # beside a catalog line the best passage sentence is often the one it already says
TELLING_IDF = 1.5  # a word rarer than this in the corpus says what the question is about


def thin(facts: list[FactLine]) -> bool:
    """A catalog answer of one sentence (a definition, a principle, a question id): the passages may say more.
    (A plan's figure is never thin: the catalog states it whole, and a severity table beside it is noise.)"""
    return len(facts) == 1 and not facts[0].items


def telling_terms(text: str, lexical: Any) -> set[str]:
    """The question's words that tell passages apart (not "what", "aws", "the")."""
    return {t for t in content_terms(text) if lexical.idf(t) >= TELLING_IDF}


def _prose_names(text: str, ids: list[str]) -> bool:
    """A line of `text` that is no list item names one of `ids`."""
    return any(i in line for line in text.splitlines() if not BULLET.match(line) for i in ids)


def asked_terms(q: Question, lexical: Any) -> set[str]:
    """The question's telling words, without those of what it sets aside ("not interested in the region stuff")."""
    aside = {fold(w) for w in q.aside_words} | {fold(n) for m in q.negated for n in m.names}
    return {t for t in telling_terms(q.query, lexical) if fold(t) not in aside}


def _lead_block(text: str) -> list[str]:
    """Line 1 and the items listed under it."""
    lines = text.splitlines()
    block = lines[:1]
    for x in lines[1:]:
        if not (x.startswith("  ") or x[:1].isdigit()):
            break
        block.append(x)
    return block


INLINE_ITEM = 48  # a list item this short reads well inside a sentence
INLINE_ITEMS = 6


def facts_composition(
    facts: list[FactLine], lang: str, chunks: list[Chunk], inline: bool = False
) -> Composition | None:
    """Catalog facts as an answer: each line cites the chunk of its section that holds its key value.
    `inline` (a number question): a line's short items go into the line itself, so line 1 states the values."""
    cited: list[Hit] = []
    numbers: dict[str, int] = {}
    lines: list[str] = []
    for f in facts:
        chunk = _chunk_for(f, chunks)
        if chunk is None:
            return None  # the store lacks the cited section: let the passages answer instead
        number = _number(chunk, cited, numbers)
        items = f.items
        if f.item_refs:  # items from several sections: each cites its own
            own = [section_chunk(source, section, chunks, key) for source, section, key in f.item_refs]
            if any(c is None for c in own):
                return None
            items = tuple(
                f"{item} [{_number(c, cited, numbers)}]" for item, c in zip(items, own, strict=True) if c is not None
            )
        if inline and items and len(items) <= INLINE_ITEMS and all(len(i) <= INLINE_ITEM for i in items):
            line, items = f"{f.text} {'; '.join(items)}. [{number}]", ()
        else:
            line = f"{f.text} [{number}]"
        if items:  # under a supporting line ("- …") the items are indented, so they stay that line's own list
            pad = "   " if lines else ""
            line += "\n" + "\n".join(f"{pad}{i}. {item}" for i, item in enumerate(items, start=1))
        lines.append(line)
    body = "\n".join([lines[0], *(f"- {x}" for x in lines[1:])])  # line 1 answers; the rest supports
    return Composition(body, cited)


def _number(chunk: Chunk, cited: list[Hit], numbers: dict[str, int]) -> int:
    """The citation number of a chunk, numbering it when it is cited first."""
    if chunk.id not in numbers:
        cited.append(Hit(chunk, 1.0, {"catalog": 1.0}))
        numbers[chunk.id] = len(cited)
    return numbers[chunk.id]


def _chunk_for(f: FactLine, chunks: list[Chunk]) -> Chunk | None:
    return section_chunk(f.source, f.section, chunks, f.key)


def section_chunk(source: str, section: str, chunks: list[Chunk], key: str = "") -> Chunk | None:
    """The chunk of a cited section: the one holding `key` when given, else its first."""
    same = [c for c in chunks if c.source == source and c.section == section]
    if not key or not same:
        return same[0] if same else None
    words = key.split()  # not verbatim ("AWS Support API 이용"): the chunk holding most of its words
    return next((c for c in same if key in c.text), max(same, key=lambda c: sum(w in c.text for w in words)))


def abstain(question: str, lang: str, hits: list[Hit], reason: str | None = None) -> Answer:
    """Say plainly that the corpus does not support an answer, and point at the closest sources (a document once: not
    again in the other language)."""
    own = {_document(h.chunk) for h in hits if h.chunk.lang == lang}
    closest, other = [], set()
    for h in hits:  # (in the order found)
        doc = _document(h.chunk)
        if h.chunk.lang != lang:
            if doc in own or doc in other:
                continue
            other.add(doc)
        closest.append(h)
    suggestions = [Citation.from_hit(n, h) for n, h in enumerate(closest[:3], start=1)]
    lines = [reason or say("abstain", lang)]
    if suggestions:
        lines.append(say("closest", lang))
        lines += [f"- {s.section} ({located(s.source, s.page, lang)})" for s in suggestions]
    return Answer(question, "\n".join(lines), True, lang, "out_of_scope", [], {}, suggestions)


def rewrite(question: str, history: list[Turn], aliases: AliasTable) -> str:
    """A follow-up made self-contained, as retrieval sees it."""
    return resolve(read_question(question, aliases), history, aliases).query
