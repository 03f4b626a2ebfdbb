"""Domain errors. Each message says what went wrong, where, and what to do next."""


class AssistantError(Exception):
    """Base class; the CLI prints the message and exits with `exit_code`."""

    exit_code = 1


class BadQuestion(AssistantError):
    exit_code = 2


class StoreMissing(AssistantError):
    exit_code = 2


class StoreCorrupt(AssistantError):
    exit_code = 2


class ConfigError(AssistantError):
    exit_code = 2


class CorpusError(AssistantError):
    """A corpus file could not be read; `source` and `line` say where."""

    exit_code = 1

    def __init__(self, source: str, message: str, line: int | None = None):
        self.source, self.line, self.message = source, line, message
        where = f"{source}:{line}" if line else source
        super().__init__(f"{where}: {message}")


class LLMError(AssistantError):
    exit_code = 1


class StoreUnavailable(AssistantError):
    """The Chroma server stopped answering; the next request reconnects by itself once it is back."""

    exit_code = 1
