"""The events table: merged incidents, filtered, sorted, paged; the selection as ACLED CSV or GeoJSON.

``/events`` (and ``/events.json``) takes the filters of ``sitrep events`` as query parameters
(since, until, country, admin1, admin2, actor, type, subtype, plover, status, search) plus
``sort`` (a column of :data:`data.SORTS`), ``desc=1``, ``page`` and ``size``.
``/events.csv`` and ``/events.geojson`` export the whole selection (every page) with the
functions of ``exports.py``.
"""
from __future__ import annotations

import csv
import io
import json

from ... import exports
from ...errors import RequestError
from ..app import Page, Response, url
from ..data import SORTS
from .common import integer, selection

COLUMNS = [("id", "#"), ("date", "date"), ("type", "type"), ("plover", "PLOVER"), ("actor1", "actor 1"),
           ("actor2", "actor 2"), ("place", "place"), ("fatalities", "fatalities"), ("status", "status"),
           ("articles", "sources")]


def table(req):
    f, params = selection(req)
    sort = req.query.get("sort") or "date"
    if sort not in SORTS:
        raise RequestError(f"sort={sort!r} is not one of {', '.join(SORTS)}")
    desc = req.query.get("desc") in ("1", "true", "yes")
    size = integer(req, "size", 50, 1, 500)
    page = integer(req, "page", 1, 1, 1_000_000)
    rows, total = req.app.data.incidents(f, sort, desc, (page - 1) * size, size)
    pages = max(1, -(-total // size))
    state = {**params, "sort": sort if sort != "date" else None, "desc": "1" if desc else None,
             "size": size if size != 50 else None}
    links = {
        "self": url("/events", state, page=page if page > 1 else None),
        "next": url("/events", state, page=page + 1) if page < pages else None,
        "previous": url("/events", state, page=page - 1 if page > 2 else None) if page > 1 else None,
        "acled_csv": url("/events.csv", params),
        "geojson": url("/events.geojson", params),
        "map": url("/map", params),
        "timeline": url("/timeline", params),
        "actors": url("/actors", params),
    }
    sort_links = {c: url("/events", {**state, "sort": c if c != "date" else None,
                                     "desc": "1" if c == sort and not desc else None}) for c, _ in COLUMNS}
    return Page("events.html", {
        "filters": params, "sort": sort, "desc": desc, "page": page, "pages": pages, "size": size,
        "total": total, "rows": rows, "links": links,
    }, title="Events", view={"columns": COLUMNS, "sort_links": sort_links, "facets": req.app.data.facets()})


def acled_csv(req):
    f, _ = selection(req)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=exports.ACLED_COLUMNS)
    w.writeheader()
    for r in req.app.data.records(f):
        try:  # as exports.write_acled: only the events ACLED would record
            w.writerow(exports.safe_row(exports.acled_row(r)))
        except exports.LeftOut:
            continue
    return Response(buf.getvalue(), 200, "text/csv; charset=utf-8",
                    [("Content-Disposition", 'attachment; filename="sitrep-events-acled.csv"')])


def geojson(req):
    f, _ = selection(req)
    feats = [ft for ft in (exports.feature(r) for r in req.app.data.records(f)) if ft is not None]
    body = json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False)
    return Response(body, 200, "application/geo+json; charset=utf-8",
                    [("Content-Disposition", 'attachment; filename="sitrep-events.geojson"')])


ROUTES = [
    (("GET",), r"/events", table),
    (("GET",), r"/events\.csv", acled_csv),
    (("GET",), r"/events\.geojson", geojson),
]
