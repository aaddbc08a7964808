#!/usr/bin/env python3
"""Score sitrep on the evaluation corpus: dev and test apart, or dev's errors grouped by field.

usage:
  corpus_score.py score [--no-run]   run sitrep on each split and print both splits' tables
  corpus_score.py errors [FIELD]     dev only: each wrong field, missed and extra event, by field

The test split is scored for its figure only: `errors` refuses it, and nobody opens test texts or
sitrep's test output to fix a case (eval/corpus/README.md). Texts must be pulled first
(`evalcorpus.py check`); the scorer is ../shared/eval/score.py.
"""
from __future__ import annotations

import collections
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / ".eval" / "corpus"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
SITREP = ROOT / ".venv" / "bin" / "sitrep"

sys.path.insert(0, str(ROOT / "scripts"))
import evalcorpus  # noqa: E402


def _scorer():
    if not SCORER.exists():
        sys.exit(f"corpus_score: the scorer is not at {SCORER} (../shared/eval beside the checkout)")
    spec = importlib.util.spec_from_file_location("score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def run(split: str) -> Path:
    out = WORK / f"out-{split}"
    if out.exists():
        for f in out.glob("*"):
            f.unlink()
    sitrep = str(SITREP) if SITREP.exists() else "sitrep"
    done = subprocess.run([sitrep, "extract", str(WORK / split / "in.jsonl"), "--format", "json", "--out", str(out)],
                          capture_output=True, text=True)
    if done.returncode not in (0, 1):
        sys.exit(f"corpus_score: sitrep failed on {split} (exit {done.returncode}):\n{done.stderr[-2000:]}")
    refused = [l for l in done.stderr.splitlines() if l.startswith("sitrep: ")]
    if refused:
        print(f"{split}: {len(refused)} reports refused by sitrep (scored as empty):")
        for line in refused:
            print("  " + line)
    return out


def cmd_score(no_run: bool) -> int:
    score = _scorer()
    if evalcorpus.cmd_check() != 0:
        return 1
    evalcorpus.cmd_layout()
    results = {}
    for split in ("dev", "test"):
        out = WORK / f"out-{split}" if no_run else run(split)
        results[split], _ = score.score(WORK / split, out, False)
    d, t = results["dev"], results["test"]
    print(f"\n{'':22}{'dev':>14}{'test':>14}")
    print(f"{'reports':22}{d['documents']:>14}{t['documents']:>14}")
    for k in ("precision", "recall", "f1"):
        print(f"{'event ' + k:22}{d['all'][k]:>14.3f}{t['all'][k]:>14.3f}")
    for f in d["fields"]:
        cell = lambda r: "-" if r["fields"][f]["accuracy"] is None else \
            f"{r['fields'][f]['accuracy']:.3f} ({r['fields'][f]['judged']})"
        print(f"{f:22}{cell(d):>14}{cell(t):>14}")
    print(f"{'score':22}{d['score']:>14.3f}{t['score']:>14.3f}")
    stages = {split: stage_report(WORK / split, WORK / f"out-{split}", score) for split in ("dev", "test")}
    print("per stage (mentions: the key's evidence spans; incidents: B-cubed over the mentions found)")
    print(f"{'mention recall':22}{stages['dev']['mention_recall']:>14.3f}{stages['test']['mention_recall']:>14.3f}")
    for k, label in (("b3_precision", "incident B3 precision"), ("b3_recall", "incident B3 recall"),
                     ("b3_f1", "incident B3 F1")):
        print(f"{label:22}{stages['dev'][k]:>14.3f}{stages['test'][k]:>14.3f}")
    results["stages"] = stages
    kinds = {split: kind_report(WORK / split, WORK / f"out-{split}", score) for split in ("dev", "test")}
    print("by kind (key events' kind for recall, sitrep's for precision; historical: over a year before publication)")
    for k in KINDS:
        for m in ("recall", "precision"):
            cell = lambda r: "-" if r[k][m] is None else f"{r[k][m]:.3f} ({r[k]['key' if m == 'recall' else 'sitrep']})"
            print(f"{k + ' ' + m:22}{cell(kinds['dev']):>14}{cell(kinds['test']):>14}")
    results["kinds"] = kinds
    extras = {split: extra_report(WORK / split, WORK / f"out-{split}", score) for split in ("dev", "test")}
    print("extra events (conflict/political/historical) by the key evidence they share (see extra_report)")
    for why in EXTRAS:
        cell = lambda r: "/".join(str(r[k][why]) for k in KINDS)
        print(f"{why:22}{cell(extras['dev']):>14}{cell(extras['test']):>14}")
    results["extras"] = extras
    (WORK / "scores.json").write_text(json.dumps(results, indent=1))
    return 0


def _spans(text: str, ev: dict, score) -> list[tuple[int, int]]:
    return [(a, b) for a, b in score.spans(text, ev) if b > a]


def stage_report(gold_dir: Path, sys_dir: Path, score) -> dict:
    """Per-stage figures: mention recall (key mentions some sitrep event tells), incident B-cubed
    precision / recall / F1 over the key mentions sitrep found (do the mentions one key event groups
    stay together in one sitrep event, and apart from other events' mentions?)."""
    told = total = 0
    b_p = b_r = 0.0
    n = 0
    for gpath in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gpath.read_text())
        text = gpath.with_suffix(".txt").read_text()
        spath = sys_dir / gpath.name
        S = json.loads(spath.read_text()).get("events", []) if spath.exists() else []
        sys_spans = [(j, sp) for j, ev in enumerate(S) for sp in _spans(text, ev, score)]
        mentions = []  # (key event index, the sitrep event that tells the mention, or None)
        for i, ev in enumerate(gold["events"]):
            for a, b in _spans(text, ev, score):
                total += 1
                best, over = None, 0
                for j, (c, d) in sys_spans:
                    inter = min(b, d) - max(a, c)
                    if inter > over:
                        best, over = j, inter
                if best is not None:
                    told += 1
                mentions.append((i, best))
        found = [(i, j) for i, j in mentions if j is not None]
        for i, j in found:
            same_key = [m for m in found if m[0] == i]
            same_sys = [m for m in found if m[1] == j]
            both = sum(1 for m in found if m[0] == i and m[1] == j)
            b_p += both / len(same_sys)
            b_r += both / len(same_key)
            n += 1
    p = b_p / n if n else 0.0
    r = b_r / n if n else 0.0
    return {"mentions": total, "mention_recall": told / total if total else 0.0, "b3_precision": p,
            "b3_recall": r, "b3_f1": 2 * p * r / (p + r) if p + r else 0.0}


