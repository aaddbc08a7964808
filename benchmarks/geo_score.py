"""sitrep's places stage on two public geoparsing benchmarks (``../shared/eval/geo/``, read its README).

    python benchmarks/geo_score.py            # GeoWebNews and TR-News, sitrep beside the shipped systems

For each corpus: **recall** (gold toponyms whose span a found place overlaps), **acc@161** (of
those found, the share within 161 km of the gold point), mean and median error in km, and for
TR-News (whose gold carries GeoNames ids) the share found with the gold's id. On GeoWebNews the
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


def gwn() -> list[tuple[str, list]]:
    lines = (GEO / "gwn-geocoding" / "gwn_full.txt").read_text(encoding="utf-8").splitlines()
    docs = []
    for n, line in enumerate(lines):
        f = GEO / "gwn-geocoding" / "files" / str(n)
        if f.exists():
            docs.append((f.read_text(encoding="utf-8"), _gwn_line(line)))
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


def score(gold_docs: list[list], found_docs: list[list]) -> dict:
    """``found_docs``: per document, (start, end, lat, lon, geonames_id) of each place found."""
    total = found = near = same_id = with_id = 0
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
    return {"gold": total, "recall": found / total if total else 0.0, "acc161": near / found if found else 0.0,
            "mean_km": statistics.fmean(errors) if errors else 0.0,
            "median_km": statistics.median(errors) if errors else 0.0,
            "id": same_id / with_id if with_id else None}


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
        out.append([(p.span.start, p.span.end, p.lat, p.lon, p.geonames_id) for p in art.places
                    if p.lat is not None and p.lon is not None])
    return out


def _row(name: str, r: dict) -> str:
    ident = f"{r['id']:.3f}" if r["id"] is not None else "  -  "
    return (f"  {name:22} recall {r['recall']:.3f}  acc@161 {r['acc161']:.3f}  by id {ident}  "
            f"mean {r['mean_km']:7.0f} km  median {r['median_km']:6.0f} km")


def main() -> int:
    if not GEO.exists():
        print(f"geo_score: the benchmarks are not at {GEO} (../shared/eval/geo beside the checkout)")
        return 1
    docs = gwn()
    gold = [g for _, g in docs]
    print(f"GeoWebNews: {len(docs)} articles, {sum(len(g) for g in gold):,} gold toponyms")
    print(_row("sitrep", score(gold, sitrep_places([t for t, _ in docs]))))
    for system in ("edin", "yahoo", "emm"):
        outputs = gwn_system(system)[:len(docs)]
        print(_row({"edin": "Edinburgh Geoparser", "yahoo": "Yahoo! PlaceSpotter", "emm": "EMM"}[system],
                   score(gold, outputs)))
    docs = tr_news()
    gold = [g for _, g in docs]
    print(f"TR-News: {len(docs)} articles, {sum(len(g) for g in gold):,} gold toponyms")
    print(_row("sitrep", score(gold, sitrep_places([t for t, _ in docs]))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
