"""The web UI as one WSGI application: routing, the ``.json`` twin of every page, security headers,
static and front-end library files, and the **one place** that turns exceptions into error pages.

A view (``views/<page>.py``) takes a :class:`Request` and returns a :class:`Page` (a template and
the data it shows) or a ready :class:`Response`. For a ``Page`` the app renders the template as
HTML or, when the path ends in ``.json``, returns the same data as JSON, so the two never differ.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import mimetypes
import re
import sys
import threading
import traceback
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from urllib.parse import parse_qs, urlencode

import jinja2

from ..errors import (ForbiddenError, InputError, MethodNotAllowedError, NotFoundError, RequestError,
                      SitrepError, TimeBudgetError, TooLargeError)
from ..reading import without_surrogates
from . import assets, marks
from .data import Data

HERE = Path(__file__).parent
DEFAULT_PASTE_LIMIT = 200_000  # bytes of a pasted or uploaded article

# Scripts and styles only from this server; nothing inline, nothing from elsewhere.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
       " font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = [("Content-Security-Policy", CSP), ("X-Content-Type-Options", "nosniff"),
                    ("Referrer-Policy", "no-referrer"), ("X-Frame-Options", "DENY"),
                    ("Cross-Origin-Opener-Policy", "same-origin"), ("Cross-Origin-Resource-Policy", "same-origin")]


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes = b""
    params: dict[str, str] = field(default_factory=dict)  # from the route pattern
    json: bool = False  # the .json twin was asked for
    app: "App | None" = None

    def form(self) -> dict[str, str]:
        """The body's fields; lone surrogates (which JSON allows) become U+FFFD, one for one."""
        return {k: without_surrogates(v) for k, v in self._form().items()}

    def _form(self) -> dict[str, str]:
        ctype = self.headers.get("content-type", "")
        if ctype.startswith("application/x-www-form-urlencoded"):
            try:
                text = self.body.decode("utf-8")
            except UnicodeDecodeError:
                raise RequestError("the form is not UTF-8") from None
            return {k: v[0] for k, v in parse_qs(text, keep_blank_values=True).items()}
        if ctype.startswith("application/json"):
            try:
                data = json.loads(self.body.decode("utf-8") or "{}")
            except (UnicodeDecodeError, ValueError):
                raise RequestError("the body is not valid JSON") from None
            except RecursionError:
                raise RequestError("the JSON body is nested too deeply") from None
            if not isinstance(data, dict):
                raise RequestError("the JSON body must be an object")
            return {k: v if isinstance(v, str) else json.dumps(v) for k, v in data.items() if v is not None}
        if ctype.startswith("text/plain"):
            try:
                return {"text": self.body.decode("utf-8")}
            except UnicodeDecodeError:
                raise RequestError("the text is not UTF-8") from None
        raise RequestError(f"cannot read a {ctype or 'body without a Content-Type'}; send a form, JSON or text/plain")


@dataclass
class Response:
    body: bytes | str
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Page:
    template: str
    data: dict
    title: str = ""
    status: int = 200
    view: dict = field(default_factory=dict)  # what only the HTML needs (marked text pieces), not in the JSON


