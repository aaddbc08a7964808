"""Stage 1, reading: files, folders and JSON Lines into Documents (or the InputError that stopped one)."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from sitrep.config import Settings
from sitrep.errors import (BinaryInputError, EmptyInputError, EncodingError, InputError,
                           MalformedInputError, MissingInputError, TooLargeError)
from sitrep.reading import find_dateline, from_html, from_text, read
from sitrep.records import Document

REPORT = (
    "Gunmen attack police post in Maiduguri\n"
    "\n"
    "MAIDUGURI, Nigeria (Sitrep Wire) - Suspected insurgents attacked a police post in Maiduguri "
    "on Monday night, killing three officers, a police spokesman said.\n"
    "\n"
    "Residents said the shooting went on for about an hour.\n"
)


def read_all(*paths, settings=None):
    return list(read(paths, settings))


def only(items):
    assert len(items) == 1, items
    return items[0]


# --- plain text -------------------------------------------------------------------------------

def test_plain_text_title_is_first_line_and_id_is_stem(tmp_path):
    p = tmp_path / "police-post.txt"
    p.write_text(REPORT, encoding="utf-8")
    doc = only(read_all(p))
    assert isinstance(doc, Document)
    assert doc.id == "police-post"
    assert doc.title == "Gunmen attack police post in Maiduguri"
    assert doc.text == REPORT
    assert doc.origin == str(p)
    assert doc.published is None


def test_title_skips_leading_blank_lines(tmp_path):
    p = tmp_path / "lead.txt"
    p.write_text("\n\n   \n  Convoy ambushed near Dori  \nBody of the report follows here.\n", encoding="utf-8")
    assert only(read_all(p)).title == "Convoy ambushed near Dori"


def test_plain_text_dateline_is_found(tmp_path):
    p = tmp_path / "wire.txt"
    p.write_text(REPORT, encoding="utf-8")
    doc = only(read_all(p))
    assert doc.dateline is not None
    assert doc.dateline.text.startswith("MAIDUGURI, Nigeria (Sitrep Wire) -")
    assert doc.text[doc.dateline.start:doc.dateline.end] == doc.dateline.text


def test_crlf_and_lone_cr_are_normalised(tmp_path):
    p = tmp_path / "crlf.txt"
    p.write_bytes(REPORT.replace("\n", "\r\n").encode("utf-8"))
    doc = only(read_all(p))
    assert "\r" not in doc.text
    assert doc.text == REPORT
    assert doc.title == "Gunmen attack police post in Maiduguri"

    q = tmp_path / "cr.txt"
    q.write_bytes(REPORT.replace("\n", "\r").encode("utf-8"))
    assert only(read_all(q)).text == REPORT


def test_utf8_bom_is_stripped(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + REPORT.encode("utf-8"))
    doc = only(read_all(p))
    assert not doc.text.startswith("\ufeff")
    assert doc.text == REPORT
    assert doc.title == "Gunmen attack police post in Maiduguri"


def test_non_ascii_utf8_is_kept(tmp_path):
    p = tmp_path / "accents.txt"
    text = "Clashes reported near Ségou\n\nFighting broke out near Ségou, officials said — no toll yet.\n"
    p.write_text(text, encoding="utf-8")
    assert only(read_all(p)).text == text


# --- JSON Lines -------------------------------------------------------------------------------

def _jsonl(path, records):
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_record_fields(tmp_path):
    p = _jsonl(tmp_path / "feed.jsonl", [
        {"id": "ng-001", "text": REPORT, "published": "2024-05-14",
         "url": "https://example.org/ng-001", "source": "Sitrep Wire", "title": "Police post attacked"},
        {"text": "Second report\n\nTroops repelled an attack on a base, the army said.\n",
         "published": "2024-05-15T08:30:00Z"},
    ])
    a, b = read_all(p)
    assert isinstance(a, Document) and isinstance(b, Document)
    assert a.id == "ng-001"
    assert a.text == REPORT
    assert a.published == dt.date(2024, 5, 14)
    assert isinstance(a.published, dt.date)
    assert a.url == "https://example.org/ng-001"
    assert a.source == "Sitrep Wire"
    assert a.title == "Police post attacked"  # the record's title wins over the first line
    assert a.origin == f"{p}:1"
    # no id: one is made from the file and the line; no title: the first line
    assert b.id == "feed-2"
    assert b.title == "Second report"
    assert b.published == dt.date(2024, 5, 15)
    assert b.url is None and b.source is None


def test_jsonl_bad_line_is_reported_with_file_and_line_and_later_lines_still_load(tmp_path):
    p = _jsonl(tmp_path / "feed.jsonl", [
        {"id": "first", "text": REPORT},
        '{"id": "broken", "text": "unterminated',
        {"id": "third", "text": "Third report\n\nA grenade was thrown at a market stall.\n"},
    ])
    items = read_all(p)
    assert [type(i) for i in items] == [Document, MalformedInputError, Document]
    err = items[1]
    assert err.source == f"{p}:2"
    assert f"{p}:2" in str(err)
    assert "JSON" in str(err)
    assert items[0].id == "first" and items[2].id == "third"


def test_jsonl_record_without_text(tmp_path):
    p = _jsonl(tmp_path / "feed.jsonl", [
        {"id": "no-text", "body": "the text is under the wrong key"},
        {"id": "text-not-string", "text": 42},
        ["not", "an", "object"],
        {"id": "ok", "text": REPORT},
    ])
    items = read_all(p)
    assert [type(i) for i in items] == [MalformedInputError] * 3 + [Document]
    assert [i.source for i in items[:3]] == [f"{p}:1", f"{p}:2", f"{p}:3"]
    assert all('"text"' in str(i) for i in items[:3])


@pytest.mark.parametrize("bad", ["14 May 2024", "2024-13-40", "yesterday", "2024/05/14", 1715644800])
def test_jsonl_bad_published(tmp_path, bad):
    p = _jsonl(tmp_path / "feed.jsonl", [{"id": "x", "text": REPORT, "published": bad},
                                          {"id": "y", "text": REPORT}])
    err, ok = read_all(p)
    assert isinstance(err, MalformedInputError)
    assert err.source == f"{p}:1"
    assert "published" in str(err)
    assert isinstance(ok, Document) and ok.id == "y"


def test_jsonl_blank_lines_are_skipped_and_line_numbers_kept(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text("\n" + json.dumps({"text": REPORT}) + "\n\n" + "{oops\n", encoding="utf-8")
    doc, err = read_all(p)
    assert doc.id == "feed-2" and doc.origin == f"{p}:2"
    assert isinstance(err, MalformedInputError) and err.source == f"{p}:4"


def test_jsonl_with_no_records_is_empty(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text("\n  \n", encoding="utf-8")
    err = only(read_all(p))
    assert isinstance(err, EmptyInputError)
    assert err.source == str(p)


def test_jsonl_record_with_empty_text(tmp_path):
    p = _jsonl(tmp_path / "feed.jsonl", [{"id": "blank", "text": "   \n"}, {"id": "ok", "text": REPORT}])
    err, ok = read_all(p)
    assert isinstance(err, EmptyInputError) and err.source == f"{p}:1"
    assert ok.id == "ok"


def test_jsonl_record_over_the_limit(tmp_path):
    p = _jsonl(tmp_path / "feed.jsonl", [{"id": "big", "text": "x " * 200}, {"id": "small", "text": "Short note."}])
    err, ok = read_all(p, settings=Settings(max_bytes=100))
    assert isinstance(err, TooLargeError) and err.source == f"{p}:1"
    assert ok.id == "small"


# --- HTML -------------------------------------------------------------------------------------

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Gunmen attack police post in Maiduguri | Lake Chad Courier</title>
<meta property="og:site_name" content="Lake Chad Courier">
<meta name="date" content="2024-05-14">
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/nigeria">Nigeria</a> <a href="/sport">Sport</a></nav></header>
<main>
<article>
<h1>Gunmen attack police post in Maiduguri</h1>
<p>Suspected insurgents attacked a police post on the edge of Maiduguri late on Monday, killing three
officers and wounding two others, a police spokesman said on Tuesday.</p>
<p>The attackers arrived on motorcycles shortly before midnight and set a patrol vehicle on fire before
they withdrew towards the bush, according to the spokesman.</p>
<p>Residents of the neighbourhood said the shooting went on for about an hour and that soldiers reached
the post after the gunmen had left.</p>
</article>
</main>
<footer><p>Contact the newsroom</p></footer>
<script>console.log("analytics-beacon");</script>
</body></html>
"""


