"""The SQLite store: articles, events, evidence, actors, places, relations — and incidents.

One transaction per article: its rows, its events' evidence and the merging
of its events into incidents (``merging.py``) are committed together or not at
all, so a run killed at any point and started again ends with the same
database as an uninterrupted run. An article whose normalised text is already
stored is skipped, so re-ingesting adds nothing. Article text is searchable
through FTS5 (``articles_fts``). The schema is ``data/schema.sql``; it is
documented in the README and opens in Datasette as it is. Queries over the
store are in ``query.py``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import random
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from . import query
from .errors import OutputError
from .records import Article, Incident, Interval, Report

SCHEMA = (Path(__file__).parent / "data" / "schema.sql").read_text(encoding="utf-8")

# columns added since the first release of the schema: (table, column, type)
ADDED_COLUMNS = (("events", "actor1_kind", "TEXT"), ("events", "actor2_kind", "TEXT"),
                 ("places", "mention", "TEXT NOT NULL DEFAULT 'name'"))

REPORT_SQL = """SELECT e.id, e.article_id, a.doc_id, a.source, a.published, e.category, e.acled_type,
    e.acled_subtype, e.plover, e.plover_mode, e.date_start, e.date_end, e.date_precision, e.location,
    e.country, e.admin1, e.admin2, e.latitude, e.longitude, e.geo_precision, e.geonames_id,
    e.actor1, e.actor1_type, e.actor1_kind, e.actor2, e.actor2_type, e.actor2_kind,
    e.fatalities, e.injured, e.status, e.source, e.historical, e.summary
    FROM events e JOIN articles a ON a.id = e.article_id"""

INCIDENT_COLUMNS = ("summary", "category", "acled_type", "acled_subtype", "plover", "plover_mode",
                    "date_start", "date_end", "date_precision", "location", "country", "admin1", "admin2",
                    "latitude", "longitude", "geo_precision", "geonames_id", "actor1", "actor1_type",
                    "actor2", "actor2_type", "status", "source", "fatalities_low", "fatalities_best",
                    "fatalities_high", "injured", "articles", "historical", "notes")


def _requote_fts(db: sqlite3.Connection) -> None:
    """A database written before the full-text index named its content table in double quotes
    (which Datasette needs to find it) gets the index rebuilt once, in one transaction."""
    row = db.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()
    if not row or "content='articles'" not in row[0]:
        return
    create = next(s for s in SCHEMA.split(";") if "CREATE VIRTUAL TABLE" in s)
    with db:
        db.execute("BEGIN IMMEDIATE")
        row = db.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()
        if "content='articles'" not in row[0]:  # another process did it first
            return
        db.execute("DROP TABLE articles_fts")
        db.execute(create[create.index("CREATE"):])
        db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")


def text_hash(text: str) -> str:
    norm = re.sub(r"\s+", " ", text).strip().lower()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Added:
    """What storing one article did."""

    article_id: int
    events: int
    joined: int  # events that joined an incident of earlier articles
    founded: int  # events that founded a new incident


# How long a writer waits for another process's transaction before giving up with one line.
BUSY_SECONDS = 300


class Store:
    def __init__(self, path: str | Path, merger=None):
        self.path = Path(path)
        self._merger = merger
        deadline = time.monotonic() + BUSY_SECONDS
        while True:
            try:
                self._open()
                break
            except sqlite3.OperationalError as e:
                # two processes opening a new database at once: turning on WAL and creating the schema
                # can fail at once with "database is locked" (SQLite calls no busy handler there, to
                # avoid a deadlock); the other process is done in a moment, so try again
                self._close_quietly()
                if "locked" not in str(e) or time.monotonic() > deadline:
                    raise OutputError(f"cannot open the database: {e}", source=str(path)) from None
                time.sleep(random.uniform(0.02, 0.2))
            except sqlite3.Error as e:
                self._close_quietly()
                raise OutputError(f"cannot open the database: {e}", source=str(path)) from None
        self._merge_unassigned()

    def _open(self) -> None:
        # another process writing waits its turn rather than failing ("database is locked")
        self.db = sqlite3.connect(self.path, timeout=BUSY_SECONDS)
        self.db.execute("PRAGMA journal_mode=WAL")
        # a commit survives the process being killed; only a power cut may lose the last ones (whole)
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.executescript(SCHEMA)
        _requote_fts(self.db)
        for table, column, typ in ADDED_COLUMNS:
            have = {r[1] for r in self.db.execute(f"PRAGMA table_info({table})")}
            if column not in have:
                self.db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {typ}")
        self.db.commit()

    def _close_quietly(self) -> None:
        db = getattr(self, "db", None)
        if db is not None:
            try:
                db.close()
            except sqlite3.Error:
                pass
            self.db = None

    @property
    def merger(self):
        if self._merger is None:
            from .merging import Merger

            self._merger = Merger()
        return self._merger

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def failed_before(self, text: str) -> str | None:
        """The code and reason of an earlier run's failure on this text ("E108 …"), or None."""
        row = self.db.execute("SELECT code, reason FROM failures WHERE text_hash = ?", (text_hash(text),)).fetchone()
        return f"{row[0]} {row[1]}" if row else None

    def record_failure(self, text: str, origin: str | None, code: str, reason: str) -> None:
        """Remember that sitrep gave up on this text, so that a re-run goes past it."""
        try:
            with self.db:
                self.db.execute("INSERT OR REPLACE INTO failures (text_hash, origin, code, reason) VALUES (?,?,?,?)",
                                (text_hash(text), origin, code, reason))
        except sqlite3.Error as e:
            raise OutputError(f"cannot write to the database: {e}", source=str(self.path)) from None

    def forget_failure(self, text: str) -> None:
        with self.db:
            self.db.execute("DELETE FROM failures WHERE text_hash = ?", (text_hash(text),))

    def has(self, text: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE text_hash = ?", (text_hash(text),)).fetchone() is not None

    def add(self, article: Article) -> Added | None:
        """Store one article, all it yielded and its events' incidents, atomically.

        None when the article (its normalised text) is already stored.
        """
        doc, pub = article.document, article.published
        h = text_hash(doc.text)
        try:
            with self.db:  # one transaction: all of the article or none of it
                # the write lock first: the duplicate check and the merging read what every other
                # writer has committed, so two ingests into one database neither collide nor merge
                # against a stale picture
                self.db.execute("BEGIN IMMEDIATE")
                if self.db.execute("SELECT 1 FROM articles WHERE text_hash = ?", (h,)).fetchone():
                    return None
                cur = self.db.execute(
                    "INSERT INTO articles (doc_id, title, url, source, published, published_inferred,"
                    " published_confidence, origin, text, text_hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (doc.id, doc.title, doc.url, doc.source,
                     pub.date.isoformat() if pub.date else None, int(pub.inferred), pub.confidence,
                     doc.origin, doc.text, h))
                aid = cur.lastrowid
                event_ids = [self._insert_event(aid, ev) for ev in article.events if not ev.negated]
                self.db.executemany(
                    'INSERT INTO actors (article_id, name, type, country, kind, role, affiliation, start, "end", text)'
                    " VALUES (?,?,?,?,?,?,?,?,?,?)",
                    [(aid, a.name, a.type, a.country, a.kind, a.role, a.affiliation, a.span.start,
                      a.span.end, a.span.text) for a in article.actors])
                self.db.executemany(
                    'INSERT INTO places (article_id, name, country, admin1, admin2, precision, latitude,'
                    ' longitude, geonames_id, start, "end", mention) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)',
                    [(aid, p.name, p.country, p.admin1, p.admin2, p.precision, p.lat, p.lon,
                      p.geonames_id, p.span.start, p.span.end, p.mention) for p in article.places])
                self.db.executemany(
                    'INSERT INTO relations (article_id, source_actor, target_actor, type, status, credited_to,'
                    ' start, "end", text) VALUES (?,?,?,?,?,?,?,?,?)',
                    [(aid, r.source, r.target, r.type, r.status, r.credited_to, r.evidence.start,
                      r.evidence.end, r.evidence.text) for r in article.relations])
                joined, founded = self._merge(event_ids)
        except sqlite3.IntegrityError as e:
            if "text_hash" in str(e):
                return None  # stored meanwhile by another writer: a duplicate, skipped
            raise OutputError(f"cannot write to the database: {e}", source=str(self.path)) from None
        except sqlite3.OperationalError as e:
            if "locked" in str(e) or "busy" in str(e):
                raise OutputError(f"the database stayed locked by another writer for {BUSY_SECONDS} s; "
                                  "try again when it is done", source=str(self.path)) from None
            raise OutputError(f"cannot write to the database: {e}", source=str(self.path)) from None
        except sqlite3.Error as e:
            raise OutputError(f"cannot write to the database: {e}", source=str(self.path)) from None
        return Added(aid, len(event_ids), joined, founded)

    def _insert_event(self, aid: int, ev) -> int:
        p = ev.place
        cur = self.db.execute(
            "INSERT INTO events (article_id, event_key, summary, category, acled_type,"
            " acled_subtype, plover, plover_mode, date_start, date_end, date_precision,"
            " location, country, admin1, admin2, latitude, longitude, geo_precision, geonames_id,"
            " actor1, actor1_type, actor2, actor2_type, fatalities, injured, arrested, status,"
            " source, source_anonymity, historical, actor1_kind, actor2_kind)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
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
             ev.claim.status, ev.claim.source, ev.claim.anonymity, int(ev.historical),
             ev.actor1.kind if ev.actor1 else None, ev.actor2.kind if ev.actor2 else None))
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
        return eid

    # --- merging (inside the caller's transaction) ----------------------------------------

    def _merge(self, event_ids: list[int]) -> tuple[int, int]:
        """Join each event to the incident it fits, or found one; returns (joined, founded)."""
        joined = founded = 0
        slack = dt.timedelta(days=self.merger.rules.date_slack_days)
        for eid in event_ids:
            new = self._reports("WHERE e.id = ?", (eid,))[0]
            candidates: dict[int, list[Report]] = {}
            if new.country and new.interval.known:
                sql = ("SELECT DISTINCT ie.incident_id FROM incident_events ie JOIN events e ON e.id = ie.event_id"
                       " WHERE e.country = ? AND e.category = ? AND e.date_start <= ? AND e.date_end >= ?")
                args = [new.country, new.category, (new.interval.end + slack).isoformat(),
                        (new.interval.start - slack).isoformat()]
                if new.admin1:  # the place rule needs the same province, or two points close together
                    sql += " AND (e.admin1 = ?"
                    args.append(new.admin1)
                    if new.lat is not None and new.lon is not None:
                        d = self.merger.rules.near_km / 111.0
                        w = d / max(0.05, math.cos(math.radians(new.lat)))
                        sql += " OR (e.latitude BETWEEN ? AND ? AND e.longitude BETWEEN ? AND ?)"
                        args += [new.lat - d, new.lat + d, new.lon - w, new.lon + w]
                    sql += ")"
                ids = [r[0] for r in self.db.execute(sql, args)]
                for iid in ids:
                    candidates[iid] = self._members(iid)
            decision = self.merger.choose(new, candidates)
            reasons = json.dumps(decision.reasons, ensure_ascii=False, sort_keys=True)
            if decision.incident is None:
                iid = self._save_incident(None, [new])
                self.db.execute("INSERT INTO incident_events (event_id, incident_id, joined, matched_event,"
                                " reasons) VALUES (?,?,1,NULL,?)", (eid, iid, reasons))
                self._save_incident(iid, [new])
                founded += 1
            else:
                iid = decision.incident
                members = candidates[iid]
                self.db.execute("INSERT INTO incident_events (event_id, incident_id, joined, matched_event,"
                                " reasons) VALUES (?,?,?,?,?)",
                                (eid, iid, len(members) + 1, decision.matched.event_id, reasons))
                self._save_incident(iid, [*members, new])
                joined += 1
        return joined, founded

    def _merge_unassigned(self) -> None:
        """Merge events stored before incidents existed (an older database), article by article."""
        try:
            articles = [r[0] for r in self.db.execute(
                "SELECT DISTINCT article_id FROM events WHERE id NOT IN (SELECT event_id FROM incident_events)"
                " ORDER BY article_id")]
            for aid in articles:
                with self.db:
                    self._merge([r[0] for r in self.db.execute(
                        "SELECT id FROM events WHERE article_id = ? AND id NOT IN"
                        " (SELECT event_id FROM incident_events) ORDER BY id", (aid,))])
        except sqlite3.Error as e:
            raise OutputError(f"cannot merge stored events: {e}", source=str(self.path)) from None

    def _reports(self, where: str, args: tuple) -> list[Report]:
        return [_report(r) for r in self.db.execute(f"{REPORT_SQL} {where}", args)]

    def _members(self, incident_id: int) -> list[Report]:
        return self._reports("JOIN incident_events ie ON ie.event_id = e.id WHERE ie.incident_id = ?"
                             " ORDER BY ie.joined", (incident_id,))

    def _save_incident(self, incident_id: int | None, reports: list[Report]) -> int:
        inc = self.merger.combine(reports)
        values = _incident_values(inc)
        if incident_id is None:
            cur = self.db.execute(f"INSERT INTO incidents ({', '.join(INCIDENT_COLUMNS)}) VALUES"
                                  f" ({', '.join('?' for _ in INCIDENT_COLUMNS)})", values)
            return cur.lastrowid
        self.db.execute(f"UPDATE incidents SET {', '.join(c + ' = ?' for c in INCIDENT_COLUMNS)},"
                        " updated_at = datetime('now') WHERE id = ?", (*values, incident_id))
        roles = {f.event_id: f for f in inc.figures}
        for r in reports:
            f = roles.get(r.event_id)
            self.db.execute("UPDATE incident_events SET fatalities_role = ?, fatalities_why = ? WHERE event_id = ?",
                            (f.role if f else None, f.why if f else None, r.event_id))
        return incident_id

    # --- reading -------------------------------------------------------------------------

    def events(self, **filters) -> list[dict]:
        """Per-article events, filtered (see :class:`query.Filters`)."""
        return self._query(query.list_events, filters)

    def incidents(self, **filters) -> list[dict]:
        """Merged incidents, filtered (see :class:`query.Filters`)."""
        return self._query(query.list_incidents, filters)

    def incident(self, incident_id: int) -> dict | None:
        """One incident with its reports, their evidence, their differing values and merge reasons."""
        return self._query(lambda db, f: query.incident_detail(db, incident_id), {})

    def records(self, raw: bool = False, **filters):
        """Incidents (or, ``raw``, per-article events) with their reports, for the exports; a stream."""
        try:
            yield from query.records(self.db, query.Filters(**filters), raw)
        except sqlite3.Error as e:
            raise OutputError(f"query failed: {e}", source=str(self.path)) from None

    def _query(self, fn, filters: dict):
        try:
            return fn(self.db, query.Filters(**filters))
        except sqlite3.Error as e:
            raise OutputError(f"query failed: {e}", source=str(self.path)) from None

    def counts(self) -> dict[str, int]:
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "events", "evidence", "actors", "places", "relations",
                          "incidents", "incident_events")}


