"""/static/NAME (sitrep's own scripts and styles) and /vendor/NAME (the npm libraries in node_modules)."""
from __future__ import annotations

import json

from ...errors import NotFoundError
from ..app import Response, static_response


def index(req):
    return Response("", 302, headers=[("Location", "/events")])


def static(req):
    path = req.app.assets.static(req.params["name"])
    if path is None:
        raise NotFoundError(f"no file /static/{req.params['name']}")
    return static_response(path)


def vendor(req):
    path = req.app.assets.vendor(req.params["name"])
    if path is None:
        raise NotFoundError(f"no file /vendor/{req.params['name']} (the front-end libraries come from"
                            " 'npm ci' in the checkout; run 'make setup')")
    return static_response(path)


def palette(req):
    """``/palette.json``: the one palette (``data/palette.yaml``) every page's script draws with."""
    from ..palette import palette as table

    body = json.dumps({"ok": True, **{k: table()[k] for k in ("acled", "plover", "actors", "ties")}}, ensure_ascii=False)
    return Response(body, 200, "application/json; charset=utf-8", [("Cache-Control", "max-age=3600")])


def favicon(req):
    return Response("", 204)


ROUTES = [
    (("GET",), r"/", index),
    (("GET",), r"/favicon\.ico", favicon),
    (("GET",), r"/palette", palette),
    (("GET",), r"/static/(?P<name>[\w.-]+)", static),
    (("GET",), r"/vendor/(?P<name>[\w.-]+)", vendor),
]
