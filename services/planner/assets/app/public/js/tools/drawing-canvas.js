// @ts-check
// A canvas to draw on with mouse, pen or finger: colours, brush sizes, an eraser, undo, clear, and the
// picture saved as a PNG file.
import { el } from '../dom.js';
import { input, labelled, toolRoot } from './tool-fields.js';

const WIDTH = 800;
const HEIGHT = 500;
const COLORS = ['#111111', '#e53935', '#fb8c00', '#fdd835', '#43a047', '#1e88e5', '#8e24aa', '#ffffff'];
const SIZES = [2, 5, 10, 20, 40];
const UNDO_STEPS = 20;

/** @param {any} section */
export function render(section) {
  const canvas = /** @type {HTMLCanvasElement} */ (
    el('canvas', {
      className: 'draw-canvas',
      width: WIDTH,
      height: HEIGHT,
      role: 'img',
      'aria-label': 'Drawing',
    })
  );
  const g = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d'));
  const clear = () => {
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, WIDTH, HEIGHT);
  };
  clear();
  let color = COLORS[0];
  let size = SIZES[1];
  let erasing = false;
  /** @type {ImageData[]} */
  const undo = [];
  const colorPicker = input({ type: 'color', value: color });
  const swatches = el(
    'div',
    { className: 'draw-swatches', role: 'group', 'aria-label': 'Colours' },
    COLORS.map((c) => {
      const b = el('button', {
        type: 'button',
        className: 'draw-swatch',
        style: 'background:' + c,
        'aria-label': 'Colour ' + c,
        'aria-pressed': String(c === color),
      });
      b.addEventListener('click', () => choose(c));
      return b;
    }),
  );
  const choose = (/** @type {string} */ c) => {
    color = c;
    erasing = false;
    colorPicker.value = c;
    swatches
      .querySelectorAll('button')
      .forEach((b) => b.setAttribute('aria-pressed', String(b.getAttribute('aria-label') === 'Colour ' + c)));
    eraser.setAttribute('aria-pressed', 'false');
  };
  colorPicker.addEventListener('input', () => choose(colorPicker.value));
  const sizeSelect = /** @type {HTMLSelectElement} */ (
    el(
      'select',
      {},
      SIZES.map((s) => el('option', { value: String(s), text: s + ' px', selected: s === size })),
    )
  );
  sizeSelect.addEventListener('change', () => (size = Number(sizeSelect.value)));
  const eraser = el('button', {
    type: 'button',
    className: 'secondary',
    text: 'Eraser',
    'aria-pressed': 'false',
  });
  eraser.addEventListener('click', () => {
    erasing = !erasing;
    eraser.setAttribute('aria-pressed', String(erasing));
  });
  const undoButton = el('button', { type: 'button', className: 'secondary', text: 'Undo', disabled: true });
  const remember = () => {
    undo.push(g.getImageData(0, 0, WIDTH, HEIGHT));
    if (undo.length > UNDO_STEPS) undo.shift();
    undoButton.removeAttribute('disabled');
  };
  undoButton.addEventListener('click', () => {
    const last = undo.pop();
    if (last) g.putImageData(last, 0, 0);
    if (!undo.length) undoButton.setAttribute('disabled', '');
  });
  const clearButton = el('button', {
    type: 'button',
    className: 'secondary',
    text: 'Clear',
    onclick: () => (remember(), clear()),
  });
  const save = el('button', {
    type: 'button',
    text: 'Save as PNG',
    onclick: () => {
      const link = /** @type {HTMLAnchorElement} */ (
        el('a', {
          href: canvas.toDataURL('image/png'),
          download: (section.title || 'drawing').replace(/[^\w-]+/g, '-').toLowerCase() + '.png',
        })
      );
      link.click();
    },
  });

  /** @param {PointerEvent} e */
  const point = (e) => {
    const r = canvas.getBoundingClientRect();
    return [((e.clientX - r.left) / r.width) * WIDTH, ((e.clientY - r.top) / r.height) * HEIGHT];
  };
  /** @type {number[] | null} */
  let last = null;
  canvas.addEventListener('pointerdown', (e) => {
    canvas.setPointerCapture(e.pointerId);
    remember();
    last = point(e);
    dot(last);
  });
  canvas.addEventListener('pointermove', (e) => {
    if (!last) return;
    const p = point(e);
    stroke(last, p);
    last = p;
  });
  const end = () => (last = null);
  canvas.addEventListener('pointerup', end);
  canvas.addEventListener('pointercancel', end);
  // A tap is a dot: Chromium strokes nothing for a line of no length, whatever its cap.
  /** @param {number[]} p */
  const dot = (p) => {
    g.fillStyle = erasing ? '#ffffff' : color;
    g.beginPath();
    g.arc(p[0], p[1], size / 2, 0, Math.PI * 2);
    g.fill();
  };
  /** @param {number[]} a @param {number[]} b */
  const stroke = (a, b) => {
    g.strokeStyle = erasing ? '#ffffff' : color;
    g.lineWidth = size;
    g.lineCap = 'round';
    g.lineJoin = 'round';
    g.beginPath();
    g.moveTo(a[0], a[1]);
    g.lineTo(b[0], b[1]);
    g.stroke();
  };
  return toolRoot('drawing-canvas', [
    el('div', { className: 'draw-toolbar' }, [
      swatches,
      labelled('Colour', colorPicker).wrap,
      labelled('Brush size', sizeSelect).wrap,
    ]),
    el('div', { className: 'actions' }, [eraser, undoButton, clearButton, save]),
    canvas,
  ]);
}
