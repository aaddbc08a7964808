"""The corpus scorer's per-kind report: recall by the key event's kind, precision by sitrep's."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _module():
    spec = importlib.util.spec_from_file_location("corpus_score", ROOT / "scripts" / "corpus_score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _event(eid, category, plover, evidence, historical=False, acled=None):
    return {"id": eid, "category": category, "plover": plover, "acled_type": acled, "historical": historical,
            "evidence": [evidence], "date": {"start": "2024-03-09", "end": "2024-03-09"}, "location": {}}


TEXT = ("Gunmen attacked a police post in Velmora on Saturday. The governor condemned the attack. "
        "In 2019 the same band burned a school in Velmora. The minister visited the town.")


def test_kind_report_counts_recall_by_key_kind_and_precision_by_sitrep_kind(tmp_path):
    cs = _module()
    gold, out = tmp_path / "gold", tmp_path / "out"
    gold.mkdir(), out.mkdir()
    (gold / "r.txt").write_text(TEXT)
    keys = [_event("E1", "conflict", "ASSAULT", "Gunmen attacked a police post in Velmora", acled="Battles"),
            _event("E2", "political", "ACCUSE", "The governor condemned the attack"),
            _event("E3", "conflict", "ASSAULT", "the same band burned a school", historical=True, acled="Battles"),
            _event("E4", "political", "CONSULT", "The minister visited the town")]
    (gold / "r.json").write_text(json.dumps({"events": keys}))
    found = [_event("S1", "conflict", "ASSAULT", "Gunmen attacked a police post in Velmora", acled="Battles"),
             _event("S2", "political", "ACCUSE", "The governor condemned the attack"),
             _event("S3", "political", "THREATEN", "on Saturday")]
    (out / "r.json").write_text(json.dumps({"events": found}))
    kinds = cs.kind_report(gold, out, cs._scorer())
    assert kinds["conflict"] == {"key": 1, "recall": 1.0, "sitrep": 1, "precision": 1.0}
    assert kinds["political"] == {"key": 2, "recall": 0.5, "sitrep": 2, "precision": 0.5}
    assert kinds["historical"] == {"key": 1, "recall": 0.0, "sitrep": 0, "precision": None}


def test_extra_report_names_what_each_unpaired_event_shares_with_the_key(tmp_path):
    cs = _module()
    gold, out = tmp_path / "gold", tmp_path / "out"
    gold.mkdir(), out.mkdir()
    text = ("Gunmen attacked a police post in Velmora on Saturday, killing two officers. The attack on the post "
            "was the third this month. The governor condemned the attack. The minister visited the town. "
            "A storm hit the coast.")
    (gold / "r.txt").write_text(text)
    keys = [_event("E1", "conflict", "ASSAULT", "Gunmen attacked a police post in Velmora", acled="Battles"),
            _event("E2", "political", "ACCUSE", "The governor condemned the attack"),
            _event("E3", "political", "CONSULT", "The minister visited the town")]
    keys[0]["evidence"].append("The attack on the post")  # the key's one attack, told twice
    (gold / "r.json").write_text(json.dumps({"events": keys}))
    moved = _event("S5", "political", "CONSULT", "The minister visited the town")
    moved["date"] = {"start": "2024-05-01", "end": "2024-05-01"}  # seven weeks off: no pair
    found = [_event("S1", "conflict", "ASSAULT", "Gunmen attacked a police post in Velmora", acled="Battles"),
             _event("S2", "conflict", "ASSAULT", "The attack on the post", acled="Battles"),  # retold
             _event("S3", "political", "ACCUSE", "The governor condemned the attack"),
             _event("S4", "political", "THREATEN", "The governor condemned"),  # a second reading
             moved,
             _event("S6", "conflict", "ASSAULT", "A storm hit the coast", acled="Battles")]
    (out / "r.json").write_text(json.dumps({"events": found}))
    extras = cs.extra_report(gold, out, cs._scorer())
    assert extras["conflict"] == {"retold": 1, "read twice": 0, "misdated or misplaced": 0, "other act": 0,
                                  "no key evidence": 1}
    assert extras["political"] == {"retold": 0, "read twice": 1, "misdated or misplaced": 1, "other act": 0,
                                   "no key evidence": 0}
    assert extras["historical"] == dict.fromkeys(cs.EXTRAS, 0)
