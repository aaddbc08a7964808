// Paste page: an uploaded file is read here into the text box (nothing is sent until "Code it"),
// and the size is checked against the server's limit as you type.
const text = document.getElementById("text");
const size = document.getElementById("size");
const upload = document.getElementById("upload");
const format = document.getElementById("format");
const limit = Number(text.dataset.limit);

function showSize() {
  const n = new TextEncoder().encode(text.value).length;
  size.textContent = `${n.toLocaleString()} of ${limit.toLocaleString()} bytes`;
  size.classList.toggle("error", n > limit);
}

upload.addEventListener("change", async () => {
  const file = upload.files[0];
  if (!file) return;
  if (file.size > limit) {
    size.textContent = `${file.name} is ${file.size.toLocaleString()} bytes; the limit is ${limit.toLocaleString()}`;
    size.classList.add("error");
    upload.value = "";
    return;
  }
  text.value = await file.text();
  format.value = /\.x?html?$/i.test(file.name) ? "html" : "text";
  showSize();
});
text.addEventListener("input", () => { if (format.value === "html" && !/<\w/.test(text.value)) format.value = "text"; showSize(); });
showSize();
