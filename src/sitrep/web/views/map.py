"""The map (``/map``): the selected events clustered on a grid that follows the zoom, over Natural
Earth country boundaries (the npm package world-atlas, drawn in the browser with d3 and
topojson-client; no tile server). A cluster shows its count; its colour is its commonest ACLED type
(the palette of ``data/palette.yaml``); clicking it lists its events, the deadliest first
(``/map/cluster.json``). Same filters as the table.

``/map.json?cell=DEGREES`` gives the clusters of one grid size in a compact form, so a view moves
only what it draws: ``{"types": [...], "clusters": [[lat, lon, count, fatalities, [count per type],
first id, gy, gx], ...]}``; counts per type are in the order of ``types`` (null: no ACLED type).
"""
from __future__ import annotations

import math
import re

from ...errors import RequestError
from ..app import Page, Response, dates, json_response, place, url
from .common import integer, selection

# grid sizes in degrees: powers of two from 1/512 (a few hundred metres) to 16
CELLS = [2.0 ** k for k in range(-9, 5)]
TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
         "Strategic developments", None]


def grid(req, summary: dict) -> float:
    """The grid size asked for (``cell``), or one that cuts the selection's box into about 16 cells."""
    raw = req.query.get("cell")
    if raw:
        try:
            value = float(raw)
        except ValueError:
            raise RequestError(f"cell={raw!r} is not a number of degrees") from None
        if not math.isfinite(value) or value <= 0:
            raise RequestError(f"cell={raw!r} is not a positive number of degrees")
        return min(CELLS, key=lambda c: abs(math.log2(c) - math.log2(value)))
    if not summary["extent"]:
        return CELLS[-1]
    (x0, y0), (x1, y1) = summary["extent"]
    span = max(x1 - x0, y1 - y0, 0.5)
    return min(CELLS, key=lambda c: abs(math.log2(c) - math.log2(span / 16)))


def page(req):
    f, params = selection(req)
    summary = req.app.data.map_summary(f)
    cell = grid(req, summary)
    clusters = [[round(c["lat"], 4), round(c["lon"], 4), c["n"], c["fatalities"],
                 [c["types"].get(t, 0) for t in TYPES], c["id"], c["gy"], c["gx"]]
                for c in req.app.data.clusters(f, cell)]
    present = [t or "none" for t in TYPES if any(c[4][TYPES.index(t)] for c in clusters)]
    return Page("map.html", {"filters": params, **summary, "cell": cell, "cells": CELLS,
                             "types": [t or "none" for t in TYPES], "present": present, "clusters": clusters,
                             "links": {"table": url("/events", params), "timeline": url("/timeline", params)}},
                title="Map", view={"facets": req.app.data.facets()})


def cluster(req) -> Response:
    """The events of a cluster: one grid cell (``cell``, ``gy``, ``gx`` as ``/map.json`` gives them) or
    several the map drew as one (``cells=GY.GX,GY.GX``, at most 64), the deadliest first."""
    f, params = selection(req)
    cell = grid(req, {"extent": None})
    if req.query.get("cells"):
        raw = req.query["cells"].split(",")
        if len(raw) > 64 or not all(re.fullmatch(r"\d{1,7}\.\d{1,7}", c) for c in raw):
            raise RequestError("cells: at most 64 grid cells written GY.GX, joined by commas")
        cells = [tuple(int(v) for v in c.split(".")) for c in raw]
    else:
        cells = [(integer(req, "gy", 0, 0, 2_000_000), integer(req, "gx", 0, 0, 4_000_000))]
    gy, gx = cells[0]
    rows, total = req.app.data.cluster(f, cell, cells)
    events = [{"id": r["id"], "date": dates(r), "place": place(r), "type": r["acled_type"] or "none",
               "subtype": r["acled_subtype"] or r["plover"], "fatalities": r["fatalities_best"],
               "status": r["status"], "summary": r["summary"]} for r in rows]
    return json_response({"ok": True, "cell": cell, "gy": gy, "gx": gx, "total": total, "events": events})


ROUTES = [(("GET",), r"/map", page), (("GET",), r"/map/cluster", cluster)]
