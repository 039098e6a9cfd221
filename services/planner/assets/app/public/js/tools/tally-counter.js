// @ts-check
// Counting by hand: one counter or several side by side (a scoreboard), each with a big + and −, and a
// reset that is offered only once something has been counted.
import { el } from '../dom.js';
import { toolRoot } from './tool-fields.js';

/** @param {string} side @param {number} i @param {number} of */
const nameOf = (side, i, of) =>
  side === 'count'
    ? of === 1
      ? 'Count'
      : 'Count ' + (i + 1)
    : side[0].toUpperCase() + side.slice(1) + ' ' + (i + 1);

/** @param {any} section */
export function render(section) {
  const of = Math.min(8, Math.max(1, Number(section.options?.counters) || 1));
  const side = String(section.options?.side || 'count');
  const counts = Array.from({ length: of }, () => 0);
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
      onclick: () => ((counts[i] += 1), show()),
    });
    const minus = /** @type {HTMLButtonElement} */ (
      el('button', {
        type: 'button',
        className: 'secondary',
        text: '−1',
        'aria-label': 'Take ' + what + ' off ' + name,
        disabled: true,
        onclick: () => ((counts[i] = Math.max(0, counts[i] - 1)), show()),
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
  return toolRoot('tally-counter', [
    el('div', { className: 'tally-row' }, cards),
    el('div', { className: 'actions' }, [reset]),
  ]);
}