def _pairs(G: list[dict], S: list[dict], text: str, score) -> list[tuple[int, int]]:
    """The scorer's one-to-one matching of key events G to sitrep events S (best similarity first)."""
    gsp, ssp = [score.spans(text, e) for e in G], [score.spans(text, e) for e in S]
    cands = sorted(((score.similarity(g, s, gsp[i], ssp[j]), i, j) for i, g in enumerate(G)
                    for j, s in enumerate(S) if score.compatible(g, s)), reverse=True)
    gm, sm, pairs = set(), set(), []
    for sim, i, j in cands:
        if sim > 0 and i not in gm and j not in sm:
            gm.add(i), sm.add(j), pairs.append((i, j))
    return pairs


def _kind(ev: dict) -> str:
    """An event's kind for the per-kind report: conflict or political, historical apart."""
    return "historical" if ev.get("historical") else ("political" if ev.get("category") == "political" else "conflict")


KINDS = ("conflict", "political", "historical")


def kind_report(gold_dir: Path, sys_dir: Path, score) -> dict:
    """Event recall by the key event's kind and precision by sitrep's: counts only, no event shown, so
    that the test split says where it is weak (conflict, political, background) without its errors."""
    found = collections.Counter()
    keyed = collections.Counter()
    right = collections.Counter()
    told = collections.Counter()
    for gpath in sorted(gold_dir.glob("*.json")):
        G = json.loads(gpath.read_text())["events"]
        spath = sys_dir / gpath.name
        S = json.loads(spath.read_text()).get("events", []) if spath.exists() else []
        pairs = _pairs(G, S, gpath.with_suffix(".txt").read_text(), score)
        keyed.update(_kind(g) for g in G)
        found.update(_kind(G[i]) for i, _ in pairs)
        told.update(_kind(s) for s in S)
        right.update(_kind(S[j]) for _, j in pairs)
    return {k: {"key": keyed[k], "recall": found[k] / keyed[k] if keyed[k] else None,
                "sitrep": told[k], "precision": right[k] / told[k] if told[k] else None} for k in KINDS}


def _same_type(g: dict, s: dict, score) -> bool:
    return any(score.norm(s.get(f)) and score.same(g.get(f), s.get(f)) for f in ("acled_type", "plover"))


EXTRAS = ("retold", "read twice", "misdated or misplaced", "other act", "no key evidence")