def test_html_title_and_body(tmp_path):
    p = tmp_path / "courier.html"
    p.write_text(NEWS_PAGE, encoding="utf-8")
    doc = only(read_all(p))
    assert isinstance(doc, Document)
    assert doc.id == "courier"
    assert doc.title == "Gunmen attack police post in Maiduguri"
    assert doc.text.split("\n", 1)[0] == "Gunmen attack police post in Maiduguri"
    assert "killing three" in doc.text
    assert "set a patrol vehicle on fire" in doc.text
    assert "soldiers reached" in doc.text
    assert "analytics-beacon" not in doc.text  # scripts are not text
    assert "Sport" not in doc.text  # navigation is not text
    assert doc.source == "Lake Chad Courier"
    assert doc.published == dt.date(2024, 5, 14)
    assert doc.origin == str(p)


def test_html_from_html_accepts_str_and_bytes():
    a = from_html(NEWS_PAGE, id="a")
    b = from_html(NEWS_PAGE.encode("utf-8"), id="a")
    assert a.text == b.text and "Maiduguri" in a.text


def test_html_with_only_script_has_no_body(tmp_path):
    p = tmp_path / "app.html"
    p.write_text('<html><head><title>Loading</title><script>window.app = {};</script></head>'
                 '<body><div id="app"></div><script>boot();</script></body></html>', encoding="utf-8")
    err = only(read_all(p))
    assert isinstance(err, EmptyInputError)
    assert err.source == str(p)


