// @ts-check
// Counting by hand: one counter or several side by side (a scoreboard), each with a big + and −, and a
// reset that is offered only once something has been counted. Keys count too, without looking: Space,
// Enter, + or ↑ add one to the counter used last (the first until one is), − or ↓ take one off.
import { el } from '../dom.js';
import { routeKeys, TAKES_KEYS } from './game-keys.js';
import { toolRoot } from './tool-fields.js';

const ADD_KEYS = new Set([' ', 'Enter', '+', '=', 'ArrowUp']);
const TAKE_KEYS = new Set(['-', '−', 'ArrowDown']);

/** @param {string} side @param {number} i @param {number} of */
const nameOf = (side, i, of) =>
  side === 'count'
    ? of === 1
      ? 'Count'
      : 'Count ' + (i + 1)
    : side[0].toUpperCase() + side.slice(1) + ' ' + (i + 1);

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const of = Math.min(8, Math.max(1, Number(section.options?.counters) || 1));
  const side = String(section.options?.side || 'count');
  const counts = Array.from({ length: of }, () => 0);
  let current = 0;
  /** @param {number} i @param {number} step */
  const count = (i, step) => {
    current = i;
    counts[i] = Math.max(0, counts[i] + step);
    show();
  };
  const reset = /** @type {HTMLButtonElement} */ (
    el('button', { type: 'button', className: 'secondary', text: 'Reset', disabled: true })
  );
  /** @type {{ figure: HTMLElement, minus: HTMLButtonElement }[]} */
  const shown = [];
  const show = () => {
    counts.forEach((n, i) => {
      shown[i].figure.textContent = String(n);
      shown[i].minus.disabled = n === 0;
    });
    reset.disabled = counts.every((n) => n === 0);
  };
  const cards = counts.map((_, i) => {
    const name = nameOf(side, i, of);
    const what = side === 'count' ? 'one' : 'a point';
    const figure = el('output', { className: 'tally-figure', 'aria-live': 'polite', text: '0' });
    const plus = el('button', {
      type: 'button',
      className: 'tally-plus',
      text: '+1',
      'aria-label': 'Add ' + what + ' to ' + name,
      onclick: () => count(i, 1),
    });
    const minus = /** @type {HTMLButtonElement} */ (
      el('button', {
        type: 'button',
        className: 'secondary',
        text: '−1',
        'aria-label': 'Take ' + what + ' off ' + name,
        disabled: true,
        onclick: () => count(i, -1),
      })
    );
    shown.push({ figure, minus });
    return el('div', { className: 'tally' }, [
      el('h3', { text: name }),
      figure,
      el('div', { className: 'actions' }, [plus, minus]),
    ]);
  });
  reset.addEventListener('click', () => (counts.fill(0), show()));
  const root = toolRoot('tally-counter', [
    el('div', { className: 'tally-row' }, cards),
    el('div', { className: 'actions' }, [reset]),
  ]);
  routeKeys(
    root,
    (e) => {
      // A focused button or field answers its own keys: Space on "+1" is already a click.
      if (e.target instanceof Element && e.target.matches(TAKES_KEYS)) return;
      const step = ADD_KEYS.has(e.key) ? 1 : TAKE_KEYS.has(e.key) ? -1 : 0;
      if (!step) return;
      e.preventDefault();
      count(current, step);
    },
    ctx,
  );
  return root;
}
