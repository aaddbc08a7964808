"""The exports' conformance on real and on many reports: ingest, export every dataset format, read
each file back against its standard (src/sitrep/conformance.py) and print what was written, what
was left out and why, and every violation (none is the bar).

    python scripts/export_check.py                  # the corpus's dev split and 5,000 generated articles
    python scripts/export_check.py --generated 500  # fewer generated articles
    python scripts/export_check.py --db events.sqlite

The dev split is read from .eval/corpus/dev/in.jsonl (eval/corpus/README.md says how it is pulled);
the generated articles come from benchmarks/corpus.py. Exit status 1 when any violation is found.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / ".eval" / "corpus" / "dev" / "in.jsonl"
FORMATS = ("acled-csv", "ucdp-csv", "plover-json", "polecat")


def sitrep() -> str:
    exe = Path(sys.executable).with_name("sitrep")
    return str(exe) if exe.exists() else "sitrep"


def ingest(inputs: list[Path], db: Path) -> None:
    done = subprocess.run([sitrep(), "ingest", *map(str, inputs), "--db", str(db), "--workers", "2"],
                          capture_output=True, text=True)
    if done.returncode not in (0, 1):
        sys.exit(f"ingest failed: {done.stderr.strip()}")
    print(f"  {done.stderr.strip().splitlines()[-1]}")


def check(name: str, db: Path, folder: Path) -> int:
    from sitrep import conformance, exports
    from sitrep.store import Store

    bad = 0
    with Store(db) as store:
        incidents = store.db.execute("SELECT count(*) FROM incidents").fetchone()[0]
        print(f"\n{name}: {incidents} incidents")
        print(f"  {'format':12}{'written':>9}{'left out':>10}{'violations':>12}   most common reasons left out")
        for fmt in FORMATS:
            path = folder / f"{db.stem}.{fmt}"
            done = exports.export(store, fmt, path)
            found = conformance.check(fmt, path)
            bad += len(found)
            reasons = ", ".join(f"{n} {why}" for why, n in done.left_out.most_common(3))
            print(f"  {fmt:12}{done.records:>9}{sum(done.left_out.values()):>10}{len(found):>12}   {reasons}")
            for rule, n in Counter(v.rule for v in found).most_common():
                example = next(v for v in found if v.rule == rule)
                print(f"      {n} × {rule}: e.g. {example}")
    return bad


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--generated", type=int, default=5000, help="generated articles (0: none)")
    ap.add_argument("--db", type=Path, action="append", default=[], help="check this database too (or only)")
    ap.add_argument("--keep", type=Path, help="write databases and exports here instead of a temporary folder")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        sets: list[tuple[str, Path]] = [(str(db), db) for db in args.db]
        if not args.db:
            if DEV.exists():
                print(f"ingesting the corpus's dev split ({DEV.relative_to(ROOT)})")
                db = folder / "dev.sqlite"
                db.unlink(missing_ok=True)
                ingest([DEV], db)
                sets.append(("corpus dev split", db))
            else:
                print(f"no {DEV.relative_to(ROOT)}: the dev split is skipped (eval/corpus/README.md says how to pull it)")
            if args.generated:
                print(f"generating and ingesting {args.generated} articles (benchmarks/corpus.py)")
                feed = folder / "generated.jsonl"
                with open(feed, "w", encoding="utf-8") as f:
                    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "corpus.py"), str(args.generated)],
                                   stdout=f, check=True)
                db = folder / "generated.sqlite"
                db.unlink(missing_ok=True)
                t = time.perf_counter()
                ingest([feed], db)
                print(f"  ({time.perf_counter() - t:.0f} s)")
                sets.append((f"{args.generated} generated articles", db))
        bad = sum(check(name, db, folder) for name, db in sets)
    print(f"\n{bad} violations in all")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
