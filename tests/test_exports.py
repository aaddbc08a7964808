"""`sitrep export`: every format written from the corpus database and read back by the tool its
users use (pandas, networkx, geojson), with the merged values checked."""
from __future__ import annotations

import json

import geojson
import networkx as nx
import pandas as pd
import pytest

from corpus import EXPECTED, REPORTS
from sitrep.exports import ACLED_COLUMNS, UCDP_COLUMNS

TEXTS = {r["id"]: r["text"] for r in REPORTS}


@pytest.fixture(scope="module")
def exported(corpus_db, tmp_path_factory):
    """fmt -> path of the export of the whole corpus database."""
    from click.testing import CliRunner

    from sitrep.cli import main

    folder = tmp_path_factory.mktemp("exports")
    out = {}
    for fmt in ("acled-csv", "ucdp-csv", "plover-json", "geojson", "graphml", "jsonl", "parquet"):
        path = folder / f"all.{fmt}"
        r = CliRunner().invoke(main, ["export", "--db", str(corpus_db), "--format", fmt, "--out", str(path)],
                               catch_exceptions=False)
        assert r.exit_code == 0, r.output
        assert f"written to {path}" in r.stderr
        out[fmt] = path
    return out


def panjgur(frame, column="actor1", value="Balochistan Liberation Army"):
    rows = frame[frame[column] == value]
    assert len(rows) == 1, frame
    return rows.iloc[0]


def test_acled_csv(exported):
    df = pd.read_csv(exported["acled-csv"], keep_default_na=False)
    assert tuple(df.columns) == ACLED_COLUMNS
    assert len(df) == len(EXPECTED)  # every incident has an ACLED type
    row = panjgur(df)
    assert row["event_id_cnty"].startswith("PAK")
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2024-03-13", 2024, 1)
    assert (row["disorder_type"], row["event_type"], row["sub_event_type"]) == (
        "Political violence", "Battles", "Armed clash")
    assert (row["actor2"], row["inter1"], row["inter2"], row["interaction"]) == ("Military Forces of Pakistan", 2, 1, 12)
    assert (row["iso"], row["region"], row["country"], row["admin1"]) == (586, "South Asia", "Pakistan", "Balochistan")
    assert (row["location"], row["geo_precision"], row["fatalities"]) == ("Panjgur", 1, 7)
    assert 26 < row["latitude"] < 28 and 63 < row["longitude"] < 65
    assert set(row["source"].split("; ")) == {"Quetta Courier", "Makran Times", "Balochistan Gazette"}
    assert "Fatalities by report" in row["notes"] and row["timestamp"] > 1_600_000_000
    labourers = panjgur(df, "actor2", "Civilians (Pakistan)")
    # an unknown doer is ACLED's Unidentified Armed Group, a political militia (3), not a rebel group
    assert (labourers["event_type"], labourers["civilian_targeting"], labourers["actor1"], labourers["interaction"]) == (
        "Violence against civilians", "Civilian targeting", "Unidentified Armed Group (Pakistan)", 37)
    noshki = panjgur(df, "location", "Noshki")
    assert noshki["time_precision"] == 2  # "Wednesday night": two days
    assert df["event_id_cnty"].is_unique


