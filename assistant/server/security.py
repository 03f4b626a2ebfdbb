"""Who may ask, and how often: API keys compared in constant time, loopback-only without keys, a token
bucket per key."""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import math
import threading
import time
from dataclasses import dataclass, field

PROXY_HEADERS = ("forwarded", "x-forwarded-for", "x-real-ip")


def presented_key(headers: dict[str, str]) -> str | None:
    """The key a client sent, from `Authorization: Bearer KEY` (what OpenAI clients send) or `X-API-Key`."""
    auth = headers.get("authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip() or None
    return headers.get("x-api-key", "").strip() or None


def match_key(presented: str, keys: list[str]) -> str | None:
    """The matching key's short fingerprint (never the key itself), or None; every key is compared in
    constant time so the reply time does not tell which prefix was right."""
    found = None
    for key in keys:
        if hmac.compare_digest(presented.encode("utf-8", "surrogatepass"), key.encode()):
            found = key
    return fingerprint(found) if found else None


def fingerprint(key: str) -> str:
    return "key:" + hashlib.sha256(key.encode()).hexdigest()[:12]


def is_loopback(host: str | None, headers: dict[str, str]) -> bool:
    """A direct client on this machine. A request relayed by a proxy (it adds Forwarded or X-Forwarded-For)
    is not: behind a reverse proxy every client would otherwise look local."""
    if not host or any(h in headers for h in PROXY_HEADERS):
        return False
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


@dataclass
class RateLimiter:
    """A token bucket per identity: `per_minute` requests a minute, bursts up to the same number."""

    per_minute: int
    _buckets: dict[str, tuple[float, float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def wait_for(self, identity: str, now: float | None = None) -> int:
        """0 if the request may go ahead (and it is counted), else the whole seconds to wait."""
        if self.per_minute <= 0:
            return 0
        now = time.monotonic() if now is None else now
        rate = self.per_minute / 60.0
        with self._lock:
            tokens, last = self._buckets.get(identity, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - last) * rate)
            if tokens >= 1.0:
                self._buckets[identity] = (tokens - 1.0, now)
                return 0
            self._buckets[identity] = (tokens, now)
            return max(1, math.ceil((1.0 - tokens) / rate))
