# Desk — the two commands a new machine needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Two locks: requirements.lock is what Desk needs to run (`make run` installs only that);
# requirements-dev.lock adds the tools for tests, lint, wheels and the frozen build.
RUN_STAMP := $(VENV)/.installed-run
STAMP := $(VENV)/.installed-dev
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test test-fast bench lint sysdeps clean wheel

$(RUN_STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -r requirements.lock
	$(BIN)/pip install -q --no-deps -e .
	touch $(RUN_STAMP)

$(STAMP): $(RUN_STAMP) requirements-dev.lock
	$(BIN)/pip install -q -r requirements-dev.lock
	touch $(STAMP)

# Tools the test suite drives for real: poppler (pdftotext/pdffonts/pdftoppm) and qpdf to
# check every PDF, and PostgreSQL 15 for the store tests. Installed with apt when missing
# (CI and developers run as root here); Qt's own libraries (EGL, xkbcommon) ship with the image.
SYSDEPS_BIN := pdffonts qpdf
sysdeps:
	@missing=""; for b in $(SYSDEPS_BIN); do command -v $$b >/dev/null || missing="$$missing $$b"; done; \
	test -x /usr/lib/postgresql/15/bin/initdb || missing="$$missing postgresql"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages for:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils qpdf postgresql-15 postgresql-contrib >/dev/null; \
	fi

run: $(RUN_STAMP)
	$(BIN)/desk run

test: $(STAMP) sysdeps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n 2 --dist loadgroup

test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -x -m "not slow"

bench: $(STAMP) sysdeps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

lint: $(STAMP)
	$(BIN)/ruff check desk tests db bench

wheel: $(STAMP)
	$(BIN)/python -m build --wheel --outdir dist .

clean:
	rm -rf $(VENV) dist build .pytest_cache
