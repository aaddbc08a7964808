"""The actor graph (``/actors``): actors as nodes (colour by ACLED actor type, size by events),
the relations the articles report as edges (colour by relation type, dashes by status: claimed,
alleged, denied, planned). Clicking an edge lists its evidence, each sentence linking to its
article with the span marked. With filters, only the relations of articles reporting a selected
event."""
from __future__ import annotations

from ..app import Page, url
from .common import selection


def page(req):
    f, params = selection(req)
    graph = req.app.data.graph(f)
    for e in graph["edges"]:
        for v in e["evidence"]:
            v["href"] = url(f"/articles/{v['article_id']}", mark=f"{v['start']}-{v['end']}") + "#focus" \
                if v["start"] is not None else f"/articles/{v['article_id']}"
    for n in graph["nodes"]:
        n["href"] = url("/events", {**params, "actor": n["id"]})
    return Page("actors.html", {"filters": params, **graph,
                                "relation_types": sorted({e["type"] for e in graph["edges"]}),
                                "statuses": sorted({e["status"] for e in graph["edges"]}),
                                "links": {"table": url("/events", params)}},
                title="Actors", view={"facets": req.app.data.facets()})


ROUTES = [(("GET",), r"/actors", page)]
