"""Request bodies, validated at the edge; the responses are the CLI's `--json` objects unchanged."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, field_validator

from assistant.types import Turn


class BadText(ValueError):
    """Text that cannot be encoded as UTF-8 (a lone surrogate from a JSON `\\ud800` escape)."""


def utf8_text(value: Any) -> Any:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise BadText("lone surrogate") from None
    return value


class Body(BaseModel):
    model_config = ConfigDict(extra="ignore")

    @field_validator("*", mode="before")
    @classmethod
    def _utf8(cls, value: Any) -> Any:
        if isinstance(value, list):
            for item in value:
                if isinstance(item, dict):
                    for v in item.values():
                        utf8_text(v)
                else:
                    utf8_text(item)
        return utf8_text(value)


class TurnIn(Body):
    question: str
    answer: str = ""

    def to_turn(self) -> Turn:
        return Turn(self.question, self.answer)


class AskRequest(Body):
    question: str = Field(
        ..., description="The question, in Korean or English.", examples=["What is Business Support?"]
    )
    history: list[TurnIn] = Field(default_factory=list, description="Earlier turns, oldest first, for follow-ups.")


class RetrieveRequest(Body):
    query: str = Field(..., validation_alias=AliasChoices("query", "question"), description="What to search for.")
    k: int = Field(5, ge=1, le=50, description="How many passages.")


class SupportRequest(Body):
    need: str = Field(
        "",
        validation_alias=AliasChoices("need", "question", "text"),
        description="The need in words, Korean or English.",
    )
    needs: list[str] = Field(default_factory=list, description="Requirement ids, e.g. production-down-1h, tam.")
    budget: str | None = Field(None, description="free, low, medium or high.")
    as_of: dt.date | None = Field(None, description="Decide as on this date (default: today).")


class PartnerRequest(Body):
    need: str = Field(
        ..., validation_alias=AliasChoices("need", "question", "text"), description="What you need a partner for."
    )


class ContentPart(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: str = "text"
    text: str | None = None


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[ContentPart] | None = None

    @field_validator("content", mode="after")
    @classmethod
    def _utf8(cls, value: Any) -> Any:
        if isinstance(value, str):
            utf8_text(value)
        elif isinstance(value, list):
            for part in value:
                utf8_text(part.text)
        return value

    @property
    def text(self) -> str:
        if isinstance(self.content, str):
            return self.content
        return "\n".join(p.text for p in self.content or [] if p.type == "text" and p.text)


class ChatRequest(BaseModel):
    """The part of OpenAI's chat completions request this server uses; other fields are accepted and ignored."""

    model_config = ConfigDict(extra="allow")
    model: str = "wa-assistant"
    messages: list[ChatMessage] = Field(..., min_length=1)
    stream: bool = False
