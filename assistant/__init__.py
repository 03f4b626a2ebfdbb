"""wa-assistant: grounded, bilingual answers over the AWS Well-Architected knowledge base.

`from assistant import Assistant` is resolved lazily, so commands that never answer a question
(such as a no-change `ingest`) do not pay for importing the retrieval chain.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.core import Assistant
    from assistant.types import Answer, Citation, Hit, Retrieval, Turn

__all__ = ["Answer", "Assistant", "Citation", "Hit", "Retrieval", "Turn"]


def __getattr__(name: str) -> Any:
    if name == "Assistant":
        from assistant.core import Assistant

        return Assistant
    if name in __all__:
        from assistant import types

        return getattr(types, name)
    raise AttributeError(f"module 'assistant' has no attribute {name!r}")
