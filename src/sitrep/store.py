"""The SQLite store: articles, events, evidence, actors, places, relations.

One transaction per article; an article whose normalised text is already
stored is skipped, so re-ingesting adds nothing. Article text is searchable
through FTS5 (``articles_fts``). The schema is documented in the README and
opens in Datasette as it is.
"""
from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from pathlib import Path

from .errors import OutputError
from .records import Article

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL,
    title TEXT, url TEXT, source TEXT,
    published TEXT,               -- YYYY-MM-DD, given or inferred
    published_inferred INTEGER NOT NULL DEFAULT 0,
    published_confidence REAL,
    origin TEXT,
    text TEXT NOT NULL,
    text_hash TEXT NOT NULL UNIQUE,
    ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text, content='articles', content_rowid='id');
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    event_key TEXT NOT NULL,       -- E1, E2 ... within the article
    summary TEXT, category TEXT, acled_type TEXT, acled_subtype TEXT,
    plover TEXT, plover_mode TEXT,
    date_start TEXT, date_end TEXT, date_precision TEXT,
    location TEXT, country TEXT, admin1 TEXT, admin2 TEXT,
    latitude REAL, longitude REAL, geo_precision TEXT, geonames_id INTEGER,
    actor1 TEXT, actor1_type TEXT, actor2 TEXT, actor2_type TEXT,
    fatalities INTEGER, injured INTEGER, arrested INTEGER,
    status TEXT, source TEXT, source_anonymity TEXT,
    historical INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS events_date ON events(date_start);
CREATE INDEX IF NOT EXISTS events_place ON events(country, admin1, admin2);
CREATE TABLE IF NOT EXISTS evidence (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id),
    field TEXT NOT NULL,           -- mention | trigger | date | location | actor1 | actor2 | fatalities | status
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS evidence_event ON evidence(event_id);
CREATE TABLE IF NOT EXISTS actors (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    name TEXT NOT NULL, type TEXT, country TEXT, kind TEXT, role TEXT, affiliation TEXT,
    start INTEGER, "end" INTEGER, text TEXT
);
CREATE TABLE IF NOT EXISTS places (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    name TEXT NOT NULL, country TEXT, admin1 TEXT, admin2 TEXT, precision TEXT,
    latitude REAL, longitude REAL, geonames_id INTEGER, start INTEGER, "end" INTEGER
);
CREATE TABLE IF NOT EXISTS relations (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    source_actor TEXT NOT NULL, target_actor TEXT NOT NULL, type TEXT NOT NULL,
    status TEXT, credited_to TEXT, start INTEGER, "end" INTEGER, text TEXT
);
CREATE VIEW IF NOT EXISTS event_list AS
    SELECT e.id, a.doc_id AS article, e.date_start, e.date_end, e.date_precision,
           e.acled_type, e.acled_subtype, e.plover, e.actor1, e.actor2, e.location,
           e.country, e.admin1, e.admin2, e.fatalities, e.status, e.source, e.summary
    FROM events e JOIN articles a ON a.id = e.article_id;
