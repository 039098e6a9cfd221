// @ts-check
// The same text in every common case, each with a copy button.
import { el } from '../dom.js';
import { copyButton, labelled, textArea, toolRoot } from './tool-fields.js';

/** Words of a text for programmer cases: split on spaces, punctuation and lower→upper changes. @param {string} text */
function words(text) {
  return text
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** @param {string} w */
const capital = (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

/** @type {[string, (t: string) => string][]} */
export const CASES = [
  ['UPPER CASE', (t) => t.toUpperCase()],
  ['lower case', (t) => t.toLowerCase()],
  [
    'Title Case',
    (t) => t.toLowerCase().replace(/(^|[\s\-–—("'])(\p{L})/gu, (_, a, b) => a + b.toUpperCase()),
  ],
  [
    'Sentence case',
    (t) => t.toLowerCase().replace(/(^\s*|[.!?]\s+)(\p{L})/gu, (_, a, b) => a + b.toUpperCase()),
  ],
  [
    'camelCase',
    (t) =>
      words(t)
        .map((w, i) => (i === 0 ? w.toLowerCase() : capital(w)))
        .join(''),
  ],
  ['PascalCase', (t) => words(t).map(capital).join('')],
  [
    'snake_case',
    (t) =>
      words(t)
        .map((w) => w.toLowerCase())
        .join('_'),
  ],
  [
    'kebab-case',
    (t) =>
      words(t)
        .map((w) => w.toLowerCase())
        .join('-'),
  ],
  [
    'CONSTANT_CASE',
    (t) =>
      words(t)
        .map((w) => w.toUpperCase())
        .join('_'),
  ],
];

export function render() {
  const text = textArea({ rows: 4, placeholder: 'Type text to convert' });
  text.value = 'The quick brown fox jumps over the lazy dog';
  const rows = CASES.map(([name, convert]) => {
    const out = el('output', { className: 'case-output' });
    const row = el('div', { className: 'case-row' }, [
      el('span', { className: 'case-name muted', text: name }),
      out,
      copyButton(() => out.textContent || '', 'Copy'),
    ]);
    row.dataset.case = name;
    return { row, out, convert };
  });
  const update = () => rows.forEach((r) => (r.out.textContent = r.convert(text.value)));
  text.addEventListener('input', update);
  update();
  return toolRoot('case-converter', [
    labelled('Text', text).wrap,
    el(
      'div',
      { className: 'case-list' },
      rows.map((r) => r.row),
    ),
  ]);
}
