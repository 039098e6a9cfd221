import type { AppSpecV1 } from '@isekai/contracts';
import type { BlueprintOutput } from '../shared/blueprint.types.js';
import { escapeHtml } from '../shared/html.js';
import { CALCULATOR_SCRIPT, TIP_SCRIPT, UNIT_SCRIPT } from './calculators.client.js';
import { UNIT_TABLES } from './unit-tables.js';

export function renderUnitConverter(spec: AppSpecV1): BlueprintOutput {
  const asked = Array.isArray(spec.options.categories)
    ? (spec.options.categories as unknown[]).filter((c): c is string => typeof c === 'string')
    : [];
  const categories = asked.filter((c) => UNIT_TABLES[c]);
  const chosen = categories.length > 0 ? categories : ['length', 'weight', 'temperature'];
  const sections = chosen.map((name) => {
    const table = UNIT_TABLES[name];
    if (!table) return '';
    const options = table.units
      .map((u) => `<option value="${escapeHtml(u.id)}">${escapeHtml(u.label)}</option>`)
      .join('');
    const title = name.charAt(0).toUpperCase() + name.slice(1);
    return `<section class="card converter" data-category="${escapeHtml(name)}" aria-labelledby="h-${name}">
<h2 id="h-${name}">${escapeHtml(title)}</h2>
<div class="grid">
<div class="field"><label for="${name}-value">Value</label><input id="${name}-value" type="number" step="any" value="1" inputmode="decimal"></div>
<div class="field"><label for="${name}-from">From</label><select id="${name}-from">${options}</select></div>
<div class="field"><label for="${name}-to">To</label><select id="${name}-to">${options}</select></div>
</div>
<p class="result" aria-live="polite">Result: <strong id="${name}-result">–</strong></p>
</section>`;
  });
  return {
    main: sections.join('\n'),
    script: UNIT_SCRIPT,
    clientData: Object.fromEntries(chosen.map((c) => [c, UNIT_TABLES[c]])),
    css: '.result { font-size: 1.2rem; margin: .75rem 0 0; }',
  };
}

export function renderTipCalculator(): BlueprintOutput {
  const field = (id: string, label: string, attrs: string) =>
    `<div class="field"><label for="${id}">${label}</label><input id="${id}" type="number" inputmode="decimal" ${attrs}></div>`;
  return {
    main: `<section class="card" aria-labelledby="tip-title">
<h2 id="tip-title">Split the bill</h2>
<div class="grid">
${field('bill', 'Bill amount', 'min="0" step="0.01" placeholder="0.00"')}
${field('tip', 'Tip %', 'min="0" max="100" step="1" value="15"')}
${field('people', 'Number of people', 'min="1" step="1" value="2"')}
</div>
<div class="actions">${[10, 15, 18, 20, 25].map((p) => `<button type="button" class="secondary" data-tip="${p}">${p}%</button>`).join('')}</div>
</section>
<section class="card" aria-labelledby="result-title">
<h2 id="result-title">Result</h2>
<dl class="stats" aria-live="polite">
<div><dt>Tip</dt><dd id="tip-amount">0.00</dd></div>
<div><dt>Total</dt><dd id="total">0.00</dd></div>
<div><dt>Tip per person</dt><dd id="tip-each">0.00</dd></div>
<div><dt>Total per person</dt><dd id="total-each">0.00</dd></div>
</dl>
<p id="calc-error" class="error" role="alert" hidden></p>
</section>`,
    script: TIP_SCRIPT,
  };
}

export function renderCalculator(): BlueprintOutput {
  const keys = ['7', '8', '9', '÷', '4', '5', '6', '×', '1', '2', '3', '−', '0', '.', '=', '+'];
  return {
    main: `<section class="card calc" aria-labelledby="calc-title">
<h2 id="calc-title" class="visually-hidden">Calculator</h2>
<label for="display" class="visually-hidden">Display</label>
<input id="display" class="display" value="0" readonly aria-live="polite">
<div class="keys">
<button type="button" class="secondary" data-key="C">C</button><button type="button" class="secondary" data-key="back" aria-label="Delete last digit">⌫</button><button type="button" class="secondary" data-key="%">%</button><button type="button" class="secondary" data-key="±" aria-label="Change sign">±</button>
${keys.map((k) => `<button type="button"${/[0-9.]/.test(k) ? ' class="secondary"' : ''} data-key="${k}">${k}</button>`).join('')}
</div>
</section>`,
    script: CALCULATOR_SCRIPT,
    css: '.calc { max-width: 360px; margin: 0 auto; width: 100%; } .display { font-size: 2rem; text-align: right; margin-bottom: .75rem; } .keys { display: grid; grid-template-columns: repeat(4, 1fr); gap: .5rem; } .keys button { min-height: 3.2rem; font-size: 1.2rem; }',
  };
}
