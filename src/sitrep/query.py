"""Reading the store: filtered lists of incidents and of per-article events, one incident in
detail, and a stream of records for the exports (``exports.py``).

Every function takes an open ``sqlite3.Connection`` on a database written by
``store.Store`` and a :class:`Filters`; the ``Store`` methods of the same names wrap them.
"""
from __future__ import annotations

import re

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

MEMBER_SQL = """SELECT ie.joined, ie.matched_event, ie.reasons, ie.fatalities_role, ie.fatalities_why,
    e.id AS event_id, e.event_key, e.article_id, a.doc_id AS article, a.title, a.url, a.source AS outlet, a.published,
    e.summary, e.category, e.acled_type, e.acled_subtype, e.plover, e.plover_mode,
    e.date_start, e.date_end, e.date_precision, e.location, e.country, e.admin1, e.admin2,
    e.latitude, e.longitude, e.geo_precision, e.actor1, e.actor1_type, e.actor2, e.actor2_type,
    e.fatalities, e.injured, e.arrested, e.status, e.source, e.source_anonymity, e.geonames_id,
    e.actor1_kind, e.actor2_kind,
    (SELECT ac.country FROM actors ac WHERE ac.article_id = e.article_id AND ac.name = e.actor1
        AND ac.country IS NOT NULL LIMIT 1) AS actor1_country,
    (SELECT ac.country FROM actors ac WHERE ac.article_id = e.article_id AND ac.name = e.actor2
        AND ac.country IS NOT NULL LIMIT 1) AS actor2_country,
    (SELECT v.text FROM evidence v WHERE v.event_id = e.id AND v.field = 'mention' ORDER BY v.id LIMIT 1)
        AS mention,
    (SELECT v.text FROM evidence v WHERE v.event_id = e.id AND v.field = 'location' ORDER BY v.id LIMIT 1)
        AS location_text,
    (SELECT substr(a.text, max(1, v.start - 29), min(v.start, 30)) FROM evidence v
        WHERE v.event_id = e.id AND v.field = 'location' ORDER BY v.id LIMIT 1) AS before_location
    FROM incident_events ie JOIN events e ON e.id = ie.event_id JOIN articles a ON a.id = e.article_id"""

# the values two reports of one incident may give differently, as `sitrep event` lists them
COMPARED = ("date_start", "date_end", "location", "admin2", "acled_subtype", "plover", "actor1", "actor2",
            "fatalities", "status", "source")


@dataclass
class Filters:
    """What ``sitrep events`` and ``sitrep export`` select; every field is optional."""

    since: str | None = None  # YYYY-MM-DD: ending on or after
    until: str | None = None  # YYYY-MM-DD: starting on or before
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    admin2: str | None = None
    actor: str | None = None  # part of a name, any side, any report
    acled_type: str | None = None  # ACLED event type, e.g. Battles
    subtype: str | None = None  # ACLED sub-event type, e.g. Armed clash
    plover: str | None = None
    status: str | None = None
    search: str | None = None  # SQLite FTS5 query over the article texts
    min_articles: int | None = None  # incidents reported by at least this many articles


def _where(f: Filters, t: str, incidents: bool) -> tuple[str, list]:
    q, args = [], []
    for col, val in (("country", f.country and f.country.upper()), ("plover", f.plover and f.plover.upper()),
                     ("status", f.status)):
        if val:
            q.append(f"AND {t}.{col} = ?")
            args.append(val)
    for col, val in (("admin1", f.admin1), ("admin2", f.admin2), ("acled_type", f.acled_type),
                     ("acled_subtype", f.subtype)):
        if val:
            q.append(f"AND {t}.{col} = ? COLLATE NOCASE")
            args.append(val)
    if f.since:
        q.append(f"AND {t}.date_end >= ?")
        args.append(f.since)
    if f.until:
        q.append(f"AND {t}.date_start <= ?")
        args.append(f.until)
    member = ("{} IN (SELECT ie.incident_id FROM incident_events ie JOIN events e2 ON e2.id = ie.event_id"
              " WHERE {})")
    if f.actor:
        # a canonical name, or the words a report used for a party ("assailants")
        like = f"%{f.actor}%"
        said = "SELECT ev.event_id FROM evidence ev WHERE ev.field IN ('actor1', 'actor2') AND ev.text LIKE ?"
        if incidents:
            q.append(f"AND ({t}.actor1 LIKE ? OR {t}.actor2 LIKE ? OR "
                     + member.format(f"{t}.id", f"e2.actor1 LIKE ? OR e2.actor2 LIKE ? OR e2.id IN ({said})") + ")")
            args += [like] * 5
        else:
            q.append(f"AND ({t}.actor1 LIKE ? OR {t}.actor2 LIKE ? OR {t}.id IN ({said}))")
            args += [like] * 3
    if f.search:
        fts = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
        if incidents:
            q.append("AND " + member.format(f"{t}.id", f"e2.article_id IN ({fts})"))
        else:
            q.append(f"AND {t}.article_id IN ({fts})")
        args.append(fts_query(f.search))
    if f.min_articles and incidents:
        q.append(f"AND {t}.articles >= ?")
        args.append(f.min_articles)
    return " ".join(q), args


