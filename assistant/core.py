"""The Python API: `Assistant.load()` once, then `ask` and `retrieve` many times."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from assistant.answer.chain import build_chain, rewrite
from assistant.answer.compose import Composer, OfflineComposer
from assistant.answer.facts import Knowledge
from assistant.errors import BadQuestion
from assistant.knowledge.aliases import AliasTable, load_aliases
from assistant.messages import bilingual
from assistant.recommend.types import Recommendation
from assistant.retrieval.closeness import closeness
from assistant.retrieval.embedder import make_spaces
from assistant.retrieval.retriever import DocumentRetriever, HybridRetriever
from assistant.retrieval.store import StoreReader
from assistant.settings import Settings, load_settings
from assistant.types import Answer, Citation, Retrieval, Turn
from assistant.unicode_input import require_valid_unicode


def check_question(question: str, limit: int) -> str:
    """The question, stripped; empty or over-long questions get a message that says what to do."""
    if question is None or not question.strip():
        raise BadQuestion(bilingual("errors.question.empty"))
    q = require_valid_unicode(question.strip(), "The question")
    if len(q) > limit:
        raise BadQuestion(bilingual("errors.question.too_long", n=len(q), limit=limit))
    return q


class Assistant:
    def __init__(
        self,
        settings: Settings,
        retriever: HybridRetriever,
        composer: Composer,
        aliases: AliasTable | None = None,
        knowledge: Knowledge | None = None,
    ):
        self.settings = settings
        self.retriever = retriever
        self.aliases = aliases or load_aliases(settings.corpus)
        self.knowledge = knowledge or Knowledge.load(settings.corpus)
        self.composer = composer
        if isinstance(composer, OfflineComposer) and composer.aliases is None:
            composer.aliases = self.aliases
        use = next((space for space in retriever.spaces if space.name == "use"), None)
        if isinstance(composer, OfflineComposer) and composer.across is None and use is not None:
            composer.across = closeness(use)
        # the answer path as an LCEL runnable: invoke / batch give an Answer, stream gives text then the Answer
        self.chain = build_chain(retriever, composer, settings.top_k, self.aliases, self.knowledge, router=self._route)

    @classmethod
    def load(
        cls, settings: Settings | None = None, composer: Composer | None = None, spaces: list | None = None
    ) -> Assistant:
        """Open the store and index its chunks; models load on the first question (or `warm()`).

        `spaces`: embedding spaces already loaded (a server reloading after a rebuild keeps its models).
        """
        settings = settings or load_settings()
        spaces = spaces or make_spaces(
            settings.embeddings,
            settings.threads,
            settings.state_dir / "models",
            settings.query_threads,
            settings.query_cache,
        )
        reader = StoreReader.open(settings, [s.name for s in spaces])
        retriever = HybridRetriever.build(reader, spaces, cache=settings.state_dir / "bm25")
        return cls(settings, retriever, composer or default_composer(settings, retriever))

    def as_retriever(self, k: int | None = None) -> DocumentRetriever:
        """Retrieval as a LangChain `BaseRetriever` (Documents with metadata), for use in other chains."""
        return DocumentRetriever(hybrid=self.retriever, k=k or self.settings.top_k)

    @property
    def chunk_count(self) -> int:
        return len(self.retriever.chunks)

    def warm(self) -> None:
        """Load the embedding models now rather than on the first question."""
        for space in self.retriever.spaces:
            space.encode(["warm up"], is_query=True)

    def retrieve(self, query: str, k: int | None = None, history: list[Turn] | None = None) -> Retrieval:
        q = check_question(query, self.settings.max_question_chars)
        query = rewrite(q, list(history or []), self.aliases)  # names in both languages, topic carried over
        retrieval = self.retriever.retrieve(query, k=k or self.settings.top_k)
        retrieval.query = q
        return retrieval

    def ask(self, question: str, history: list[Turn] | None = None) -> Answer:
        q = check_question(question, self.settings.max_question_chars)
        return self.chain.invoke({"question": q, "history": list(history or [])})

    def stream(self, question: str, history: list[Turn] | None = None) -> Iterator[str | Answer]:
        """The answer as it is produced: text pieces, then the whole `Answer` as the last item.

        A composer that can stream (the LLM's `stream_text`) yields its tokens; the offline composer's
        answer is yielded line by line as soon as it is written.
        """
        q = check_question(question, self.settings.max_question_chars)
        yield from self.chain.stream({"question": q, "history": list(history or [])})

    def recommend_support(
        self,
        need: str = "",
        needs: list[str] | None = None,
        budget: str | None = None,
        as_of: date | None = None,
        horizon_months: int | None = None,
    ) -> Recommendation:
        """The cheapest AWS Support plan that lasts past the planning horizon (default 12 months from `as_of`,
        itself today by default) and meets the need within any budget; `status` says recommended, unconfirmed,
        conflict or clarify. Reads the catalog, plus the loaded embedder for requests no phrase matches."""
        from assistant.knowledge.catalog import load_catalog
        from assistant.recommend.support import recommend_support

        corpus = self.settings.corpus
        encode = self._encode_for_needs()
        catalog = load_catalog(corpus)
        return recommend_support(catalog, corpus, need, needs, budget, as_of, horizon_months, encode=encode)

    def _encode_for_needs(self):
        """The first embedding space's encoder for the needs reader's similarity fallback, if loaded."""
        spaces = getattr(getattr(self, "retriever", None), "spaces", None)
        if not spaces:
            return None
        if getattr(self, "_needs_encoder", None) is None:  # one stable function: the reader caches per encoder
            self._needs_encoder = lambda texts: spaces[0].encode(texts, is_query=True)
        return self._needs_encoder

    def recommend_partner(self, need: str, korea: bool = False) -> Recommendation:
        """The kind of AWS partner (path, Competencies, tier) for a need; reads the catalog only."""
        from assistant.knowledge.catalog import load_catalog
        from assistant.recommend.partner import recommend_partner

        corpus = self.settings.corpus
        return recommend_partner(load_catalog(corpus), corpus, need, korea)

    def _route(self, question: str, lang: str, read_as: str = "", asked_again: str = "") -> Answer | None:
        """Send "which plan / which partner" messages to the recommenders, as an Answer. `read_as`: the message
        with what the conversation lent it; `asked_again`: the advisor that answered the turn before, asked again
        for what this turn describes (only a recommendation counts then, no clarifying question)."""
        from assistant.answer.question import fix_slips
        from assistant.recommend.intent import detect_intent, states_a_need
        from assistant.recommend.render import to_markdown

        # ("which partner creds shud i filter on? not intrested in …": the message read with its everyday words
        # mistyped read as the words meant, as the answer chain reads them)
        said = fix_slips(question)
        intent = asked_again or detect_intent(said, self.settings.corpus)
        if intent is None:
            return None
        rec = self.recommend_partner(said) if intent == "partner" else self.recommend_support(said)
        if asked_again and rec.status == "clarify":
            return None
        # ("WA 리뷰 우리끼리 못하면 누가 도와줄 수 있음? 파트너도 됨?": too little for advice, but the corpus
        # answers who helps with the thing named; a topic only the conversation lent does not count against a
        # message that states a need of its own: "엔터프라이즈는 너무 비싸서 못씀. 뭐 써야 됨?" after FIS)
        if rec.status == "clarify" and self._names_a_topic(read_as or question):
            own_need = (
                intent == "support_plan"
                and not self._names_a_topic(question)
                and states_a_need(question, self.settings.corpus)
            )
            if not own_need:
                return None
        text, passages = to_markdown(rec)
        titles = {c.source: c.title for c in self.retriever.chunks}
        cites = [
            Citation(n, p.source, titles.get(p.source, p.source), p.section, rec.lang, p.text, 1.0)
            for n, p in enumerate(passages, start=1)
        ]
        return Answer(question, text, False, rec.lang, intent, cites, {})

    def _names_a_topic(self, question: str) -> bool:
        """The message names a thing of the framework or a service (not a plan, a partner or a program)."""
        from assistant.answer.question import read_question

        return any(m.entity.kind in _FRAMEWORK_KINDS for m in read_question(question, self.aliases).mentions)


# the kinds of thing the corpus answers about, beside the advisors' plans, partners and programs (and the events,
# exams and other providers it declines about: "리인벤트 2027 날짜 나왔나요? … 예산 잡으려고요" asks a date, no plan)
_FRAMEWORK_KINDS = ("term", "service", "pillar", "principle", "area", "lens", "event", "exam", "provider")


def default_composer(settings: Settings, retriever: HybridRetriever) -> Composer:
    if settings.llm_base_url:
        from assistant.answer.llm import LLMComposer

        llm = LLMComposer.from_settings(settings)
        llm.fallback = OfflineComposer(idf=retriever.lexical.idf)  # the offline answer, should a claim fail its check
        return llm
    return OfflineComposer(idf=retriever.lexical.idf)
