"""sitrep's places stage on two public geoparsing benchmarks (``../shared/eval/geo/``, read its README).

    python benchmarks/geo_score.py            # GeoWebNews and TR-News, sitrep beside the shipped systems

For each corpus: **recall** (gold toponyms whose span a found place overlaps), **acc@161** (of
those found, the share within 161 km of the gold point), **id** (of those found whose gold has a
GeoNames id, the share with that id), **country** (of those, where sitrep's gazetteer knows the
gold id, the share put in its country), mean and median error in km. On GeoWebNews the
outputs of the Edinburgh Geoparser, Yahoo! PlaceSpotter and EMM that ship with the corpus are
scored the same way. The texts are read where they lie; nothing of them is copied.
"""
from __future__ import annotations

import math
import statistics
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

GEO = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "geo"
KM = 161


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def _gwn_line(line: str) -> list[tuple[int, int, float, float, int | None]]:
    out = []
    for item in line.split("||"):
        parts = item.split(",,")
        if len(parts) >= 6:
            try:
                out.append((int(parts[4]), int(parts[5]), float(parts[2]), float(parts[3]), None))
            except ValueError:
                continue
    return out


def _gwn_ids() -> dict[str, dict[tuple[str, float, float], int]]:
    """GWN.xml's GeoNames ids, by article text and (surface, lat, lon): ``gwn_full.txt`` has none,
    and GWN.xml counts its articles and offsets another way."""
    out: dict[str, dict[tuple[str, float, float], int]] = {}
    for art in ET.parse(GEO / "GWN.xml").getroot().iter("article"):
        ids = {}
        for t in art.iter("toponym"):
            gid, lat, lon = t.find("geonamesID"), t.find("latitude"), t.find("longitude")
            if gid is not None and lat is not None and lon is not None and (gid.text or "").isdigit():
                ids[(t.find("extractedName").text or "", round(float(lat.text), 3),
                     round(float(lon.text), 3))] = int(gid.text)
        out[" ".join((art.find("text").text or "").split())[:300]] = ids
    return out


def gwn() -> list[tuple[str, list]]:
    lines = (GEO / "gwn-geocoding" / "gwn_full.txt").read_text(encoding="utf-8").splitlines()
    ids = _gwn_ids()
    docs = []
    for n, line in enumerate(lines):
        f = GEO / "gwn-geocoding" / "files" / str(n)
        if f.exists():
            text = f.read_text(encoding="utf-8")
            known = ids.get(" ".join(text.split())[:300], {})
            docs.append((text, [(s, e, lat, lon, known.get((text[s:e], round(lat, 3), round(lon, 3))))
                                for s, e, lat, lon, _ in _gwn_line(line)]))
    return docs


def gwn_system(name: str) -> list[list]:
    return [_gwn_line(line) for line in
            (GEO / "gwn-geocoding" / f"gwn_{name}.txt").read_text(encoding="utf-8").splitlines()]


def tr_news() -> list[tuple[str, list]]:
    docs = []
    for art in ET.parse(GEO / "TR-News.xml").getroot().iter("article"):
        text = art.find("text").text or ""
        gold = []
        for t in art.iter("toponym"):
            g = t.find("gaztag")
            if g is None or g.find("lat") is None:
                continue
            start, end, phrase = int(t.find("start").text), int(t.find("end").text), t.find("phrase").text or ""
            near = text.find(phrase, max(0, start - 20))  # a few offsets are off by some characters
            if near >= 0 and abs(near - start) < 40:
                start, end = near, near + len(phrase)
            gid = g.get("geonameid")
            gold.append((start, end, float(g.find("lat").text), float(g.find("lon").text),
                         int(gid) if gid and gid.isdigit() else None))
        docs.append((text, gold))
    return docs


def score(gold_docs: list[list], found_docs: list[list], country_of=None) -> dict:
    """``found_docs``: per document, (start, end, lat, lon, geonames_id[, country]) of each place
    found; ``country_of``: a gold GeoNames id's country, where the gazetteer knows the id."""
    total = found = near = same_id = with_id = same_country = with_country = 0
    errors = []
    for gold, found_here in zip(gold_docs, found_docs):
        for s, e, lat, lon, gid in gold:
            total += 1
            hit = next((f for f in found_here if f[0] < e and s < f[1]), None)
            if hit is None:
                continue
            found += 1
            d = km((lat, lon), (hit[2], hit[3]))
            errors.append(d)
            near += d <= KM
            if gid is not None:
                with_id += 1
                same_id += hit[4] == gid
                if country_of is not None and len(hit) > 5 and (country := country_of(gid)):
                    with_country += 1
                    same_country += hit[5] == country
    return {"gold": total, "recall": found / total if total else 0.0, "acc161": near / found if found else 0.0,
            "mean_km": statistics.fmean(errors) if errors else 0.0,
            "median_km": statistics.median(errors) if errors else 0.0,
            "id": same_id / with_id if with_id else None,
            "country": same_country / with_country if with_country else None}


def sitrep_places(texts: list[str]) -> list[list]:
    from sitrep.config import Settings
    from sitrep.errors import SitrepError
    from sitrep.pipeline import Pipeline

    pipe = Pipeline(Settings.from_env())
    out = []
    for text in texts:
        try:
            art = pipe.extract(text)
        except SitrepError:
            out.append([])
            continue
        out.append([(p.span.start, p.span.end, p.lat, p.lon, p.geonames_id, p.country) for p in art.places
                    if p.lat is not None and p.lon is not None])
    return out


def gazetteer_countries():
    """A GeoNames id's country in sitrep's gazetteer (countries, provinces, districts, towns)."""
    import sqlite3

    from sitrep.config import Settings
    from sitrep.gazetteer import Gazetteer

    Gazetteer(Settings.from_env().cache_dir / "gazetteer.sqlite").close()  # built if need be
    db = sqlite3.connect(Settings.from_env().cache_dir / "gazetteer.sqlite")
    table = dict(db.execute("SELECT geonames_id, country FROM places WHERE geonames_id IS NOT NULL"))
    return table.get


def _row(name: str, r: dict) -> str:
    ident = f"{r['id']:.3f}" if r["id"] is not None else "  -  "
    country = f"{r['country']:.3f}" if r.get("country") is not None else "  -  "
    return (f"  {name:22} recall {r['recall']:.3f}  acc@161 {r['acc161']:.3f}  id {ident}  country {country}  "
            f"mean {r['mean_km']:6.0f} km  median {r['median_km']:4.0f} km")


def main() -> int:
    if not GEO.exists():
        print(f"geo_score: the benchmarks are not at {GEO} (../shared/eval/geo beside the checkout)")
        return 1
    country_of = gazetteer_countries()
    docs = gwn()
    gold = [g for _, g in docs]
    print(f"GeoWebNews: {len(docs)} articles, {sum(len(g) for g in gold):,} gold toponyms")
    print(_row("sitrep", score(gold, sitrep_places([t for t, _ in docs]), country_of)))
    for system in ("edin", "yahoo", "emm"):
        outputs = gwn_system(system)[:len(docs)]
        r = score(gold, outputs)
        r["id"] = None  # the shipped outputs carry coordinates, no GeoNames ids
        print(_row({"edin": "Edinburgh Geoparser", "yahoo": "Yahoo! PlaceSpotter", "emm": "EMM"}[system], r))
    docs = tr_news()
    gold = [g for _, g in docs]
    print(f"TR-News: {len(docs)} articles, {sum(len(g) for g in gold):,} gold toponyms")
    print(_row("sitrep", score(gold, sitrep_places([t for t, _ in docs]), country_of)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
