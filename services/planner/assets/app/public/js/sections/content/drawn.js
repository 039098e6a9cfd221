// @ts-check
// Pictures drawn from words, since generated apps cannot fetch images: a stable number per text picks a
// hue shift and angle, so "Harbour at dawn" always gets the same tile and two tiles rarely match.

/**
 * FNV-1a: a small, stable hash of a text.
 * @param {string} text
 */
export function hashOf(text) {
  let hash = 0x811c9dc5;
  for (const ch of String(text)) {
    hash ^= ch.codePointAt(0) || 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Sets the custom properties content.css draws a tile or avatar with. Through the CSSOM, which CSP allows
 * (an inline style attribute would not be). The colours themselves stay the theme's: CSS shifts the hue
 * of --accent by --shift.
 * @param {HTMLElement} node
 * @param {string} text
 */
export function paintFrom(node, text) {
  const hash = hashOf(text);
  // Unitless: in oklch(from ...) the hue channel `h` is a number of degrees.
  node.style.setProperty('--shift', String((hash % 12) * 30 - 150));
  node.style.setProperty('--angle', String(((hash >>> 4) % 8) * 45) + 'deg');
  node.style.setProperty('--spot-x', String(15 + ((hash >>> 8) % 70)) + '%');
  node.style.setProperty('--spot-y', String(15 + ((hash >>> 12) % 50)) + '%');
}

/**
 * "Ada Lovelace" -> "AL", "bjørk" -> "B".
 * @param {string} name
 */
export function initials(name) {
  const words = String(name || '')
    .trim()
    .split(/\s+/)
    .filter((w) => /\p{L}|\p{N}/u.test(w));
  const picked = words.length > 1 ? [words[0], words[words.length - 1]] : words.slice(0, 1);
  return picked.map((w) => (w.match(/\p{L}|\p{N}/u) || [''])[0].toUpperCase()).join('') || '?';
}
