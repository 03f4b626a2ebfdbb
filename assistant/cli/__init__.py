"""The command line: the one edge of `assistant` that may import `ingest` and `eval`."""

from assistant.cli.app import app, main

__all__ = ["app", "main"]
