"""Show a Recommendation (support plan or partner): the decision, reasons with numbered sources, the rest."""

from __future__ import annotations

import streamlit as st

from assistant.recommend.types import Passage, Recommendation
from ui.citations import link_markers, show_source
from ui.strings import t


def show(rec: Recommendation, prefix: str = "rec") -> None:
    """`prefix` keys the source expanders, so `[n]` links reach this recommendation's sources."""
    lang = rec.lang
    numbers = {(p.source, p.section): n for n, p in enumerate(rec.citations, start=1)}
    cited = set(numbers.values())

    def ref(p: Passage | None) -> str:
        return f" [{numbers[(p.source, p.section)]}]" if p and (p.source, p.section) in numbers else ""

    def linked(lines: list[str]) -> str:
        return link_markers("\n".join(lines), prefix, cited)

    if rec.status == "clarify":
        st.info(rec.clarifying_question or "", icon=":material/help:")
        return
    if rec.status == "conflict":
        st.warning(f"**{t('conflict', lang)}**", icon=":material/call_split:")
    elif rec.status == "unconfirmed":
        st.warning(f"### {rec.recommendation}\n{t('unconfirmed', lang)}", icon=":material/help:")
    else:
        st.success(f"### {rec.recommendation}", icon=":material/recommend:")
    if rec.reasons:
        st.markdown(f"**{t('why', lang)}**")
        st.markdown(linked([f"- {r.requirement} → {headed(r.met_by)}{ref(r.citation)}" for r in rec.reasons]))
    if rec.unmet:
        st.markdown(f"**{t('unmet', lang)}**")
        st.markdown(linked([f"- {u}" for u in rec.unmet]))
    if notes := [note for note in rec.notes if note not in rec.unmet]:  # a conflict states some in both
        st.markdown(f"**{t('notes', lang)}**")
        st.markdown(linked([f"- {note}" for note in notes]))
    if rec.alternatives:
        st.markdown(f"**{t('alternatives', lang)}**")
        st.markdown(linked([f"- **{a.name}**: {a.why}{ref(a.citation)}" for a in rec.alternatives]))
    if rec.citations:
        st.caption(t("sources", lang))
    evidence: dict[tuple[str, str], list[str]] = {}
    for r in rec.reasons:
        evidence.setdefault((r.citation.source, r.citation.section), []).append(r.evidence)
    for n, p in enumerate(rec.citations, start=1):
        text = emphasise(p.text, evidence.get((p.source, p.section), []))
        show_source(prefix, n, p.source, p.section, text, lang)


def headed(text: str) -> str:
    """ "Business: phone support" -> "**Business**: phone support": the plan or path stands out."""
    head, sep, rest = text.partition(": ")
    return f"**{head}**{sep}{rest}" if sep else f"**{text}**"


def emphasise(text: str, words: list[str]) -> str:
    """Bold the first occurrence of each word the reasons rest on, so the reader finds the claim."""
    for w in dict.fromkeys(w for w in words if w and "*" not in w):
        i = text.find(w)
        if i >= 0 and text[max(0, i - 2) : i] != "**":
            text = f"{text[:i]}**{w}**{text[i + len(w) :]}"
    return text
