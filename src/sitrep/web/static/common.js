// Shared by the pages' scripts: the page's JSON twin, a colour per type, safe text.
export async function twin() {
  const url = location.pathname + ".json" + location.search;
  const resp = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
  const data = await resp.json();
  if (!data.ok) throw new Error(data.error || `HTTP ${resp.status}`);
  return data;
}

export const TYPE_COLOURS = {
  "Battles": "#d62728",
  "Explosions/Remote violence": "#ff7f0e",
  "Violence against civilians": "#8c2d9c",
  "Protests": "#1f77b4",
  "Riots": "#e377c2",
  "Strategic developments": "#2ca02c",
};
const EXTRA = ["#17becf", "#bcbd22", "#7f7f7f", "#8c564b", "#393b79", "#637939", "#843c39", "#7b4173"];

export function colourFor(types) {
  const map = new Map();
  let k = 0;
  for (const t of types) map.set(t, TYPE_COLOURS[t] || EXTRA[k++ % EXTRA.length]);
  return (t) => map.get(t) || "#7f7f7f";
}

// A legend of coloured swatches; text goes through textContent, never markup.
export function legend(el, entries, shape = "sw") {
  el.replaceChildren();
  for (const [label, colour, extra] of entries) {
    const item = document.createElement("span");
    const sw = document.createElement("span");
    sw.className = shape + (extra ? " " + extra : "");
    if (shape === "sw") sw.style.background = colour; else sw.style.borderTopColor = colour;
    item.append(sw, document.createTextNode(label));
    el.append(item);
  }
}

export function showError(el, err) {
  const p = document.createElement("p");
  p.className = "error";
  p.setAttribute("role", "alert");
  p.textContent = "Could not draw this page: " + err.message;
  el.replaceChildren(p);
}

export function withParams(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
