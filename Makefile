# Two commands for a newcomer: `make run` and `make test`. Everything else is set up on demand.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3.12 || command -v python3.13 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PKG_STAMP := $(VENV)/.package-stamp
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint bench screenshots package selftest system-deps index clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

$(PKG_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,package]'
	touch $@

## Debian packages the tests and the real window need (installed only when missing).
system-deps:
	@bash packaging/linux/system-deps.sh

## Set everything up and start the app (a real window: unset the offscreen default).
run: $(STAMP)
	@bash packaging/linux/system-deps.sh --runtime
	QT_QPA_PLATFORM= $(BIN)/checkin-help

## Set everything up and run every test.
test: $(STAMP) system-deps
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy index desktop/core

bench: $(STAMP)
	$(BIN)/python -m benchmarks

screenshots: $(STAMP) system-deps
	$(BIN)/python -m desktop.ui.screenshots docs

index: $(STAMP)
	$(BIN)/checkin-help build-index

package: $(PKG_STAMP) system-deps
	$(BIN)/python packaging/build.py

selftest: package
	bash packaging/linux/selftest-all.sh

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