NAV_ONLY_PAGE = """<html><head><title>Lake Chad Courier</title></head><body>
<header><nav><ul>
<li><a href="/">Home</a></li><li><a href="/nigeria">Nigeria</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/contact">Contact us</a></li>
</ul></nav></header>
<script>track();</script>
</body></html>
"""


def test_html_with_only_navigation_has_no_body(tmp_path):
    """A menu of links is not an article: it must not be read as one (and analysed, or
    rejected later for the wrong reason, "not English")."""
    p = tmp_path / "menu.html"
    p.write_text(NAV_ONLY_PAGE, encoding="utf-8")
    err = only(read_all(p))
    assert isinstance(err, EmptyInputError), err


# --- bad bytes --------------------------------------------------------------------------------

def test_binary_bytes(tmp_path):
    p = tmp_path / "photo.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    err = only(read_all(p))
    assert isinstance(err, BinaryInputError)
    assert err.source == str(p)


def test_binary_html(tmp_path):
    p = tmp_path / "page.html"
    p.write_bytes(b"<html>\x00\x00\x00</html>")
    assert isinstance(only(read_all(p)), BinaryInputError)


def test_latin1_bytes(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Attaque à Maiduguri\n\nLa police a été visée, déclare un porte-parole.\n".encode("latin-1"))
    err = only(read_all(p))
    assert isinstance(err, EncodingError)
    assert err.source == str(p)
    assert "UTF-8" in str(err)


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \r\n", b"\xef\xbb\xbf"])
def test_empty_or_whitespace(tmp_path, content):
    p = tmp_path / "empty.txt"
    p.write_bytes(content)
    err = only(read_all(p))
    assert isinstance(err, EmptyInputError)
    assert err.source == str(p)


def test_empty_html(tmp_path):
    p = tmp_path / "empty.html"
    p.write_bytes(b"  \n")
    assert isinstance(only(read_all(p)), EmptyInputError)


def test_from_text_refuses_empty():
    with pytest.raises(EmptyInputError):
        from_text("  \n ", id="x")


# --- paths and folders ------------------------------------------------------------------------

def test_folder_is_read_recursively_in_sorted_order_ignoring_other_suffixes(tmp_path):
    d = tmp_path / "reports"
    (d / "b" / "deep").mkdir(parents=True)
    (d / "a").mkdir()
    files = {
        "c.txt": "Report C\n\nBody C.\n",
        "a/z.txt": "Report AZ\n\nBody AZ.\n",
        "b/deep/m.md": "Report BM\n\nBody BM.\n",
        "b/k.htm": "<html><body><article><h1>Report BK</h1><p>Body BK is the text of a page, "
                   "long enough for the extractor to keep it as the main content.</p></article></body></html>",
        "a/feed.jsonl": json.dumps({"id": "from-feed", "text": "Report AF\n\nBody AF.\n"}) + "\n",
        "notes.csv": "a,b\n1,2\n",
        "a/out.json": '{"events": []}',
        "b/readme": "Report without suffix\n",
        "b/deep/scan.pdf": "%PDF-1.4",
    }
    for rel, text in files.items():
        (d / rel).write_text(text, encoding="utf-8")
    items = read_all(d)
    assert all(isinstance(i, Document) for i in items), items
    assert [i.id for i in items] == ["from-feed", "z", "m", "k", "c"]
    origins = [i.origin for i in items]
    assert origins == [f"{d / 'a/feed.jsonl'}:1", str(d / "a/z.txt"), str(d / "b/deep/m.md"),
                       str(d / "b/k.htm"), str(d / "c.txt")]


def test_folder_order_does_not_depend_on_creation_order(tmp_path):
    d = tmp_path / "f"
    d.mkdir()
    for name in ["zulu", "alpha", "mike", "bravo"]:
        (d / f"{name}.txt").write_text(f"{name}\n\nText of {name}.\n", encoding="utf-8")
    assert [i.id for i in read_all(d)] == ["alpha", "bravo", "mike", "zulu"]


def test_folder_without_articles(tmp_path):
    d = tmp_path / "nothing"
    d.mkdir()
    (d / "data.csv").write_text("x\n", encoding="utf-8")
    err = only(read_all(d))
    assert isinstance(err, EmptyInputError)
    assert err.source == str(d)


def test_missing_path(tmp_path):
    p = tmp_path / "no-such-report.txt"
    err = only(read_all(p))
    assert isinstance(err, MissingInputError)
    assert err.source == str(p)
    assert str(p) in str(err)


def test_errors_are_yielded_not_raised_and_order_is_kept(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    items = read_all(tmp_path / "missing.txt", good, empty, good)
    assert [type(i) for i in items] == [MissingInputError, Document, EmptyInputError, Document]
    assert all(isinstance(i, InputError) for i in (items[0], items[2]))


def test_too_large(tmp_path):
    p = tmp_path / "long.txt"
    p.write_text("Long report\n\n" + "word " * 40, encoding="utf-8")
    assert p.stat().st_size == 213
    err = only(read_all(p, settings=Settings(max_bytes=100)))
    assert isinstance(err, TooLargeError)
    assert err.source == str(p)
    assert "100" in str(err)
    # at the limit it is read
    assert isinstance(only(read_all(p, settings=Settings(max_bytes=213))), Document)


def test_too_large_html(tmp_path):
    p = tmp_path / "long.html"
    p.write_text("<html><body><article><p>" + "word " * 40 + "</p></article></body></html>", encoding="utf-8")
    assert isinstance(only(read_all(p, settings=Settings(max_bytes=100))), TooLargeError)


# --- datelines --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("KABUL, Afghanistan (AP) — Gunmen opened fire on a minibus carrying workers on Sunday.",
     "KABUL, Afghanistan (AP) — "),
    ("ISLAMABAD: Pakistan summoned a senior diplomat on Monday over the border shooting.",
     "ISLAMABAD: "),
    ("NEW DELHI, Sept. 4 (Reuters) - India said it had moved extra troops to the frontier.",
     "NEW DELHI, Sept. 4 (Reuters) - "),
    ("MAIDUGURI, Nigeria (Sitrep Wire) - Insurgents attacked a police post.",
     "MAIDUGURI, Nigeria (Sitrep Wire) - "),
    ("PORT-AU-PRINCE, Haiti, Jan. 12, 2024 (Sitrep Wire) - Gangs blocked the main road.",
     "PORT-AU-PRINCE, Haiti, Jan. 12, 2024 (Sitrep Wire) - "),
    # a country of several words joined by "of the"
    ("BUNIA, Democratic Republic of the Congo (Sitrep Wire) - Militiamen burned a camp.",
     "BUNIA, Democratic Republic of the Congo (Sitrep Wire) - "),
    ("BANGUI, Central African Republic (Sitrep Wire) - Rebels took a town.",
     "BANGUI, Central African Republic (Sitrep Wire) - "),
    # a comma between the date and the agency
    ("ALEPPO, June 3, (Sitrep Wire) - Troops shelled two districts overnight.",
     "ALEPPO, June 3, (Sitrep Wire) - "),
    # a dash typed as two hyphens
    ("GAROWE (Sitrep Wire) -- Fighters overran a police post before dawn.", "GAROWE (Sitrep Wire) -- "),
    ("HARGEISA -- Elders met rival clan leaders on Sunday.", "HARGEISA -- "),
    # a dash set close to the first word of the body
    ("ILOILO CITY, Philippines—Troops clashed with rebels in a village on Monday.", "ILOILO CITY, Philippines—"),
    # the date day first, and the agency between slashes or after a comma in capitals
    ("KISMAYO, 4 June (Sitrep Wire) - Troops shelled two districts overnight.", "KISMAYO, 4 June (Sitrep Wire) - "),
    ("KISMAYO, June 4. /SW/. Troops shelled two districts overnight.", "KISMAYO, June 4. /SW/. "),
    ("KISMAYO, June 4, 2024, SW -- Troops shelled two districts overnight.", "KISMAYO, June 4, 2024, SW -- "),
    # an old wire's dateline with its agency and dash taken off: the town and the date, then the lead
    ("KISMAYO June 4 Troops shelled two districts overnight.", "KISMAYO June 4 "),
    # two desks joined by a slash
    ("KISMAYO/GAROWE, June 4 (Sitrep Wire) - Troops shelled two districts.", "KISMAYO/GAROWE, June 4 (Sitrep Wire) - "),
])
def test_find_dateline(text, expected):
    span = find_dateline(text)
    assert span is not None
    assert span.text == expected
    assert text[span.start:span.end] == span.text
    assert span.start == 0


