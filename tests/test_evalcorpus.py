"""The committed evaluation corpus: keys in FORMAT.md form, a manifest line each, the split fixed by hash."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import evalcorpus  # noqa: E402


def _manifest():
    return [json.loads(line) for line in (ROOT / "eval" / "corpus" / "manifest.jsonl").read_text().splitlines()]


def test_the_split_is_the_hash_of_the_id_and_fixed():
    assert evalcorpus.split_of("reuters-2014-08-28-donetsk-shelling") == "dev"
    assert [evalcorpus.split_of(f"x{i}") for i in range(6)] == \
        ["test" if __import__("hashlib").sha256(f"x{i}".encode()).digest()[0] % 3 == 0 else "dev" for i in range(6)]
    for row in _manifest():
        assert row["split"] == evalcorpus.split_of(row["id"]), row["id"]


def test_every_key_has_one_manifest_line_and_conforms():
    rows = _manifest()
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) >= 150
    keys = sorted(p.stem for p in (ROOT / "eval" / "corpus" / "keys").glob("*.json"))
    assert keys == sorted(ids)
    for r in rows:
        assert {"url", "source", "published", "published_how", "query", "text_edits", "sha256"} <= set(r)
        key = json.loads((ROOT / "eval" / "corpus" / "keys" / f"{r['id']}.json").read_text())
        assert key["document"]["id"] == r["id"]
        assert evalcorpus.lint(key, None, final=True) == [], r["id"]


def test_the_lint_finds_what_a_key_gets_wrong():
    key = {"document": {"id": "a", "url": "u", "source": "s", "published": "2020-01-01", "title": "T"},
           "events": [{"id": "E1", "summary": "x", "category": "political", "acled_type": "Battles",
                       "acled_subtype": "Armed clash", "plover": "FIGHT", "date": {"start": "2020-01-02", "end": "2020-01-01",
                                                                                 "precision": "day"},
                       "location": {"country": "Pakistan", "precision": "point"}, "actor1": "BLA", "actor2": [],
                       "fatalities": -1, "status": "rumoured", "source": None, "historical": False,
                       "evidence": ["killed two soldiers"]}]}
    problems = "\n".join(evalcorpus.lint(key, "Gunmen killed two soldiers.", final=True))
    for says in ("title", "political event has no ACLED type", "plover 'FIGHT'", "start after end",
                 "not ISO alpha-2", "actor1 must be a list", "fatalities -1", "status 'rumoured'",
                 "evidence as text in a final key"):
        assert says in problems, says
