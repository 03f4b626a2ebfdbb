"""Stops for ingests that would do damage the user did not ask for."""

from __future__ import annotations

from pathlib import Path

from assistant.errors import AssistantError
from assistant.messages import LANGS, bilingual, say


class ShrinkRefused(AssistantError):
    """The ingest would remove most of the store: almost always a wrong or empty corpus folder."""

    exit_code = 2


class IngestFailed(AssistantError):
    """The new store did not verify; the previous one stays in place."""

    exit_code = 1


def check_shrink(have: int, removed: int, after: int, corpus: Path, allow: bool, gone: int | None = None) -> None:
    """Refuse to remove more than half of a store's passages (or leave none) unless `--allow-shrink`.

    `gone`: of the passages removed, those whose file left the corpus too (a wrong or emptied folder). Passages
    of files still there were rewritten by an edit, which is no loss unless the store ends under half its size."""
    gone = removed if gone is None else gone
    if allow:
        return
    if after == 0:
        raise ShrinkRefused(
            " / ".join(
                say("ingest.would_empty", lang, corpus=corpus, removing=say("ingest.removing_all", lang, have=have))
                if have
                else say("ingest.would_empty", lang, corpus=corpus, removing="")
                for lang in LANGS
            )
        )
    if have and (gone * 2 > have or after * 2 < have):
        raise ShrinkRefused(bilingual("ingest.would_halve", corpus=corpus, have=have, removed=removed, after=after))