@pytest.mark.parametrize("text, expected", [
    ("Maputo — Insurgents attacked a village in the north, officials said.", "Maputo — "),
    ("Kabul, Afghanistan (AP) — Gunmen opened fire on a minibus.", "Kabul, Afghanistan (AP) — "),
    # a title-case place with its filing date, closed by a colon or a dash
    ("Lahore, March 3: Police said they had arrested four suspects.", "Lahore, March 3: "),
    ("Juba, 14 July 2023 - Fighting resumed near the airport.", "Juba, 14 July 2023 - "),
    ("Heavy rain in the north\n\nDhaka, Aug. 9: Floods cut the main highway.", "Dhaka, Aug. 9: "),
    # the agency's name alone on the rest of the dateline's line is part of it
    ("Arrests at a park\n\nKabul - Sitrep Wire\nPolice arrested forty people in a park.", "Kabul - Sitrep Wire"),
    ("Arrests at a park\n\nKabul - Police arrested forty people in a park.\n", "Kabul - "),
    ("Arrests at a park\n\nKabul -- Police arrested forty people in a park.\n", "Kabul -- "),
    # an agency's bracket closing the dateline with no dash after it (Indian wire style)
    ("Highway blocked\n\nPatiala, Nov 21 (PTI) Farmers blocked the main highway on Tuesday.\n",
     "Patiala, Nov 21 (PTI) "),
    # a double dash, a stop before the dash, a bracketed state and country (Indian wire style)
    ("Highway blocked\n\nPatiala, Nov. 21 (SW) -- Farmers blocked the main highway.\n", "Patiala, Nov. 21 (SW) -- "),
    ("Highway blocked\n\nPatiala, Nov 21 (SW).- Farmers blocked the main highway.\n", "Patiala, Nov 21 (SW).- "),
    ("Highway blocked\n\nPatiala (Punjab) [India], November 21 (SW): Farmers blocked the main highway.\n",
     "Patiala (Punjab) [India], November 21 (SW): "),
    # an agency in brackets makes a first line's hyphen a dateline's, not a headline's
    ("Patiala (SW) - Farmers blocked the main highway on Tuesday.\n", "Patiala (SW) - "),
])
def test_find_dateline_title_case(text, expected):
    span = find_dateline(text)
    assert span is not None and span.text == expected


