"""Numbered sources under an answer or a recommendation; each `[n]` in the text links to its own.

A marker becomes a link to `#cite-<prefix>-<n>`, the key of the source's expander; ui/look.py's script
opens that expander in place. "Open the document" goes to the Sources page at the cited section.
"""

from __future__ import annotations

import re

import streamlit as st

from assistant.answer.sources import page_label
from ui.strings import t

SOURCES_PAGE = "views/sources.py"
_MARK = re.compile(r"\[(\d{1,3})\](?!\()")


def cite_key(prefix: str, n: int | str) -> str:
    return f"cite-{prefix}-{n}"


def link_markers(text: str, prefix: str, numbers: set[int]) -> str:
    """Markdown with every `[n]` that has a source made a link to that source's expander."""

    def link(m: re.Match[str]) -> str:
        n = int(m.group(1))
        return f"[\\[{n}\\]](#{cite_key(prefix, n)})" if n in numbers else m.group(0)

    return _MARK.sub(link, text)


def show_source(prefix: str, n: int, source: str, section: str, text: str, lang: str, page: int | None = None) -> None:
    """One numbered source: its file (and page), section, the passage, and a link to it in the whole document."""
    label = page_label(source, page, lang)
    with st.expander(f"[{n}] {section}" + (f" ({label})" if label else ""), key=cite_key(prefix, n)):
        where = f"`{source}`" + (f" · {label}" if label else "")
        st.caption(f"{t('file', lang)}: {where} · {t('section', lang)}: {section}")
        st.markdown(text)
        st.page_link(
            SOURCES_PAGE,
            label=t("open_in_sources", lang),
            icon=":material/open_in_new:",
            query_params={"doc": source, "section": section},
        )
