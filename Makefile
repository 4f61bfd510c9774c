# Two commands matter (see README): `make serve` and `make test`. Both create .venv themselves.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
RUNTIME := $(VENV)/.runtime-$(shell cksum pyproject.toml | cut -d' ' -f1)
HOST ?= 127.0.0.1
PORT ?= 8000
WORKERS ?= 1

.PHONY: serve test check lint typecheck pytest openapi regen clean rustfree bench mutation profile

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[test]"
	rm -f $(VENV)/.installed-*
	touch $@

# `make serve` installs the runtime only (no test tools): `pip install -e ".[fast]"` (httptools and
# uvloop: C extensions, no Rust; scripts/check_rust_free.py checks this install).
$(RUNTIME): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[fast]"
	rm -f $(VENV)/.runtime-*
	touch $@

# The page at http://127.0.0.1:8000/ is served from the committed build (api/web/static/).
# `make serve PORT=9000 WORKERS=2 HOST=0.0.0.0`; more settings: `opioid-calc serve --help`.
serve: $(RUNTIME)
	$(PY) -m api.cli serve --host $(HOST) --port $(PORT) --workers $(WORKERS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy calc api tables tests scripts bench

pytest: $(STAMP)
	$(PY) -m pytest --cov --cov-report=term-missing -p no:cacheprovider
	$(PY) -m coverage report --include='calc/*' --fail-under=100

# A plain `pip install .` into a fresh venv must carry no compiled extension built from Rust.
rustfree: $(STAMP)
	$(PY) scripts/check_rust_free.py

test: lint typecheck drift pytest rustfree

# The edit loop: lint, types and the fast tests (not those marked slow: real servers, fuzzing,
# load, the clients, the browser). `make test` runs everything.
check: $(STAMP) lint typecheck
	$(PY) -m pytest -q -p no:cacheprovider -m "not slow"

# Not part of `make test`: benchmarks write their results into README.md (bench/__main__.py).
bench: $(STAMP)
	$(PY) -m bench

# Mutation testing of calc/ ([tool.mutmut] in pyproject.toml); slow, so not in CI.
mutation: $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[test,mutation]"
	rm -rf mutants
	$(VENV)/bin/mutmut run --max-children 2 || true
	$(PY) scripts/mutation_score.py

# Where the time of one request goes, in-process (no network): OP=calculate_mme by default.
profile: $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[test,profile]"
	$(PY) -m bench.profile $(OP)

openapi: $(STAMP)
	$(PY) scripts/export_openapi.py

# The table grammar as JSON Schema (tables/schema/*.schema.json, from calc/kinds/ and
# tables/bounds.toml): `table-schema` rewrites them; a test fails when they are stale.
# `make check-tables DIR=/path/to/institution` loads an institution folder as the server would.
.PHONY: table-schema check-tables

table-schema: $(STAMP)
	$(PY) -m tables schema

check-tables: $(STAMP)
	$(PY) -m tables check $(DIR)

# Clients (scripts/clients.py): `clients` writes api/codes.py, re-exports openapi.json and
# regenerates clients/python and clients/typescript/src/schema.ts; `web` rebuilds the page into
# api/web/static/ (scripts/web.py); `drift` does both, then fails if git sees any change there.
.PHONY: clients web drift

clients: $(STAMP)
	$(PY) scripts/clients.py generate

web: $(STAMP)
	$(PY) scripts/web.py build

drift: $(STAMP)
	$(PY) scripts/clients.py drift
	$(PY) scripts/web.py drift

clean:
	rm -rf $(VENV) .venv-gen .mypy_cache .ruff_cache .coverage .hypothesis clients/typescript/node_modules clients/typescript/.test-build web/node_modules web/.test-build web/test-artifacts
