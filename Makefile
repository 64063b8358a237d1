# The two commands a new user needs: `make demo` and `make test`.
# Each creates .venv (Python 3.11+) and installs what it needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# A CPU build of torch, installed before stanza so that pip does not pick a CUDA build.
TORCH_SPEC ?= torch==2.13.0

.PHONY: demo test lint schemas clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.base: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.test: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet "$(TORCH_SPEC)"
	$(BIN)/python -m pip install --quiet -e ".[test,stanza,falkordb]"
	@touch $@ $(VENV)/.base

demo: $(VENV)/.base
	$(BIN)/graphkit build examples/ --out out/demo/

test: $(VENV)/.test
	$(BIN)/ruff check graphkit tests benchmarks
	$(BIN)/python -m pytest

lint: $(VENV)/.test
	$(BIN)/ruff check graphkit tests benchmarks
	$(BIN)/ruff format --check graphkit tests benchmarks

schemas: $(VENV)/.base
	$(BIN)/graphkit schemas export

clean:
	rm -rf $(VENV) out .pytest_cache .ruff_cache
