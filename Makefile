# Two commands are all a new machine needs: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test demo bench screenshot clean

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
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.startup --people 0 1000 100000
	$(PY) -m bench.demo_speed
	$(PY) -m bench.relationship_notes
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.lists
	$(PY) -m bench.search
	$(PY) -m bench.meetings

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/buurtboek --screenshot screenshots/overzicht.png

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
