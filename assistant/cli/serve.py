"""`wa-assistant serve`: the HTTP API under uvicorn. FastAPI loads only when the command runs."""

from __future__ import annotations

import typer

from assistant.cli.errors import err, friendly
from assistant.errors import ConfigError

WORKER_HEALTHCHECK_S = 60


@friendly
def serve(
    host: str = typer.Option("127.0.0.1", help="Address to listen on; 0.0.0.0 for every interface."),
    port: int = typer.Option(8080, min=1, max=65535, help="TCP port."),
    workers: int = typer.Option(1, min=1, max=64, help="Processes, each with its own Assistant (~300 MB each)."),
    log_level: str = typer.Option("info", help="uvicorn log level: critical, error, warning, info, debug."),
) -> None:
    """Serve the assistant over HTTP: /v1/ask, /v1/chat/completions (OpenAI-compatible), API docs at /docs."""
    try:
        import uvicorn

        from assistant.server.app import create_app, load_assistant
        from assistant.server.config import ServerSettings
    except ImportError as exc:
        raise ConfigError(
            f'`serve` needs the "serve" extra ({exc.name} is missing): pip install -e ".[serve]"'
        ) from None
    try:
        config = ServerSettings()
    except ValueError as exc:
        raise ConfigError(f"Server settings are not valid: {_first_error(exc)}") from None
    auth = f"{len(config.keys)} API key(s)" if config.keys else "no API keys: only clients on this machine are answered"
    if workers == 1:
        app = create_app(load_assistant(), config)
        n = app.state.wa.assistant.chunk_count
        err.print(f"wa-assistant: {n} passages at http://{host}:{port} (docs /docs); {auth}.", soft_wrap=True)
        uvicorn.run(app, host=host, port=port, log_level=log_level)
        return
    _check_store()
    err.print(f"wa-assistant: {workers} workers at http://{host}:{port} (docs /docs); {auth}.", soft_wrap=True)
    uvicorn.run(
        "assistant.server.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level=log_level,
        # Loading the models holds the GIL for seconds on a busy machine; uvicorn's 5 s default then kills
        # and restarts a worker that is only starting up (seen at load average 15 on 2 cores).
        timeout_worker_healthcheck=WORKER_HEALTHCHECK_S,
    )


def _check_store() -> None:
    """Fail here, with the CLI's message, rather than in every worker."""
    from assistant.retrieval.embedder import make_spaces
    from assistant.retrieval.store import StoreReader
    from assistant.settings import load_settings

    settings = load_settings()
    spaces = make_spaces(settings.embeddings, settings.threads, settings.state_dir / "models")
    StoreReader.open(settings, [s.name for s in spaces])


def _first_error(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        e = errors()[0]
        return f"WA_{str(e['loc'][0]).upper()}: {e['msg']}"
    return str(exc)
