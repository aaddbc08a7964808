"""'Paste an article' with the real pipeline: coded at once, shown with its evidence and escaped,
stored only with --allow-writes, never fetching a URL it contains."""
from __future__ import annotations

import shutil
import socket
import sqlite3

import pytest

import webdb
from sitrep.web.app import App
from webclient import Client

pytestmark = pytest.mark.slow

REPORT = """Militants storm police station in Panjgur

PANJGUR, Aug 14 - Militants stormed a police station in Panjgur district on Tuesday night, killing three policemen, a senior police official said.
The attackers fled before reinforcements arrived. A statement was posted at {url} with <script>alert(1)</script> in it."""

PAGE = """<html><head><title>Clash in Kech leaves two dead</title></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Clash in Kech leaves two dead</h1>
<p>Gunmen attacked a paramilitary convoy near Turbat in Kech district on Monday, killing two soldiers, officials said.</p>
<p>The convoy was travelling to the border when it was fired upon from the hills, and the attackers escaped into the mountains afterwards.</p>
<p>No group has said it carried out the attack, which came a week after a similar ambush on the same road.</p>
</article></body></html>"""


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("paste") / "web.sqlite"
    webdb.build(path)
    return path


@pytest.fixture(scope="module")
def client(db, pipeline):
    return Client(App(db, pipeline=pipeline))


@pytest.fixture
def listener():
    """A socket on 127.0.0.1 that records whether anything connected to it."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(5)
    sock.settimeout(0.5)
    yield sock
    sock.close()


def connected(sock) -> bool:
    try:
        conn, _ = sock.accept()
    except TimeoutError:
        return False
    conn.close()
    return True


def count(path) -> int:
    with sqlite3.connect(path) as con:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]


def test_paste_is_coded_at_once(client, db):
    before = count(db)
    r = client.post("/paste.json", form={"text": REPORT.format(url="example.org/x"), "published": "2024-08-15"})
    assert r.status == 200, r.text
    result = r.json()["result"]
    events = result["article"]["events"]
    assert len(events) == 1
    ev = events[0]
    assert (ev["acled_type"], ev["fatalities"], ev["date"]["start"]) == ("Battles", 3, "2024-08-13")
    assert ev["location"]["country"] == "PK" and ev["location"]["evidence"]["text"] == "Panjgur"
    kinds = {s["kind"] for s in result["spans"]}
    assert {"trigger", "mention", "place", "date", "fatalities", "actor"} <= kinds
    assert result["stored"] is None and count(db) == before  # coded, not stored


def test_paste_page_marks_the_spans_and_escapes_the_text(client):
    r = client.post("/paste", form={"text": REPORT.format(url="example.org/x"), "published": "2024-08-15"})
    assert r.status == 200
    html = r.text
    assert '<section class="result" id="result">' in html and "Coded: 1 event" in html
    assert '<mark class="k-fatalities in-mention"' in html and '<mark class="k-place' in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert" not in html
    assert '<textarea name="text" id="text"' in html and "Militants storm police station" in html  # kept
    assert "Panjgur" in html.split("<tbody>")[1]  # the events table


def test_paste_takes_text_plain_and_json(client):
    r = client.post("/paste.json", text=REPORT.format(url="example.org/x"))
    assert r.status == 200 and len(r.json()["result"]["article"]["events"]) == 1
    r = client.post("/paste.json", json={"text": REPORT.format(url="example.org/x"), "published": "2024-08-15"})
    assert r.status == 200 and r.json()["result"]["article"]["events"][0]["date"]["start"] == "2024-08-13"


def test_an_uploaded_html_page_is_read_for_its_article(client):
    r = client.post("/paste.json", form={"text": PAGE, "format": "html", "published": "2024-09-03"})
    assert r.status == 200, r.text
    art = r.json()["result"]["article"]
    assert art["document"]["title"] == "Clash in Kech leaves two dead"
    assert [e["fatalities"] for e in art["events"]] == [2]
    assert art["events"][0]["location"]["evidence"]["text"] == "Turbat"


@pytest.mark.parametrize("text, words", [
    ("", "no text"),
    ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.",
     "does not look like English"),
])
def test_a_text_that_cannot_be_coded_says_why_and_keeps_it(client, text, words):
    r = client.post("/paste", form={"text": text})
    assert r.status == 422 and words in r.text
    if text:
        assert text in r.text  # still in the text box
    assert client.post("/paste.json", form={"text": text}).json()["error"]


def test_paste_adds_to_the_database_only_with_allow_writes(db, tmp_path, pipeline):
    path = tmp_path / "rw.sqlite"
    shutil.copy(db, path)
    before = count(path)
    c = Client(App(path, allow_writes=True, pipeline=pipeline))
    assert '<input type="checkbox" name="add" value="1">' in c.get("/paste").text
    text = REPORT.format(url="example.org/x")
    r = c.post("/paste.json", form={"text": text, "published": "2024-08-15", "add": "1"})
    stored = r.json()["result"]["stored"]
    assert stored["added"] is True and stored["events"] == 1 and count(path) == before + 1
    art = c.get(f"/articles/{stored['article_id']}.json").json()
    assert art["article"]["text"] == text and art["events"][0]["fatalities"] == 3
    assert c.get("/events.json?country=PK&since=2024-08-01").json()["rows"][0]["location"].startswith("Panjgur")
    again = c.post("/paste", form={"text": text, "published": "2024-08-15", "add": "1"})
    assert "Already in the database" in again.text and count(path) == before + 1
    # without the box ticked nothing is stored, even on a writable server
    c.post("/paste.json", form={"text": text.replace("three", "four"), "published": "2024-08-15"})
    assert count(path) == before + 1


def test_a_url_in_a_pasted_article_is_never_fetched(client, listener):
    port = listener.getsockname()[1]
    url = f"http://127.0.0.1:{port}/beacon"
    text = REPORT.format(url=url) + f'\n<img src="http://127.0.0.1:{port}/pixel.gif"> <a href="{url}">more</a>'
    r = client.post("/paste", form={"text": text, "published": "2024-08-15"})
    assert r.status == 200 and url in r.text
    assert f'href="{url}"' not in r.text and f'src="http://127.0.0.1:{port}' not in r.text
    assert not connected(listener)
