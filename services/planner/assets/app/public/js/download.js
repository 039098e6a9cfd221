// @ts-check
// Saving a text the page made (a CSV export, a Markdown draft) as a file, without a server round trip.

/** @param {string} name @param {string} text @param {string} type */
export function downloadText(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
