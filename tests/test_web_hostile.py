"""`sitrep serve` under hostile requests: a live server on loopback, a few hundred generated requests.

No response is a 500, none shows the database's path, a request line cut by a raw CR LF gets a
status line, ids are ASCII digits, and a paste that runs past its time budget answers 503 with
the reason while the next paste is served.
"""
from __future__ import annotations

import json
import random
import socket
import threading
import time
from pathlib import Path

import pytest

import webdb
from sitrep.config import Settings
from sitrep.web.app import App
from sitrep.web.server import make

REQUESTS = 300


def serve(db: Path, **kw):
    server = make(lambda hosts: App(db, allowed_hosts=hosts, **kw), "127.0.0.1", 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server


def raw(port: int, data: bytes, timeout: float = 60) -> bytes:
    """Send ``data`` as it is; the whole answer (the server closes after one response)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(data)
        chunks = []
        while True:
            try:
                part = s.recv(65536)
            except socket.timeout:
                break
            if not part:
                break
            chunks.append(part)
    return b"".join(chunks)


def http(port: int, method: str, target: str, body: bytes = b"", headers: dict | None = None,
         timeout: float = 60) -> tuple[int, bytes]:
    head = {"Host": f"127.0.0.1:{port}", "Connection": "close", **(headers or {})}
    if method == "POST" and "Content-Length" not in head:
        head["Content-Length"] = str(len(body))
    lines = [f"{method} {target} HTTP/1.1"] + [f"{k}: {v}" for k, v in head.items()]
    answer = raw(port, ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8", "surrogateescape") + body, timeout)
    status_line = answer.split(b"\r\n", 1)[0]
    assert status_line.startswith(b"HTTP/1."), f"no status line for {target!r}: {answer[:80]!r}"
    return int(status_line.split()[1]), answer


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    db = tmp_path_factory.mktemp("hostile") / "web.sqlite"
    ids = webdb.build(db)
    server = serve(db)
    yield server.server_address[1], db, ids
    server.shutdown()
    server.get_app().close()


SEARCHES = ["-1", "-0", "javascript:alert(1)", "NOT", "AND OR", '"', '""', "a*", "(", ")", "NEAR(a b)", "^x",
            "col:val", "{a b}", "'", "%", "\\", "killed", '"police said"', "a" * 3000, "\u202e", "1 - 2"]
PATHS = ["/events", "/events.json", "/map.json", "/timeline.json", "/actors.json", "/articles", "/articles.json"]


def _generated(rng: random.Random, ids) -> list[tuple[str, str, bytes, dict]]:
    """(method, target, body, headers) for hostile requests of many shapes."""
    out = []
    for _ in range(REQUESTS):
        kind = rng.randrange(8)
        if kind == 0:
            out.append(("GET", f"{rng.choice(PATHS)}?search={_q(rng.choice(SEARCHES))}", b"", {}))
        elif kind == 1:
            out.append(("GET", rng.choice(["/events/", "/articles/", "/events/", "/articles/"]) +
                        rng.choice(["１", "٣", "0", "-1", "99999999999999999999", "1e3", "%00", "..%2f..%2fetc",
                                    str(rng.choice(list(ids.values())) if isinstance(ids, dict) else 1)]),
                        b"", {}))
        elif kind == 2:
            field = rng.choice(["since", "until", "country", "status", "page", "sort", "type", "plover", "actor"])
            val = rng.choice(["0001-01-01", "9999-12-31", "2022-13-01", "-5", "１", "'; DROP TABLE x;--", "\x00",
                              "%ff", "x" * 2000])
            out.append(("GET", f"{rng.choice(PATHS)}?{field}={_q(val)}", b"", {}))
        elif kind == 3:
            body = rng.choice([b"[" * 100_000, b"{", b'{"text": 5}', b'{"text": "a", "published": "9999-12-31"}',
                               json.dumps({"text": "Gunmen killed two in Kano \ud800 on Monday.",
                                           "published": rng.choice(["0001-01-01", "9999-12-31", "2022-02-07"])
                                           }).encode(), b"\xff\xfe"])
            out.append(("POST", "/paste.json", body, {"Content-Type": "application/json"}))
        elif kind == 4:
            out.append(("POST", "/paste.json", b"text=x", {"Content-Type": "application/x-www-form-urlencoded",
                                                            "Content-Length": rng.choice(["-5", "abc", "1e9",
                                                                                          "99999999999999999999"])}))
        elif kind == 5:
            out.append(("POST", "/paste.json", b"text=%ff%fe", {"Content-Type":
                                                                rng.choice(["application/x-www-form-urlencoded",
                                                                            "text/plain", "image/png", ""])}))
        elif kind == 6:
            out.append((rng.choice(["PUT", "DELETE", "PATCH", "OPTIONS"]), rng.choice(PATHS), b"", {}))
        else:
            out.append(("GET", rng.choice(["/static/../../etc/passwd", "/vendor/%2e%2e/x", "/events.json.json",
                                           "/%ff", "/" + "a" * 5000, "/events?page=" + "9" * 50]), b"", {}))
    return out


def _q(s: str) -> str:
    from urllib.parse import quote

    return quote(s, safe="", errors="surrogatepass")


def test_hostile_requests_get_no_500_and_never_the_database_path(live):
    port, db, ids = live
    rng = random.Random(19)
    statuses = {}
    t0 = time.monotonic()
    for method, target, body, headers in _generated(rng, ids):
        assert time.monotonic() - t0 < 600, "the hostile run took too long"
        status, answer = http(port, method, target, body, headers)
        statuses[status] = statuses.get(status, 0) + 1
        assert status != 500, f"{method} {target[:80]!r} {body[:60]!r}: {answer[:400]!r}"
        assert str(db).encode() not in answer and str(db.parent).encode() not in answer, target
    assert statuses.get(200, 0) > 20 and statuses.get(400, 0) > 20, statuses


@pytest.mark.parametrize("search", SEARCHES)
def test_searches_are_text_never_query_syntax(live, search):
    port, _, _ = live
    status, answer = http(port, "GET", f"/events.json?search={_q(search)}")
    assert status == 200, answer[:400]


def test_a_raw_cr_lf_in_the_request_line_gets_a_status_line(live):
    port, _, _ = live
    answer = raw(port, b"GET /events\r\nX HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    assert answer.startswith(b"HTTP/1.0 400") or answer.startswith(b"HTTP/1.1 400"), answer[:120]


@pytest.mark.parametrize("path", ["/articles/１", "/events/٣", "/events/１.json"])
def test_ids_are_ascii_digits(live, path):
    port, _, _ = live
    status, _ = http(port, "GET", _q(path).replace("%2F", "/"))
    assert status == 404


def test_a_negative_content_length_is_a_400(live):
    port, _, _ = live
    status, answer = http(port, "POST", "/paste.json", b"text=x",
                          {"Content-Type": "application/x-www-form-urlencoded", "Content-Length": "-5"})
    assert status == 400 and b"Content-Length" in answer


def test_a_paste_over_its_budget_answers_503_and_the_next_paste_is_served(tmp_path):
    db = tmp_path / "web.sqlite"
    webdb.build(db)
    server = serve(db, settings=Settings.from_env(time_budget=0.5, time_budget_per_kb=0), paste_limit=400_000)
    port = server.server_address[1]
    try:
        ok, _ = http(port, "POST", "/paste.json", json.dumps({"text": "Gunmen killed two people in Kano on Monday."
                                                                      " Police said."}).encode(),
                     {"Content-Type": "application/json"}, timeout=180)  # starts the worker: model load
        assert ok == 200
        long_text = " ".join(["Gunmen killed two people in Kano on Monday, police said."] * 4000)
        t0 = time.monotonic()
        status, answer = http(port, "POST", "/paste.json", json.dumps({"text": long_text}).encode(),
                              {"Content-Type": "application/json"}, timeout=180)
        assert status == 503, answer[:300]
        assert b"E108" in answer and b"time budget" in answer
        assert time.monotonic() - t0 < 60
        again, answer = http(port, "POST", "/paste.json", json.dumps({"text": "Troops clashed with rebels near Goma"
                                                                             " on Sunday."}).encode(),
                             {"Content-Type": "application/json"}, timeout=180)
        assert again == 200, answer[:300]
    finally:
        server.shutdown()
        server.get_app().close()
