"""Which summary sections speak about the user's notes rather than about AWS.

Each summary ends, where the notes differ from AWS's current wording, with one section titled
"<topic>: what your notes say differently" (en) or "<topic>: 노트와 다른 점" (ko). Those chunks are
kind "summary" but their sentences are about the notes, so a composer should not let one lead an
answer to a question about AWS; this module names them in one place.
"""

from __future__ import annotations

SUFFIXES = (": what your notes say differently", ": 노트와 다른 점")


def is_notes_difference(section: str) -> bool:
    """True for a heading path (or heading) whose last part is a notes-differences section."""
    last = section.rsplit(" > ", 1)[-1].strip()
    return last.endswith(SUFFIXES)
