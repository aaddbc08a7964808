"""The web UI at scale: answer times of every page and its JSON twin, the map's data size, and
screenshots of map, timeline and actor graph (prints figures; `make bench-ui`).

    python benchmarks/ui_check.py --db events.sqlite --shots /tmp/shots
    python benchmarks/ui_check.py --articles 5000 --shots /tmp/shots   # ingests generated articles first

Times are measured over HTTP against `sitrep serve`'s own server on 127.0.0.1 (median of five
sequential requests, and the slowest of four map requests sent at once), with gzip accepted as a
browser does. Screenshots need Debian's chromium (the browser tests' Playwright drives it).
"""
from __future__ import annotations

import argparse
import gzip
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ["/events", "/map", "/timeline", "/actors", "/articles"]
CHROMIUM = Path("/usr/bin/chromium")


def fetch(url: str) -> tuple[float, int, int]:
    """Seconds, bytes on the wire, bytes unpacked."""
    req = urllib.request.Request(url, headers={"Accept-Encoding": "gzip", "Accept": "*/*"})
    t = time.perf_counter()
    with urllib.request.urlopen(req, timeout=60) as r:
        body = r.read()
        packed = r.headers.get("Content-Encoding") == "gzip"
    took = time.perf_counter() - t
    return took, len(body), len(gzip.decompress(body)) if packed else len(body)


def serve(db: Path):
    from sitrep.web.app import App
    from sitrep.web.server import make

    server = make(lambda hosts: App(db, allowed_hosts=hosts), "127.0.0.1", 0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def screenshots(base: str, folder: Path) -> None:
    if not CHROMIUM.exists():
        print(f"no {CHROMIUM}: no screenshots")
        return
    from playwright.sync_api import sync_playwright

    folder.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1360, "height": 900})
        for name, path, ready in (("map", "/map", "#map[data-drawn]"), ("timeline", "/timeline", "#timeline[data-drawn]"),
                                  ("timeline-plover", "/timeline?by=plover", "#timeline[data-drawn]"),
                                  ("actors", "/actors", "#graph[data-settled]"),
                                  ("actors-200", "/actors?top=200", "#graph[data-settled]")):
            page.goto(base + path)
            page.wait_for_selector(ready, timeout=60000)
            page.screenshot(path=folder / f"{name}.png", full_page=True)
        page.goto(base + "/map")
        page.wait_for_selector("#map[data-drawn]")
        box = page.locator("#map").bounding_box()
        before = page.get_attribute("#map", "data-clusters")
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        for _ in range(6):
            page.mouse.wheel(0, -400)
            time.sleep(0.1)
        page.wait_for_function("el => el.dataset.clusters !== arguments[0]", arg=before) if False else time.sleep(1.5)
        page.screenshot(path=folder / "map-zoomed.png")
        print(f"map: {before} clusters, {page.get_attribute('#map', 'data-clusters')} after zooming in;"
              f" {page.get_attribute('#map', 'data-drawn')} events drawn")
        browser.close()
    print(f"screenshots in {folder}")


def misplaced(db: Path) -> tuple[int, int, int]:
    """(incidents, those placed by a report's dateline, those in a country none of their reports
    names): a dateline says where a report was filed, never where its events happened."""
    import sqlite3

    from sitrep.reading import find_dateline

    import re

    from sitrep.lexicon import load_countries

    words = {c.iso2: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in (c.name, *c.aliases, *c.demonyms)) + r")\b")
             for c in load_countries()}
    con = sqlite3.connect(db)
    datelines, texts = {}, {}
    for aid, text in con.execute("SELECT id, text FROM articles"):
        span = find_dateline(text)
        datelines[aid] = (span.start, span.end) if span else None
        texts[aid] = text
    on_dateline, elsewhere, total = set(), set(), set()
    placed_in_text: set[int] = set()  # incidents a report places by its text, not by its dateline
    for iid, country, admin1, location, aid, start in con.execute(
            "SELECT ie.incident_id, i.country, i.admin1, i.location, e.article_id, v.start FROM incident_events ie"
            " JOIN incidents i ON i.id = ie.incident_id JOIN events e ON e.id = ie.event_id"
            " LEFT JOIN evidence v ON v.event_id = e.id AND v.field = 'location'"
            " WHERE i.latitude IS NOT NULL"):
        total.add(iid)
        d = datelines.get(aid)
        if d and start is not None and d[0] <= start < d[1]:
            on_dateline.add(iid)
        elif start is not None:
            placed_in_text.add(iid)
        # the report names the country, or the province it is placed in (not only the town: "Beni")
        if country in words and not words[country].search(texts[aid]) and \
                not (admin1 and admin1 != location and admin1 in texts[aid]):
            elsewhere.add(iid)
    con.close()
    return len(total), len(on_dateline - placed_in_text), len(elsewhere)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, help="a database written by sitrep ingest")
    ap.add_argument("--articles", type=int, default=5000, help="without --db: generated articles to ingest first")
    ap.add_argument("--shots", type=Path, help="write screenshots here")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            feed, db = Path(tmp) / "feed.jsonl", Path(tmp) / "ui.sqlite"
            with open(feed, "w", encoding="utf-8") as f:
                subprocess.run([sys.executable, str(ROOT / "benchmarks" / "corpus.py"), str(args.articles)],
                               stdout=f, check=True)
            sitrep = Path(sys.executable).with_name("sitrep")
            subprocess.run([str(sitrep), "ingest", str(feed), "--db", str(db), "--workers", "2"], check=True,
                           stderr=subprocess.DEVNULL)
        import sqlite3

        with sqlite3.connect(db) as con:
            incidents = con.execute("SELECT count(*) FROM incidents").fetchone()[0]
        server, base = serve(db)
        print(f"{db.name}: {incidents} incidents\n")
        print(f"{'page':28}{'median ms':>10}{'max ms':>9}{'KB gzip':>10}{'KB':>9}")
        worst = 0.0
        for page in PAGES:
            for path in (page, page + ".json"):
                fetch(base + path)  # warm
                runs = [fetch(base + path) for _ in range(5)]
                med = statistics.median(r[0] for r in runs) * 1000
                worst = max(worst, med)
                print(f"{path:28}{med:>10.0f}{max(r[0] for r in runs) * 1000:>9.0f}{runs[0][1] / 1024:>10.1f}"
                      f"{runs[0][2] / 1024:>9.1f}")
        with ThreadPoolExecutor(4) as pool:
            together = list(pool.map(fetch, [base + "/map.json"] * 4))
        map_data = fetch(base + "/map.json")[1] + fetch(base + "/vendor/countries-50m.json")[1]
        print(f"\nfour /map.json at once: slowest {max(r[0] for r in together) * 1000:.0f} ms")
        print(f"the map's data (clusters and basemap, gzip): {map_data / 1024:.0f} KB")
        print(f"slowest median page: {worst:.0f} ms")
        placed, on_dateline, elsewhere = misplaced(db)
        print(f"of {placed} incidents with coordinates: {on_dateline} placed by a report's dateline,"
              f" {elsewhere} in a country their reports do not name")
        if args.shots:
            screenshots(base, args.shots)
        server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
