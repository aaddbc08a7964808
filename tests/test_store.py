"""The SQLite store: `sitrep ingest` / `sitrep events` round trip, idempotence, search, filters, atomicity."""
from __future__ import annotations

import json
import sqlite3

import pytest

from sitrep.errors import OutputError
from sitrep.store import Store

NIGERIA = """Insurgents attack police post in Maiduguri, three officers killed

MAIDUGURI, Nigeria (Sitrep Wire) - Suspected Boko Haram insurgents attacked a police post in Maiduguri on Monday night, killing three police officers and wounding two others, a police spokesman said.

The attackers arrived on motorcycles shortly before midnight and opened fire on the post before setting a patrol vehicle alight.

Residents said the gunfire lasted for about an hour before soldiers reached the area.
"""
NIGERIA_PUBLISHED = "2024-05-14"  # a Tuesday: "Monday night" is 13 May

PAKISTAN = """Roadside bomb hits paramilitary convoy near Quetta

QUETTA, Pakistan (Sitrep Wire) - A roadside bomb struck a Frontier Corps convoy on the outskirts of Quetta on Thursday, killing two soldiers, officials said.

No group immediately claimed responsibility for the blast, which damaged two vehicles.
"""
PAKISTAN_PUBLISHED = "2023-03-10"  # a Friday: "Thursday" is 9 March

TABLES = ("articles", "events", "evidence", "actors", "places", "relations", "incidents", "incident_events")


@pytest.fixture
def files(tmp_path):
    ng = tmp_path / "ng-police-post.txt"
    ng.write_text(NIGERIA, encoding="utf-8")
    pk = tmp_path / "pk-convoy.txt"
    pk.write_text(PAKISTAN, encoding="utf-8")
    return ng, pk


@pytest.fixture
def db(tmp_path, run, files):
    """A database holding both articles, ingested through the CLI."""
    path = tmp_path / "db.sqlite"
    ng, pk = files
    r = run("ingest", ng, "--db", path, "--published", NIGERIA_PUBLISHED)
    assert r.exit_code == 0, r.output
    r = run("ingest", pk, "--db", path, "--published", PAKISTAN_PUBLISHED)
    assert r.exit_code == 0, r.output
    return path


def counts(path):
    with Store(path) as s:
        return s.counts()


def events(run, db, *args):
    r = run("events", "--db", db, "--raw", "--format", "json", *args)
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def test_ingest_reports_what_it_added(run, tmp_path, files):
    path = tmp_path / "db.sqlite"
    r = run("ingest", files[0], "--db", path, "--published", NIGERIA_PUBLISHED)
    assert r.exit_code == 0, r.output
    assert "1 articles read: 1 added, 0 skipped; " in r.stderr
    c = counts(path)
    assert c["articles"] == 1
    assert c["events"] >= 1 and c["evidence"] >= c["events"] and c["places"] >= 1


def test_round_trip_fields(run, db):
    rows = events(run, db)
    assert {r["article"] for r in rows} == {"ng-police-post", "pk-convoy"}
    ng = [r for r in rows if r["article"] == "ng-police-post" and r["plover"] == "ASSAULT"]
    assert len(ng) == 1, rows
    e = ng[0]
    assert e["location"] == "Maiduguri"
    assert e["country"] == "NG"
    assert e["admin1"] == "Borno"
    assert e["date_start"] == "2024-05-13"
    assert e["date_precision"] == "day"
    assert e["fatalities"] == 3
    assert e["injured"] == 2
    assert e["category"] == "conflict" and e["acled_type"]
    assert e["actor1"] == "Boko Haram"
    assert e["status"] == "alleged"  # the lead's "Suspected Boko Haram insurgents attacked …" hedges the doer
    assert e["historical"] == 0
    assert e["summary"] and e["event_key"].startswith("E")
    assert isinstance(e["latitude"], float) and 11 < e["latitude"] < 12.5

    pk = [r for r in rows if r["article"] == "pk-convoy"]
    assert pk and pk[0]["location"] == "Quetta" and pk[0]["country"] == "PK"
    assert pk[0]["date_start"] == "2023-03-09" and pk[0]["fatalities"] == 2
    # ordered by date
    assert [r["date_start"] for r in rows] == sorted(r["date_start"] for r in rows)


def test_round_trip_matches_the_pipeline(run, db, pipeline):
    """What `events` returns is what the pipeline extracted, field for field."""
    art = pipeline.extract(NIGERIA, published=NIGERIA_PUBLISHED, id="ng-police-post")
    stored = [r for r in events(run, db) if r["article"] == "ng-police-post"]
    expected = [e for e in art.events if not e.negated]
    assert len(stored) == len(expected)
    for row, ev in zip(sorted(stored, key=lambda r: r["event_key"]), sorted(expected, key=lambda e: e.id)):
        assert row["event_key"] == ev.id
        assert row["plover"] == ev.plover and row["acled_subtype"] == ev.acled_subtype
        assert row["date_start"] == (ev.interval.start.isoformat() if ev.interval.start else None)
        assert row["date_end"] == (ev.interval.end.isoformat() if ev.interval.end else None)
        assert row["location"] == (ev.place.name if ev.place else None)
        assert row["summary"] == ev.summary


