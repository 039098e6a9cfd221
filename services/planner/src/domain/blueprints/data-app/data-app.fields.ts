import type { FieldSpec } from '@isekai/contracts';
import { escapeHtml } from '../shared/html.js';

function labelText(field: FieldSpec): string {
  const unit = field.unit ? ` (${field.unit})` : '';
  const range = field.type === 'rating' ? ` (${field.min ?? 1}-${field.max ?? 5})` : '';
  return (
    escapeHtml(field.label + unit + range) + (field.required ? ' <span aria-hidden="true">*</span>' : '')
  );
}

function optionList(values: string[], blank: string | null): string {
  const first = blank === null ? '' : `<option value="">${escapeHtml(blank)}</option>`;
  return first + values.map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(v)}</option>`).join('');
}

function control(field: FieldSpec, id: string): string {
  const req = field.required ? ' required' : '';
  const range = `${field.min !== undefined ? ` min="${field.min}"` : ''}${field.max !== undefined ? ` max="${field.max}"` : ''}`;
  const base = `id="${id}" name="${escapeHtml(field.name)}"${req}`;
  switch (field.type) {
    case 'longtext':
      return `<textarea ${base} maxlength="20000"></textarea>`;
    case 'number':
      return `<input ${base} type="number" step="any"${range} inputmode="decimal">`;
    case 'money':
      return `<input ${base} type="number" step="0.01"${range} inputmode="decimal">`;
    case 'rating': {
      const min = field.min ?? 1;
      const max = field.max ?? 5;
      const values = Array.from({ length: Math.max(1, max - min + 1) }, (_, i) => String(min + i));
      return `<select ${base}>${optionList(values, field.required ? null : '–')}</select>`;
    }
    case 'choice':
      return `<select ${base}>${optionList(field.options ?? [], field.required ? null : 'Choose…')}</select>`;
    case 'boolean':
      return `<input ${base} type="checkbox">`;
    case 'date':
      return `<input ${base} type="date">`;
    case 'datetime':
      return `<input ${base} type="datetime-local">`;
    case 'time':
      return `<input ${base} type="time">`;
    case 'url':
    case 'image':
      return `<input ${base} type="url" placeholder="https://example.com">`;
    case 'email':
      return `<input ${base} type="email" autocomplete="email">`;
    case 'phone':
      return `<input ${base} type="tel" autocomplete="tel">`;
    case 'tags':
      return `<input ${base} type="text" placeholder="comma, separated">`;
    case 'color':
      return `<input ${base} type="color">`;
    case 'text':
    case 'reference':
      return `<input ${base} type="text" maxlength="500">`;
  }
}

/** One labelled control per field, typed by FieldType. */
export function renderFormField(field: FieldSpec): string {
  const id = `f-${field.name}`;
  if (field.type === 'boolean')
    return `<div class="field check">${control(field, id)}<label for="${id}">${labelText(field)}</label></div>`;
  const wide = field.type === 'longtext' ? ' wide' : '';
  return `<div class="field${wide}"><label for="${id}">${labelText(field)}</label>${control(field, id)}</div>`;
}

export function sortChoices(fields: FieldSpec[]): { value: string; label: string }[] {
  const choices = [
    { value: 'createdAt:asc', label: 'Date added (oldest first)' },
    { value: 'createdAt:desc', label: 'Date added (newest first)' },
  ];
  for (const field of fields) {
    if (field.type === 'longtext' || field.type === 'tags') continue;
    const numeric = ['number', 'money', 'rating'].includes(field.type);
    const dated = ['date', 'datetime', 'time'].includes(field.type);
    const [up, down] = numeric
      ? ['low to high', 'high to low']
      : dated
        ? ['oldest first', 'newest first']
        : ['A–Z', 'Z–A'];
    choices.push(
      { value: `${field.name}:asc`, label: `${field.label} (${up})` },
      { value: `${field.name}:desc`, label: `${field.label} (${down})` },
    );
  }
  return choices;
}

export function optionTags(choices: { value: string; label: string }[], selected: string | null): string {
  return choices
    .map(
      (c) =>
        `<option value="${escapeHtml(c.value)}"${c.value === selected ? ' selected' : ''}>${escapeHtml(c.label)}</option>`,
    )
    .join('');
}
