"""Faults during ingest: twenty SIGKILLs at random moments, two writers at once, a reader meanwhile.

Each run is a real `sitrep ingest` process on generated reports (tests/synthetic.py); the
database after the faults is compared row for row with an uninterrupted run.
"""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request

import pytest

from synthetic import write_jsonl
from test_ingest import contents, ingest, ingest_cmd, stored

N = 120
KILLS = 20


@pytest.fixture(scope="module")
def feed(tmp_path_factory):
    return write_jsonl(tmp_path_factory.mktemp("faults") / "feed.jsonl", N, seed=11)


@pytest.fixture(scope="module")
def reference(feed, tmp_path_factory):
    db = tmp_path_factory.mktemp("faults-ref") / "ref.sqlite"
    r = ingest(feed, db)
    assert r.returncode == 0, r.stderr
    return db


def _integrity(db) -> str:
    con = sqlite3.connect(db)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def test_twenty_kills_at_random_moments_then_a_resume_equal_an_uninterrupted_run(feed, reference, tmp_path):
    db = tmp_path / "killed.sqlite"
    rng = random.Random(20)
    kills_mid_run = 0
    for _ in range(KILLS):
        if stored(db) >= N:
            break
        before = stored(db)
        proc = subprocess.Popen(ingest_cmd(feed, db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # wait until this run stores something (or a random moment during start-up), then kill it
        deadline = time.monotonic() + rng.uniform(0.2, 3.0)
        target = before + rng.randint(1, 6)
        while proc.poll() is None and stored(db) < target and time.monotonic() < deadline + 60:
            if stored(db) == before and time.monotonic() >= deadline and rng.random() < 0.3:
                break  # sometimes during start-up, before anything is stored
            time.sleep(rng.uniform(0.001, 0.02))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills_mid_run += 1
        proc.wait()
        assert _integrity(db) == "ok" if db.exists() else True
    assert kills_mid_run >= KILLS // 2, kills_mid_run
    r = ingest(feed, db)
    assert r.returncode == 0, r.stderr
    assert _integrity(db) == "ok"
    assert contents(db) == contents(reference)


def test_two_ingests_of_overlapping_inputs_at_once_lose_nothing_and_double_nothing(feed, reference, tmp_path):
    db = tmp_path / "two.sqlite"
    procs = [subprocess.Popen(ingest_cmd(feed, db), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outs = [p.communicate(timeout=900) for p in procs]
    for p, (_, err) in zip(procs, outs):
        assert p.returncode == 0, err
        assert "Traceback" not in err and "locked" not in err, err
    added = [int(err.split(" added")[0].rsplit(" ", 1)[1]) for _, err in outs]
    assert sum(added) == N, outs  # every article stored once, by one of them
    assert _integrity(db) == "ok"
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == N
        assert con.execute("SELECT count(DISTINCT text_hash) FROM articles").fetchone()[0] == N
        events = con.execute("SELECT count(*) FROM events").fetchone()[0]
        merged = con.execute("SELECT count(*) FROM incident_events").fetchone()[0]
    finally:
        con.close()
    ref = contents(reference)
    assert events == len(ref["events"]) and merged == events


def test_serve_keeps_answering_while_an_ingest_writes(feed, tmp_path):
    db = tmp_path / "live.sqlite"
    first = ingest(feed, db)  # a database to serve
    assert first.returncode == 0
    more = write_jsonl(tmp_path / "more.jsonl", 80, seed=12)
    port = 18000 + os.getpid() % 1000
    server = subprocess.Popen([sys.executable, "-m", "sitrep.cli", "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        url = f"http://127.0.0.1:{port}/events.json"
        for _ in range(200):
            try:
                urllib.request.urlopen(url, timeout=5).read()
                break
            except OSError:
                time.sleep(0.1)
        writer = subprocess.Popen(ingest_cmd(more, db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        answered, slow = 0, []
        stop = time.monotonic() + 120
        while writer.poll() is None and time.monotonic() < stop:
            t0 = time.monotonic()
            with urllib.request.urlopen(url, timeout=10) as resp:
                assert resp.status == 200
                resp.read()
            slow.append(time.monotonic() - t0)
            answered += 1
        writer.wait(timeout=600)
        assert writer.returncode == 0
        assert answered >= 5, answered
        assert max(slow) < 5, max(slow)
    finally:
        server.terminate()
        server.wait(timeout=30)