@pytest.mark.parametrize("text, expected", [
    # a title-case place and a colon opening the body's first sentence (South Asian papers' style)
    ("Floods cut off villages\n\nKhulna: Rising water cut off six villages on Tuesday, officials said.\n",
     "Khulna: "),
    ("Sylhet : Police said they had arrested four men after a clash at a market on Monday.\n", "Sylhet : "),
])
def test_find_dateline_title_case_colon(text, expected):
    span = find_dateline(text)
    assert span is not None and span.text == expected


@pytest.mark.parametrize("text", [
    "Floods cut off villages\n\nUpdated: Mar 02, 2024, 10:15 PM IST\n\nRising water cut off six villages.\n",
    "Floods cut off villages\n\nSource: Sitrep Wire\n",
    "Floods cut off villages\n\nWatch: Rising water cut off six villages in the delta on Tuesday.\n",
    "Bangladesh: Floods cut off six villages\n\nRising water cut off six villages on Tuesday.\n",  # a headline's label
    "Patiala, the district's seat, was quiet on Tuesday after farmers blocked the highway.\n",
    "Patiala, Punjab, was quiet on Tuesday after farmers blocked the highway.\n",
    "Nov 21 (SW) - Farmers blocked the main highway on Tuesday.\n",
    "Tuesday, Nov 21: Farmers blocked the main highway.\n",
])
def test_a_colon_label_is_no_dateline(text):
    assert find_dateline(text) is None


