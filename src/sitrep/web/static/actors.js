// The actor graph: a force layout kept inside the panel, with collision, of the actors the server
// chose (the most connected, a search's, or one actor's ties); a colour and a line style per kind of
// tie from the one palette, faded when not stated as fact. A click on a line lists its evidence; a
// click on an actor shows its ties only (ego view); its name links to its events.
import { PALETTE, twin, legend, showError, tieLook, withParams } from "./common.js";

const d3 = window.d3;
const el = document.getElementById("graph");
const panel = document.getElementById("edge-panel");
const FACT = new Set(["reported", "confirmed"]);
const DASH = { solid: null, dashed: "7 4", dotted: "2 3" };

function showEdge(e) {
  panel.replaceChildren();
  const h = document.createElement("h2");
  h.textContent = `${e.source.id ?? e.source} ${e.type} ${e.target.id ?? e.target}`;
  const p = document.createElement("p");
  p.className = "meta";
  p.textContent = `${e.status} · ${e.count} sentence${e.count === 1 ? "" : "s"}`
    + (e.count > e.evidence.length ? ` (the first ${e.evidence.length} shown)` : "");
  panel.append(h, p);
  for (const v of e.evidence) {
    const q = document.createElement("blockquote");
    q.textContent = v.text || "";
    const a = document.createElement("a");
    a.href = v.href;  // built by the server: /articles/ID?mark=START-END#focus
    a.className = "evidence-link";
    a.textContent = `${v.title || v.article}${v.credited_to ? " — according to " + v.credited_to : ""}`;
    panel.append(q, a);
  }
}

function controls(data) {
  const form = document.getElementById("graph-controls");
  for (const sw of form.querySelectorAll(".line[data-kind]")) {
    const look = tieLook(sw.dataset.kind);
    sw.style.borderTopColor = look.colour;
    sw.style.borderTopStyle = look.dash;
  }
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const params = { ...data.filters, top: form.top.value, q: form.q.value.trim(), ego: data.ego };
    const boxes = [...form.querySelectorAll("input[name=kind]")];
    const on = boxes.filter((b) => b.checked).map((b) => b.value);
    if (on.length && on.length < boxes.length) params.kinds = on.join(",");
    if (params.q) delete params.ego;
    location.href = withParams("/actors", params);
  });
}

