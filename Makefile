# Two commands are all a new machine needs: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test demo bench screenshot clean bundle installer translations docs-screenshots

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 niet gevonden ($(PYTHON))."; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ] && [ -z "$$QT_QPA_PLATFORM" ]; then \
		echo "Geen scherm gevonden: Buurtboek start offscreen."; \
		QT_QPA_PLATFORM=offscreen $(VENV)/bin/buurtboek $(ARGS); \
	else $(VENV)/bin/buurtboek $(ARGS); fi

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)
	$(VENV)/bin/lint-imports

demo: $(STAMP)
	$(VENV)/bin/buurtboek demo $(ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.suite $(ARGS)

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/buurtboek --screenshot screenshots/overzicht.png

# Shipping (issue 11): the frozen app, the Windows installer, translations, manual pictures.
VERSION = $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)

bundle: $(STAMP)
	$(PY) -m pip install --quiet -e ".[bundle]"
	QT_QPA_PLATFORM=offscreen $(PY) packaging/make_icon.py
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/buurtboek.spec
	$(PY) packaging/smoke_test.py dist/buurtboek

installer:
	@command -v iscc >/dev/null 2>&1 || { echo "iscc (Inno Setup 6) niet gevonden. Op Windows:"; \
		echo "  make bundle, daarna: iscc /DMyAppVersion=$(VERSION) installer.iss"; \
		echo "  (het installatieprogramma komt in dist/installer/)"; exit 1; }
	iscc /DMyAppVersion=$(VERSION) installer.iss

translations: $(STAMP)
	$(PY) packaging/update_translations.py

docs-screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/docs_screenshots.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
