"""Articles as rows of five tables, written as Parquet partitions, and read back.

``sitrep batch`` writes, for each partition ``N`` of a corpus, one file per table::

    DIR/articles/part-0000N.parquet    one row per article read (text, publication date, id, origin)
    DIR/events/part-0000N.parquet      one row per event (the columns of the database's events table)
    DIR/evidence/part-0000N.parquet    the spans behind each event's fields
    DIR/mentions/part-0000N.parquet    every actor, place and time expression the article mentions
    DIR/relations/part-0000N.parquet   ties between actors, with their evidence

Every row carries ``seq``, the article's position in the input (across all input
files), so the tables join on it and ``sitrep load`` restores input order.
:func:`articles_from_rows` rebuilds, from these rows, Articles that store exactly
as the originals do (``Store.add``), which is how a batch reaches the database.
"""
from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from .errors import MalformedInputError, MissingInputError
from .records import (Actor, Article, Claim, Count, Document, Event, Interval, Place, PublicationDate,
                      Relation, Span, TimeExpr)
from .store import text_hash

TABLES = ("articles", "events", "evidence", "mentions", "relations")
LAYOUT_VERSION = 1
MANIFEST = "_manifest.json"  # written last by `sitrep batch`: the partitions it holds, and the counts


def _schemas():
    import pyarrow as pa

    s, i32, i64, f64, b, d = pa.string(), pa.int32(), pa.int64(), pa.float64(), pa.bool_(), pa.date32()
    return {
        "articles": pa.schema([
            ("seq", i64), ("doc_id", s), ("title", s), ("url", s), ("source", s), ("origin", s),
            ("published", d), ("published_inferred", b), ("published_confidence", f64),
            ("published_reason", s), ("text", s), ("text_hash", s), ("events", i32)]),
        "events": pa.schema([
            ("seq", i64), ("event", s), ("sentence", i32), ("summary", s), ("category", s),
            ("acled_type", s), ("acled_subtype", s), ("plover", s), ("plover_mode", s),
            ("date_start", d), ("date_end", d), ("date_precision", s), ("date_kind", s),
            ("location", s), ("country", s), ("admin1", s), ("admin2", s), ("latitude", f64),
            ("longitude", f64), ("geo_precision", s), ("geonames_id", i64), ("place_feature", s),
            ("actor1", s), ("actor1_type", s), ("actor1_country", s), ("actor1_kind", s),
            ("actor2", s), ("actor2_type", s), ("actor2_country", s), ("actor2_kind", s),
            ("fatalities", i32), ("injured", i32), ("arrested", i32), ("status", s), ("source", s),
            ("source_anonymity", s), ("historical", b)]),
        "evidence": pa.schema([
            ("seq", i64), ("event", s), ("field", s), ("start", i32), ("end", i32), ("text", s)]),
        "mentions": pa.schema([
            ("seq", i64), ("kind", s), ("sentence", i32), ("start", i32), ("end", i32), ("text", s),
            ("name", s), ("actor_type", s), ("actor_kind", s), ("role", s), ("affiliation", s),
            ("country", s), ("admin1", s), ("admin2", s), ("precision", s), ("latitude", f64),
            ("longitude", f64), ("geonames_id", i64), ("feature", s), ("date_start", d), ("date_end", d),
            ("time_kind", s), ("dateline", b), ("mention", s)]),
        "relations": pa.schema([
            ("seq", i64), ("source_actor", s), ("target_actor", s), ("type", s), ("status", s),
            ("credited_to", s), ("start", i32), ("end", i32), ("text", s)]),
    }


# -- Article -> rows ------------------------------------------------------------------------------

