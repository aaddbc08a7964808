"""The web UI in a real headless Chromium (Debian's `chromium`, driven by Playwright): the map draws
its points, filtering by date (form and timeline brush), an event's evidence highlighted, the
actor graph's edges opening their evidence, pasting an article, hostile text running no script.

Marked `browser` (run in CI; `-m "not browser"` leaves them out). Skipped, saying why, only when
Chromium is not installed. Screenshots go to $SITREP_SCREENSHOTS (default: a temporary folder).
Every request the pages make is checked to stay on the test server.
"""
from __future__ import annotations

import json
import os
import shutil
import threading
import urllib.request
from pathlib import Path

import pytest

import webdb
from sitrep.web.app import App
from sitrep.web.server import make

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

REPORT = """Militants storm police station in Panjgur

PANJGUR, Aug 14 - Militants stormed a police station in Panjgur district on Tuesday night, killing three policemen, a senior police official said.
The attackers fled before reinforcements arrived. <img src=x onerror="window.__xss=1"> <script>window.__xss=2</script>"""


def serve(db: Path, **kw):
    server = make(lambda hosts: App(db, allowed_hosts=hosts, **kw), "127.0.0.1", 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture(scope="module")
def databases(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    ids = webdb.build(folder / "ro.sqlite")
    shutil.copy(folder / "ro.sqlite", folder / "rw.sqlite")
    return folder / "ro.sqlite", folder / "rw.sqlite", ids


@pytest.fixture(scope="module")
def base(databases):
    server, url = serve(databases[0])
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def base_rw(databases, pipeline):
    server, url = serve(databases[1], allow_writes=True, pipeline=pipeline)
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium;"
                    " .ci/run and 'make setup' install it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    folder = os.environ.get("SITREP_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def page(browser, base):
    """A page whose script errors, console errors and requests beyond the test servers fail the test."""
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    pg = context.new_page()
    errors, outside = [], []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))

    def route(r):
        if r.request.url.startswith("http://127.0.0.1:"):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    pg.route("**/*", route)
    yield pg
    assert not outside, outside


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=10) as r:
        return json.loads(r.read())


def test_the_map_draws_clusters_and_lists_a_clusters_events(page, base, shots):
    page.goto(f"{base}/map")
    page.wait_for_selector("#map[data-drawn]")
    data = get_json(f"{base}/map.json")
    assert page.locator("g.cluster").count() == len(data["clusters"])
    assert int(page.get_attribute("#map", "data-drawn")) == data["located"] == 4  # the counts add up
    assert page.locator("path.land").count() > 200  # Natural Earth countries, from node_modules
    assert "Battles" in page.inner_text("#map-legend")
    page.screenshot(path=shots / "map.png")
    page.goto(f"{base}/map?country=NG")
    page.wait_for_selector("#map[data-drawn]")
    page.locator("g.cluster").first.click()
    page.wait_for_selector("#map-list:not([hidden]) li")
    assert "Maiduguri" in page.inner_text("#map-list") and "9 killed" in page.inner_text("#map-list")
    page.locator("#map-list li a").first.click()
    page.wait_for_url(f"{base}/events/*")
    assert "Maiduguri" in page.inner_text("h1")


def test_filtering_by_date_on_the_map_and_by_brushing_the_timeline(page, base, shots):
    page.goto(f"{base}/map")
    page.fill('form.filters input[name="since"]', "2024-06-01")
    page.click("form.filters button[type=submit]")
    page.wait_for_selector("#map[data-drawn]")
    assert "since=2024-06-01" in page.url
    assert page.get_attribute("#map", "data-drawn") == "1"
    assert page.input_value('form.filters input[name="since"]') == "2024-06-01"

    page.goto(f"{base}/timeline")
    page.wait_for_selector("#timeline[data-drawn]")
    assert page.get_attribute("#timeline", "data-unit") == "day"  # five weeks of events: a bar a day
    assert page.locator("rect.bar").count() == 5
    page.screenshot(path=shots / "timeline.png")
    box = page.locator("#timeline .overlay").bounding_box()
    days = 39  # 2024-05-05 .. 2024-06-12
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.2 / days, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.8 / days, y, steps=5)  # within the first day
    page.mouse.up()
    page.locator("#range", has_text="2024-05-05 to").wait_for()
    assert page.inner_text("#range") == "2024-05-05 to 2024-05-05: 1 event."
    assert page.locator("#brushed li").count() == 1
    assert "since=2024-05-05&until=2024-05-05" in page.url
    page.screenshot(path=shots / "timeline-brushed.png")
    page.click("#to-map")
    page.wait_for_selector("#map[data-drawn]")
    assert page.get_attribute("#map", "data-drawn") == "1"
    assert page.input_value('form.filters input[name="until"]') == "2024-05-05"


