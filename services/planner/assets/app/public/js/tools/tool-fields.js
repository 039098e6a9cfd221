// @ts-check
// Pieces the everyday tools share: a labelled control, a copy button, a figure that reads "Words 12".
import { el, uid } from '../dom.js';
import { useStylesheet } from './stylesheet.js';

/** Links the tools' stylesheet and returns the tool's root element. @param {string} className @param {Node[]} children */
export function toolRoot(className, children) {
  useStylesheet('/css/utilities.css');
  return el('div', { className: 'utility ' + className }, children);
}

/**
 * A label and its control, linked by id.
 * @template {HTMLElement} T
 * @param {string} label
 * @param {T} control
 * @returns {{ wrap: HTMLElement, control: T }}
 */
export function labelled(label, control) {
  // Not "tool-N": sections are ids like that (tool-1 is the first tool section of a page).
  if (!control.id) control.id = uid('tool-field');
  return {
    wrap: el('div', { className: 'field' }, [el('label', { for: control.id, text: label }), control]),
    control,
  };
}

/** @param {Record<string, any>} [attrs] @returns {HTMLTextAreaElement} */
export function textArea(attrs) {
  return /** @type {HTMLTextAreaElement} */ (el('textarea', { rows: 6, spellcheck: 'false', ...attrs }));
}

/** @param {Record<string, any>} [attrs] @returns {HTMLInputElement} */
export function input(attrs) {
  return /** @type {HTMLInputElement} */ (el('input', attrs));
}

/** A button that copies what `text()` gives and says so. @param {() => string} text @param {string} [label] */
export function copyButton(text, label) {
  const name = label || 'Copy';
  const button = el('button', {
    type: 'button',
    className: 'secondary small',
    text: name,
    onclick: async () => {
      const value = text();
      try {
        await navigator.clipboard.writeText(value);
        button.textContent = 'Copied';
      } catch {
        // Without clipboard permission the text is selected for Ctrl+C instead.
        button.textContent = 'Press Ctrl+C';
      }
      setTimeout(() => (button.textContent = name), 1500);
    },
  });
  return button;
}

/** A figure with a label, e.g. Words / 12. @param {string} label */
export function stat(label) {
  const value = el('output', { className: 'stat-value', 'aria-live': 'polite' });
  const node = el('div', { className: 'stat' }, [
    el('span', { className: 'stat-label muted', text: label }),
    value,
  ]);
  node.dataset.stat = label;
  return { node, value, /** @param {string | number} v */ set: (v) => (value.textContent = String(v)) };
}

/** Random integer in [0, n). Uses the platform's generator, which is good enough and unbiased here. @param {number} n */
export function randomInt(n) {
  const buf = new Uint32Array(1);
  crypto.getRandomValues(buf);
  return Math.floor((buf[0] / 4294967296) * n);
}
