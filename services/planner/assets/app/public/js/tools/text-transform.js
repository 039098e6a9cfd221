// @ts-check
// One text box and the transforms the prompt named, each shown as it is typed with a copy button:
// cases, Base64 and URL encoding, slugs, Roman numerals, reversed text, HTML entities.
import { el } from '../dom.js';
import { TRANSFORMS } from './text-transforms.js';
import { copyButton, labelled, textArea, toolRoot } from './tool-fields.js';

/** @param {any} section */
export function render(section) {
  const wanted = Array.isArray(section.options?.transforms) ? section.options.transforms : [];
  const ids = wanted.filter((/** @type {string} */ id) => id in TRANSFORMS);
  const shown = ids.length ? ids : Object.keys(TRANSFORMS);
  const text = textArea({ rows: 4, placeholder: section.options?.placeholder || 'Type or paste text' });
  if (typeof section.options?.sample === 'string') text.value = section.options.sample;
  const rows = shown.map((/** @type {string} */ id) => {
    const transform = TRANSFORMS[id];
    const out = el('output', { className: 'case-output', 'aria-live': 'polite' });
    const row = el('div', { className: 'case-row' }, [
      el('span', { className: 'case-name muted', text: transform.label }),
      out,
      copyButton(() => out.textContent || '', 'Copy'),
    ]);
    row.dataset.transform = id;
    return { row, out, transform };
  });
  const update = () => {
    for (const { out, transform } of rows) {
      const result = transform.run(text.value);
      out.textContent = result === null ? 'This text cannot be converted.' : result;
    }
  };
  text.addEventListener('input', update);
  update();
  return toolRoot('text-transform', [
    labelled(section.options?.inputLabel || 'Text', text).wrap,
    el(
      'div',
      { className: 'case-list' },
      rows.map((r) => r.row),
    ),
  ]);
}
