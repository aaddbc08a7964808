"""Cross-report merging on the hand-written corpus (tests/corpus.py), through the real pipeline:
which reports become one incident, the merged values, the reasons, and `sitrep events` / `sitrep event`."""
from __future__ import annotations

import json
import sqlite3

import pytest

from corpus import EXPECTED, REPORTS, write_jsonl
from sitrep.store import Store


def groups(db) -> list[set[str]]:
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT incident_id, article FROM incident_sources").fetchall()
    finally:
        con.close()
    out: dict[int, set[str]] = {}
    for iid, article in rows:
        out.setdefault(iid, set()).add(article)
    return list(out.values())


def incident_of(db, article: str) -> dict:
    with Store(db) as s:
        for inc in s.incidents():
            if article in inc["sources"].split(", "):
                return s.incident(inc["id"])
    raise AssertionError(f"{article} is in no incident")


def canon(gs):
    return sorted(sorted(g) for g in gs)


def test_every_report_yields_one_event(corpus_db):
    with Store(corpus_db) as s:
        rows = s.events()
    assert sorted(r["article"] for r in rows) == sorted(r["id"] for r in REPORTS)


def test_reports_merge_exactly_as_intended(corpus_db):
    assert canon(groups(corpus_db)) == canon(EXPECTED)


def test_merging_does_not_depend_on_the_order_of_arrival(run, tmp_path):
    db = tmp_path / "reversed.sqlite"
    r = run("ingest", write_jsonl(tmp_path / "reversed.jsonl", list(reversed(REPORTS))), "--db", db)
    assert r.exit_code == 0, r.output
    assert canon(groups(db)) == canon(EXPECTED)


def test_merged_values_of_the_panjgur_raid(corpus_db):
    inc = incident_of(corpus_db, "makran-panjgur")
    assert inc["articles"] == 4 and len(inc["reports"]) == 4
    # Wednesday night (13-14 March) and "13 March" and "late on Wednesday": the tightest is the 13th
    assert (inc["date_start"], inc["date_end"], inc["date_precision"]) == ("2024-03-13", "2024-03-13", "day")
    assert inc["location"] == "Panjgur" and inc["admin2"] == "Panjgur District" and inc["country"] == "PK"
    # named by three reports (once only through its own claim), described as "gunmen" by one
    assert inc["actor1"] == "Balochistan Liberation Army" and inc["actor1_type"] == "rebel"
    assert inc["status"] == "reported"  # others state it as fact, not only the group's claim
    assert inc["actor2"] == "Military Forces of Pakistan"
    # 4 (superseded by the same outlet's 9), 7, 9 and the group's own 20 (not credible)
    assert (inc["fatalities_low"], inc["fatalities_best"], inc["fatalities_high"]) == (4, 7, 9)
    by_article = {m["article"]: m for m in inc["reports"]}
    assert {a: (m["fatalities"], m["fatalities_role"]) for a, m in by_article.items()} == {
        "courier-panjgur-1": (4, "superseded"), "makran-panjgur": (7, "best"),
        "courier-panjgur-2": (9, "credible"), "gazette-panjgur-claim": (20, "not credible")}
    # the perpetrator as each source gave it, with its status
    assert {a: (m["actor1"], m["status"]) for a, m in by_article.items()} == {
        "courier-panjgur-1": ("Balochistan Liberation Army", "reported"),
        "makran-panjgur": ("Unidentified Armed Group (Pakistan)", "reported"),
        "courier-panjgur-2": ("Balochistan Liberation Army", "reported"),
        "gazette-panjgur-claim": ("Balochistan Liberation Army", "claimed")}
    assert "20" in inc["notes"] and "not credible" in inc["notes"] and "Unidentified Armed Group (Pakistan)" in inc["notes"]


def test_every_source_and_evidence_span_is_kept(corpus_db):
    inc = incident_of(corpus_db, "courier-panjgur-1")
    texts = {r["id"]: r["text"] for r in REPORTS}
    for m in inc["reports"]:
        assert m["evidence"], m["article"]
        for v in m["evidence"]:
            assert texts[m["article"]][v["start"]:v["end"]] == v["text"]
    mentions = " ".join(v["text"] for m in inc["reports"] for v in m["evidence"] if v["field"] == "mention")
    for phrase in ("Fighters of the Balochistan Liberation Army", "Unidentified gunmen", "BLA fighters",
                   "The BLA claimed responsibility"):
        assert phrase in mentions


def test_merge_reasons_are_stored(corpus_db):
    inc = incident_of(corpus_db, "courier-panjgur-2")
    founder, *joined = inc["reports"]
    assert founder["joined"] == 1 and "founded" in founder["reasons"]
    for m in joined:
        why = m["reasons"]
        assert set(why) >= {"type", "date", "place", "actors", "fits", "matched"}
        assert "km apart" in why["place"]
        assert why["matched"] in {x["event_id"] for x in inc["reports"]}
    gunmen = next(m for m in inc["reports"] if m["article"] == "makran-panjgur")
    assert "unidentified Unidentified Armed Group (Pakistan) fits Balochistan Liberation Army" in gunmen["reasons"]["actors"]


