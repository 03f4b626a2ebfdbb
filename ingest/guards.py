"""Stops for ingests that would do damage the user did not ask for."""

from __future__ import annotations

from pathlib import Path

from assistant.errors import AssistantError


class ShrinkRefused(AssistantError):
    """The ingest would remove most of the store: almost always a wrong or empty corpus folder."""

    exit_code = 2


class IngestFailed(AssistantError):
    """The new store did not verify; the previous one stays in place."""

    exit_code = 1


def check_shrink(have: int, removed: int, after: int, corpus: Path, allow: bool) -> None:
    """Refuse to remove more than half of a store's passages (or leave none) unless `--allow-shrink`."""
    if allow:
        return
    if after == 0:
        raise ShrinkRefused(
            f"The corpus {corpus} gives no passages, so this ingest would leave an empty store"
            + (f" (removing all {have})" if have else "")
            + ". Check --corpus / WA_CORPUS; to empty the store on purpose, add --allow-shrink. / "
            "코퍼스에 문서가 없어 저장소가 비게 됩니다. 경로를 확인하거나 --allow-shrink를 붙이세요."
        )
    if have and removed * 2 > have:
        raise ShrinkRefused(
            f"This ingest would remove {removed} of the store's {have} passages (keeping {after}) from corpus "
            f"{corpus}. Check --corpus / WA_CORPUS; if that is intended, run again with --allow-shrink. / "
            f"저장소 문서 {have}개 중 {removed}개가 삭제됩니다. 의도한 것이면 --allow-shrink를 붙이세요."
        )
