"""Articles: the list (``/articles``) and one article (``/articles/ID``) with every span sitrep
extracted marked in its text — events (trigger words and sentences), actors, places, dates, claims
and death tolls — colour-coded with a legend. ``?mark=START-END`` marks one more span (the
evidence an actor-graph edge opened) and scrolls to it."""
from __future__ import annotations

import re

from ...errors import RequestError
from ..app import Page, url
from ..marks import legend, segments
from .common import integer

EVIDENCE_KIND = {"trigger": "trigger", "mention": "mention", "date": "date", "status": "claim",
                 "fatalities": "fatalities", "location": "place", "actor1": "actor", "actor2": "actor"}


def spans_of(art: dict) -> list[dict]:
    """The marked spans of an article (as ``Data.article`` gives it), without duplicates.

    Places come before actors, so that a word found as both (a town taken for a group) shows as a
    place; an event's own actors and place are marked too when the article's lists lack them.
    """
    out, seen = [], set()

    def add(start, end, kind, label, anchor=None):
        key = (start, end, kind)
        if key in seen or start is None or end is None:
            return
        seen.add(key)
        out.append({"start": start, "end": end, "kind": kind, "label": label, "anchor": anchor})

    for v in art["evidence"]:
        kind = EVIDENCE_KIND.get(v["field"])
        if kind and kind not in ("place", "actor"):
            add(v["start"], v["end"], kind, f"{v['event_key']} {v['field']}: {v['text']}",
                f"{v['event_key']}-{v['field']}" if v["field"] == "trigger" else None)
    for p in art["places"]:
        where = ", ".join(x for x in (p["admin2"], p["admin1"], p["country"]) if x)
        add(p["start"], p["end"], "place", f"place: {p['name']}" + (f" ({where})" if where else ""))
    for a in art["actors"]:
        extra = ", ".join(x for x in (a["type"], a["country"], a["role"]) if x)
        add(a["start"], a["end"], "actor", f"actor: {a['name']}" + (f" ({extra})" if extra else ""))
    named = {(s["start"], s["end"]) for s in out if s["kind"] in ("place", "actor")}
    for v in art["evidence"]:
        kind = EVIDENCE_KIND.get(v["field"])
        if kind in ("place", "actor") and (v["start"], v["end"]) not in named:
            add(v["start"], v["end"], kind, f"{v['event_key']} {v['field']}: {v['text']}")
    return sorted(out, key=lambda s: (s["start"], -s["end"]))


def focus(req, text: str) -> dict | None:
    raw = req.query.get("mark")
    if not raw:
        return None
    m = re.fullmatch(r"(\d{1,9})-(\d{1,9})", raw)
    if not m or not int(m[1]) < int(m[2]) <= len(text):
        raise RequestError(f"mark={raw!r} is not START-END within the text")
    return {"start": int(m[1]), "end": int(m[2]), "kind": "focus", "label": "the span you opened", "anchor": "focus"}


def one(req):
    art = req.app.data.article(int(req.params["id"]))
    spans = spans_of(art)
    mark = focus(req, art["text"])
    shown = [*spans, mark] if mark else spans
    data = {"article": {k: art[k] for k in ("id", "doc_id", "title", "url", "source", "published",
                                               "published_inferred", "published_confidence", "origin",
                                               "ingested_at", "text")},
            "events": art["events"], "relations": art["relations"],
            "spans": [{k: s[k] for k in ("start", "end", "kind", "label")} | {"text": art["text"][s["start"]:s["end"]]}
                      for s in spans],
            "mark": mark and {k: mark[k] for k in ("start", "end")}}
    return Page("article.html", data, title=art["title"] or art["doc_id"],
                view={"segments": segments(art["text"], shown), "legend": legend(shown)})


def listing(req):
    size = 100
    page = integer(req, "page", 1, 1, 1_000_000)
    rows, total = req.app.data.articles((page - 1) * size, size)
    pages = max(1, -(-total // size))
    return Page("articles.html", {
        "rows": rows, "total": total, "page": page, "pages": pages,
        "links": {"next": url("/articles", page=page + 1) if page < pages else None,
                  "previous": url("/articles", page=page - 1 if page > 2 else None) if page > 1 else None},
    }, title="Articles")


ROUTES = [
    (("GET",), r"/articles", listing),
    (("GET",), r"/articles/(?P<id>[0-9]{1,18})", one),
]