def article_rows(seq: int, article: Article) -> dict[str, list[dict]]:
    """The rows of each table for one article (events marked negated are left out, as in every output)."""
    doc, pub = article.document, article.published
    events = [e for e in article.events if not e.negated]
    out: dict[str, list[dict]] = {t: [] for t in TABLES}
    out["articles"].append({
        "seq": seq, "doc_id": doc.id, "title": doc.title, "url": doc.url, "source": doc.source,
        "origin": doc.origin, "published": pub.date, "published_inferred": pub.inferred,
        "published_confidence": pub.confidence, "published_reason": pub.reason, "text": doc.text,
        "text_hash": text_hash(doc.text), "events": len(events)})
    for ev in events:
        p, a1, a2 = ev.place, ev.actor1, ev.actor2
        out["events"].append({
            "seq": seq, "event": ev.id, "sentence": ev.sentence, "summary": ev.summary,
            "category": ev.category, "acled_type": ev.acled_type, "acled_subtype": ev.acled_subtype,
            "plover": ev.plover, "plover_mode": ev.mode, "date_start": ev.interval.start,
            "date_end": ev.interval.end, "date_precision": ev.interval.precision,
            "date_kind": ev.time.kind if ev.time else None,
            "location": p and p.name, "country": p and p.country, "admin1": p and p.admin1,
            "admin2": p and p.admin2, "latitude": p and p.lat, "longitude": p and p.lon,
            "geo_precision": p and p.precision, "geonames_id": p and p.geonames_id,
            "place_feature": p and p.feature,
            "actor1": a1 and a1.name, "actor1_type": a1 and a1.type, "actor1_country": a1 and a1.country,
            "actor1_kind": a1 and a1.kind,
            "actor2": a2 and a2.name, "actor2_type": a2 and a2.type, "actor2_country": a2 and a2.country,
            "actor2_kind": a2 and a2.kind,
            "fatalities": ev.fatalities and ev.fatalities.value, "injured": ev.injured and ev.injured.value,
            "arrested": ev.arrested and ev.arrested.value, "status": ev.claim.status,
            "source": ev.claim.source, "source_anonymity": ev.claim.anonymity, "historical": ev.historical})
        spans = [("mention", s) for s in ev.evidence] + [("trigger", ev.trigger)]
        for name, obj in (("date", ev.time), ("location", p), ("actor1", a1), ("actor2", a2),
                          ("fatalities", ev.fatalities), ("status", ev.claim),
                          ("injured", ev.injured), ("arrested", ev.arrested)):
            if obj is not None and obj.span is not None:
                spans.append((name, obj.span))
        out["evidence"] += [{"seq": seq, "event": ev.id, "field": f, "start": sp.start, "end": sp.end,
                             "text": sp.text} for f, sp in spans]
    for a in article.actors:
        out["mentions"].append(_mention(seq, "actor", a.span, a.sentence, name=a.name, actor_type=a.type,
                                        actor_kind=a.kind, role=a.role, affiliation=a.affiliation,
                                        country=a.country))
    for p in article.places:
        out["mentions"].append(_mention(seq, "place", p.span, p.sentence, name=p.name, country=p.country,
                                        admin1=p.admin1, admin2=p.admin2, precision=p.precision,
                                        latitude=p.lat, longitude=p.lon, geonames_id=p.geonames_id,
                                        feature=p.feature, dateline=p.dateline, mention=p.mention))
    for t in article.times:
        out["mentions"].append(_mention(seq, "time", t.span, t.sentence, precision=t.interval.precision,
                                        date_start=t.interval.start, date_end=t.interval.end,
                                        time_kind=t.kind, dateline=t.dateline))
    out["relations"] += [{"seq": seq, "source_actor": r.source, "target_actor": r.target, "type": r.type,
                          "status": r.status, "credited_to": r.credited_to, "start": r.evidence.start,
                          "end": r.evidence.end, "text": r.evidence.text} for r in article.relations]
    return out


def _mention(seq: int, kind: str, span: Span, sentence: int, **values) -> dict:
    return {"seq": seq, "kind": kind, "sentence": sentence, "start": span.start, "end": span.end,
            "text": span.text, **values}


