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

test: lint typecheck drift pytest

openapi: $(STAMP)
	$(PY) scripts/export_openapi.py

# Clients (scripts/clients.py): `clients` re-exports openapi.json and regenerates clients/python and
# clients/typescript/src/schema.ts; `drift` does the same, then fails if git sees any change there.
.PHONY: clients drift

clients: $(STAMP)
	$(PY) scripts/clients.py generate

drift: $(STAMP)
	$(PY) scripts/clients.py drift

clean:
	rm -rf $(VENV) .venv-gen .mypy_cache .ruff_cache .coverage .hypothesis clients/typescript/node_modules clients/typescript/.test-build
