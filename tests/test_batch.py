"""sitrep batch on a 2-worker Dask LocalCluster (loopback) and sitrep load: the same database as ingest."""
from __future__ import annotations

import json
import sqlite3

import pytest
from conftest import corpus_records

pytest.importorskip("distributed")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from sitrep import partitions  # noqa: E402
from sitrep.batch import plan  # noqa: E402
from sitrep.store import Store  # noqa: E402

TABLES = ("articles", "events", "evidence", "actors", "places", "relations")


def dump(db, skip=("ingested_at",)) -> dict[str, list[tuple]]:
    """Every row of every table, in id order, without the columns in ``skip``."""
    con = sqlite3.connect(db)
    out = {}
    for t in TABLES:
        cols = [c[1] for c in con.execute(f"PRAGMA table_info({t})") if c[1] not in skip]
        out[t] = con.execute("SELECT " + ", ".join(f'"{c}"' for c in cols) + f" FROM {t} ORDER BY id").fetchall()
    con.close()
    return out


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes of one thread each, on loopback, shared by this module's tests."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0") as c:
        yield c.scheduler_address


BAD = ('{"id": "no-text"}', "this line is not JSON")


def test_batch_then_load_equals_ingest(run, write_corpus, tmp_path, cluster):
    feed = write_corpus(11, extra_lines=BAD)
    with feed.open("a", encoding="utf-8") as f:  # the same text again: stored once
        f.write(json.dumps(corpus_records(1)[0] | {"id": "again"}) + "\n")
    single = tmp_path / "single.sqlite"
    r = run("ingest", feed, "--db", single)
    assert r.exit_code == 1 and "11 added, 3 skipped (2 malformed, 1 duplicate in this run)" in r.stderr

    out = tmp_path / "batch"
    r = run("batch", feed, "--scheduler", cluster, "--workers", 2, "--partition-size", 3, "--out", out)
    assert r.exit_code == 1, r.output  # the two bad lines
    lines = r.stderr.splitlines()
    assert lines[:2] == [f'sitrep: {feed}:12: [E106] a record needs a "text" string',
                         f"sitrep: {feed}:13: [E106] not JSON (Expecting value)"]
    assert lines[2].startswith(f"12 articles, ") and "in 5 partitions, 2 failed" in lines[2]
    for table in partitions.TABLES:
        assert sorted(p.name for p in (out / table).iterdir()) == [f"part-{i:05d}.parquet" for i in range(5)]
    manifest = json.loads((out / "_manifest.json").read_text())
    assert [p["count"] for p in manifest["parts"]] == [3, 3, 3, 3, 2]
    assert manifest["articles"] == 12 and manifest["failed"] == 2
    assert 1 <= manifest["pipelines"] <= 2  # the model loaded once per worker, not once per partition

    loaded = tmp_path / "loaded.sqlite"
    r = run("load", out, "--db", loaded)
    assert r.exit_code == 0, r.output
    assert "11 articles added, 1 already stored, 0 failed" in r.stderr
    want, got = dump(single), dump(loaded)
    assert len(want["events"]) >= 11 and len(want["evidence"]) > len(want["events"])
    for t in TABLES:
        assert got[t] == want[t], t

    r = run("load", out, "--db", loaded)  # twice: nothing more
    assert "0 articles added, 12 already stored" in r.stderr
    assert dump(loaded) == want


def test_the_parquet_tables_hold_the_events_and_their_evidence(run, write_corpus, tmp_path, cluster):
    feed = write_corpus(4)
    out = tmp_path / "batch"
    r = run("batch", feed, "--scheduler", cluster, "--partition-size", 2, "--out", out)
    assert r.exit_code == 0, r.output
    events = pq.read_table(out / "events").to_pylist()
    evidence = pq.read_table(out / "evidence").to_pylist()
    mentions = pq.read_table(out / "mentions").to_pylist()
    articles = pq.read_table(out / "articles").to_pylist()
    assert [a["doc_id"] for a in sorted(articles, key=lambda a: a["seq"])] == [f"wire-{i:03d}" for i in range(4)]
    first = [e for e in events if e["seq"] == 0]
    assert first[0]["plover"] == "ASSAULT" and first[0]["location"] == "Maiduguri" and first[0]["country"] == "NG"
    text = articles[[a["seq"] for a in articles].index(0)]["text"]
    for ev in evidence:
        source = next(a["text"] for a in articles if a["seq"] == ev["seq"])
        assert source[ev["start"]:ev["end"]] == ev["text"]
    assert {"trigger", "mention", "location"} <= {e["field"] for e in evidence if e["seq"] == 0}
    assert {m["kind"] for m in mentions} == {"actor", "place", "time"}
    assert "Maiduguri" in text


def test_batch_on_a_local_cluster_equals_extract(run, write_corpus, tmp_path):
    feed = write_corpus(5)
    out = tmp_path / "batch"
    r = run("batch", feed, "--scheduler", "local", "--workers", 2, "--partition-size", 2, "--out", out)
    assert r.exit_code == 0, r.output
    r = run("extract", feed, "--format", "jsonl")
    assert r.exit_code == 0
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    events = sorted(pq.read_table(out / "events").to_pylist(), key=lambda e: (e["seq"], int(e["event"][1:])))
    assert [(e["event"], e["plover"], e["location"] or "", e["actor1"] or "", e["summary"]) for e in events] == \
        [(r["event"], r["plover"], r["location"], r["actor1"], r["summary"]) for r in rows]


