// The map: Natural Earth countries (world-atlas TopoJSON, served from node_modules) and the selected
// events clustered on a grid that follows the zoom (the server groups them: /map.json?cell=DEGREES).
// A cluster's area is its number of events, its label that number, its colour its commonest ACLED
// type (the one palette). Clicking a cluster lists its events, the deadliest first, sized by deaths.
import { twin, colourOf, legend, showError, withParams } from "./common.js";

const d3 = window.d3;
const el = document.getElementById("map");
const list = document.getElementById("map-list");

async function draw() {
  const [first, world] = await Promise.all([twin(), d3.json("/vendor/countries-50m.json")]);
  const filters = first.filters, types = first.types, cells = first.cells;
  const width = el.clientWidth, height = el.clientHeight;
  const land = window.topojson.feature(world, world.objects.countries);
  const projection = d3.geoNaturalEarth1();
  if (first.extent) {
    // fit the events, with room around them (at least ~6 degrees across)
    let [[x0, y0], [x1, y1]] = first.extent;
    const pad = Math.max(3, (x1 - x0) * 0.25, (y1 - y0) * 0.25);
    x0 -= pad; x1 += pad; y0 -= pad; y1 += pad;
    // corners as points: a polygon's winding would make d3 fit the rest of the globe instead
    const box = { type: "MultiPoint", coordinates: [[x0, y0], [x1, y0], [x1, y1], [x0, y1]] };
    projection.fitExtent([[10, 10], [width - 10, height - 10]], box);
  } else {
    projection.fitExtent([[10, 10], [width - 10, height - 10]], { type: "Sphere" });
  }
  const path = d3.geoPath(projection);
  const svg = d3.select(el).append("svg").attr("viewBox", [0, 0, width, height]).attr("role", "img")
    .attr("aria-label", `map of ${first.located} events in clusters`);
  const g = svg.append("g");
  g.append("path").attr("class", "sphere").attr("d", path({ type: "Sphere" }));
  g.append("g").selectAll("path").data(land.features).join("path").attr("class", "land").attr("d", path)
    .append("title").text((d) => d.properties.name);
  const layer = g.append("g").attr("class", "clusters");
  const tip = d3.select(el.parentNode).append("div").attr("class", "map-tip").style("display", "none");
  let k = 1, cell = first.cell, raw = first.clusters, clusters = raw, asked = 0;

  const radius = () => {
    const most = d3.max(raw, (c) => c[2]) || 1;
    return d3.scaleSqrt().domain([1, Math.max(most, 2)]).range([6, 22]);
  };
  const pie = d3.pie().sort(null).value((d) => d.n);
  const slices = (c) => pie(types.map((t, i) => ({ type: t, n: c[4][i] })).filter((d) => d.n));
  const dominant = (c) => types[d3.maxIndex(c[4])];

  // neighbouring cells whose circles would overlap on screen are drawn as one cluster (the counts,
  // deaths and types summed; the cells kept, so that clicking lists all of their events)
  function merged(raw, r) {
    const out = [];
    for (const c of [...raw].sort((a, b) => b[2] - a[2])) {
      const [x, y] = projection([c[1], c[0]]);
      const near = out.find((m) => Math.hypot(m.x - x, m.y - y) * k < (r(m.c[2]) + r(c[2])) * 0.9);
      if (!near) { out.push({ x, y, c: [...c, [[c[6], c[7]]]] }); continue; }
      const m = near.c, n = m[2] + c[2];
      near.c = [(m[0] * m[2] + c[0] * c[2]) / n, (m[1] * m[2] + c[1] * c[2]) / n, n, m[3] + c[3],
        m[4].map((v, i) => v + c[4][i]), Math.min(m[5], c[5]), m[6], m[7], [...m[8], [c[6], c[7]]]];
      [near.x, near.y] = projection([near.c[1], near.c[0]]);
    }
    return out.map((m) => m.c);
  }

  function render() {
    const r = radius();
    clusters = merged(raw, r);
    const groups = layer.selectAll("g.cluster").data(clusters, (c) => `${cell}:${c[6]}:${c[7]}`)
      .join((enter) => {
        const gr = enter.append("g").attr("class", "cluster").attr("tabindex", 0).attr("role", "button");
        gr.append("circle").attr("class", "event");  // the ring's ground and outline
        gr.append("g").attr("class", "slices");      // a ring: the share of each ACLED type
        gr.append("circle").attr("class", "hole");
        gr.append("text").attr("class", "count").attr("text-anchor", "middle").attr("dy", "0.35em");
        return gr;
      })
      .attr("data-n", (c) => c[2])
      .attr("data-type", (c) => dominant(c))
      .attr("transform", (c) => { const [x, y] = projection([c[1], c[0]]); return `translate(${x},${y})`; })
      .on("click", (ev, c) => open(c))
      .on("keydown", (ev, c) => { if (ev.key === "Enter") open(c); })
      .on("mousemove", (ev, c) => {
        const [x, y] = d3.pointer(ev, el);
        tip.style("display", null).style("left", `${x + 14}px`).style("top", `${y + 10}px`);
        const parts = types.map((t, i) => [t, c[4][i]]).filter(([, n]) => n).map(([t, n]) => `${n} ${t === "none" ? "no ACLED type" : t}`);
        const lines = [`${c[2]} event${c[2] === 1 ? "" : "s"} · ${c[3]} killed`, ...parts, "click to list them"];
        tip.selectAll("div").data(lines).join("div").text((t) => t);  // text, never markup
      })
      .on("mouseleave", () => tip.style("display", "none"));
    scale(groups, r);
    groups.select("text").text((c) => (c[2] > 1 ? d3.format(".2~s")(c[2]) : ""));
    groups.sort((a, b) => b[2] - a[2]);  // the big ones below, small ones clickable on top
    el.dataset.drawn = String(d3.sum(clusters, (c) => c[2]));
    el.dataset.clusters = String(clusters.length);
    el.dataset.cell = String(cell);
  }

  // sizes in screen pixels whatever the zoom: the ring, its hole and the label
  function scale(groups, r) {
    groups.select("circle.event").attr("r", (c) => r(c[2]) / k).attr("fill", (c) => colourOf(dominant(c)))
      .attr("stroke-width", 1.2 / k);
    groups.select("g.slices").selectAll("path").data((c) => slices(c).map((s) => ({ ...s, c })))
      .join("path").attr("fill", (s) => colourOf(s.data.type))
      .attr("d", (s) => d3.arc().innerRadius(r(s.c[2]) * 0.55 / k).outerRadius(r(s.c[2]) / k)(s));
    groups.select("circle.hole").attr("r", (c) => (c[2] > 1 ? r(c[2]) * 0.55 / k : 0));
    groups.select("text").style("font-size", `${10 / k}px`);
  }

  async function open(c) {
    const resp = await fetch(withParams("/map/cluster.json", { ...filters, cell, cells: c[8].map(([y, x]) => `${y}.${x}`).join(",") }));
    const data = await resp.json();
    if (!data.ok) throw new Error(data.error);
    const most = d3.max(data.events, (e) => e.fatalities || 0) || 1;
    list.replaceChildren();
    const h = document.createElement("h2");
    h.textContent = `${data.total} event${data.total === 1 ? "" : "s"} here, ${c[3]} killed`
      + (data.total > data.events.length ? ` (the ${data.events.length} deadliest listed)` : "");
    const ol = document.createElement("ol");
    for (const e of data.events) {
      const li = document.createElement("li");
      const bar = document.createElement("span");
      bar.className = "deaths";
      bar.style.width = `${Math.round(60 * (e.fatalities || 0) / most)}px`;
      bar.style.background = colourOf(e.type);
      const a = document.createElement("a");
      a.href = `/events/${e.id}`;
      a.textContent = e.summary || `event ${e.id}`;
      const small = document.createElement("small");
      small.textContent = ` ${e.date} · ${e.place} · ${e.subtype || e.type}${e.fatalities != null ? ` · ${e.fatalities} killed` : ""}`;
      li.append(bar, a, small);
      ol.append(li);
    }
    list.append(h, ol);
    list.hidden = false;
  }

  // the grid size that puts about 48 pixels between clusters at the current zoom
  function wanted(transform) {
    const a = projection.invert(transform.invert([width / 2, height / 2]));
    const b = projection.invert(transform.invert([width / 2 + 48, height / 2]));
    const deg = Math.max(1e-6, Math.abs(b[0] - a[0]));
    return cells.reduce((best, c) => (Math.abs(Math.log2(c) - Math.log2(deg)) < Math.abs(Math.log2(best) - Math.log2(deg)) ? c : best));
  }

  async function regrid(next) {
    const ticket = ++asked;
    const resp = await fetch(withParams("/map.json", { ...filters, cell: next }), { headers: { Accept: "application/json" } });
    const data = await resp.json();
    if (!data.ok) throw new Error(data.error);
    if (ticket !== asked) return;  // a later zoom asked since
    cell = data.cell;
    raw = data.clusters;
    layer.selectAll("g.cluster").remove();
    render();
  }

  let timer = null;
  let lastK = 1;
  const zoom = d3.zoom().scaleExtent([0.5, 400]).on("zoom", (ev) => {
    g.attr("transform", ev.transform);
    k = ev.transform.k;
    scale(layer.selectAll("g.cluster"), radius());
    if (Math.abs(Math.log2(k / lastK)) > 0.5) { lastK = k; layer.selectAll("g.cluster").remove(); render(); }
    clearTimeout(timer);
    timer = setTimeout(() => {
      const next = wanted(ev.transform);
      if (next !== cell) regrid(next).catch((err) => showError(el, err));
    }, 150);
  });
  svg.call(zoom);
  const start = wanted(d3.zoomIdentity);  // the grid this view wants, if the server's guess differs
  if (start !== cell) await regrid(start); else render();
  legend(document.getElementById("map-legend"), first.present.map((t) => [t === "none" ? "no ACLED type" : t, colourOf(t)]));
}

draw().catch((err) => showError(el, err));
