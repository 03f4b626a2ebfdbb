"""Read a question once into a typed `Question`: language, tokens, kind, facets, entities, retrieval query.

Every later stage (retrieval, scope, composer, conversation) reads this instead of re-tokenising the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from assistant.answer.aside import NOT_BEFORE, excluded_around
from assistant.answer.cues import (
    AMONG,
    ASKED,
    BIGGEST,
    BRACKETED_REMARK,
    CHEAPEST,
    DEDICATED,
    DETAIL_STOP,
    ENDING_END,
    ENGLISH_IN_KOREAN,
    ENGLISH_IN_KOREAN_WORD,
    ENUMERATE,
    FACETS,
    FIGURE_FACETS,
    FOLLOWUP,
    KINDS,
    KO_CHAT_WORD,
    KO_CHAT_WORDS,
    LATIN_FUNCTION_WORDS,
    LIST_NOUN,
    LIST_NOUN_STEM,
    LISTABLE,
    MEANS_ASKED,
    MEMBER_CHECK_AFTER,
    MEMBER_CHECK_BEFORE,
    MEMBERS,
    MISSING,
    NAME_ASKED,
    NEWEST,
    NOTES_MENTION,
    NOTES_QUOTED,
    NOTES_SAID,
    OTHER_SCRIPT,
    PICK,
    PLAN_FEATURES,
    POINTER,
    PREFACE,
    QUANTITY_ASKED,
    QUESTION_ID,
    QUESTION_NUMBER,
    ROUND_THE_CLOCK,
    SHORTHAND,
    SHORTHAND_WORD,
    SLIP_WORD,
    SLIPS,
    SMALLEST,
    STATED_AMOUNT,
    STILL_THERE,
    TIME_UNIT,
    TOOL_ASKED,
    UNIT_WORDS,
    USER_TERMS,
    WH,
    WHICH_PILLAR,
    WHICH_PLAN,
    question_ids,
)
from assistant.knowledge.aliases import AliasTable, Entity, Mention
from assistant.knowledge.catalog import PILLAR_PREFIX
from assistant.knowledge.words import COMMON_WORD, EN_ONES, EN_TENS, english_number, zipf
from assistant.recommend.reader import held_amount, spelt_figure, stated_bill
from assistant.retrieval.lexical import content_terms, detect_lang, tokenize, without_particles

_JAMO = re.compile(r"[\u3131-\u318e]")  # ㅋㅋ, ㅇㅇ: Korean typed without syllables
_NEGATION = re.compile(r"\b(?:not|no|without|except)\b|n't|말고|빼고|없는|없이|아닌", re.IGNORECASE)
_SYLLABLE = re.compile(r"[\uac00-\ud7a3]")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# the sum of what is bought asked: "whats the actual total", "what's the total", "총 얼마", "합계"
_TOTAL_ASKED = re.compile(
    r"\b(?:what(?:'s| is)|whats)\s+(?:the\s+)?(?:actual\s+|real\s+|grand\s+|monthly\s+)?total\b"
    r"|총\s*(?:얼마|금액|비용)|합계",
    re.IGNORECASE,
)
# the noun after an everyday word that makes a compound of its own: "business side", "business owners", "developer
# experience"
_COMPOUND_AFTER = re.compile(
    r"\s+(?:side|owners?|context|stakeholders?|people|folks|leaders?|leadership|units?|hours|days?|cases?|value"
    r"|outcomes?|goals?|objectives?|requirements?|needs|impact|logic|priorities|experience|productivity"
    r"|metrics?|kpis?|level|intelligence|continuity|analysts?|models?|process(?:es)?"
    # ("our dev/test environment", "dev accounts", "the dev team": where the asker builds, not the Developer plan)
    r"|env(?:ironment)?s?|accounts?|acct|teams?|servers?|clusters?|stages?|workloads?|boxes"
    # ("we only need basic launch-readiness help", "basic questions": the everyday adjective, no plan)
    r"|help|guidance|questions|info|stuff|concepts|knowledge|setup|checks|launch[\w-]*|readiness|things)\b"
    r"|/(?:test|qa|stag\w*|prod)\b",
    re.IGNORECASE,
)
# ("Data eng here", "our data lake", "the data platform": a one-word area's name as a trade or a system's kind; not
# "that prepare side", which names the area)
_TRADE_AFTER = re.compile(
    r"\s+(?:eng|engineers?|engineering|scien\w*|lakes?|platforms?|warehouses?|pipelines?|stacks?|mesh)\b", re.IGNORECASE
)
# A word about support plans makes a weak plan name ("business", "비즈니스") count.
_PLAN_CONTEXT = ("price", "response", "end_date", "replacement", "channels", "free")
PLAN_WORDS = re.compile(r"support|plan|tier|tam\b|서포트|플랜|지원|요금제", re.IGNORECASE)


SELLER_WORDS = {"ko": "판매자 판매", "en": "sell seller"}
# facets said with names ("APN 들어가면", "on the Software Path"): read in the text before its names are blanked
_NAMED_FACETS = frozenset({"sell"})
# "lets us call the support api": an API called, which names no phone call (masked like a name)
_API_CALLED = re.compile(r"\bcall(?:s|ed|ing)?\s+(?:the\s+|an?\s+|our\s+)?(?:[\w+-]+\s+){0,3}apis?\b", re.IGNORECASE)
# "몇번부터 몇번", "몇 번~몇 번": the range of a pillar's or area's ids, not the one id that covers something
_NUMBER_RANGE = re.compile(r"몇\s*번\s*(?:부터|~|-|에서|까지)")


@dataclass(frozen=True)
class Question:
    text: str
    lang: str  # "ko", "en", or "other" (a language we do not answer in)
    tokens: tuple[str, ...]
    kind: str  # list | number | definition | yesno | comparison | howto | other
    facets: tuple[str, ...]
    mentions: tuple[Mention, ...] = field(default=())
    weak: tuple[Mention, ...] = field(default=())  # everyday words that name an entity only in context
    negated: tuple[Mention, ...] = field(default=())  # "온램프 말고", "not enterprise": named to be excluded
    # What the question asks beyond its entities, kind and facets ("retries with exponential backoff" in
    # "which REL question covers retries with exponential backoff?"): a catalog line that lacks it answers less.
    detail: tuple[str, ...] = field(default=())
    # Figures asked for by their unit or kind ("percent", "duration", "customers"...; see cues.ASKED): an answer
    # must hold one, whatever the entity, or the question asks what the corpus does not say.
    asks: tuple[str, ...] = field(default=())
    wants_tool: bool = False  # "which service…", "관련 도구는?": a sentence naming a service answers
    set_aside: tuple[str, ...] = field(default=())  # facets named only to be excluded ("전화/채팅 말고")
    # words of a thing named only to be set aside ("the free one, not the paid metrics thing": paid, metrics)
    aside_words: tuple[str, ...] = field(default=())
    # In a conversation: what the asker typed this turn, when earlier turns lent the rest of `text` (its own
    # words say what is asked; the lent ones only what it is about)
    typed: str = ""
    # entities named as the only ones ("온램프만 없어지는거 맞음?", "is it just on-ramp?"): the answer says who else
    only: tuple[str, ...] = field(default=())
    # a Korean question that states the negative and asks it confirmed ("다 못 보는거 맞지?", "TAM 없음?"): Korean
    # answers agree or disagree with that statement, so "네" means "right, it cannot"
    negative: bool = False
    # the name of the item of the last answer's list that the turn picked by its place ("세번째꺼는 뭘로 거는거임?":
    # 중지 조건): that item, out of its list, answers
    item: str = ""
    # a turn that asks which review question covers the scene it points at ("그거 고치는 건 PERF 몇 번 질문임?"), lent
    # that scene's words by the conversation
    scene_pointed: bool = False
    # a count the asker guesses, for confirmation ("WA pillar 5개 맞지?", "has 5 pillars right?"): the answer says
    # yes or no before the count
    guessed_count: int | None = None
    counted: str = ""  # the kind of thing whose count is guessed ("pillar")

    @property
    def own_start(self) -> int:
        """Where the words the asker typed start in `text`: after the names a conversation lent before them."""
        return len(self.text) - len(self.typed) if self.typed and self.text.endswith(self.typed) else 0

    @property
    def entities(self) -> list[str]:
        """Entity ids in the order they are named, each once."""
        return list(dict.fromkeys(m.entity.id for m in self.mentions))

    def of_kind(self, kind: str) -> list[str]:
        return list(dict.fromkeys(m.entity.id for m in self.mentions if m.entity.kind == kind))

    @property
    def query(self) -> str:
        """What retrieval searches for: the text plus each entity's name in the question's language, so a
        transliteration or a misspelling ("라이트사이징", "secuirty") finds the passages that use the name; Korean
        loanwords add their native term ("카테고리" -> "범주")."""
        extra = []
        low = self.text.casefold()
        notes = "notes" in self.facets  # (the notes are in the asker's own spelling: "노트에 right sizing 뭐라고")
        for m in self.mentions:
            if _spelt_as_passages(m, self._passage_name(m)) or (notes and _spelt_as_either(m)):
                continue
            for name in self._passage_names(m):
                if name and name.casefold() not in low and name not in extra:
                    extra.append(name)
        searched = _SET_ASIDE_WORDS.sub(
            " ", self.text
        )  # "예전 Consulting/Technology 파트너 구분 말고": not searched for
        # (a seller's question searches the seller's words too: "우리 SaaS 올리려면" finds "판매자로 등록")
        selling = [SELLER_WORDS[self.lang]] if "sell" in self.facets and self.lang in SELLER_WORDS else []
        return " ".join([searched, *extra, *corpus_terms(self.text), *selling]).strip()

    @property
    def evidence_text(self) -> str:
        """The query as the scope gate weighs it: a transliterated name ("트러스티드 어드바이저") replaced by the name
        the passages use, so its syllables, which no passage holds, do not count as unmet vocabulary."""
        # ("우리 배치가 월말에만 도는데 그걸론 부족하잖아. 더 길게 보게 하는 건 안 됨?": what the asker says of their
        # own situation before the question is no vocabulary the passages must share; the names in it stay)
        scene = scene_before(self.text, self.own_start)
        # (unless the question after it names nothing: "unrelated but my airpods keep dropping off my macbook
        # mid-standup. any fix?" is about the airpods)
        # (nor what they say after it: "서포트 요금은 계정 단위로 나가는거임? 우리 계정 8개라 궁금")
        # (in the asker's own words: what the conversation lent is appended after them, "… have been? price")
        own = self.typed or self.text
        at = self.text.find(own)
        tail = after_question(own) if at >= 0 else None
        rest = blank(self.text, [*scene, *([(at + tail[0], at + tail[1])] if tail else [])])
        text = rest if len(content_terms(rest)) >= _ASKED_WORDS else self.text
        for m in (*self.mentions, *self.weak, *self.negated):
            text = text[: m.start] + self.text[m.start : m.end] + text[m.end :]
        for m in sorted(self.mentions, key=lambda m: -m.start):
            name = self._passage_name(m)
            if name and not _spelt_as_passages(m, name):
                text = text[: m.start] + name + text[m.end :]
        # "뭐뭐임", "몇개고": a Korean question word says what kind of answer is wanted, not what it is about, and a
        # chat ending on it is a word no passage holds; a user's word the summaries say otherwise counts as theirs
        text = _ASKING_WORD.sub(" ", text)
        terms = corpus_terms(self.text)
        typed = [word for word in USER_TERMS if word in text.casefold()]
        if typed:
            said = "|".join(re.escape(w) for w in typed)
            text = re.sub(rf"[\w+-]*(?:{said})[\w+-]*", " ", text, flags=re.IGNORECASE)
        return re.sub(r"\s+", " ", " ".join([text, *terms])).strip()

    @property
    def asks_notes(self) -> bool:
        """ "what did my notes say about right sizing?": what the notes hold is the answer (not "노트에 X라고 적었는데
        맞음?", whose answer is what the summaries say)."""
        return (
            "notes" in self.facets
            and (
                # (the summaries answer those; the notes follow)
                (self.kind not in ("yesno", "number", "comparison") and bool(NOTES_SAID.search(self.text)))
                # ("did my notes mention IDR?": whether they hold it is what they hold)
                or (self.kind in ("yesno", "definition") and bool(NOTES_MENTION.search(self.text)))
            )
            and not NOTES_QUOTED.search(self.text)
            and not MISSING.search(self.text)  # ("which ones are missing from my notes?": the summaries say)
        )

    @property
    def notes_query(self) -> str:
        """What the notes are searched for: the query without the words that name the notes (every passage of
        the notes is in them, and the summaries' sections on the notes share those words). The things it names are
        searched by their names in both languages: "what did my notes say about reliability?" finds the Korean
        notes' "안정성" section by its heading."""
        names = dict.fromkeys(n for m in self.mentions for n in (m.entity.en, m.entity.ko) if n and n not in self.query)
        return " ".join([without_notes_words(self.query), *names])

    @property
    def about_its_scene(self) -> bool:
        """A question naming nothing of ours that points back at the scene before it ("spilled coffee on my laptop and
        now the trackpad won't click. worth fixing or just replace it?"): what the scene says is its subject."""
        scene = scene_before(self.text, self.own_start)
        after = max((b for _, b in scene), default=0)
        return bool(scene) and not (self.mentions or self.weak) and bool(POINTER.search(self.text, after))

    def _passage_name(self, m: Mention) -> str:
        """The entity's name as the passages in the question's language write it."""
        return m.entity.ko if self.lang == "ko" else m.entity.en

    def _passage_names(self, m: Mention) -> list[str]:
        """The names retrieval searches for: in a Korean question, also the English name of a thing the Korean
        summaries only write in English ("IEM이 뭐야": "Infrastructure Event Management", never "인프라 이벤트 관리");
        not the framework's, which every passage is about."""
        name = self._passage_name(m)
        english = m.entity.english_in_korean and m.text.casefold() not in m.entity.korean_spellings
        if self.lang == "ko" and english and m.entity.id not in _EVERYWHERE:
            return [name, m.entity.en]
        return [name]


# "뭐 해줌?", "뭐 해주는데": what something does for the asker
_DOES_FOR_YOU = re.compile(r"뭐\s*해\s*(?:줘|줌|주나|주냐|주니|주는|주심)")

# what every passage is about: its name finds no passage in particular
_EVERYWHERE = frozenset({"well-architected-framework"})


_ASKED_WORDS = 2  # a question after a scene that holds fewer words than this asks about the scene


def scene_before(text: str, start: int = 0) -> list[tuple[int, int]]:
    """The statements (ending in "." or "!") that the asker typed before the last question mark: their situation."""
    own = text[start:]
    last = own.rfind("?")
    if last < 0:
        # ("our retry logic hammers the svc every time it blips lol. what does the pillar say we shd do instead": a
        # last sentence typed without its "?" that asks, after statements)
        # (one that names what it asks: "고객 보안팀이 이거 audit이냐고 물어봄. 뭐라고 하지" asks about the scene)
        stops = list(re.finditer(r"[.!]+\s", own))
        if not stops or not WH.search(own, stops[-1].end()) or len(own[stops[-1].end() :].split()) < 4:
            return []
        last = stops[-1].end()
    return [(start + m.start(), start + m.end()) for m in _STATEMENT.finditer(own[:last])]


# (a chat sentence may end in laughter or tears instead of a stop: "IP 하드코딩해서 호출 중임 ㅋㅋ")
# (or in a spaced dash before the question: "its ahead of a big launch next month - can aws help check readiness?")
# (tears may be one: "롤백도 못 하고 터짐 ㅠ")
_STATEMENT = re.compile(r"[^.!?ㅋㅎㅠㅜ]+?(?:[.!]+|\s*(?:[ㅋㅎ]{2,}|[ㅠㅜ]+)|\s+[-–—](?=\s))(?=\s)")

# (not a response time: "15분 응답도 느림 ㅋㅋ 더 빨리 받게 붙일 수 있는 거 있음?" states the need the answer must beat)
# a move to a plan asked as a condition: "엔터프로 바로 가면?", "if we go enterprise", "what if we move to ES?"
_MOVE_TO_PLAN = re.compile(
    r"(?:으로|로)\s*(?:바로\s*|그냥\s*)?(?:가|옮기|넘어가|갈아타|바꾸|전환하|올리)(?:면|시면)"
    r"|\b(?:if|when|once) (?:we|i|they) (?:go|move|switch|upgrade|jump)\b",
    re.IGNORECASE,
)
_SCENE_YEAR = re.compile(r"next year|내년에", re.IGNORECASE)  # (the end_date cue's "still there next year?")
_SCENE_TIMES = ("duration", "date", "count")  # ("VPC 몇 개에 온프렘까지 붙일 거임": a few, no count asked)
# where a bill goes ("어디로 청구됨?"); not "어디가 더 쌈?", which asks which one is cheaper
_WHERE_TO = re.compile(r"어디(?:로|에서|서|에)(?![가-힣]*\s*(?:싸|저렴|비싸))|\bwhere\b", re.IGNORECASE)


# A Korean clause that sets the scene for the question after it: "… 붙일까 하는데", "… 쓰고 있는데" (not a wondering,
# "몇 개인지 궁금한데", which is the question, nor hearsay, "…라던데", which is to be checked)
_LEAD_IN_CLAUSE = re.compile(r"^[^.!?]*?(?<!궁금)(?<!싶)(?<!모르겠)(?<!헷갈리)(?:는|인|은)데[,\s]")


def lead_in_spans(text: str) -> list[tuple[int, int]]:
    """Where a Korean clause sets the scene of the question after it ("… 붙일까 하는데 그거 가격 어떻게 돼?"); [] when
    there is none, or nothing after it asks."""
    m = _LEAD_IN_CLAUSE.search(text)
    return [m.span()] if m and WH.search(text, m.end()) else []


def count_set_aside(text: str) -> bool:
    """A count ("몇 개") said only in the clause that sets the scene: a few of something, no count asked."""
    return _only_within(FACETS["count"], text, lead_in_spans(text))


def _notes_told(masked: str) -> bool:
    """ "my notes only have 5 of the general design principles — can u give me the full list?": the notes told of
    before a question that asks for a list of its own set its scene; the list is asked of AWS."""
    told = scene_before(masked)
    return _only_within(FACETS["notes"], masked, told) and ENUMERATE.search(masked, told[-1][1]) is not None


def _only_within(cue: re.Pattern[str], text: str, spans: list[tuple[int, int]]) -> bool:
    """`cue` is found in `text`, and only inside `spans`."""
    found = [m.start() for m in cue.finditer(text)]
    return bool(found) and bool(spans) and all(any(a <= x < b for a, b in spans) for x in found)


# A Korean question word with its endings: "뭐뭐임", "몇개고", "얼마임", "언제부터", "누가"
_ASKING_WORD = re.compile(r"(?<![가-힣])(?:뭐|뭔|무슨|몇|얼마|어디|언제|누가|누구|어떻|어떤|어느|왜)[가-힣]*")


def _spelt_as_passages(m: Mention, name: str) -> bool:
    """Typed as the passages in the question's language write it. "design principle" in a Korean question is not:
    the Korean passages say "설계 원칙". A long name in the other language is ("Drive architectures using data"):
    the summaries write it beside their own, and adding theirs would search the whole list it belongs to."""
    typed = m.text.casefold()
    other = {m.entity.en.casefold(), m.entity.ko.casefold()} - {name.casefold()}
    return typed == name.casefold() or (typed in other and len(typed.split()) >= _SPELT_WORDS)


_SPELT_WORDS = 3


def _spelt_as_either(m: Mention) -> bool:
    return m.text.casefold() in (m.entity.en.casefold(), m.entity.ko.casefold())


def corpus_terms(text: str) -> list[str]:
    """The summaries' terms for the words people type instead ("카테고리" -> "범주", "mistakes" -> "anti-patterns")."""
    low = text.casefold()
    terms = [term for word, term in USER_TERMS.items() if word in low and term not in low]
    if re.search(r"[가-힣]", text):  # ("share 권한 read-only 말고": the Korean summaries' 공유, 읽기 전용)
        found = {ENGLISH_IN_KOREAN[w.casefold()] for w in ENGLISH_IN_KOREAN_WORD.findall(text)}
        terms += [t for t in dict.fromkeys(ENGLISH_IN_KOREAN.values()) if t in found and t not in low]
    return terms


def detect_language(text: str) -> str:
    """Any Hangul means Korean; other scripts, or another Latin-script language's function words, mean "other"."""
    if detect_lang(text) == "ko" or _JAMO.search(text):
        return "ko"
    if OTHER_SCRIPT.search(text):
        return "other"
    words = [w.casefold() for w in _WORD.findall(text)]
    en = sum(w in LATIN_FUNCTION_WORDS["en"] for w in words)
    other = sum(w in LATIN_FUNCTION_WORDS["other"] for w in words)
    if other >= 2 and other > en:
        return "other"
    return "en"


# The answer asked for in a language ("list them in English pls", "영어로 정리해줘", "explain in korean pls"); not
# "영어로 뭐라고 함?", which asks a term's other name in the question's own language.
_VERBS_EN = r"(?:list|explain|answer|tell|give|write|say|reply|respond|repeat|show|summari[sz]e|translate)"
# (a request: "정리해줘", "설명좀", "알려주세요"; not "보고서엔 영어로 써야됨", which says where the name goes)
_VERBS_KO = (
    r"(?:(?:다시|한번|다|전부|좀)\s*){0,2}(?:(?:알려|정리해|설명해|답해|써|적어|말해|보여|나열해|번역해|해)(?:서)?\s*(?:줘|주세요|줄래|주라|달라|봐)"
    r"|(?:정리|설명|답변|나열|번역)\s*(?:좀|부탁|ㄱ|고고)|부탁|줘)"
)
_ANSWER_IN = {
    lang: re.compile(
        rf"^\W*(?:and\s+|now\s+)?in {word}\W*(?:pls|please|plz)?\W*$|\bin {word},?\s+(?:pls|please|plz)\b"
        rf"|\b{_VERBS_EN}\b[^?.!]{{0,60}}\bin {word}\b"
        rf"|{ko}\s*(?:로|으로)\s*{_VERBS_KO}",
        re.IGNORECASE,
    )
    for lang, word, ko in (("en", "english", "(?:영어|영문)"), ("ko", "korean", "(?:한국어|한글|우리말)"))
}


def answer_language(text: str) -> str | None:
    """The language the asker wants the answer in, when they say so; None to answer in the question's."""
    asked = [lang for lang, cue in _ANSWER_IN.items() if cue.search(text)]
    return asked[0] if len(asked) == 1 else None


def fix_slips(text: str) -> str:
    """ "shud", "intrested": everyday words as chat mistypes them, read as the words meant (and nothing else of
    `expand_shorthand`, for the advisors' own readers)."""
    return SLIP_WORD.sub(lambda m: SLIPS[m.group(1).casefold()], text)


def expand_shorthand(text: str) -> str:
    """ "infra protection" -> "infrastructure protection": chat shorthand as the word the corpus uses; "min" is a
    minimum unless a number comes before it ("business plan min?" but "15 min")."""
    text = SHORTHAND_WORD.sub(lambda m: m.group(1) if _kept_as_typed(m) else SHORTHAND[m.group(1).casefold()], text)
    text = _AMPERSAND.sub(" and ", text)  # "incident detection & response": names are written with "and"
    text = _KO_WHAT.sub(lambda m: "뭘" if m.group(0) == "멀" else "뭐", text)  # "머있음?", "멀로 해?"
    text = _KO_HOW.sub("어떻게 ", text)  # "어케하라고", "어캐 됨?"
    text = KO_CHAT_WORD.sub(lambda m: KO_CHAT_WORDS[m.group(0)], text)  # "가격네고" -> "가격협상"
    return _MIN.sub("minimum", spelled_numbers(text))


# (and before money: "three grand a month", "fifty bucks", "one hundred twenty k/mo")
# ("thirteen hundred a month", "twelve hundred/mo": a sum per month, the unit after "a" or a slash)
_TIME_UNIT_EN = (
    r"(?=\s*-?\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|grand|bucks|dollars?|k|thousand|million)\b"
    r"|(?<=hundred)\s*(?:a|per|/)\s*(?:month|mo)\b)"
)
_EN_WORD = "|".join(sorted([*EN_ONES, *EN_TENS], key=len, reverse=True))
# a number in words: "fifteen", "twenty-four", "one hundred and eighty", "a hundred fifty"
_EN_SPELLED = re.compile(
    rf"\b(?:(?:{_EN_WORD}|a)[\s-]+hundred(?:[\s-]+(?:and[\s-]+)?(?:{_EN_WORD})(?:[\s-]+(?:{_EN_WORD}))?)?"
    rf"|(?:{_EN_WORD})(?:[\s-]+(?:{_EN_WORD}))?)\b" + _TIME_UNIT_EN,
    re.IGNORECASE,
)


def without_notes_words(text: str) -> str:
    """`text` without the words that name the user's notes ("my notes", "노트에"): they say where to look, not what
    about, and every passage of the notes (and every summary section on them) shares them."""
    return " ".join(FACETS["notes"].sub(" ", text).split())


# a fraction in words: "four point two k", "one point five million" (whole, not its last word alone: "four point 2")
_EN_POINT = re.compile(rf"\b(?:{_EN_WORD})[\s-]+point[\s-]+(?:{_EN_WORD})\b" + _TIME_UNIT_EN, re.IGNORECASE)
# Korean counts: native numbers before "시간" ("한 시간", "열두 시간", "스물네 시간") and "분" from ten up ("열다섯 분";
# "다섯 분" may be five people); Sino-Korean ones with a tens unit ("삼십 분", "이십사 시간", "십오분")
_KO_NATIVE_TENS = {"열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50}
_KO_NATIVE_ONES = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9}
_KO_NATIVE = re.compile(
    r"(?<![가-힣])("
    + "|".join(_KO_NATIVE_TENS)
    + r")?("
    + "|".join(sorted(_KO_NATIVE_ONES, key=len, reverse=True))
    + r")?\s*(?=(시간|분)(?![가-힣]*(?:들|이서|께)))"
)
_KO_SINO = re.compile(
    r"(?<![가-힣])([일이삼사오육칠팔구]?십[일이삼사오육칠팔구]?)\s*(?=(?:시간|분|일|년|개월)(?![가-힣]))"
)
_SINO_DIGITS = {c: i + 1 for i, c in enumerate("일이삼사오육칠팔구")}


def spelled_numbers(text: str) -> str:
    """ "fifteen minute one", "열다섯 분", "한 시간", "삼십 분": a count of time spelt in words, in digits, as the
    corpus and the figures' cues have it."""

    def english(m: re.Match[str]) -> str:
        value = english_number(m.group(0))
        return m.group(0) if value is None else str(value)

    def native(m: re.Match[str]) -> str:
        tens, ones = m.group(1), m.group(2)
        if not (tens or ones) or (m.group(3) == "분" and not tens):
            return m.group(0)
        return str(_KO_NATIVE_TENS.get(tens or "", 0) + _KO_NATIVE_ONES.get(ones or "", 0))

    def sino(m: re.Match[str]) -> str:
        head, _, tail = m.group(1).partition("십")
        return str(_SINO_DIGITS.get(head, 1) * 10 + _SINO_DIGITS.get(tail, 0))

    def fraction(m: re.Match[str]) -> str:
        value = spelt_figure(m.group(0))
        return m.group(0) if value is None else f"{value:g}"

    text = _EN_SPELLED.sub(english, _EN_POINT.sub(fraction, text))
    return _KO_SINO.sub(sino, _KO_NATIVE.sub(native, text))


# an order by cost asked for a list ("roughly cheapest to priciest", "싼 순서대로"): no price is asked
_COST_ORDER = re.compile(
    r"\b(?:from\s+)?(?:the\s+)?(?:cheapest|least expensive|lowest[- ]cost)\s+(?:to|->|→)\s+(?:the\s+)?"
    r"(?:priciest|most expensive|costliest|highest[- ]cost|dearest|fanciest|[a-z]+iest|most\s+[a-z]+)\b"
    r"|(?:by|in order of) (?:cost|price)\b"
    r"|(?:싼|저렴한|비싼|비용|가격)\s*순(?:서|으로)?"
    # ("싼 거부터", "cheapest first": the order asked)
    r"|(?:싼|저렴한|비싼)\s*(?:거|것|놈|애)\s*부터"
    r"|\b(?:cheapest|least expensive|priciest|most expensive) (?:one )?first\b",
    re.IGNORECASE,
)


def cost_order_spans(text: str) -> list[tuple[int, int]]:
    """Where the text asks for an order by cost ("cheapest to fanciest"): how to sort, no subject of its own."""
    return [m.span() for m in _COST_ORDER.finditer(text)]


_KO_HOW = re.compile(r"(?<![가-힣])(?:어케|어캐|어떡케|어떻케|어뜨케)\s*")
# chat's "머" / "멀" for "뭐" / "뭘" ("머있음?", "머임?", "멀로 함?"), as a word of its own before a verb
_KO_WHAT = re.compile(r"(?<![가-힣])(?:머|멀)(?=\s*(?:있|임|야|냐|였|여|에요|예요|해|하|함|가|로|지\s*(?:\?|$)|\?|$))")


_CAPITALS = ("R", "U")  # "R" the language, "U" a grade: chat's "r u" is written small
# chat fillers people do type in capitals; any other dropped filler in capitals is an acronym ("PLS가 뭐임?")
_CAPS_CHAT = frozenset({"TLDR", "TL;DR", "BTW", "IMO", "AFAIK", "IIRC", "TBH", "ANYWAY"})
_MESSAGE_END = re.compile(r"[\s\W]*$")


def _kept_as_typed(m: re.Match[str]) -> bool:
    """A shorthand left as typed: "R" the language, or a dropped filler written as an acronym ("what is PLS?"),
    not a request's shouted ending ("list them in English PLS")."""
    word = m.group(1)
    if word in _CAPITALS:
        return True
    if SHORTHAND[word.casefold()] or len(word) < 2 or not word.isupper() or word in _CAPS_CHAT:
        return False
    return not _MESSAGE_END.fullmatch(m.string, m.end())


_AMPERSAND = re.compile(r"(?<=[A-Za-z])\s*&\s*(?=[A-Za-z])")


_MIN = re.compile(
    r"(?<!\d)(?<!\d )\bmin\b(?=\s*(?:[?.!]|$|monthly|price|cost|fee|spend|charge|per\b|a month|/))", re.IGNORECASE
)


# "몇 불 아끼는지 … 보고 싶으면 어디서 켬?", "to see how much we'd save, where do i turn it on": a figure inside
# a clause the question asks where or how to see is what will be seen, not what is asked
_EMBEDDED_FIGURE = re.compile(
    r"(?:몇|얼마)[^,.?!]{0,20}?[는은인할될]지(?=\s)"
    r"|\b(?:see|know|check|show|tell|find out)\s+how (?:much|many|long|often)\b[^,.?!]{0,40}",
    re.IGNORECASE,
)
_MAIN_WHERE_HOW = re.compile(
    r"어디서|어디에서|어디|어떻게|어케|어캐|뭘로|무엇으로|\bwhere\b|\bhow (?:do|can|to|would|should)\b", re.IGNORECASE
)


_HOW_MANY_UNITS = re.compile(
    rf"\bhow many (?:more )?{TIME_UNIT}\b"
    r"|몇\s*(?:초|분|시간|일|주|달|개월|년)(?![가-힣])",
    re.IGNORECASE,
)


def _embedded_figures(text: str) -> list[tuple[int, int]]:
    """The figures asked inside a clause that a later where/how asks about (`_EMBEDDED_FIGURE`), up to the
    where/how ("… 금액으로 보고 싶으면": how it is to be seen, which is no figure asked either)."""
    out = []
    for m in _EMBEDDED_FIGURE.finditer(text):
        main = _MAIN_WHERE_HOW.search(text, m.end())
        if main is not None:
            out.append((m.start(), main.start()))
    return out


_QUOTED = re.compile(r"(?:(?<=\s)|^)['\"‘“「『]([^'\"‘’“”「」『』\n]{3,60})['\"’”」』](?=[\s?.,!:;)-]|$)")


def quoted(text: str) -> list[str]:
    """The phrases a message quotes to ask what they mean ("SA가 'one-way door' 전에 하라던데 그게 뭔 말임?"); none
    when it asks for a name ("what is 'allow for evolutionary architectures' called now?": the other name answers)."""
    if NAME_ASKED.search(text) or _CALLED.search(text):
        return []
    return [m.group(1).strip() for m in _QUOTED.finditer(text)]


_CALLED = re.compile(r"\bcalled\b|\bnamed?\b|이름|명칭|뭐라고", re.IGNORECASE)


# "what does security as code mean", "what's a one-way door", "meaning of game day", "security as code가 뭐야?"
_DEFINED_EN = (
    re.compile(
        r"^(?:so\s+|ok\s+|and\s+)?what(?:'s|\s+is|\s+are|\s+does|\s+do)\s+(?:an?\s+|the\s+)?(.+?)"
        r"(?:\s+(?:mean|means|stand\s+for))?\s*\??$",
        re.IGNORECASE,
    ),
    re.compile(r"(?:meaning\s+of|definition\s+of|define|explain)\s+(?:an?\s+|the\s+)?(.+?)\s*\??$", re.IGNORECASE),
)
# (after the story told first: "WA 리뷰는 one-way door 결정 전에 하는 게 좋다던데 one-way door가 정확히 뭔 뜻이야?")
_DEFINED_KO = re.compile(
    r"^(?:.*(?:던데|는데|인데|[,.!?])\s+)?(.+?)\s*(?:이란|란|가|이|은|는)?\s*(?:정확히|대체|도대체)?\s*"
    r"(?:뭐|뭔|무슨|무엇)[^\s?]*(?:\s*(?:뜻|의미|말)[^\s?]*)?\s*\??$"
)
_PHRASE_WORDS = 2  # one word is a name the alias table knows, or a word too common to find a passage by


_GLOSSED_ACRONYM = re.compile(r"[a-z]{2,6} \(([^()]+)\)")


def defined_words(q: Question) -> str:
    """What a definition question asks the meaning of, as typed and case-folded ("cdk", "security as code"); ""
    when it is no "what is X" / "X가 뭐임" question."""
    if q.kind != "definition":
        return ""
    text = (q.typed or q.text).strip()
    found = [m for m in (*(p.search(text) for p in _DEFINED_EN), _DEFINED_KO.search(text)) if m]
    return found[0].group(1).strip(" '\"?.").casefold() if found else ""


def defined_latin_terms(q: Question) -> frozenset[str]:
    """The Latin words of what a "what is X" question asks about ("CDK가 뭐임": {"cdk"}); empty otherwise."""
    return frozenset(t for t in content_terms(defined_words(q)) if t.isascii() and t.isalpha())


def defined_phrase(q: Question) -> str:
    """The words a definition question asks the meaning of, as typed ("security as code"), when they are a phrase
    of at least two words: the passage that uses them verbatim explains them, whatever else the words name."""
    phrase = defined_words(q)
    # ("what is CAF (Cloud Adoption Framework)": an acronym asked, with the name the corpus spells it out as)
    phrase = m.group(1) if (m := _GLOSSED_ACRONYM.fullmatch(phrase)) else phrase
    words = phrase.split()
    return phrase if len(words) >= _PHRASE_WORDS and len(phrase) <= 60 and _WORD.search(phrase) else ""


def read_question(text: str, aliases: AliasTable) -> Question:
    text = expand_shorthand(text)
    lang = detect_language(text)
    found = aliases.find(text)
    found = sorted([*found, *aliases.find_typos(text, found)], key=lambda m: m.start)
    found = [
        m
        for m in found
        if not any(o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start for o in found)
    ]
    # ("COST05 … COST08 같은 영역에서 데이터 전송비 따지라는건 몇번?": beside question ids, "데이터" is no area of
    # another pillar's)
    id_pillars = {_PILLAR_OF_PREFIX.get(i.rstrip("0123456789")) for i in question_ids(text)}
    if id_pillars:
        found = [m for m in found if m.entity.kind != "area" or m.entity.id.split("/", 1)[0] in id_pillars]
    # names, "how much" before a quantity ("how much metric data": an amount, not a price), and an amount the asker
    # states about themselves ("한달 $200 정도 쓰는 팀": their situation, not a price asked)
    # and a title quoted as a name ("COST11 'cost of effort'": no price asked)
    quantities = [*QUANTITY_ASKED.finditer(text), *STATED_AMOUNT.finditer(text)]
    titles = [t.span(1) for t in _QUOTED.finditer(text)]  # (the quotes stay: "call it '…'" names, calls no one)
    spans = [(m.start, m.end) for m in found] + [q.span() for q in quantities] + titles + _embedded_figures(text)
    spans += [c.span() for c in _API_CALLED.finditer(text)]  # ("lets us call the support api": no phone call)
    masked = _LABEL.sub(lambda found: " " * len(found.group(0)), blank(text, spans), count=1)
    named = [label for label, cue in FACETS.items() if cue.search(text if label in _NAMED_FACETS else masked)]
    set_aside = tuple(label for label in named if _facet_negated(FACETS[label], masked, text))
    facets = tuple(label for label in named if label not in set_aside)
    # (not where a question word asks something else: "서포트 예산 0원이래요ㅋㅋ … 기술적인 질문은 어디다 해야돼요?")
    other_asked = bool(WH.search(masked)) and not _HOW_MUCH.search(masked)
    if not facets and any(_BUDGET.search(q.group(0)) for q in quantities) and not other_asked:
        facets = ("price",)  # "our budget is $100/mo, is business support+ ok?": the price is held to it
    moved = _MOVE_TO_PLAN.search(masked) and any(m.entity.kind in _PLAN_KINDS for m in found)
    if moved and not set(facets) & FIGURE_FACETS and stated_bill(text, 1.0) is not None:
        # ("엔터프라이즈로 옮기면? 월 사용액 5만불", "what if we move to enterprise? usage is 50k": a move to a plan
        # asked at a bill stated asks what the plan would cost there)
        facets = (*facets, "price")
    if "questions" in facets and not _review_questions(masked, found):
        facets = tuple(f for f in facets if f != "questions")  # "a re:Post question": a post, no review question
    # (or beside question ids a conversation lent: "COST05 COST06 … 라이선스비까지 따지라는건 몇번?")
    if QUESTION_NUMBER.search(masked) and (
        any(m.entity.kind in ("pillar", "area") for m in found) or QUESTION_ID.search(text)
    ):
        # "데이터 보호는 몇번부터 몇번?": a pillar's or area's numbers are its question ids
        facets = tuple(dict.fromkeys((*facets, "questions")))
        if any(m.entity.kind == "pillar" for m in found) and not _NUMBER_RANGE.search(masked):
            facets = (*facets, "ident")  # "카나리 배포랑 자동 롤백 얘기하는 거 REL 몇 번이었지?": one id asked
    asked = _asking_part(masked)
    # "누가 보안그룹을 열어놔도 며칠 지나서야 알게 됨. … SEC 몇 번?", "VPC 몇 개에 온프렘까지 붙일 거임 ㅋㅋ …":
    # a length of time, a date or a count said only in the asker's situation before the question is not asked
    scene = scene_before(masked) + [m.span() for m in _REMARK_CLAUSE.finditer(masked)]
    # ("private offer 문서 읽어보니 셀러랑 가격 협상하는 거라던데, 그렇게 협상한 계약도 AWS 청구서에 찍힘?": a figure
    # said only in the scene, before a question of its own that asks no question word, is not asked)
    after_scene = masked[max((b for _, b in scene), default=0) :]
    # (not one that points back at it: "…needs like a 5 min response. does any support plan give that?")
    own_yes_no = len(_WORD.findall(after_scene)) >= 3 and not WH.search(after_scene) and not POINTER.search(after_scene)
    # ("someone said BS+ is still $29/mo minimum. can u confirm?": a figure said to be checked is what is asked)
    own_yes_no = own_yes_no and not _CONFIRM.search(after_scene)
    # ("… support budget line is 16k/mo. do we fit? exact number pls": the figure of the scene is what is asked)
    own_yes_no = own_yes_no and not _FIGURE_REQUEST.search(after_scene)
    facets = tuple(
        f
        for f in facets
        if not ((f in _SCENE_TIMES or (own_yes_no and f in FIGURE_FACETS)) and _only_within(FACETS[f], masked, scene))
    )
    # ("we're lifting ~200 VMs out of our DC next year. which partner creds should i filter on?": when the asker's
    # plan happens, said in their situation, asks of no end)
    if "end_date" in facets and all(
        _SCENE_YEAR.fullmatch(m.group(0)) and any(a <= m.start() < b for a, b in scene)
        for m in FACETS["end_date"].finditer(masked)
    ):
        facets = tuple(f for f in facets if f != "end_date")
    # ("런칭 때 워크로드 몇 개에 IDR 붙일까 하는데 그거 애드온 가격 어떻게 돼?": a few, said in the clause that sets the
    # scene of the question after it, is no count asked)
    lead_in = lead_in_spans(masked)
    facets = tuple(f for f in facets if not (f in _SCENE_TIMES and _only_within(FACETS[f], masked, lead_in)))
    # ("우리 아직 엔터프 온램프임 (ES로 넘어가기 전ㅋㅋ)": an aside in brackets asks nothing, unless it is the question;
    # nor does a clause saying what the asker already knows: "비즈니스였으면? 1월에 없어지는 건 아는데 …", "yes we know
    # its going away")
    asides = [m.span() for m in BRACKETED_REMARK.finditer(masked) if "?" not in m.group(0)]
    asides += [m.span() for m in KNOWN_CLAUSE.finditer(masked)]
    # (nor the condition a question is asked under: "신규 서비스 출시 달에만 Countdown Premium을 붙이면, … 합쳐서
    # 얼마?" asks a price, no launch date)
    asides += [m.span() for m in _CONDITION_CLAUSE.finditer(masked)]
    # (nor the examples said after the question: "계약서엔 뭐 챙겨야 돼? 한국어 지원이라든지 장애 나면 몇 시간 안에
    # 오는지 같은 거" asks what to check, no length of time)
    asides += [m.span() for m in _EXAMPLES_AFTER.finditer(masked)]
    # (the notes named there still set the scene the answer is weighed in: `notes_context` below)
    facets = tuple(f for f in facets if f == "notes" or not _only_within(FACETS[f], masked, asides))
    # ("on-ramp 없어지면 우리 TAM은 어떻게 됨?", "once on-ramp is gone do we still get a TAM?": the end is the
    # condition; a feature or figure asked under it is the one of the plan that comes after)
    if "end_date" in facets and (ended := [m.span() for m in _END_CONDITION.finditer(masked)]):
        feature = bool({m.entity.id for m in found} & set(PLAN_FEATURES))
        figure = bool({"price", "response", "channels"} & set(facets))
        if _only_within(FACETS["end_date"], masked, ended) and (feature or figure):
            facets = tuple(dict.fromkeys("replacement" if f == "end_date" else f for f in facets if f != "action"))
    # ("…how many minutes to recover? want to copy the format for ours": a sentence said after a question that asks
    # with a question word of its own, and that says what the answer is for, is why it is asked; a facet named only
    # there is not asked (a constraint after it, "…애드온 있음? 월 예산 5천불 이하임", or another request, "…젤 높은 거
    # 이름이랑 응답시간도 알려줘", still asks)
    tail = after_question(masked)
    purpose = tail is not None and (_PURPOSE.match(masked, tail[0]) or _REMARK_END.search(masked[tail[0] :]))
    # (a remark that explains, "…들어가있어? 서버가 타임아웃까지 멍하니 기다리거든", asks nothing after any question)
    remark = tail is not None and bool(_REMARK_END.search(masked[tail[0] :]))
    # (nor one about the asker's own lot, said after the question: "…what DR strategies do they list? we're cheap, def
    # not doing active/active" asks no price)
    remark = remark or (
        tail is not None
        and bool(_OWN_STATEMENT.match(masked, tail[0]))
        and "?" not in masked[tail[0] :]
        and not WH.search(masked, tail[0])
    )
    if tail is not None and ((WH.search(masked[: tail[0]]) and purpose) or remark):
        # (the notes named there still set the scene the answer is weighed in: `notes_context` below)
        facets = tuple(f for f in facets if f == "notes" or not _only_within(FACETS[f], masked, [tail]))
        asides.append(tail)  # (nor a figure by its unit: "타임아웃이랑 재시도만 있는 줄 알았는데" asks no length)
    if "price" in facets and _COST_ORDER.search(masked) and not FACETS["price"].search(_COST_ORDER.sub(" ", masked)):
        facets = tuple(f for f in facets if f != "price")  # "cheapest to priciest": the order asked, no amount
    if "price" in facets and "ident" in facets and not _HOW_MUCH.search(asked):
        # "데이터 전송 요금 관련 질문 번호 몇번": the charges are the topic of the question id asked
        facets = tuple(f for f in facets if f != "price")
    if "price" in facets and _WHERE_TO.search(asked) and not _HOW_MUCH.search(asked):
        facets = tuple(f for f in facets if f != "price")  # "요금은 어디로 청구됨?": where the bill goes, no amount
    if "date" in facets and not FACETS["date"].search(asked):
        # "we've got a big launch in feb. can aws review readiness with us?": a date of the scene, none asked
        facets = tuple(f for f in facets if f != "date")
    if "notes" in facets and (
        not FACETS["notes"].search(_REMARK_CLAUSE.sub("", asked)) or _notes_told(masked) or _notes_then_asked(asked)
    ):
        # "APN 경로 몇 개임? 노트엔 셋뿐이던데": the notes set the scene; the question is about AWS
        facets = tuple(NOTES_CONTEXT if f == "notes" else f for f in facets)
    negated = _joined_too(found, [m for m in found if _is_negated(m, text)], text)
    found = [m for m in found if not (m.entity.kind == "pillar" and _TEAM_AFTER.match(text, m.end))]
    # ("첫 WA 리뷰 준비중인데", "운영 중인 서비스": an area's Korean name used as the verb it also is)
    found = [m for m in found if not (m.entity.kind == "area" and _VERB_AFTER.match(text, m.end))]
    found = _drop_suffixes([m for m in found if m not in negated], text)
    # ("anyone from the business side", "the business owner": a plan's everyday word in a compound of its own names
    # no plan; "that prepare side" still names the area)
    found = [
        m
        for m in found
        if not (m.weak and m.entity.kind in _PLAN_KINDS and _COMPOUND_AFTER.match(text, m.end))
        and not (m.weak and m.entity.kind == "area" and _TRADE_AFTER.match(text, m.end))
    ]
    plan_context = _plan_context(found, facets, masked, text)
    framework_context = _framework_context(found, facets)
    if framework_context:
        found = _areas_over_terms(found, aliases)
    counts = [not m.weak or (plan_context if m.entity.kind in _PLAN_KINDS else framework_context) for m in found]
    counts = [ok and not _other_pillars(m, found) for m, ok in zip(found, counts, strict=True)]
    mentions = _principles_of(tuple(m for m, ok in zip(found, counts, strict=True) if ok), text, aliases)
    mentions = _principles_of_the_pillar(_kind_words_dropped(mentions, text), text, aliases)
    mentions = _described_principles(mentions, text, aliases)
    # ("클라우드 재무관리 말고": a name set aside is set aside as every entity it names, the principle read from it too)
    mentions = tuple(m for m in mentions if not any(n.start <= m.start < n.end for n in negated))
    weak = tuple(m for m, ok in zip(found, counts, strict=True) if not ok)
    checked = _checked_members(mentions, text, masked)
    mentions = tuple(m for m in mentions if m not in checked)
    tail = after_question(text)
    if tail is not None and _FOR_WHAT.match(text, tail[0]) and any(m.start < tail[0] for m in mentions):
        # ("… how many qs and which ids? building our WAFR checklist": a term named only in what the answer is for,
        # said after the question, is no subject of it)
        mentions = tuple(m for m in mentions if not (m.start >= tail[0] and m.entity.kind == "term"))
    if (
        tail is not None
        and _REMARK_END.search(text[tail[0] :])
        and not WH.search(text, tail[0])  # (not "…어디어디야? … 그럼 베이직은 뭐 볼 수 있는데", which asks)
        and (any(m.start < tail[0] for m in mentions) or POINTER.search(text, 0, tail[0]))
    ):
        # ("그 툴 장애나면 서포트 케이스로 열면 되는거지? 우리 엔터프 갈 거니까": the plan named in why it is asked is
        # the asker's situation; the question is about the thing it names or points back at)
        weak += tuple(m for m in mentions if m.start >= tail[0])
        mentions = tuple(m for m in mentions if m.start < tail[0])
    # ("우리 팀 이번에 FinOps 막 시작함 ㅋㅋ 비용 최적화 설계원칙 전부 알려조": a term named only in the scene is the
    # asker's situation, when the question after it names a pillar of its own)
    stated = scene + [m.span() for m in _STATEMENT.finditer(masked)]  # (a request may end in no mark: "…알려조")
    # ("rel failure management — which REL ids sit in it?": a label of names alone before the question is its topic)
    stated = [(a, b) for a, b in stated if content_terms(masked[a:b].strip(" -–—.!"))]
    said_in_scene = [m for m in mentions if any(a <= m.start < b for a, b in stated)]
    # ("we run an e-comm marketplace, … we're on ES. what % …?": a program's name typed as a common noun after "a",
    # "an", "our" in the scene is the asker's own business, not the AWS program, when something else is named)
    own_things = [
        m
        for m in said_in_scene
        if m.entity.kind in ("program", "service")
        and m.text.islower()
        and _OWN_THING.search(text[max(0, m.start - 40) : m.start])
    ]
    if own_things and len(own_things) < len(mentions):
        mentions = tuple(m for m in mentions if m not in own_things)
    # (never the framework's own words, which say what is asked: "security pillar BP areas - all of them")
    in_scene = [m for m in said_in_scene if m.entity.kind in _SCENE_ITEMS and m.entity.id not in _EVERY_PILLARS_WORDS]
    # (a pillar named only after the question is no question of its own: "REL 'workload architecture' area - how many
    # qs + which ids? splitting the REL review between 2 squads")
    if in_scene and any(
        m.entity.kind == "pillar" and m not in said_in_scene and not (tail and m.start >= tail[0]) for m in mentions
    ):
        mentions = tuple(m for m in mentions if m not in in_scene)
    # ("team's arguing cost vs reliability rn. which pillars does AWS say you generally don't trade away?": pillars
    # the scene names are the asker's situation, when the question after it asks of the pillars in general)
    # (only a scene before a question mark: any text read, an answer too, has statements)
    scene_pillars = [m for m in mentions if m.entity.kind == "pillar" and any(a <= m.start < b for a, b in scene)]
    own = [m for m in mentions if not any(a <= m.start < b for a, b in stated)]
    # (not "COST랑 SUS가 … 두 pillar 질문 합치면?": "the two pillars" points back at them)
    general = [m for m in own if m.entity.id == "pillar" and not _POINTED_PILLARS.search(text[: m.start])]
    if scene_pillars and general and not any(m.entity.kind == "pillar" for m in own):
        mentions = tuple(m for m in mentions if m not in scene_pillars)
    if (
        not set(facets) & FIGURE_FACETS
        and any(m.entity.kind == "plan" for m in mentions)
        and _TARGET_ONE.search(masked)
    ):
        # "does BS+ have the 15 minute one too?", "business support+도 15분짜리 있음?": a plan's target, by its time
        facets = (*facets, "response")
    if (
        "price" not in facets
        and any(m.entity.kind == "plan" for m in mentions)
        and held_amount(text, 1.0)
        and not other_asked  # ("서포트 예산 0원이래요ㅋㅋ 베이직으로 버티면 기술적인 질문은 어디다 해야돼요?")
    ):
        # "we spend 5k a month, is business support under 400?": its price, held up (at any rate: only whether)
        facets = (*facets, "price")
    if (
        "features" in facets
        and _DOES_FOR_YOU.search(masked)
        and mentions
        and not any(m.entity.kind in _PLAN_KINDS for m in mentions)
    ):
        # "TAM은 뭐 해줌?", "그 팀 뭐 해주는데": what a role or a team does, not what a plan includes
        facets = tuple(f for f in facets if f != "features")
    if "price" not in facets and _TOTAL_ASKED.search(masked) and any(m.entity.kind == "plan" for m in mentions):
        # "we're on ES … want Countdown Premium on top … whats the actual total?": what it all costs
        facets = (*facets, "price")
    names_asked = bool(NAME_ASKED.search(text))  # "가격 따로 협상하던데 그건 뭐라고 불러?": a name, not the price
    if names_asked:
        facets = tuple(f for f in facets if f in ("features", "notes", NOTES_CONTEXT, "former"))
    if _IN_THE_PRICE.search(masked):  # "IEM도 그 요금에 포함임?": whether a thing comes with the price, not the price
        facets = tuple(f for f in facets if f != "price")
    if "price" in facets and "response" in facets and bare_how_much(masked) and _after_response(masked):
        # "첫응답 몇분임? 온램프는 얼마였지": a bare "얼마" after a response time asks how much of that time (not
        # "애드온 얼마고 응답은 몇분임?", which asks the price first)
        facets = tuple(f for f in facets if f != "price")
    guessed, counted = guessed_count(text, mentions) or (None, "")
    if guessed is not None and "count" not in facets:
        facets = (*facets, "count")
    kind = "definition" if names_asked else _kind(masked, asked, facets, mentions, text)
    if kind == "yesno" and len(checked) >= _TYPED_LIST:
        kind = "list"  # "pillars are ops, security, reliability, cost right?": the whole list answers, checked
    if guessed is not None and kind in ("yesno", "other"):
        # "WA has 5 pillars right?": the count answers (the whole list where there is one), checked against the guess
        kind = "list" if listable_ids(mentions) else "number"
    asks = tuple(
        label for label, cue in ASKED.items() if cue.search(masked) and not _only_within(cue, masked, scene + asides)
    )
    if kind == "definition" and asks and not names_asked and not KINDS["definition"].search(masked):
        kind = "number"  # "Well-Architected 리뷰 얼마나 걸려?": two words after a name ask its length, not what it is
    if "caution" in facets and _ANTI_PATTERNS.search(text):
        # "anti-pattern about latency - what are we not supposed to do": the list of bad practices answers, each
        # item a thing not to do, not a sentence that warns
        facets = tuple(f for f in facets if f != "caution")
    if "frequency" in facets:  # "how many times a year": how often, not a number of things or a year
        facets = tuple(f for f in facets if f not in ("count", "date"))
    if "duration" in asks:  # "유효 기간 몇 년": a length of time, not the year something happened
        facets = tuple(f for f in facets if f != "date")
        if _HOW_MANY_UNITS.search(masked):  # "how many days back": a length of time, not a number of things
            facets = tuple(f for f in facets if f != "count")
    if "multiple" in asks:  # "비용 얼마나 늘어나? 몇 배?": how many times the cost, not an amount
        facets = tuple(f for f in facets if f != "price")
    if "end_date" in facets:  # "how long till it goes away", "종료까지 얼마나": the end date answers
        asks = tuple(a for a in asks if a != "duration")
    # ("…뭐뭐 있음? 영역마다 질문 하나씩이라던데": background; "정적 안정성(static stability)": its gloss is no remark)
    # (nor is chat's preface: "quick refresher, what are …")
    detail = _detail(_without_scene(_asking_part(PREFACE.sub(" ", masked, count=1), remarks=False)))
    own_service = any(m.entity.kind == "service" for m in mentions)
    wants_tool = bool(TOOL_ASKED.search(masked)) or (bool(MEANS_ASKED.search(masked)) and not own_service)
    # ("게임데이 할 때 쓰는 AWS 관리형 서비스 따로 있음?": "managed service" is the kind of thing asked for, a service,
    # not a subject of its own)
    kind_words = [m for m in mentions if m.entity.id in _SERVICE_KIND_TERMS]
    if not wants_tool and kind_words:
        unmasked = masked
        for m in kind_words:
            unmasked = unmasked[: m.start] + text[m.start : m.end] + unmasked[m.end :]
        if TOOL_ASKED.search(unmasked):
            wants_tool, mentions = True, tuple(m for m in mentions if m not in kind_words)
    return Question(
        text,
        lang,
        tuple(tokenize(text)),
        kind,
        facets,
        mentions,
        weak,
        negated,
        detail,
        asks,
        wants_tool,
        set_aside,
        aside_words(text, [(m.start, m.end) for m in (*found, *negated)]),
        only=tuple(dict.fromkeys(m.entity.id for m in mentions if _marked_only(m, text))),
        negative=lang == "ko" and states_negative(text),
        guessed_count=guessed,
        counted=counted,
    )


# what an answer is for, said after the question: "want to copy the format for ours", "trying to size the session"
_PURPOSE = re.compile(
    r"[\s?.!,-]*(?:(?:i|we)\s+)?(?:want(?:s|ed)?\s+to|wanna|trying\s+to|need\s+(?:it\s+)?(?:to|for)|so\s+(?:i|we)\s+can"
    r"|(?:building|writing|making|preparing|drafting|planning)\s+(?:our|a|an|the|my)\b)",
    re.IGNORECASE,
)
# a statement about the asker's own lot: "we're cheap", "we don't run windows", "our team is tiny", "i'm new here"
_OWN_STATEMENT = re.compile(
    r"[\s?.!,-]*(?:we(?:'re|’re| are| were|'ve|’ve| have| don't| dont| do not| can't| cant| won't| wont)|i(?:'m|’m| am)"
    r"|our (?:team|company|org|budget|shop|startup)\b"
    # (or what the asker heard, said after the question: "can we use AWS Academy …? heard it's free training")
    r"|(?:i\s+)?heard\b|apparently\b|supposedly\b)",
    re.IGNORECASE,
)
# a thing of the asker's own: "an e-comm marketplace", "our own marketplace", "my little saas marketplace"
_OWN_THING = re.compile(r"\b(?:an?|our|my)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_SCENE_ITEMS = ("principle", "area")  # a pillar's things, which a scene may name in passing
_SERVICE_KIND_TERMS = ("managed-service",)  # glossary terms that name a kind of AWS service

_PILLAR_OF_PREFIX = {prefix: pid for pid, prefix in PILLAR_PREFIX.items()}


def with_id_pillars(q: Question, aliases: AliasTable) -> Question:
    """An earlier turn as a topic: "COST03 wants costs allocated to owners - what do we use?" names the pillar of
    its question id, so the turn after it ("and the anti-pattern if we skip that?") is about that pillar too. (The
    turn itself is answered by the id alone: the pillar's name would pull its general passages in.)"""
    if any(m.entity.kind == "pillar" for m in q.mentions):
        return q
    ids = question_ids(q.text)
    pillars = (aliases.entities.get(_PILLAR_OF_PREFIX[qid.rstrip("0123456789")]) for qid in ids)
    names = list(dict.fromkeys(e.en for e in pillars if e))
    # and its area ("그거 속한 영역에 질문 몇개"): the area entity whose question ids hold it
    names += list(dict.fromkeys(e.en for qid in ids if (e := aliases.area_of(qid))))
    # (named in words, so a topic carried as text keeps it)
    return read_question(f"{' '.join(names)} {q.text}", aliases) if names else q


_PRINCIPLE_WORD = re.compile(r"원칙|원리|\bprinciples?\b", re.IGNORECASE)
_DESCRIBING_WORD = re.compile(r"[A-Za-z]{4,}|[가-힣]{2,}")
_NOT_DESCRIBING = frozenset(
    ["your", "with", "from", "into", "that", "this", "them", "they", "their", "what", "which", "about"]
    + ["principle", "principles", "원칙", "원리", "설계"]
)
_DESCRIBED_WORDS = 2  # words of the name said in the description, at least; and half of the name's words
_PREFIX_EN, _PREFIX_KO = 5, 2  # "guess"/"guessing", "사람"/"사람에게서": one word by its first letters
_KO_ENDINGS = frozenset("고게은는기이히한하운워")


def _describes_too(m: Mention) -> bool:
    """An everyday word that may name an area ("데이터") may be how a description says it ("데이터를 사람에게서
    떨어뜨리라는"); a name found whole ("데이터 보호 영역", "모범 사례") is that thing."""
    return m.weak


def _describing_words(text: str) -> list[re.Match[str]]:
    words = _DESCRIBING_WORD.finditer(without_particles(text))
    return [w for w in words if w.group(0).casefold() not in _NOT_DESCRIBING]


def _same_word(a: str, b: str) -> bool:
    korean = _SYLLABLE.match(a) is not None
    n = _PREFIX_KO if korean else _PREFIX_EN
    if korean != (_SYLLABLE.match(b) is not None) or len(a) < n or len(b) < n:
        return False
    if korean and a[0] == b[0] and a[1] in _KO_ENDINGS and b[1] in _KO_ENDINGS:
        return True  # "작고", "작게": one stem, two endings
    return a[:n].casefold() == b[:n].casefold()


def _described_principles(mentions: tuple[Mention, ...], text: str, aliases: AliasTable) -> tuple[Mention, ...]:
    """ "데이터를 사람에게서 떨어뜨리라는 원칙", "the principle about not guessing capacity": a principle asked for
    by what it says, not by its name, is the one (or the same-named ones of several pillars) whose name's words the
    description says most of: at least two, and half of them. Words of names already found do not count."""
    if not _PRINCIPLE_WORD.search(text) or any(m.entity.kind == "principle" for m in mentions):
        return mentions
    taken = [(m.start, m.end) for m in mentions if not _describes_too(m)]
    # (a quoted phrase is a name as the asker has it, perhaps an old one: "'관리형 … 서비스로 소유비용 줄이기'")
    taken += [m.span(1) for m in _QUOTED.finditer(text)]
    said = []  # (the description's words, where the typed text has them)
    for w in _describing_words(text):
        at = text.find(w.group(0))
        if at >= 0 and not any(a <= at < b for a, b in taken):
            said.append((w.group(0), at))
    scored = []
    for entity in aliases.entities.values():
        if entity.kind != "principle":
            continue
        best: list[tuple[str, int]] = []
        for name in {entity.en, entity.ko} - {""}:
            words = [w.group(0) for w in _describing_words(name)]
            matches = (next((s for s in said if _same_word(w, s[0])), None) for w in words)
            hit = [s for s in matches if s is not None]
            if len(hit) >= _DESCRIBED_WORDS and len(hit) * 2 >= len(words) and len(hit) > len(best):
                best = hit
        if best:
            scored.append((best, entity))
    top = max((len(h) for h, _ in scored), default=0)
    found = [(h, e) for h, e in scored if len(h) == top]
    if not found:
        return mentions
    spans = [(min(at for _, at in hit), max(at + len(w) for w, at in hit)) for hit, _ in found]
    # (the term or area said in the description is part of it, no subject of its own)
    out = [m for m in mentions if not (_describes_too(m) and any(a <= m.start < b for a, b in spans))]
    out += [Mention(entity, a, b, text[a:b]) for (_, entity), (a, b) in zip(found, spans, strict=True)]
    return tuple(sorted(out, key=lambda m: m.start))


def _principles_of(mentions: tuple[Mention, ...], text: str, aliases: AliasTable) -> tuple[Mention, ...]:
    """ "지속가능성 쪽은 원칙 몇개고 뭐뭐야": "원칙" apart from the pillar's name asks for that pillar's (design)
    principles; right after it ("보안 원칙") it is the pillar's own name."""
    principle = aliases.get("design-principle")
    pillars = [m for m in mentions if m.entity.kind == "pillar"]
    if principle is None or len(pillars) != 1 or pillars[0].text.casefold() in ("원칙", "pillar"):
        return mentions
    out = []
    for m in mentions:
        apart = m.start > pillars[0].end and text[pillars[0].end : m.start].strip()
        if m.entity.id == "pillar" and m.text in ("원칙", "원칙들") and apart:
            m = Mention(principle, m.start, m.end, m.text)
        out.append(m)
    return tuple(out)


# A program that holds the others (APN holds Competency, Navigate, MSP…): never a sibling to swap or set apart
UMBRELLAS = frozenset({"aws-partner-network"})
# the framework's own words: what a question is about in general, never an item a plan includes or a sibling
FRAMEWORK_WORDS = ("pillar", "well-architected-framework", "well-architected-tool", "workload")


def _kind_words_dropped(mentions: tuple[Mention, ...], text: str) -> tuple[Mention, ...]:
    """ "지속가능성 필러", "비용 최적화 pillar": the word "pillar" right after a pillar's name says what kind of thing
    the name is; it asks nothing of the pillars in general (no list of them)."""
    named_ends = {m.end for m in mentions if m.entity.kind == "pillar" and m.entity.id != "pillar"}
    return tuple(
        m
        for m in mentions
        if not (
            m.entity.id == "pillar"
            and any(not text[end : m.start].strip() for end in named_ends if end <= m.start)
            # ("성능 효율성 필라 원칙": the pillar's principles, which its word before "원칙" says are asked)
            and not _PRINCIPLES_AFTER.match(text[m.end :])
        )
    )


_PRINCIPLES_AFTER = re.compile(r"\s*(?:원칙|principles?)", re.IGNORECASE)
_CONFIRM = re.compile(
    r"\b(?:confirm|verify|double[- ]check|is (?:that|this|it) (?:right|correct|true)|right\?|correct\?|true\?)"
    r"|맞(?:아|나|음|지|죠|는지|는거)|확인\s*(?:해|좀|부탁|가능)|사실(?:임|인가|이야)",
    re.IGNORECASE,
)
# a figure asked for, or whether one fits a budget: "exact number pls", "the actual total", "do we fit?", "예산 안에?"
_FIGURE_REQUEST = re.compile(
    r"\b(?:exact|actual|real)\s+(?:number|figure|amount|total|cost|price|bill)s?\b|\bnumbers?\s+(?:pls|please)\b"
    r"|\bdo(?:es)? (?:we|it|that) fit\b|\bwithin (?:the |our )?budget\b"
    r"|예산\s*(?:안|내|이내)|정확한\s*(?:금액|숫자|요금)",
    re.IGNORECASE,
)
_PILLAR_WORD_END = re.compile(r"(?:필러|필라|pillar)$", re.IGNORECASE)


def _principles_of_the_pillar(mentions: tuple[Mention, ...], text: str, aliases: AliasTable) -> tuple[Mention, ...]:
    """ "보안 필러 원칙 뭐뭐임", "성능 효율성 필라 원칙": after a pillar and the word "pillar", "원칙" is the pillar's
    design principles (Korean names a pillar "… 원칙" too, so alone it would be the pillar again)."""
    entity = aliases.entities.get("design-principle")
    named = any(m.entity.kind == "pillar" and m.entity.id != "pillar" for m in mentions)  # (not "필라 원칙 몇개?")
    if entity is None or not named or any(m.entity.id == "design-principle" for m in mentions):
        return mentions
    for m in mentions:
        ends_pillar = m.entity.id == "pillar" or (m.entity.kind == "pillar" and _PILLAR_WORD_END.search(m.text))
        after = _PRINCIPLES_AFTER.match(text, m.end)
        if ends_pillar and after:
            start = after.end() - len(after.group(0).strip())
            said = Mention(entity, start, after.end(), text[start : after.end()])
            return tuple(sorted((*mentions, said), key=lambda x: x.start))
    return mentions


def list_phrase(q: Question) -> list[str]:
    """The words a list question names its things by, the noun as `list_noun` gives it ("what access levels …" ->
    ["access", "level"]): a heading that holds them all is about those things, not another kind's ("Risk levels")."""
    noun = list_noun(q)
    found = LIST_NOUN.search(q.typed or q.text) if noun else None
    if found is None:
        return []
    before = found.group(0).split()[1:-1]  # (between "which"/"what" and the noun)
    return [*(w.casefold() for w in before if w.casefold() not in _FILLER_BEFORE_NOUN), noun]


_FILLER_BEFORE_NOUN = frozenset({"the", "a", "an", "of", "kinda", "kind", "sort", "main", "other", "different"})


def list_noun(q: Question) -> str:
    """The noun a list question asks for its things by ("which DR strategies …" -> "strate"), as the letters that
    name it in any of its forms; "" for any other question."""
    noun = LIST_NOUN.search(q.typed or q.text) if q.kind == "list" else None
    if noun is None:
        return ""
    word = next(g for g in noun.groups() if g).casefold()  # (a short one without its plural "s": "types" is "type")
    return word[:LIST_NOUN_STEM] if len(word) > LIST_NOUN_STEM else word[:-1]


def which_kind(q: Question | None) -> str:
    """The kind of subject a question asks to be picked ("which pillar…", "which plan gives…", "and the newest
    pillar?"), naming none of its members itself; else ""."""
    if q is None:
        return ""
    if WHICH_PILLAR.search(q.text) and not any(p != "pillar" for p in q.of_kind("pillar")):
        return "pillar"
    if WHICH_PLAN.search(q.text) and not q.of_kind("plan"):
        return "plan"
    return ""


def with_context(q: Question, kinds: set[str]) -> Question:
    """`q` with its weak names promoted where the conversation is already about that kind of entity."""
    promoted = tuple(m for m in q.weak if m.entity.kind in kinds)
    if not promoted:
        return q
    mentions = tuple(sorted((*q.mentions, *promoted), key=lambda m: m.start))
    rest = tuple(m for m in q.weak if m not in promoted)
    return replace(q, mentions=mentions, weak=rest)


# "other than security and reliability": names joined to a name set aside are set aside too
_JOINED = re.compile(r"^\s*(?:,|/|&|and|or|이랑|랑|과|와|이나|나)?\s*$", re.I)
# "X 대신" asks what replaces X; "엔터프라이즈는 아님" (as a closing remark) sets X aside
_NOT_AFTER = re.compile(
    # ("마일스톤 100개 말고": a figure of it may stand between the name and the word that sets it aside)
    # ("developer 플랜 말고": the kind word after the name sets nothing else aside)
    # ("클라우드 재무관리(CFM) 말고": its acronym or other name in brackets may follow the name)
    r"^\s*(?:\([^()]{1,30}\)\s*)?(?:\d[\d,]*\s*[가-힣]{0,2}\s*)?(?:(?:플랜|서포트|support|plan|필러|필라|pillar)\s*)?"
    # ("SUS01 리전선택 ㄴㄴ 그거 말고": a chat "no" and a pointer at the name may stand between)
    r"(?:(?:ㄴ+|no|nope)\s*,?\s*(?:(?:그거|그건|그것|그게)\s*)?)?"
    # ("prod 다운까진 아니고 느려진 정도면": not that far)
    r"(?:(?:까진|까지는|까지)\s*(?=아니|말고|빼고))?"
    # ("mechanical sympathy는 아니까 빼고": a reason may stand before the word that sets it aside)
    r"(?:(?:은|는)?\s*[가-힣]{1,6}(?:니까|니깐|으니)\s*(?=빼고|말고|제외))?"
    r"(?:말고|빼고|아니고|제외하고|(?:은|는|이|가)?\s*아님(?!\s*\?)"
    r"|(?:은|는)?\s*아니(?:야|에요|고요)?\s*[.!]?\s*$"
    # ("TAM은 필요없고 …", "TAM 없어도 됨"): what the asker can do without
    r"|(?:은|는|이|가|도)?\s*(?:필요\s*(?:없|x)|안\s*필요|없어도\s*(?:됨|돼|되|상관|괜찮))"
    # ("그거 내년에도 있지? 온램프처럼 없어지는거 아니고?": a name held up for likeness is not what is asked about)
    r"|처럼|마냥|같이(?!\s*(?:쓰|써|사용|이용|구매|가입|들|묶)))"
)


def _facet_negated(cue: re.Pattern[str], masked: str, text: str) -> bool:
    """Every mention of the facet is set aside ("말고", "other than"): it is context, not what is asked. (The words
    around it are read unmasked: "besides competency, how many…" sets aside the Competency, not the count.)"""
    spans = [m.span() for m in cue.finditer(masked)]
    return bool(spans) and all(excluded_around(text, start, end) for start, end in spans)


# The words a Korean "말고/빼고" sets aside, back to the clause's start (at most four): the asker does not want them.
_SET_ASIDE_WORDS = re.compile(
    r"(?:(?<=^)|(?<=[?.!,;]\s)|(?<=[?.!,;]))(?:\s*[^\s?.!,;]+){1,4}\s*(?:말고|빼고|제외하고)(?![가-힣])"
)


_ASIDE_WORD = (
    r"(?!(?:what|which|how|who|where|when|why|are|is|do|does|did|can|could|should|would|will|there|pls|please|and"
    r"|or|but|so)\b)[A-Za-z][\w+-]*"
)
# "not the paid metrics thing", "besides the usual load test", "CloudWatch 지표 말고": a thing set aside in words
_ASIDE_EN = re.compile(
    # ("not interested in the region stuff", "don't care about pricing": set aside by a verb of attention)
    r"(?:\bnot\s+(?:the|a|an|our|counting)|\b(?:besides|except|excluding|other than|apart from)"
    r"|(?:\bnot|n['’]?t)\s+(?:really\s+)?"
    r"(?:interested in|asking about|looking at|talking about|care about|caring about))\s+"
    r"(?:(?:the|a|an|any|our)\s+)?"
    # (words joined by a slash are one: "the old consulting/technology partner labels"; a question word or a verb
    # of one starts the question: "besides the usual load test are there …")
    rf"((?:{_ASIDE_WORD}(?:\s+|\s*/\s*)){{0,4}}{_ASIDE_WORD})",
    re.IGNORECASE,
)
# (not a clause's ending before it: "운영 대행까지 맡길 거면 등급 말고" sets aside the tier alone)
_ASIDE_KO = re.compile(r"((?:[\w+-]+(?<![면고데])(?<!해서)(?<!라서)\s+)?[\w+-]+)\s*(?:말고|빼고|제외하고)")
_ASIDE_FILLER = frozenset({"thing", "things", "one", "ones", "stuff", "option", "usual", "pls", "please", "just"})


def aside_words(text: str, names: list[tuple[int, int]] = []) -> tuple[str, ...]:  # noqa: B006 (read only)
    """The content words of what the question sets aside in words; a phrase holding a name (at `names`) is set
    aside by that name already ("CloudWatch 지표 말고", "other than security")."""
    out: list[str] = []
    for found in (*_ASIDE_EN.finditer(text), *_ASIDE_KO.finditer(text)):
        if any(s < found.end(1) and found.start(1) < e for s, e in names):
            continue
        words = tokenize(found.group(1))
        out += [t for t in words if t not in _ASIDE_FILLER | DETAIL_STOP and (not t.isascii() or zipf(t) < COMMON_WORD)]
    return tuple(dict.fromkeys(out))


# "anti-pattern about latency", "흔한 실수": a list of bad practices asked, each item a thing not to do
_ANTI_PATTERNS = re.compile(r"anti-?\s?patterns?|안티\s?패턴|\bpitfalls?\b|\bmistakes?\b|실수", re.IGNORECASE)

_EXAMPLE_ASIDE = re.compile(
    r"\([^()]*(?:이런\s*(?:거|것|게)|같은\s*(?:거|것)|\s등|\betc\.?|\be\.g\.|\bfor example\b|\bsuch as\b)[^()]*\)", re.I
)


# examples given after the question's mark ("…챙겨야 돼? 한국어 지원이라든지 … 같은 거", "…? e.g. SLAs")
_EXAMPLES_AFTER = re.compile(
    r"(?<=[?？])[^?？]*(?:라든지|라던가|이라든가|든가|같은\s*(?:거|것|것들|거요|것들요)"
    r"|\be\.g\.|\bsuch as\b|\bfor example\b)[^?？]*$",
    re.IGNORECASE,
)


_USING = re.compile(r"(?:쓰|사용\s*하|이용\s*하|사용|이용)(?:는|고\s*있는|\s*중인)데")


def _detail(masked: str) -> tuple[str, ...]:
    """Tokens left once entity names and the words that only say what kind of answer is wanted are gone."""
    # ("검사 (유휴 로드밸런서 이런거) 다 못 보는거": an example in brackets illustrates; it is not what is asked)
    masked = _EXAMPLE_ASIDE.sub(" ", masked)
    # ("온램프 쓰는데 뭐 해야됨?": that the asker uses the thing is their situation, not a detail of what is asked)
    masked = _USING.sub(" ", masked)
    # ("the least questions", "젤 많은 거": which end of a scale is picked, said by the pick, not a detail; the
    # newest is no figure's end: the catalog's lists do not say which item came last)
    picks = (CHEAPEST, BIGGEST, SMALLEST)
    for cue in (*FACETS.values(), *KINDS.values(), *ASKED.values(), WH, FOLLOWUP, *picks, DEDICATED, ROUND_THE_CLOCK):
        masked = cue.sub(" ", masked)
    # ("apart from the 24/7 engineers", "서버리스 말고": what is set aside is not what is asked)
    masked = _ASIDE_KO.sub(" ", _ASIDE_EN.sub(" ", masked))
    # a lone Hangul syllable is a particle left behind ("티어는" less "티어")
    # a number is the facet's value ("in 2027", "$20,000"), not a subject of its own
    masked = UNIT_WORDS.sub(" ", _NEGATION.sub(" ", masked))
    masked = ENDING_END.sub("", without_particles(masked))
    return tuple(
        dict.fromkeys(
            t for t in tokenize(masked) if t not in DETAIL_STOP and not _SYLLABLE.fullmatch(t) and not t.isdigit()
        )
    )


def _joined_too(found: list[Mention], negated: list[Mention], text: str) -> tuple[Mention, ...]:
    """`negated` and the names joined right after one of them by "and", "or", a comma ("other than security and
    reliability"); before the set-aside one in Korean ("보안이랑 안정성 말고")."""
    out = list(negated)
    bare = []  # joined by a space alone
    pairs = list(zip(found, found[1:], strict=False))
    for a, b in pairs:
        joined = _JOINED.match(text[a.end : b.start]) and not re.search(r"[가-힣]", text[b.end : b.end + 3])
        if joined and a in out and b not in out:
            out.append(b)
    # (backwards: "Developer, Business, On-Ramp 말고" sets aside each name before the one the word follows)
    back: list[Mention] = []
    for a, b in reversed(pairs):
        if (
            _JOINED.match(text[a.end : b.start])
            and b in out
            and a not in out
            and (_NOT_AFTER.match(text[b.end :]) or b in back)
            and a.entity.id not in _PILLAR_PARTS
            and not b.entity.id.startswith(f"{a.entity.id}/")  # ("지속가능성 리전 선택 말고": its pillar stays)
        ):
            out.append(a)  # ("모범사례 영역 리전 선택 말고": the kind asked for is not set aside with its member)
            back.append(a)
            if not text[a.end : b.start].strip():
                bare.append(a)
    if bare and len(out) == len(found):
        # "컴퓨트 옵티마이저 ec2 말고 분석해주는 리소스": a name before the set-aside one with a space alone is the
        # subject, when nothing else would be left to ask about
        out = [m for m in out if m not in bare]
    return tuple(sorted(out, key=lambda m: m.start))


# "온램프만", "SaaS만임?" (not "만들", "만큼", "만약", "만원"); "only on-ramp", "just the on-ramp", "on-ramp only"
_ONLY_AFTER = re.compile(r"\s?만(?![들큼약원])|\s+only\b", re.IGNORECASE)
_ONLY_BEFORE = re.compile(r"\b(?:only|just)\s+(?:the\s+)?$", re.IGNORECASE)


# The predicate's negation: "못 여는", "안 됨", "안돼", "없음?", "없는거 맞지" (not "안에", "잘못", "없이", "아닌")
_NEGATIVE_PREDICATE = re.compile(
    r"(?<![가-힣])(?:못|안)(?=\s|[되돼됨됌해함하들])|없(?:는|나|어|음|지|냐|니|죠|다|습|을)"
)


def states_negative(text: str) -> bool:
    """The last words of a Korean question (where its predicate stands) are negated, and not twice ("못 하는거
    아니지?" is left alone: which way it leans is unclear)."""
    asked = _asking_part(text, remarks=False)  # ("…안해주는거 맞지? ec2에 올린 거 물어볼라 했는데": the question's)
    tail = " ".join(re.split(r"[.!?,]\s+", asked.strip())[-1].split()[-3:])
    return bool(_NEGATIVE_PREDICATE.search(tail)) and "아니" not in tail


def _marked_only(m: Mention, text: str) -> bool:
    return bool(_ONLY_AFTER.match(text[m.end :]) or _ONLY_BEFORE.search(text[: m.start]))


def _is_negated(m: Mention, text: str) -> bool:
    """ "not enterprise, the on-ramp one" / "온램프 말고 TAM 주는 플랜": the negated name is not the subject."""
    return bool(
        NOT_BEFORE.search(text[: m.start]) or _NOT_AFTER.match(text[m.end :]) or _POINTED_ASIDE.match(text[m.end :])
    )


# "온램프는 곧 없어진다 해서 그건 말고": the name, a word on it, then a pointer back at it set aside
# (a clause on it in between, not "설계 원칙 그거 말고", which sets aside the whole topic the conversation lent, nor
# "SUS01 리전선택 ㄴㄴ 그거 말고", where the pointer is at the name right before it)
_POINTED_ASIDE = re.compile(r"[^?.!,]{1,25}?(?:다|서|데|니까)\s+(?:그건|그거|그것은?|걘|이건)\s*(?:말고|빼고|제외하고)")


# the endings that make an area's Korean name ("준비", "운영") the verb: "준비중인데", "운영하는", "준비해"
_VERB_AFTER = re.compile(r"\s*중(?:인|이|에|임)|하|해|했|한|할|된|되|돼|시키|시켜")

# "our security team's account", "보안팀", "the security folks": a team named after its work, not the pillar
# "the two pillars", "두 pillar", "both", "그 필러": the pillar word right after words that point back at named ones
_POINTED_PILLARS = re.compile(
    r"(?:\b(?:both|the two|these two|those two|the three|these|those)|두|세|둘|그|이)\s*$", re.IGNORECASE
)
_TEAM_AFTER = re.compile(
    r"(?:'s)?\s*(?:teams?|folks|guys|people|org|department|dept|팀|담당자|부서)(?![A-Za-z])", re.IGNORECASE
)


def _drop_suffixes(found: list[Mention], text: str) -> list[Mention]:
    """ "용량 추측 중단 원칙": 원칙 (pillar) right after a principle's or term's name is part of that name."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if (
            m.entity.id == "pillar"
            and prev is not None
            and prev.entity.kind in ("principle", "term", "area")
            and prev.entity.id not in ("well-architected-framework", "well-architected-tool")
            and (not text[prev.end : m.start].strip() or _NAME_WORD.fullmatch(text[prev.end : m.start]))
        ):
            continue  # ("단일 장애 지점 제거 원칙": one word between still names the principle)
        out.append(m)
    return out


_NAME_WORD = re.compile(r"\s+[가-힣]{1,3}\s+")


# what the answer is for, said after the question: "building our WAFR checklist", "for our onboarding deck"
_FOR_WHAT = re.compile(
    r"\s*[-–—,.]?\s*(?:(?:building|writing|making|preparing|drafting|updating)\s+(?:our|a|an|the|my)\b"
    r"|for\s+(?:our|a|an|the|my)\s+(?:\w+\s+)?(?:doc|docs|deck|slides?|checklist|report|wiki|runbook)\b)",
    re.IGNORECASE,
)
_TYPED_LIST = 3  # members typed one after another, at least, to be a list of the asker's own


def _typed_run(mentions: tuple[Mention, ...], text: str, kinds: set[str]) -> tuple[Mention, ...]:
    """ "필러 6개 운영 우수성/보안/안정성/… 이렇게 적었는데 맞음?": members of a kind typed one after another, only
    joiners between them, are the asker's list to check against the kind's, not subjects of their own (a member
    named again after the list, "지속가능성은 … 언제임?", still is)."""
    run: list[Mention] = []
    best: list[Mention] = []
    for m in sorted(mentions, key=lambda x: x.start):
        if m.entity.kind not in kinds or m.entity.id in MEMBERS:
            continue
        if run and not _JOINED.match(text[run[-1].end : m.start]):
            run = []
        run.append(m)
        best = run if len(run) > len(best) else best
    return tuple(best) if len(best) >= _TYPED_LIST else ()


def _checked_members(mentions: tuple[Mention, ...], text: str, masked: str) -> tuple[Mention, ...]:
    """Members of a kind whose list is asked, named only to be checked against it ("필러 뭐뭐 있는지 알려줘 ㅎㅎ
    지속가능성도 들어가?", "what are the pillars? is sustainability one of them?"): the list answers both, and the
    member is no subject of its own."""
    kinds = {MEMBERS[m.entity.id] for m in mentions if m.entity.id in MEMBERS}
    if kinds and (_CONFIRM.search(masked) or MISSING.search(masked)):
        typed = _typed_run(mentions, text, kinds)
        if typed:
            return typed
    if not kinds or not (KINDS["list"].search(masked) or ENUMERATE.search(masked)):
        return ()
    return tuple(
        m
        for m in mentions
        if m.entity.kind in kinds
        and (MEMBER_CHECK_AFTER.match(text[m.end :]) or MEMBER_CHECK_BEFORE.search(text[: m.start]))
    )


NOTES_CONTEXT = "notes_context"  # a facet label: the notes are named beside the question, not asked about


def _asking_part(text: str, remarks: bool = True) -> str:
    """The sentences up to the last question mark, when words follow it ("…뭐뭐임? 노트엔 셋뿐이던데"), without
    remarks in parentheses (`remarks`): what is said after the question or beside it only gives its background."""
    if remarks:
        bare = _ASIDE.sub(" ", text)  # "(노트는 옛날 이름이라)": a remark
        text = bare if bare.strip() else text
    head, mark, tail = text.rpartition("?")
    # (a tail that asks too is kept: "are the forums still a thing? where do basic plan ppl ask tech questions"; not
    # one that says what the answer is for: "when did it launch? trying to figure out how long it's been GA")
    asks_too = bool(WH.search(tail)) and not _WHY_TAIL.match(tail)
    text = head + mark if mark and head.strip() and tail.strip() and not asks_too else text
    # "공유 노트에 원칙이 5개밖에 없음. 6개 전부 뭐야?": a statement before the question is its background
    sentences = [x for x in re.split(r"(?<=[.!?])\s+", text) if x.strip()]
    asked = [x for x in sentences if x.rstrip().endswith("?")]
    if asked and sentences[-1] not in asked and WH.search(sentences[-1]) and not _WHY_TAIL.match(sentences[-1]):
        asked.append(sentences[-1])  # "…still a thing? where do basic plan ppl ask tech questions": asks too
    if not asked and len(sentences) > 1 and any(_ASKS.search(x) for x in sentences):
        # "신입 온보딩 슬라이드 만드는중. WA pillar … 구분해서 알려줘": a statement before the request is its scene;
        # so is one after it ("APN paths — list them pls. client procurement still writes 'consulting partner' …")
        asked = [x for x in sentences if _ASKS.search(x)]
    if asked and len(asked) < len(sentences):
        text = " ".join(asked)
    # "영문명 다 알려줘 노트엔 한글로만 적혀있음": what follows a request, and asks nothing, is said beside it
    request = _REQUEST_END.search(text)
    if request and "?" not in text[request.end() :]:
        text = text[: request.end()]
    # "다 나열해줘, 노트엔 US 전용 자격증도 있던데": a clause ending in a remark ("-던데", "-더라") sets the scene
    clauses = [c for c in re.split(r"(?<=[,.;!?])\s+", text) if c.strip()]
    kept = [c for c in clauses if not _REMARK_END.search(c)]
    return " ".join(kept) if kept and len(kept) < len(clauses) else text


def _without_scene(text: str) -> str:
    """ "cert 페이지 보다가 궁금한데 aws 자격증 레벨 몇 개로 나뉨?": a first clause that says where the asker wondered
    sets the scene, unless the question points back at it or the clause holds what is asked. (Its words are no
    detail asked; its names still name the subject.)"""
    scene = _SCENE_CLAUSE.match(text)
    if (
        scene
        and len(_WORD.findall(scene.group(2))) >= 2
        and not POINTER.search(scene.group(2))
        and not WH.search(scene.group(1))
    ):
        return scene.group(2)
    # ("WA 리뷰 준비 중인데 보안 pillar 설계 원칙 전부 알려주세요": what the asker is doing, said before a request that
    # names its own subject; not "WA 리뷰 처음 해보는데 보통 얼마나 걸림?", whose subject is in that clause, nor "…
    # 달려는데, 그거 …", which points back into it)
    lead = _LEAD_IN_CLAUSE.search(text)
    rest = text[lead.end() :] if lead else ""
    if (
        lead
        and len(_WORD.findall(rest)) >= 2
        and _BLANKED_NAME.search(rest)
        and not POINTER.search(rest)
        and not _POINTS_INTO.search(rest)
    ):
        return rest
    return text


# a name the masked text blanked out: a run of spaces between words (or before the first)
_BLANKED_NAME = re.compile(r"(?:^|\S)\s{2,}\S")
# "그거", "이게", "그건": what was just said
_POINTS_INTO = re.compile(r"(?<![가-힣])[이그](?:거|게|건|걸|것)")


# ("… 보다가 궁금한데", "궁금해서": the asker wondered while doing something; what they did is the scene)
_SCENE_CLAUSE = re.compile(r"^([^,?]*?궁금(?:한데|해서|해졌는데|한\s*게\s*있는데))\s+(\S.*)$", re.DOTALL)


def asking_part(text: str) -> str:
    """What a message asks, without what is said after the question or before it as its scene."""
    return _asking_part(text, remarks=False)


def after_question(text: str) -> tuple[int, int] | None:
    """Where words said after the question stand ("…지원 안해주는거 맞지? ec2에 올린 nginx 설정 물어볼라 했는데"):
    the scene, whose names are no subject the answer must hold."""
    asked = _asking_part(text, remarks=False).rstrip()
    # (the question may follow a greeting or a scene of its own: "안녕하세요, 재무팀입니다. … 며칠 남았나요? 전환
    # 품의 일정을 잡아야 해서요.")
    at = text.find(asked) if asked else -1
    if at < 0 or at + len(asked) >= len(text.rstrip()):
        return None
    return at + len(asked), len(text)


_ASIDE = re.compile(r"\([^()]*\)")
# what the answer is for, said after the question, whatever question word it holds: "trying to figure out how long…"
_WHY_TAIL = re.compile(
    r"[\s?.!,-]*(?:(?:i|we)(?:'m|’m| am|'re|’re| are)?\s+)?(?:trying\s+to|so\s+(?:i|we)\s+can"
    r"|(?:building|writing|making|preparing|drafting|planning)\s+(?:our|a|an|the|my)\b)",
    re.IGNORECASE,
)
# a sentence that asks or requests: a question word, or a request's ending ("알려줘", "정리해 주세요", "pls")
_REQUEST = r"(?:줘|줘요|주세요|줄래|줄래요|부탁해|부탁해요|부탁드려요)"
_ASKS = re.compile(rf"{_REQUEST}[.!~ㅋㅎ\s]*$|\b(?:pls|please|tell me|list)\b|{WH.pattern}", re.IGNORECASE)
# ("영문 이름 좀 ㅠ 노트엔 한글로만 적어놔서": a chat "please" with a sigh ends the request too)
_REQUEST_END = re.compile(rf"{_REQUEST}(?=[.!~,]*\s+\S)|좀\s*[ㅠㅜ]+(?=\s+\S)")
# a clause that gives the scene or a reason: "…던데", "…거든", "한글로만 적어놔서"
_REMARK_END = re.compile(
    r"(?:던데|는데|더라|더라고|거든|던데요|더라구요|더라고요|거든요|놔서|놓아서|둬서|두어서"
    # ("전환 품의 일정을 잡아야 해서요.", "보고용이라서": the reason it is asked)
    r"|해서요|라서|라서요|때문에|때문이에요|때문입니다"
    # ("… 열면 되는거지? 우리 엔터프 갈 거니까": why it is asked)
    r"|니까|니깐|니까요"
    # ("… 정리 부탁드려요. 다음 주 FinOps 회의 자료에 넣으려고요": what the answer is for)
    r"|려고|려고요|려구|려구요)[.!~ㅋㅎㅠㅜ]*\s*$"
)
# "노트엔 …라고만 적어놨는데, X-Ray는 어느 단계임?": the notes said in a clause before the comma set the scene
_REMARK_CLAUSE = re.compile(r"^[^,]*(?:던데|는데),\s+")
# ("노트에 … 이렇게만 써놨는데 ㅋㅋ 현행판 기준으로 계층 정확히 어디어디까지임?"): what the notes say, told in a clause
# before a question word asks of AWS
_NOTES_TOLD = re.compile(r"^[^?]*?(?:던데|는데|던데요|는데요)(?:\s*[ㅋㅎ]+)?(?:[,.]\s*|\s+)")


def _notes_then_asked(asked: str) -> bool:
    """The notes told in a clause, then a question word about AWS that names no notes ("…써놨는데 ㅋㅋ 현행판 기준으로
    어디어디까지임?"); not a yes or no, which asks whether the notes hold ("…적었는데 아직도 맞음?"), nor what they
    lack."""
    told = _NOTES_TOLD.match(asked)
    if told is None or not FACETS["notes"].search(asked, 0, told.end()):
        return False
    rest = asked[told.end() :]
    return (
        bool(WH.search(rest))
        and not FACETS["notes"].search(rest)
        and not MISSING.search(rest)
        and not _POINTS_INTO.search(rest)  # ("…써놨는데 이게 정확히 뭐임?": the notes' own line asked about)
    )


# a condition set before a comma: "…을 붙이면,", "if we add countdown premium for the launch month,"
# the end of something as the condition of what is asked: "온램프 없어지면", "once on-ramp is gone", "after it retires"
_END_CONDITION = re.compile(
    r"(?:없어지|사라지|종료되|끝나|폐지되)(?:고\s*나)?면|(?:없어진|종료된|끝난)\s*(?:후|뒤|다음)(?:에|엔)?"
    r"|\b(?:once|after|when|if)\s+(?:[\w-]+\s+){0,3}?(?:is\s+|are\s+|gets?\s+)?"
    r"(?:gone|retired|retires|ends|goes away|shut down|discontinued|sunset(?:s|ted)?)\b",
    re.IGNORECASE,
)
_CONDITION_CLAUSE = re.compile(r"[^,.?!]*면\s*,|\bif\b[^,.?!]*,", re.IGNORECASE)
# what the asker says they already know: "없어지는 건 아는데", "종료되는 거 알고 있는데", "(yes we know its going
# away)", "i know it ends in january"
KNOWN_CLAUSE = re.compile(
    r"[^,.?!()]*(?:(?:건|거|걸|것은?|줄|는\s*거)\s*(?:아는데|알지만|알고\s*있(?:는데|지만|음|어요)))"
    r"|\b(?:yes\s+|yeah\s+|ok\s+)?(?:we|i)\s+(?:already\s+)?know\b[^,.?!()]*",
    re.IGNORECASE,
)


# what a review's questions belong to: a question named after anything else is that thing's ("re:Post question")
_REVIEW_KINDS = ("pillar", "area", "principle")
# ("두 pillar 질문": the questions of the pillars)
_REVIEW_IDS = (
    "best-practice-area",  # ("인시던트 대응 영역 질문 번호": an area's questions)
    "lens",
    "custom-lens",
    "well-architected-framework",
    "well-architected-review",
    "well-architected-tool",
    "pillar",
)


def _review_questions(masked: str, found: list[Mention]) -> bool:
    """Some "question" word of the text is not right after the name of a thing other than the framework's parts."""
    for q in FACETS["questions"].finditer(masked):
        # (the name right before it: "각 영역 SEC 번호" numbers SEC's questions, not the area named before SEC)
        before = [m for m in found if m.end <= q.start() and not masked[m.end : q.start()].strip()]
        owner = max(before, key=lambda m: m.end, default=None)
        if owner is None or owner.entity.kind in _REVIEW_KINDS or owner.entity.id in _REVIEW_IDS:
            return True
    return False


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each span turned to spaces (offsets stay valid)."""
    out = list(text)
    for start, end in spans:
        out[start:end] = " " * (end - start)
    return "".join(out)


_PLAN_KINDS = ("plan", "severity")  # a weak severity ("critical") counts where a plan is the subject


_PILLAR_PARTS = ("best-practice-area", "design-principle", "pillar")  # a pillar and the things it has
# (and a best practice: "how many best practices … under the security pillar" names no "Automate security best
# practices")
_EVERY_PILLARS_WORDS = tuple(dict.fromkeys((*_PILLAR_PARTS, *FRAMEWORK_WORDS, "best-practice")))


def _other_pillars(m: Mention, found: list[Mention]) -> bool:
    """A weak area or principle name ("데이터") that belongs to another pillar than the one named ("보안 …
    민감 데이터") is an everyday word there, not Sustainability's Data area."""
    owner, _, item = m.entity.id.partition("/")
    named = {x.entity.id for x in found if x.entity.kind == "pillar" and not x.weak}
    # (so is a name read from a slip of the keys: "보안 … 데이터 관련" is no "데이터 관리" of Performance Efficiency)
    slipped = re.sub(r"\s+", "", m.text) not in {re.sub(r"\s+", "", n) for n in (m.entity.en, m.entity.ko) if n}
    return (
        (m.weak or (slipped and re.search(r"[가-힣]", m.text) is not None))
        and bool(item)
        and bool(named)
        and owner not in named
    )


def _areas_over_terms(found: list[Mention], aliases: AliasTable) -> list[Mention]:
    """ "보안 인시던트 대응 영역 질문 번호": a glossary term named like a pillar's best-practice area is that area where
    the question is about the framework (the area of the pillar named, or the only area of that name)."""
    pillars = {m.entity.id for m in found if m.entity.kind == "pillar"}
    out = []
    for m in found:
        areas = aliases.areas_named(m.entity) if m.entity.kind == "term" else []
        if pillars:
            areas = [a for a in areas if a.id.split("/")[0] in pillars]
        if not areas and pillars and m.entity.kind == "term" and m.entity.id not in _EVERY_PILLARS_WORDS:
            # "sec pillar … the traceability one": its principle ("workload", in every pillar's talk, names none)
            areas = _principles_naming(m.entity, pillars, aliases)
        out.append(replace(m, entity=areas[0]) if len(areas) == 1 else m)
    return out


def _principles_naming(term: Entity, pillars: set[str], aliases: AliasTable) -> list[Entity]:
    """The design principles of the named pillars whose name holds the term's ("Maintain traceability")."""
    names = [n.casefold() for n in (term.en, term.ko) if n]
    return [
        e
        for e in aliases.entities.values()
        if e.kind == "principle"
        and e.id.split("/")[0] in pillars
        and any(n in e.en.casefold() or (e.ko and n in e.ko.casefold()) for n in names)
    ]


def _framework_context(found: list[Mention], facets: tuple[str, ...]) -> bool:
    """A one-word area or principle name ("Data", "준비") counts beside a pillar, "area" or "principle"."""
    return "questions" in facets or any(
        not m.weak and (m.entity.kind == "pillar" or m.entity.id in _PILLAR_PARTS) for m in found
    )


def _plan_context(found: list[Mention], facets: tuple[str, ...], masked: str, text: str = "") -> bool:
    strong_plan = any(
        (m.entity.kind in ("plan", "severity") or m.entity.id in PLAN_FEATURES) and not m.weak for m in found
    )
    return (
        strong_plan
        or any(f in facets for f in _PLAN_CONTEXT)
        or bool(PLAN_WORDS.search(masked))
        or _plans_side_by_side(found, text)
    )


# between two plan names set side by side: "developer vs business", "dev/biz", "디벨로퍼랑 비즈니스"
_SIDE_BY_SIDE = re.compile(r"\s*(?:,|/|or|vs\.?|versus|랑|이랑|하고|와|과|아니면|또는)\s*", re.IGNORECASE)


def _plans_side_by_side(found: list[Mention], text: str) -> bool:
    """Two short plan names joined side by side name plans, without a plan word ("developer vs business: …")."""
    plans = sorted((m for m in found if m.weak and m.entity.kind in _PLAN_KINDS), key=lambda m: m.start)
    return any(
        a.entity.id != b.entity.id and _SIDE_BY_SIDE.fullmatch(text[a.end : b.start])
        for a, b in zip(plans, plans[1:], strict=False)
    )


# Korean native numerals as said before a counter ("다섯 개", "세 가지"), from two up, with the forms said alone
_KO_NUMBERS = {
    **{w: n for w, n in _KO_NATIVE_ONES.items() if n >= 2},
    **{"둘": 2, "셋": 3, "넷": 4, "열": _KO_NATIVE_TENS["열"]},
}
_EN_NUMBER = r"\d{1,3}|" + "|".join(w for w, n in EN_ONES.items() if n >= 2)
_KO_NUMBER = r"\d{1,3}|" + "|".join(_KO_NUMBERS)
_AGREE = r"(?:right|correct|yeah|yes|ya|yep|isn'?t it|aren'?t (?:there|they)|true|no)"
# "has 5 pillars right?", "there are six design principles, correct?": a number, the plural it counts, a question
_GUESS_EN = re.compile(
    rf"(?<![\w$.,/-])({_EN_NUMBER})\s+((?:[a-z-]+\s+){{0,2}}?[a-z-]{{3,}}s)\b[\s,—-]*(?:\?|{_AGREE}\b\s*(?:\?|$))",
    re.IGNORECASE,
)
# "pillar 5개 맞지?", "설계원칙 여섯 가지 아님?", "질문 57개임?": a number of things, held up to be confirmed
_GUESS_KO = re.compile(
    rf"(?<![\d.,])({_KO_NUMBER})\s?(?:개|가지)\s*(?:(?:뿐|밖에|만|이|가|인)\s*)?"
    r"(?:맞|아니|아냐|아님|아닌|인가|인지|이지|이죠|이야|이잖|임\b|임\?|야\?|지\?|죠\?|잖|\?)"
)
_COUNTED_KO = re.compile(r"^\s*(?:은|는|이|가|도|만|의|에는|엔)?\s*(?:총|모두|전부|다|딱)?\s*$")


def guessed_count(text: str, mentions: tuple[Mention, ...]) -> tuple[int, str] | None:
    """The number the asker guesses of a kind of things, to be confirmed ("WA pillar 5개 맞지?", "WA has 5 pillars
    right?"), with the kind counted ("questions" for review questions): the kind is named right at the number (a
    name of a list the catalog holds, or review questions), so a figure of the asker's own ("we have 3 accounts?")
    guesses nothing."""
    kinds = [m for m in mentions if m.entity.id in MEMBERS]
    for found in _GUESS_EN.finditer(text):
        noun = found.span(2)
        named = [m for m in kinds if m.start < noun[1] and m.end > noun[0]]
        if named or re.search(r"\bquestions\b", found.group(2), re.IGNORECASE):
            return _number(found.group(1)), named[0].entity.id if named else "questions"
    for found in _GUESS_KO.finditer(text):
        before = text[: found.start()]
        # ("pillar 5개", "설계원칙은 총 6개", "질문 57개": the kind, then its number)
        named = [m for m in kinds if _COUNTED_KO.match(before[m.end :])]
        if named or before.rstrip().endswith("질문"):
            return _number(found.group(1)), named[0].entity.id if named else "questions"
    return None


def _number(said: str) -> int:
    return int(said) if said.isdigit() else _KO_NUMBERS.get(said) or EN_ONES[said.casefold()]


def listable_ids(mentions: tuple[Mention, ...]) -> bool:
    return any(m.entity.id in LISTABLE for m in mentions)


_TARGET_ONE = re.compile(
    r"\d\s*-?\s*(?:min(?:ute)?s?|분|h(?:ou)?rs?|hours?|시간)\s*(?:짜리|(?:one|target|sla)s?\b)", re.I
)
_TARGET_SAID = re.compile(r"\d\s*-?\s*(?:min(?:ute)?s?|h(?:ou)?rs?|hours?)\b", re.IGNORECASE)
_PER_ITEM = re.compile(r"마다|씩|별로|\beach\b|\bper\b", re.IGNORECASE)
# ("FIS 요금은 어떻게 매겨짐?": how a price is set is a price's question)
_HOW_MUCH = re.compile(
    r"얼마(?!나|\s*마다|\s*동안|\s*만에)|how much|어떻게\s*(?:매겨|책정|계산|부과)",
    re.IGNORECASE,
)


_AUX = (
    r"(?:is|are|isn't|aren't|was|wasn't|were|does|doesn't|do|don't|did|didn't|can|can't|could|should|shouldn't"
    r"|will|won't|would|has|have|hasn't|haven't)"
)
# a clause that asks yes or no: "…, does that also mean…?", "isn't X basically…?", "safe to just deploy it?"
_YESNO_CLAUSE = re.compile(
    rf"^(?:so|and|but|or|then|also)?\s*(?:{_AUX}\s+\w|(?:is it |it's |its )?(?:safe|ok|okay|fine|allowed) to\b)",
    re.IGNORECASE,
)
# a statement turned into a question: "…should take 10 min right?", "…or nah?"
_TAG_QUESTION = re.compile(r"\b(?:right|correct|true|yeah|or not|or nah|isn't it|aren't they)\s*\?+\s*$", re.I)
_SENTENCES = re.compile(r"(?<=[.?!])\s+")
_CLAUSES = re.compile(r"(?<=[;:])\s+|\s[-–—]+\s|,\s+")


def _asks_yes_or_no(masked: str) -> bool:
    """An English question whose asking sentences (those with a question mark, and the last) hold no question word
    and one clause, wherever it stands, that is a yes/no one. ("found an entry that does what we need. safe to
    deploy it?": the scene is set in a statement.)"""
    if re.search(r"[가-힣]", masked):
        return False
    sentences = [x.strip() for x in _SENTENCES.split(masked.strip()) if x.strip()]
    asking = [x for i, x in enumerate(sentences) if x.endswith("?") or i == len(sentences) - 1]
    if not asking or any(WH.search(x) for x in asking):
        return False
    return any(
        _TAG_QUESTION.search(x) or any(_YESNO_CLAUSE.match(c.strip()) for c in _CLAUSES.split(x)) for x in asking
    )


# "요금에 포함임?", "included in the price?": whether a thing comes with a price, which no figure answers
_IN_THE_PRICE = re.compile(
    r"(?:요금|가격|비용|금액)\S{0,3}\s*(?:다\s*)?포함"
    r"|\binclud\w*\s+(?:in|with)\s+(?:the\s+|our\s+|that\s+|its\s+)?(?:[\w+-]+\s+){0,3}(?:price|cost|fee)s?\b",
    re.IGNORECASE,
)

# (the number rule in `_kind` also counts a how-often as a figure, the yes/no clause rule does not)
_BUDGET = re.compile(r"budget|예산", re.IGNORECASE)


_MIN_OR_MAX = re.compile(r"최소|최대|최저|하한|상한|\bminimum\b|\bmaximum\b|\bmin\b|\bmax\b", re.IGNORECASE)


def bare_how_much(text: str) -> bool:
    """A price read only from a bare "얼마" ("온램프는 얼마였지"): how much of whatever is being talked about, which is
    a price only when nothing else measured is."""
    return (
        bool(FACETS["price"].search(text))
        and not FACETS["price"].search(text.replace("얼마", " "))
        and not _PRICED_HOW_MUCH.search(text)
    )


# ("월 얼마 추가됨?", "한달에 얼마 나옴?": how much a month, or how much more to pay, is a price whatever else is asked)
def _after_response(text: str) -> bool:
    """The bare "얼마" comes after the response time is asked."""
    how_much, response = text.find("얼마"), FACETS["response"].search(text)
    return response is not None and how_much > response.start()


# ("비용은 얼마임?": how much of the cost named right before it)
_PRICED_HOW_MUCH = re.compile(
    r"(?:월|한\s*달에?|매달|달에|monthly)\s*얼마|얼마\s*(?:추가|더|내|들|나와|나옴|나가|나감|씩)"
    r"|(?:비용|요금|가격|금액|돈)(?:은|는|이|가)?\s*얼마"
)


# a label before the question ("WA Tool question: …", "quick q - …", "security pillar q:"): no review question asked
_LABEL = re.compile(r"^\s*(?:[\w+-]+\s+){0,3}(?:questions?|q)\s*[:\-–—]\s", re.IGNORECASE)
# two things joined right before "차이" (the difference): "A랑 B 차이", "A와 B의 차이점"
# "is a lens the same thing as a pillar?", "TAM이랑 프로서브 같은거임?": two things asked to be told apart
SAME_AS = re.compile(
    r"\bsame (?:thing |\w+ )?as\b|\bthe same thing\b|\binterchangeable\b"
    r"|(?:랑|이랑|과|와|하고)\s+(?:\S+\s+){0,3}(?:같은|똑같은|동일한)\s*(?:거|것|건|게|말|개념)",
    re.IGNORECASE,
)
_SIDES = re.compile(
    r"[^\s,.?!]+\s*(?:이랑|랑|하고|vs\.?)\s*[^\s,.?!]+(?:\s+[^\s,.?!]+)?\s*(?:의\s*)?(?:차이|다른\s*점)"
)
# "what risk levels can a question get?": the plural that asks for several is part of the name asked about
_NAMED_PLURAL = re.compile(r"\b(?:what|which) (?:[\w-]+ )?(?:types|kinds|formats|categories|levels)\b", re.I)


# a thing to pick asked for: "뭐 써야됨", "어떤 플랜", "which plan should we get"
_WHICH_THING = re.compile(
    r"뭐\s*(?:써|쓰|사용|골라|고르|가입|해야)|뭘\s*(?:써|쓰|골라|고르)|(?:어떤|어느)\s*(?:플랜|거|걸|것)"
    r"|\bwhich (?:plan|one|tier|option)\b|\bwhat (?:plan|should (?:we|i) (?:use|get|pick|buy))\b",
    re.IGNORECASE,
)


_OPENER = re.compile(r"^[^:?]{3,60}:\s+(?=\S)")  # "finance is asking: …", "new hire here: …"
_YES_NO_START = re.compile(
    r"\s*(?:is|are|does|do|can|should|will|has|have|did|was)\s+(?:there|it|they|we|i|my|our|the|a|an)\b", re.I
)


def _kind(masked: str, asked: str, facets: tuple[str, ...], mentions: tuple[Mention, ...], text: str = "") -> str:
    """`asked`: the asking part of `masked` (what is said around the question compares nothing); `text`: the
    question with its names, which the masked one blanks out."""
    cues = {label for label, cue in KINDS.items() if cue.search(masked.strip())}
    at = masked.find(asked) if asked.strip() else -1
    mark = masked.find("?", at) if at >= 0 else -1  # (what follows the first question mark of the asking part)
    rest = masked[mark + 1 :] if mark >= 0 else masked[at + len(asked) :] if at >= 0 else ""
    # (not before another question that asks a figure: "can the lookback go longer? how long, and does it cost extra"
    # asks a length; "is it basically just a load test? also how do i make FIS stop …" is a yes/no first)
    figure_after = WH.search(rest) and (
        any(FACETS[f].search(rest) for f in FIGURE_FACETS) or any(cue.search(rest) for cue in ASKED.values())
    )
    if at >= 0 and KINDS["yesno"].search(asked.strip()) and not figure_after:
        cues.add("yesno")  # ("…따로 붙는 거야? 우리 계정 5개 돌리는데": asked yes or no, whatever the remark after it)
    if _NAMED_PLURAL.search(text):
        cues.add("list")
    # ("최소 계약금액 같은거 있음?", "is there a minimum contract value?": the amount, if there is one)
    if "price" in facets and _MIN_OR_MAX.search(masked):
        return "number"
    # ("finance is asking: does the WA tool itself cost anything …? need to put it in the budget sheet", "we save a WA
    # tool milestone every sprint lol. is there a max number …?": the question after an opener or a scene, as typed,
    # where the asking part starts a sentence (not after a name the masked text blanks out: "on-ramp was a flat 10%
    # …"), unless a figure is asked after it
    starts = at >= 0 and len(text) == len(masked) and (not text[:at].strip() or text[:at].rstrip()[-1] in ".!?:")
    own = text[at : at + len(asked)] if starts else ""
    opened = masked if figure_after or not own else _OPENER.sub("", own, count=1)
    if SAME_AS.search(asked) and len({m.entity.id for m in mentions}) >= 2:
        return "definition"  # "is a lens the same thing as a pillar?": what each is says how they differ
    if any(_YES_NO_START.match(said) for said in (masked, opened)) and not listable_ids(mentions):
        return "yesno"
    # (a figure asked yes or no, "…, does it cost extra?", stays a figure's question: its answer has that shape)
    if _asks_yes_or_no(masked) and not listable_ids(mentions) and not FIGURE_FACETS & set(facets):
        return "yesno"
    if _asks_yes_or_no(masked) and set(facets) & FIGURE_FACETS == {"response"} and _TARGET_SAID.search(masked):
        return "yesno"  # "does BS+ have the 15 minute one too?": the time is stated, whether the plan has it asked
    if "yesno" in cues and WH.search(masked) and not re.match(r"\s*(?:is|are|does|do|can)\b", masked, re.I):
        cues.discard("yesno")
    kinds = {m.entity.kind for m in mentions}
    listable = any(m.entity.id in LISTABLE for m in mentions)
    # ("how do I share … with their account? they sit in a different region btw": the scene compares nothing)
    compared = "comparison" in cues and bool(KINDS["comparison"].search(asked))
    # ("classroom training이랑 private training 차이가 뭐야?": two sides joined right before the difference asked,
    # named or not)
    if compared and (len({m.entity.id for m in mentions}) >= 2 or "vs" in masked.casefold() or _SIDES.search(text)):
        return "comparison"
    # ("필러 전부 합치면 질문 몇개?": a count of questions, which the pillars only scope; "영역마다 몇개씩": a list)
    if "count" in facets and (not listable or ("questions" in facets and not _PER_ITEM.search(masked))):
        return "list" if ENUMERATE.search(masked) else "number"
    # ("그 영역들 중에 저장 데이터 암호화 다루는 건 몇 번 질문이야?": one of the things, picked by what it covers)
    # ("그중 젤 최근에 생긴게 뭐임": the list, its newest first)
    picks = bool(AMONG.search(masked)) and "list" not in cues and not (PICK.search(masked) or NEWEST.search(masked))
    if listable and not picks and ("list" in cues or "definition" in cues or "yesno" not in cues):
        return "list"
    if "yesno" in cues and not WH.search(masked) and re.search(r"[가-힣]", masked):
        return "yesno"  # "응답 시간은 문제 해결까지 걸리는 시간이야?": a figure's topic, asked yes or no
    # ("풀로 보려면 뭐 써야됨? 내년에도 확실히 남는 걸로": which plan, one still there next year; no date asked)
    kept = set(facets) & FIGURE_FACETS == {"end_date"} and STILL_THERE.search(masked) and _WHICH_THING.search(masked)
    if (
        (FIGURE_FACETS | {"frequency"}) & set(facets)
        and not kept
        and ("howto" not in cues or ("price" in facets and _HOW_MUCH.search(masked)))
    ):
        return "number"  # "참여하려면 비용 얼마 들어?": the condition is a how-to's, the question a price's
    if "howto" in cues:
        return "howto"
    if "list" in cues or ("tiers" in facets and "definition" not in cues):
        return "list"  # "aws certification levels?": the levels, as a list
    if "yesno" in cues and facets:
        return "yesno"
    # (a name and a word or two, "온램프 뭐임", is what it is; "온램프 쓰는데 뭐해야됨?" asks what to do about it)
    if "definition" in cues or (mentions and len(masked.split()) <= 2 and kinds and "action" not in facets):
        return "definition"
    if "yesno" in cues:
        return "yesno"
    return "other"
