// Shared by the pages' scripts: the page's JSON twin, a colour per type, safe text.
export async function twin() {
  const url = location.pathname + ".json" + location.search;
  const resp = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
  const data = await resp.json();
  if (!data.ok) throw new Error(data.error || `HTTP ${resp.status}`);
  return data;
}

// The one palette (data/palette.yaml, from the server's /palette.json): a fixed colour per ACLED
// type, per PLOVER type and per kind of tie, the same on every page and in every legend.
export const PALETTE = await (await fetch("/palette.json", { credentials: "same-origin" })).json();

// A type's colour: ACLED's types and PLOVER's from their tables; anything else grey.
export function colourOf(type, scheme = "acled") {
  return PALETTE[scheme][type] || PALETTE.acled[type] || PALETTE.plover[type] || PALETTE.acled.none;
}

export function tieLook(kind) {
  return PALETTE.ties[kind] || PALETTE.ties.other;
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
