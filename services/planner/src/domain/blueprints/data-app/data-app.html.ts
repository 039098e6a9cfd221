import type { AppSpecV1, EntitySpec, FieldSpec } from '@isekai/contracts';
import { escapeHtml } from '../shared/html.js';
import { optionTags, renderFormField, sortChoices } from './data-app.fields.js';
import type { DataAppOptions } from './data-app.options.js';

const e = escapeHtml;

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

function formSection(entity: EntitySpec, options: DataAppOptions): string {
  const noun = entity.label.toLowerCase();
  const title = options.formTitle ?? `Add ${article(noun)} ${noun}`;
  const submit = options.submitLabel ?? `Add ${noun}`;
  return `<section class="card" aria-labelledby="form-title">
<h2 id="form-title">${e(title)}</h2>
<form id="record-form" novalidate>
<div class="grid">
${entity.fields.map(renderFormField).join('\n')}
</div>
<p id="form-error" class="error" role="alert" hidden></p>
<div class="actions"><button type="submit" id="submit-button" data-add-label="${e(submit)}">${e(submit)}</button><button type="button" id="cancel-edit" class="secondary" hidden>Cancel</button></div>
</form>
</section>`;
}

function toolbar(spec: AppSpecV1, entity: EntitySpec, options: DataAppOptions): string {
  const parts: string[] = [];
  const plural = entity.plural.toLowerCase();
  if (spec.features.includes('search')) {
    parts.push(
      `<div class="field"><label for="search">Search</label><input id="search" type="search" placeholder="Search ${e(plural)}"></div>`,
    );
  }
  if (spec.features.includes('sort')) {
    const selected = options.sort ? `${options.sort.field}:${options.sort.direction}` : 'createdAt:asc';
    parts.push(
      `<div class="field"><label for="sort">Sort by</label><select id="sort">${optionTags(sortChoices(entity.fields), selected)}</select></div>`,
    );
  }
  if (spec.features.includes('filter')) {
    for (const field of entity.fields.filter((f) => f.type === 'choice' || f.type === 'boolean')) {
      const values = field.type === 'boolean' ? ['Yes', 'No'] : (field.options ?? []);
      const choices = [{ value: '', label: 'All' }, ...values.map((v) => ({ value: v, label: v }))];
      parts.push(
        `<div class="field"><label for="filter-${e(field.name)}">Filter by ${e(field.label.toLowerCase())}</label><select id="filter-${e(field.name)}" data-filter="${e(field.name)}">${optionTags(choices, '')}</select></div>`,
      );
    }
  }
  const buttons: string[] = [];
  if (spec.features.includes('csv-export'))
    buttons.push('<button type="button" id="export-csv" class="secondary">Export CSV</button>');
  if (spec.features.includes('csv-import')) {
    buttons.push(
      '<label class="button secondary" for="import-csv">Import CSV</label><input id="import-csv" type="file" accept=".csv,text/csv" class="visually-hidden">',
    );
  }
  if (buttons.length > 0) parts.push(`<div class="actions">${buttons.join('')}</div>`);
  return parts.length > 0 ? `<div class="toolbar">${parts.join('\n')}</div>` : '';
}

function listSection(spec: AppSpecV1, entity: EntitySpec, options: DataAppOptions): string {
  const plural = entity.plural.toLowerCase();
  const headers = entity.fields.map((f) => `<th scope="col">${e(f.label)}</th>`).join('');
  return `<section class="card" aria-labelledby="list-title">
<h2 id="list-title">${e(options.listTitle ?? entity.plural)}</h2>
${toolbar(spec, entity, options)}
<div class="table-wrap"><table>
<thead><tr>${headers}<th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
<tbody id="rows"></tbody>
</table></div>
<p id="empty" class="empty">No ${e(plural)} yet. Add your first ${e(entity.label.toLowerCase())} above.</p>
<p id="no-match" class="empty" hidden>No ${e(plural)} match.</p>
<p id="load-error" class="error" role="alert" hidden></p>
</section>`;
}

function isMeasure(field: FieldSpec): boolean {
  return (
    (field.type === 'number' || field.type === 'money' || field.type === 'rating') &&
    !/year/i.test(field.name)
  );
}

