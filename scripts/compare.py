#!/usr/bin/env python3
"""Side by side: answer-key events and sitrep's events for each article.

usage: compare.py GOLD_DIR SYSTEM_DIR [ID_SUBSTRING]
"""
import json
import sys
from pathlib import Path


def line(e):
    d = e.get("date") or {}
    loc = e.get("location") or {}
    name = loc.get("name")
    if isinstance(name, list):
        name = name[0]
    a1 = (e.get("actor1") or [None])[0] if e.get("actor1") else None
    a2 = (e.get("actor2") or [None])[0] if e.get("actor2") else None
    return (f"{e.get('id'):4} {str(d.get('start'))[:10]:10} {str(e.get('acled_subtype') or '-')[:22]:22} "
            f"{e.get('plover'):9} {str(name)[:16]:16} {str(loc.get('admin1'))[:14]:14} "
            f"a1={str(a1)[:24]:24} a2={str(a2)[:22]:22} f={e.get('fatalities')} {e.get('status')}")


def main():
    gold, sysd = Path(sys.argv[1]), Path(sys.argv[2])
    only = sys.argv[3] if len(sys.argv) > 3 else ""
    for g in sorted(gold.glob("*.json")):
        if only not in g.stem:
            continue
        gd = json.loads(g.read_text())
        sp = sysd / g.name
        sd = json.loads(sp.read_text()) if sp.exists() else {"events": []}
        print(f"=== {g.stem}  published {gd['document'].get('published')}")
        for e in gd["events"]:
            print("  G " + line(e) + "   | " + e.get("summary", "")[:70])
        for e in sd["events"]:
            print("  S " + line(e) + "   | " + e.get("summary", "")[:70])


if __name__ == "__main__":
    main()
