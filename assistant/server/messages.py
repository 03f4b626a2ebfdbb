"""The server's sentences: the `server.` part of the one catalogue (assistant/messages/server.py)."""

from __future__ import annotations

from assistant import messages


def say(key: str, lang: str = "en", **values: object) -> str:
    return messages.say(f"server.{key}", lang, **values)


def both(key: str, **values: object) -> dict[str, str]:
    return messages.both(f"server.{key}", **values)


def one_line(key: str, **values: object) -> str:
    """English / Korean in one string, as the CLI and `wa-assistant status` print store messages."""
    return messages.bilingual(f"server.{key}", **values)
