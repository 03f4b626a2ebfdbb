"""The server's own settings, from `WA_*` env vars like the rest (read when the app is built)."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class ServerSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="WA_", frozen=True, extra="ignore")

    api_keys: str = Field(
        "",
        description="Comma-separated API keys; a client sends one as `Authorization: Bearer KEY` or `X-API-Key`. "
        "Empty means loopback clients only.",
    )
    rate_limit: int = Field(
        120, ge=0, description="Requests per minute per API key (per client without keys); 0 = off."
    )
    max_body_bytes: int = Field(65_536, ge=1_024, description="Largest request body accepted, in bytes.")
    max_history_turns: int = Field(20, ge=0, description="Most earlier turns a request may carry.")
    max_concurrent: int = Field(4, ge=1, description="Questions answered at once per process; others wait their turn.")
    answer_cache: int = Field(
        1024,
        ge=0,
        description="Answers remembered per process, per store generation and day (LRU); 0 turns the cache off.",
    )

    @property
    def keys(self) -> list[str]:
        return [k.strip() for k in self.api_keys.split(",") if k.strip()]
