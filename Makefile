# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
export HF_HUB_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False
# Python may keep compiled bytecode (__pycache__/, gitignored): a shell that sets PYTHONDONTWRITEBYTECODE made every
# process compile ~1,600 modules again, about 3 s each time the tests start a CLI, a server or the web app.
unexport PYTHONDONTWRITEBYTECODE

.PHONY: run test lint ingest eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# uv installs the project's packages: the same PyPI, resolved and unpacked in parallel (about 15 s where pip
# took two and a half minutes).
$(BIN)/uv: | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check uv

# The app: light install, no torch; the [docs] extra reads PDF, Word, PowerPoint and HTML documents.
$(VENV)/.app: pyproject.toml | $(BIN)/uv
	$(BIN)/uv pip install --quiet --python $(BIN)/python -e ".[docs]"
	touch $@

# Tests also cover the sentence-transformers backend; torch 2.13.0 is pinned and installed by pip, which takes
# the CPU wheel on this machine's disk instead of a multi-GB CUDA build (uv does not look there; with torch in
# place it installs nothing more of it).
$(VENV)/.dev: pyproject.toml | $(BIN)/uv
	$(BIN)/pip install --quiet --disable-pip-version-check torch==2.13.0
	$(BIN)/uv pip install --quiet --python $(BIN)/python -e ".[dev,st,llm,bench,serve,docs]"
	touch $@ $(VENV)/.app

ingest: $(VENV)/.app
	$(BIN)/wa-assistant ingest

# The web UI; headless: it prints the URL instead of opening a browser, and sends no usage stats.
run: ingest
	$(BIN)/streamlit run ui/app.py --server.headless true --browser.gatherUsageStats false

lint: $(VENV)/.dev
	$(BIN)/ruff check assistant ingest eval ui tests
	$(BIN)/ruff format --check assistant ingest eval ui tests
	$(BIN)/mypy assistant

# Two test processes (pytest-xdist), one per core; a test file stays in one process, so its module fixtures
# (a Chroma server, the web app, a browser) start once.
test: lint
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

eval: ingest
	$(BIN)/wa-assistant eval

bench: $(VENV)/.dev ingest
	$(BIN)/wa-assistant bench

clean:
	rm -rf $(VENV) .wa-assistant .pytest_cache .ruff_cache
