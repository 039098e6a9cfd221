// @ts-check
// Placeholder text: paragraphs, sentences or words of the classic Latin filler, with a copy button.
import { el, uid } from '../dom.js';
import { copyButton, input, labelled, randomInt, toolRoot } from './tool-fields.js';

const OPENING = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.';
const WORDS = (
  'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore ' +
  'magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat ' +
  'duis aute irure in reprehenderit voluptate velit esse cillum fugiat nulla pariatur excepteur sint occaecat ' +
  'cupidatat non proident sunt culpa qui officia deserunt mollit anim id est laborum'
).split(' ');

/** @param {number} n */
function words(n) {
  return Array.from({ length: n }, () => WORDS[randomInt(WORDS.length)]);
}

function sentence() {
  const w = words(6 + randomInt(10));
  if (w.length > 8) w[3] += ',';
  const text = w.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

/** @param {'paragraphs' | 'sentences' | 'words'} unit @param {number} count @param {boolean} classic */
export function lorem(unit, count, classic) {
  if (unit === 'words') {
    const w = classic
      ? [...OPENING.replace(/[.,]/g, '').toLowerCase().split(' '), ...words(Math.max(0, count - 8))].slice(
          0,
          count,
        )
      : words(count);
    return w.join(' ');
  }
  const sentences = (/** @type {number} */ n) => Array.from({ length: n }, sentence);
  if (unit === 'sentences')
    return (classic ? [OPENING, ...sentences(count - 1)] : sentences(count)).slice(0, count).join(' ');
  return Array.from({ length: count }, (_, i) => {
    const s = sentences(4 + randomInt(4));
    if (i === 0 && classic) s[0] = OPENING;
    return s.join(' ');
  }).join('\n\n');
}

/** @param {any} section */
export function render(section) {
  const count = input({
    type: 'number',
    min: 1,
    max: 100,
    value: String(section.options?.count ?? 3),
    inputmode: 'numeric',
  });
  const unit = /** @type {HTMLSelectElement} */ (
    el(
      'select',
      {},
      ['paragraphs', 'sentences', 'words'].map((u) =>
        el('option', { value: u, text: u.charAt(0).toUpperCase() + u.slice(1) }),
      ),
    )
  );
  const classic = input({ type: 'checkbox', checked: true, id: uid('lorem-classic') });
  const out = el('div', { className: 'lorem-output', 'aria-live': 'polite' });
  let text = '';
  const problem = el('p', { className: 'error', role: 'alert', hidden: true });
  const generate = () => {
    const n = Number(count.value);
    const ok = Number.isInteger(n) && n >= 1 && n <= 100;
    problem.textContent = ok ? '' : 'Choose a whole number from 1 to 100.';
    problem.hidden = ok;
    if (!ok) return;
    text = lorem(/** @type {any} */ (unit.value), n, classic.checked);
    out.replaceChildren(...text.split('\n\n').map((p) => el('p', { text: p })));
  };
  for (const c of [count, unit, classic]) c.addEventListener('input', generate);
  generate();
  return toolRoot('lorem-ipsum', [
    el('div', { className: 'tool-row' }, [labelled('How many', count).wrap, labelled('Of', unit).wrap]),
    el('div', { className: 'field check' }, [
      classic,
      el('label', { for: classic.id, text: 'Start with “Lorem ipsum”' }),
    ]),
    problem,
    el('div', { className: 'actions' }, [
      el('button', { type: 'button', text: 'Generate again', onclick: generate }),
      copyButton(() => text, 'Copy text'),
    ]),
    out,
  ]);
}
