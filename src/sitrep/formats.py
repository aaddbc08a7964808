"""Writers: an Article as FORMAT.md JSON, a row per event (CSV/JSON Lines), a text table."""
from __future__ import annotations

import csv
import io
import json

from .records import Actor, Article, Event, Place

CSV_COLUMNS = ("article", "event", "date_start", "date_end", "date_precision", "category",
               "acled_type", "acled_subtype", "plover", "actor1", "actor2", "country", "admin1",
               "admin2", "location", "latitude", "longitude", "geo_precision", "fatalities",
               "status", "source", "historical", "summary")


def _actor(a: Actor | None) -> list[str]:
    return a.names() if a is not None else []


def _place(p: Place | None) -> dict:
    if p is None:
        return {"name": None, "country": None, "admin1": None, "admin2": None, "precision": None,
                "lat": None, "lon": None}
    names = [p.name, *p.alternatives]

    def spellings(first, others):
        if not first:
            return None
        return [first, *others] if others else first

    return {"name": names if len(names) > 1 else p.name, "country": p.country,
            "admin1": spellings(p.admin1, p.admin1_alternatives),
            "admin2": spellings(p.admin2, p.admin2_alternatives),
            "precision": p.precision, "lat": p.lat, "lon": p.lon,
            "geonames_id": p.geonames_id, "evidence": p.span.to_dict(),
            # how the text gives it: "name" (named where it happened), "dateline" (the province of
            # the town the report was filed from), "seat" (the acting government's capital) or
            # "scene" (the province or district every place the report names lies in, or the town
            # an earlier sentence of the event's paragraph is set in)
            "basis": p.mention if p.mention in ("seat", "scene") else "dateline" if p.dateline else "name"}


def event_dict(ev: Event) -> dict:
    d = {
        "id": ev.id,
        "summary": ev.summary,
        "category": ev.category,
        "acled_type": ev.acled_type,
        "acled_subtype": ev.acled_subtype,
        "plover": ev.plover,
        "plover_mode": ev.mode,
        "date": ev.interval.to_dict(),
        "date_basis": ev.time_basis,
        "location": _place(ev.place),
        "actor1": _actor(ev.actor1),
        "actor2": _actor(ev.actor2),
        "fatalities": ev.fatalities.value if ev.fatalities else None,
        "injured": ev.injured.value if ev.injured else None,
        "arrested": ev.arrested.value if ev.arrested else None,
        "status": ev.claim.status,
        "source": ev.claim.source,
        "source_anonymity": ev.claim.anonymity,
        "historical": ev.historical,
        "negated": ev.negated,
        "evidence": [s.to_dict() for s in ev.evidence],
        "field_evidence": {
            "trigger": ev.trigger.to_dict(),
            "date": ev.time.span.to_dict() if ev.time else None,
            "location": ev.place.span.to_dict() if ev.place else None,
            "actor1": ev.actor1.span.to_dict() if ev.actor1 else None,
            "actor2": ev.actor2.span.to_dict() if ev.actor2 else None,
            "fatalities": ev.fatalities.span.to_dict() if ev.fatalities else None,
            "status": ev.claim.span.to_dict() if ev.claim.span else None,
        },
    }
    return d


def article_dict(article: Article) -> dict:
    doc = article.document
    pub = article.published
    return {
        "document": {
            "id": doc.id, "title": doc.title, "url": doc.url, "source": doc.source,
            "published": pub.date.isoformat() if pub.date and not pub.inferred else None,
            "language": article.language,
            "published_inferred": {
                "date": pub.date.isoformat() if pub.date else None,
                "confidence": pub.confidence, "reason": pub.reason,
                "evidence": [s.to_dict() for s in pub.evidence],
            } if pub.inferred else None,
        },
        # negated events ("militants did not attack") are kept, marked "negated": true
        "events": [event_dict(e) for e in article.events],
    }


def to_json(article: Article, explain: bool = False) -> str:
    d = article_dict(article)
    if explain:
        d["explain"] = explain_dicts(article)
    return json.dumps(d, ensure_ascii=False, indent=1)


def explain_dicts(article: Article) -> list[dict]:
    """What became of each trigger mention: the event it made or was folded into, or why it was dropped."""
    return [{"trigger": n.trigger.text, "start": n.trigger.start, "end": n.trigger.end, "sentence": n.sentence + 1,
             "trigger_class": n.trigger_class, "outcome": n.outcome, "rule": n.rule, "why": n.why, "event": n.event}
            for n in article.explain]