def test_parquet_input_gives_the_database_jsonl_gives(run, write_corpus, tmp_path, cluster):
    records = corpus_records(7)
    feed = write_corpus(7)
    table = pa.table({"id": [r["id"] for r in records], "text": [r["text"] for r in records],
                      "published": pa.array([__import__("datetime").date(2024, 5, 14)] * 7, pa.date32())})
    corpus = tmp_path / "corpus.parquet"
    pq.write_table(table, corpus, row_group_size=4)  # two row groups: 4 and 3 rows
    assert [p.count for p in plan([corpus], 3)[0]] == [3, 1, 3]

    out = tmp_path / "batch"
    r = run("batch", corpus, "--scheduler", cluster, "--partition-size", 3, "--out", out)
    assert r.exit_code == 0, r.output
    r = run("load", out, "--db", tmp_path / "from-parquet.sqlite")
    assert r.exit_code == 0, r.output
    run("ingest", feed, "--db", tmp_path / "from-jsonl.sqlite")
    got = dump(tmp_path / "from-parquet.sqlite", skip=("ingested_at", "origin"))
    assert got == dump(tmp_path / "from-jsonl.sqlite", skip=("ingested_at", "origin"))
    with Store(tmp_path / "from-parquet.sqlite") as s:
        origins = [o for (o,) in s.db.execute("SELECT origin FROM articles ORDER BY id")]
    assert origins[0] == f"{corpus}:row 1" and origins[-1] == f"{corpus}:row 7"


# --- planning and refusals -----------------------------------------------------------------------

def test_plan_splits_on_records_not_lines(tmp_path):
    feed = tmp_path / "f.jsonl"
    feed.write_text('{"text": "a"}\n\n\n{"text": "b"}\n{"text": "c"}\n\n', encoding="utf-8")
    parts, errors = plan([feed], 2)
    assert errors == []
    assert [(p.count, p.first, p.first_seq) for p in parts] == [(2, 1, 0), (1, 5, 2)]
    raw = feed.read_bytes()
    assert raw[parts[1].start:parts[1].stop] == b'{"text": "c"}\n\n'
    assert parts[0].stop == parts[1].start and parts[1].stop == len(raw)


def test_plan_refuses_what_batch_cannot_read(tmp_path):
    (tmp_path / "empty.jsonl").write_text("\n\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("Some text.", encoding="utf-8")
    parts, errors = plan([tmp_path / "empty.jsonl", tmp_path / "notes.txt", tmp_path / "missing.jsonl", "-"], 5)
    assert parts == []
    assert [e.code for e in errors] == ["E102", "E100", "E101", "E100"]


def test_batch_into_a_folder_that_holds_a_batch_is_refused(run, write_corpus, tmp_path):
    feed = write_corpus(1)
    out = tmp_path / "batch"
    (out / "events").mkdir(parents=True)
    r = run("batch", feed, "--out", out)
    assert r.exit_code == 1
    assert r.stderr.strip() == f"sitrep: {out}: [E400] already holds a batch (events); give an empty or new folder"


def test_load_refuses_a_folder_that_is_not_a_finished_batch(run, tmp_path):
    (tmp_path / "half").mkdir()
    r = run("load", tmp_path / "half", "--db", tmp_path / "db.sqlite")
    assert r.exit_code == 1
    assert r.stderr.strip() == f"sitrep: {tmp_path / 'half'}: [E106] not a finished sitrep batch (no _manifest.json)"
    r = run("load", tmp_path / "nowhere", "--db", tmp_path / "db.sqlite")
    assert r.exit_code == 1 and "[E101]" in r.stderr


def test_a_damaged_partition_is_one_line_and_the_others_load(run, pipeline, write_corpus, tmp_path):
    out = tmp_path / "batch"
    out.mkdir()
    arts = [pipeline.extract(r["text"], published=r["published"], id=r["id"]) for r in corpus_records(2)]
    for i, art in enumerate(arts):
        partitions.write_partition(out, i, partitions.article_rows(i, art))
    (out / "_manifest.json").write_text(json.dumps({"layout": partitions.LAYOUT_VERSION, "articles": 2,
                                                    "parts": [{}, {}]}))
    (out / "events" / "part-00000.parquet").write_bytes(b"not parquet")
    r = run("load", out, "--db", tmp_path / "db.sqlite")
    assert r.exit_code == 1
    lines = r.stderr.splitlines()
    assert lines[0].startswith(f"sitrep: {out}/*/part-00000.parquet: [E106] cannot read")
    kept = sum(not e.negated for e in arts[1].events)
    assert lines[1] == f"1 articles added, 0 already stored, 1 failed; {kept} events"
    assert dump(tmp_path / "db.sqlite")["articles"][0][1] == "wire-001"


# --- the round trip without Dask -----------------------------------------------------------------

def test_rows_rebuild_articles_that_store_as_the_originals(pipeline, seed_text, tmp_path):
    records = corpus_records(6)
    arts = [pipeline.extract(r["text"], published=r["published"], id=r["id"]) for r in records]
    arts.append(pipeline.extract(seed_text, id="seed"))  # no date given: inferred
    rows = {t: [] for t in partitions.TABLES}
    for seq, art in enumerate(arts):
        for t, found in partitions.article_rows(seq, art).items():
            rows[t] += found
    partitions.write_partition(tmp_path / "p", 0, rows)
    back = list(partitions.articles_from_rows(partitions.read_partition(tmp_path / "p", 0)))
    for name, found in (("a", arts), ("b", back)):
        with Store(tmp_path / f"{name}.sqlite") as s:
            for art in found:
                assert s.add(art)
    a, b = dump(tmp_path / "a.sqlite"), dump(tmp_path / "b.sqlite")
    assert len(a["events"]) > 20 and a["relations"]
    assert a == b
