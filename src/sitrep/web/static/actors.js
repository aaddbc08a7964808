// The actor graph: a force layout of actors (colour by type) and the relations between them
// (colour by relation, dashed when not stated as fact). A click on a line lists its evidence.
import { twin, colourFor, legend, showError } from "./common.js";

const d3 = window.d3;
const el = document.getElementById("graph");
const panel = document.getElementById("edge-panel");
const ACTOR_COLOURS = { state: "#1f5fa8", rebel: "#d62728", political_militia: "#ff7f0e", identity_militia: "#bcbd22",
  rioters: "#e377c2", protesters: "#17becf", civilians: "#2ca02c", external: "#7f7f7f" };
const FACT = new Set(["reported", "confirmed"]);

function showEdge(e) {
  panel.replaceChildren();
  const h = document.createElement("h2");
  h.textContent = `${e.source.id ?? e.source} ${e.type} ${e.target.id ?? e.target}`;
  const p = document.createElement("p");
  p.className = "meta";
  p.textContent = `${e.status} · ${e.count} sentence${e.count === 1 ? "" : "s"}`;
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

async function draw() {
  const data = await twin();
  const width = el.clientWidth, height = el.clientHeight;
  const relColour = colourFor(data.relation_types);
  const nodeColour = (t) => ACTOR_COLOURS[t] || "#9aa5b1";
  const nodes = data.nodes.map((n) => ({ ...n }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = data.edges.filter((e) => byId.has(e.source) && byId.has(e.target)).map((e) => ({ ...e }));
  // parallel edges between one pair bend apart
  const pairs = new Map();
  for (const e of edges) {
    const k = [e.source, e.target].sort().join("\u0000");
    e.bend = pairs.get(k) || 0;
    pairs.set(k, e.bend + 1);
  }
  const size = d3.scaleSqrt().domain([0, d3.max(nodes, (n) => n.events + n.relations) || 1]).range([5, 18]);
  const svg = d3.select(el).append("svg").attr("viewBox", [0, 0, width, height]);
  const defs = svg.append("defs");
  for (const t of data.relation_types) {
    defs.append("marker").attr("id", "arrow-" + data.relation_types.indexOf(t)).attr("viewBox", "0 -5 10 10")
      .attr("refX", 10).attr("markerWidth", 7).attr("markerHeight", 7).attr("orient", "auto")
      .append("path").attr("d", "M0,-5L10,0L0,5").attr("fill", relColour(t));
  }
  const g = svg.append("g");
  svg.call(d3.zoom().scaleExtent([0.3, 5]).on("zoom", (ev) => g.attr("transform", ev.transform)));
  const link = g.append("g").selectAll("g").data(edges).join("g").attr("class", "edge").attr("data-id", (e) => e.id);
  const hit = link.append("path").attr("class", "hit");
  const line = link.append("path").attr("class", (e) => "link" + (FACT.has(e.status) ? "" : " dashed"))
    .attr("stroke", (e) => relColour(e.type)).attr("marker-end", (e) => `url(#arrow-${data.relation_types.indexOf(e.type)})`);
  link.append("title").text((e) => `${e.source} ${e.type} ${e.target} (${e.status}, ${e.count})`);
  link.on("click", (ev, e) => {
    line.classed("on", (x) => x === e);
    showEdge(e);
  });
  const node = g.append("g").selectAll("g").data(nodes).join("g").attr("class", "node");
  node.append("circle").attr("r", (n) => size(n.events + n.relations)).attr("fill", (n) => nodeColour(n.type));
  const label = node.append("a").attr("href", (n) => n.href);
  label.append("text").attr("x", (n) => size(n.events + n.relations) + 3).attr("y", 4).text((n) => n.id);
  node.append("title").text((n) => `${n.id} (${n.type || "type unknown"}): ${n.events} events`);
  const sim = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(edges).id((n) => n.id).distance(130))
    .force("charge", d3.forceManyBody().strength(-420))
    .force("center", d3.forceCenter(width / 2, height / 2))
    .force("x", d3.forceX(width / 2).strength(0.05)).force("y", d3.forceY(height / 2).strength(0.07))
    .force("collide", d3.forceCollide((n) => size(n.events + n.relations) + 24));
  function arc(e) {
    const sx = e.source.x, sy = e.source.y, tx = e.target.x, ty = e.target.y;
    const dx = tx - sx, dy = ty - sy, len = Math.hypot(dx, dy) || 1;
    const r = size(e.target.events + e.target.relations) + 3;
    const ex = tx - (dx / len) * r, ey = ty - (dy / len) * r;
    if (!e.bend && sx !== tx) return `M${sx},${sy}L${ex},${ey}`;
    const k = 25 * (e.bend + 1) * (e.bend % 2 ? -1 : 1);
    const mx = (sx + tx) / 2 - (dy / len) * k, my = (sy + ty) / 2 + (dx / len) * k;
    return `M${sx},${sy}Q${mx},${my} ${ex},${ey}`;
  }
  sim.on("end", () => { el.dataset.settled = "1"; });
  sim.on("tick", () => {
    hit.attr("d", arc);
    line.attr("d", arc);
    node.attr("transform", (n) => `translate(${n.x},${n.y})`);
  });
  node.call(d3.drag()
    .on("start", (ev, n) => { if (!ev.active) sim.alphaTarget(0.3).restart(); n.fx = n.x; n.fy = n.y; })
    .on("drag", (ev, n) => { n.fx = ev.x; n.fy = ev.y; })
    .on("end", (ev, n) => { if (!ev.active) sim.alphaTarget(0); n.fx = null; n.fy = null; }));
  const types = [...new Set(nodes.map((n) => n.type || "type unknown"))];
  legend(document.getElementById("graph-legend"), types.map((t) => [t, nodeColour(t)]));
  const lg = document.getElementById("graph-legend");
  for (const t of data.relation_types) {
    const item = document.createElement("span");
    const sw = document.createElement("span");
    sw.className = "line";
    sw.style.borderTopColor = relColour(t);
    item.append(sw, document.createTextNode(t));
    lg.append(item);
  }
  const dashed = document.createElement("span");
  const dsw = document.createElement("span");
  dsw.className = "line dashed";
  dashed.append(dsw, document.createTextNode("claimed / alleged / denied / planned"));
  lg.append(dashed);
  el.dataset.drawn = String(edges.length);
}

draw().catch((err) => showError(el, err));
