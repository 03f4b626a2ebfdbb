"""One ingest at a time per store: an advisory lock file beside the store.

`flock` is released by the kernel when its holder dies, even under kill -9, so a crashed ingest never
leaves a stale lock behind. The file also records who holds it, for `wa-assistant status`.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import time
from pathlib import Path
from typing import IO, Any

from assistant.errors import AssistantError


class IngestBusy(AssistantError):
    """Another ingest holds the lock; a failed operation the user can simply retry."""

    exit_code = 1


def lock_path(store: Path) -> Path:
    return Path(store).parent / f"{Path(store).name}.ingest.lock"


def holder(store: Path) -> dict[str, Any] | None:
    """Who is ingesting into `store` right now ({"pid", "started"}), or None when nobody is."""
    path = lock_path(store)
    if not path.exists():
        return None
    try:
        with path.open("r", encoding="utf-8") as f:
            try:
                fcntl.flock(f, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except BlockingIOError:
                try:
                    return json.loads(f.read() or "{}") or {"pid": None}
                except ValueError:
                    return {"pid": None}
            fcntl.flock(f, fcntl.LOCK_UN)
    except OSError:
        return None
    return None


class IngestLock:
    """`with IngestLock(store, wait_s):` waits up to `wait_s` for another ingest, then says who holds it."""

    def __init__(self, store: Path, wait_s: float = 10.0):
        self.path = lock_path(store)
        self.store = Path(store)
        self.wait_s = wait_s
        self._file: IO[str] | None = None

    def __enter__(self) -> IngestLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        f = self.path.open("a+", encoding="utf-8")
        deadline = time.monotonic() + self.wait_s
        while True:
            try:
                fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    f.close()
                    raise self._busy() from None
                time.sleep(0.2)
        f.seek(0)
        f.truncate()
        f.write(json.dumps({"pid": os.getpid(), "started": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}))
        f.flush()
        self._file = f
        return self

    def _busy(self) -> IngestBusy:
        who = holder(self.store) or {}
        pid = who.get("pid") or "?"
        since = who.get("started") or "?"
        return IngestBusy(
            f"Another ingest (pid {pid}, started {since}) is writing {self.store}; waited {self.wait_s:g} s. "
            "Run this one again when it has finished. / 다른 수집 작업(pid "
            f"{pid})이 진행 중입니다. 끝난 뒤 다시 실행하세요."
        )

    def __exit__(self, *exc: object) -> None:
        if self._file is not None:
            self._file.seek(0)
            self._file.truncate()
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None
