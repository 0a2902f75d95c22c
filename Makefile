# Desk — the two commands a new machine needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Two locks: requirements.lock is what Desk needs to run (`make run` installs only that);
# requirements-dev.lock adds the tools for tests, lint, wheels and the frozen build.
RUN_STAMP := $(VENV)/.installed-run
STAMP := $(VENV)/.installed-dev
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test test-fast bench lint sysdeps clean wheel dist dist-test bundle bundle-test i18n i18n-update

$(RUN_STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -r requirements.lock
	$(BIN)/pip install -q --no-deps -e .
	touch $(RUN_STAMP)

$(STAMP): $(RUN_STAMP) requirements-dev.lock
	$(BIN)/pip install -q -r requirements-dev.lock
	touch $(STAMP)

# Tools the test suite drives for real: poppler (pdftotext/pdffonts/pdftoppm) and qpdf to
# check every PDF, PostgreSQL 15 for the store tests, and CUPS with its PDF virtual printer for the
# printing tests (tests/printing run a private cupsd of their own, as root: the system scheduler need
# not run and is never touched). Installed with apt when missing (CI and developers run as root here);
# Qt's own libraries (EGL, xkbcommon) ship with the image.
SYSDEPS_BIN := pdffonts qpdf lpadmin
sysdeps:
	@missing=""; for b in $(SYSDEPS_BIN); do command -v $$b >/dev/null || missing="$$missing $$b"; done; \
	test -x /usr/lib/postgresql/15/bin/initdb || missing="$$missing postgresql"; \
	test -x /usr/sbin/cupsd || missing="$$missing cupsd"; \
	test -e /usr/lib/cups/backend/cups-pdf || missing="$$missing cups-pdf"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages for:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils qpdf postgresql-15 \
	    postgresql-contrib cups printer-driver-cups-pdf >/dev/null; \
	fi

# The translation catalogs (desk/i18n/*.ts: Qt's own words in Indonesian, Desk's words in English) compiled to
# the .qm files Desk loads; pyside6-lrelease comes with the PySide6 wheel. The wheel and the frozen build ship them.
I18N_QM := $(patsubst %.ts,%.qm,$(wildcard desk/i18n/*.ts))
desk/i18n/%.qm: desk/i18n/%.ts | $(RUN_STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@
i18n: $(I18N_QM)
# After changing texts in desk/: lupdate adds the new ones to desk/i18n/desk_en.ts (unfinished, so `make test`
# fails until each has its English) and drops the ones Desk no longer has.
i18n-update: $(RUN_STAMP)
	$(BIN)/python -m desk.i18n.extract

run: $(RUN_STAMP) i18n
	$(BIN)/desk run

test: $(STAMP) sysdeps i18n
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n 2 --dist loadgroup -m "not frozen and not bundle"

test-fast: $(STAMP) i18n
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -x -m "not slow and not frozen and not bundle"

bench: $(STAMP) sysdeps i18n
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

lint: $(STAMP)
	$(BIN)/ruff check desk tests db bench packaging

wheel: $(STAMP) i18n
	$(BIN)/python -m build --wheel --outdir dist .

# The frozen Desk (PyInstaller, one folder): dist/Desk/desk (command line) and dist/Desk/desk-gui.
# The same spec builds on Windows (docs/windows.md, packaging/windows/).
dist: $(STAMP) i18n
	rm -rf dist/Desk
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/desk.spec
	@du -sh dist/Desk

# An offline install folder (USB stick): wheels of every pin for Linux and Windows, each supported
# Python, Desk's own wheel and install scripts using `pip --no-index` (dist/Desk-offline-<version>/).
bundle: $(STAMP) i18n
	$(BIN)/python packaging/bundle.py --out dist

# The bundle written for real (about 600 MB from PyPI), its Linux half installed with the network closed, its
# Windows half resolved from it alone. A CI step of its own: downloads and unpacking are no load for `make test`.
bundle-test: $(STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider -m bundle tests/packaging/test_bundle.py

# The frozen Desk run as an office PC would: from another folder, a fresh HOME, no venv or source on PATH.
dist-test: dist
	QT_QPA_PLATFORM=offscreen DESK_FROZEN=dist/Desk $(BIN)/python -m pytest -q -p no:cacheprovider -m frozen tests/packaging

clean:
	rm -rf $(VENV) dist build .pytest_cache
