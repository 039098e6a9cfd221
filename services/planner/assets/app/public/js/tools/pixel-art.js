// @ts-check
// Pixel art on a small grid: click, drag or tap cells to paint; arrow keys move and Space paints; the
// picture is kept in this browser and saved as a PNG scaled up without blur.
import { el } from '../dom.js';
import { input, labelled, toolRoot } from './tool-fields.js';

const PALETTE = [
  '#000000',
  '#ffffff',
  '#e53935',
  '#fb8c00',
  '#fdd835',
  '#43a047',
  '#1e88e5',
  '#8e24aa',
  '#6d4c41',
  '#9e9e9e',
];
const EMPTY = '';

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const size = Math.min(32, Math.max(8, Math.round(Number(section.options?.size) || 16)));
  const storageKey = 'isekai-pixel-art-' + size + '-' + (section.title || '');
  /** @type {string[]} */
  let cells = Array(size * size).fill(EMPTY);
  try {
    const saved = JSON.parse(localStorage.getItem(storageKey) || 'null');
    if (Array.isArray(saved) && saved.length === cells.length) cells = saved.map(String);
  } catch {
    // A broken saved picture starts blank.
  }
  let color = PALETTE[0];
  let focus = 0;
  let painting = false;
  const colorPicker = input({ type: 'color', value: color });
  colorPicker.addEventListener('input', () => (color = colorPicker.value));
  const eraser = input({ type: 'checkbox' });
  const grid = el('div', {
    className: 'pixel-grid',
    role: 'grid',
    'aria-label': size + ' by ' + size + ' pixel grid',
    style: 'grid-template-columns: repeat(' + size + ', 1fr)',
  });
  const buttons = cells.map((_, i) =>
    el('button', {
      type: 'button',
      className: 'pixel',
      tabindex: i === 0 ? '0' : '-1',
      'aria-label': 'Row ' + (Math.floor(i / size) + 1) + ', column ' + ((i % size) + 1),
      'data-index': String(i),
    }),
  );
  grid.append(...buttons);
  const show = (/** @type {number} */ i) => {
    buttons[i].style.background = cells[i] || 'transparent';
    buttons[i].dataset.color = cells[i];
  };
  cells.forEach((_, i) => show(i));
  const paint = (/** @type {number} */ i) => {
    cells[i] = eraser.checked ? EMPTY : color;
    show(i);
    localStorage.setItem(storageKey, JSON.stringify(cells));
  };
  const indexOf = (/** @type {EventTarget | null} */ t) =>
    Number(/** @type {HTMLElement} */ (t)?.dataset?.index ?? -1);
  grid.addEventListener('pointerdown', (e) => {
    const i = indexOf(e.target);
    if (i < 0) return;
    e.preventDefault();
    painting = true;
    paint(i);
  });
  grid.addEventListener('pointermove', (e) => {
    if (!painting) return;
    // Touch keeps its target on the first cell: find the cell under the finger instead.
    const i = indexOf(document.elementFromPoint(e.clientX, e.clientY));
    if (i >= 0) paint(i);
  });
  const stop = () => (painting = false);
  window.addEventListener('pointerup', stop);
  ctx.onCleanup(() => window.removeEventListener('pointerup', stop));
  grid.addEventListener('click', (e) => {
    // A keyboard "click" (Enter) has no pointer down before it.
    if (/** @type {MouseEvent} */ (e).detail === 0) paint(indexOf(e.target));
  });
  grid.addEventListener('keydown', (e) => {
    const moves = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -size, ArrowDown: size };
    if (e.key in moves) {
      e.preventDefault();
      const next = focus + moves[/** @type {keyof typeof moves} */ (e.key)];
      if (next < 0 || next >= cells.length) return;
      buttons[focus].tabIndex = -1;
      focus = next;
      buttons[focus].tabIndex = 0;
      buttons[focus].focus();
    }
  });
  grid.addEventListener('focusin', (e) => {
    const i = indexOf(e.target);
    if (i >= 0) focus = i;
  });
  const palette = el(
    'div',
    { className: 'draw-swatches', role: 'group', 'aria-label': 'Colours' },
    PALETTE.map((c) =>
      el('button', {
        type: 'button',
        className: 'draw-swatch',
        style: 'background:' + c,
        'aria-label': 'Colour ' + c,
        onclick: () => ((color = c), (colorPicker.value = c), (eraser.checked = false)),
      }),
    ),
  );
  const save = () => {
    const scale = Math.max(1, Math.floor(512 / size));
    const canvas = /** @type {HTMLCanvasElement} */ (
      el('canvas', { width: size * scale, height: size * scale })
    );
    const g = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d'));
    cells.forEach((c, i) => {
      if (!c) return;
      g.fillStyle = c;
      g.fillRect((i % size) * scale, Math.floor(i / size) * scale, scale, scale);
    });
    /** @type {HTMLAnchorElement} */ (
      el('a', { href: canvas.toDataURL('image/png'), download: 'pixel-art.png' })
    ).click();
  };
  const clear = () => {
    cells.fill(EMPTY);
    cells.forEach((_, i) => show(i));
    localStorage.setItem(storageKey, JSON.stringify(cells));
  };
  const eraserLabel = labelled('Eraser', eraser);
  eraserLabel.wrap.className = 'field check';
  return toolRoot('pixel-art', [
    el('div', { className: 'draw-toolbar' }, [
      palette,
      labelled('Colour', colorPicker).wrap,
      eraserLabel.wrap,
    ]),
    el('div', { className: 'actions' }, [
      el('button', { type: 'button', className: 'secondary', text: 'Clear', onclick: clear }),
      el('button', { type: 'button', text: 'Save as PNG', onclick: save }),
    ]),
    grid,
  ]);
}