def test_an_event_shows_the_evidence_of_each_field(page, base, shots):
    page.goto(f"{base}/events")
    page.click("text=Balochistan Liberation Army clashes with Police Forces of Pakistan")
    page.wait_for_selector("table.compare")
    assert page.inner_text("#f-best") == "4" and page.inner_text("#f-low") == "4" and page.inner_text("#f-high") == "6"
    first = page.locator("section.source").first
    first.locator('tr[data-field="fatalities"] a.ev').click()
    flash = page.locator("mark.flash")
    assert flash.count() == 1 and flash.inner_text() == "four policemen"
    assert flash.is_visible()
    colour = flash.evaluate("m => getComputedStyle(m).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.evaluate("location.hash").startswith("#e")
    third = page.locator("section.source").nth(2)
    third.locator('tr[data-field="actor1"] a.ev').click()
    assert page.locator("mark.flash").inner_text() == "Balochistan Liberation Army"
    page.screenshot(path=shots / "event.png", full_page=True)


def test_an_actor_graph_edge_opens_its_evidence(page, base, databases, shots):
    ids = databases[2]
    page.goto(f"{base}/actors")
    page.wait_for_selector("#graph[data-settled]", timeout=20000)
    edge = next(e for e in get_json(f"{base}/actors.json")["edges"] if e["status"] == "claimed")
    page.locator(f'g.edge[data-id="{edge["id"]}"] path.hit').dispatch_event("click")  # not by position: a label may lie over it
    quote = page.locator("#edge-panel blockquote")
    assert quote.count() == 1 and quote.inner_text().startswith("The Balochistan Liberation Army said on Monday")
    page.screenshot(path=shots / "actors.png")
    page.click("#edge-panel a.evidence-link")
    page.wait_for_url(f"{base}/articles/{ids['gazette-claim']}?mark=*")
    focus = page.locator("#article-text mark.k-focus")
    assert "".join(focus.all_inner_texts()) == edge["evidence"][0]["text"]
    assert focus.first.is_visible()


def test_hostile_text_runs_no_script(page, base, databases, shots):
    page.goto(f"{base}/articles/{databases[2]['hostile-<report>']}")
    text = page.inner_text("#article-text")
    assert "<script>alert(1)</script>" in text and "<!-- a hidden comment -->" in text
    assert page.evaluate("document.querySelectorAll('script:not([src])').length") == 0
    assert page.locator("#article-text a, #article-text img, #article-text b").count() == 0
    assert page.inner_text("h1").startswith("<script>alert('title')</script>")
    page.screenshot(path=shots / "hostile.png")
    # the page fixture fails the test had any alert() opened a dialog


def test_pasting_an_article(browser, base_rw, tmp_path, shots):
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (errors.append(d.message), d.dismiss()))
    page.goto(f"{base_rw}/paste")
    upload = tmp_path / "report.txt"
    upload.write_text(REPORT, encoding="utf-8")
    page.set_input_files("#upload", str(upload))  # read into the box by the page's script
    page.wait_for_function("document.getElementById('text').value.length > 100")
    assert page.input_value("#text") == REPORT
    page.fill('input[name="published"]', "2024-08-15")
    page.check('input[name="add"]')
    page.click("text=Code it")
    page.wait_for_selector("#result")
    assert "Coded: 1 event" in page.inner_text("#result h2")
    assert page.locator("#pasted-text mark.k-trigger").count() >= 1
    assert "".join(page.locator("#pasted-text mark.k-fatalities").all_inner_texts()) == "killing three"
    assert page.evaluate("window.__xss") is None
    assert "<img src=x" in page.inner_text("#pasted-text")
    page.screenshot(path=shots / "paste.png", full_page=True)
    page.click("p.stored a")
    page.wait_for_selector("#article-text")
    assert page.locator("#article-text mark.k-trigger").count() >= 1
    assert page.evaluate("window.__xss") is None


# --- at scale: 15,000 incidents --------------------------------------------------------------------

@pytest.fixture(scope="module")
def large(tmp_path_factory):
    path = tmp_path_factory.mktemp("large") / "large.sqlite"
    counts = webdb.build_large(path)
    server, url = serve(path)
    yield url, counts
    server.shutdown()
    server.server_close()


def test_the_map_at_15000_incidents_clusters_and_splits_as_you_zoom(page, large, shots):
    base, counts = large
    page.goto(f"{base}/map")
    page.wait_for_selector("#map[data-drawn]")
    assert int(page.get_attribute("#map", "data-drawn")) == 15_000  # the clusters' counts add up
    before = int(page.get_attribute("#map", "data-clusters"))
    assert 1 < before < 40 and page.locator("g.cluster").count() == before
    assert page.locator("g.cluster text.count", has_text="k").count() >= 1  # counts shown
    page.screenshot(path=shots / "map-15000.png")
    cell = page.get_attribute("#map", "data-cell")
    alone = counts["towns"]["Mogadishu"]  # no other town within hundreds of kilometres
    box = page.locator(f'g.cluster[data-n="{alone}"]').bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(8):
        page.mouse.wheel(0, -500)
        page.wait_for_timeout(60)
    page.locator(f"#map:not([data-cell='{cell}'])").wait_for()
    assert float(page.get_attribute("#map", "data-cell")) < float(cell)  # a finer grid
    assert int(page.get_attribute("#map", "data-drawn")) == 15_000
    page.screenshot(path=shots / "map-15000-zoomed.png")
    n = page.evaluate("""() => {  // a cluster in view (zooming moved the others off the panel)
        const box = document.getElementById('map').getBoundingClientRect();
        const g = [...document.querySelectorAll('g.cluster')].find(c => { const r = c.getBoundingClientRect();
            return r.x > box.x && r.right < box.right && r.y > box.y && r.bottom < box.bottom; });
        g.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        return Number(g.dataset.n); }""")
    page.wait_for_selector("#map-list:not([hidden]) li")
    assert page.locator("#map-list li").count() == min(n, 200)
    assert page.inner_text("#map-list h2").startswith(f"{n} event")


