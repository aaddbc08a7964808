"""A sitrep database in Datasette (its own test client, no server): the full-text index is found,
so ?_search= filters the articles, and `sitrep datasette-metadata` gives labels, descriptions and
facets that Datasette applies."""
from __future__ import annotations

import asyncio
import json
import sqlite3

import pytest

datasette_app = pytest.importorskip("datasette.app", reason="datasette is in the [test] extra")

from corpus import REPORTS  # noqa: E402


def _get(ds, path: str):
    async def go():
        return await ds.client.get(path)

    return asyncio.run(go())


@pytest.fixture(scope="module")
def metadata(corpus_db, tmp_path_factory):
    from click.testing import CliRunner

    from sitrep.cli import main

    out = tmp_path_factory.mktemp("datasette") / "metadata.json"
    r = CliRunner().invoke(main, ["datasette-metadata", "--db", str(corpus_db), "--out", str(out)],
                           catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return json.loads(out.read_text(encoding="utf-8"))


def _word_in_one_report() -> tuple[str, set[str]]:
    """A word that some reports of the corpus use and others do not, and the ids of those that do."""
    for word in ("motorbikes", "checkpoint", "ambush", "convoy", "claimed"):
        ids = {r["id"] for r in REPORTS if word in r["text"].lower()}
        if 0 < len(ids) < len(REPORTS):
            return word, ids
    raise AssertionError("no word separates the corpus's reports")


def test_datasette_finds_the_full_text_index_without_metadata(corpus_db):
    ds = datasette_app.Datasette([str(corpus_db)])
    info = _get(ds, f"/{corpus_db.stem}/articles.json?_shape=objects&_size=max")
    assert info.status_code == 200
    word, ids = _word_in_one_report()
    found = _get(ds, f"/{corpus_db.stem}/articles.json?_search={word}&_shape=objects&_size=max")
    assert found.status_code == 200
    rows = found.json()["rows"]
    assert {r["doc_id"] for r in rows} == ids  # filtered, not every article
    assert len(rows) < len(info.json()["rows"])


def test_an_older_database_gets_its_index_redeclared(tmp_path):
    """A database whose index named its content table in single quotes (as sitrep wrote it before)
    is brought up to date when sitrep opens it, and keeps finding what it found."""
    from sitrep.store import SCHEMA, Store

    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    db.executescript(SCHEMA.replace('content="articles", content_rowid="id"', "content='articles', content_rowid='id'"))
    db.execute("INSERT INTO articles (doc_id, title, text, text_hash) VALUES ('x', 'Raid', 'Troops raided a market', 'h')")
    db.commit()
    db.close()
    with Store(path) as store:
        sql = store.db.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()[0]
        assert 'content="articles"' in sql
        assert store.db.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'market'").fetchall() == [(1,)]
    ds = datasette_app.Datasette([str(path)])
    rows = _get(ds, "/old/articles.json?_search=market&_shape=objects").json()["rows"]
    assert [r["doc_id"] for r in rows] == ["x"]


def test_metadata_is_applied(corpus_db, metadata):
    name = corpus_db.stem
    assert set(metadata["databases"]) == {name}
    tables = metadata["databases"][name]["tables"]
    with sqlite3.connect(corpus_db) as db:
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        for table, spec in tables.items():
            assert table in names, table  # no description of a table that is not there
            have = {r[1] for r in db.execute(f"PRAGMA table_info({table})")}
            assert set(spec.get("columns", {})) <= have, (table, set(spec.get("columns", {})) - have)
            assert set(spec.get("facets", [])) <= have, table
    ds = datasette_app.Datasette([str(corpus_db)], metadata=metadata)
    page = _get(ds, f"/{name}/incidents.json?_extra=facet_results")
    assert page.status_code == 200
    facets = page.json()["facet_results"]
    facets = facets.get("results", facets)
    assert {"country", "acled_type", "actor1", "date_start"} <= set(facets)
    countries = {v["value"]: v["count"] for v in facets["country"]["results"]}
    assert countries.get("PK", 0) > 0
    html = _get(ds, f"/{name}/incidents").text
    assert "the toll as ACLED counts it" in html  # a column description shown
    word, ids = _word_in_one_report()
    rows = _get(ds, f"/{name}/articles.json?_search={word}&_shape=objects&_size=max").json()["rows"]
    assert {r["doc_id"] for r in rows} == ids
