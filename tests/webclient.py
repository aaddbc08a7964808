"""An in-process HTTP client for the web UI's WSGI app: requests go straight to the app, no socket."""
from __future__ import annotations

import io
import json as jsonlib
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit
from wsgiref.util import setup_testing_defaults


@dataclass
class Resp:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def json(self):
        return jsonlib.loads(self.body)


class Client:
    def __init__(self, app, host: str = "127.0.0.1:8001"):
        self.app, self.host = app, host

    def request(self, method: str, target: str, body: bytes = b"", headers: dict | None = None) -> Resp:
        parts = urlsplit(target)
        environ = {"REQUEST_METHOD": method, "PATH_INFO": parts.path, "QUERY_STRING": parts.query,
                   "HTTP_HOST": self.host, "wsgi.input": io.BytesIO(body), "CONTENT_LENGTH": str(len(body))}
        for k, v in (headers or {}).items():
            key = k.upper().replace("-", "_")
            environ[key if key in ("CONTENT_TYPE", "CONTENT_LENGTH") else f"HTTP_{key}"] = v
        setup_testing_defaults(environ)
        out = {}

        def start_response(status, hdrs, exc_info=None):
            out["status"] = int(status.split()[0])
            out["headers"] = {k.lower(): v for k, v in hdrs}

        chunks = self.app(environ, start_response)
        return Resp(out["status"], out["headers"], b"".join(chunks))

    def get(self, target: str, **kw) -> Resp:
        return self.request("GET", target, **kw)

    def post(self, target: str, form: dict | None = None, json=None, text: str | None = None,
             headers: dict | None = None) -> Resp:
        headers = dict(headers or {})
        if form is not None:
            body = urlencode(form).encode("utf-8")
            headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
        elif json is not None:
            body = jsonlib.dumps(json).encode("utf-8")
            headers.setdefault("Content-Type", "application/json")
        else:
            body = (text or "").encode("utf-8")
            headers.setdefault("Content-Type", "text/plain; charset=utf-8")
        return self.request("POST", target, body, headers)
