"""A small database for the web UI tests, built through the Store API from reports written for
these tests (invented events, our own words) and hand-coded records, so that every value the pages
show is known exactly and does not move when the extractor improves.

* Three outlets report one ambush near Turbat (Kech, Pakistan) on 2024-05-05: four, six and a
  claimed eleven dead; the third is a claim by the Balochistan Liberation Army. They merge into
  one incident: best 4, low 4, high 6 (the claim is not credible).
* A sit-in in Quetta (2024-05-22), a clash near Maiduguri (Borno, Nigeria, 2024-06-12, nine dead),
  and an undated-place statement (no coordinates).
* A hostile report: markup, a javascript: link and an HTML comment in the text, and markup in
  the title, outlet, URL, actor, place and summary.
"""
from __future__ import annotations

import datetime as dt
import sqlite3

from sitrep.records import (Actor, Article, Claim, Count, Document, Event, Interval, Place, PublicationDate,
                            Relation, Span, TimeExpr)
from sitrep.store import Store

AMBUSH_A = """Four policemen killed in ambush near Turbat

TURBAT, May 5 (Valley Herald) - Gunmen ambushed a police patrol outside Turbat on Sunday, killing four policemen, district officials said.
The patrol was returning from the Kech river crossing when it came under fire."""

AMBUSH_B = """Six police die as patrol attacked in Kech

Six police officers died when armed men opened fire on a patrol near Turbat in Kech district on Sunday, a hospital doctor told the Makran Post.
Two more were wounded."""

AMBUSH_C = """Separatists say they killed eleven in Turbat attack

The Balochistan Liberation Army said on Monday that its fighters attacked a police patrol near Turbat on Sunday and killed eleven men.
Officials have not confirmed the figure."""

SITIN = """Traders stage sit-in in Quetta over power cuts

Hundreds of traders held a sit-in outside the provincial assembly in Quetta on Wednesday to protest against long power cuts.
The protest ended peacefully in the evening."""

BORNO = """Troops and insurgents clash near Maiduguri

Nigerian troops clashed with insurgents near Maiduguri in Borno state on Wednesday, and nine people were killed, the army said.
Residents said the fighting lasted several hours."""

STATEMENT = """Minister warns of tougher response

The interior minister warned on Thursday that the government would respond firmly to further attacks on police.
He did not say where."""

HOSTILE = """<script>alert('title')</script> Raid on <b>Sabzal</b> market

Gunmen raided the market in Sabzal on Friday <script>alert(1)</script> and killed two guards, police said.
Read <a href="javascript:alert(2)">the full statement</a> here. <!-- a hidden comment --> The market reopened later."""

HOSTILE_ACTOR = "<img src=x onerror=alert(3)>"