def test_stored_evidence_slices_the_stored_text(db):
    con = sqlite3.connect(db)
    try:
        rows = con.execute('SELECT a.text, v.field, v.start, v."end", v.text FROM evidence v '
                           "JOIN events e ON e.id = v.event_id JOIN articles a ON a.id = e.article_id").fetchall()
        texts = {t for (t,) in con.execute("SELECT text FROM articles")}
    finally:
        con.close()
    assert rows
    assert {"mention", "trigger", "location"} <= {r[1] for r in rows}
    for text, field, start, end, snippet in rows:
        assert text[start:end] == snippet, (field, start, end, snippet)
    assert texts == {NIGERIA, PAKISTAN}


def test_events_other_formats(run, db):
    r = run("events", "--db", db, "--raw", "--format", "csv")
    assert r.exit_code == 0
    assert r.stdout.splitlines()[0].startswith("id,")
    assert "Maiduguri" in r.stdout and "Quetta" in r.stdout
    r = run("events", "--db", db, "--raw", "--format", "jsonl")
    recs = [json.loads(x) for x in r.stdout.splitlines() if x.strip()]
    assert {x["location"] for x in recs} >= {"Maiduguri", "Quetta"}
    r = run("events", "--db", db, "--raw")
    assert r.exit_code == 0 and "Maiduguri" in r.stdout
    assert f"{len(recs)} events" in r.stderr


def test_ingesting_again_adds_nothing(run, db, files):
    before = counts(db)
    assert before["articles"] == 2
    r = run("ingest", *files, "--db", db)
    assert r.exit_code == 0, r.output
    assert "2 articles read: 0 added, 2 skipped (2 already stored); 0 events" in r.stderr
    assert counts(db) == before


def test_same_text_under_another_name_or_line_endings_adds_nothing(run, db, tmp_path):
    before = counts(db)
    copy = tmp_path / "copy-of-report.txt"
    copy.write_bytes(NIGERIA.replace("\n", "\r\n").encode("utf-8"))
    r = run("ingest", copy, "--db", db, "--published", NIGERIA_PUBLISHED)
    assert r.exit_code == 0, r.output
    assert counts(db) == before


def test_store_add_twice_returns_none(tmp_path, pipeline):
    art = pipeline.extract(NIGERIA, published=NIGERIA_PUBLISHED, id="ng")
    with Store(tmp_path / "s.sqlite") as s:
        added = s.add(art)
        assert added is not None and added.events == len([e for e in art.events if not e.negated])
        assert added.founded == added.events and added.joined == 0
        first = s.counts()
        assert s.add(art) is None
        assert s.counts() == first
        assert s.has(NIGERIA) and s.has("  " + NIGERIA.upper())
        assert not s.has(PAKISTAN)


def test_search_finds_the_article_events(run, db):
    rows = events(run, db, "--search", "motorcycles")
    assert rows and {r["article"] for r in rows} == {"ng-police-post"}
    rows = events(run, db, "--search", "convoy")
    assert rows and {r["article"] for r in rows} == {"pk-convoy"}


def test_search_for_an_absent_word_finds_nothing(run, db):
    assert events(run, db, "--search", "earthquake") == []


@pytest.mark.parametrize("search", ['"unbalanced', "-1", "NOT", "javascript:alert(1)", "zzq AND", "col:val", "(x"])
def test_search_text_is_searched_never_read_as_query_syntax(run, db, search):
    r = run("events", "--db", db, "--search", search, "--format", "json")
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout) == []


def test_search_words_and_phrases(run, db):
    from sitrep.query import fts_query

    assert fts_query('police "police post"  -1') == '"police" "police post" "-1"'
    assert fts_query('say "x""y') == '"say" "x" """y"'  # the stray quote, doubled
    assert fts_query("") == '""'
    assert events(run, db, "--search", "police")


def test_filter_country(run, db):
    ng = events(run, db, "--country", "NG")
    assert ng and {r["country"] for r in ng} == {"NG"} and {r["article"] for r in ng} == {"ng-police-post"}
    pk = events(run, db, "--country", "PK")
    assert pk and {r["article"] for r in pk} == {"pk-convoy"}
    assert events(run, db, "--country", "SO") == []