def _report(r) -> Report:
    pub = dt.date.fromisoformat(r[4]) if r[4] else None
    start = dt.date.fromisoformat(r[10]) if r[10] else None
    end = dt.date.fromisoformat(r[11]) if r[11] else None
    return Report(event_id=r[0], article_id=r[1], article=r[2], outlet=r[3], published=pub,
                  category=r[5], acled_type=r[6], acled_subtype=r[7], plover=r[8], mode=r[9],
                  interval=Interval(start, end, r[12]), location=r[13], country=r[14], admin1=r[15],
                  admin2=r[16], lat=r[17], lon=r[18], geo_precision=r[19], geonames_id=r[20],
                  actor1=r[21], actor1_type=r[22], actor1_kind=r[23], actor2=r[24], actor2_type=r[25],
                  actor2_kind=r[26], fatalities=r[27], injured=r[28], status=r[29] or "reported",
                  source=r[30], historical=bool(r[31]), summary=r[32] or "")


def _incident_values(inc: Incident) -> tuple:
    p = inc.place
    return (inc.summary, inc.category, inc.acled_type, inc.acled_subtype, inc.plover, inc.mode,
            _iso(inc.interval.start), _iso(inc.interval.end), inc.interval.precision,
            p.location if p else None, p.country if p else None, p.admin1 if p else None,
            p.admin2 if p else None, p.lat if p else None, p.lon if p else None,
            p.geo_precision if p else None, p.geonames_id if p else None,
            inc.actor1, inc.actor1_type, inc.actor2, inc.actor2_type, inc.status, inc.source,
            inc.fatalities_low, inc.fatalities_best, inc.fatalities_high, inc.injured,
            len({r.article_id for r in inc.reports}), int(inc.historical), inc.notes or None)


def _iso(d):
    return d.isoformat() if d else None


def dumps(rows: list[dict]) -> str:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
