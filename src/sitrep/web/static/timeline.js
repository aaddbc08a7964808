// The timeline: events per week (stacked by type); brushing a stretch lists its events and sets
// since/until on the links to the table and the map (and in this page's address).
import { twin, colourFor, legend, showError, withParams } from "./common.js";

const d3 = window.d3;
const el = document.getElementById("timeline");
const DAY = 86400000;
const iso = (d) => d.toISOString().slice(0, 10);
const parse = (s) => new Date(s + "T00:00:00Z");

async function draw() {
  const data = await twin();
  const colour = colourFor(data.types);
  legend(document.getElementById("timeline-legend"), data.types.map((t) => [t, colour(t)]));
  const width = el.clientWidth, height = el.clientHeight;
  const m = { top: 14, right: 44, bottom: 28, left: 34 };
  const svg = d3.select(el).append("svg").attr("viewBox", [0, 0, width, height]);
  if (!data.weeks.length) {
    svg.append("text").attr("x", 20).attr("y", 40).text("No dated event in this selection.");
    return;
  }
  const first = parse(data.weeks[0].week), last = new Date(parse(data.weeks.at(-1).week).getTime() + 7 * DAY);
  const x = d3.scaleUtc().domain([first, last]).range([m.left, width - m.right]);
  const rows = data.weeks.map((w) => ({ week: parse(w.week), ...Object.fromEntries(data.types.map((t) => [t, w.counts[t] || 0])) }));
  const stack = d3.stack().keys(data.types)(rows);
  const y = d3.scaleLinear().domain([0, d3.max(data.weeks, (w) => w.total) || 1]).nice().range([height - m.bottom, m.top]);
  const weekW = x(new Date(first.getTime() + 7 * DAY)) - x(first);
  const barW = Math.max(1, Math.min(weekW - 2, 56));
  const barX = (week) => x(week) + (weekW - barW) / 2;
  svg.append("g").selectAll("g").data(stack).join("g").attr("fill", (s) => colour(s.key))
    .selectAll("rect").data((s) => s.map((d) => Object.assign(d, { key: s.key })).filter((d) => d[1] > d[0]))
    .join("rect")
    .attr("class", "bar").attr("x", (d) => barX(d.data.week)).attr("width", barW)
    .attr("y", (d) => y(d[1])).attr("height", (d) => y(d[0]) - y(d[1]))
    .append("title").text((d) => `week of ${iso(d.data.week)}: ${d[1] - d[0]} ${d.key}`);
  svg.append("g").attr("class", "axis").attr("transform", `translate(0,${height - m.bottom})`)
    .call(d3.axisBottom(x).ticks(d3.utcMonday.every(Math.ceil((data.weeks.length + 1) / 12)))
      .tickFormat(d3.utcFormat("%Y-%m-%d")));
  svg.append("g").attr("class", "axis").attr("transform", `translate(${m.left},0)`)
    .call(d3.axisLeft(y).ticks(Math.min(6, y.domain()[1])).tickFormat(d3.format("d")));

  const others = { ...data.filters };
  delete others.since; delete others.until;
  function select(since, until) {
    const inRange = data.events.filter((e) => (!since || (e.date_end || e.date_start) >= since) && (!until || e.date_start <= until));
    const params = { ...others, since, until };
    document.getElementById("to-table").href = withParams("/events", params);
    document.getElementById("to-map").href = withParams("/map", params);
    history.replaceState(null, "", withParams("/timeline", params));
    document.getElementById("range").textContent = since
      ? `${since} to ${until}: ${inRange.length} event${inRange.length === 1 ? "" : "s"}.`
      : `All weeks: ${inRange.length} events.`;
    const list = d3.select("#brushed").selectAll("li").data(inRange.slice(0, 200), (e) => e.id)
      .join((enter) => {
        const li = enter.append("li");
        li.append("a").attr("href", (e) => `/events/${e.id}`).text((e) => e.summary || `event ${e.id}`);
        li.append("small").text((e) => ` ${e.date} · ${e.type}${e.place ? " · " + e.place : ""}`);
        return li;
      });
    list.order();
  }
  const brush = d3.brushX().extent([[m.left, m.top], [width - m.right, height - m.bottom]])
    .on("end", (ev) => {
      if (!ev.selection) { select(null, null); return; }
      if (!ev.sourceEvent) return;  // moved by the snapping below
      // snap to whole weeks
      const [a, b] = ev.selection.map(x.invert);
      const weekOf = (d) => new Date(Math.floor((d - first) / (7 * DAY)) * 7 * DAY + first.getTime());
      const s = weekOf(a), e = new Date(weekOf(new Date(b.getTime() - 1)).getTime() + 7 * DAY);
      gb.transition().call(brush.move, [x(s), x(e)]);
      select(iso(s), iso(new Date(e.getTime() - DAY)));
    });
  const gb = svg.append("g").attr("class", "brush").call(brush);
  if (data.brush.since || data.brush.until) {
    const s = data.brush.since ? parse(data.brush.since) : first;
    const e = data.brush.until ? new Date(parse(data.brush.until).getTime() + DAY) : last;
    gb.call(brush.move, [x(s < first ? first : s), x(e > last ? last : e)]);
    select(data.brush.since, data.brush.until);
  } else {
    select(null, null);
  }
  el.dataset.drawn = String(data.weeks.length);
}

draw().catch((err) => showError(el, err));
