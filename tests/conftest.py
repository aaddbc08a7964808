"""Shared fixtures: the real spaCy model and the real gazetteer, loaded once."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import sitrep
from sitrep.cli import main

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "eval" / "dev" / "trt-2022-pakistan-iran.txt"


@pytest.fixture(scope="session")
def pipeline():
    return sitrep.default_pipeline()


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)

    return invoke


@pytest.fixture(scope="session")
def seed_text():
    if not SEED.exists():
        pytest.skip(f"the seed article is not at {SEED} (../shared/eval/dev beside the checkout)")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory):
    """The hand-written corpus (tests/corpus.py) ingested through the CLI, as JSON Lines."""
    from corpus import write_jsonl

    folder = tmp_path_factory.mktemp("corpus")
    db = folder / "corpus.sqlite"
    result = CliRunner().invoke(main, ["ingest", str(write_jsonl(folder / "corpus.jsonl")), "--db", str(db)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return db
