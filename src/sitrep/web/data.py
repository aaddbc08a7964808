"""Every database access of the web UI, in one module.

Reads go through a connection opened **read-only** (``mode=ro`` and
``PRAGMA query_only``), one per request, so a page can never change the
database whatever its parameters. The one write, storing a pasted article,
goes through :class:`sitrep.store.Store` (merging included) and only when the
server was started with ``--allow-writes``. Filtering reuses ``query.py``
(the same :class:`~sitrep.query.Filters` as ``sitrep events`` and
``sitrep export``); the few schema details the pages need beyond it (paging,
sorting, the spans of an article, the actor graph) are here and nowhere else.
"""
from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

from .. import query
from ..errors import NotFoundError, OutputError, RequestError
from ..query import Filters

# column name in the URL -> ORDER BY expression over incidents (alias i)
SORTS = {
    "id": "i.id",
    "date": "i.date_start",
    "type": "i.acled_type",
    "subtype": "i.acled_subtype",
    "plover": "i.plover",
    "actor1": "i.actor1",
    "actor2": "i.actor2",
    "place": "i.country, i.admin1, i.admin2, i.location",
    "fatalities": "i.fatalities_best",
    "status": "i.status",
    "articles": "i.articles",
}


class Data:
    """The database a server shows: ``path``; ``writable`` only with --allow-writes."""

    def __init__(self, path: str | Path, writable: bool = False):
        self.path = Path(path)
        self.writable = writable
        if writable:
            from ..store import Store

            Store(self.path).close()  # creates the file and its schema if absent
        elif not self.path.is_file():
            raise NotFoundError("no such database file (start with --allow-writes to create one)",
                                source=str(self.path))
        with self.reader() as db:  # fails early on a file that is not a sitrep database
            db.execute("SELECT 1 FROM incidents LIMIT 1").fetchall()

    @contextmanager
    def reader(self, search: str | None = None):
        """A read-only connection; ``search``: the full-text query the statements use, if any."""
        try:
            db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        except sqlite3.Error as e:
            raise OutputError(f"cannot open the database: {e}", source=str(self.path)) from None
        db.row_factory = sqlite3.Row
        try:
            db.execute("PRAGMA query_only = ON")
            yield db
        except sqlite3.OperationalError as e:
            if search and not str(e).startswith(("no such", "database", "unable")):
                raise RequestError(f"search={search!r} is not a valid full-text query ({e}); put words in"
                                   " double quotes to search for them as they are") from None
            raise OutputError(f"query failed: {e}", source=str(self.path)) from None
        except sqlite3.Error as e:
            raise OutputError(f"query failed: {e}", source=str(self.path)) from None
        finally:
            db.close()

    # --- events table ------------------------------------------------------------------------

    def incidents(self, f: Filters, sort: str = "date", desc: bool = False, offset: int = 0,
                  limit: int = 50) -> tuple[list[dict], int]:
        """One page of the selected incidents, and how many are selected."""
        where, args = query._where(f, "i", incidents=True)
        order = ", ".join(f"{c} IS NULL, {c}{' DESC' if desc else ''}" for c in SORTS[sort].split(", "))
        with self.reader(f.search) as db:
            total = db.execute(f"SELECT count(*) FROM incidents i WHERE 1=1 {where}", args).fetchone()[0]
            rows = [dict(r) for r in db.execute(
                "SELECT i.*, (SELECT group_concat(a.doc_id, ', ') FROM incident_events ie"
                " JOIN events e ON e.id = ie.event_id JOIN articles a ON a.id = e.article_id"
                f" WHERE ie.incident_id = i.id) AS sources FROM incidents i WHERE 1=1 {where}"
                f" ORDER BY {order}, i.id{' DESC' if desc else ''} LIMIT ? OFFSET ?", [*args, limit, offset])]
        return rows, total

    def facets(self) -> dict[str, list]:
        """The values the filter menus offer."""
        out = {}
        with self.reader() as db:
            for col in ("country", "admin1", "admin2", "acled_type", "plover", "status"):
                out[col] = [r[0] for r in db.execute(
                    f"SELECT DISTINCT {col} FROM incidents WHERE {col} IS NOT NULL ORDER BY {col}")]
            out["actor"] = [r[0] for r in db.execute(
                "SELECT name FROM (SELECT actor1 AS name FROM incidents UNION SELECT actor2 FROM incidents)"
                " WHERE name IS NOT NULL ORDER BY name")]
            span = db.execute("SELECT min(date_start), max(date_end) FROM incidents").fetchone()
            out["dates"] = [span[0], span[1]]
        return out

    def records(self, f: Filters) -> list[dict]:
        """The selected incidents with their reports, as the exports read them."""
        with self.reader(f.search) as db:
            return list(query.records(db, f))

    # --- one incident ----------------------------------------------------------------------

    def incident(self, incident_id: int) -> dict:
        with self.reader() as db:
            inc = query.incident_detail(db, incident_id)
            if inc is None:
                raise NotFoundError(f"no event {incident_id}")
            ids = sorted({m["article_id"] for m in inc["reports"]})
            marks = ",".join("?" for _ in ids)
            inc["articles_text"] = {r["id"]: dict(r) for r in db.execute(
                "SELECT id, doc_id, title, url, source, published, published_inferred, text FROM articles"
                f" WHERE id IN ({marks})", ids)}
        return inc

    # --- articles ----------------------------------------------------------------------------

    def articles(self, offset: int = 0, limit: int = 100) -> tuple[list[dict], int]:
        with self.reader() as db:
            total = db.execute("SELECT count(*) FROM articles").fetchone()[0]
            rows = [dict(r) for r in db.execute(
                "SELECT a.id, a.doc_id, a.title, a.source, a.published, a.published_inferred, a.ingested_at,"
                " (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events FROM articles a"
                " ORDER BY a.published IS NULL, a.published DESC, a.id DESC LIMIT ? OFFSET ?", (limit, offset))]
        return rows, total

    def article(self, article_id: int) -> dict:
        """An article with its events and every span sitrep marked in it."""
        with self.reader() as db:
            row = db.execute("SELECT id, doc_id, title, url, source, published, published_inferred,"
                             " published_confidence, origin, ingested_at, text FROM articles WHERE id = ?",
                             (article_id,)).fetchone()
            if row is None:
                raise NotFoundError(f"no article {article_id}")
            art = dict(row)
            art["events"] = [dict(r) for r in db.execute(
                "SELECT e.id, e.event_key, e.summary, e.acled_type, e.acled_subtype, e.plover, e.date_start,"
                " e.date_end, e.location, e.country, e.actor1, e.actor2, e.fatalities, e.status, e.source,"
                " ie.incident_id FROM events e LEFT JOIN incident_events ie ON ie.event_id = e.id"
                " WHERE e.article_id = ? ORDER BY e.id", (article_id,))]
            art["evidence"] = [dict(r) for r in db.execute(
                'SELECT v.event_id, e.event_key, v.field, v.start, v."end", v.text FROM evidence v'
                " JOIN events e ON e.id = v.event_id WHERE e.article_id = ? ORDER BY v.id", (article_id,))]
            art["actors"] = [dict(r) for r in db.execute(
                'SELECT name, type, country, kind, role, affiliation, start, "end", text FROM actors'
                " WHERE article_id = ? AND start IS NOT NULL ORDER BY start", (article_id,))]
            art["places"] = [dict(r) for r in db.execute(
                'SELECT name, country, admin1, admin2, precision, latitude, longitude, start, "end" FROM places'
                " WHERE article_id = ? AND start IS NOT NULL ORDER BY start", (article_id,))]
            art["relations"] = [dict(r) for r in db.execute(
                'SELECT id, source_actor, target_actor, type, status, credited_to, start, "end", text'
                " FROM relations WHERE article_id = ? ORDER BY id", (article_id,))]
        return art

    # --- map, timeline, actor graph ------------------------------------------------------

    def map_summary(self, f: Filters) -> dict:
        """How many selected incidents have coordinates and how many not, and the box around them."""
        where, args = query._where(f, "i", incidents=True)
        with self.reader(f.search) as db:
            row = db.execute(
                "SELECT count(*), count(i.latitude), min(i.longitude), min(i.latitude), max(i.longitude),"
                f" max(i.latitude) FROM incidents i WHERE 1=1 {where}", args).fetchone()
        total, located = row[0], row[1]
        extent = [[row[2], row[3]], [row[4], row[5]]] if located else None
        return {"total": total, "located": located, "unlocated": total - located, "extent": extent}

    def clusters(self, f: Filters, cell: float) -> list[dict]:
        """The selected incidents with coordinates grouped in a grid of ``cell`` degrees: per cell its
        grid address, mean position, count, fatalities, and count per ACLED type (None: no type)."""
        where, args = query._where(f, "i", incidents=True)
        cells: dict[tuple[int, int], dict] = {}
        with self.reader(f.search) as db:
            for gy, gx, typ, n, lat, lon, dead, first in db.execute(
                    "SELECT CAST((i.latitude + 90) / ? AS INTEGER) AS gy, CAST((i.longitude + 180) / ? AS INTEGER)"
                    " AS gx, i.acled_type, count(*), sum(i.latitude), sum(i.longitude),"
                    " sum(coalesce(i.fatalities_best, 0)), min(i.id) FROM incidents i"
                    f" WHERE i.latitude IS NOT NULL AND i.longitude IS NOT NULL {where}"
                    " GROUP BY gy, gx, i.acled_type", [cell, cell, *args]):
                c = cells.setdefault((gy, gx), {"gy": gy, "gx": gx, "n": 0, "lat": 0.0, "lon": 0.0,
                                                "fatalities": 0, "types": {}, "id": first})
                c["n"] += n
                c["lat"] += lat
                c["lon"] += lon
                c["fatalities"] += dead
                c["types"][typ] = n
                c["id"] = min(c["id"], first)
        for c in cells.values():
            c["lat"], c["lon"] = c["lat"] / c["n"], c["lon"] / c["n"]
        return sorted(cells.values(), key=lambda c: -c["n"])

    def cluster(self, f: Filters, cell: float, cells: list[tuple[int, int]], limit: int = 200) -> tuple[list[dict], int]:
        """The selected incidents of some grid cells (``(gy, gx)`` of a grid of ``cell`` degrees), the
        deadliest first, and how many there are."""
        where, args = query._where(f, "i", incidents=True)
        pairs = ",".join("(?, ?)" for _ in cells)
        within = ("i.latitude IS NOT NULL AND (CAST((i.latitude + 90) / ? AS INTEGER),"
                  f" CAST((i.longitude + 180) / ? AS INTEGER)) IN (VALUES {pairs})")
        inside = [cell, cell, *(v for c in cells for v in c)]
        with self.reader(f.search) as db:
            total = db.execute(f"SELECT count(*) FROM incidents i WHERE {within} {where}", [*inside, *args]).fetchone()[0]
            rows = [dict(r) for r in db.execute(
                "SELECT i.id, i.date_start, i.date_end, i.acled_type, i.acled_subtype, i.plover, i.location,"
                " i.admin1, i.country, i.fatalities_best, i.status, i.summary FROM incidents i"
                f" WHERE {within} {where} ORDER BY coalesce(i.fatalities_best, -1) DESC, i.date_start, i.id"
                " LIMIT ?", [*inside, *args, limit])]
        return rows, total

    def per_day(self, f: Filters, column: str) -> list[tuple[str, str | None, int]]:
        """(day, type, count) of the selected dated incidents, by their first day; ``column`` is
        ``acled_type`` or ``plover``."""
        if column not in ("acled_type", "plover"):
            raise ValueError(column)
        where, args = query._where(f, "i", incidents=True)
        with self.reader(f.search) as db:
            return [tuple(r) for r in db.execute(
                f"SELECT i.date_start, i.{column}, count(*) FROM incidents i WHERE i.date_start IS NOT NULL"
                f" {where} GROUP BY i.date_start, i.{column} ORDER BY i.date_start", args)]

    def graph(self, f: Filters) -> dict:
        """Actors (nodes) and the relations the articles report between them (edges, with evidence).

        With filters, only the relations of articles that report a selected incident.
        """
        where, args = query._where(f, "i", incidents=True)
        selected = any(v is not None for v in asdict(f).values())
        scope, scope_args = "", []
        if selected:
            scope = (" AND r.article_id IN (SELECT e.article_id FROM incident_events ie JOIN events e"
                     f" ON e.id = ie.event_id JOIN incidents i ON i.id = ie.incident_id WHERE 1=1 {where})")
            scope_args = args
        with self.reader(f.search) as db:
            rels = [dict(r) for r in db.execute(
                'SELECT r.id, r.article_id, a.doc_id, a.title, r.source_actor, r.target_actor, r.type, r.status,'
                ' r.credited_to, r.start, r."end", r.text FROM relations r JOIN articles a ON a.id = r.article_id'
                f" WHERE 1=1 {scope} ORDER BY r.id", scope_args)]
            types: dict[str, Counter] = defaultdict(Counter)
            for name, typ in db.execute("SELECT name, type FROM actors WHERE type IS NOT NULL"):
                types[name][typ] += 1
            for side in ("actor1", "actor2"):
                for name, typ in db.execute(f"SELECT {side}, {side}_type FROM incidents WHERE {side}_type"
                                            " IS NOT NULL"):
                    types[name][typ] += 1
            counts = Counter()
            for side in ("actor1", "actor2"):
                for name, n in db.execute(f"SELECT i.{side}, count(*) FROM incidents i WHERE i.{side} IS NOT NULL"
                                          f" {where} GROUP BY i.{side}", args):
                    counts[name] += n
        edges: dict[tuple, dict] = {}
        for r in rels:
            key = (r["source_actor"], r["target_actor"], r["type"], r["status"] or "reported")
            e = edges.setdefault(key, {"source": key[0], "target": key[1], "type": key[2], "status": key[3],
                                       "evidence": []})
            e["evidence"].append({"relation": r["id"], "article_id": r["article_id"], "article": r["doc_id"],
                                  "title": r["title"], "text": r["text"], "start": r["start"], "end": r["end"],
                                  "credited_to": r["credited_to"]})
        with self.reader() as db:
            places = {r[0] for r in db.execute("SELECT DISTINCT name FROM places")}
        drop = {n for n in set(counts) | {x for e in edges.values() for x in (e["source"], e["target"])}
                if not_an_actor(n, places, types[n])}
        edges = {k: e for k, e in edges.items() if e["source"] not in drop and e["target"] not in drop}
        for n in drop:
            counts.pop(n, None)
        names = set(counts) | {e["source"] for e in edges.values()} | {e["target"] for e in edges.values()}
        nodes = [{"id": n, "type": types[n].most_common(1)[0][0] if types[n] else None,
                  "events": counts[n],
                  "relations": sum(1 for e in edges.values() if n in (e["source"], e["target"]))}
                 for n in sorted(names)]
        out_edges = []
        for i, e in enumerate(edges.values()):
            out_edges.append({"id": i + 1, **e, "count": len(e["evidence"])})
        return {"nodes": nodes, "edges": out_edges}

    # --- the one write ---------------------------------------------------------------------

    def add(self, article) -> dict:
        """Store a pasted article (only called when writes are enabled)."""
        from ..store import Store

        if not self.writable:  # the views check first; this is the last line of defence
            from ..errors import WritesDisabledError

            raise WritesDisabledError("this server is read-only; start it with --allow-writes to add articles")
        with Store(self.path) as store:
            added = store.add(article)
            if added is None:
                row = store.db.execute("SELECT id FROM articles WHERE text_hash = ?",
                                       (_hash(article.document.text),)).fetchone()
                return {"added": False, "article_id": row[0] if row else None, "events": 0}
            return {"added": True, "article_id": added.article_id, "events": added.events,
                    "joined": added.joined, "founded": added.founded}


def not_an_actor(name: str, places: set[str], types: Counter) -> bool:
    """A count of people ("four suspects", "10 others") or a place named as a party (and not typed
    as an actor anywhere) is not drawn as an actor of the graph."""
    from .palette import palette

    first = name.split(" ", 1)[0].lower()
    if first[:1].isdigit() or first in palette()["not_actors"]["count_words"]:
        return True
    return name in places and not types


def _hash(text: str) -> str:
    from ..store import text_hash

    return text_hash(text)
