"""The web UI (`sitrep serve`) through an in-process client: every page and its .json twin, the
filters, sorting, paging and exports, the evidence on the event and article pages, escaping of
hostile text, and the security rules (read-only, Host and Origin checks, size limit)."""
from __future__ import annotations

import csv
import io
import re
import sqlite3
import subprocess
import sys
import time
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

import geojson
import pytest

import webdb
from sitrep.errors import OutputError
from sitrep.exports import ACLED_COLUMNS
from sitrep.web.app import App
from sitrep.web.server import allowed_hosts
from webclient import Client

HOST = "127.0.0.1:8001"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "web.sqlite"
    ids = webdb.build(path)
    return path, ids


@pytest.fixture(scope="module")
def client(built):
    return Client(App(built[0], allowed_hosts=allowed_hosts("127.0.0.1", 8001)), HOST)


@pytest.fixture(scope="module")
def ids(built):
    return built[1]


def incident_of(client, doc_id: str) -> int:
    for r in client.get("/events.json?size=500").json()["rows"]:
        if doc_id in (r["sources"] or "").split(", "):
            return r["id"]
    raise AssertionError(doc_id)


@pytest.fixture(scope="module")
def ambush(client):
    return incident_of(client, "valley-herald-ambush")


def pages(ids, ambush):
    return ["/events", f"/events/{ambush}", "/articles", f"/articles/{ids['valley-herald-ambush']}", "/map",
            "/timeline", "/actors", "/paste"]


# --- every page and its twin -------------------------------------------------------------------

def test_every_page_has_html_and_a_json_twin(client, ids, ambush):
    for path in pages(ids, ambush):
        html = client.get(path)
        assert html.status == 200, (path, html.text[:500])
        assert html.headers["content-type"].startswith("text/html")
        assert "default-src 'none'" in html.headers["content-security-policy"]
        assert html.headers["x-content-type-options"] == "nosniff"
        assert f'href="{path}.json"' in html.text  # the page links its twin
        twin = client.get(path + ".json")
        assert twin.status == 200, (path, twin.text[:500])
        assert twin.headers["content-type"].startswith("application/json")
        assert twin.json()["ok"] is True


def test_root_redirects_to_the_events(client):
    r = client.get("/")
    assert (r.status, r.headers["location"]) == (302, "/events")


def test_unknown_pages_and_ids_are_404_in_html_and_json(client):
    for path in ("/nowhere", "/events/999999", "/articles/999999"):
        r = client.get(path)
        assert r.status == 404 and "404" in r.text and "<!doctype html>" in r.text
        j = client.get(path + ".json")
        assert j.status == 404 and j.json()["ok"] is False and j.json()["code"] == "E500"


# --- the events table ------------------------------------------------------------------------------

def rows(client, query=""):
    r = client.get(f"/events.json?{query}")
    assert r.status == 200, r.text
    return r.json()


def test_events_table_lists_incidents_by_date(client, ambush):
    data = rows(client)
    assert data["total"] == 5
    assert [r["date_start"] for r in data["rows"]] == sorted(r["date_start"] for r in data["rows"])
    first = data["rows"][0]
    assert first["id"] == ambush and first["articles"] == 3
    assert (first["fatalities_low"], first["fatalities_best"], first["fatalities_high"]) == (4, 4, 6)


@pytest.mark.parametrize("query, locations", [
    ("country=NG", ["Maiduguri"]),
    ("country=pk&admin2=kech", ["Turbat", "Sabzal<b>town</b>"]),
    ("admin1=Borno", ["Maiduguri"]),
    ("since=2024-05-20", ["Quetta", None, "Maiduguri"]),
    ("until=2024-05-17", ["Turbat", "Sabzal<b>town</b>"]),
    ("since=2024-05-06&until=2024-05-30", ["Sabzal<b>town</b>", "Quetta", None]),
    ("actor=liberation", ["Turbat"]),
    ("actor=Unidentified+Armed+Group+(Pakistan)", ["Turbat"]),  # a source's perpetrator, not the merged one
    ("type=Protests", ["Quetta"]),
    ("plover=threaten", [None]),
    ("status=claimed", ["Turbat"]),
    ("search=traders", ["Quetta"]),
    ("search=hospital+doctor", ["Turbat"]),  # in one source of the merged incident
    ("country=PK&type=Battles", ["Turbat"]),
])
def test_events_filters(client, query, locations):
    assert [r["location"] for r in rows(client, query)["rows"]] == locations


