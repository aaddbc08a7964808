// The timeline: events per bin (day, week, month or year, as the server chose for the span), stacked
// by ACLED type or, with by=plover, by PLOVER type, in the one palette. Brushing a stretch lists its
// events (from /events.json) and sets since/until on the links to the table and the map.
import { twin, colourOf, legend, showError, withParams } from "./common.js";

const d3 = window.d3;
const el = document.getElementById("timeline");
const DAY = 86400000;
const iso = (d) => d.toISOString().slice(0, 10);
const parse = (s) => new Date(s + "T00:00:00Z");
const label = (t) => (t === "none" ? "no type" : t);

async function draw() {
  const data = await twin();
  const scheme = data.by;
  legend(document.getElementById("timeline-legend"), data.types.map((t) => [label(t), colourOf(t, scheme)]));
  const width = el.clientWidth, height = el.clientHeight;
  const m = { top: 14, right: 44, bottom: 28, left: 40 };
  const svg = d3.select(el).append("svg").attr("viewBox", [0, 0, width, height]);
  if (!data.bins.length) {
    svg.append("text").attr("x", 20).attr("y", 40).text("No dated event in this selection.");
    return;
  }
  const first = parse(data.bins[0].start), last = new Date(parse(data.bins.at(-1).end).getTime() + DAY);
  const x = d3.scaleUtc().domain([first, last]).range([m.left, width - m.right]);
  const rows = data.bins.map((b) => ({ start: parse(b.start), end: new Date(parse(b.end).getTime() + DAY),
    ...Object.fromEntries(data.types.map((t) => [t, b.counts[t] || 0])) }));
  const stack = d3.stack().keys(data.types)(rows);
  const y = d3.scaleLinear().domain([0, d3.max(data.bins, (b) => b.total) || 1]).nice().range([height - m.bottom, m.top]);
  const gap = (d) => Math.min(2, (x(d.end) - x(d.start)) * 0.15);
  svg.append("g").selectAll("g").data(stack).join("g").attr("fill", (s) => colourOf(s.key, scheme))
    .attr("data-type", (s) => s.key)
    .selectAll("rect").data((s) => s.map((d) => Object.assign(d, { key: s.key })).filter((d) => d[1] > d[0]))
    .join("rect")
    .attr("class", "bar").attr("x", (d) => x(d.data.start) + gap(d.data) / 2)
    .attr("width", (d) => Math.max(1, x(d.data.end) - x(d.data.start) - gap(d.data)))
    .attr("y", (d) => y(d[1])).attr("height", (d) => y(d[0]) - y(d[1]))
    .append("title").text((d) => `${data.unit} of ${iso(d.data.start)}: ${d[1] - d[0]} ${label(d.key)}`);
  svg.append("g").attr("class", "axis").attr("transform", `translate(0,${height - m.bottom})`)
    .call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(width / 110))));
  svg.append("g").attr("class", "axis").attr("transform", `translate(${m.left},0)`)
    .call(d3.axisLeft(y).ticks(Math.min(6, y.domain()[1])).tickFormat(d3.format("~s")));

  const others = { ...data.filters };
  delete others.since; delete others.until;
  let asked = 0;
  async function select(since, until) {
    const params = { ...others, since, until };
    document.getElementById("to-table").href = withParams("/events", params);
    document.getElementById("to-map").href = withParams("/map", params);
    history.replaceState(null, "", withParams("/timeline", { ...params, by: scheme === "plover" ? "plover" : null }));
    const ticket = ++asked;
    const resp = await fetch(withParams("/events.json", { ...params, size: 100 }), { headers: { Accept: "application/json" } });
    const page = await resp.json();
    if (ticket !== asked) return;
    if (!page.ok) throw new Error(page.error);
    document.getElementById("range").textContent = since
      ? `${since} to ${until}: ${page.total} event${page.total === 1 ? "" : "s"}${page.total > page.rows.length ? ` (the first ${page.rows.length} listed)` : ""}.`
      : `The whole span: ${page.total} events.`;
    d3.select("#brushed").selectAll("li").data(page.rows, (e) => e.id)
      .join((enter) => {
        const li = enter.append("li");
        li.append("a").attr("href", (e) => `/events/${e.id}`).text((e) => e.summary || `event ${e.id}`);
        li.append("small").text((e) => ` ${e.date_start || "undated"} · ${e.acled_type || e.plover || ""}`);
        return li;
      }).order();
  }
  const binOf = (d) => rows.find((r) => r.end > d) || rows.at(-1);
  const brush = d3.brushX().extent([[m.left, m.top], [width - m.right, height - m.bottom]])
    .on("end", (ev) => {
      if (!ev.selection) { select(null, null).catch((err) => showError(el, err)); return; }
      if (!ev.sourceEvent) return;  // moved by the snapping below
      const [a, b] = ev.selection.map(x.invert);  // snapped to whole bins
      const s = binOf(a).start, e = binOf(new Date(b.getTime() - 1)).end;
      gb.transition().call(brush.move, [x(s), x(e)]);
      select(iso(s), iso(new Date(e.getTime() - DAY))).catch((err) => showError(el, err));
    });
  const gb = svg.append("g").attr("class", "brush").call(brush);
  if (data.brush.since || data.brush.until) {
    const s = data.brush.since ? parse(data.brush.since) : first;
    const e = data.brush.until ? new Date(parse(data.brush.until).getTime() + DAY) : last;
    gb.call(brush.move, [x(s < first ? first : s), x(e > last ? last : e)]);
    await select(data.brush.since, data.brush.until);
  } else {
    await select(null, null);
  }
  el.dataset.drawn = String(data.bins.length);
}

draw().catch((err) => showError(el, err));
