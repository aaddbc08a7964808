"""One event (a merged incident): its merged values with the low/best/high toll, each source article
and the value it gave for every field, and each source's text with the evidence of every field
highlighted (``/events/ID``, ``/events/ID.json``)."""
from __future__ import annotations

from ..app import Page, dates, place
from ..marks import FIELD_KIND, legend, segments

# (field, label, value of a report row) in the order the page lists them
FIELDS = [
    ("trigger", "event type", lambda m: " / ".join(x for x in (m["acled_type"], m["acled_subtype"], m["plover"]) if x)),
    ("date", "date", lambda m: dates(m) + (f" ({m['date_precision']})" if m.get("date_precision") else "")),
    ("location", "place", lambda m: place(m) + (f" ({m['geo_precision']})" if m.get("geo_precision") else "")),
    ("actor1", "actor 1 (perpetrator)", lambda m: _actor(m, 1)),
    ("actor2", "actor 2 (target)", lambda m: _actor(m, 2)),
    ("fatalities", "fatalities", lambda m: "" if m["fatalities"] is None else str(m["fatalities"])),
    ("status", "status", lambda m: m["status"] + (f" — according to {m['source']}" if m.get("source") else "")),
    ("mention", "sentence", lambda m: ""),
]

# rows of the side-by-side comparison: (label, merged value, a report's value)
COMPARED = [
    ("date", lambda i: dates(i), lambda m: dates(m)),
    ("place", lambda i: place(i), lambda m: place(m)),
    ("ACLED sub-event type", lambda i: i["acled_subtype"] or i["acled_type"] or "",
     lambda m: m["acled_subtype"] or m["acled_type"] or ""),
    ("PLOVER", lambda i: i["plover"] or "", lambda m: m["plover"] or ""),
    ("perpetrator (actor 1)", lambda i: i["actor1"] or "", lambda m: m["actor1"] or ""),
    ("target (actor 2)", lambda i: i["actor2"] or "", lambda m: m["actor2"] or ""),
    ("fatalities", lambda i: _range(i), lambda m: "" if m["fatalities"] is None else str(m["fatalities"])),
    ("status", lambda i: i["status"] or "", lambda m: m["status"] or ""),
    ("according to", lambda i: i["source"] or "", lambda m: m["source"] or ""),
]


def _actor(m: dict, n: int) -> str:
    name = m[f"actor{n}"]
    if not name:
        return ""
    typ = m.get(f"actor{n}_type")
    return f"{name} ({typ})" if typ else name


def _range(i: dict) -> str:
    lo, best, hi = i["fatalities_low"], i["fatalities_best"], i["fatalities_high"]
    if best is None:
        return ""
    return str(best) if lo == hi == best else f"{best} (low {lo}, high {hi})"


def page(req):
    inc = req.app.data.incident(int(req.params["id"]))
    texts = inc.pop("articles_text")
    sources, view_texts = [], {}
    for m in inc["reports"]:
        ev_id = m["event_id"]
        spans, by_field = [], {}
        for k, v in enumerate(m["evidence"]):
            anchor = f"e{ev_id}-{v['field']}-{k}"
            v["anchor"] = anchor
            by_field.setdefault(v["field"], []).append(v)
            spans.append({"start": v["start"], "end": v["end"], "kind": FIELD_KIND.get(v["field"], "mention"),
                          "label": f"{v['field']}: {v['text']}", "anchor": anchor})
        art = texts.get(m["article_id"], {})
        fields = [{"field": name, "label": label, "value": value(m), "evidence": by_field.get(name, [])}
                  for name, label, value in FIELDS]
        sources.append({
            "event_id": ev_id, "event_key": m["event_key"], "article_id": m["article_id"], "article": m["article"],
            "title": art.get("title"), "outlet": m["outlet"], "published": m["published"], "url": art.get("url"),
            "joined": m["joined"], "matched_event": m["matched_event"], "reasons": m["reasons"],
            "fatalities": m["fatalities"], "fatalities_role": m["fatalities_role"],
            "fatalities_why": m["fatalities_why"], "fields": fields, "summary": m["summary"],
        })
        view_texts[ev_id] = {"segments": segments(art.get("text", ""), spans), "legend": legend(spans)}
    reports = inc.pop("reports")
    comparison = [{"field": label, "merged": merged(inc), "by_source": [value(m) for m in reports]}
                  for label, merged, value in COMPARED]
    for row in comparison:
        row["differ"] = len(set(row["by_source"])) > 1
    data = {
        "incident": inc,
        "fatalities": {"low": inc["fatalities_low"], "best": inc["fatalities_best"], "high": inc["fatalities_high"]},
        "sources": sources,
        "comparison": comparison,
        "differences": inc.pop("differences"),
    }
    return Page("event.html", data, title=f"Event {inc['id']}: {inc['summary'] or ''}",
                view={"texts": view_texts})


ROUTES = [(("GET",), r"/events/(?P<id>[0-9]{1,18})", page)]
