# Two commands matter (see README): `make serve` and `make test`. Both create .venv themselves.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: serve test lint typecheck pytest openapi regen clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[test]"
	rm -f $(VENV)/.installed-*
	touch $@

serve: $(STAMP)
	$(PY) -m uvicorn api.app:app --host 127.0.0.1 --port 8000

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy calc api tables tests scripts

pytest: $(STAMP)
	$(PY) -m pytest --cov --cov-report=term-missing -p no:cacheprovider
	$(PY) -m coverage report --include='calc/*' --fail-under=100

test: lint typecheck pytest

openapi: $(STAMP)
	$(PY) scripts/export_openapi.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .coverage .hypothesis
