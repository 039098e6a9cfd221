// @ts-check
// Dice with any number of sides (a D&D set included) and a coin: roll, see each die and the total.
import { el } from '../dom.js';
import { labelled, randomInt, toolRoot } from './tool-fields.js';

const SIDES = [4, 6, 8, 10, 12, 20, 100];
const FACES = ['⚀', '⚁', '⚂', '⚃', '⚄', '⚅'];

/** @param {any} section */
export function render(section) {
  const count = /** @type {HTMLSelectElement} */ (
    el(
      'select',
      {},
      Array.from({ length: 10 }, (_, i) =>
        el('option', {
          value: String(i + 1),
          text: String(i + 1),
          selected: i + 1 === (section.options?.dice ?? 2),
        }),
      ),
    )
  );
  const sides = /** @type {HTMLSelectElement} */ (
    el(
      'select',
      {},
      SIDES.map((s) =>
        el('option', { value: String(s), text: 'd' + s, selected: s === (section.options?.sides ?? 6) }),
      ),
    )
  );
  const dice = el('div', { className: 'dice', 'aria-hidden': 'true' });
  const total = el('p', { className: 'dice-total', 'aria-live': 'polite' });
  const coin = el('p', { className: 'coin-result', 'aria-live': 'polite' });
  const tally = { Heads: 0, Tails: 0 };
  const roll = () => {
    const s = Number(sides.value);
    const values = Array.from({ length: Number(count.value) }, () => 1 + randomInt(s));
    dice.replaceChildren(
      ...values.map((v) => el('span', { className: 'die', text: s === 6 ? FACES[v - 1] : String(v) })),
    );
    total.textContent = 'Rolled ' + values.join(' + ') + ' = ' + values.reduce((a, b) => a + b, 0);
  };
  const flip = () => {
    const side = randomInt(2) === 0 ? 'Heads' : 'Tails';
    tally[side] += 1;
    coin.textContent = side + ' (heads ' + tally.Heads + ', tails ' + tally.Tails + ')';
  };
  return toolRoot('dice-roller', [
    el('div', { className: 'tool-row' }, [labelled('Dice', count).wrap, labelled('Sides', sides).wrap]),
    el('div', { className: 'actions' }, [
      el('button', { type: 'button', text: section.options?.action || 'Roll', onclick: roll }),
      el('button', { type: 'button', className: 'secondary', text: 'Flip a coin', onclick: flip }),
    ]),
    dice,
    total,
    coin,
  ]);
}
