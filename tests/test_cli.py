"""The ``sitrep`` command, run in-process through click's CliRunner on the real pipeline."""
from __future__ import annotations

import csv
import io
import json
import os

import click
import pytest

from sitrep.cli import main
from sitrep.formats import CSV_COLUMNS

ARTICLE = """Gunmen kill three officers in attack on police post in Maiduguri

MAIDUGURI, Nigeria (Sitrep Wire) - Suspected Boko Haram insurgents attacked a police post in Maiduguri on Monday night, killing three police officers and wounding two others, a police spokesman said.

The attackers arrived on motorcycles shortly before midnight and opened fire on the post before setting a patrol vehicle alight.

Residents said the gunfire lasted for about an hour before soldiers reached the area.
"""

FRENCH = """Des hommes armés attaquent un poste de police à Maiduguri

Des insurgés présumés ont attaqué lundi soir un poste de police dans la ville de Maiduguri, tuant trois policiers et en blessant deux autres, selon un porte-parole de la police.

Les assaillants sont arrivés à moto peu avant minuit et ont ouvert le feu sur le poste avant d'incendier un véhicule de patrouille.
"""

NAV_ONLY_PAGE = """<html><head><title>Lake Chad Courier</title></head><body>
<header><nav><ul>
<li><a href="/">Home</a></li><li><a href="/nigeria">Nigeria</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/contact">Contact us</a></li>
</ul></nav></header>
<script>track();</script>
</body></html>
"""

SCRIPT_ONLY_PAGE = ('<html><head><title>Loading</title><script>window.app = {};</script></head>'
                    '<body><div id="app"></div><script>boot();</script></body></html>')

PUBLISHED = "2024-05-14"

EVENT_FIELDS = {"id", "summary", "category", "acled_type", "acled_subtype", "plover", "date", "location",
                "actor1", "actor2", "fatalities", "status", "source", "historical", "evidence"}
STATUSES = {"reported", "claimed", "alleged", "confirmed", "denied", "planned"}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
ACLED_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
               "Strategic developments"}


@pytest.fixture
def article(tmp_path):
    p = tmp_path / "maiduguri.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def stderr_lines(result):
    return [line for line in result.stderr.splitlines() if line.strip()]


# --- help -------------------------------------------------------------------------------------

def _commands(group: click.Group, prefix=()):
    yield prefix
    for name, cmd in group.commands.items():
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, prefix + (name,))
        else:
            yield prefix + (name,)


ALL_COMMANDS = list(_commands(main))


def test_the_command_tree_is_walked():
    assert {c for c in ALL_COMMANDS} >= {(), ("extract",), ("ingest",), ("events",), ("gazetteer",),
                                         ("gazetteer", "build")}


@pytest.mark.parametrize("path", ALL_COMMANDS, ids=lambda p: " ".join(p) or "sitrep")
def test_help_has_an_example(run, path):
    result = run(*path, "--help")
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.stdout
    assert "Example" in result.stdout, f"'sitrep {' '.join(path)} --help' shows no example"


@pytest.mark.parametrize("path", ALL_COMMANDS, ids=lambda p: " ".join(p) or "sitrep")
def test_short_help_flag(run, path):
    result = run(*path, "-h")
    assert result.exit_code == 0
    assert "Usage:" in result.stdout


# --- extract: good input ----------------------------------------------------------------------

def test_extract_table(run, article):
    result = run("extract", article, "--published", PUBLISHED)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    out = result.stdout
    assert out.startswith("maiduguri: ")
    assert f"published {PUBLISHED} (given)" in out
    rows = [line for line in out.splitlines() if line.startswith("E")]
    assert rows, out
    assert any("Maiduguri" in line for line in rows)
    assert any("ASSAULT" in line for line in rows)


def test_extract_table_to_out(run, article, tmp_path):
    out = tmp_path / "out"
    result = run("extract", article, "--published", PUBLISHED, "--out", out)
    assert result.exit_code == 0, result.output
    assert sorted(os.listdir(out)) == ["maiduguri.txt"]
    assert "Maiduguri" in (out / "maiduguri.txt").read_text(encoding="utf-8")


def _json_out(run, article, tmp_path):
    out = tmp_path / "out"
    result = run("extract", article, "--published", PUBLISHED, "--format", "json", "--out", out)
    assert result.exit_code == 0, result.output
    assert sorted(os.listdir(out)) == ["maiduguri.json"]
    return json.loads((out / "maiduguri.json").read_text(encoding="utf-8"))


