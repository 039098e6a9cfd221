// @ts-check
// A password generator: a length and the kinds of character to use, at least one of each kind chosen,
// every character equally likely (crypto random with rejection sampling), and a strength in words.
import { el, statusArea, uid } from '../dom.js';
import { copyButton, input, labelled, toolRoot } from './tool-fields.js';

const SETS = {
  upper: { label: 'Uppercase letters (A-Z)', chars: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' },
  lower: { label: 'Lowercase letters (a-z)', chars: 'abcdefghijklmnopqrstuvwxyz' },
  digits: { label: 'Numbers (0-9)', chars: '0123456789' },
  symbols: { label: 'Symbols (!@#$%)', chars: '!@#$%^&*()-_=+[]{};:,.<>?/~' },
};

/** A uniform index in [0, n): values past the last whole multiple of n are drawn again. @param {number} n */
function randomIndex(n) {
  const limit = Math.floor(4294967296 / n) * n;
  const buf = new Uint32Array(1);
  do crypto.getRandomValues(buf);
  while (buf[0] >= limit);
  return buf[0] % n;
}

/** @param {number} bits */
const strength = (bits) =>
  bits >= 100 ? 'Very strong' : bits >= 70 ? 'Strong' : bits >= 50 ? 'Fair' : 'Weak';

/** @param {any} section */
export function render(section) {
  const asked = Number(section.options?.length);
  const start = Number.isFinite(asked) && asked > 0 ? Math.min(64, Math.max(4, Math.round(asked))) : 16;
  const length = input({ type: 'range', min: 4, max: 64, value: String(start) });
  const lengthLabel = labelled('Length: ' + start, length);
  const boxes = Object.entries(SETS).map(([kind, set]) => {
    const box = input({
      type: 'checkbox',
      id: uid('password-' + kind),
      checked: true,
      onchange: () => generate(),
    });
    return { set, box };
  });
  const password = el('output', { className: 'password mono', 'aria-live': 'polite' });
  const rating = el('strong', { text: '–' });
  const status = statusArea();
  function generate() {
    const chosen = boxes.filter((b) => b.box.checked).map((b) => b.set.chars);
    if (chosen.length === 0) return status.say('Choose at least one kind of character.', true);
    const n = Number(length.value);
    const pool = chosen.join('');
    const chars = chosen.map((set) => set[randomIndex(set.length)]);
    while (chars.length < n) chars.push(pool[randomIndex(pool.length)]);
    for (let i = chars.length - 1; i > 0; i--) {
      const j = randomIndex(i + 1);
      [chars[i], chars[j]] = [chars[j], chars[i]];
    }
    password.textContent = chars.slice(0, n).join('');
    rating.textContent = strength(Math.round(n * Math.log2(pool.length)));
    status.say('');
  }
  length.addEventListener('input', () => {
    const label = lengthLabel.wrap.querySelector('label');
    if (label) label.textContent = 'Length: ' + length.value;
    generate();
  });
  generate();
  return toolRoot('password-generator', [
    lengthLabel.wrap,
    ...boxes.map(({ set, box }) =>
      el('div', { className: 'field check' }, [box, el('label', { for: box.id, text: set.label })]),
    ),
    el('div', { className: 'actions' }, [
      el('button', { type: 'button', text: 'Generate', onclick: generate }),
      copyButton(() => password.textContent ?? ''),
    ]),
    password,
    el('p', { className: 'muted' }, ['Strength: ', rating]),
    status.node,
  ]);
}
