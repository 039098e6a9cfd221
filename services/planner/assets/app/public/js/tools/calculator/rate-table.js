// @ts-check
// Exchange rates a person edits (the app has no network to fetch them): each is units per `base`,
// and changing one changes what the currency selects convert with. Kept in this browser.
import { el, uid } from '../../dom.js';

/**
 * @param {{ selects: string[], base: string }} extra
 * @param {import('../calc-eval.mjs').Calculator} calc its select options are updated in place
 * @param {string} storageKey
 * @param {() => void} changed
 */
export function rateTableExtra(extra, calc, storageKey, changed) {
  const selects = calc.inputs.filter((i) => extra.selects.includes(i.name) && i.options);
  const first = selects[0];
  /** @type {Record<string, number>} */
  let saved = {};
  try {
    saved = JSON.parse(localStorage.getItem(storageKey) || '{}');
  } catch {
    saved = {};
  }
  /** @param {string} label @param {number} rate */
  const setRate = (label, rate) => {
    for (const input of selects)
      for (const option of input.options || []) if (option.label === label) option.value = rate;
  };
  for (const [label, rate] of Object.entries(saved)) if (rate > 0) setRate(label, rate);
  const rows = (first?.options || []).map((option) => {
    const id = uid('rate-' + option.label);
    const input = /** @type {HTMLInputElement} */ (
      el('input', {
        id,
        type: 'number',
        inputmode: 'decimal',
        step: 'any',
        min: '0',
        value: String(option.value),
        disabled: option.label === extra.base,
        oninput: () => {
          const rate = Number(input.value);
          if (!(rate > 0)) return;
          setRate(option.label, rate);
          saved[option.label] = rate;
          localStorage.setItem(storageKey, JSON.stringify(saved));
          changed();
        },
      })
    );
    return el('tr', {}, [
      el('th', { scope: 'row' }, [el('label', { for: id, text: option.label })]),
      el('td', {}, [input]),
    ]);
  });
  const node = el('details', { className: 'calc-extra calc-rates' }, [
    el('summary', { text: 'Exchange rates (per 1 ' + extra.base + ')' }),
    el('p', { className: 'muted', text: "These rates are not live: change any of them to today's rate." }),
    el('table', {}, [el('tbody', {}, rows)]),
  ]);
  return { node, update() {} };
}