def span(text: str, part: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Span(start, start + len(part), part)


def sentence(text: str, part: str) -> Span:
    """The line of ``text`` holding ``part`` (the tests' reports have one sentence a line)."""
    s = span(text, part)
    start = text.rfind("\n", 0, s.start) + 1
    end = text.find("\n", s.end)
    end = len(text) if end < 0 else end
    return Span(start, end, text[start:end])


def place(text, word, name, admin1, admin2, lat, lon, country="PK", precision="point", nth=0) -> Place:
    return Place(name=name, span=span(text, word, nth), country=country, admin1=admin1, admin2=admin2,
                 precision=precision, lat=lat, lon=lon)


def actor(text, word, name, typ, kind="organisation", country="PK") -> Actor:
    return Actor(name=name, span=span(text, word), type=typ, country=country, kind=kind)


def event(text, *, key="E1", trigger, category="conflict", acled_type, subtype, plover, day, days=1,
          when=None, where=None, a1=None, a2=None, dead=None, dead_word=None, status="reported",
          source=None, claim_word=None, summary) -> Event:
    start = dt.date.fromisoformat(day)
    iv = Interval(start, start + dt.timedelta(days=days - 1), "day" if days == 1 else "week")
    trig = span(text, trigger)
    return Event(
        id=key, trigger=trig, sentence=0, category=category, acled_type=acled_type, acled_subtype=subtype,
        plover=plover, interval=iv,
        time=TimeExpr(span(text, when), iv, "deictic", 0) if when else None,
        place=where, actor1=a1, actor2=a2,
        fatalities=Count(dead, span(text, dead_word)) if dead is not None else None,
        claim=Claim(status=status, source=source, anonymity="named" if source else "outlet",
                    span=span(text, claim_word) if claim_word else None),
        summary=summary, evidence=[sentence(text, trigger)])


def article(doc_id, text, published, events, actors, places, *, source=None, url=None, title=None,
            relations=()) -> Article:
    doc = Document(id=doc_id, text=text, title=title or text.split("\n", 1)[0], url=url, source=source,
                   published=dt.date.fromisoformat(published), origin=f"{doc_id}.txt")
    return Article(document=doc, published=PublicationDate(dt.date.fromisoformat(published)),
                   places=places, actors=actors, events=events, relations=list(relations))


def articles() -> list[Article]:
    out = []
    # --- the ambush, three reports ---
    t = AMBUSH_A
    turbat = place(t, "Turbat", "Turbat", "Balochistan", "Kech", 26.0031, 63.0544, nth=1)
    gunmen = actor(t, "Gunmen", "Unidentified Armed Group (Pakistan)", None, kind="description")
    police = actor(t, "policemen", "Police Forces of Pakistan", "state", kind="description")
    ev = event(t, trigger="ambushed", acled_type="Battles", subtype="Armed clash", plover="ASSAULT", day="2024-05-05", when="on Sunday", where=turbat, a1=gunmen, a2=police,
               dead=4, dead_word="four policemen", claim_word="district officials said",
               source="district officials", summary="Gunmen ambushed a police patrol near Turbat, killing 4")
    out.append(article("valley-herald-ambush", t, "2024-05-06", [ev],
                       [gunmen, police, actor(t, "patrol", "Police Forces of Pakistan", "state", "description")],
                       [turbat, place(t, "Kech", "Kech", "Balochistan", "Kech", 26.2, 62.9, precision="admin2")],
                       source="Valley Herald", url="https://example.org/valley/ambush",
                       relations=[Relation(gunmen.name, police.name, "fights", ev.evidence[0])]))
    t = AMBUSH_B
    turbat = place(t, "Turbat", "Turbat", "Balochistan", "Kech", 26.0031, 63.0544)
    men = actor(t, "armed men", "Unidentified Armed Group (Pakistan)", None, kind="description")
    police = actor(t, "police officers", "Police Forces of Pakistan", "state", kind="description")
    ev = event(t, trigger="opened fire", acled_type="Battles", subtype="Armed clash", plover="ASSAULT",
               day="2024-05-05", when="on Sunday", where=turbat, a1=men, a2=police, dead=6,
               dead_word="Six police officers", claim_word="a hospital doctor told", source="a hospital doctor",
               summary="Armed men opened fire on a police patrol near Turbat, killing 6")
    out.append(article("makran-post-ambush", t, "2024-05-06", [ev], [men, police], [turbat],
                       source="Makran Post",
                       relations=[Relation(men.name, police.name, "fights", ev.evidence[0])]))
    t = AMBUSH_C
    turbat = place(t, "Turbat", "Turbat", "Balochistan", "Kech", 26.0031, 63.0544, nth=1)
    bla = actor(t, "Balochistan Liberation Army", "Balochistan Liberation Army", "rebel")
    police = actor(t, "police patrol", "Police Forces of Pakistan", "state", kind="description")
    ev = event(t, trigger="attacked", acled_type="Battles", subtype="Armed clash", plover="ASSAULT",
               day="2024-05-05", when="on Sunday", where=turbat, a1=bla, a2=police, dead=11,
               dead_word="killed eleven men", status="claimed", source="Balochistan Liberation Army",
               claim_word="said on Monday",
               summary="The Balochistan Liberation Army attacked a police patrol near Turbat, killing 11")
    out.append(article("gazette-claim", t, "2024-05-07", [ev], [bla, police], [turbat], source="Frontier Gazette",
                       relations=[Relation(bla.name, police.name, "fights", ev.evidence[0], "claimed",
                                           "Balochistan Liberation Army")]))
    # --- a sit-in in Quetta ---
    t = SITIN
    quetta = place(t, "Quetta", "Quetta", "Balochistan", "Quetta", 30.1841, 67.0014)
    traders = actor(t, "traders", "Protesters (Pakistan)", "protesters", kind="description")
    ev = event(t, trigger="sit-in", category="conflict", acled_type="Protests", subtype="Peaceful protest",
               plover="PROTEST", day="2024-05-22", when="on Wednesday", where=quetta, a1=traders,
               summary="Traders held a sit-in in Quetta")
    out.append(article("quetta-sitin", t, "2024-05-23", [ev], [traders], [quetta], source="Quetta Daily"))
    # --- a clash in Borno ---
    t = BORNO
    maid = place(t, "Maiduguri", "Maiduguri", "Borno", "Maiduguri", 11.8464, 13.1603, country="NG")
    troops = actor(t, "Nigerian troops", "Military Forces of Nigeria", "state", kind="description", country="NG")
    insurgents = actor(t, "insurgents", "Unidentified Armed Group (Nigeria)", None, kind="description",
                       country="NG")
    ev = event(t, trigger="clashed", acled_type="Battles", subtype="Armed clash", plover="ASSAULT",
               day="2024-06-12", when="on Wednesday", where=maid, a1=troops, a2=insurgents, dead=9,
               dead_word="nine people were killed", claim_word="the army said", source="the army",
               summary="Nigerian troops clashed with insurgents near Maiduguri, killing 9")
    out.append(article("borno-clash", t, "2024-06-13", [ev], [troops, insurgents], [maid], source="Lake Chad Wire",
                       relations=[Relation(troops.name, insurgents.name, "fights", ev.evidence[0])]))
    # --- a statement with no place ---
    t = STATEMENT
    minister = actor(t, "interior minister", "Government of Pakistan", "state", kind="description")
    ev = event(t, trigger="warned", category="political", acled_type="Strategic developments", subtype="Other",
               plover="THREATEN", day="2024-05-30", when="on Thursday", a1=minister,
               summary="The interior minister warned of a firm response")
    out.append(article("minister-warning", t, "2024-05-31", [ev], [minister], [], source="Capital Desk"))
    # --- a hostile report: markup everywhere ---
    t = HOSTILE
    sabzal = place(t, "Sabzal", "<b>Sabzal</b>", "Balochistan", "Kech", 26.05, 63.2, nth=1)
    sabzal.name = "Sabzal<b>town</b>"
    raiders = actor(t, "Gunmen", HOSTILE_ACTOR, "rebel")
    ev = event(t, trigger="raided", acled_type="Violence against civilians", subtype="Attack", plover="ASSAULT",
               day="2024-05-17", when="on Friday", where=sabzal, a1=raiders, dead=2, dead_word="killed two guards",
               claim_word="police said", source="police",
               summary='Gunmen raided a market "><svg onload=alert(5)> in Sabzal')
    out.append(article("hostile-<report>", t, "2024-05-18", [ev], [raiders], [sabzal],
                       source="<i>Outlet</i>", url="javascript:alert(4)",
                       relations=[Relation(HOSTILE_ACTOR, "Civilians (Pakistan)", "fights", ev.evidence[0])]))
    return out


def build(path) -> dict:
    """Store the articles at ``path``; returns {doc_id: article id}."""
    ids = {}
    with Store(path) as store:
        for art in articles():
            added = store.add(art)
            ids[art.document.id] = added.article_id
    return ids


# --- a large database, for the pages at scale ----------------------------------------------------

TOWNS = [("Turbat", "PK", 26.0031, 63.0544), ("Quetta", "PK", 30.1841, 67.0014), ("Maiduguri", "NG", 11.8464, 13.1603),
         ("Mogadishu", "SO", 2.0371, 45.3438), ("Kidal", "ML", 18.4411, 1.4078), ("Mosul", "IQ", 36.335, 43.1189),
         ("Goma", "CD", -1.6792, 29.2228), ("Kandahar", "AF", 31.6133, 65.7101), ("Khartoum", "SD", 15.5518, 32.5324),
         ("Pemba", "MZ", -12.974, 40.5178), ("Gao", "ML", 16.2717, -0.0447), ("Idlib", "SY", 35.9306, 36.6339)]
LARGE_TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
               "Strategic developments", None]