class App:
    """``App(db_path, allow_writes=False)`` is a WSGI callable."""

    def __init__(self, db: str | Path, *, allow_writes: bool = False, paste_limit: int = DEFAULT_PASTE_LIMIT,
                 allowed_hosts: set[str] | None = None, pipeline=None, node_modules: Path | None = None,
                 settings=None):
        self.data = Data(db, writable=allow_writes)
        self.allow_writes = allow_writes
        self.paste_limit = paste_limit
        self.allowed_hosts = allowed_hosts  # None: any Host header (a server bound beyond loopback)
        self._pipeline = pipeline
        self._pipeline_lock = threading.Lock()
        self._settings = settings  # for the paste worker (None: from the environment)
        self._worker = None
        self._gzipped: dict[bytes, bytes] = {}  # static files, compressed once
        self._gzip_lock = threading.Lock()
        self.assets = assets.Assets(node_modules)
        self.env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                                      autoescape=True,
                                      trim_blocks=True, lstrip_blocks=True)
        self.env.globals.update(url=url, kinds=marks.KINDS, field_kind=marks.FIELD_KIND, app=self)
        self.env.filters["dates"] = dates
        self.env.filters["place"] = place
        self.env.filters["one"] = lambda v: (v[0] if v else None) if isinstance(v, (list, tuple)) else v
        from .views import ROUTES

        self.routes = [(set(methods), re.compile(f"^{pattern}$"), view) for methods, pattern, view in ROUTES]

    # --- the pipeline (pasted articles), loaded on first use, one article at a time ------

    def code(self, document):
        """Code a pasted article: in a process of its own under the time budget (see ``worker.py``),
        or in this process with a ``pipeline`` given to the App (the tests' shared one)."""
        if self._pipeline is not None:
            with self._pipeline_lock:
                return self._pipeline.extract_document(document)
        with self._pipeline_lock:
            if self._worker is None:
                from .worker import PasteWorker

                self._worker = PasteWorker(self._settings)
        return self._worker.code(document)

    def close(self) -> None:
        """End the paste worker process, if one was started."""
        if self._worker is not None:
            self._worker.stop()

    # --- WSGI ----------------------------------------------------------------------------

    def __call__(self, environ, start_response):
        resp = self.handle(environ)
        headers = [("Content-Type", resp.content_type), *SECURITY_HEADERS, *resp.headers]
        body = resp.body.encode("utf-8") if isinstance(resp.body, str) else resp.body
        if _compressible(resp, body) and "gzip" in environ.get("HTTP_ACCEPT_ENCODING", "").lower():
            body = self._gzip(body, cached=any(k == "Cache-Control" for k, _ in resp.headers))
            headers.append(("Content-Encoding", "gzip"))
        if _compressible(resp, body):
            headers.append(("Vary", "Accept-Encoding"))
        headers.append(("Content-Length", str(len(body))))
        start_response(f"{resp.status} {HTTPStatus(resp.status).phrase}", headers)
        return [body] if environ.get("REQUEST_METHOD") != "HEAD" else [b""]

    def _gzip(self, body: bytes, cached: bool) -> bytes:
        """``body`` gzipped; the static files (the same bytes every time) are compressed once."""
        if not cached:
            return gzip.compress(body, compresslevel=5, mtime=0)
        key = hashlib.sha1(body).digest()
        with self._gzip_lock:
            if key not in self._gzipped:
                self._gzipped[key] = gzip.compress(body, compresslevel=6, mtime=0)
            return self._gzipped[key]

    def handle(self, environ) -> Response:
        path = environ.get("PATH_INFO") or "/"
        want_json = path.endswith(".json")
        try:
            req = self._request(environ)
            want_json = req.json
            return self._dispatch(req)
        except SitrepError as e:
            status = _status(e)
            if status >= 500:  # the server's own trouble: the details (paths, SQL) go to its terminal only
                sys.stderr.write(f"sitrep serve: {e}\n")
                shown = type(e)("the server could not answer this request; its terminal shows why")
                return self.error(shown, status, want_json)
            return self.error(e, status, want_json)
        except Exception:  # a bug: say so on the page and give the traceback to the terminal
            traceback.print_exc(file=sys.stderr)
            return self.error(SitrepError("internal error; the server's terminal shows the traceback"), 500,
                              want_json)

    def _request(self, environ) -> Request:
        headers = {k[5:].replace("_", "-").lower(): v for k, v in environ.items() if k.startswith("HTTP_")}
        if environ.get("CONTENT_TYPE"):
            headers["content-type"] = environ["CONTENT_TYPE"]
        method = environ.get("REQUEST_METHOD", "GET").upper()
        host = headers.get("host", "")
        if self.allowed_hosts is not None and host.lower() not in self.allowed_hosts:
            raise ForbiddenError(f"unexpected Host header {host!r}: this server answers only to "
                             + ", ".join(sorted(self.allowed_hosts)))
        if method == "POST":
            self._same_origin(headers, host)
        body = b""
        if method == "POST":
            raw_length = (environ.get("CONTENT_LENGTH") or "0").strip()
            if not (raw_length.isascii() and raw_length.isdigit()):
                raise RequestError(f"bad Content-Length {raw_length[:20]!r}: a whole number of bytes")
            length = int(raw_length[:19])
            if length > self.paste_limit + 4096:  # the form's own fields take a little room
                raise TooLargeError(f"the request is {length:,} bytes; the limit is {self.paste_limit:,}")
            body = environ["wsgi.input"].read(length) if length else b""
        raw_path = environ.get("PATH_INFO") or "/"
        try:  # WSGI gives the path as latin-1 decoded bytes
            raw_path = raw_path.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            raise RequestError("the path is not UTF-8") from None
        is_json = raw_path.endswith(".json") and not raw_path.startswith(("/static/", "/vendor/"))
        query = {k: v[0] for k, v in parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=False).items()}
        return Request(method=method, path=raw_path[:-5] if is_json else raw_path, query=query,
                       headers=headers, body=body, json=is_json, app=self)

    @staticmethod
    def _same_origin(headers: dict, host: str) -> None:
        """A POST from a page of another site (a form aimed at 127.0.0.1) is refused."""
        origin = headers.get("origin")
        if origin and origin != "null" and re.sub(r"^https?://", "", origin).lower() != host.lower():
            raise ForbiddenError(f"a POST from another site ({origin}) is refused")
        site = headers.get("sec-fetch-site")
        if site and site not in ("same-origin", "none"):
            raise ForbiddenError("a POST from another site is refused")

    def _dispatch(self, req: Request) -> Response:
        path = req.path
        allowed_elsewhere = False
        for methods, pattern, view in self.routes:
            m = pattern.match(path)
            if not m:
                continue
            if req.method not in methods and not (req.method == "HEAD" and "GET" in methods):
                allowed_elsewhere = True
                continue
            req.params = m.groupdict()
            out = view(req)
            if isinstance(out, Response):
                return out
            return self.render(out, req)
        if allowed_elsewhere:
            raise MethodNotAllowedError(f"{req.method} is not allowed here")
        raise NotFoundError(f"no page {path}{'.json' if req.json else ''}")

    # --- rendering -----------------------------------------------------------------------

    def render(self, page: Page, req: Request) -> Response:
        if req.json:
            return json_response({"ok": True, **page.data}, page.status)
        html = self.env.get_template(page.template).render(this=page, req=req, **page.data, **page.view)
        return Response(html, page.status)

    def error(self, err: SitrepError, status: int, want_json: bool) -> Response:
        data = {"ok": False, "status": status, "error": str(err), "code": err.code,
                "title": HTTPStatus(status).phrase}
        if want_json:
            return json_response(data, status)
        html = self.env.get_template("error.html").render(this=Page("error.html", data, data["title"]), req=None,
                                                          **data)
        return Response(html, status)