def test_events_sorting_both_ways(client):
    deaths = [r["fatalities_best"] for r in rows(client, "sort=fatalities&desc=1")["rows"]]
    assert deaths == [9, 4, 2, None, None]  # unknown last either way
    assert [r["fatalities_best"] for r in rows(client, "sort=fatalities")["rows"]] == [2, 4, 9, None, None]
    assert [r["articles"] for r in rows(client, "sort=articles&desc=1")["rows"]][0] == 3
    html = client.get("/events?sort=fatalities&desc=1").text
    assert 'class="sorted desc"' in html


def test_events_paging(client):
    first = rows(client, "size=2")
    assert (len(first["rows"]), first["pages"], first["total"]) == (2, 3, 5)
    assert first["links"]["next"] == "/events?size=2&page=2" and first["links"]["previous"] is None
    last = rows(client, "size=2&page=3")
    assert len(last["rows"]) == 1 and last["links"]["next"] is None
    seen = [r["id"] for p in (1, 2, 3) for r in rows(client, f"size=2&page={p}")["rows"]]
    assert sorted(seen) == sorted(r["id"] for r in rows(client)["rows"])
    html = client.get("/events?size=2&page=2").text
    assert 'rel="next"' in html and 'rel="prev"' in html


@pytest.mark.parametrize("query, words", [
    ("since=2024-13-01", "not a YYYY-MM-DD date"),
    ("since=2024-06-01&until=2024-05-01", "is after"),
    ("status=rumoured", "not one of"),
    ("sort=secret", "not one of"),
    ("page=0", "between"),
    ("size=x", "not a whole number"),
])
def test_bad_parameters_are_400_with_the_reason(client, query, words):
    j = client.get(f"/events.json?{query}")
    assert j.status == 400 and words in j.json()["error"] and j.json()["code"] == "E600"
    h = client.get(f"/events?{query}")
    assert h.status == 400 and words in h.text


def test_events_html_keeps_the_selection_in_its_links(client):
    html = client.get("/events?country=PK&since=2024-05-01").text
    assert 'href="/events.csv?since=2024-05-01&amp;country=PK"' in html
    assert 'href="/map?since=2024-05-01&amp;country=PK"' in html
    assert html.count("<tr>") == 1 + 3  # header + the three events placed in Pakistan


def test_export_acled_csv_of_the_selection(client):
    r = client.get("/events.csv?country=PK")
    assert r.status == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    table = list(csv.DictReader(io.StringIO(r.text)))
    assert tuple(table[0]) == ACLED_COLUMNS
    assert len(table) == 3 and {t["country"] for t in table} == {"Pakistan"}
    turbat = next(t for t in table if t["location"] == "Turbat")
    assert (turbat["fatalities"], turbat["sub_event_type"], turbat["event_date"]) == ("4", "Armed clash", "2024-05-05")
    assert set(turbat["source"].split("; ")) == {"Valley Herald", "Makran Post", "Frontier Gazette"}
    assert len(list(csv.DictReader(io.StringIO(client.get("/events.csv?country=NG").text)))) == 1


def test_export_geojson_of_the_selection(client):
    r = client.get("/events.geojson?since=2024-05-10")
    assert r.headers["content-type"].startswith("application/geo+json")
    fc = geojson.loads(r.text)
    assert fc.is_valid and fc["type"] == "FeatureCollection"
    assert sorted(f["properties"]["location"] for f in fc["features"]) == ["Maiduguri", "Quetta", "Sabzal<b>town</b>"]
    borno = next(f for f in fc["features"] if f["properties"]["location"] == "Maiduguri")
    assert borno["geometry"]["coordinates"] == [13.1603, 11.8464]


# --- the event page --------------------------------------------------------------------------------