def test_a_typed_double_dash_dateline_below_page_chrome_is_the_dateline():
    """Page chrome above the lead ("Saved - Link copied") is no dateline; the wire's "ADEN -- " is."""
    text = "Clashes at the port\n\nSaved - Link copied\nSitrep Wire\n\nADEN -- Rival units fought near the port.\n"
    span = find_dateline(text)
    assert span is not None and span.text == "ADEN -- "


def test_a_hyphen_dateline_opens_a_body_paragraph():
    """"Gitega - Police arrested …": a title-case place and a spaced hyphen open a wire report."""
    text = "Four held before the vote\n\nGitega - Police overnight arrested four party officials.\n"
    span = find_dateline(text)
    assert span is not None and span.text == "Gitega - "


@pytest.mark.parametrize("text", [
    "Mali - live updates\n\nGunmen attacked a convoy near Gao on Monday.\n",  # a headline, not a dateline
    "Title\n\nResidents - many of them herders - fled the town on Monday.\n",  # an aside set off by hyphens
])
def test_a_hyphen_is_no_dateline_in_a_headline_or_an_aside(text):
    assert find_dateline(text) is None


def test_a_name_run_on_from_the_dateline_is_cut_at_it(pipeline):
    """The tagger may run the dateline's town into the lead ("Gitega - Burundi police …" as one
    name): the actors stage then reads the lead's own words (language.cut_at_dateline)."""
    text = "Four held before the vote\n\nGitega - Burundi police overnight arrested four officials of an opposition party.\n"
    a = pipeline.extract(text, "2010-06-27")
    names = [x.name for x in a.actors]
    assert not any("Gitega" in n for n in names), names
    assert any(e.plover == "COERCE" and e.actor1 is not None and e.actor1.name == "Police Forces of Burundi"
               for e in a.events), [(e.plover, e.actor1 and e.actor1.name) for e in a.events]


