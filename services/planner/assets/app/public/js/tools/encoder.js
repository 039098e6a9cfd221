// @ts-check
// Base64 and URL encoding both ways. Base64 works on the text's UTF-8 bytes, so "é" or "👋" survive.
import { el } from '../dom.js';
import { copyButton, labelled, textArea, toolRoot } from './tool-fields.js';

/** @param {string} text */
export function toBase64(text) {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** @param {string} b64 */
export function fromBase64(b64) {
  const clean = b64.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(clean.padEnd(Math.ceil(clean.length / 4) * 4, '='));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** @type {Record<string, { label: string, run: (t: string) => string, error: string }>} */
const MODES = {
  'base64-encode': { label: 'Base64 encode', run: toBase64, error: '' },
  'base64-decode': { label: 'Base64 decode', run: fromBase64, error: 'This is not valid Base64 text.' },
  'url-encode': { label: 'URL encode', run: (t) => encodeURIComponent(t), error: '' },
  'url-decode': {
    label: 'URL decode',
    run: (t) => decodeURIComponent(t.replace(/\+/g, ' ')),
    error: 'This text has a % that starts no valid escape.',
  },
};

/** @param {any} section */
export function render(section) {
  const start = MODES[section.options?.mode] ? section.options.mode : 'base64-encode';
  const mode = /** @type {HTMLSelectElement} */ (
    el(
      'select',
      {},
      Object.entries(MODES).map(([value, m]) =>
        el('option', { value, text: m.label, selected: value === start }),
      ),
    )
  );
  const source = textArea({ rows: 4, placeholder: 'Text to encode or decode' });
  const result = textArea({ rows: 4, readonly: true });
  const problem = el('p', { className: 'error', role: 'alert', hidden: true });
  const update = () => {
    const m = MODES[mode.value];
    try {
      result.value = m.run(source.value);
      problem.hidden = true;
    } catch {
      result.value = '';
      problem.textContent = m.error || 'This text cannot be converted.';
      problem.hidden = false;
    }
  };
  const swap = el('button', {
    type: 'button',
    className: 'secondary',
    text: 'Swap',
    'aria-label': 'Use the result as the input and reverse the direction',
    onclick: () => {
      source.value = result.value;
      mode.value = mode.value.endsWith('encode')
        ? mode.value.replace('encode', 'decode')
        : mode.value.replace('decode', 'encode');
      update();
    },
  });
  source.addEventListener('input', update);
  mode.addEventListener('change', update);
  update();
  return toolRoot('encoder', [
    labelled('Conversion', mode).wrap,
    labelled('Input', source).wrap,
    labelled('Result', result).wrap,
    problem,
    el('div', { className: 'actions' }, [swap, copyButton(() => result.value, 'Copy result')]),
  ]);
}
