"""The timeline (``/timeline``): events per week (weeks start on Monday) by type, as stacked bars.
Brushing a stretch of weeks lists its events and sets the since/until of the table, map and actor
links. The other filters apply; ``since``/``until`` only place the brush, so the whole span stays
in view."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from ..app import Page, dates, place, url
from .common import selection


def monday(day: str) -> dt.date:
    d = dt.date.fromisoformat(day)
    return d - dt.timedelta(days=d.weekday())


def page(req):
    f, params = selection(req, drop=("since", "until"))
    rows = req.app.data.dated(f)
    weeks: dict[dt.date, Counter] = defaultdict(Counter)
    for r in rows:
        weeks[monday(r["date_start"])][r["acled_type"] or r["plover"] or "other"] += 1
    series = []
    if weeks:
        week, last = min(weeks), max(weeks)
        while week <= last:  # every week, the empty ones too
            series.append({"week": week.isoformat(), "counts": dict(weeks.get(week, {})),
                           "total": sum(weeks.get(week, Counter()).values())})
            week += dt.timedelta(days=7)
    types = [t for t, _ in Counter(t for w in weeks.values() for t in w.elements()).most_common()]
    others = {k: v for k, v in params.items() if k not in ("since", "until")}
    events = [{"id": r["id"], "date_start": r["date_start"], "date_end": r["date_end"], "date": dates(r),
               "week": monday(r["date_start"]).isoformat(), "type": r["acled_type"] or r["plover"] or "other",
               "place": place(r), "fatalities": r["fatalities_best"], "summary": r["summary"]} for r in rows]
    return Page("timeline.html", {
        "filters": params, "types": types, "weeks": series, "events": events,
        "brush": {"since": params.get("since"), "until": params.get("until")},
        "links": {"table": url("/events", params), "map": url("/map", params), "base": url("/events", others)},
    }, title="Timeline", view={"facets": req.app.data.facets()})


ROUTES = [(("GET",), r"/timeline", page)]
