"""Form choices that survive the sidebar's language switch.

A widget's labels follow the chrome's language, and Streamlit remembers a choice by the label the
browser showed: once the labels change, a radio shows nothing chosen and a select box keeps the old
language's words. So each widget here is keyed per language, and the choice itself (an option id, a
flag, a date, the typed text) is kept under the form's own key, language-free, to seed the widget drawn
in the next language. The widgets stand outside `st.form`, which would send its choices only on submit
and so lose them on a switch made before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import streamlit as st


class Choices:
    """The choices of form `form` (a session-state prefix), drawn as widgets labelled in `lang`."""

    def __init__(self, form: str, lang: str, defaults: dict[str, Any]) -> None:
        self.form, self.lang = form, lang
        self.values: dict[str, Any] = st.session_state.setdefault(f"{form}_choices", dict(defaults))
        for name, value in defaults.items():
            self.values.setdefault(name, value)

    def key(self, name: str) -> str:
        return f"{self.form}_{name}_{self.lang}"

    def _keep(self, name: str, value: Any) -> Any:
        self.values[name] = value
        return value

    def _index(self, name: str, options: Sequence[Any]) -> int:
        return list(options).index(self.values.get(name)) if self.values.get(name) in options else 0

    def _chosen(self, name: str, options: Sequence[Any]) -> list[Any]:
        return [v for v in self.values[name] or [] if v in options]

    def radio(self, name: str, label: str, options: Sequence[Any], blank: bool = False, **kw: Any) -> Any:
        """`blank`: nothing is chosen until the person chooses (else the first option is)."""
        index = None if blank and self.values.get(name) not in options else self._index(name, options)
        return self._keep(name, st.radio(label, options, index=index, key=self.key(name), **kw))

    def reset(self, values: dict[str, Any], langs: Sequence[str]) -> None:
        """Start again from `values` (a milestone's answers): the widgets drawn before are forgotten."""
        self.values.clear()
        self.values.update(values)
        for name in values:
            for lang in langs:
                st.session_state.pop(f"{self.form}_{name}_{lang}", None)

    def selectbox(self, name: str, label: str, options: Sequence[Any], **kw: Any) -> Any:
        index = self._index(name, options)
        return self._keep(name, st.selectbox(label, options, index=index, key=self.key(name), **kw))

    def pills(self, name: str, label: str, options: Sequence[Any], **kw: Any) -> list[Any]:
        default = self._chosen(name, options)
        chosen = st.pills(label, options, selection_mode="multi", default=default, key=self.key(name), **kw)
        return self._keep(name, list(chosen or []))

    def multiselect(self, name: str, label: str, options: Sequence[Any], **kw: Any) -> list[Any]:
        default = self._chosen(name, options)
        return self._keep(name, list(st.multiselect(label, options, default=default, key=self.key(name), **kw)))

    def checkbox(self, name: str, label: str, **kw: Any) -> bool:
        return self._keep(name, st.checkbox(label, value=bool(self.values[name]), key=self.key(name), **kw))

    def date_input(self, name: str, label: str, **kw: Any) -> Any:
        return self._keep(name, st.date_input(label, value=self.values[name], key=self.key(name), **kw))

    def text_area(self, name: str, label: str, **kw: Any) -> str:
        return self._keep(name, st.text_area(label, value=self.values[name], key=self.key(name), **kw) or "")