def test_event_page_gives_each_source_and_its_values(client, ambush):
    d = client.get(f"/events/{ambush}.json").json()
    assert d["fatalities"] == {"low": 4, "best": 4, "high": 6}
    assert [s["outlet"] for s in d["sources"]] == ["Valley Herald", "Makran Post", "Frontier Gazette"]
    assert [s["fatalities_role"] for s in d["sources"]] == ["best", "credible", "not credible"]
    row = {c["field"]: c for c in d["comparison"]}
    assert row["fatalities"]["by_source"] == ["4", "6", "11"] and row["fatalities"]["merged"] == "4 (low 4, high 6)"
    assert row["perpetrator (actor 1)"]["by_source"] == [
        "Unidentified Armed Group (Pakistan)", "Unidentified Armed Group (Pakistan)", "Balochistan Liberation Army"]
    assert row["perpetrator (actor 1)"]["merged"] == "Balochistan Liberation Army"
    assert row["perpetrator (actor 1)"]["differ"] and not row["date"]["differ"]
    assert row["status"]["by_source"] == ["reported", "reported", "claimed"]
    # every field of every source has its evidence, and the evidence is the text at its offsets
    for s in d["sources"]:
        fields = {f["field"]: f for f in s["fields"]}
        for name in ("trigger", "date", "location", "actor1", "actor2", "fatalities", "status", "mention"):
            assert fields[name]["evidence"], (s["article"], name)
    herald = {f["field"]: f for f in d["sources"][0]["fields"]}
    assert [v["text"] for v in herald["fatalities"]["evidence"]] == ["four policemen"]
    assert herald["fatalities"]["value"] == "4"
    start = herald["fatalities"]["evidence"][0]["start"]
    assert webdb.AMBUSH_A[start:start + len("four policemen")] == "four policemen"


def test_event_page_highlights_the_evidence_in_each_article(client, ambush):
    html = client.get(f"/events/{ambush}").text
    # each source's text is shown with its fields marked, in the field's colour
    assert re.search(r'<mark class="k-fatalities in-mention"[^>]*>four policemen</mark>', html)
    # where spans overlap, the piece takes the shortest one's colour and lists every kind
    assert re.search(r'<mark class="k-fatalities in-mention"[^>]*>Six </mark>(<span[^>]*></span>)?<mark class="k-actor2'
                     r' in-mention" data-kinds="actor2 fatalities mention"[^>]*>police officers</mark>', html)
    assert re.search(r'<mark class="k-actor1 in-mention"[^>]*>Balochistan Liberation Army</mark>', html)
    assert re.search(r'<mark class="k-claim in-mention"[^>]*>a hospital doctor told</mark>', html)
    assert re.search(r'<mark class="k-trigger in-mention"[^>]*>ambushed</mark>', html)
    assert re.search(r'<mark class="k-date in-mention"[^>]*>on Sunday</mark>', html)
    # a field's evidence links to its mark in the text
    for anchor in re.findall(r'class="ev k-fatalities" href="#([^"]+)"', html):
        assert f'<span id="{anchor}" class="anchor"></span><mark class="k-fatalities' in html
    assert html.count('class="ev k-fatalities"') == 3
    assert "not credible: claimed by Balochistan Liberation Army" in html
    assert html.count('<section class="source"') == 3


# --- the article page ------------------------------------------------------------------------------

def test_article_page_marks_every_kind_of_span(client, ids):
    aid = ids["valley-herald-ambush"]
    d = client.get(f"/articles/{aid}.json").json()
    text = d["article"]["text"]
    kinds = {s["kind"] for s in d["spans"]}
    assert kinds == {"trigger", "mention", "actor", "place", "date", "claim", "fatalities"}
    for s in d["spans"]:
        assert text[s["start"]:s["end"]] == s["text"]
    assert {s["text"] for s in d["spans"] if s["kind"] == "actor"} == {"Gunmen", "policemen", "patrol"}
    assert {s["text"] for s in d["spans"] if s["kind"] == "place"} == {"Turbat", "Kech"}
    html = client.get(f"/articles/{aid}").text
    for kind in kinds:
        assert f'<li><mark class="k-{kind}">' in html  # the legend
    assert re.search(r'<mark class="k-actor in-mention"[^>]*>Gunmen</mark>', html)
    assert re.search(r'<mark class="k-place"[^>]*>Kech</mark>', html)  # outside any event sentence
    assert f'href="/events/{d["events"][0]["incident_id"]}"' in html
    # the whole text is there, once, in order (marks only wrap it)
    shown = re.sub(r"<[^>]+>", "", html.split('id="article-text">')[1].split("</div>")[0])
    assert shown == text.replace("&", "&amp;")


