"""Conformance: an export read back and checked, row by row, against the standard it claims.

Reads a file written by ``sitrep export`` and the standards' tables (``standards.py``: the
columns, vocabularies and country tables of ACLED, UCDP GED and PLOVER/POLECAT, with sitrep's
declared extensions). Returns every :class:`Violation`: the row, the rule, the value. An empty
list is the bar (``make export-check`` prints the counts for the dev split of the evaluation corpus
and for 5,000 generated articles; the tests run it on their own database).

The checks read only the file, never sitrep's code that wrote it, so a rule the writer breaks is
found whatever the writer believed.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from . import standards


@dataclass(frozen=True, slots=True)
class Violation:
    row: str       # the row's id (or its line number)
    rule: str      # what the standard says
    value: str     # what the file has

    def __str__(self) -> str:
        return f"{self.row}: {self.rule} (found {self.value!r})"


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if re.fullmatch(r"\d{4}-\d{2}-\d{2}( 00:00:00(\.000)?)?", value) \
            else None
    except ValueError:
        return None


def _int(value) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    return int(value) if isinstance(value, str) and re.fullmatch(r"-?\d+", value) else None


def _float(value) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _rows(path: Path, delimiter: str = ",") -> tuple[list[str], Iterator[dict]]:
    f = open(path, encoding="utf-8", newline="")
    reader = csv.DictReader(f, delimiter=delimiter)
    header = list(reader.fieldnames or [])

    def rows():
        with f:
            yield from reader

    return header, rows()


_GENERIC = re.compile(r"^(Protesters|Rioters|Civilians|Unidentified Armed Group) \((.+)\)$")
_GENERIC_INTER = {"Protesters": 6, "Rioters": 5, "Civilians": 7, "Unidentified Armed Group": 3}


def _tag_patterns() -> list[re.Pattern]:
    forms = list(standards.acled()["tags"]) + list(standards.rules()["acled"]["extension_tags"])
    return [re.compile("^" + re.escape(t).replace(re.escape("{n}"), r"\d+") + "$") for t in forms]


def check_acled(path: Path) -> list[Violation]:
    A = standards.acled()
    out: list[Violation] = []
    header, rows = _rows(path)
    if header != list(A["columns"]):
        return [Violation("header", f"the {len(A['columns'])} columns in ACLED's order", ",".join(header))]
    pairs = standards.acled_pairs()
    by_name = {c["name"]: c for c in A["countries"].values()}
    tags = _tag_patterns()
    ct = A["civilian_targeting"]
    by_text = {name: code for code, name in A["inter"].items()}
    seen: set[str] = set()
    for row in rows:
        rid = row["event_id_cnty"]

        def bad(rule, value):
            out.append(Violation(rid, rule, str(value)))

        if not re.fullmatch(r"[A-Z]{3}\d+", rid) or rid in seen:
            bad("event_id_cnty: three letters and a number, unique", rid)
        seen.add(rid)
        date = _date(row["event_date"])
        if date is None or row["year"] != str(date.year):
            bad("event_date a day, year its year", f"{row['event_date']} / {row['year']}")
        if row["time_precision"] not in ("1", "2", "3"):
            bad("time_precision 1-3", row["time_precision"])
        kind, sub = row["event_type"], row["sub_event_type"]
        if (kind, sub) not in pairs:
            bad("event_type and sub_event_type one of ACLED's pairs", f"{kind} / {sub}")
        elif row["disorder_type"] != A["disorder_type"][sub]:
            bad("disorder_type of the sub-event type", row["disorder_type"])
        country = by_name.get(row["country"])
        if country is None:
            bad("country: ACLED's name of a country it covers", row["country"])
        else:
            if row["iso"] != str(country["iso"]):
                bad("iso: ACLED's number for the country", row["iso"])
            if row["region"] != country["region"]:
                bad("region: ACLED's region of the country", row["region"])
            if not rid.startswith(next(k for k, v in A["countries"].items() if v is country)):
                bad("event_id_cnty starts with the country's ISO code", rid)
        if not row["actor1"]:
            bad("actor1 never blank", "")
        if row["inter1"] in by_text:  # ACLED's text form: checked as the codes it stands for
            inter1, inter2 = by_text[row["inter1"]], by_text.get(row["inter2"])
            want_text = (f"{A['inter'][min(inter1, inter2)]}-{A['inter'][max(inter1, inter2)]}" if inter2
                         else f"{A['inter'][inter1]} only")
            if row["interaction"] != want_text or (row["inter2"] and inter2 is None):
                bad("interaction: the two actor types, lower code first (\"X only\" with no actor2)",
                    row["interaction"])
            row = dict(row, inter1=str(inter1), inter2=str(inter2 or ""),
                       interaction=f"{min(inter1, inter2)}{max(inter1, inter2)}" if inter2 else f"{inter1}0")
        inter1, inter2 = _int(row["inter1"]), _int(row["inter2"])
        if inter1 not in A["inter"]:
            bad("inter1 one of ACLED's codes", row["inter1"])
        if bool(row["actor2"]) != bool(row["inter2"]) or (row["inter2"] and inter2 not in A["inter"]):
            bad("inter2 a code exactly when there is an actor2", f"{row['actor2']} / {row['inter2']}")
        if inter1 in A["inter"]:
            want = f"{min(inter1, inter2)}{max(inter1, inter2)}" if inter2 in A["inter"] else f"{inter1}0"
            if row["interaction"] != want:
                bad("interaction: the two inter codes, lower first (X0 with no actor2)", row["interaction"])
        for n, inter in ((1, inter1), (2, inter2)):
            m = _GENERIC.match(row[f"actor{n}"])
            if m:
                if m[2] != row["country"]:
                    bad(f"actor{n}: a generic actor names the event's country", row[f"actor{n}"])
                if inter != _GENERIC_INTER[m[1]]:
                    bad(f"inter{n}: {m[1]} are {_GENERIC_INTER[m[1]]}", inter)
            elif inter in (5, 6, 7):
                bad(f"actor{n}: rioters, protesters and civilians by ACLED's generic names", row[f"actor{n}"])
        civ1, civ2 = row["actor1"].startswith("Civilians ("), row["actor2"].startswith("Civilians (")
        if kind == "Violence against civilians" and not civ2:
            bad("violence against civilians has civilians as actor2", row["actor2"])
        if kind == "Battles" and (civ1 or civ2):
            bad("a battle has no side of civilians", f"{row['actor1']} / {row['actor2']}")
        if kind == "Protests" and not row["actor1"].startswith("Protesters ("):
            bad("protests have Protesters (country) as actor1", row["actor1"])
        if kind == "Riots" and not row["actor1"].startswith("Rioters ("):
            bad("riots have Rioters (country) as actor1", row["actor1"])
        if row["civilian_targeting"] not in ("", ct["value"]):
            bad(f"civilian_targeting empty or {ct['value']!r}", row["civilian_targeting"])
        elif row["civilian_targeting"] and (kind not in ct["event_types"] or sub in ct["sub_event_types_excluded"]):
            bad("civilian targeting only on the event types that carry it", f"{kind} / {sub}")
        elif kind == "Violence against civilians" and not row["civilian_targeting"]:
            bad("violence against civilians is civilian targeting", "")
        lat, lon = _float(row["latitude"]), _float(row["longitude"])
        if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            bad("latitude and longitude on the globe", f"{row['latitude']} {row['longitude']}")
        elif any(len(v.partition(".")[2]) > 4 for v in (row["latitude"], row["longitude"])):
            bad("coordinates with at most 4 decimals", f"{row['latitude']} {row['longitude']}")
        if row["geo_precision"] not in ("1", "2", "3"):
            bad("geo_precision 1-3", row["geo_precision"])
        if not row["location"]:
            bad("a location below the country", "")
        if not row["source"]:
            bad("source never blank", "")
        if row["source_scale"] and row["source_scale"] not in A["source_scale"]:
            bad("source_scale one of ACLED's", row["source_scale"])
        if _int(row["fatalities"]) is None or _int(row["fatalities"]) < 0:
            bad("fatalities a count", row["fatalities"])
        elif sub == "Peaceful protest" and _int(row["fatalities"]) > 0:
            bad("a peaceful protest has no dead (deaths at a protest are excessive force or violence)", row["fatalities"])
        parts = [t for t in row["tags"].split("; ") if t]
        for t in parts:
            if not any(p.match(t) for p in tags):
                bad("tags in ACLED's forms (or sitrep's declared ones)", t)
        if kind in ("Protests", "Riots") and not any(t.startswith("crowd size=") for t in parts):
            bad("a demonstration carries a crowd size tag", row["tags"])
        if _int(row["timestamp"]) is None:
            bad("timestamp: seconds since 1970", row["timestamp"])
    return out


def check_ucdp(path: Path) -> list[Violation]:
    U, R = standards.ucdp(), standards.rules()["ucdp"]
    out: list[Violation] = []
    header, rows = _rows(path)
    if header != list(U["columns"]):
        return [Violation("header", f"GED {U['version']}'s {len(U['columns'])} columns in order", ",".join(header))]
    governments = {f"Government of {c['name']}": int(gw) for gw, c in U["countries"].items()}
    for row in rows:
        rid = row["id"]

        def bad(rule, value):
            out.append(Violation(rid, rule, str(value)))

        violence = _int(row["type_of_violence"])
        if violence not in U["type_of_violence"]:
            bad("type_of_violence 1-3", row["type_of_violence"])
        a, b = row["side_a"], row["side_b"]
        if violence == 1:
            if a not in governments:
                bad("state-based: side_a is 'Government of' a country by UCDP's name", a)
            elif row["gwnoa"] != str(governments[a]):
                bad("gwnoa: the side_a government's Gleditsch-Ward number", row["gwnoa"])
            if b == U["civilians_side_b"]:
                bad("state-based: side_b is an organised side", b)
        elif violence == 2:
            if a in governments or b in governments or U["civilians_side_b"] in (a, b) or not a or not b:
                bad("non-state: two organised non-state groups", f"{a} / {b}")
        elif violence == 3:
            if b != U["civilians_side_b"] or not a:
                bad(f"one-sided: side_b is {U['civilians_side_b']!r}, side_a the perpetrator", f"{a} / {b}")
        if row["dyad_name"] != f"{a} - {b}":
            bad("dyad_name: side_a - side_b", row["dyad_name"])
        best, low, high = _int(row["best"]), _int(row["low"]), _int(row["high"])
        if best is None or best < 1:
            bad("GED holds events with at least one death", row["best"])
        elif low is None or high is None or not low <= best <= high:
            bad("low <= best <= high", f"{row['low']} {row['best']} {row['high']}")
        deaths = [_int(row[k]) for k in ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown")]
        if None in deaths or best is not None and sum(deaths) != best:
            bad("deaths by side add up to best", deaths)
        if _int(row["where_prec"]) not in U["where_prec"]:
            bad("where_prec 1-7", row["where_prec"])
        if _int(row["date_prec"]) not in U["date_prec"]:
            bad("date_prec 1-5", row["date_prec"])
        if _int(row["event_clarity"]) not in U["event_clarity"]:
            bad("event_clarity 1-2", row["event_clarity"])
        country = U["countries"].get(_int(row["country_id"]))
        if country is None:
            bad("country_id: a Gleditsch-Ward number UCDP uses", row["country_id"])
        elif (row["country"], row["region"]) != (country["name"], country["region"]):
            bad("country and region as UCDP names them", f"{row['country']} / {row['region']}")
        start, end = _date(row["date_start"]), _date(row["date_end"])
        if start is None or end is None or start > end or row["year"] != str(start.year):
            bad("date_start <= date_end, year of date_start", f"{row['date_start']} {row['date_end']} {row['year']}")
        lat, lon = _float(row["latitude"]), _float(row["longitude"])
        if lat is None or lon is None:
            bad("coordinates", f"{row['latitude']} {row['longitude']}")
        else:
            if row["geom_wkt"] != f"POINT ({row['longitude']} {row['latitude']})":
                bad("geom_wkt: POINT (longitude latitude)", row["geom_wkt"])
            if _int(row["priogrid_gid"]) != _priogrid(lat, lon):
                bad("priogrid_gid: the PRIO-GRID cell of the point", row["priogrid_gid"])
        offices = row["source_office"].split(";") if row["source_office"] else []
        if _int(row["number_of_sources"]) != len(offices) or len(row["source_date"].split(";")) != len(offices):
            bad("number_of_sources: one office and one date per source", row["number_of_sources"])
        for d in row["source_date"].split(";"):
            if d and _date(d) is None:
                bad("source_date: days joined by ';'", d)
        for col in R["empty"]:
            if row[col]:
                bad(f"{col}: UCDP's own register, left empty by a contributor", row[col])
    return out


def _priogrid(lat: float, lon: float) -> int:
    return min(int((lat + 90) // 0.5), 359) * 720 + min(int((lon + 180) // 0.5), 719) + 1


def _entity(e, where: str, bad) -> None:
    sectors = standards.plover()["sectors"]
    if not isinstance(e, dict) or not isinstance(e.get("entity_text"), str) or not e["entity_text"]:
        bad(f"{where}: an entity object with its entity_text", e)
        return
    if "code" in e and not re.fullmatch(r"[A-Z]{3}", str(e["code"])):
        bad(f"{where}: code of three capital letters", e["code"])
    if e.get("sector") not in sectors:
        bad(f"{where}: a PLOVER sector", e.get("sector"))


def check_plover(path: Path) -> list[Violation]:
    P = standards.plover()
    types, modes = standards.plover_vocabulary(ngec=False)
    contexts = set(P["contexts"]) | set(standards.rules()["plover"]["extension_contexts"])
    quads = {t: i for i, t in enumerate(("verbal cooperation", "material cooperation", "verbal conflict",
                                         "material conflict"), 1)}
    out: list[Violation] = []
    seen: set[str] = set()
    with open(path, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            def bad(rule, value, rid=f"line {no}"):
                out.append(Violation(rid, rule, str(value)[:200]))

            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                bad("one JSON object a line", line[:80])
                continue
            if not isinstance(rec, dict):
                bad("one JSON object a line", line[:80])
                continue
            rid = str(rec.get("id"))
            if not rec.get("id") or rid in seen:
                bad("id present and unique", rid)
            seen.add(rid)
            if not isinstance(rec.get("date"), str) or _date(rec["date"]) is None:
                bad("date: a day, never null", rec.get("date"), rid)
            if rec.get("enddate") is not None and (_date(str(rec["enddate"])) is None or
                                                   str(rec["enddate"]) < str(rec.get("date"))):
                bad("enddate: a day not before date", rec["enddate"], rid)
            typ = rec.get("event_type")
            if typ not in types or rec.get("event") != [typ]:
                bad("event_type one of the manual's, event the list of it", f"{typ} / {rec.get('event')}", rid)
                continue
            mode, context = rec.get("mode"), rec.get("context")
            if not isinstance(mode, list) or any(m not in modes[typ] for m in mode):
                bad(f"mode: a list of {typ}'s modes", mode, rid)
            if not isinstance(context, list) or any(c not in contexts for c in context):
                bad("context: a list of the manual's contexts (or sitrep's declared ones)", context, rid)
            actor, recipient = rec.get("actor"), rec.get("recipient")
            if not isinstance(actor, list) or not isinstance(recipient, list):
                bad("actor and recipient: lists of entities", f"{actor} / {recipient}", rid)
                continue
            for e in actor:
                _entity(e, "actor", lambda rule, v: bad(rule, v, rid))
            for e in recipient:
                _entity(e, "recipient", lambda rule, v: bad(rule, v, rid))
            armed = standards.rules()["plover"]["armed_sectors"]
            if typ == "ASSAULT" and any(isinstance(e, dict) and e.get("sector") in armed for e in recipient):
                bad("a two-sided ASSAULT has every side in actor (recipient only for one-sided)", recipient, rid)
            loc = rec.get("event_loc")
            if loc is not None:
                if not isinstance(loc, dict):
                    bad("event_loc: an object", loc, rid)
                else:
                    if "geonameid" in loc and not re.fullmatch(r"\d+", str(loc["geonameid"])):
                        bad("event_loc.geonameid: GeoNames' number as a string", loc["geonameid"], rid)
                    if "country_code3" in loc and not re.fullmatch(r"[A-Z]{3}", str(loc["country_code3"])):
                        bad("event_loc.country_code3: three letters", loc["country_code3"], rid)
                    if not re.fullmatch(r"[AHLPRSTUV]", str(loc.get("feature_class"))) or not loc.get("feature_code"):
                        bad("event_loc: GeoNames feature class and code", loc.get("feature_class"), rid)
                    if _float(loc.get("lat")) is None or _float(loc.get("lon")) is None:
                        bad("event_loc: lat and lon", loc, rid)
            if not isinstance(rec.get("cite_info"), dict):
                bad("cite_info: one object", rec.get("cite_info"), rid)
            quad = P["quad"].get(typ)
            if rec.get("quad_code") != quads.get(quad):
                bad("quad_code: the type's quad category", rec.get("quad_code"), rid)
            size = rec.get("size")
            if size is not None and (not isinstance(size, dict) or set(size) - {"dead", "injured", "arrested"}
                                     or any(_int(v) is None or _int(v) < 0 for v in size.values())):
                bad("size: counts of dead, injured, arrested", size, rid)
    return out


def check_polecat(path: Path) -> list[Violation]:
    P = standards.plover()
    types, modes = standards.plover_vocabulary(ngec=True)
    out: list[Violation] = []
    header, rows = _rows(path, delimiter="\t")
    if header != list(P["polecat_fields"]):
        return [Violation("header", "POLECAT's columns in order", "\t".join(header))]
    for row in rows:
        rid = row["Event ID"]

        def bad(rule, value):
            out.append(Violation(rid, rule, str(value)))

        if _date(row["Event Date"]) is None:
            bad("Event Date: a day", row["Event Date"])
        typ = row["Event Type"]
        if typ not in types:
            bad("Event Type: one of NGEC's types", typ)
        elif row["Event Mode"] and row["Event Mode"] not in modes[typ]:
            bad(f"Event Mode: one of {typ}'s modes", row["Event Mode"])
        for col in ("Primary Actor Sector", "Primary Recipient Sector"):
            if row[col] and row[col] not in P["sectors"]:
                bad(f"{col}: a PLOVER sector", row[col])
        if row["Country"] and not re.fullmatch(r"[A-Z]{3}", row["Country"]):
            bad("Country: three letters", row["Country"])
    return out


CHECKS: dict[str, Callable[[Path], list[Violation]]] = {
    "acled-csv": check_acled, "ucdp-csv": check_ucdp, "plover-json": check_plover, "polecat": check_polecat,
}


def check(fmt: str, path: str | Path) -> list[Violation]:
    """Every violation of its standard in the export ``path`` written as ``fmt``."""
    return CHECKS[fmt](Path(path))
