"""Keep secrets out of every error text: an endpoint that echoes headers must not print the API key."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

# Shapes of credentials in free text: auth headers, key=value pairs, well-known key prefixes.
_PATTERNS = [
    re.compile(r"(?i)(authorization\s*[:=]\s*[\"']?\s*(?:bearer|basic|token)?\s*)[^\s\"',}]+"),
    re.compile(r"(?i)\b(bearer\s+)[A-Za-z0-9._~+/=-]{8,}"),
    re.compile(r"(?i)((?:api[_-]?key|access[_-]?token|secret|password|x-api-key)[\"']?\s*[:=]\s*[\"']?)[^\s\"',}&]+"),
    re.compile(r"\b(sk-|sk_|pk-|AKIA|ghp_|xox[bp]-)[A-Za-z0-9_-]{8,}"),
]
MASK = "[redacted]"


def redact(text: str, secrets: Sequence[str | None] | None = None) -> str:
    """`text` with known secret values (and anything shaped like a credential) masked."""
    known = [s for s in (secrets or []) if s and len(s) >= 4]
    known += [v for k, v in os.environ.items() if v and len(v) >= 8 and re.search(r"(?i)key|token|secret|pass", k)]
    for value in sorted(set(known), key=len, reverse=True):
        text = text.replace(value, MASK)
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: (m.group(1) if m.re.groups else "") + MASK, text)
    return text
