// The map: Natural Earth countries (world-atlas TopoJSON, served from node_modules) and the
// selected events as circles: colour by type, area by fatalities. No tiles, nothing from elsewhere.
import { twin, colourFor, legend, showError } from "./common.js";

const d3 = window.d3;
const el = document.getElementById("map");

async function draw() {
  const [data, world] = await Promise.all([twin(), d3.json("/vendor/countries-50m.json")]);
  const points = data.points;
  const colour = colourFor(data.types);
  const width = el.clientWidth, height = el.clientHeight;
  const land = window.topojson.feature(world, world.objects.countries);
  const projection = d3.geoNaturalEarth1();
  if (points.length) {
    // fit the events, with room around them (at least ~6 degrees across)
    const lons = points.map((p) => p.lon), lats = points.map((p) => p.lat);
    let [x0, x1] = d3.extent(lons), [y0, y1] = d3.extent(lats);
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
    .attr("aria-label", `map of ${points.length} events`);
  const g = svg.append("g");
  g.append("path").attr("class", "sphere").attr("d", path({ type: "Sphere" }));
  g.append("g").selectAll("path").data(land.features).join("path").attr("class", "land").attr("d", path)
    .append("title").text((d) => d.properties.name);
  const maxF = d3.max(points, (p) => p.fatalities || 0) || 1;
  const radius = d3.scaleSqrt().domain([0, Math.max(maxF, 10)]).range([3.5, 14]);
  // the largest first, so that small points stay clickable on top
  const sorted = [...points].sort((a, b) => (b.fatalities || 0) - (a.fatalities || 0));
  const tip = d3.select(el.parentNode).append("div").attr("class", "map-tip").style("display", "none");
  const dots = g.append("g").selectAll("circle").data(sorted).join("circle")
    .attr("class", "event")
    .attr("data-id", (p) => p.id)
    .attr("cx", (p) => projection([p.lon, p.lat])[0])
    .attr("cy", (p) => projection([p.lon, p.lat])[1])
    .attr("r", (p) => radius(p.fatalities || 0))
    .attr("fill", (p) => colour(p.type))
    .on("click", (ev, p) => { location.href = `/events/${p.id}`; })
    .on("mousemove", (ev, p) => {
      const [x, y] = d3.pointer(ev, el);
      tip.style("display", null).style("left", `${x + 14}px`).style("top", `${y + 10}px`);
      const lines = [p.summary || `event ${p.id}`, `${p.date} · ${p.place}`,
        `${p.subtype || p.type}${p.fatalities != null ? ` · ${p.fatalities} killed` : ""} · ${p.status}`];
      tip.selectAll("div").data(lines).join("div").text((t) => t);  // text, never markup
    })
    .on("mouseleave", () => tip.style("display", "none"));
  dots.append("title").text((p) => `${p.summary || ""} (${p.date})`);
  const zoom = d3.zoom().scaleExtent([0.5, 60]).on("zoom", (ev) => {
    g.attr("transform", ev.transform);
    dots.attr("r", (p) => radius(p.fatalities || 0) / Math.sqrt(ev.transform.k));
  });
  svg.call(zoom);
  const lg = document.getElementById("map-legend");
  legend(lg, data.types.map((t) => [t, colour(t)]));
  // the sizes: circles drawn as the map draws them
  for (const n of [0, Math.max(1, Math.round(maxF / 4)), Math.max(maxF, 10)].filter((v, i, a) => a.indexOf(v) === i)) {
    const item = document.createElement("span");
    const sw = document.createElement("span");
    sw.className = "size";
    const r = radius(n);
    sw.style.width = sw.style.height = `${2 * r}px`;
    item.append(sw, document.createTextNode(n ? `${n} killed` : "none or unknown"));
    lg.append(item);
  }
  el.dataset.drawn = String(points.length);
}

draw().catch((err) => showError(el, err));
