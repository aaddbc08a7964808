"""Peak memory of `sitrep extract` and `sitrep ingest` over a long JSON Lines stream; prints figures.

    .venv/bin/python benchmarks/stream_memory.py                    # 1,000 then 10,000 articles
    .venv/bin/python benchmarks/stream_memory.py -n 2000 --small 200 --commands extract

Each command runs as its own process on the first ``--small`` articles and then
on all ``-n`` of a corpus from ``benchmarks/corpus.py`` (written to a temporary
folder); the figures are its peak RSS (``wait4``) and its RSS sampled every half
second (from ``/proc``). Memory is flat when the peak over 10,000 articles is
that over 1,000.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import articles  # noqa: E402

SITREP = Path(sys.executable).with_name("sitrep")


def _rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def measure(cmd: list[str]) -> dict:
    """Run ``cmd``; its wall time, peak RSS and RSS samples (MB)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    samples = []
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        rss = _rss_mb(proc.pid)
        if rss is not None:
            samples.append((time.perf_counter() - t0, rss))
        time.sleep(0.5)
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
    return {"seconds": time.perf_counter() - t0, "peak": usage.ru_maxrss / 1024, "samples": samples,
            "stderr": err.strip().splitlines()[-1:] }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", "--articles", type=int, default=10_000)
    ap.add_argument("--small", type=int, default=1_000)
    ap.add_argument("--commands", default="extract,ingest")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--tmp", help="folder for the corpus and the outputs (default: a new temporary one)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="stream-memory-", dir=args.tmp) as tmp:
        tmp = Path(tmp)
        feeds = {}
        for n in (args.small, args.articles):
            feeds[n] = tmp / f"feed-{n}.jsonl"
            with feeds[n].open("w", encoding="utf-8") as f:
                for rec in articles(n):
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"corpus: {args.articles:,} articles, {feeds[args.articles].stat().st_size / 1e6:.1f} MB of JSON Lines; "
              f"--workers {args.workers}")
        print(f"{'command':10}{'articles':>10}{'seconds':>9}{'art/s':>8}{'peak RSS MB':>13}"
              f"{'RSS MB at 10% / 50% / 100%':>30}")
        for command in args.commands.split(","):
            for n, feed in feeds.items():
                out = tmp / f"out-{command}-{n}"
                if command == "extract":
                    cmd = [str(SITREP), "extract", str(feed), "--format", "jsonl", "--out", str(out)]
                else:
                    cmd = [str(SITREP), "ingest", str(feed), "--db", str(out) + ".sqlite"]
                r = measure(cmd + ["--workers", str(args.workers)])
                s = r["samples"]
                at = [s[min(int(len(s) * q), len(s) - 1)][1] for q in (0.1, 0.5, 1.0)] if s else []
                print(f"{command:10}{n:>10,}{r['seconds']:9.1f}{n / r['seconds']:8.1f}{r['peak']:13.0f}"
                      f"{' / '.join(f'{x:.0f}' for x in at):>30}")
                if r["stderr"] and command == "ingest":
                    print(f"{'':10}{r['stderr'][0]}")


if __name__ == "__main__":
    main()