def explanation(article: Article) -> str:
    """``--explain`` as text: each event with the mention that made it and the mentions folded into
    it, then the mentions dropped, each with its rule and reason."""
    lines = ["explain: what became of each trigger word (sentence numbers from 1)"]
    by_event: dict[str, list] = {}
    for n in article.explain:
        if n.event:
            by_event.setdefault(n.event, []).append(n)
    for ev in article.events:
        told = by_event.get(ev.id, [])
        lines.append(f"  {ev.id} {ev.plover}{' (negated: not reported)' if ev.negated else ''}")
        for n in told:
            lines.append(f"    {n.outcome:7} \"{n.trigger.text}\" (sentence {n.sentence + 1}): {n.rule}: {n.why}")
    dropped = [n for n in article.explain if not n.event]
    if dropped:
        lines.append("  dropped")
        for n in dropped:
            lines.append(f"    \"{n.trigger.text}\" (sentence {n.sentence + 1}, class {n.trigger_class}): {n.rule}: {n.why}")
    return "\n".join(lines)


def rows(article: Article):
    for ev in article.events:
        if ev.negated:
            continue
        p = ev.place
        yield {
            "article": article.document.id, "event": ev.id,
            "date_start": ev.interval.start.isoformat() if ev.interval.start else "",
            "date_end": ev.interval.end.isoformat() if ev.interval.end else "",
            "date_precision": ev.interval.precision or "", "category": ev.category,
            "acled_type": ev.acled_type or "", "acled_subtype": ev.acled_subtype or "",
            "plover": ev.plover, "actor1": ev.actor1.name if ev.actor1 else "",
            "actor2": ev.actor2.name if ev.actor2 else "",
            "country": p.country if p else "", "admin1": (p.admin1 or "") if p else "",
            "admin2": (p.admin2 or "") if p else "", "location": p.name if p else "",
            "latitude": p.lat if p and p.lat is not None else "",
            "longitude": p.lon if p and p.lon is not None else "",
            "geo_precision": p.precision if p else "",
            "fatalities": ev.fatalities.value if ev.fatalities else "",
            "status": ev.claim.status, "source": ev.claim.source or "",
            "historical": ev.historical, "summary": ev.summary,
        }


def csv_header() -> str:
    buf = io.StringIO()
    csv.writer(buf).writerow(CSV_COLUMNS)
    return buf.getvalue()


def csv_rows(article: Article) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS)
    for r in rows(article):
        w.writerow(r)
    return buf.getvalue()


def table(article: Article, width: int = 160) -> str:
    """A readable table of an article's events, for a terminal."""
    pub = article.published
    how = "given" if not pub.inferred else f"inferred, confidence {pub.confidence:.1f}: {pub.reason}"
    lines = [f"{article.document.id}: {len(article.events)} events; published "
             f"{pub.date.isoformat() if pub.date else 'unknown'} ({how})"]
    cols = (("id", 4), ("date", 23), ("type", 30), ("plover", 9), ("actor1", 26), ("actor2", 26),
            ("place", 24), ("dead", 4), ("status", 9))
    head = " ".join(n.ljust(w) for n, w in cols)
    lines += [head, "-" * len(head)]
    for ev in article.events:
        if ev.negated:
            continue
        iv = ev.interval
        date = "" if not iv.known else (iv.start.isoformat() if iv.start == iv.end else
                                         f"{iv.start.isoformat()}..{iv.end.isoformat()[5:]}")
        typ = ev.acled_subtype or "(political)"
        place = ev.place.name + (f", {ev.place.admin1}" if ev.place and ev.place.admin1 and
                                 ev.place.admin1 != ev.place.name else "") if ev.place else ""
        vals = (ev.id, date, typ, ev.plover, ev.actor1.name if ev.actor1 else "",
                ev.actor2.name if ev.actor2 else "", place,
                str(ev.fatalities.value) if ev.fatalities else "", ev.claim.status)
        lines.append(" ".join(str(v)[:w].ljust(w) for v, (_, w) in zip(vals, cols)).rstrip())
    return "\n".join(lines)


# --- the store's rows (sitrep events / sitrep event) ------------------------------------------

