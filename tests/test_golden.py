"""The seed's whole output against a golden file reviewed event by event against the text.

A change that alters it must be reviewed again and the file rewritten with
`python tests/golden_seed.py --update`; the diff shows what moved.
"""
from __future__ import annotations

import json

from golden_seed import GOLDEN, reduce


def test_seed_output_matches_the_reviewed_golden_file(pipeline, seed_text):
    got = reduce(pipeline.extract(seed_text, id="seed"))
    want = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert len(got) == len(want), f"{len(got)} events, golden has {len(want)}"
    for i, (g, w) in enumerate(zip(got, want), 1):
        assert g == w, f"event {i} differs from the reviewed golden file"
