"""What several pages share: the selection (filters) read from the query string, and numbers."""
from __future__ import annotations

import datetime as dt

from ...errors import RequestError
from ...query import Filters
from ...records import STATUSES

# URL parameter -> Filters field (the names of `sitrep events`' options)
FILTER_PARAMS = {"since": "since", "until": "until", "country": "country", "admin1": "admin1",
                 "admin2": "admin2", "actor": "actor", "type": "acled_type", "subtype": "subtype",
                 "plover": "plover", "status": "status", "search": "search"}
DATE_PARAMS = ("since", "until")


def selection(req, drop: tuple[str, ...] = ()) -> tuple[Filters, dict[str, str]]:
    """The filters of the query string, checked, and the parameters as given (for links)."""
    params = {}
    for name in FILTER_PARAMS:
        value = (req.query.get(name) or "").strip()
        if value:
            params[name] = value[:500]
    for name in DATE_PARAMS:
        if name in params:
            try:
                params[name] = dt.date.fromisoformat(params[name]).isoformat()
            except ValueError:
                raise RequestError(f"{name}={params[name]!r} is not a YYYY-MM-DD date") from None
    if "status" in params and params["status"] not in STATUSES:
        raise RequestError(f"status={params['status']!r} is not one of {', '.join(STATUSES)}")
    if "country" in params:
        params["country"] = params["country"].upper()
    if "plover" in params:
        params["plover"] = params["plover"].upper()
    if params.get("since") and params.get("until") and params["since"] > params["until"]:
        raise RequestError(f"since={params['since']} is after until={params['until']}")
    used = {k: v for k, v in params.items() if k not in drop}
    return Filters(**{FILTER_PARAMS[k]: v for k, v in used.items()}), params


def integer(req, name: str, default: int, low: int, high: int) -> int:
    raw = req.query.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise RequestError(f"{name}={raw!r} is not a whole number") from None
    if not low <= value <= high:
        raise RequestError(f"{name}={value} is not between {low} and {high}")
    return value