def test_filter_since_until(run, db):
    since = events(run, db, "--since", "2024-01-01")
    assert since and {r["article"] for r in since} == {"ng-police-post"}
    until = events(run, db, "--until", "2023-12-31")
    assert until and {r["article"] for r in until} == {"pk-convoy"}
    both = events(run, db, "--since", "2023-03-09", "--until", "2024-05-13")
    assert {r["article"] for r in both} == {"ng-police-post", "pk-convoy"}
    # the interval bounds are inclusive: the Quetta blast on 9 March 2023
    assert {r["article"] for r in events(run, db, "--until", "2023-03-09")} == {"pk-convoy"}
    assert "pk-convoy" not in {r["article"] for r in events(run, db, "--since", "2023-03-10")}
    assert events(run, db, "--since", "2025-01-01") == []


def test_filters_combine(run, db):
    assert events(run, db, "--country", "NG", "--until", "2023-12-31") == []
    rows = events(run, db, "--country", "PK", "--search", "bomb")
    assert rows and {r["article"] for r in rows} == {"pk-convoy"}


# --- atomicity --------------------------------------------------------------------------------

class _FailOnPlaces:
    """The real connection, except that inserting into ``places`` fails as a full disk would."""

    def __init__(self, con):
        self._con = con

    def __getattr__(self, name):
        return getattr(self._con, name)

    def __enter__(self):
        return self._con.__enter__()

    def __exit__(self, *exc):
        return self._con.__exit__(*exc)

    def executemany(self, sql, rows):
        if "INTO places" in sql:
            raise sqlite3.OperationalError("database or disk is full")
        return self._con.executemany(sql, rows)


def test_store_add_is_atomic(tmp_path, pipeline):
    art = pipeline.extract(NIGERIA, published=NIGERIA_PUBLISHED, id="ng-police-post")
    assert art.events and art.places and art.actors  # every table would get rows
    path = tmp_path / "atomic.sqlite"
    store = Store(path)
    real = store.db
    store.db = _FailOnPlaces(real)
    with pytest.raises(OutputError) as info:
        store.add(art)
    assert str(path) in str(info.value)
    assert "disk is full" in str(info.value)
    store.db = real
    assert store.counts() == {t: 0 for t in TABLES}
    assert real.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Maiduguri'").fetchone()[0] == 0
    assert not store.has(NIGERIA)
    store.close()

    # nothing is left for another connection either, and the article can then be stored whole
    with Store(path) as again:
        assert again.counts() == {t: 0 for t in TABLES}
        assert again.add(art) is not None
        c = again.counts()
        assert c["articles"] == 1 and c["places"] == len(art.places) and c["events"] >= 1


def test_ingest_continues_after_a_failed_article(run, tmp_path, files):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    path = tmp_path / "db.sqlite"
    r = run("ingest", bad, files[0], "--db", path, "--published", NIGERIA_PUBLISHED)
    assert r.exit_code == 1
    assert "Traceback" not in r.output
    assert str(bad) in r.stderr and "E102" in r.stderr
    assert counts(path)["articles"] == 1


def test_unopenable_database_is_one_clean_error(run, tmp_path, files):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    r = run("ingest", files[0], "--db", blocker / "db.sqlite")
    assert r.exit_code != 0
    assert "Traceback" not in r.output
    lines = [x for x in r.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and "E400" in lines[0] and str(blocker / "db.sqlite") in lines[0]


def test_places_keep_how_the_text_names_them(tmp_path, pipeline):
    """A people's word ("Russian troops") is stored as a place of the report, marked as such, and a
    database written before the column existed gains it when opened."""
    art = pipeline.extract("Russian troops shelled a village near Kharkiv on Tuesday, officials said.",
                           published="2024-03-12")
    path = tmp_path / "a.sqlite"
    with Store(path) as s:
        s.add(art)
    con = sqlite3.connect(path)
    rows = dict(con.execute("SELECT name, mention FROM places"))
    assert rows.get("Russian") == "people" and rows.get("Kharkiv") == "name"
    con.execute("ALTER TABLE places DROP COLUMN mention")
    con.commit()
    con.close()
    with Store(path):
        pass
    con = sqlite3.connect(path)
    assert {r[0] for r in con.execute("SELECT mention FROM places")} == {"name"}  # unknown: the old default
    con.close()


def test_a_database_another_process_is_creating_is_opened_once_it_is_free(tmp_path, monkeypatch):
    """Two processes opening one new database at once: turning on WAL can fail at once with
    "database is locked" (no busy handler is called there); the store tries again, and opens it."""
    real_open, calls = Store._open, []

    def open_once_locked(self):
        calls.append(1)
        if len(calls) == 1:
            self.db = sqlite3.connect(":memory:")
            raise sqlite3.OperationalError("database is locked")
        real_open(self)

    monkeypatch.setattr(Store, "_open", open_once_locked)
    store = Store(tmp_path / "new.sqlite")
    assert len(calls) == 2
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_database_that_is_no_database_is_still_one_clear_error(tmp_path):
    bad = tmp_path / "not.sqlite"
    bad.write_bytes(b"this is not a database, only words" * 100)
    with pytest.raises(OutputError, match="cannot open the database"):
        Store(bad)
