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
        pytest.fail(f"the seed article is not at {SEED}: the tests need ../shared/eval/dev beside the checkout")
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


# Short wire reports written for these tests (the events are invented), varied by place, party,
# day and count so that a corpus of them has distinct texts.
_PLACES = [("Maiduguri", "Nigeria"), ("Quetta", "Pakistan"), ("Mogadishu", "Somalia"), ("Kidal", "Mali"),
           ("Mosul", "Iraq"), ("Aleppo", "Syria")]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEMPLATES = [
    "Gunmen attack army post near {town}\n\n{TOWN}, {country} (Sitrep Wire) - Armed men attacked an army post "
    "on the edge of {town} on {day} night, killing {n} soldiers, a military spokesman said.\n\n"
    "The attackers escaped on motorbikes after a gunfight that lasted about an hour, residents said.\n",
    "Traders protest fuel prices in {town}\n\n{TOWN}, {country} (Sitrep Wire) - Several hundred traders marched "
    "through the centre of {town} on {day} to protest against higher fuel prices, local officials said.\n\n"
    "Police fired tear gas to break up the crowd and arrested {n} people.\n",
    "Roadside bomb kills {n} near {town}\n\n{TOWN}, {country} (Sitrep Wire) - A roadside bomb struck a police "
    "vehicle outside {town} on {day}, killing {n} officers, a police official said.\n\n"
    "No group immediately claimed responsibility for the blast.\n",
]


def corpus_records(count: int, published: str = "2024-05-14") -> list[dict]:
    """``count`` JSON Lines records {id, text, published}, every text different."""
    out = []
    for i in range(count):
        town, country = _PLACES[i % len(_PLACES)]
        text = _TEMPLATES[i % len(_TEMPLATES)].format(
            town=town, TOWN=town.upper(), country=country, day=_DAYS[i % len(_DAYS)],
            n=_NUMBERS[(i // len(_TEMPLATES)) % len(_NUMBERS)])
        out.append({"id": f"wire-{i:03d}", "text": text, "published": published})
    return out


@pytest.fixture
def write_corpus(tmp_path):
    """Writes ``count`` records (and any extra raw lines) as a JSON Lines file; returns its path."""
    import json

    def write(count: int, name: str = "feed.jsonl", extra_lines: tuple[str, ...] = ()) -> Path:
        path = tmp_path / name
        lines = [json.dumps(r) for r in corpus_records(count)] + list(extra_lines)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    return write
