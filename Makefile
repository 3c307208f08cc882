# The two commands a new machine needs: `make run` (the app on the embedded sandbox) and
# `make test` (the whole suite). Both create .venv and install ocdesk into it first: `run` the
# app alone, `test` with the test tools.
PYTHON ?= $(shell tools/find-python)
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
APP_STAMP := $(VENV)/.app-installed-stamp

.PHONY: run test lint cups bench package i18n clean

$(BIN)/python:
	@test -n "$(PYTHON)" || exit 1
	$(PYTHON) -m venv $(VENV)

$(APP_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $(APP_STAMP)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

# First: are the system libraries of Qt's window there? (says which are missing, and how to
# install them)
run: $(APP_STAMP)
	@$(BIN)/python tools/check-desktop
	$(BIN)/ocdesk --sandbox

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy

# The printing tests print through a real cups-pdf queue. As root on Debian (CI, the dev machines)
# this sets it up; elsewhere those tests are skipped, except under CI, where they fail.
cups:
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then bash .ci/setup-cups >/dev/null; \
	else echo "note: not root on Debian; label printing tests will be skipped (no cups-pdf queue)"; fi

test: lint cups
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

# Translations (Qt Linguist): refresh each .ts from its sources, then compile every .ts to the .qm
# beside it. The .qm files are committed, so a clone runs translated without this step; a test
# fails when a .ts or .qm is behind the sources. Translate new messages with pyside6-linguist.
I18N := ocdesk/resources/i18n
TS_FILES := $(I18N)/ocdesk_zh_CN.ts

# The GUI's messages (ocdesk_*.ts), then the Qt-free layers' (ocdesk_core_*.ts, tools/i18n-core).
i18n: $(STAMP)
	$(BIN)/python tools/i18n-update --desk-words $(I18N)/ocdesk_zh_CN.ts ocdesk/gui
	$(BIN)/pyside6-lrelease -silent $(TS_FILES)
	BIN=$(BIN) tools/i18n-core

# The one-folder desktop app in dist/ocdesk (run dist/ocdesk/ocdesk --sandbox).
package: $(STAMP)
	$(BIN)/pip install --quiet -e '.[packaging]'
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/render_icons.py
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build packaging/ocdesk.spec

clean:
	rm -rf $(VENV) build dist *.egg-info
