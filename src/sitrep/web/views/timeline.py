"""The timeline (``/timeline``): events per day, week, month or year — the bin chosen from the span
shown, so that bars stay readable — stacked by ACLED type (``by=plover``: by PLOVER type), in the one
palette. Brushing a stretch lists its events (from ``/events.json``) and sets the since/until of the
table, map and actor links. The other filters apply; ``since``/``until`` only place the brush, so
the whole span stays in view.

``/timeline.json`` gives ``unit`` (day, week, month or year), ``types`` (in stacking order) and
``bins``: ``{start, end, counts: {type: n}, total}`` for every bin of the span, the empty ones too.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter

from ...errors import RequestError
from ..app import Page, url
from .common import selection

ACLED = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
         "Strategic developments"]
# the longest span (in days) each bin is used for: at most ~120 bars, at least a few
UNITS = (("day", 92), ("week", 1100), ("month", 10_000), ("year", None))


def unit_for(first: dt.date, last: dt.date) -> str:
    span = (last - first).days + 1
    return next(u for u, most in UNITS if most is None or span <= most)


def bin_start(day: dt.date, unit: str) -> dt.date:
    if unit == "day":
        return day
    if unit == "week":  # weeks start on Monday
        return day - dt.timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def next_bin(start: dt.date, unit: str) -> dt.date:
    if unit == "day":
        return start + dt.timedelta(days=1)
    if unit == "week":
        return start + dt.timedelta(days=7)
    if unit == "month":
        return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return start.replace(year=start.year + 1)


def bins(rows: list[tuple[str, str | None, int]], unit: str) -> list[dict]:
    counts: dict[dt.date, Counter] = {}
    for day, typ, n in rows:
        counts.setdefault(bin_start(dt.date.fromisoformat(day), unit), Counter())[typ or "none"] += n
    out = []
    if counts:
        start, last = min(counts), max(counts)
        while start <= last:  # every bin, the empty ones too
            end = next_bin(start, unit)
            c = counts.get(start, Counter())
            out.append({"start": start.isoformat(), "end": (end - dt.timedelta(days=1)).isoformat(),
                        "counts": dict(c), "total": sum(c.values())})
            start = end
    return out


def page(req):
    f, params = selection(req, drop=("since", "until"))
    by = req.query.get("by") or "acled"
    if by not in ("acled", "plover"):
        raise RequestError(f"by={by!r} is not acled or plover")
    rows = req.app.data.per_day(f, "acled_type" if by == "acled" else "plover")
    days = [dt.date.fromisoformat(r[0]) for r in rows]
    unit = unit_for(min(days), max(days)) if days else "week"
    series = bins(rows, unit)
    seen = Counter()
    for b in series:
        seen.update(b["counts"])
    order = ACLED if by == "acled" else sorted(t for t in seen if t != "none")
    types = [t for t in order if seen[t]] + (["none"] if seen["none"] else [])
    others = {k: v for k, v in params.items() if k not in ("since", "until")}
    total = sum(seen.values())
    return Page("timeline.html", {
        "filters": params, "by": by, "unit": unit, "types": types, "bins": series, "total": total,
        "brush": {"since": params.get("since"), "until": params.get("until")},
        "links": {"table": url("/events", params), "map": url("/map", params), "base": url("/events", others),
                  "acled": url("/timeline", {**params, "by": None}), "plover": url("/timeline", {**params, "by": "plover"})},
    }, title="Timeline", view={"facets": req.app.data.facets()})


ROUTES = [(("GET",), r"/timeline", page)]