def build_large(path, incidents: int = 15_000, actors: int = 240, ties: int = 700, seed: int = 5) -> dict:
    """A database of ``incidents`` incidents at a dozen towns over three years (rows written straight
    into the schema: the pages read only these tables), and ``ties`` reported ties between
    ``actors`` actors, some of them count phrases and a place, which the graph must leave out.
    Returns how many incidents each town and each type has."""
    import random

    from sitrep.store import SCHEMA

    rnd = random.Random(seed)
    db = sqlite3.connect(path)
    db.executescript(SCHEMA)
    db.execute("INSERT INTO articles (id, doc_id, title, text, text_hash) VALUES (1, 'large', 'Large', 'x', 'large')")
    start = dt.date(2021, 1, 4)
    by_town, by_type, rows = {}, {}, []
    # each town its own number of incidents (so that a test can find a town's cluster by its count)
    share = [incidents // (len(TOWNS) + 2) + 37 * k for k in range(len(TOWNS))]
    share[0] += incidents - sum(share)
    where = [t for t, n in zip(TOWNS, share) for _ in range(n)]
    for i in range(incidents):
        town, cc, lat, lon = where[i]
        typ = LARGE_TYPES[rnd.randrange(len(LARGE_TYPES))]
        day = (start + dt.timedelta(days=rnd.randrange(3 * 365))).isoformat()
        rows.append((f"{typ or 'Talks'} in {town}", typ, "ASSAULT" if typ else "CONSULT", day, day, town, cc,
                     lat + rnd.uniform(-0.05, 0.05), lon + rnd.uniform(-0.05, 0.05), "point",
                     f"Group {i % actors}", rnd.randrange(0, 12) if typ else None))
        by_town[town] = by_town.get(town, 0) + 1
        by_type[typ or "none"] = by_type.get(typ or "none", 0) + 1
    db.executemany("INSERT INTO incidents (summary, acled_type, plover, date_start, date_end, location, country,"
                   " latitude, longitude, geo_precision, actor1, fatalities_best, articles, status)"
                   " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,1,'reported')", rows)
    kinds = ["fights", "accuses", "meets", "supports", "coerces", "protests against", "funds", "trains"]
    names = [f"Group {i}" for i in range(actors)] + ["four suspects", "15 others", "Quetta"]
    db.execute("INSERT INTO places (article_id, name, country) VALUES (1, 'Quetta', 'PK')")
    db.executemany("INSERT INTO relations (article_id, source_actor, target_actor, type, status, text)"
                   " VALUES (1, ?, ?, ?, 'reported', 'a sentence')",
                   [(names[rnd.randrange(len(names))], names[rnd.randrange(len(names))], kinds[rnd.randrange(len(kinds))])
                    for _ in range(ties)])
    db.commit()
    db.close()
    return {"towns": by_town, "types": by_type}
