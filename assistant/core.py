"""The Python API: `Assistant.load()` once, then `ask` and `retrieve` many times."""

from __future__ import annotations

from datetime import date

from assistant.chain import build_chain, rewrite
from assistant.compose import Composer, OfflineComposer
from assistant.embedder import make_spaces
from assistant.errors import BadQuestion
from assistant.recommend.types import Recommendation
from assistant.retriever import HybridRetriever
from assistant.settings import Settings, load_settings
from assistant.store import StoreReader
from assistant.types import Answer, Citation, Retrieval, Turn


def check_question(question: str, limit: int) -> str:
    """The question, stripped; empty or over-long questions get a message that says what to do."""
    if question is None or not question.strip():
        raise BadQuestion('The question is empty: ask something, e.g. "What is the reliability pillar?"')
    q = question.strip()
    if len(q) > limit:
        raise BadQuestion(
            f"The question is {len(q):,} characters long; the limit is {limit:,}. "
            "Shorten it to the part you want answered."
        )
    return q


class Assistant:
    def __init__(self, settings: Settings, retriever: HybridRetriever, composer: Composer):
        self.settings = settings
        self.retriever = retriever
        self.composer = composer
        self._chain = build_chain(retriever, composer, settings.top_k, router=self._route)

    @classmethod
    def load(cls, settings: Settings | None = None, composer: Composer | None = None) -> Assistant:
        """Open the store and index its chunks; models load on the first question (or `warm()`)."""
        settings = settings or load_settings()
        spaces = make_spaces(settings.embeddings, settings.threads, settings.state_dir / "models")
        reader = StoreReader.open(settings, [s.name for s in spaces])
        retriever = HybridRetriever.build(reader, spaces, cache=settings.state_dir / "bm25")
        return cls(settings, retriever, composer or default_composer(settings, retriever))

    @property
    def chunk_count(self) -> int:
        return len(self.retriever.chunks)

    def warm(self) -> None:
        """Load the embedding models now rather than on the first question."""
        for space in self.retriever.spaces:
            space.encode(["warm up"], is_query=True)

    def retrieve(self, query: str, k: int | None = None, history: list[Turn] | None = None) -> Retrieval:
        q = check_question(query, self.settings.max_question_chars)
        return self.retriever.retrieve(rewrite(q, list(history or [])), k=k or self.settings.top_k)

    def ask(self, question: str, history: list[Turn] | None = None) -> Answer:
        q = check_question(question, self.settings.max_question_chars)
        return self._chain.invoke({"question": q, "history": list(history or [])})

    def recommend_support(
        self,
        need: str = "",
        needs: list[str] | None = None,
        budget: str | None = None,
        as_of: date | None = None,
    ) -> Recommendation:
        """The cheapest AWS Support plan available on `as_of` that meets the need; reads the catalog only."""
        from assistant.catalog import load_catalog
        from assistant.recommend.support import recommend_support

        corpus = self.settings.corpus
        return recommend_support(load_catalog(corpus), corpus, need, needs, budget, as_of)

    def recommend_partner(self, need: str) -> Recommendation:
        """The kind of AWS partner (path, Competencies, tier) for a need; reads the catalog only."""
        from assistant.catalog import load_catalog
        from assistant.recommend.partner import recommend_partner

        corpus = self.settings.corpus
        return recommend_partner(load_catalog(corpus), corpus, need)

    def _route(self, question: str, lang: str) -> Answer | None:
        """Send "which plan / which partner" messages to the recommenders, as an Answer."""
        from assistant.recommend.intent import detect_intent
        from assistant.recommend.render import to_markdown

        intent = detect_intent(question)
        if intent is None:
            return None
        rec = self.recommend_support(question) if intent == "support_plan" else self.recommend_partner(question)
        text, passages = to_markdown(rec)
        titles = {c.source: c.title for c in self.retriever.chunks}
        cites = [
            Citation(n, p.source, titles.get(p.source, p.source), p.section, rec.lang, p.text, 1.0)
            for n, p in enumerate(passages, start=1)
        ]
        return Answer(question, text, False, rec.lang, intent, cites, {})


def default_composer(settings: Settings, retriever: HybridRetriever) -> Composer:
    if settings.llm_base_url:
        from assistant.llm import LLMComposer

        return LLMComposer.from_settings(settings)
    return OfflineComposer(idf=retriever.lexical.idf)