def test_lookalikes_record_why_they_stayed_apart(corpus_db):
    labourers = incident_of(corpus_db, "courier-turbat-labourers")
    police = incident_of(corpus_db, "courier-turbat-police")
    assert labourers["id"] != police["id"]
    assert labourers["admin2"] == police["admin2"] == "Kech" and labourers["date_start"] == police["date_start"]
    assert labourers["actor2"] == "Civilians (Pakistan)" and police["actor2"] == "Police Forces of Pakistan"
    first = min((m for m in (labourers, police)), key=lambda i: i["id"])
    second = labourers if first is police else police
    apart = " ".join(second["reports"][0]["reasons"].get("apart", []))
    assert f"incident {first['id']}" in apart and "civilians" in apart and "police" in apart
    noshki = incident_of(corpus_db, "gazette-noshki")
    assert "km apart" in " ".join(noshki["reports"][0]["reasons"]["apart"])
    again = incident_of(corpus_db, "gazette-panjgur-again")
    assert again["date_start"] == "2024-03-21" and again["articles"] == 1


def test_event_command_explains_an_incident(run, corpus_db):
    inc = incident_of(corpus_db, "makran-panjgur")
    r = run("event", inc["id"], "--db", corpus_db)
    assert r.exit_code == 0, r.output
    out = r.stdout
    for article in EXPECTED[0]:
        assert article in out
    assert "best 7, low 4, high 9" in out
    assert "superseded: Quetta Courier later reported 9" in out
    assert "not credible: claimed by Balochistan Liberation Army" in out
    assert "merged, closest to event" in out and "fits all 3 reports" in out
    assert "Where the reports differ:" in out and "fatalities" in out.split("Where the reports differ:")[1]
    j = json.loads(run("event", inc["id"], "--db", corpus_db, "--format", "json").stdout)
    assert j["id"] == inc["id"] and {m["article"] for m in j["reports"]} == EXPECTED[0]
    assert [v["value"] for v in j["differences"]["fatalities"]] == [4, 7, 9, 20]


def test_event_command_unknown_id_is_one_clean_error(run, corpus_db):
    r = run("event", 999, "--db", corpus_db)
    assert r.exit_code != 0 and "Traceback" not in r.output
    lines = [x for x in r.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and "E500" in lines[0] and str(corpus_db) in lines[0] and "999" in lines[0]


def listed(run, db, *args) -> list[dict]:
    r = run("events", "--db", db, "--format", "json", *args)
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def sources(rows) -> list[set[str]]:
    return canon(set(r["sources"].split(", ")) for r in rows)


@pytest.mark.parametrize("args, expected", [
    ((), EXPECTED),
    (("--admin2", "Kech"), [EXPECTED[2], EXPECTED[3]]),
    (("--admin2", "kech"), [EXPECTED[2], EXPECTED[3]]),
    (("--admin1", "Balochistan", "--until", "2024-03-31"), [EXPECTED[0], EXPECTED[1], EXPECTED[4]]),
    (("--since", "2024-03-14", "--until", "2024-03-31"), [EXPECTED[1], EXPECTED[4]]),
    (("--actor", "Liberation Army"), [EXPECTED[0]]),
    (("--actor", "assailants"), [EXPECTED[2]]),  # a name one report gave, not the merged one
    (("--subtype", "Attack"), [EXPECTED[3]]),
    (("--type", "Battles", "--admin2", "Kech"), [EXPECTED[2]]),
    (("--search", "motorcycles"), [EXPECTED[2]]),
    (("--search", "evidence"), [EXPECTED[0]]),  # a word of one report only: its incident
    (("--min-articles", "2"), [EXPECTED[0], EXPECTED[2], EXPECTED[3]]),
    (("--country", "pk", "--plover", "assault"), EXPECTED),
    (("--country", "NG"), []),
    (("--status", "claimed"), []),
])
def test_incident_filters(run, corpus_db, args, expected):
    assert sources(listed(run, corpus_db, *args)) == canon(expected)


def test_raw_lists_each_article_event(run, corpus_db):
    rows = listed(run, corpus_db, "--raw")
    assert len(rows) == len(REPORTS)
    assert {r["incident_id"] for r in rows} == {r["id"] for r in listed(run, corpus_db)}
    claimed = listed(run, corpus_db, "--raw", "--status", "claimed")
    assert [r["article"] for r in claimed] == ["gazette-panjgur-claim"]


def test_events_table_shows_incidents(run, corpus_db):
    r = run("events", "--db", corpus_db)
    assert r.exit_code == 0
    line = next(x for x in r.stdout.splitlines() if "Panjgur" in x and "4x" in x)
    assert "7 (4-9)" in line and "Balochistan Liberation Army" in line
    assert f"{len(EXPECTED)} incidents" in r.stderr


def test_views_for_datasette(corpus_db):
    con = sqlite3.connect(corpus_db)
    try:
        views = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'view'")}
        assert views >= {"event_list", "incidents_list", "incident_sources"}
        rows = con.execute("SELECT articles, sources FROM incidents_list WHERE articles = 4").fetchall()
        assert len(rows) == 1 and set(rows[0][1].split(", ")) == EXPECTED[0]
        assert con.execute("SELECT count(*) FROM incident_sources").fetchone()[0] == len(REPORTS)
    finally:
        con.close()


def test_a_database_from_before_incidents_is_merged_when_opened(corpus_db, tmp_path):
    import shutil

    old = tmp_path / "old.sqlite"
    con = sqlite3.connect(corpus_db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    shutil.copy(corpus_db, old)
    con = sqlite3.connect(old)
    for stmt in ("DROP VIEW incidents_list", "DROP VIEW incident_sources", "DROP TABLE incident_events",
                 "DROP TABLE incidents", "ALTER TABLE events DROP COLUMN actor1_kind",
                 "ALTER TABLE events DROP COLUMN actor2_kind"):
        con.execute(stmt)
    con.commit()
    con.close()
    with Store(old) as s:
        assert s.counts()["incident_events"] == len(REPORTS)
    assert canon(groups(old)) == canon(EXPECTED)
