"""The map (``/map``): the selected events as points — colour by type, area by fatalities — over
Natural Earth country boundaries (the npm package world-atlas, drawn in the browser with d3 and
topojson-client; no tile server). Same filters as the table; ``/map.json`` gives the points."""
from __future__ import annotations

from ..app import Page, dates, place, url
from .common import selection


def page(req):
    f, params = selection(req)
    rows, unlocated = req.app.data.points(f)
    points = [{"id": r["id"], "lat": r["latitude"], "lon": r["longitude"],
               "type": r["acled_type"] or r["plover"] or "other", "subtype": r["acled_subtype"],
               "plover": r["plover"], "date": dates(r), "place": place(r), "actor1": r["actor1"],
               "actor2": r["actor2"], "fatalities": r["fatalities_best"], "status": r["status"],
               "articles": r["articles"], "summary": r["summary"]} for r in rows]
    types = sorted({p["type"] for p in points})
    return Page("map.html", {"filters": params, "points": points, "types": types, "unlocated": unlocated,
                             "links": {"table": url("/events", params), "timeline": url("/timeline", params)}},
                title="Map", view={"facets": req.app.data.facets()})


ROUTES = [(("GET",), r"/map", page)]
