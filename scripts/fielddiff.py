#!/usr/bin/env python3
"""For paired events (as score.py pairs them), print the fields sitrep got wrong.

usage: fielddiff.py GOLD_DIR SYSTEM_DIR FIELD [FIELD ...]
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "shared" / "eval"))
import score as S  # noqa: E402


def main():
    gold, sysd, fields = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:]
    for g in sorted(gold.glob("*.json")):
        G = json.loads(g.read_text())["events"]
        sp = sysd / g.name
        D = json.loads(sp.read_text())["events"] if sp.exists() else []
        text = g.with_suffix(".txt").read_text()
        gsp = [S.spans(text, e) for e in G]
        ssp = [S.spans(text, e) for e in D]
        cands = sorted(((S.similarity(ge, se, gsp[i], ssp[j]), i, j) for i, ge in enumerate(G)
                        for j, se in enumerate(D) if S.compatible(ge, se)), reverse=True)
        gm, sm = set(), set()
        for sim, i, j in cands:
            if sim <= 0 or i in gm or j in sm:
                continue
            gm.add(i)
            sm.add(j)
            for f in fields:
                if S.field_ok(f, G[i], D[j]) is False:
                    if f == "date_start":
                        print(f"{g.stem[:28]:28} {G[i]['id']:4} {f:10} G={G[i].get('date')} S={D[j].get('date')}")
                        continue
                    key = f if f in G[i] else "location"
                    gv = G[i].get(key) if key != "location" else (G[i]["location"].get(f) if f.startswith("admin") else G[i].get(f))
                    sv = D[j].get(key) if key != "location" else (D[j]["location"].get(f) if f.startswith("admin") else D[j].get(f))
                    extra = ""
                    if f.startswith("admin"):
                        loc = D[j]["location"]
                        name = loc.get("name")
                        extra = f"  [{(name[0] if isinstance(name, list) else name)!s:.20} {loc.get('country')} {loc.get('precision')}]"
                    print(f"{g.stem[:28]:28} {G[i]['id']:4} {f:10} G={str(gv)[:40]:40} S={str(sv)[:30]}{extra}")


if __name__ == "__main__":
    main()
