// @ts-check
// Every calculator of the catalogue: section.options.calculator declares its inputs, formulas, outputs,
// checks and extras (see calc-eval.mjs); answers follow each keystroke, and an input that is missing or
// out of range says so beside it instead of giving a wrong answer.
import { el, uid } from '../dom.js';
import { compute, localToday, validate } from './calc-eval.mjs';
import { amortizationExtra } from './calculator/amortization.js';
import { formatOutput } from './calculator/format.js';
import { growthExtra } from './calculator/growth-chart.js';
import { rateTableExtra } from './calculator/rate-table.js';
import { useStylesheet } from './stylesheet.js';

/** @typedef {import('./calc-eval.mjs').Calculator} Calculator */
/** @typedef {import('./calc-eval.mjs').CalcInput} CalcInput */

const NUMERIC = new Set(['number', 'money', 'percent']);

function nowLocal() {
  const d = new Date();
  return (
    localToday() + 'T' + String(d.getHours()).padStart(2, '0') + ':' + String(d.getMinutes()).padStart(2, '0')
  );
}

/** The value an input starts with: its default, "today"/"now" read as such. @param {CalcInput} input */
function startValue(input) {
  if (input.default === 'today') return localToday();
  if (input.default === 'now') return nowLocal();
  return input.default ?? '';
}

/** @param {CalcInput} input @param {string} id */
function control(input, id) {
  if (input.kind === 'select') {
    const index = Math.max(
      0,
      (input.options || []).findIndex((o) => o.value === input.default),
    );
    return el(
      'select',
      { id, name: input.name },
      (input.options || []).map((o, i) =>
        el('option', { value: String(i), text: o.label, selected: i === index }),
      ),
    );
  }
  const type = input.kind === 'date' ? 'date' : input.kind === 'datetime' ? 'datetime-local' : 'number';
  return el('input', {
    id,
    name: input.name,
    type,
    value: String(startValue(input)),
    ...(type === 'number' && {
      inputmode: 'decimal',
      step: 'any',
      min: input.min,
      max: input.max,
    }),
  });
}

/** @param {any} section */
export function render(section) {
  useStylesheet('/css/calculator.css');
  /** @type {Calculator} */
  const calc = structuredClone(section.options && section.options.calculator);
  if (!calc || !Array.isArray(calc.inputs) || !Array.isArray(calc.outputs))
    return el('p', { className: 'error', text: 'This calculator has no formulas.' });

  const fields = calc.inputs.map((input) => {
    const id = uid('calc-' + input.name);
    const node = /** @type {HTMLInputElement | HTMLSelectElement} */ (control(input, id));
    const error = el('p', { className: 'error field-error', id: id + '-error', hidden: true });
    const unit = input.unit || (input.kind === 'percent' ? '%' : '');
    node.setAttribute('aria-describedby', error.id);
    const wrap = el('div', { className: 'field calc-field' }, [
      el('label', { for: id, text: input.label }),
      el('div', { className: 'calc-control' }, [
        node,
        unit ? el('span', { className: 'calc-unit muted', text: unit }) : null,
      ]),
      error,
    ]);
    return { input, node, error, wrap };
  });

  /** @returns {Record<string, any>} */
  function read() {
    /** @type {Record<string, any>} */
    const values = {};
    for (const { input, node } of fields) {
      const raw = node.value.trim();
      if (input.kind === 'select') values[input.name] = (input.options || [])[Number(raw)]?.value ?? null;
      else if (NUMERIC.has(input.kind))
        values[input.name] =
          raw === '' || Number.isNaN(Number(raw)) ? (raw === '' ? null : raw) : Number(raw);
      else values[input.name] = raw === '' ? null : raw;
    }
    return values;
  }

  const outputs = calc.outputs.map((output) => {
    const value = el('output', { className: 'calc-value', 'aria-live': 'polite' });
    const row = el('div', { className: 'calc-output' }, [
      el('dt', { text: output.label }),
      el('dd', {}, [
        value,
        output.unit ? el('span', { className: 'calc-unit muted', text: ' ' + output.unit }) : null,
      ]),
    ]);
    return { output, value, row };
  });
  const problem = el('p', { className: 'error calc-problem', role: 'alert', hidden: true });
  const storageKey = 'isekai-calc-' + (section.title || '') + '-' + calc.inputs.map((i) => i.name).join(',');
  const extras = (calc.extras || [])
    .map((extra) => {
      if (extra.kind === 'amortization') return amortizationExtra(/** @type {any} */ (extra));
      if (extra.kind === 'growth') return growthExtra(/** @type {any} */ (extra));
      if (extra.kind === 'rates') return rateTableExtra(/** @type {any} */ (extra), calc, storageKey, update);
      return null;
    })
    .filter((x) => x !== null);

  function update() {
    const values = read();
    const problems = validate(calc, values);
    for (const { input, node, error } of fields) {
      const message = problems[input.name];
      error.textContent = message || '';
      error.hidden = !message;
      node.setAttribute('aria-invalid', message ? 'true' : 'false');
    }
    problem.textContent = problems[''] || '';
    problem.hidden = !problems[''];
    const valid = Object.keys(problems).length === 0;
    const result = valid ? compute(calc, values) : { scope: values, outputs: calc.outputs.map(() => null) };
    outputs.forEach(({ output, value }, i) => {
      const v = result.outputs[i];
      value.textContent = formatOutput(v, output);
      value.dataset.value = v === null || v === undefined ? '' : String(v);
    });
    for (const extra of extras) extra.update(result.scope, valid);
  }

  const form = el(
    'form',
    {
      className: 'calc-form form-grid',
      novalidate: true,
      onsubmit: (/** @type {Event} */ e) => e.preventDefault(),
    },
    fields.map((f) => f.wrap),
  );
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  const node = el('div', { className: 'calculator' }, [
    form,
    problem,
    el(
      'dl',
      { className: 'calc-outputs' },
      outputs.map((o) => o.row),
    ),
    el('div', { className: 'calc-explanation' }, [
      el('h3', { text: 'How it is worked out' }),
      el('p', { text: calc.explanation }),
    ]),
    ...extras.map((x) => x.node),
  ]);
  update();
  return node;
}
