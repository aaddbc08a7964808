"""The field's standards as data: ACLED's, UCDP GED's and PLOVER's vocabularies, and sitrep's
choices where a standard leaves one.

Reads ``data/standards/acled.yaml``, ``ucdp_ged.yaml`` and ``plover.yaml`` (facts from the
codebooks and the code that reads their data, each file naming its sources and versions) and
``data/export_rules.yaml``. The loader is strict: a missing or unknown top-level key is a
:class:`ConfigError` naming the file, so a typo cannot silently change an export. The exports
(``exports.py``) write from these tables and the conformance checks (``conformance.py``) read the
written files back against the same tables.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

from .datafiles import check_keys, read_mapping

DATA = Path(__file__).parent / "data"

# top-level keys each file must have (and may have: `optional`)
_KEYS = {
    "acled": ({"source", "columns", "event_types", "disorder_type", "inter", "civilian_targeting",
               "time_precision", "geo_precision", "source_scale", "tags", "regions", "countries"}, set()),
    "ucdp_ged": ({"source", "version", "columns", "type_of_violence", "where_prec", "date_prec", "event_clarity",
                  "regions", "side_a_rule", "civilians_side_b", "sources_format", "countries"}, set()),
    "plover": ({"source", "event_types", "modes", "contexts", "quad", "record_fields", "assault_fields",
                "entity_fields", "sectors", "event_loc_fields", "cite_info_fields", "polecat_fields"},
               {"ngec_polecat_differences"}),
    "export_rules": ({"armed_types", "state_prefixes", "near_words", "acled", "ucdp", "plover"}, set()),
}
_SECTIONS = {
    "acled": {"max_days", "leave_out_status", "status_tags", "generic", "crowd_first", "unidentified_doer",
              "unidentified_target", "crowd_targeted", "crowd_size_unknown", "extension_tags", "outlet_scale"},
    "ucdp": {"types", "subtypes", "min_deaths", "empty"},
    "plover": {"sector_by_type", "sector_by_state", "unidentified_sector", "armed_sectors", "context_by_status",
               "context_historical", "extension_contexts", "manual_type_names", "feature"},
}


def _load(name: str, path: Path) -> dict:
    required, optional = _KEYS[name]
    return read_mapping(path, required, optional)


@cache
def acled() -> dict:
    return _load("acled", DATA / "standards" / "acled.yaml")


@cache
def ucdp() -> dict:
    return _load("ucdp_ged", DATA / "standards" / "ucdp_ged.yaml")


@cache
def plover() -> dict:
    return _load("plover", DATA / "standards" / "plover.yaml")


@cache
def rules() -> dict:
    path = DATA / "export_rules.yaml"
    data = _load("export_rules", path)
    for section, keys in _SECTIONS.items():
        check_keys(f"{path}: section {section}", set(data[section] or {}), keys)
    return data


@cache
def acled_country(iso3: str) -> dict | None:
    """ACLED's name, numeric iso and region of a country (by ISO alpha-3), or None if ACLED has none."""
    return acled()["countries"].get(iso3)


@cache
def ucdp_country(iso3: str) -> tuple[int, dict] | None:
    """UCDP's Gleditsch-Ward number and entry (name, region) of a country by ISO alpha-3, or None."""
    for gw, entry in ucdp()["countries"].items():
        if entry.get("iso3") == iso3:
            return int(gw), entry
    return None


def acled_pairs() -> set[tuple[str, str]]:
    return {(t, s) for t, subs in acled()["event_types"].items() for s in subs}


@cache
def plover_vocabulary(ngec: bool) -> tuple[tuple[str, ...], dict[str, frozenset[str]]]:
    """PLOVER's event types and each type's modes: the manual's names, or NGEC's (``ngec``: REQUEST
    for the manual's DEMAND). NGEC's added modes count in both, as sitrep writes them in both."""
    P = plover()
    diff = P["ngec_polecat_differences"]
    renames = diff["event_type_renames"] if ngec else {}
    types = tuple(renames.get(t, t) for t in P["event_types"])
    modes = {renames.get(t, t): set(m) for t, m in P["modes"].items()}
    for t, extra in diff["extra_modes"].items():
        modes[renames.get(t, t)] |= set(extra if isinstance(extra, list) else extra.get("added", []))
    return types, {t: frozenset(m) for t, m in modes.items()}