def test_find_dateline_after_headline():
    text = "Troops move to the frontier\n\nNEW DELHI, Sept. 4 (Reuters) - India said it had moved troops.\n"
    span = find_dateline(text)
    assert span is not None
    assert span.start == text.index("NEW DELHI")
    assert span.text == "NEW DELHI, Sept. 4 (Reuters) - "


@pytest.mark.parametrize("text", [
    "The army said: troops killed five militants in the hills.",
    "Officials - including the provincial governor - met elders on Monday.",
    "In Kabul, Afghanistan - a bomb exploded near a school.",
    "Police said the attackers fled - some on foot, others by car.",
    "He told reporters: we will not negotiate.",
    "Note: casualty figures could not be independently verified.",
    "UN: aid convoys resume",  # too short to be a place
    # a paragraph that opens with a capitalised word and a dash is a sentence, not a dateline
    "Residents — many of them farmers — fled the village overnight.",
    "Gunmen raid market\n\nWitnesses – two of them shopkeepers – said the attackers wore uniforms.",
    "The Army — which denied any role — said it was investigating.",
    "Gunmen storm police post in Maiduguri\n\nResidents said the shooting lasted an hour.",
    "On March 3: the day the talks failed.",
    "Updated, March 4: the figures were revised.",
    "",
])
def test_not_a_dateline(text):
    assert find_dateline(text) is None


def test_find_dateline_ignores_datelines_past_the_opening():
    text = "Headline\n\n" + ("Filler sentence about nothing in particular. " * 80) + "\nLAGOS - late line.\n"
    assert len(text) > 3000
    assert find_dateline(text) is None


def test_kicker_label_is_not_taken_for_the_dateline():
    """A "BREAKING:" / "UPDATE -" label on the headline is not a place; taking it as the dateline hides
    the real one below it (whose place and date would then be counted as the event's)."""
    text = ("BREAKING: Gunmen storm police post in Maiduguri\n\n"
            "MAIDUGURI, Nigeria (Sitrep Wire) - Insurgents attacked a police post on Monday night.\n")
    span = find_dateline(text)
    assert span is not None
    assert span.text.startswith("MAIDUGURI")


# --- ranges and counts (sitrep batch, the progress line) ------------------------------------------

def test_a_byte_range_of_json_lines_reads_as_the_whole_file_does(tmp_path):
    from sitrep.reading import read_jsonl_range

    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": f"r{i}", "text": f"Troops patrolled the town on day {i}."}) for i in range(4)]
    lines.insert(2, "{broken")
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    whole = [(type(x).__name__, getattr(x, "id", None), getattr(x, "origin", None) or str(x))
             for x in read([feed], Settings())]
    raw = feed.read_bytes()
    cut = raw.index(b"{broken")  # lines 1-2, then lines 3-5
    parts = list(read_jsonl_range(feed, 0, cut, 1, Settings(), name=str(feed))) + \
        list(read_jsonl_range(feed, cut, len(raw), 3, Settings(), name=str(feed)))
    assert [(type(x).__name__, getattr(x, "id", None), getattr(x, "origin", None) or str(x)) for x in parts] == whole
    assert [x.id for x in parts if isinstance(x, Document)] == ["r0", "r1", "r2", "r3"]
    assert str(parts[2]).startswith(f"{feed}:3: [E106]")


def test_count_articles_counts_records_and_files(tmp_path):
    from sitrep.reading import count_articles

    (tmp_path / "a.txt").write_text("One report.", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>Another.</p>", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n{"text": "z"}\n', encoding="utf-8")
    (tmp_path / "skip.csv").write_text("not an input", encoding="utf-8")
    assert count_articles([tmp_path]) == 5
    assert count_articles([tmp_path / "c.jsonl", tmp_path / "a.txt"]) == 4
    assert count_articles([tmp_path / "a.txt", "-"]) is None
