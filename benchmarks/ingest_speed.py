"""Ingest speed and peak memory on a generated corpus (not a test: it prints figures).

    python benchmarks/ingest_speed.py [--articles 1000] [--keep DIR]

Generates ``--articles`` short reports from templates (tests/synthetic.py: each happening told by
one to three outlets, so merging has work to do), then runs ``sitrep ingest`` on them as a separate
process, the way an analyst would: once as JSON Lines, once as a folder of .txt files. Prints
articles/s (wall clock, model loading included, and excluding the start-up measured on an empty
run), the events and incidents stored, and the peak resident memory of the ingesting process
(``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss``). A re-run over the same corpus is timed too.
The .txt files carry no date, so they all get ``--published 2023-06-01``: their weekdays resolve
into one week and merge differently from the JSON Lines records, which carry their own dates.
"""
from __future__ import annotations

import argparse
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from synthetic import write_folder, write_jsonl  # noqa: E402


def run(args: list[str]) -> tuple[float, int, str]:
    """Seconds, peak RSS in MiB of the child, and its stderr's last line."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "sitrep.cli", *args], capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if p.returncode not in (0, 1):
        sys.exit(p.stderr)
    # ru_maxrss of children is the largest of any child so far: report it only when it grew
    return seconds, max(peak, before) // 1024, (p.stderr.strip().splitlines() or [""])[-1]


def counts(db: Path) -> dict:
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "events", "incidents", "incident_events")}
    finally:
        con.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--keep", type=Path, help="write the corpus and databases here instead of a temporary folder")
    a = ap.parse_args()
    work = a.keep or Path(tempfile.mkdtemp(prefix="sitrep-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    feed = write_jsonl(work / "corpus.jsonl", a.articles)
    folder = write_folder(work / "corpus", a.articles)
    empty = work / "empty.jsonl"
    empty.write_text(feed.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")

    startup, _, _ = run(["ingest", str(empty), "--db", str(work / "startup.sqlite")])
    print(f"corpus: {a.articles} generated articles in {work}")
    print(f"start-up (model, gazetteer, one article): {startup:.1f} s")
    for name, src, db in (("JSON Lines", feed, work / "jsonl.sqlite"), (".txt folder", folder, work / "txt.sqlite")):
        for old in work.glob(db.name + "*"):
            old.unlink()
        seconds, peak, summary = run(["ingest", str(src), "--db", str(db), "--published", "2023-06-01"])
        c = counts(db)
        print(f"\n{name}: {seconds:.1f} s wall clock, {a.articles / seconds:.1f} articles/s "
              f"({a.articles / max(seconds - startup, 1e-9):.1f} articles/s after start-up); "
              f"peak RSS {peak} MiB")
        print(f"  stored: {c['articles']} articles, {c['events']} events, {c['incidents']} incidents "
              f"({c['events'] - c['incidents']} events merged into another article's incident)")
        print(f"  sitrep: {summary}")
    seconds, _, summary = run(["ingest", str(feed), "--db", str(work / "jsonl.sqlite")])
    print(f"\nre-run over the same JSON Lines: {seconds:.1f} s ({summary})")


if __name__ == "__main__":
    main()
