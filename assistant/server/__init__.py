"""`wa-assistant serve`: the assistant over HTTP for a team, with an OpenAI-compatible endpoint.

Needs the `serve` extra (FastAPI, uvicorn): `pip install -e ".[serve]"`. Nothing here is imported by the
rest of `assistant/`; the CLI imports it only when `serve` runs.
"""