def event_line(r: dict) -> str:
    """One stored per-article event as a line of `sitrep events --raw`."""
    date = r["date_start"] or ""
    return (f"{r['id']:>5} {date:10} {(r['acled_subtype'] or r['plover'])[:28]:28} "
            f"{(r['location'] or '')[:20]:20} {r['summary']}")


def incident_line(r: dict) -> str:
    """One merged incident as a line of `sitrep events`: id, date, type, place, reports, deaths."""
    date = r["date_start"] or ""
    if r["date_end"] and r["date_end"] != r["date_start"]:
        date += ".." + r["date_end"][5:]
    return (f"{r['id']:>5} {date:16} {(r['acled_subtype'] or r['plover'])[:24]:24} "
            f"{(r['location'] or '')[:18]:18} {r['articles']:>2}x {_deaths(r):>9}  {r['actor1'] or ''}")


def _deaths(r: dict) -> str:
    best, low, high = r["fatalities_best"], r["fatalities_low"], r["fatalities_high"]
    if best is None:
        return ""
    return f"{best} ({low}-{high})" if low != high else str(best)


def incident_text(d: dict) -> str:
    """`sitrep event ID`: an incident, its reports with their evidence, their differences and the
    reasons each report was merged."""
    out = [f"Incident {d['id']}: {d['summary']}", ""]
    date = d["date_start"] or "unknown"
    if d["date_end"] and d["date_end"] != d["date_start"]:
        date += f" .. {d['date_end']}"
    place = ", ".join(x for x in (d["location"], d["admin2"], d["admin1"], d["country"]) if x)
    rows = [
        ("type", f"{d['acled_type'] or '(political)'} / {d['acled_subtype'] or '-'} ({d['plover']})"),
        ("date", f"{date} ({d['date_precision']}); the tightest interval the reports support"),
        ("place", f"{place} ({d['geo_precision']}" + (f", {d['latitude']:.4f} {d['longitude']:.4f})"
                                                      if d["latitude"] is not None else ")")),
        ("actor1", f"{d['actor1'] or '-'} ({d['actor1_type'] or '?'}), {d['status']}"
                   + (f" by {d['source']}" if d["source"] else "")),
        ("actor2", f"{d['actor2'] or '-'} ({d['actor2_type'] or '?'})"),
        ("fatalities", "not reported" if d["fatalities_best"] is None else
         f"best {d['fatalities_best']}, low {d['fatalities_low']}, high {d['fatalities_high']}"),
    ]
    out += [f"  {k:<11}{v}" for k, v in rows]
    out += ["", f"Reports ({len(d['reports'])}):"]
    for m in d["reports"]:
        out.append(f"  [{m['joined']}] {m['article']}" + (f" - {m['outlet']}" if m["outlet"] else "")
                   + (f", {m['published']}" if m["published"] else "") + f" (event {m['event_id']})")
        date = m["date_start"] or "?"
        if m["date_end"] and m["date_end"] != m["date_start"]:
            date += f"..{m['date_end']}"
        out.append(f"      {m['acled_subtype'] or m['plover']}; {date}; {m['location'] or '?'}; "
                   f"actor1 {m['actor1'] or '-'} ({m['status']}{' by ' + m['source'] if m['source'] else ''}); "
                   f"actor2 {m['actor2'] or '-'}; fatalities "
                   + ("-" if m["fatalities"] is None else f"{m['fatalities']} ({m['fatalities_role']}"
                      + (f": {m['fatalities_why']}" if m["fatalities_role"] != "credible" else "") + ")"))
        for v in m["evidence"]:
            if v["field"] == "mention":
                out.append(f"      said: \"{v['text']}\"")
        why = m["reasons"]
        if "founded" in why:
            out.append(f"      founded the incident: {why['founded']}")
            for a in why.get("apart", []):
                out.append(f"        kept apart from {a}")
        else:
            out.append(f"      merged, closest to event {why.get('matched')}: {why.get('fits', '')}")
            for k in ("type", "date", "place", "actors"):
                if k in why:
                    out.append(f"        {k}: {why[k]}")
    if d["differences"]:
        out += ["", "Where the reports differ:"]
        for col, values in d["differences"].items():
            vals = "; ".join(f"{v['value'] if v['value'] is not None else '-'} ({', '.join(v['articles'])})"
                             for v in values)
            out.append(f"  {col:<14}{vals}")
    return "\n".join(out)