def _spans(obj):
    """Every {start, end, text} dict anywhere in obj."""
    if isinstance(obj, dict):
        if {"start", "end", "text"} <= obj.keys() and isinstance(obj["start"], int):
            yield obj
        for v in obj.values():
            yield from _spans(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _spans(v)


def test_extract_json_follows_format(run, article, tmp_path):
    data = _json_out(run, article, tmp_path)
    assert set(data) >= {"document", "events"}
    doc = data["document"]
    assert doc["id"] == "maiduguri"
    assert doc["title"] == "Gunmen kill three officers in attack on police post in Maiduguri"
    assert doc["published"] == PUBLISHED
    assert doc["language"] == "en"
    assert data["events"], "the attack is not found"
    ids = [e["id"] for e in data["events"]]
    assert len(ids) == len(set(ids))
    for ev in data["events"]:
        assert EVENT_FIELDS <= set(ev), EVENT_FIELDS - set(ev)
        assert isinstance(ev["summary"], str) and ev["summary"] and "\n" not in ev["summary"]
        assert ev["category"] in ("conflict", "political")
        if ev["category"] == "conflict":
            assert ev["acled_type"] in ACLED_TYPES and isinstance(ev["acled_subtype"], str)
        else:
            assert ev["acled_type"] is None and ev["acled_subtype"] is None
        assert ev["plover"] in PLOVER
        assert set(ev["date"]) >= {"start", "end", "precision"}
        assert ev["date"]["precision"] in ("day", "week", "month", "year", None)
        if ev["date"]["start"] is not None:
            assert ev["date"]["start"] <= ev["date"]["end"]
        assert set(ev["location"]) >= {"name", "country", "admin1", "admin2", "precision"}
        assert ev["location"]["precision"] in ("point", "admin2", "admin1", "country", "region", None)
        assert isinstance(ev["actor1"], list) and all(isinstance(a, str) for a in ev["actor1"])
        assert isinstance(ev["actor2"], list) and all(isinstance(a, str) for a in ev["actor2"])
        assert ev["fatalities"] is None or (isinstance(ev["fatalities"], int) and ev["fatalities"] >= 0)
        assert ev["status"] in STATUSES
        assert ev["source"] is None or isinstance(ev["source"], str)
        assert isinstance(ev["historical"], bool)
        assert isinstance(ev["evidence"], list) and ev["evidence"]


def test_extract_json_evidence_offsets_slice_the_text(run, article, tmp_path):
    data = _json_out(run, article, tmp_path)
    text = article.read_text(encoding="utf-8")
    n = 0
    for ev in data["events"]:
        for item in ev["evidence"]:
            assert text[item["start"]:item["end"]] == item["text"], item
            n += 1
        for item in _spans(ev):  # field evidence too (location, actors, date ...)
            assert text[item["start"]:item["end"]] == item["text"], item
    assert n > 0


def test_extract_json_attack_fields(run, article, tmp_path):
    data = _json_out(run, article, tmp_path)
    attacks = [e for e in data["events"] if e["plover"] == "ASSAULT"]
    assert len(attacks) == 1, [e["summary"] for e in data["events"]]
    ev = attacks[0]
    loc = ev["location"]
    assert (loc["name"] if isinstance(loc["name"], str) else loc["name"][0]) == "Maiduguri"
    assert loc["country"] == "NG"
    assert loc["admin1"] == "Borno" or "Borno" in loc["admin1"]
    assert ev["fatalities"] == 3
    assert ev["date"]["start"] == "2024-05-13"  # "on Monday night", published Tuesday 14 May
    assert ev["category"] == "conflict"
    assert any("Boko Haram" in a for a in ev["actor1"])


def test_extract_json_event_date_is_not_taken_from_a_later_reporting_verb(run, tmp_path):
    """The attack happened "on Monday night"; the spokesman spoke "on Tuesday". The headline's event
    must keep the lead's date, not the date of a later sentence that merely retells it."""
    p = tmp_path / "told.txt"
    p.write_text(ARTICLE.replace("setting a patrol vehicle alight.",
                                 "setting a patrol vehicle alight, the spokesman told reporters on Tuesday."),
                 encoding="utf-8")
    out = tmp_path / "out"
    result = run("extract", p, "--published", PUBLISHED, "--format", "json", "--out", out)
    assert result.exit_code == 0, result.output
    ev = [e for e in json.loads((out / "told.json").read_text())["events"] if e["plover"] == "ASSAULT"][0]
    assert ev["date"]["start"] == "2024-05-13", ev["date"]


def test_extract_json_to_stdout(run, article):
    result = run("extract", article, "--published", PUBLISHED, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["document"]["id"] == "maiduguri" and data["events"]


def test_extract_csv(run, article):
    result = run("extract", article, "--published", PUBLISHED, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == CSV_COLUMNS
    body = list(csv.DictReader(io.StringIO(result.stdout)))
    assert body, result.stdout
    assert all(len(r) == len(CSV_COLUMNS) and None not in r for r in body)
    assert {r["article"] for r in body} == {"maiduguri"}
    hit = [r for r in body if r["location"] == "Maiduguri"]
    assert hit and hit[0]["country"] == "NG" and hit[0]["fatalities"] == "3"


def test_extract_csv_to_out_has_one_header_for_many_articles(run, article, tmp_path):
    second = tmp_path / "second.txt"
    second.write_text(ARTICLE.replace("three police officers", "four police officers"), encoding="utf-8")
    out = tmp_path / "out"
    result = run("extract", article, second, "--published", PUBLISHED, "--format", "csv", "--out", out)
    assert result.exit_code == 0, result.output
    assert sorted(os.listdir(out)) == ["events.csv"]
    with open(out / "events.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert sum(1 for r in rows if tuple(r) == CSV_COLUMNS) == 1
    assert {r[0] for r in rows[1:]} == {"maiduguri", "second"}


def test_extract_jsonl(run, article):
    result = run("extract", article, "--published", PUBLISHED, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert lines
    recs = [json.loads(line) for line in lines]
    assert all(set(r) == set(CSV_COLUMNS) for r in recs)
    assert any(r["location"] == "Maiduguri" and r["country"] == "NG" for r in recs)
    assert all(r["article"] == "maiduguri" for r in recs)


def test_extract_jsonl_to_out(run, article, tmp_path):
    out = tmp_path / "out"
    result = run("extract", article, "--published", PUBLISHED, "--format", "jsonl", "--out", out)
    assert result.exit_code == 0, result.output
    assert sorted(os.listdir(out)) == ["events.jsonl"]
    recs = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    assert recs and recs[0]["article"] == "maiduguri"


def test_extract_reads_jsonl_on_stdin(run):
    line = json.dumps({"id": "feed-item", "text": ARTICLE, "published": PUBLISHED})
    result = run("extract", "-", "--format", "jsonl", input=line + "\n")
    assert result.exit_code == 0, result.output
    recs = [json.loads(x) for x in result.stdout.splitlines() if x.strip()]
    assert recs and {r["article"] for r in recs} == {"feed-item"}


def test_extract_bad_published_is_a_usage_error(run, article):
    result = run("extract", article, "--published", "14/05/2024")
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


# --- extract: bad input -----------------------------------------------------------------------

def _empty(p):
    p.write_bytes(b"")


def _binary(p):
    p.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00" + bytes(range(256)) * 4)


def _latin1(p):
    p.write_bytes(("Attack on a police post\n\nSuspected insurgents attacked a police post in "
                   "Maiduguri on Monday, a spokesman said. Caf\u00e9 owners fled.\n").encode("latin-1"))


def _huge(p):
    with open(p, "wb") as f:
        f.truncate(200 * 1024 * 1024)


def _nav_html(p):
    p.write_text(NAV_ONLY_PAGE, encoding="utf-8")


def _script_html(p):
    p.write_text(SCRIPT_ONLY_PAGE, encoding="utf-8")


def _french(p):
    p.write_text(FRENCH, encoding="utf-8")


def _missing(p):
    pass


# (name, how to make it, suffix, code, words the reason must contain)
BAD = [
    ("empty", _empty, ".txt", "E102", "no text"),
    ("binary", _binary, ".txt", "E103", "binary"),
    ("latin1", _latin1, ".txt", "E104", "UTF-8"),
    ("huge", _huge, ".txt", "E105", "limit"),
    ("script-only-html", _script_html, ".html", "E102", "no article body"),
    ("nav-only-html", _nav_html, ".html", "E102", "no article body"),
    ("french", _french, ".txt", "E107", "English"),
    ("missing", _missing, ".txt", "E101", "no such file"),
]


@pytest.mark.parametrize("name, make, suffix, code, reason", BAD, ids=[b[0] for b in BAD])
def test_bad_input_alone(run, tmp_path, name, make, suffix, code, reason):
    bad = tmp_path / f"bad-{name}{suffix}"
    make(bad)
    result = run("extract", bad, "--published", PUBLISHED)
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    lines = stderr_lines(result)
    assert len(lines) == 1, result.stderr
    assert str(bad) in lines[0]
    assert code in lines[0] and reason in lines[0], lines[0]
    assert result.stdout.strip() == ""


@pytest.mark.parametrize("name, make, suffix, code, reason", BAD, ids=[b[0] for b in BAD])
def test_bad_input_beside_a_good_one(run, article, tmp_path, name, make, suffix, code, reason):
    bad = tmp_path / f"bad-{name}{suffix}"
    make(bad)
    out = tmp_path / "out"
    result = run("extract", bad, article, "--published", PUBLISHED, "--format", "json", "--out", out)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = stderr_lines(result)
    assert len(lines) == 1, result.stderr
    assert str(bad) in lines[0]
    assert code in lines[0] and reason in lines[0], lines[0]
    # the good article is still processed, and nothing else (no partial or temporary file) is left
    assert sorted(os.listdir(out)) == ["maiduguri.json"]
    data = json.loads((out / "maiduguri.json").read_text(encoding="utf-8"))
    assert data["events"]


@pytest.mark.parametrize("name, make, suffix, code, reason", BAD[:4], ids=[b[0] for b in BAD[:4]])
def test_bad_input_beside_a_good_one_csv(run, article, tmp_path, name, make, suffix, code, reason):
    bad = tmp_path / f"bad-{name}{suffix}"
    make(bad)
    out = tmp_path / "out"
    result = run("extract", article, bad, "--published", PUBLISHED, "--format", "csv", "--out", out)
    assert result.exit_code == 1
    assert len(stderr_lines(result)) == 1 and str(bad) in result.stderr
    assert sorted(os.listdir(out)) == ["events.csv"]
    rows = list(csv.DictReader(io.StringIO((out / "events.csv").read_text(encoding="utf-8"))))
    assert rows and {r["article"] for r in rows} == {"maiduguri"}


def test_bad_jsonl_line_names_file_and_line(run, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "good", "text": ARTICLE, "published": PUBLISHED}) + "\n"
                    + '{"id": "broken", "text": \n', encoding="utf-8")
    out = tmp_path / "out"
    result = run("extract", feed, "--format", "json", "--out", out)
    assert result.exit_code == 1
    lines = stderr_lines(result)
    assert len(lines) == 1 and f"{feed}:2" in lines[0] and "E106" in lines[0]
    assert sorted(os.listdir(out)) == ["good.json"]


@pytest.mark.parametrize("fmt", ["json", "csv", "jsonl", "table"])
def test_unwritable_out(run, article, tmp_path, fmt):
    blocker = tmp_path / "file.txt"
    blocker.write_text("a regular file\n", encoding="utf-8")
    out = blocker / "sub"
    result = run("extract", article, "--published", PUBLISHED, "--format", fmt, "--out", out)
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    lines = stderr_lines(result)
    assert len(lines) == 1, result.stderr
    assert str(out) in lines[0]
    assert "E400" in lines[0] and "cannot write" in lines[0]
    assert blocker.read_text(encoding="utf-8") == "a regular file\n"


def test_record_id_cannot_write_outside_out(run, tmp_path):
    """An article id comes from the input (a JSON Lines "id"): it must not steer the output file
    out of --out."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "../escaped", "text": ARTICLE, "published": PUBLISHED}) + "\n",
                    encoding="utf-8")
    out = tmp_path / "out"
    run("extract", feed, "--format", "json", "--out", out)
    assert not (tmp_path / "escaped.json").exists(), "output written outside --out"


def test_same_stem_in_two_folders_is_not_silently_overwritten(run, tmp_path):
    """Folders are read recursively, so a/report.txt and b/report.txt both map to report.json:
    either both results are kept or the clash is reported; one must not silently replace the other."""
    for sub, n in (("a", "three"), ("b", "five")):
        (tmp_path / "in" / sub).mkdir(parents=True)
        (tmp_path / "in" / sub / "report.txt").write_text(
            ARTICLE.replace("three police officers", f"{n} police officers"), encoding="utf-8")
    out = tmp_path / "out"
    result = run("extract", tmp_path / "in", "--published", PUBLISHED, "--format", "json", "--out", out)
    files = sorted(os.listdir(out))
    assert len(files) == 2 or (result.exit_code != 0 and result.stderr.strip()), (files, result.output)


def test_extract_explain(run, tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("Gunmen attacked a police post in Turbat on Monday. Several attacks have hit the district "
                      "this year.\n", encoding="utf-8")
    r = run("extract", report, "--published", "2024-03-13", "--explain")
    assert r.exit_code == 0
    assert "explain: what became of each trigger word" in r.output
    assert '"attacked" (sentence 1): trigger' in r.output and 'aggregate ("several attacks")' in r.output
    r = run("extract", report, "--published", "2024-03-13", "--explain", "--format", "json")
    assert [n["outcome"] for n in json.loads(r.output)["explain"]] == ["event", "dropped"]
    r = run("extract", report, "--explain", "--format", "csv")
    assert r.exit_code == 2 and "--explain goes with --format table or json" in r.output
