# Two commands do all the set-up on a fresh machine:
#   make serve   installs chithi, loads data/ into the embedded store and serves the browser UI
#   make test    installs chithi with its test tools (and Debian's Chromium) and runs the tests
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

.PHONY: serve test chromium bench
serve: $(STAMP)
	$(BIN)/chithi load data/samples
	$(BIN)/chithi serve --host $(HOST) --port $(PORT)

chromium:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

test: $(STAMP) chromium
	$(BIN)/python -m pytest

bench: $(STAMP)
	for b in extract load query; do $(BIN)/python benchmarks/$$b.py; done
