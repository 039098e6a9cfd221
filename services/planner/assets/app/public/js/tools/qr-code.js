// @ts-check
// A QR code of a text or link, drawn on a canvas from the uqr library (served by the app from the
// sandbox's module store at /vendor/, never from the network), with its error correction and a PNG save.
import { el } from '../dom.js';
import { labelled, textArea, toolRoot } from './tool-fields.js';

const LIBRARY = '/vendor/uqr/dist/index.mjs';
const MAX_CHARS = 1200;
const LEVELS = [
  ['L', 'Low (7 %)'],
  ['M', 'Medium (15 %)'],
  ['Q', 'Quartile (25 %)'],
  ['H', 'High (30 %)'],
];

/** @param {any} section */
export function render(section) {
  const text = textArea({ rows: 3, placeholder: 'A link or any text', spellcheck: 'false' });
  text.value = typeof section.options?.text === 'string' ? section.options.text : 'https://example.com';
  const ecc = /** @type {HTMLSelectElement} */ (
    el(
      'select',
      {},
      LEVELS.map(([value, label]) => el('option', { value, text: label, selected: value === 'M' })),
    )
  );
  const canvas = /** @type {HTMLCanvasElement} */ (
    el('canvas', { className: 'qr-canvas', role: 'img', width: 10, height: 10 })
  );
  const problem = el('p', { className: 'error', role: 'alert', hidden: true });
  const info = el('p', { className: 'muted qr-info', 'aria-live': 'polite' });
  const save = el('button', { type: 'button', text: 'Save as PNG', disabled: true });
  /** @type {((text: string, options: object) => { size: number, data: boolean[][], version: number }) | null} */
  let encode = null;

  const say = (/** @type {string} */ message) => {
    problem.textContent = message;
    problem.hidden = !message;
  };
  const draw = () => {
    if (!encode) return;
    const value = text.value;
    if (!value) return say('Type a link or a text to make its code.');
    if (value.length > MAX_CHARS)
      return say('A QR code holds at most about ' + MAX_CHARS + ' characters here.');
    let qr;
    try {
      qr = encode(value, { ecc: ecc.value, border: 4 });
    } catch {
      return say('This text is too long for a QR code at this error correction.');
    }
    say('');
    const scale = Math.max(2, Math.floor(320 / qr.size));
    canvas.width = canvas.height = qr.size * scale;
    const g = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d'));
    // Dark on white whatever the theme: scanners need the contrast.
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.fillStyle = '#000000';
    qr.data.forEach((row, y) =>
      row.forEach((dark, x) => dark && g.fillRect(x * scale, y * scale, scale, scale)),
    );
    canvas.setAttribute('aria-label', 'QR code of ' + value);
    canvas.dataset.modules = String(qr.size);
    info.textContent = 'Version ' + qr.version + ', ' + (qr.size - 8) + ' × ' + (qr.size - 8) + ' modules';
    save.removeAttribute('disabled');
  };
  save.addEventListener('click', () => {
    /** @type {HTMLAnchorElement} */ (
      el('a', { href: canvas.toDataURL('image/png'), download: 'qr-code.png' })
    ).click();
  });
  text.addEventListener('input', draw);
  ecc.addEventListener('change', draw);
  import(/* @vite-ignore */ String(LIBRARY))
    .then((library) => {
      encode = library.encode;
      draw();
    })
    .catch(() => say('The QR code library could not be loaded from this app (' + LIBRARY + ').'));
  return toolRoot('qr-code', [
    labelled('Text or link', text).wrap,
    labelled('Error correction', ecc).wrap,
    problem,
    canvas,
    info,
    el('div', { className: 'actions' }, [save]),
  ]);
}