def write_partition(out: Path, index: int, rows: dict[str, list[dict]]) -> None:
    """Write one partition's tables; each file appears whole or not at all."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    for table, schema in _schemas().items():
        folder = Path(out) / table
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / partition_name(index)
        tmp = folder / f".{path.name}.tmp"
        pq.write_table(pa.Table.from_pylist(rows.get(table, []), schema=schema), tmp)
        os.replace(tmp, path)


def partition_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


# -- rows -> Article ------------------------------------------------------------------------------

def read_partition(folder: Path, index: int) -> dict[str, list[dict]]:
    import pyarrow.parquet as pq

    schemas = _schemas()
    out = {}
    for t in TABLES:
        table = pq.read_table(Path(folder) / t / partition_name(index))
        missing = set(schemas[t].names) - set(table.column_names)
        if missing:
            raise ValueError(f"{t} lacks the column(s) {', '.join(sorted(missing))}")
        out[t] = table.to_pylist()
    return out


def articles_from_rows(rows: dict[str, list[dict]]) -> Iterator[Article]:
    """The Articles of one partition, in input order, as ``Store.add`` needs them."""
    by_seq: dict[str, dict[int, list[dict]]] = {t: defaultdict(list) for t in TABLES}
    for table in TABLES:
        for r in rows.get(table, []):
            by_seq[table][r["seq"]].append(r)
    for row in sorted(rows.get("articles", []), key=lambda r: r["seq"]):
        seq = row["seq"]
        spans: dict[str, dict[str, list[Span]]] = defaultdict(lambda: defaultdict(list))
        for e in by_seq["evidence"][seq]:
            spans[e["event"]][e["field"]].append(Span(e["start"], e["end"], e["text"]))
        events = [_event(e, spans[e["event"]]) for e in by_seq["events"][seq]]
        mentions = by_seq["mentions"][seq]
        pub = PublicationDate(row["published"], inferred=row["published_inferred"],
                              confidence=row["published_confidence"], reason=row["published_reason"])
        document = Document(id=row["doc_id"], text=row["text"], title=row["title"], url=row["url"],
                            source=row["source"], origin=row["origin"],
                            published=None if pub.inferred else pub.date)
        yield Article(
            document=document, published=pub, events=events,
            actors=[Actor(m["name"], _span(m), type=m["actor_type"], country=m["country"],
                          kind=m["actor_kind"], role=m["role"], affiliation=m["affiliation"],
                          sentence=m["sentence"]) for m in mentions if m["kind"] == "actor"],
            places=[Place(m["name"], _span(m), country=m["country"], admin1=m["admin1"], admin2=m["admin2"],
                          precision=m["precision"], lat=m["latitude"], lon=m["longitude"],
                          geonames_id=m["geonames_id"], feature=m["feature"], sentence=m["sentence"],
                          dateline=bool(m["dateline"]), mention=m.get("mention") or "name")
                    for m in mentions if m["kind"] == "place"],
            times=[TimeExpr(_span(m), Interval(m["date_start"], m["date_end"], m["precision"]), m["time_kind"],
                            m["sentence"], dateline=bool(m["dateline"])) for m in mentions if m["kind"] == "time"],
            relations=[Relation(r["source_actor"], r["target_actor"], r["type"], _span(r), r["status"],
                                r["credited_to"]) for r in by_seq["relations"][seq]])


def _span(r: dict) -> Span:
    return Span(r["start"], r["end"], r["text"])


def _event(e: dict, spans: dict[str, list[Span]]) -> Event:
    def one(field: str) -> Span | None:
        found = spans.get(field)
        return found[0] if found else None

    interval = Interval(e["date_start"], e["date_end"], e["date_precision"])
    ev = Event(id=e["event"], trigger=one("trigger"), sentence=e["sentence"], category=e["category"],
               acled_type=e["acled_type"], acled_subtype=e["acled_subtype"], plover=e["plover"],
               mode=e["plover_mode"], interval=interval, historical=e["historical"], summary=e["summary"],
               evidence=list(spans.get("mention", [])))
    if (span := one("date")) is not None:
        ev.time = TimeExpr(span, interval, e["date_kind"], e["sentence"])
    if e["location"] is not None:
        ev.place = Place(e["location"], one("location"), country=e["country"], admin1=e["admin1"],
                         admin2=e["admin2"], precision=e["geo_precision"], lat=e["latitude"],
                         lon=e["longitude"], geonames_id=e["geonames_id"], feature=e["place_feature"])
    for n in ("1", "2"):
        if e[f"actor{n}"] is not None:
            setattr(ev, f"actor{n}", Actor(e[f"actor{n}"], one(f"actor{n}"), type=e[f"actor{n}_type"],
                                           country=e[f"actor{n}_country"], kind=e[f"actor{n}_kind"]))
    for name in ("fatalities", "injured", "arrested"):
        if e[name] is not None:
            setattr(ev, name, Count(e[name], one(name)))
    ev.claim = Claim(status=e["status"], source=e["source"], anonymity=e["source_anonymity"], span=one("status"))
    return ev


# -- into the database ----------------------------------------------------------------------------

def load(folder: str | Path, store, on_error=None, progress=None) -> tuple[int, int, int, int]:
    """Store every article of a finished batch folder, in input order.

    Returns (added, already stored, events, partitions that could not be read). Each article goes
    through ``Store.add`` (one transaction each), exactly as ``sitrep ingest`` stores it, so loading
    twice adds nothing. A damaged partition is passed to ``on_error`` and the others still load.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise MissingInputError("no such folder", source=str(folder))
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        count = len(manifest["parts"])
    except FileNotFoundError:
        raise MalformedInputError(f"not a finished sitrep batch (no {MANIFEST})", source=str(folder)) from None
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise MalformedInputError(f"unreadable {MANIFEST} ({e})", source=str(folder)) from None
    if manifest.get("layout") != LAYOUT_VERSION:
        raise MalformedInputError(f"batch layout {manifest.get('layout')!r} is not the one this sitrep reads "
                                  f"({LAYOUT_VERSION})", source=str(folder))
    if progress is not None and progress.total is None:
        progress.total = manifest.get("articles")
    added = skipped = events = failed = 0
    for index in range(count):
        try:
            rows = read_partition(folder, index)
        except (OSError, ValueError, KeyError) as e:  # missing or damaged (pyarrow's errors derive from these)
            failed += 1
            if on_error is not None:
                on_error(str(MalformedInputError(f"cannot read ({str(e).splitlines()[0][:160]})",
                                                 source=str(folder / "*" / partition_name(index)))))
            continue
        for article in articles_from_rows(rows):
            if store.add(article):
                added += 1
                events += len(article.events)
            else:
                skipped += 1
            if progress is not None:
                progress.advance()
    return added, skipped, events, failed
