"""Fuzzing: every hostile input ends in events or in one of sitrep's own errors, within its budget.

A few hundred generated inputs run in the ordinary suite; ``make fuzz`` runs 10,000 or more
(``SITREP_FUZZ_EXAMPLES``). An :class:`InternalError` (a fault of sitrep's own) fails the test with
the input that caused it.
"""
from __future__ import annotations

import json
import os
import random
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hostile
from sitrep.budget import Budget
from sitrep.errors import InputError, InternalError, SitrepError
from sitrep.records import Article

EXAMPLES = int(os.environ.get("SITREP_FUZZ_EXAMPLES", "150"))


def _one(pipeline, text, published=None):
    """The pipeline's answer to one text: an Article or an InputError, never anything else."""
    budget = Budget(pipeline.settings).seconds(len(text) if isinstance(text, str) else 0)
    t0 = time.perf_counter()
    try:
        result = pipeline.extract(text, published=published, id="fuzz")
    except InternalError as e:
        pytest.fail(f"sitrep failed on {text[:200]!r} (published {published!r}): {e}")
    except InputError as e:
        result = e
    took = time.perf_counter() - t0
    assert took <= budget + 5, f"{took:.1f} s on {text[:80]!r}, over its budget of {budget:.0f} s"
    assert isinstance(result, (Article, InputError))
    if isinstance(result, Article):
        for ev in result.events:  # every piece of evidence points into the text it came from
            for sp in ev.evidence:
                assert 0 <= sp.start <= sp.end <= len(result.document.text)
    return result


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(seed=st.integers(0, 2**32 - 1))
def test_generated_hostile_texts(pipeline, seed):
    rng = random.Random(seed)
    _one(pipeline, hostile.text(rng), hostile.published(rng) if rng.random() < 0.3 else None)


@settings(max_examples=max(EXAMPLES // 3, 30), deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=st.text(min_size=1, max_size=400))
def test_arbitrary_unicode(pipeline, text):
    _one(pipeline, text)


@settings(max_examples=max(EXAMPLES // 3, 30), deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(st.sampled_from(hostile.SENTENCES + ["killed", "the", "attack", "in", "on", "said", ",",
                                                             ".", "\n", "Kano", "Monday", "12", "BLA"]),
                      min_size=1, max_size=80))
def test_shuffled_report_words(pipeline, words):
    _one(pipeline, " ".join(words))


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31", "2022-13-01", "yesterday", 20220206,
                                       "1899-12-31", [], True])
def test_a_bad_published_date_is_an_input_error_naming_it(pipeline, published):
    with pytest.raises(InputError, match="published"):
        pipeline.extract("Gunmen killed five people in Kano on Tuesday, police said.", published=published)


def test_the_first_regression_cases(pipeline):
    """The record shapes that ended whole runs before (issue 15)."""
    cases = [
        "In the year 0 gunmen killed five people in Kano, police said.",
        "In the year 10000 gunmen killed five people in Kano.",
        "Gunmen killed five people in Kano \ud800 on Tuesday.",
        "BALOCH LIBERATION FRONT MILITANTS ATTACKED AN ARMY POST IN KECH ON MONDAY, KILLING FIVE SOLDIERS. "
        "THE BALOCH LIBERATION FRONT CLAIMED THE ATTACK.",
        "Gunmen killed " + "9" * 5000 + " people in Kano on Tuesday.",
        "Gunmen killed ٣ people in Kano on Tuesday.",
        "We continue to do all that we can to support them.",
    ]
    for text in cases:
        result = _one(pipeline, text, "2022-02-07")
        assert isinstance(result, Article), result
    assert "\ufffd" in _one(pipeline, cases[2]).document.text  # the surrogate, replaced one for one


