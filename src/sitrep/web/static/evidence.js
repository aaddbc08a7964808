// Event and article pages: clicking a field's evidence (or arriving with #anchor) scrolls the
// article text to the span and flashes it.
function flash(id) {
  const anchor = document.getElementById(id);
  if (!anchor) return;
  let mark = anchor.nextElementSibling;
  while (mark && mark.classList.contains("anchor")) mark = mark.nextElementSibling;
  anchor.scrollIntoView({ block: "center" });
  if (mark && mark.tagName === "MARK") {
    document.querySelectorAll("mark.flash").forEach((m) => m.classList.remove("flash"));
    mark.classList.add("flash");
  }
}

document.addEventListener("click", (e) => {
  const a = e.target.closest("a.ev");
  if (!a) return;
  e.preventDefault();
  history.replaceState(null, "", "#" + a.dataset.anchor);
  flash(a.dataset.anchor);
});

if (location.hash.length > 1) flash(decodeURIComponent(location.hash.slice(1)));