def test_article_page_marks_the_span_an_edge_opened(client, ids):
    aid = ids["makran-post-ambush"]
    text = webdb.AMBUSH_B
    start = text.index("armed men")
    html = client.get(f"/articles/{aid}?mark={start}-{start + 9}").text
    assert re.search(r'<span id="focus" class="anchor"></span><mark class="k-focus[^"]*"[^>]*>armed men</mark>', html)
    assert client.get(f"/articles/{aid}.json?mark={start}-{start + 9}").json()["mark"] == {"start": start,
                                                                                            "end": start + 9}
    assert client.get(f"/articles/{aid}?mark=5-99999").status == 400
    assert client.get(f"/articles/{aid}?mark=abc").status == 400


def test_articles_list(client):
    d = client.get("/articles.json").json()
    assert d["total"] == 7
    assert {r["doc_id"] for r in d["rows"]} >= {"valley-herald-ambush", "borno-clash"}
    assert all(r["events"] == 1 for r in d["rows"])


# --- map, timeline, actors ---------------------------------------------------------------------

def test_map_clusters_follow_the_filters_and_add_up(client):
    d = client.get("/map.json").json()
    assert (d["located"], d["unlocated"], d["total"]) == (4, 1, 5)  # the minister's warning has no place
    assert sum(c[2] for c in d["clusters"]) == 4
    fine = client.get("/map.json?cell=0.001953125").json()
    assert fine["cell"] == 2 ** -9 and len(fine["clusters"]) == 4 and sum(c[2] for c in fine["clusters"]) == 4
    coarse = client.get("/map.json?cell=16").json()
    assert len(coarse["clusters"]) == 2 and sorted(c[2] for c in coarse["clusters"]) == [1, 3]  # Pakistan, Nigeria
    turbat = next(c for c in fine["clusters"] if abs(c[0] - 26.0031) < 1e-3)
    lat, lon, n, dead, per_type, first, gy, gx = turbat
    assert (lon, n, dead, per_type[fine["types"].index("Battles")]) == (63.0544, 1, 4, 1)
    listed = client.get(f"/map/cluster.json?cell={fine['cell']}&gy={gy}&gx={gx}").json()
    assert listed["total"] == 1 and listed["events"][0]["id"] == first and listed["events"][0]["place"].startswith("Turbat")
    pk = next(c for c in coarse["clusters"] if c[2] == 3)
    listed = client.get(f"/map/cluster.json?cell=16&gy={pk[6]}&gx={pk[7]}").json()
    assert [e["fatalities"] for e in listed["events"]][0] == 4  # the deadliest first
    only = client.get("/map.json?since=2024-06-01").json()
    assert only["located"] == 1 and [c[2] for c in only["clusters"]] == [1]
    html = client.get("/map?since=2024-06-01").text
    assert 'id="n-points">1<' in html and 'src="/vendor/d3.min.js"' in html and 'src="/static/map.js"' in html
    assert client.get("/map.json?cell=-1").status == 400 and client.get("/map.json?cell=nan").status == 400


def test_timeline_bins_follow_the_span(client):
    d = client.get("/timeline.json?since=2024-05-20&until=2024-05-26").json()
    assert d["unit"] == "day"  # 2024-05-05 .. 2024-06-12: under three months
    bins = d["bins"]
    assert bins[0]["start"] == "2024-05-05" and bins[-1]["start"] == "2024-06-12"
    assert len(bins) == 39  # empty days too
    assert sum(b["total"] for b in bins) == 5  # since/until only place the brush
    assert d["brush"] == {"since": "2024-05-20", "until": "2024-05-26"}
    only = client.get("/timeline.json?country=NG").json()
    assert [b["counts"] for b in only["bins"]] == [{"Battles": 1}]
    plover = client.get("/timeline.json?by=plover").json()
    assert plover["by"] == "plover" and "ASSAULT" in plover["types"]
    assert client.get("/timeline.json?by=colour").status == 400


