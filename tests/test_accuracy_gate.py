"""The accuracy gate: sitrep on the dev set, scored by ../shared/eval/score.py.

Fails when the score, or a guarded field, falls below tests/accuracy_minimums.json.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
MINIMUMS = json.loads((ROOT / "tests" / "accuracy_minimums.json").read_text())


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    if not (EVAL / "score.py").exists():
        pytest.fail(f"no scorer at {EVAL / 'score.py'}: the accuracy gate needs ../shared beside the checkout")
    out = tmp_path_factory.mktemp("dev-out")
    sitrep = Path(sys.executable).with_name("sitrep")
    subprocess.run([str(sitrep), "extract", str(EVAL / "dev"), "--format", "json", "--out", str(out)],
                   check=True, capture_output=True, text=True)
    res = subprocess.run([sys.executable, str(EVAL / "score.py"), str(EVAL / "dev"), str(out), "--json"],
                         check=True, capture_output=True, text=True)
    return json.loads(res.stdout)


def test_dev_score_is_at_least_the_stored_minimum(scored):
    assert scored["score"] >= MINIMUMS["score"], (
        f"dev score {scored['score']} fell below the stored minimum {MINIMUMS['score']}")


@pytest.mark.parametrize("field", sorted(MINIMUMS["fields"]))
def test_guarded_field_accuracy(scored, field):
    acc = scored["fields"][field]["accuracy"]
    assert acc is not None and acc >= MINIMUMS["fields"][field], (
        f"{field} accuracy {acc} fell below {MINIMUMS['fields'][field]}")