/** Static labels for the summary so "Total amount" and "Average rating" are on the page before data loads. */
function summarySection(spec: AppSpecV1, entity: EntitySpec, options: DataAppOptions): string {
  const wanted =
    ['totals', 'stats', 'chart'].some((f) => spec.features.includes(f as never)) || options.countBy;
  if (!wanted) return '';
  const stats = [`<div><dt>${e(entity.plural)}</dt><dd data-stat="count">0</dd></div>`];
  for (const field of entity.fields.filter(isMeasure)) {
    if (field.type === 'money' || (spec.features.includes('totals') && field.type === 'number')) {
      stats.push(
        `<div><dt>Total ${e(field.label.toLowerCase())}</dt><dd data-stat="sum:${e(field.name)}">0</dd></div>`,
      );
    }
    if (field.type !== 'money' || spec.features.includes('stats')) {
      stats.push(
        `<div><dt>Average ${e(field.label.toLowerCase())}</dt><dd data-stat="avg:${e(field.name)}">–</dd></div>`,
      );
    }
  }
  for (const value of options.countBy?.options ?? []) {
    stats.push(
      `<div><dt>${e(options.countBy?.label ?? '')}: ${e(value)}</dt><dd data-stat="count:${e(value)}">0</dd></div>`,
    );
  }
  return `<section class="card" aria-labelledby="summary-title"><h2 id="summary-title">Summary</h2><dl class="stats">${stats.join('')}</dl></section>`;
}

export function chartPlan(
  spec: AppSpecV1,
  entity: EntitySpec,
  options: DataAppOptions,
): { by: string; value: string | null; title: string } | null {
  if (!spec.features.includes('chart')) return null;
  const value = entity.fields.find((f) => f.type === 'money') ?? entity.fields.find(isMeasure) ?? null;
  const date = entity.fields.find((f) => f.type === 'date' || f.type === 'datetime');
  const named =
    options.chartBy && options.chartBy !== 'month'
      ? entity.fields.find((f) => f.name === options.chartBy)
      : undefined;
  const group =
    named ??
    (options.chartBy === 'month' && date ? undefined : entity.fields.find((f) => f.type === 'choice'));
  const by = group ? group.name : date ? 'month' : (entity.fields[0]?.name ?? 'month');
  const byLabel = group
    ? group.label.toLowerCase()
    : date
      ? 'month'
      : (entity.fields[0]?.label.toLowerCase() ?? 'month');
  const what = value ? value.label : `Number of ${entity.plural.toLowerCase()}`;
  return { by, value: value?.name ?? null, title: `${what} by ${byLabel}` };
}

function extraSections(spec: AppSpecV1, entity: EntitySpec, options: DataAppOptions): string {
  const parts: string[] = [];
  const chart = chartPlan(spec, entity, options);
  if (chart) {
    parts.push(
      `<section class="card" aria-labelledby="chart-title"><h2 id="chart-title">${e(chart.title)}</h2><div id="chart" class="bars" role="img" aria-label="${e(chart.title)} bar chart"></div><p id="chart-empty" class="empty">The chart appears once there are ${e(entity.plural.toLowerCase())}.</p></section>`,
    );
  }
  const group = options.groupAverage;
  if (group) {
    parts.push(
      `<section class="card" aria-labelledby="group-title"><h2 id="group-title">${e(group.title)}</h2><div class="table-wrap"><table><thead><tr><th scope="col">${e(group.by.label)}</th><th scope="col">Average ${e(group.field.label.toLowerCase())}</th><th scope="col">Count</th></tr></thead><tbody id="group-rows"></tbody></table></div></section>`,
    );
  }
  if (options.lowStock) {
    parts.push(
      `<section class="card" aria-labelledby="low-title"><h2 id="low-title">Low stock warning</h2><p class="muted">Shown when ${e(options.lowStock.field.label.toLowerCase())} is ${options.lowStock.threshold} or less.</p><ul id="low-list" class="plain"></ul><p id="low-empty" class="empty">Nothing is low on stock.</p></section>`,
    );
  }
  if (options.due) {
    parts.push(
      `<section class="card" aria-labelledby="due-title"><h2 id="due-title">${e(options.due.title)}</h2><ul id="due-list" class="plain"></ul><p id="due-empty" class="empty">Nothing is due today.</p></section>`,
    );
  }
  return parts.join('\n');
}

export function renderDataMain(spec: AppSpecV1, entity: EntitySpec, options: DataAppOptions): string {
  const due = options.due
    ? extraSections({ ...spec, features: [] }, entity, { ...options, groupAverage: null, lowStock: null })
    : '';
  const rest = extraSections(spec, entity, { ...options, due: null });
  return [
    due,
    formSection(entity, options),
    listSection(spec, entity, options),
    summarySection(spec, entity, options),
    rest,
  ]
    .filter(Boolean)
    .join('\n');
}
