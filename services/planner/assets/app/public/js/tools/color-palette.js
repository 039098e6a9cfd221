// @ts-check
// Five colours that go together, from a base colour and a harmony; any swatch can be locked while the
// others change, and each copies its hex code. Space or the button makes a new palette.
import { el } from '../dom.js';
import { hexToHsl, hslToHex, textOn } from './color-math.js';
import { copyButton, input, labelled, randomInt, toolRoot } from './tool-fields.js';

/** Hue steps and lightness of each harmony's five colours. */
const HARMONIES = {
  analogous: { label: 'Analogous', hues: [-40, -20, 0, 20, 40], light: [0, 0, 0, 0, 0] },
  complementary: { label: 'Complementary', hues: [0, 0, 180, 180, 0], light: [-25, 0, 0, 20, 30] },
  triadic: { label: 'Triadic', hues: [0, 120, 240, 0, 120], light: [0, 0, 0, 25, 25] },
  monochrome: { label: 'Monochrome', hues: [0, 0, 0, 0, 0], light: [-30, -15, 0, 15, 30] },
  split: { label: 'Split complementary', hues: [0, 150, 210, 0, 0], light: [0, 0, 0, 25, -25] },
};

/** @param {string} base hex @param {keyof typeof HARMONIES} harmony */
export function palette(base, harmony) {
  const [h, s, l] = hexToHsl(base);
  const rule = HARMONIES[harmony] || HARMONIES.analogous;
  return rule.hues.map((dh, i) =>
    hslToHex((h + dh + 360) % 360, s, Math.max(8, Math.min(92, l + rule.light[i]))),
  );
}

/** @param {any} section */
export function render(section) {
  const base = input({
    type: 'color',
    value: /^#[0-9a-f]{6}$/i.test(section.options?.base || '') ? section.options.base : '#3b82f6',
  });
  const harmony = /** @type {HTMLSelectElement} */ (
    el(
      'select',
      {},
      Object.entries(HARMONIES).map(([value, h]) =>
        el('option', { value, text: h.label, selected: value === section.options?.harmony }),
      ),
    )
  );
  /** @type {string[]} */
  let colors = [];
  const locked = [false, false, false, false, false];
  const swatches = el('ul', { className: 'palette', 'aria-label': 'Palette' });

  const draw = () => {
    swatches.replaceChildren(
      ...colors.map((color, i) => {
        const lock = el('button', {
          type: 'button',
          className: 'secondary small',
          text: locked[i] ? 'Locked' : 'Lock',
          'aria-pressed': String(locked[i]),
          'aria-label': (locked[i] ? 'Unlock ' : 'Lock ') + color,
          onclick: () => {
            locked[i] = !locked[i];
            draw();
          },
        });
        const li = el('li', { className: 'swatch-card' }, [
          el('span', {
            className: 'swatch-color',
            style: 'background:' + color + ';color:' + textOn(color),
            text: color,
          }),
          el('div', { className: 'swatch-actions' }, [copyButton(() => color, 'Copy'), lock]),
        ]);
        li.dataset.color = color;
        return li;
      }),
    );
  };
  const fromBase = () => {
    const next = palette(base.value, /** @type {any} */ (harmony.value));
    colors = next.map((c, i) => (locked[i] && colors[i] ? colors[i] : c));
    draw();
  };
  const randomize = () => {
    base.value = hslToHex(randomInt(360), 45 + randomInt(40), 40 + randomInt(25));
    fromBase();
  };
  base.addEventListener('input', fromBase);
  harmony.addEventListener('change', fromBase);
  const root = toolRoot('color-palette', [
    el('div', { className: 'tool-row' }, [
      labelled('Base colour', base).wrap,
      labelled('Harmony', harmony).wrap,
    ]),
    el('div', { className: 'actions' }, [
      el('button', { type: 'button', text: 'New palette', onclick: randomize }),
      copyButton(() => colors.join(', '), 'Copy all'),
    ]),
    swatches,
  ]);
  root.tabIndex = -1;
  root.addEventListener('keydown', (e) => {
    const target = /** @type {HTMLElement} */ (e.target);
    if (e.key === ' ' && (target === root || target.tagName === 'LI')) {
      e.preventDefault();
      randomize();
    }
  });
  fromBase();
  return root;
}
