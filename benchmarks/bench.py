"""Throughput of sitrep against bare spaCy on the same texts, in the same run; prints figures.

    .venv/bin/python benchmarks/bench.py                 # 400 articles, 3 rounds, 1 and 2 workers
    .venv/bin/python benchmarks/bench.py -n 1000 --rounds 5 --workers 1

What it measures, on a corpus from ``benchmarks/corpus.py`` (synthetic reports
plus the seed article every 25th):

* bare spaCy: ``nlp.pipe(texts, batch_size=16)`` with the same model, loaded
  by ``spacy.load`` with none of sitrep's additions;
* sitrep: ``Pipeline.stream(documents)`` (what ``sitrep extract`` runs): the
  English check, the parse (with sitrep's line-break sentence rule) and every
  stage; ``Pipeline.timings`` gives the seconds of each stage;
* the two alternate, round after round; each figure is the median round;
* with ``--workers 2``: the same documents through ``WorkerPool`` (what
  ``--workers 2`` runs), after its workers have loaded the model, against one
  process; and bare spaCy with ``n_process=2`` for comparison;
* peak RSS of this process (both pipelines loaded) from ``getrusage``.
"""
from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import articles  # noqa: E402

from sitrep.config import Settings  # noqa: E402
from sitrep.reading import from_record  # noqa: E402

STAGES = ("language", "time", "places", "actors", "events", "claims", "relations")


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", "--articles", type=int, default=400)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts to time (1 = this process)")
    ap.add_argument("--seed-every", type=int, default=25, help="every Nth article is the seed article (0: never)")
    args = ap.parse_args()

    import spacy

    from sitrep.pipeline import Pipeline

    settings = Settings.from_env()
    records = list(articles(args.articles, seed_every=args.seed_every))
    docs = [from_record(r, origin=r["id"], default_id=r["id"]) for r in records]
    texts = [d.text for d in docs]
    words = sum(len(t.split()) for t in texts)
    n = len(docs)

    t0 = time.perf_counter()
    pipe = Pipeline(settings)
    load_sitrep = time.perf_counter() - t0
    t0 = time.perf_counter()
    bare = spacy.load(settings.model)
    load_bare = time.perf_counter() - t0

    print(f"sitrep benchmark: {n} articles ({sum(r['id'].startswith('seed') for r in records)} of them the seed "
          f"article), {words:,} words ({words / n:.0f} per article)")
    print(f"model {settings.model} (spaCy {spacy.__version__}); Python {platform.python_version()}; "
          f"{os.cpu_count()} cores; {platform.processor() or platform.machine()}; "
          f"load average {os.getloadavg()[0]:.1f} at start (other work on the machine slows every figure)")
    print(f"load: sitrep Pipeline {load_sitrep:.2f} s (model + gazetteer + lexicons), bare spacy.load {load_bare:.2f} s")

    # warm both up (first calls allocate)
    list(bare.pipe(texts[:16], batch_size=16))
    list(pipe.stream(docs[:16]))

    bare_s, sitrep_s, stage_rounds = [], [], []
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        for _doc in bare.pipe(texts, batch_size=16):
            pass
        bare_s.append(time.perf_counter() - t0)
        pipe.timings.clear()
        t0 = time.perf_counter()
        found = sum(len(a.events) for a in pipe.stream(docs) if hasattr(a, "events"))
        sitrep_s.append(time.perf_counter() - t0)
        stage_rounds.append(dict(pipe.timings))
    tb, ts = statistics.median(bare_s), statistics.median(sitrep_s)
    stages = {s: statistics.median(r.get(s, 0.0) for r in stage_rounds) for s in STAGES}

    print()
    print(f"{'':24}{'seconds':>9}{'words/s':>10}{'articles/s':>12}")
    print(f"{'bare spaCy nlp.pipe':24}{tb:9.2f}{words / tb:10,.0f}{n / tb:12.1f}")
    print(f"{'sitrep (all stages)':24}{ts:9.2f}{words / ts:10,.0f}{n / ts:12.1f}")
    print(f"ratio sitrep / bare spaCy throughput: {tb / ts:.2f}x   ({found} events found; "
          f"rounds: bare {', '.join(f'{x:.2f}' for x in bare_s)}; sitrep {', '.join(f'{x:.2f}' for x in sitrep_s)})")

    print()
    own = sum(stages[s] for s in STAGES[1:])
    rest = ts - sum(stages.values())
    print(f"{'stage':24}{'seconds':>9}{'ms/article':>12}{'% of parse':>12}")
    for s in STAGES:
        print(f"{s:24}{stages[s]:9.3f}{1000 * stages[s] / n:12.2f}{100 * stages[s] / stages['language']:11.1f}%")
    print(f"{'(reading, English check)':24}{rest:9.3f}{1000 * rest / n:12.2f}{100 * rest / stages['language']:11.1f}%")
    print(f"sitrep's own stages (time..relations): {own:.3f} s = {100 * own / stages['language']:.1f}% on top of "
          f"its parse; parse vs bare nlp.pipe: {stages['language'] / tb:.2f}x")
    print(f"peak RSS of this process (both pipelines loaded): {_rss_mb():,.0f} MB")

    counts = [int(w) for w in args.workers.split(",") if w.strip()]
    if any(c > 1 for c in counts):
        print(f"load average before the worker runs: {os.getloadavg()[0]:.1f}")
    if any(c > 1 for c in counts):
        from sitrep.parallel import WorkerPool

        print()
        print(f"{'workers':24}{'seconds':>9}{'words/s':>10}{'articles/s':>12}{'speed-up':>10}{'start-up s':>12}")
        base = ts
        for c in counts:
            if c == 1:
                print(f"{'1 (this process)':24}{ts:9.2f}{words / ts:10,.0f}{n / ts:12.1f}{1.0:10.2f}{'-':>12}")
                continue
            t0 = time.perf_counter()
            with WorkerPool(settings, c) as pool:
                pool.warm_up()
                startup = time.perf_counter() - t0
                t0 = time.perf_counter()
                for _ in pool.stream(docs):
                    pass
                tp = time.perf_counter() - t0
            print(f"{f'{c} (--workers {c})':24}{tp:9.2f}{words / tp:10,.0f}{n / tp:12.1f}{base / tp:10.2f}"
                  f"{startup:12.1f}")
            t0 = time.perf_counter()
            for _doc in bare.pipe(texts, batch_size=16, n_process=c):
                pass
            tbp = time.perf_counter() - t0
            print(f"{f'bare spaCy n_process={c}':24}{tbp:9.2f}{words / tbp:10,.0f}{n / tbp:12.1f}"
                  f"{tb / tbp:10.2f}{'(incl.)':>12}")


if __name__ == "__main__":
    main()
