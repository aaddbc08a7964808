"""`sitrep ingest` on a corpus: killed with SIGKILL and started again, re-run, stdin, HTML,
the summary line and the progress line."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from corpus import REPORTS
from corpus import write_jsonl as write_corpus
from synthetic import write_jsonl

N = 60
VOLATILE = {"ingested_at", "updated_at"}  # wall-clock times: the only columns allowed to differ
TABLES = ("articles", "events", "evidence", "actors", "places", "relations", "incidents", "incident_events")


def contents(db, volatile=VOLATILE) -> dict:
    con = sqlite3.connect(db)
    try:
        out = {}
        for t in TABLES:
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({t})") if r[1] not in volatile]
            out[t] = con.execute(f"SELECT {', '.join(cols)} FROM {t} ORDER BY 1").fetchall()
        out["fts"] = [con.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (w,)).fetchone()[0]
                      for w in ("killed", "police", "soldiers", "Turbat")]
        return out
    finally:
        con.close()


def stored(db) -> int:
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1)
        try:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def ingest_cmd(feed, db):
    return [sys.executable, "-m", "sitrep.cli", "ingest", str(feed), "--db", str(db)]


def ingest(feed, db) -> subprocess.CompletedProcess:
    return subprocess.run(ingest_cmd(feed, db), capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def feed(tmp_path_factory):
    return write_jsonl(tmp_path_factory.mktemp("feed") / "feed.jsonl", N)


@pytest.fixture(scope="module")
def reference(feed, tmp_path_factory):
    """An uninterrupted run over the generated corpus."""
    db = tmp_path_factory.mktemp("ref") / "ref.sqlite"
    r = ingest(feed, db)
    assert r.returncode == 0, r.stderr
    assert f"{N} articles read: {N} added, 0 skipped" in r.stderr
    return db


def test_killed_runs_resume_to_the_same_database(feed, reference, tmp_path):
    db = tmp_path / "killed.sqlite"
    at_kill = []
    for threshold in (3, 30):
        proc = subprocess.Popen(ingest_cmd(feed, db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 300
        try:
            while stored(db) < threshold:
                assert proc.poll() is None, "the run ended before it could be killed"
                assert time.monotonic() < deadline, "no article stored in time"
                time.sleep(0.002)
        finally:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
        assert proc.returncode == -signal.SIGKILL
        at_kill.append(stored(db))
    assert 3 <= at_kill[0] <= at_kill[1] < N, at_kill  # both kills landed mid-run
    r = ingest(feed, db)
    assert r.returncode == 0, r.stderr
    assert f"{N} articles read: {N - at_kill[1]} added, {at_kill[1]} skipped ({at_kill[1]} already stored)" in r.stderr
    assert contents(db) == contents(reference)


def test_running_again_adds_nothing_and_changes_nothing(feed, reference):
    before = contents(reference, volatile=set())
    r = ingest(feed, reference)
    assert r.returncode == 0, r.stderr
    assert f"{N} articles read: 0 added, {N} skipped ({N} already stored); 0 events" in r.stderr
    assert contents(reference, volatile=set()) == before


def test_a_rerun_with_new_articles_adds_only_those(run, tmp_path):
    db = tmp_path / "db.sqlite"
    first = write_corpus(tmp_path / "first.jsonl", REPORTS[:5])
    assert run("ingest", first, "--db", db).exit_code == 0
    both = write_corpus(tmp_path / "both.jsonl", REPORTS)
    r = run("ingest", both, "--db", db)
    assert r.exit_code == 0
    assert f"{len(REPORTS)} articles read: {len(REPORTS) - 5} added, 5 skipped (5 already stored)" in r.stderr
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == len(REPORTS)
    assert con.execute("SELECT count(DISTINCT doc_id) FROM articles").fetchone()[0] == len(REPORTS)
    con.close()


def test_identical_articles_are_stored_once(run, tmp_path):
    text = REPORTS[0]["text"]
    feed = tmp_path / "dupes.jsonl"
    feed.write_text("\n".join(json.dumps({"id": f"copy-{i}", "published": "2024-03-14", "text": t}) for i, t in
                              enumerate([text, text.replace("\n", "\n\n"), "  " + text.upper()])) + "\n",
                    encoding="utf-8")
    r = run("ingest", feed, "--db", tmp_path / "db.sqlite")
    assert r.exit_code == 0
    assert "3 articles read: 1 added, 2 skipped (2 duplicate in this run)" in r.stderr


def test_stdin_html_and_failures_in_one_summary(run, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    rep = REPORTS[5]
    head, body = rep["text"].split("\n", 1)
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    (folder / "page.html").write_text(
        f"<html><head><title>{head}</title><meta property='og:site_name' content='Quetta Courier'>"
        f"<meta name='date' content='{rep['published']}'></head><body><article><h1>{head}</h1>{paras}"
        "</article></body></html>", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    db = tmp_path / "db.sqlite"
    r = run("ingest", folder, "--db", db)
    assert r.exit_code == 1  # one input failed
    assert str(folder / "empty.txt") in r.stderr and "E102" in r.stderr
    assert "2 articles read: 1 added, 1 skipped (1 no text)" in r.stderr
    line = json.dumps(REPORTS[6]) + "\n"
    r = run("ingest", "-", "--db", db, input=line)
    assert r.exit_code == 0, r.output
    assert "1 articles read: 1 added, 0 skipped; 1 events: 1 merged into incidents of other articles" in r.stderr
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM incidents").fetchone()[0] == 1  # the HTML page and the stdin
    con.close()                                                               # record tell one attack


def test_progress_line_only_when_asked_or_on_a_terminal(run, tmp_path):
    feed = write_corpus(tmp_path / "c.jsonl", REPORTS[:3])
    quiet = run("ingest", feed, "--db", tmp_path / "a.sqlite")
    assert "\r" not in quiet.stderr and len(quiet.stderr.strip().splitlines()) == 1
    shown = run("ingest", feed, "--db", tmp_path / "b.sqlite", "--progress")
    assert "\r" in shown.stderr
    first = shown.stderr.split("\r")[1]
    assert "/3 articles" in first and "/s" in first and "ETA" in first
    assert shown.stderr.rstrip().splitlines()[-1].startswith("3 articles read: 3 added")


def test_progress_line_figures():
    from sitrep.progress import Progress

    now = [100.0]
    p = Progress(1000, stream=sys.stderr, enabled=True, clock=lambda: now[0])
    now[0] = 110.0
    p.update(250, "40 events, 3 merged")
    assert p.line() == "250/1,000 articles, 25.0 articles/s, ETA 0:00:30, 0:00:10 elapsed, 40 events, 3 merged"
    q = Progress(None, stream=sys.stderr, enabled=True, clock=lambda: now[0])
    now[0] += 2
    q.update(10)
    assert q.line() == "10 articles, 5.0 articles/s, 0:00:02 elapsed"