def test_the_timeline_bins_three_years_by_week_with_readable_bars(page, large, shots):
    base, _ = large
    page.goto(f"{base}/timeline")
    page.wait_for_selector("#timeline[data-drawn]")
    assert page.get_attribute("#timeline", "data-unit") == "week"
    bins = int(page.get_attribute("#timeline", "data-drawn"))
    assert 150 <= bins <= 160
    widths = page.eval_on_selector_all("rect.bar", "rs => rs.map(r => r.getBBox().width)")
    assert min(widths) >= 4  # readable bars, not 1-pixel slivers
    page.screenshot(path=shots / "timeline-15000.png")
    page.goto(f"{base}/timeline?since=2021-02-01&until=2021-03-31")
    page.wait_for_selector("#timeline[data-drawn]")
    assert page.get_attribute("#timeline", "data-unit") == "week"  # since/until place the brush only


def _swatch_colours(page, selector):
    return page.eval_on_selector_all(
        f"{selector} span", "items => Object.fromEntries(items.filter(i => i.querySelector('.sw')).map("
        "i => [i.textContent.trim(), getComputedStyle(i.querySelector('.sw')).backgroundColor]))")


def test_one_palette_on_map_timeline_and_in_the_file(page, large):
    import yaml

    base, _ = large
    palette = yaml.safe_load((Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data" / "palette.yaml")
                             .read_text(encoding="utf-8"))
    page.goto(f"{base}/map")
    page.wait_for_selector("#map[data-drawn]")
    on_map = _swatch_colours(page, "#map-legend")
    page.goto(f"{base}/timeline")
    page.wait_for_selector("#timeline[data-drawn]")
    on_timeline = _swatch_colours(page, "#timeline-legend")
    for t in ("Battles", "Protests", "Riots", "Strategic developments"):
        hexa = palette["acled"][t]
        rgb = f"rgb({int(hexa[1:3], 16)}, {int(hexa[3:5], 16)}, {int(hexa[5:7], 16)})"
        assert on_map[t] == on_timeline[t] == rgb, t
        fill = page.get_attribute(f'#timeline g[data-type="{t}"]', "fill")
        assert fill.lower() == hexa.lower()


def test_the_actor_graph_at_200_actors_and_its_ego_view(page, large, shots):
    base, _ = large
    page.goto(f"{base}/actors?top=200")
    page.wait_for_selector("#graph[data-settled]", timeout=60000)
    names = page.eval_on_selector_all("g.node", "ns => ns.map(n => n.dataset.id)")
    assert len(names) == 200
    assert not {"four suspects", "15 others", "Quetta"} & set(names)  # counts and places are not actors
    box = page.locator("#graph").bounding_box()
    inside = page.eval_on_selector_all("g.node circle", "cs => cs.map(c => c.getBoundingClientRect())"
                                       ".map(r => [r.x, r.y, r.right, r.bottom])")
    assert all(box["x"] - 1 <= x0 and x1 <= box["x"] + box["width"] + 1 and box["y"] - 1 <= y0
               and y1 <= box["y"] + box["height"] + 1 for x0, y0, x1, y1 in inside)  # kept in the panel
    page.screenshot(path=shots / "actors-200.png")
    page.locator('g.node[data-id="Group 7"] circle').dispatch_event("click")
    page.wait_for_url("**/actors?*ego=Group+7*")
    page.wait_for_selector("#graph[data-settled]", timeout=60000)
    data = get_json(page.url.replace("/actors?", "/actors.json?"))
    assert data["ego"] == "Group 7" and data["edges"]
    assert all("Group 7" in (e["source"], e["target"]) for e in data["edges"])  # its ties only
    assert page.locator("g.node.ego").count() == 1
    kinds = {e["type"] for e in data["edges"]}
    dashes = page.eval_on_selector_all("g.edge path.link", "ps => ps.map(p => [p.parentNode.dataset.kind,"
                                       " p.getAttribute('stroke'), p.getAttribute('stroke-dasharray')])")
    looks = {k: (s, d) for k, s, d in dashes}
    assert set(looks) == kinds and len(set(looks.values())) == len(looks)  # every kind looks different