def test_ucdp_csv(exported):
    df = pd.read_csv(exported["ucdp-csv"], keep_default_na=False)
    assert tuple(df.columns) == UCDP_COLUMNS and len(UCDP_COLUMNS) == 49
    # GED holds organised violence between named sides: the clash with the Balochistan Liberation
    # Army; the attacks by unnamed gunmen are left out (UCDP codes no unidentified side)
    assert len(df) == 1
    row = panjgur(df, "side_b")
    assert (row["side_a"], row["gwnoa"], row["country_id"], row["country"]) == (
        "Government of Pakistan", 770, 770, "Pakistan")
    assert row["dyad_name"] == "Government of Pakistan - Balochistan Liberation Army"
    assert (row["best"], row["low"], row["high"]) == (7, 4, 9)
    assert (row["type_of_violence"], row["date_prec"], row["where_prec"]) == (1, 1, 1)
    assert (row["region"], row["date_start"], row["date_end"]) == ("Asia", "2024-03-13", "2024-03-13")
    assert row["geom_wkt"].startswith("POINT (64.")
    assert row["number_of_sources"] == 4 == len(row["source_office"].split(";"))
    lat, lon = row["latitude"], row["longitude"]
    assert row["priogrid_gid"] == int((lat + 90) // 0.5) * 720 + int((lon + 180) // 0.5) + 1


def test_plover_json_lines(exported):
    records = [json.loads(line) for line in exported["plover-json"].read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(EXPECTED)
    for rec in records:
        assert {"id", "date", "enddate", "actor", "recipient", "event_loc", "event_text", "mode", "context"} <= set(rec)
        assert rec["event_type"] == "ASSAULT" and {"dead", "injured"} <= set(rec)
        assert rec["date"] and isinstance(rec["mode"], list) and isinstance(rec["cite_info"], dict)
        assert rec["event_text"] and all(any(t in text for text in TEXTS.values()) for t in rec["event_text"])
    rec = next(r for r in records if any(e["identifier_text"] == "Balochistan Liberation Army" for e in r["actor"]))
    assert rec["dead"] == 7 and (rec["dead_low"], rec["dead_high"]) == (4, 9)
    # a two-sided fight: both sides are actors, no recipient
    assert [(e["identifier_text"], e["code"], e["sector"]) for e in rec["actor"]] == [
        ("Balochistan Liberation Army", "PAK", "REB"), ("Military Forces of Pakistan", "PAK", "MIL")]
    assert rec["recipient"] == []
    loc = rec["event_loc"]
    assert (loc["country_code3"], loc["admin2_name"], loc["feature_class"], loc["feature_code"]) == (
        "PAK", "Panjgur District", "P", "PPL")
    assert loc["geonameid"].isdigit()
    assert {rec["cite_info"]["citation"]} | {c["citation"] for c in rec["also_reported_by"]} == EXPECTED[0]
    labourers = next(r for r in records if r["recipient"])
    assert labourers["recipient"][0]["sector"] == "CVL" and labourers["actor"][0]["sector"] == "UAF"


def test_geojson(exported):
    fc = geojson.loads(exported["geojson"].read_text(encoding="utf-8"))
    assert isinstance(fc, geojson.FeatureCollection) and fc.is_valid, fc.errors()
    assert len(fc["features"]) == len(EXPECTED)
    for f in fc["features"]:
        assert f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert 60 < lon < 70 and 24 < lat < 31  # Balochistan, longitude first
    props = next(f["properties"] for f in fc["features"] if f["properties"]["articles"] == 4)
    assert (props["fatalities_best"], props["fatalities_low"], props["fatalities_high"]) == (7, 4, 9)
    assert set(props["sources"]) == EXPECTED[0]


def test_graphml(exported):
    g = nx.read_graphml(exported["graphml"])
    assert g.nodes["Balochistan Liberation Army"]["type"] == "rebel"
    assert g.nodes["Civilians (Pakistan)"]["type"] == "civilians"
    ties = g.get_edge_data("Balochistan Liberation Army", "Military Forces of Pakistan")
    events = [d for d in ties.values() if d["kind"] == "event"]
    assert len(events) == 1
    assert events[0]["type"] == "Armed clash" and events[0]["status"] == "reported"
    assert events[0]["fatalities"] == 7 and events[0]["evidence"]
    # a tie whose incident reported no toll has no fatalities attribute (never a -1 sentinel)
    assert all(d.get("fatalities", 0) >= 0 for _, _, d in g.edges(data=True))
    relations = [d for _, _, d in g.edges(data=True) if d["kind"] == "relation"]
    assert relations and all(d["evidence"] and d["type"] for d in relations)
    assert all(any(d["evidence"] in t for t in TEXTS.values()) for d in relations)


def test_jsonl(exported):
    recs = [json.loads(line) for line in exported["jsonl"].read_text(encoding="utf-8").splitlines()]
    assert len(recs) == len(EXPECTED)
    big = next(r for r in recs if r["articles"] == 4)
    assert {m["article"] for m in big["reports"]} == EXPECTED[0]
    assert sorted(m["fatalities_role"] for m in big["reports"]) == ["best", "credible", "not credible", "superseded"]


def test_parquet(exported):
    df = pd.read_parquet(exported["parquet"])
    assert len(df) == len(EXPECTED)
    row = df[df["articles"] == 4].iloc[0]
    assert (row["fatalities_best"], row["fatalities_low"], row["fatalities_high"]) == (7, 4, 9)
    assert set(row["sources"]) == EXPECTED[0]
    assert list(row["fatalities_by_report"]) == [4, 7, 9, 20]
    assert str(df["fatalities_best"].dtype) == "Int64"
    import pyarrow.parquet as pq

    schema = pq.read_schema(exported["parquet"])
    assert str(schema.field("date_start").type) == "date32[day]" and str(schema.field("date_end").type) == "date32[day]"


def test_export_files_are_readable_by_others_as_the_umask_allows(exported):
    import stat

    for fmt, path in exported.items():
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~_umask(), fmt


def _umask() -> int:
    import os

    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_raw_and_filtered_exports(run, corpus_db, tmp_path):
    out = tmp_path / "raw.jsonl"
    r = run("export", "--db", corpus_db, "--format", "jsonl", "--raw", "--out", out)
    assert r.exit_code == 0 and f"{len(REPORTS)} events written" in r.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(REPORTS)
    out = tmp_path / "kech.csv"
    r = run("export", "--db", corpus_db, "--format", "acled-csv", "--admin2", "Kech", "--out", out)
    assert r.exit_code == 0
    assert set(pd.read_csv(out)["location"]) == {"Turbat"} and len(pd.read_csv(out)) == 2


def test_unwritable_out_is_one_clean_error(run, corpus_db, tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    r = run("export", "--db", corpus_db, "--format", "geojson", "--out", blocker / "x.geojson")
    assert r.exit_code != 0 and "Traceback" not in r.output
    lines = [x for x in r.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and "E400" in lines[0] and str(blocker / "x.geojson") in lines[0]
    assert blocker.read_text(encoding="utf-8") == "x"


@pytest.mark.parametrize("value,written", [
    ("=HYPERLINK(\"http://example.org\")", "'=HYPERLINK(\"http://example.org\")"),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("+cmd", "'+cmd"),
    ("-3.5", "-3.5"),  # a number stays a number
    ("Military Forces of Mali", "Military Forces of Mali"),
    (12, 12),
])
def test_csv_cells_cannot_run_as_spreadsheet_formulas(value, written):
    from sitrep.exports import safe_cell

    assert safe_cell(value) == written


def test_csv_files_are_written_through_the_formula_guard(tmp_path):
    from sitrep.exports import _csv

    path = tmp_path / "x.csv"
    _csv(path, ["actor1", "longitude"], [{"actor1": "=1+1", "longitude": "-3.5"}], lambda r: r)
    assert path.read_text(encoding="utf-8").splitlines()[1] == "'=1+1,-3.5"
