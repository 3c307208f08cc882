# The two commands a new machine needs: `make run` (the app on the embedded sandbox) and
# `make test` (the whole suite). Both create .venv and install ocdesk into it first.
PYTHON ?= $(shell tools/find-python)
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint bench package clean

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || exit 1
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/ocdesk --sandbox

lint: $(STAMP)
	$(BIN)/ruff check ocdesk tests benchmarks
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) build dist *.egg-info
