"""The seed article's events reduced to facts and offsets: no text of the article.

Shared by tests/test_golden.py and by `python tests/golden_seed.py --update`, which
rewrites tests/golden/seed-events.json after a reviewed change.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

GOLDEN = Path(__file__).parent / "golden" / "seed-events.json"
SEED = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev" / "trt-2022-pakistan-iran.txt"


def _actor(a):
    if a is None:
        return None
    # canonical names only; a description's words are the article's, so they stay out
    return "<description>" if a.kind == "description" and not a.name[0].isupper() else a.name


def reduce(article) -> list[dict]:
    out = []
    for e in article.events:
        p = e.place
        out.append({
            "category": e.category, "acled_type": e.acled_type, "acled_subtype": e.acled_subtype,
            "plover": e.plover, "date": e.interval.to_dict(),
            "place": None if p is None else {"country": p.country, "admin1": p.admin1, "admin2": p.admin2,
                                             "precision": p.precision},
            "actor1": _actor(e.actor1), "actor2": _actor(e.actor2),
            "fatalities": e.fatalities.value if e.fatalities else None,
            "status": e.claim.status, "historical": e.historical, "negated": e.negated,
            "evidence": [[s.start, s.end] for s in e.evidence],
        })
    return out


if __name__ == "__main__" and "--update" in sys.argv:
    import sitrep

    events = reduce(sitrep.extract(SEED.read_text(encoding="utf-8")))
    GOLDEN.write_text(json.dumps(events, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(events)} events to {GOLDEN}")
