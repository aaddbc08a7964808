"""/static/NAME (sitrep's own scripts and styles) and /vendor/NAME (the npm libraries in node_modules)."""
from __future__ import annotations

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


def favicon(req):
    return Response("", 204)


ROUTES = [
    (("GET",), r"/", index),
    (("GET",), r"/favicon\.ico", favicon),
    (("GET",), r"/static/(?P<name>[\w.-]+)", static),
    (("GET",), r"/vendor/(?P<name>[\w.-]+)", vendor),
]
