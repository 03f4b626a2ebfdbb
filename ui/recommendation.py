"""Show a Recommendation (support plan or partner): the decision, reasons with numbered sources, the rest."""

from __future__ import annotations

import streamlit as st

from assistant.recommend.types import Recommendation
from assistant.recommend.view import Line, recommendation_view
from ui.citations import link_markers, show_source


def show(rec: Recommendation, prefix: str = "rec") -> None:
    """`prefix` keys the source expanders, so `[n]` links reach this recommendation's sources."""
    view = recommendation_view(rec)
    cited = set(range(1, len(view.sources) + 1))
    if view.question:
        st.info(view.question, icon=":material/help:")
        return
    if view.verdict:  # "can we keep developer?": the yes or no first
        st.markdown(link_markers(_line(view.verdict, "verdict"), prefix, cited))
    if view.status == "conflict":
        st.warning(f"**{view.headline}**", icon=":material/call_split:")
    elif view.status == "unconfirmed":
        st.warning(f"### {view.headline}\n{view.caveat}", icon=":material/help:")
    else:
        st.success(f"### {view.headline}", icon=":material/recommend:")
    for section in view.sections:
        st.markdown(f"**{section.heading}**")
        st.markdown(link_markers("\n".join(f"- {_line(line, section.key)}" for line in section.lines), prefix, cited))
    if view.sources:
        st.caption(view.sources_heading)
    for n, p in enumerate(view.sources, start=1):
        show_source(prefix, n, p.source, p.section, emphasise(p.text, list(view.evidence.get(n, ()))), view.lang)


def _line(line: Line, kind: str) -> str:
    """A reason's plan and an alternative's name stand out; the [n] marker becomes a link."""
    cite = f" [{line.cite}]" if line.cite else ""
    if kind == "why":
        return f"{line.lead}{line.sep}{headed(line.text)}{cite}"
    lead = f"**{line.lead}**" if line.lead else ""
    return f"{lead}{line.sep}{line.text}{cite}"


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