def test_generated_jsonl_feed_through_the_cli(tmp_path, run):
    """A feed of mostly good and some broken records: one line per refused record, the rest coded."""
    rng = random.Random(5)
    lines = list(hostile.jsonl_lines(rng, max(EXAMPLES // 3, 40)))
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    out = tmp_path / "out"
    result = run("extract", feed, "--format", "json", "--out", out)
    assert result.exit_code in (0, 1), result.output
    errors = [l for l in result.stderr.splitlines() if l.startswith("sitrep: ")]
    assert not any("[E900]" in l for l in errors), errors
    refused = {l.split(": ", 2)[1] for l in errors}
    assert all(r.startswith(f"{feed}:") for r in refused), errors  # each names its record
    written = len(list(out.glob("*.json")))
    blank = sum(1 for l in lines if not l.strip())
    assert written + len(errors) == len(lines) - blank
    for f in out.glob("*.json"):
        json.loads(f.read_text(encoding="utf-8"))  # whole files only


def test_a_fault_of_sitreps_own_on_one_article_is_e900_and_the_rest_go_on(tmp_path, run, monkeypatch):
    from sitrep import claims

    real = claims.attribute

    def broken(doc, events, actors):
        if "Quetta" in doc.text:
            raise ZeroDivisionError("a planted fault")
        return real(doc, events, actors)

    monkeypatch.setattr(claims, "attribute", broken)
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"id": f"a{i}", "text": t, "published": "2022-02-07"}) for i, t in enumerate([
        "Gunmen killed five people in Kano on Tuesday, police said.",
        "Gunmen killed five people in Quetta on Tuesday, police said.",
        "Gunmen killed two people in Mosul on Monday, police said."])) + "\n")
    result = run("extract", feed, "--format", "jsonl")
    assert result.exit_code == 3
    lines = result.stderr.strip().splitlines()
    assert lines == [f"sitrep: {feed}:2: [E900] ZeroDivisionError in the claims stage: a planted fault"]
    assert {json.loads(l)["article"] for l in result.stdout.splitlines()} == {"a0", "a2"}


@pytest.fixture
def quetta_hangs(tmp_path, monkeypatch):
    """A feed of two reports whose relations stage never ends on the Quetta one (while ``hang["on"]``),
    under a one-second budget; yields (feed, hang)."""
    from sitrep import relations

    real = relations.find_relations
    hang = {"on": True}

    def slow(doc, *args):
        while hang["on"] and "Quetta" in doc.text:
            pass  # a stage that never ends
        return real(doc, *args)

    monkeypatch.setattr(relations, "find_relations", slow)
    monkeypatch.setenv("SITREP_TIME_BUDGET", "1")
    monkeypatch.setenv("SITREP_TIME_BUDGET_PER_KB", "0")
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"id": f"a{i}", "text": t, "published": "2022-02-07"}) for i, t in enumerate([
        "Gunmen killed five people in Quetta on Tuesday, police said.",
        "Gunmen killed two people in Mosul on Monday, police said."])) + "\n")
    return feed, hang


def test_an_article_over_its_time_budget_is_named_with_its_stage(run, quetta_hangs):
    feed, _ = quetta_hangs
    t0 = time.perf_counter()
    result = run("extract", feed, "--format", "jsonl")
    assert time.perf_counter() - t0 < 30
    assert result.exit_code == 1
    assert result.stderr.strip() == (f"sitrep: {feed}:1: [E108] gave up in the relations stage after 1 s "
                                     "(the time budget for 60 characters; see SITREP_TIME_BUDGET)")
    assert [json.loads(l)["article"] for l in result.stdout.splitlines()] == ["a1"]


@pytest.mark.parametrize("name,value,says", [
    ("SITREP_MAX_BYTES", "5MB", "SITREP_MAX_BYTES='5MB' is not a whole number"),
    ("SITREP_MAX_BYTES", "0", "SITREP_MAX_BYTES='0' is out of range"),
    ("SITREP_TIME_BUDGET", "soon", "SITREP_TIME_BUDGET='soon' is not a number"),
    ("SITREP_MIN_ENGLISH", "nan", "SITREP_MIN_ENGLISH='nan' is not a number"),
])
def test_a_bad_setting_is_one_line_naming_it(tmp_path, run, monkeypatch, name, value, says):
    monkeypatch.setenv(name, value)
    f = tmp_path / "a.txt"
    f.write_text("Gunmen killed five people in Kano on Tuesday, police said.\n")
    result = run("extract", f)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and says in result.stderr