def test_timeline_bins_are_chosen_from_the_range():
    import datetime as dt

    from sitrep.web.views.timeline import bins, unit_for

    day = dt.date(2024, 1, 1)
    assert unit_for(day, day + dt.timedelta(days=91)) == "day"
    assert unit_for(day, day + dt.timedelta(days=92)) == "week"
    assert unit_for(day, day + dt.timedelta(days=1099)) == "week"  # at most 157 weekly bars
    assert unit_for(day, day + dt.timedelta(days=4 * 365)) == "month"
    assert unit_for(day, day + dt.timedelta(days=40 * 365)) == "year"
    weekly = bins([("2024-01-03", "Battles", 2), ("2024-01-21", None, 1)], "week")
    assert [(b["start"], b["end"], b["total"]) for b in weekly] == [
        ("2024-01-01", "2024-01-07", 2), ("2024-01-08", "2024-01-14", 0), ("2024-01-15", "2024-01-21", 1)]
    assert weekly[2]["counts"] == {"none": 1}
    monthly = bins([("2023-12-31", "Riots", 1), ("2024-02-29", "Riots", 1)], "month")
    assert [b["start"] for b in monthly] == ["2023-12-01", "2024-01-01", "2024-02-01"]
    assert monthly[-1]["end"] == "2024-02-29"


def test_actor_graph_edges_carry_their_evidence(client, ids):
    d = client.get("/actors.json").json()
    nodes = {n["id"]: n for n in d["nodes"]}
    assert nodes["Balochistan Liberation Army"]["type"] == "rebel"
    assert nodes["Police Forces of Pakistan"]["type"] == "state"
    claimed = [e for e in d["edges"] if e["source"] == "Balochistan Liberation Army"]
    assert len(claimed) == 1
    e = claimed[0]
    assert (e["target"], e["type"], e["status"]) == ("Police Forces of Pakistan", "fights", "claimed")
    ev = e["evidence"][0]
    assert ev["article_id"] == ids["gazette-claim"] and ev["text"].startswith("The Balochistan Liberation Army said")
    assert ev["href"] == f"/articles/{ids['gazette-claim']}?mark={ev['start']}-{ev['end']}#focus"
    assert webdb.AMBUSH_C[ev["start"]:ev["end"]] == ev["text"]
    both = [e for e in d["edges"] if e["source"] == "Unidentified Armed Group (Pakistan)"]
    assert len(both) == 1 and both[0]["count"] == 2  # two reports of one tie: one edge, two sentences
    nigeria = client.get("/actors.json?country=NG").json()
    assert [(e["source"], e["target"]) for e in nigeria["edges"]] == [
        ("Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)")]


# --- escaping --------------------------------------------------------------------------------------

RAW = ["<script>alert", "<img src=x", "<svg onload", "<b>town", "<i>Outlet", "<b>Sabzal", "<!-- a hidden",
       "<a href=\"javascript"]


def hostile_pages(client, ids):
    aid = ids["hostile-<report>"]
    iid = incident_of(client, "hostile-<report>")
    return [f"/articles/{aid}", f"/events/{iid}", "/events", "/articles", "/map", "/timeline", "/actors",
            "/events?actor=%3Cimg", f"/articles/{aid}?mark=0-20"]


