// @ts-check
// Drawing a game: a canvas that scales down to narrow screens, and the theme's colours read at draw time.
import { el } from '../dom.js';

/** The app's theme colours, read when drawing so a theme change shows at once. @param {Record<string, any>} [options] */
export function themeColors(options) {
  const style = getComputedStyle(document.documentElement);
  const read = (/** @type {string} */ name, /** @type {string} */ fallback) =>
    style.getPropertyValue(name).trim() || fallback;
  return {
    accent: (options && typeof options.color === 'string' && options.color) || read('--accent', '#2563eb'),
    text: read('--text', '#111827'),
    bg: read('--bg', '#ffffff'),
    surface: read('--surface', '#f3f4f6'),
    muted: read('--muted', '#6b7280'),
  };
}

/** A canvas with a fixed drawing size that scales down to fit narrow screens. @param {number} width @param {number} height @param {string} label */
export function gameCanvas(width, height, label) {
  const canvas = /** @type {HTMLCanvasElement} */ (
    el('canvas', { className: 'game-canvas', width, height, role: 'img', 'aria-label': label })
  );
  canvas.style.aspectRatio = width + ' / ' + height;
  return canvas;
}