# the HTTP status of each error, most specific first
_STATUS = ((NotFoundError, 404), (ForbiddenError, 403), (MethodNotAllowedError, 405), (TooLargeError, 413),
           (RequestError, 400), (TimeBudgetError, 503), (InputError, 422))


_TEXTUAL = ("text/", "application/json", "application/geo+json", "image/svg+xml", "application/javascript")


def _compressible(resp: Response, body: bytes) -> bool:
    """JSON, HTML, scripts, styles and the like, big enough to gain from gzip."""
    return len(body) >= 1024 and resp.content_type.startswith(_TEXTUAL) and resp.status != 304


def _status(e: SitrepError) -> int:
    return next((code for kind, code in _STATUS if isinstance(e, kind)), 500)


def json_response(data, status: int = 200) -> Response:
    return Response(json.dumps(data, ensure_ascii=False, default=str), status, "application/json; charset=utf-8")


def url(path: str, params: dict | None = None, **more) -> str:
    """``path`` with the non-empty ``params`` (updated by ``more``) as its query string."""
    merged = {**(params or {}), **more}
    q = urlencode([(k, v) for k, v in merged.items() if v not in (None, "", False)])
    return f"{path}?{q}" if q else path


def dates(r: dict) -> str:
    """'2024-03-13' or '2024-03-11 – 2024-03-17' from a row's date_start/date_end."""
    a, b = r.get("date_start"), r.get("date_end")
    if not a:
        return "undated"
    return a if not b or b == a else f"{a} – {b}"


def place(r: dict) -> str:
    parts = [r.get("location"), r.get("admin2"), r.get("admin1"), r.get("country")]
    out = []
    for p in parts:
        if p and p not in out:
            out.append(p)
    return ", ".join(out)


def static_response(path: Path) -> Response:
    ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if ctype.startswith("text/") or ctype in ("application/javascript", "application/json"):
        ctype += "; charset=utf-8"
    if path.suffix == ".js":
        ctype = "text/javascript; charset=utf-8"
    return Response(path.read_bytes(), 200, ctype, [("Cache-Control", "max-age=3600")])