def extra_report(gold_dir: Path, sys_dir: Path, score) -> dict:
    """What sitrep's extra events (those the scorer pairs with no key event) are, counted by what text
    they share with the key's evidence: ``retold``, only with key events already paired, one of the
    same type (one incident told as two events: a coreference miss); ``read twice``, only with paired
    key events of other types (a second event read from a telling the key codes once); ``misdated or
    misplaced``, with an unpaired key event the scorer finds incompatible by date, country or admin1
    (the right act with a wrong slot: a false positive and a miss); ``other act``, with an unpaired key
    event of another type; ``no key evidence``, with none. Counts only, so that test says which stage
    its false positives come from without showing one."""
    out = {k: dict.fromkeys(EXTRAS, 0) for k in KINDS}
    for gpath in sorted(gold_dir.glob("*.json")):
        G = json.loads(gpath.read_text())["events"]
        spath = sys_dir / gpath.name
        S = json.loads(spath.read_text()).get("events", []) if spath.exists() else []
        text = gpath.with_suffix(".txt").read_text()
        pairs = _pairs(G, S, text, score)
        paired_g, paired_s = {i for i, _ in pairs}, {j for _, j in pairs}
        gsp = [score.spans(text, e) for e in G]
        for j, s in enumerate(S):
            if j in paired_s:
                continue
            ssp = score.spans(text, s)
            touched = [i for i in range(len(G)) if score.overlap(gsp[i], ssp) > 0]
            open_keys = [i for i in touched if i not in paired_g]
            if not touched:
                why = "no key evidence"
            elif open_keys:
                why = "other act" if all(score.compatible(G[i], s) for i in open_keys) else "misdated or misplaced"
            elif any(_same_type(G[i], s, score) for i in touched):
                why = "retold"
            else:
                why = "read twice"
            out[_kind(s)][why] += 1
    return out


def _value(ev: dict, field: str):
    if field in ("admin1", "admin2"):
        v = (ev.get("location") or {}).get(field)
        return v[0] if isinstance(v, list) and v else v
    if field == "date_start":
        return (ev.get("date") or {}).get("start")
    if field in ("actor1", "actor2"):
        return (ev.get(field) or [None])[0]
    if field in ("fatalities_stated",):
        return ev.get("fatalities")
    if field == "status_marked":
        return ev.get("status")
    return ev.get(field)


def cmd_errors(only: str | None) -> int:
    score = _scorer()
    gold_dir, sys_dir = WORK / "dev", WORK / "out-dev"
    if not sys_dir.exists():
        print("corpus_score: run `make corpus-score` first")
        return 1
    wrong = collections.defaultdict(list)
    for gpath in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gpath.read_text())
        text = gpath.with_suffix(".txt").read_text()
        spath = sys_dir / gpath.name
        sysd = json.loads(spath.read_text()) if spath.exists() else {"events": []}
        G, S = gold["events"], sysd.get("events", [])
        pairs = _pairs(G, S, text, score)
        gm, sm = {i for i, _ in pairs}, {j for _, j in pairs}
        for i, j in pairs:
            for f in score.FIELDS + score.INFORMATIVE:
                if score.field_ok(f, G[i], S[j]) is False:
                    wrong[f].append(f"{gpath.stem} {G[i]['id']}: key {_value(G[i], f)!r} | sitrep "
                                    f"{_value(S[j], f)!r}  ({G[i].get('summary', '')[:70]})")
        for i in range(len(G)):
            if i not in gm:
                wrong["missed event"].append(f"{gpath.stem} {G[i]['id']}: {G[i].get('category')} "
                                             f"{G[i].get('plover')}  {G[i].get('summary', '')[:90]}")
        for j in range(len(S)):
            if j not in sm:
                wrong["extra event"].append(f"{gpath.stem} {S[j].get('id')}: {S[j].get('plover')}  "
                                            f"{S[j].get('summary', '')[:90]}")
    order = sorted(wrong, key=lambda f: -len(wrong[f]))
    print("dev errors by field (most first): " + ", ".join(f"{f} {len(wrong[f])}" for f in order))
    for f in order:
        if only and f != only:
            continue
        print(f"\n== {f} ({len(wrong[f])})")
        for line in wrong[f]:
            print("  " + line)
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["score"]:
        return cmd_score("--no-run" in argv)
    if argv[:1] == ["errors"]:
        if "test" in argv[1:]:
            print("corpus_score: the test split's errors are not shown (eval/corpus/README.md)")
            return 2
        return cmd_errors(argv[1] if len(argv) > 1 else None)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