class Markup(HTMLParser):
    """The elements and attributes a browser would build from a page."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.comments: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_comment(self, data):
        self.comments.append(data)


def test_hostile_text_renders_as_text_on_every_page(client, ids):
    for path in hostile_pages(client, ids):
        html = client.get(path).text
        for raw in RAW:
            assert raw not in html, (path, raw)
        page = Markup(html)
        assert not page.comments, path
        tags = {t for t, _ in page.tags}
        assert not tags & {"img", "svg", "iframe", "object", "embed", "i"}, (path, tags)
        for tag, attrs in page.tags:
            assert not [a for a in attrs if a.startswith("on")], (path, tag, attrs)  # no event handlers
            for a in ("href", "src", "action"):
                assert not (attrs.get(a) or "").strip().lower().startswith("javascript:"), (path, tag, attrs)
            if tag == "script":
                assert attrs.get("src", "").startswith(("/static/", "/vendor/")), (path, attrs)  # no inline script


def test_hostile_text_is_shown_escaped(client, ids):
    html = client.get(f"/articles/{ids['hostile-<report>']}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Read &lt;a href=&#34;javascript:alert(2)&#34;&gt;the full statement&lt;/a&gt; here." in html
    assert "&lt;!-- a hidden comment --&gt;" in html
    assert "<h1>&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Raid on &lt;b&gt;Sabzal&lt;/b&gt; market</h1>" in html
    assert "&lt;i&gt;Outlet&lt;/i&gt;" in html
    assert '<code class="url">javascript:alert(4)</code>' in html  # shown, never a link
    assert 'title="actor: &lt;img src=x onerror=alert(3)&gt;' in html  # attributes too
    assert "&#34;&gt;&lt;svg onload=alert(5)&gt;" in html  # the event's summary
    event = client.get(f"/events/{incident_of(client, 'hostile-<report>')}").text
    assert "<h1>&lt;img src=x onerror=alert(3)&gt; attacks in Sabzal&lt;b&gt;town&lt;/b&gt;" in event
    # the JSON twin gives the text as it is, as JSON that a browser will not sniff as HTML
    j = client.get(f"/articles/{ids['hostile-<report>']}.json")
    assert j.json()["article"]["text"] == webdb.HOSTILE
    assert j.headers["content-type"].startswith("application/json") and j.headers["x-content-type-options"] == "nosniff"


def test_static_files_cannot_reach_beyond_their_folders(client):
    assert client.get("/static/style.css").status == 200
    assert client.get("/vendor/d3.min.js").headers["content-type"].startswith("text/javascript")
    assert client.get("/vendor/countries-50m.json").json()["type"] == "Topology"
    for path in ("/static/..%2Fapp.py", "/static/../app.py", "/vendor/package.json", "/vendor/..%2F..%2Fpackage.json",
                 "/static/.hidden", "/vendor/d3/package.json"):
        assert client.get(path).status == 404, path


# --- security ----------------------------------------------------------------------------------

def count_articles(path) -> int:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT count(*) FROM articles").fetchone()[0]


def test_writes_are_refused_without_allow_writes(client, built):
    before = count_articles(built[0])
    r = client.post("/paste.json", form={"text": webdb.SITIN + "\nAnother line.", "add": "1"})
    assert r.status == 403 and r.json()["code"] == "E601" and "--allow-writes" in r.json()["error"]
    h = client.post("/paste", form={"text": "x", "add": "1"})
    assert h.status == 403 and "--allow-writes" in h.text
    assert count_articles(built[0]) == before
    html = client.get("/paste").text
    assert '<input type="checkbox" name="add" value="1" disabled>' in html and "read-only" in html


def test_read_connections_cannot_write(built):
    app = App(built[0])
    with pytest.raises(OutputError, match="readonly|read-only"):
        with app.data.reader() as db:
            db.execute("DELETE FROM articles")


def test_only_loopback_host_headers_are_answered(built):
    app = App(built[0], allowed_hosts=allowed_hosts("127.0.0.1", 8001))
    assert Client(app, "localhost:8001").get("/events.json").status == 200
    r = Client(app, "evil.example:8001").get("/events.json")  # DNS rebinding
    assert r.status == 403 and "Host" in r.json()["error"]
    assert allowed_hosts("0.0.0.0", 8001) is None  # bound beyond loopback: any name
    assert "[::1]:9000" in allowed_hosts("::1", 9000)


def test_posts_from_other_sites_are_refused(client):
    for headers in ({"Origin": "http://evil.example"}, {"Sec-Fetch-Site": "cross-site"}):
        r = client.post("/paste.json", form={"text": "Gunmen attacked a post."}, headers=headers)
        assert r.status == 403 and r.json()["code"] == "E602"


def test_oversized_posts_are_refused_before_they_are_read(built):
    app = App(built[0], paste_limit=2000, allowed_hosts=None)
    c = Client(app)
    r = c.post("/paste.json", form={"text": "word " * 2000})
    assert r.status == 413 and r.json()["code"] == "E105"
    r = c.request("POST", "/paste.json", b"", {"Content-Type": "text/plain", "Content-Length": "99999999"})
    assert r.status == 413  # the declared length alone is enough: nothing was read
    r = c.post("/paste.json", form={"text": "é" * 1500})  # bytes, not characters
    assert r.status == 413


def test_other_methods_are_refused(client):
    assert client.request("DELETE", "/events").status == 405
    assert client.post("/events", form={"a": "b"}).status == 405
    assert client.request("PUT", "/paste").status == 405


def test_paste_form_errors_are_400(client):
    assert client.post("/paste.json", form={"text": "abc", "published": "yesterday"}).status == 400
    assert client.post("/paste.json", form={"text": "abc", "format": "pdf"}).status == 400
    r = client.request("POST", "/paste.json", b"\x00\x01", {"Content-Type": "application/octet-stream"})
    assert r.status == 400


# --- the command --------------------------------------------------------------------------------

def test_serve_help_has_an_example(run):
    out = run("serve", "--help").output
    assert "Example" in out and "sitrep serve --db events.sqlite" in out and "--allow-writes" in out


def test_serve_refuses_a_missing_database(run, tmp_path):
    r = run("serve", "--db", tmp_path / "none.sqlite")
    assert r.exit_code == 1 and "[E500]" in r.output and "--allow-writes" in r.output
    assert not (tmp_path / "none.sqlite").exists()


def test_serve_listens_on_loopback_by_default(built):
    proc = subprocess.Popen([sys.executable, "-m", "sitrep.cli", "serve", "--db", str(built[0]), "--port", "0"],
                            stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        m = re.search(r"\(read-only\) on http://127\.0\.0\.1:(\d+)/", line)
        assert m, line
        deadline = time.monotonic() + 10
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{m[1]}/events.json", timeout=5) as resp:
                    data = resp.read()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        assert b'"total": 5' in data
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_allow_writes_creates_an_empty_database_whose_pages_all_work(tmp_path):
    path = tmp_path / "new.sqlite"
    c = Client(App(path, allow_writes=True))
    assert path.exists()
    for page in ("/events", "/map", "/timeline", "/actors", "/articles", "/paste"):
        assert c.get(page).status == 200, page
        assert c.get(page + ".json").json()["ok"] is True
    assert c.get("/events.json").json()["total"] == 0
    assert c.get("/timeline.json").json()["bins"] == []
    assert c.get("/map.json").json()["clusters"] == []
    assert "No event matches these filters." in c.get("/events").text
    assert "writes allowed" in c.get("/events").text


# --- the one palette -------------------------------------------------------------------------------

def test_the_palette_names_every_type_and_every_kind_of_tie_sitrep_writes(client):
    from sitrep.relations import EVENT_TIES, TIE_KINDS, load_patterns
    from sitrep.web.palette import palette

    p = palette()
    kinds = set(EVENT_TIES.values()) | {"hands over to"}
    kinds |= set(TIE_KINDS) | {k for k in load_patterns() if not k.startswith("_")}
    assert kinds <= set(p["ties"]), kinds - set(p["ties"])
    served = client.get("/palette.json").json()
    assert served["acled"] == p["acled"] and served["ties"] == p["ties"] and served["actors"] == p["actors"]


def test_the_palette_loader_refuses_two_types_of_one_colour(tmp_path, monkeypatch):
    from sitrep.errors import ConfigError
    from sitrep.web import palette as module

    text = module.PATH.read_text(encoding="utf-8").replace('Riots: "#56B4E9"', 'Riots: "#0072B2"')
    bad = tmp_path / "palette.yaml"
    bad.write_text(text, encoding="utf-8")
    monkeypatch.setattr(module, "PATH", bad)
    module.palette.cache_clear()
    try:
        with pytest.raises(ConfigError, match="two types share a colour"):
            module.palette()
    finally:
        module.palette.cache_clear()