def _rows(db: sqlite3.Connection, sql: str, args=()) -> Iterator[dict]:
    cur = db.cursor()
    cur.row_factory = sqlite3.Row
    for r in cur.execute(sql, args):
        yield dict(r)


def list_events(db: sqlite3.Connection, f: Filters) -> list[dict]:
    where, args = _where(f, "e", incidents=False)
    return list(_rows(db, "SELECT e.*, a.doc_id AS article, ie.incident_id FROM events e"
                          " JOIN articles a ON a.id = e.article_id LEFT JOIN incident_events ie ON ie.event_id = e.id"
                          f" WHERE 1=1 {where} ORDER BY e.date_start, e.id", args))


def list_incidents(db: sqlite3.Connection, f: Filters) -> list[dict]:
    where, args = _where(f, "i", incidents=True)
    return list(_rows(db, "SELECT i.*, (SELECT group_concat(a.doc_id, ', ') FROM incident_events ie"
                          " JOIN events e ON e.id = ie.event_id JOIN articles a ON a.id = e.article_id"
                          " WHERE ie.incident_id = i.id) AS sources FROM incidents i"
                          f" WHERE 1=1 {where} ORDER BY i.date_start, i.id", args))


def members(db: sqlite3.Connection, incident_id: int) -> list[dict]:
    out = list(_rows(db, f"{MEMBER_SQL} WHERE ie.incident_id = ? ORDER BY ie.joined", (incident_id,)))
    for m in out:
        m["reasons"] = json.loads(m["reasons"]) if m["reasons"] else {}
    return out


def records(db: sqlite3.Connection, f: Filters, raw: bool = False) -> Iterator[dict]:
    """Each incident (``raw``: each per-article event, as a one-report incident) with ``reports``."""
    if not raw:
        where, args = _where(f, "i", incidents=True)
        for inc in _rows(db, f"SELECT i.* FROM incidents i WHERE 1=1 {where} ORDER BY i.date_start, i.id", args):
            inc["reports"] = members(db, inc["id"])
            yield inc
        return
    where, args = _where(f, "e", incidents=False)
    for ev in _rows(db, f"{MEMBER_SQL} WHERE 1=1 {where} ORDER BY e.date_start, e.id", args):
        ev["reasons"] = {}
        inc = {k: ev[k] for k in ("summary", "category", "acled_type", "acled_subtype", "plover", "plover_mode",
                                  "date_start", "date_end", "date_precision", "location", "country", "admin1",
                                  "admin2", "latitude", "longitude", "geo_precision", "geonames_id", "actor1", "actor1_type",
                                  "actor2", "actor2_type", "status", "source", "injured")}
        inc.update(id=ev["event_id"], fatalities_low=ev["fatalities"], fatalities_best=ev["fatalities"],
                   fatalities_high=ev["fatalities"], articles=1, notes=None, updated_at=None, reports=[ev])
        yield inc


def incident_detail(db: sqlite3.Connection, incident_id: int) -> dict | None:
    rows = list(_rows(db, "SELECT * FROM incidents WHERE id = ?", (incident_id,)))
    if not rows:
        return None
    inc = rows[0]
    inc["reports"] = members(db, incident_id)
    for m in inc["reports"]:
        m["evidence"] = list(_rows(db, 'SELECT field, start, "end", text FROM evidence WHERE event_id = ?'
                                       " ORDER BY id", (m["event_id"],)))
    inc["differences"] = differences(inc["reports"])
    return inc


def differences(reports: list[dict]) -> dict[str, list[dict]]:
    """The values the reports disagree on: field → [{value, articles}], in first-seen order."""
    out = {}
    for col in COMPARED:
        seen: dict = {}
        for m in reports:
            seen.setdefault(m[col], []).append(m["article"])
        if len(seen) > 1:
            out[col] = [{"value": v, "articles": a} for v, a in seen.items()]
    return out


_TERMS = re.compile(r'"([^"]*)"|(\S+)')


def fts_query(text: str) -> str:
    """The user's search as an FTS5 query that is never read as query syntax.

    Each word, and each "quoted phrase", becomes an FTS5 string (double quotes doubled inside); all
    must occur. ``-1``, ``NOT``, ``javascript:alert(1)`` or a stray quote are searched for as text.
    """
    terms = []
    for m in _TERMS.finditer(text):
        term = (m[1] if m[1] is not None else m[2]).strip()
        if term:
            terms.append('"' + term.replace('"', '""') + '"')
    return " ".join(terms) or '""'
