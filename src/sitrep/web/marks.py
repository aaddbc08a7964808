"""Marking spans in an article's text: cut the text where any span starts or ends, and say for each
piece which spans cover it. Templates escape each piece, so the text is never read as markup.

A span is a dict ``{start, end, kind, label, anchor?}``; ``kind`` is one of :data:`KINDS`
(its colour and legend entry). Where spans overlap, a piece takes the kind of the shortest
covering span (the most specific: a date inside an event's sentence shows as a date) and lists
all of them in its tooltip.
"""
from __future__ import annotations

# kind -> legend label (colours are in static/style.css, class ``k-<kind>``), in legend order
KINDS = {
    "trigger": "event (trigger word)",
    "mention": "event (sentence)",
    "actor": "actor",
    "actor1": "actor 1 (doer)",
    "actor2": "actor 2 (target)",
    "place": "place",
    "date": "date",
    "claim": "claim / source",
    "fatalities": "fatalities",
    "focus": "the span you opened",
}

# evidence field (evidence table) -> kind
FIELD_KIND = {"trigger": "trigger", "mention": "mention", "date": "date", "location": "place",
              "actor1": "actor1", "actor2": "actor2", "fatalities": "fatalities", "status": "claim"}


def segments(text: str, spans: list[dict]) -> list[dict]:
    """The text cut into pieces: ``{text, kind, kinds, labels, anchors}`` (kind None: not marked)."""
    n = len(text)
    good = [s for s in spans if s.get("start") is not None and s.get("end") is not None
            and 0 <= s["start"] < s["end"] <= n]
    cuts = sorted({0, n, *(s["start"] for s in good), *(s["end"] for s in good)})
    starts: dict[int, list[str]] = {}
    for s in good:
        if s.get("anchor"):
            starts.setdefault(s["start"], []).append(s["anchor"])
    out = []
    for a, b in zip(cuts, cuts[1:]):
        covering = sorted((s for s in good if s["start"] <= a and s["end"] >= b),
                          key=lambda s: (s["kind"] == "mention", s["end"] - s["start"], s["kind"] != "focus"))
        if covering and any(s["kind"] == "focus" for s in covering):
            top = "focus"
        else:
            top = covering[0]["kind"] if covering else None
        out.append({
            "text": text[a:b],
            "kind": top,
            "kinds": sorted({s["kind"] for s in covering}),
            "labels": list(dict.fromkeys(s["label"] for s in covering if s.get("label"))),
            "anchors": starts.get(a, []),
        })
    return out


def legend(spans: list[dict]) -> list[dict]:
    """The legend entries for the kinds present, in :data:`KINDS` order, with counts."""
    present: dict[str, int] = {}
    for s in spans:
        present[s["kind"]] = present.get(s["kind"], 0) + 1
    return [{"kind": k, "label": label, "count": present[k]} for k, label in KINDS.items() if k in present]
