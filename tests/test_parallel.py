"""--workers N: the same results as one worker, in input order, with errors where they were."""
from __future__ import annotations

import json

import pytest
from conftest import corpus_records

from sitrep import formats, parallel
from sitrep.config import Settings
from sitrep.errors import ConfigError, EmptyInputError, InputError
from sitrep.reading import from_text


def _documents(records):
    return [from_text(r["text"], id=r["id"], published=None) for r in records]


@pytest.fixture(scope="module")
def pool():
    with parallel.WorkerPool(Settings.from_env(), workers=2, batch_size=3) as p:
        yield p


def test_two_workers_give_what_one_gives_in_input_order(pipeline, pool):
    docs = _documents(corpus_records(14))
    bad = EmptyInputError("no text", source="blank.txt")
    items = docs[:5] + [bad] + docs[5:]
    one = list(pipeline.stream(items))
    two = list(pool.stream(items))
    assert isinstance(two[5], EmptyInputError) and str(two[5]) == str(bad)
    assert [a.document.id for a in two if not isinstance(a, InputError)] == [d.id for d in docs]
    assert [formats.to_json(a) if not isinstance(a, InputError) else str(a) for a in two] == \
        [formats.to_json(a) if not isinstance(a, InputError) else str(a) for a in one]
    assert sum(len(a.events) for a in two if not isinstance(a, InputError)) >= 14


def test_a_pool_serves_several_streams(pool):
    docs = _documents(corpus_records(4))
    first = [a.document.id for a in pool.stream(docs)]
    again = [a.document.id for a in pool.stream(reversed(docs))]
    assert first == [d.id for d in docs]
    assert again == first[::-1]


def test_fewer_than_one_worker_is_refused():
    with pytest.raises(ConfigError):
        parallel.WorkerPool(Settings.from_env(), workers=0)


# --- through the CLI -----------------------------------------------------------------------------

def test_extract_with_two_workers_equals_one_worker(run, write_corpus, tmp_path):
    feed = write_corpus(20, extra_lines=('{"id": "broken"}', "not json at all"))
    outs = {}
    for n in (1, 2):
        r = run("extract", feed, "--format", "jsonl", "--workers", n)
        assert r.exit_code == 1, r.output  # the two bad lines
        outs[n] = (r.stdout, r.stderr)
    assert outs[1] == outs[2]
    rows = [json.loads(line) for line in outs[2][0].splitlines()]
    assert [r["article"] for r in rows] == sorted(r["article"] for r in rows)  # input order
    assert len({r["article"] for r in rows}) == 20
    assert outs[2][1].splitlines() == [f'sitrep: {feed}:21: [E106] a record needs a "text" string',
                                       f"sitrep: {feed}:22: [E106] not JSON (Expecting value)"]


def test_json_files_with_two_workers_equal_one_worker(run, write_corpus, tmp_path):
    feed = write_corpus(6)
    for n in (1, 2):
        r = run("extract", feed, "--format", "json", "--out", tmp_path / f"out{n}", "--workers", n)
        assert r.exit_code == 0, r.output
    one = {p.name: p.read_text() for p in (tmp_path / "out1").iterdir()}
    two = {p.name: p.read_text() for p in (tmp_path / "out2").iterdir()}
    assert len(one) == 6 and one == two


def test_ingest_with_two_workers_stores_what_one_stores(run, write_corpus, tmp_path):
    from sitrep.store import Store

    feed = write_corpus(8)
    tables = {}
    for n in (1, 2):
        db = tmp_path / f"w{n}.sqlite"
        r = run("ingest", feed, "--db", db, "--workers", n)
        assert r.exit_code == 0, r.output
        assert "8 articles read: 8 added" in r.stderr
        with Store(db) as s:
            tables[n] = [s.db.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
                         for t in ("events", "evidence", "actors", "places", "relations")]
            tables[n].append(s.db.execute("SELECT doc_id, text FROM articles ORDER BY id").fetchall())
    assert tables[1] == tables[2]
    assert [row[0] for row in tables[2][-1]] == [f"wire-{i:03d}" for i in range(8)]


def test_a_model_the_workers_cannot_load_is_one_error_and_leaves_no_file(run, write_corpus, tmp_path):
    feed = write_corpus(2)
    out = tmp_path / "out"
    r = run("extract", feed, "--format", "jsonl", "--out", out, "--workers", "2", "--model", "no_such_model_xx")
    assert r.exit_code == 1
    assert "[E200] cannot load spaCy model 'no_such_model_xx'" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert list(out.iterdir()) == []


def test_warm_up_loads_the_model_in_every_worker(pool):
    pool.warm_up()  # returns once each worker process has its pipeline; a second call is cheap
    t = __import__("time").perf_counter()
    pool.warm_up()
    assert __import__("time").perf_counter() - t < 5
