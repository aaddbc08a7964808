"""The actor graph (``/actors``): actors as nodes (colour by ACLED actor type, size by events and
ties), the ties the articles report as edges (a colour and a line style per kind of tie, from the
one palette; faded when not stated as fact: claimed, alleged, denied, planned). Clicking an edge
lists its evidence, each sentence linking to its article with the span marked; clicking an actor
shows its ties only (``ego``). With filters, only the ties of articles reporting a selected event.

Readable at hundreds of actors: the ``top`` actors by degree are shown (a control offers more), a
search (``q``) keeps the matching actors and their ties, ``kinds`` keeps some kinds of tie. Counts
of people ("four suspects") and places named as parties are not actors. The JSON keeps at most
five evidence sentences per edge (``count`` says how many there are).
"""
from __future__ import annotations

from ...errors import RequestError
from ..app import Page, url
from .common import integer, selection

TOPS = (30, 60, 120, 200, 500)
EVIDENCE_SHOWN = 5


def page(req):
    f, params = selection(req)
    top = integer(req, "top", 60, 1, 5000)
    ego = (req.query.get("ego") or "").strip()[:300]
    q = (req.query.get("q") or "").strip()[:200]
    kinds = [k for k in (req.query.get("kinds") or "").split(",") if k]
    graph = req.app.data.graph(f)
    all_kinds = sorted({e["type"] for e in graph["edges"]})
    unknown = [k for k in kinds if k not in all_kinds]
    if unknown:
        raise RequestError(f"kinds: {', '.join(unknown)} not among the ties shown ({', '.join(all_kinds) or 'none'})")
    edges = [e for e in graph["edges"] if not kinds or e["type"] in kinds]
    nodes = {n["id"]: n for n in graph["nodes"]}
    degree = {n: 0 for n in nodes}
    for e in edges:
        degree[e["source"]] += 1
        degree[e["target"]] += 1
    if ego:
        if ego not in nodes:
            raise RequestError(f"ego={ego!r} is not an actor of this selection")
        edges = [e for e in edges if ego in (e["source"], e["target"])]
        keep = {ego} | {x for e in edges for x in (e["source"], e["target"])}
    elif q:
        hits = {n for n in nodes if q.lower() in n.lower()}
        edges = [e for e in edges if e["source"] in hits or e["target"] in hits]
        keep = hits | {x for e in edges for x in (e["source"], e["target"])}
    else:
        ranked = sorted(nodes, key=lambda n: (-(degree[n] + nodes[n]["events"]), n))
        keep = set(ranked[:top])
        edges = [e for e in edges if e["source"] in keep and e["target"] in keep]
    shown = sorted((nodes[n] for n in keep), key=lambda n: -(degree[n["id"]] + n["events"]))
    for n in shown:
        n["degree"] = degree[n["id"]]
        n["href"] = url("/events", {**params, "actor": n["id"]})
        n["ego"] = url("/actors", {**params, "ego": n["id"], "kinds": ",".join(kinds) or None})
    for e in edges:
        e["evidence"] = e["evidence"][:EVIDENCE_SHOWN]
        for v in e["evidence"]:
            v["href"] = url(f"/articles/{v['article_id']}", mark=f"{v['start']}-{v['end']}") + "#focus" \
                if v["start"] is not None else f"/articles/{v['article_id']}"
    state = {**params, "top": top if top != 60 else None, "q": q or None, "ego": ego or None,
             "kinds": ",".join(kinds) or None}
    return Page("actors.html", {"filters": params, "nodes": shown, "edges": edges, "total_actors": len(nodes),
                                "total_ties": len(graph["edges"]), "top": top, "tops": TOPS, "ego": ego or None,
                                "q": q or None, "kinds": kinds, "all_kinds": all_kinds,
                                "relation_types": sorted({e["type"] for e in edges}),
                                "statuses": sorted({e["status"] for e in edges}),
                                "links": {"table": url("/events", params), "all": url("/actors", {**state, "ego": None}),
                                          "self": url("/actors", state)}},
                title="Actors", view={"facets": req.app.data.facets()})


ROUTES = [(("GET",), r"/actors", page)]
