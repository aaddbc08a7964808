"""Cost against length: one long report, 10 KB to 1 MB, through bare spaCy and through sitrep.

The report is the body paragraphs of generated articles (``benchmarks/corpus.py``, invented
events) about one country, joined until the length is reached, so that it reads like a long
situation report or live blog: many mentions of the same places, parties and kinds of attack.
Each length runs in a fresh process, so the peak RSS printed is that length's own.

    python benchmarks/length_sweep.py               # 10, 30, 100, 300, 1000 KB
    python benchmarks/length_sweep.py 10 100        # chosen lengths (KB)
"""
from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

LENGTHS_KB = (10, 30, 100, 300, 1000)


def long_report(kb: int, country: str = "Pakistan", seed: int = 3) -> str:
    """About ``kb`` thousand characters of varied report text set in one country."""
    rng = random.Random(seed)
    settings = [s for s in corpus.SETTINGS if s[2] == country]
    parts, size, i = ["Security situation report"], 0, 0
    while size < kb * 1000:
        saved = corpus.SETTINGS
        corpus.SETTINGS = settings
        try:
            art = corpus._article(rng, i)
        finally:
            corpus.SETTINGS = saved
        body = art["text"].split("\n\n", 1)[1]  # without the headline
        parts.append(body.strip())
        size += len(body) + 2
        i += 1
    return "\n\n".join(parts)[: kb * 1000].rsplit(".", 1)[0] + ".\n"


def _measure(kb: int, which: str) -> dict:
    text = long_report(kb)
    t0 = time.perf_counter()
    if which == "spacy":
        from sitrep.language import Language
        from sitrep.config import Settings

        lang = Language(Settings.from_env())
        t0 = time.perf_counter()
        lang.parse(text)  # as sitrep parses: in pieces past 50,000 characters
        events = None
    else:
        from sitrep.config import Settings
        from sitrep.pipeline import Pipeline

        pipe = Pipeline(Settings.from_env(time_budget=0))  # no budget: measure the whole cost
        pipe.extract("Warm-up sentence about nothing.")
        t0 = time.perf_counter()
        art = pipe.extract(text, published="2024-06-01")
        events = len(art.events)
    seconds = time.perf_counter() - t0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"kb": kb, "which": which, "seconds": round(seconds, 2), "rss_mb": round(rss_mb), "events": events}


def main(argv: list[str]) -> None:
    if argv[:1] == ["--one"]:
        print(json.dumps(_measure(int(argv[1]), argv[2])))
        return
    lengths = [int(a) for a in argv] or list(LENGTHS_KB)
    print(f"{'KB':>6} {'spaCy s':>8} {'sitrep s':>9} {'ratio':>6} {'s/KB':>7} {'spaCy MB':>9} {'sitrep MB':>10} "
          f"{'events':>7}")
    first = None
    for kb in lengths:
        rows = {}
        for which in ("spacy", "sitrep"):
            out = subprocess.run([sys.executable, __file__, "--one", str(kb), which], capture_output=True,
                                 text=True, check=True)
            rows[which] = json.loads(out.stdout.strip().splitlines()[-1])
        s, p = rows["spacy"], rows["sitrep"]
        per_kb = p["seconds"] / kb
        first = first or per_kb
        print(f"{kb:>6} {s['seconds']:>8.2f} {p['seconds']:>9.2f} {p['seconds'] / max(s['seconds'], 1e-9):>6.2f} "
              f"{per_kb:>7.4f} {s['rss_mb']:>9} {p['rss_mb']:>10} {p['events']:>7}", flush=True)
    print(f"time per KB at the longest length / at the shortest: {per_kb / first:.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