def test_names_reach_the_terminal_escaped(tmp_path, run):
    f = tmp_path / "bad\x1b[31mname\nx.txt"
    f.write_bytes(b"\xff\xfe\x00")
    result = run("extract", f)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "\x1b" not in result.stderr and "\\x1b[31mname\\nx.txt" in result.stderr


def test_sitrep_errors_are_one_line():
    err = InternalError("x", source="a")
    assert isinstance(err, SitrepError) and str(err) == "a: [E900] x"


def test_ingest_remembers_an_article_over_budget_and_goes_past_it(tmp_path, run, quetta_hangs):
    feed, hang = quetta_hangs
    db = tmp_path / "db.sqlite"
    first = run("ingest", feed, "--db", db)
    assert first.exit_code == 1 and "[E108]" in first.stderr
    assert "2 articles read: 1 added, 1 skipped (1 over time budget)" in first.stderr
    again = run("ingest", feed, "--db", db)  # the hang is still there: nothing is tried again
    assert again.exit_code == 0
    assert "2 articles read: 0 added, 2 skipped (1 failed in an earlier run, 1 already stored)" in again.stderr
    hang["on"] = False  # fixed: asked to, the next run tries it again and stores it
    retried = run("ingest", feed, "--db", db, "--retry-failed")
    assert retried.exit_code == 0
    assert "2 articles read: 1 added, 1 skipped (1 already stored)" in retried.stderr
    import sqlite3
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM failures").fetchone()[0] == 0
    con.close()


def test_a_fifo_is_named_and_never_read(tmp_path, run):
    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    folder = tmp_path / "folder"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    (folder / "a.txt").write_text("Gunmen killed five people in Kano on Tuesday, police said.\n")
    for target, source in ((fifo, fifo), (folder, folder / "pipe.txt")):
        result = run("extract", target, "--format", "jsonl")
        assert result.exit_code == 1
        assert result.stderr.strip() == f"sitrep: {source}: [E101] not a regular file (a FIFO, socket or device): " \
                                        "not read ('-' reads JSON Lines on stdin)"


def test_a_very_long_record_id_gets_a_short_distinct_file_name(tmp_path, run):
    feed = tmp_path / "feed.jsonl"
    text = "Gunmen killed five people in Kano on Tuesday, police said."
    feed.write_text("\n".join(json.dumps({"id": i, "text": text + f" {n}", "published": "2022-02-07"})
                              for n, i in enumerate(["x" * 5000, "x" * 4999 + "y"])) + "\n")
    out = tmp_path / "out"
    result = run("extract", feed, "--format", "json", "--out", out)
    assert result.exit_code == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 2 and all(len(n) < 160 and n.startswith("x" * 100) for n in names)


@pytest.mark.parametrize("command", [["extract"], ["ingest", "--db", "{db}"]])
def test_a_bad_worker_count_is_one_line(tmp_path, run, command):
    f = tmp_path / "a.txt"
    f.write_text("Gunmen killed five people in Kano on Tuesday, police said.\n")
    args = [a.replace("{db}", str(tmp_path / "x.sqlite")) for a in command]
    result = run(*args, f, "--workers", "0")
    assert result.exit_code == 2
    assert result.stderr == "sitrep: [E200] --workers 0: at least 1 (one process per core)\n"


@pytest.mark.parametrize("value,says", [("0001-01-01", "outside 1900–2100"), ("yesterday", "not a YYYY-MM-DD")])
def test_a_bad_published_option_is_one_line(tmp_path, run, value, says):
    f = tmp_path / "a.txt"
    f.write_text("Gunmen killed five people in Kano on Tuesday, police said.\n")
    result = run("extract", f, "--published", value)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and says in result.stderr and "--published" in result.stderr