"""


def text_hash(text: str) -> str:
    norm = re.sub(r"\s+", " ", text).strip().lower()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


class Store:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.db = sqlite3.connect(self.path)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.executescript(SCHEMA)
        except sqlite3.Error as e:
            raise OutputError(f"cannot open the database: {e}", source=str(path)) from None

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def has(self, text: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE text_hash = ?", (text_hash(text),)).fetchone() is not None

    def add(self, article: Article) -> bool:
        """Store one article and all it yielded, atomically. False when already stored."""
        doc, pub = article.document, article.published
        h = text_hash(doc.text)
        try:
            with self.db:  # one transaction: all of the article or none of it
                if self.db.execute("SELECT 1 FROM articles WHERE text_hash = ?", (h,)).fetchone():
                    return False
                cur = self.db.execute(
                    "INSERT INTO articles (doc_id, title, url, source, published, published_inferred,"
                    " published_confidence, origin, text, text_hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (doc.id, doc.title, doc.url, doc.source,
                     pub.date.isoformat() if pub.date else None, int(pub.inferred), pub.confidence,
                     doc.origin, doc.text, h))
                aid = cur.lastrowid
                for ev in article.events:
                    if ev.negated:
                        continue
                    p = ev.place
                    cur = self.db.execute(
                        "INSERT INTO events (article_id, event_key, summary, category, acled_type,"
                        " acled_subtype, plover, plover_mode, date_start, date_end, date_precision,"
                        " location, country, admin1, admin2, latitude, longitude, geo_precision, geonames_id,"
                        " actor1, actor1_type, actor2, actor2_type, fatalities, injured, arrested, status,"
                        " source, source_anonymity, historical)"
                        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        (aid, ev.id, ev.summary, ev.category, ev.acled_type, ev.acled_subtype, ev.plover,
                         ev.mode, _iso(ev.interval.start), _iso(ev.interval.end), ev.interval.precision,
                         p.name if p else None, p.country if p else None, p.admin1 if p else None,
                         p.admin2 if p else None, p.lat if p else None, p.lon if p else None,
                         p.precision if p else None, p.geonames_id if p else None,
                         ev.actor1.name if ev.actor1 else None, ev.actor1.type if ev.actor1 else None,
                         ev.actor2.name if ev.actor2 else None, ev.actor2.type if ev.actor2 else None,
                         ev.fatalities.value if ev.fatalities else None,
                         ev.injured.value if ev.injured else None,
                         ev.arrested.value if ev.arrested else None,
                         ev.claim.status, ev.claim.source, ev.claim.anonymity, int(ev.historical)))
                    eid = cur.lastrowid
                    spans = [("mention", s) for s in ev.evidence] + [("trigger", ev.trigger)]
                    for fname, obj in (("date", ev.time), ("location", ev.place), ("actor1", ev.actor1),
                                       ("actor2", ev.actor2), ("fatalities", ev.fatalities)):
                        if obj is not None:
                            spans.append((fname, obj.span))
                    if ev.claim.span is not None:
                        spans.append(("status", ev.claim.span))
                    self.db.executemany(
                        'INSERT INTO evidence (event_id, field, start, "end", text) VALUES (?,?,?,?,?)',
                        [(eid, f, s.start, s.end, s.text) for f, s in spans])
                self.db.executemany(
                    'INSERT INTO actors (article_id, name, type, country, kind, role, affiliation, start, "end", text)'
                    " VALUES (?,?,?,?,?,?,?,?,?,?)",
                    [(aid, a.name, a.type, a.country, a.kind, a.role, a.affiliation, a.span.start,
                      a.span.end, a.span.text) for a in article.actors])
                self.db.executemany(
                    'INSERT INTO places (article_id, name, country, admin1, admin2, precision, latitude,'
                    ' longitude, geonames_id, start, "end") VALUES (?,?,?,?,?,?,?,?,?,?,?)',
                    [(aid, p.name, p.country, p.admin1, p.admin2, p.precision, p.lat, p.lon,
                      p.geonames_id, p.span.start, p.span.end) for p in article.places])
                self.db.executemany(
                    'INSERT INTO relations (article_id, source_actor, target_actor, type, status, credited_to,'
                    ' start, "end", text) VALUES (?,?,?,?,?,?,?,?,?)',
                    [(aid, r.source, r.target, r.type, r.status, r.credited_to, r.evidence.start,
                      r.evidence.end, r.evidence.text) for r in article.relations])
        except sqlite3.Error as e:
            raise OutputError(f"cannot write to the database: {e}", source=str(self.path)) from None
        return True

    def events(self, *, country: str | None = None, since: str | None = None, until: str | None = None,
               plover: str | None = None, acled_type: str | None = None, status: str | None = None,
               actor: str | None = None, search: str | None = None) -> list[dict]:
        q = ["SELECT e.*, a.doc_id AS article FROM events e JOIN articles a ON a.id = e.article_id WHERE 1=1"]
        args: list = []
        for col, val in (("e.country", country), ("e.plover", plover), ("e.acled_type", acled_type),
                         ("e.status", status)):
            if val:
                q.append(f"AND {col} = ?")
                args.append(val)
        if since:
            q.append("AND e.date_end >= ?")
            args.append(since)
        if until:
            q.append("AND e.date_start <= ?")
            args.append(until)
        if actor:
            q.append("AND (e.actor1 LIKE ? OR e.actor2 LIKE ?)")
            args += [f"%{actor}%", f"%{actor}%"]
        if search:
            q.append("AND e.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            args.append(search)
        q.append("ORDER BY e.date_start, e.id")
        self.db.row_factory = sqlite3.Row
        try:
            return [dict(r) for r in self.db.execute(" ".join(q), args)]
        except sqlite3.Error as e:
            raise OutputError(f"query failed: {e}", source=str(self.path)) from None
        finally:
            self.db.row_factory = None

    def counts(self) -> dict[str, int]:
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "events", "evidence", "actors", "places", "relations")}


def _iso(d):
    return d.isoformat() if d else None


def dumps(rows: list[dict]) -> str:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