async function draw() {
  const data = await twin();
  controls(data);
  const width = el.clientWidth, height = el.clientHeight;
  const nodeColour = (t) => PALETTE.actors[t] || PALETTE.actors.none;
  const nodes = data.nodes.map((n) => ({ ...n }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = data.edges.filter((e) => byId.has(e.source) && byId.has(e.target)).map((e) => ({ ...e }));
  const pairs = new Map();  // parallel edges between one pair bend apart
  for (const e of edges) {
    const k = [e.source, e.target].sort().join("\u0000");
    e.bend = pairs.get(k) || 0;
    pairs.set(k, e.bend + 1);
  }
  const many = nodes.length > 80;
  const size = d3.scaleSqrt().domain([0, d3.max(nodes, (n) => n.events + n.degree) || 1]).range(many ? [2.5, 9] : [5, 18]);
  const r = (n) => size(n.events + n.degree);
  const svg = d3.select(el).append("svg").attr("viewBox", [0, 0, width, height]);
  const defs = svg.append("defs");
  const kinds = [...new Set(edges.map((e) => e.type))];
  kinds.forEach((t, i) => {
    defs.append("marker").attr("id", "arrow-" + i).attr("viewBox", "0 -5 10 10")
      .attr("refX", 10).attr("markerWidth", 7).attr("markerHeight", 7).attr("orient", "auto")
      .append("path").attr("d", "M0,-5L10,0L0,5").attr("fill", tieLook(t).colour);
  });
  const g = svg.append("g");
  svg.call(d3.zoom().scaleExtent([0.3, 6]).on("zoom", (ev) => g.attr("transform", ev.transform)));
  const link = g.append("g").selectAll("g").data(edges).join("g").attr("class", "edge").attr("data-id", (e) => e.id)
    .attr("data-kind", (e) => e.type);
  const hit = link.append("path").attr("class", "hit");
  const line = link.append("path").attr("class", (e) => "link" + (FACT.has(e.status) ? "" : " unconfirmed"))
    .attr("stroke", (e) => tieLook(e.type).colour).attr("stroke-dasharray", (e) => DASH[tieLook(e.type).dash])
    .attr("marker-end", (e) => `url(#arrow-${kinds.indexOf(e.type)})`);
  link.append("title").text((e) => `${e.source} ${e.type} ${e.target} (${e.status}, ${e.count})`);
  link.on("click", (ev, e) => { line.classed("on", (x) => x === e); showEdge(e); });
  const node = g.append("g").selectAll("g").data(nodes).join("g").attr("class", "node")
    .attr("data-id", (n) => n.id).classed("ego", (n) => n.id === data.ego);
  node.append("circle").attr("r", r).attr("fill", (n) => nodeColour(n.type))
    .on("click", (ev, n) => { location.href = n.ego; });
  // labels for the most connected (all of them when few), the rest on hover
  const labelled = new Set(nodes.slice(0, many ? 30 : nodes.length).map((n) => n.id));
  const label = node.filter((n) => labelled.has(n.id) || n.id === data.ego).append("a").attr("href", (n) => n.href);
  label.append("text").attr("x", (n) => r(n) + 3).attr("y", 4).text((n) => (n.id.length > 34 ? n.id.slice(0, 32) + "…" : n.id));
  node.append("title").text((n) => `${n.id} (${n.type || "type unknown"}): ${n.events} events, ${n.degree} ties — click for its ties`);
  const pad = 24;
  const sim = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(edges).id((n) => n.id).distance(many ? 60 : 120))
    .force("charge", d3.forceManyBody().strength(many ? -120 : -380))
    .force("x", d3.forceX(width * 0.45).strength(many ? 0.12 : 0.08)).force("y", d3.forceY(height / 2).strength(many ? 0.16 : 0.1))
    .force("collide", d3.forceCollide((n) => r(n) + (many ? 6 : 20)));
  function arc(e) {
    const sx = e.source.x, sy = e.source.y, tx = e.target.x, ty = e.target.y;
    const dx = tx - sx, dy = ty - sy, len = Math.hypot(dx, dy) || 1;
    const ex = tx - (dx / len) * (r(e.target) + 3), ey = ty - (dy / len) * (r(e.target) + 3);
    if (!e.bend && sx !== tx) return `M${sx},${sy}L${ex},${ey}`;
    const k = 25 * (e.bend + 1) * (e.bend % 2 ? -1 : 1);
    const mx = (sx + tx) / 2 - (dy / len) * k, my = (sy + ty) / 2 + (dx / len) * k;
    return `M${sx},${sy}Q${mx},${my} ${ex},${ey}`;
  }
  sim.on("end", () => { el.dataset.settled = "1"; });
  sim.on("tick", () => {
    for (const n of nodes) {  // kept inside the panel, a label's room on the right
      const room = labelled.has(n.id) ? Math.min(200, 6.5 * Math.min(n.id.length, 33)) : pad;
      n.x = Math.max(pad, Math.min(width - room - r(n), n.x));
      n.y = Math.max(pad, Math.min(height - pad, n.y));
    }
    hit.attr("d", arc);
    line.attr("d", arc);
    node.attr("transform", (n) => `translate(${n.x},${n.y})`);
  });
  node.call(d3.drag()
    .on("start", (ev, n) => { if (!ev.active) sim.alphaTarget(0.3).restart(); n.fx = n.x; n.fy = n.y; })
    .on("drag", (ev, n) => { n.fx = ev.x; n.fy = ev.y; })
    .on("end", (ev, n) => { if (!ev.active) sim.alphaTarget(0); n.fx = null; n.fy = null; }));
  const types = [...new Set(nodes.map((n) => n.type || "type unknown"))];
  const lg = document.getElementById("graph-legend");
  legend(lg, types.map((t) => [t, nodeColour(t)]));
  for (const t of kinds) {
    const item = document.createElement("span");
    const sw = document.createElement("span");
    sw.className = "line";
    sw.style.borderTopColor = tieLook(t).colour;
    sw.style.borderTopStyle = tieLook(t).dash;
    sw.dataset.kind = t;
    item.append(sw, document.createTextNode(t));
    lg.append(item);
  }
  el.dataset.drawn = String(edges.length);
  el.dataset.nodes = String(nodes.length);
}

draw().catch((err) => showError(el, err));
