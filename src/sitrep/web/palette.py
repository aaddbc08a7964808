"""The web UI's palette (and the few words the actor graph needs): ``data/palette.yaml``, one colour per ACLED type, per PLOVER type, per actor type and
per kind of actor tie (with a line style), read once and checked strictly, so that every page and its
legend draw a type in the same colour (the pages get it in a JSON block of ``base.html``)."""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from .. import standards
from ..datafiles import read_mapping
from ..errors import ConfigError

PATH = Path(__file__).resolve().parents[1] / "data" / "palette.yaml"
_HEX = re.compile(r"#[0-9A-Fa-f]{6}")
DASHES = ("solid", "dashed", "dotted")


@cache
def palette() -> dict:
    data = read_mapping(PATH, {"acled", "plover", "actors", "ties", "not_actors"})
    if set(data["not_actors"] or {}) != {"count_words"} or not all(
            isinstance(w, str) and w == w.lower() for w in data["not_actors"]["count_words"]):
        raise ConfigError(f"{PATH}: not_actors: count_words, a list of lower-case words")
    acled_types = set(standards.acled()["event_types"]) | {"none"}
    plover_types = set(standards.plover_vocabulary(ngec=True)[0]) | {"none"}
    actor_types = set(standards.rules()["armed_types"]) | set(standards.rules()["acled"]["generic"]) \
        - {"unidentified"} | {"none"}
    for section, want in (("acled", acled_types), ("plover", plover_types), ("actors", actor_types)):
        have = set(data[section])
        if have != want:
            raise ConfigError(f"{PATH}: {section}: missing {sorted(want - have)}, unknown {sorted(have - want)}")
        colours = [c for k, c in data[section].items() if k != "none"]
        if not all(isinstance(c, str) and _HEX.fullmatch(c) for c in data[section].values()):
            raise ConfigError(f"{PATH}: {section}: every colour as #RRGGBB")
        if len({c.lower() for c in colours}) != len(colours):
            raise ConfigError(f"{PATH}: {section}: two types share a colour")
    looks = []
    for kind, spec in data["ties"].items():
        if not isinstance(spec, dict) or set(spec) != {"colour", "dash"} or not _HEX.fullmatch(str(spec["colour"])) \
                or spec["dash"] not in DASHES:
            raise ConfigError(f"{PATH}: ties: {kind}: a colour #RRGGBB and a dash ({', '.join(DASHES)})")
        looks.append((spec["colour"].lower(), spec["dash"]))
    if len(set(looks)) != len(looks):
        raise ConfigError(f"{PATH}: ties: two kinds of tie look alike")
    if "other" not in data["ties"]:
        raise ConfigError(f"{PATH}: ties: an 'other' entry for kinds not listed")
    return data
