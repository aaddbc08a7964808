"""Serving the app: a threaded ``wsgiref`` server from the standard library, on 127.0.0.1 unless told."""
from __future__ import annotations

import ipaddress
import socketserver
import sys
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server


class _Server(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class _Strict(WSGIRequestHandler):
    """Refuses HTTP/0.9: a request line cut short (a raw CR LF in it) gets a 400 with a status line,
    never a bare body."""

    def parse_request(self):
        ok = super().parse_request()
        if ok and self.request_version == "HTTP/0.9":
            self.request_version = "HTTP/1.0"  # so that the error is sent with its status line
            self.close_connection = True
            self.send_error(400, "Bad request line (HTTP/0.9 is not served)")
            return False
        return ok


class _Handler(_Strict):
    def log_message(self, format, *args):  # one short line per request on stderr
        sys.stderr.write(f"{self.address_string()} {format % args}\n")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def allowed_hosts(host: str, port: int) -> set[str] | None:
    """The Host headers a loopback server answers to (against DNS rebinding); None beyond loopback."""
    if not is_loopback(host):
        return None
    names = {host, "127.0.0.1", "localhost", "[::1]"}
    return {f"{n}:{port}" for n in names} | ({n for n in names} if port == 80 else set())


def make(app_factory, host: str = "127.0.0.1", port: int = 8001, quiet: bool = False):
    """A server bound to ``host:port`` (port 0: any free one) for the app ``app_factory(hosts)`` returns."""
    handler = _Handler if not quiet else _Quiet
    server = make_server(host, port, _Placeholder(), server_class=_Server, handler_class=handler)
    bound = server.server_address[1]
    server.set_app(app_factory(allowed_hosts(host, bound)))
    return server


class _Placeholder:
    def __call__(self, environ, start_response):  # pragma: no cover - replaced before serving
        start_response("503 Service Unavailable", [("Content-Type", "text/plain")])
        return [b"starting"]


class _Quiet(_Strict):
    def log_message(self, format, *args):
        pass
