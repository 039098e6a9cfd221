// @ts-check
// CSV out and in, with the field labels as the header row; imported rows go through the server's checks.
import { fieldProblem, ruleProblems } from './checks.js';
import { downloadText } from './download.js';
import { formatValue } from './format.js';

/** @param {unknown} value */
function cell(value) {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

/** @param {string} text @returns {string[][]} */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (c === '"') quoted = false;
      else value += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(value);
      value = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(value);
      rows.push(row);
      row = [];
      value = '';
    } else value += c;
  }
  if (value !== '' || row.length > 0) {
    row.push(value);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

/** @param {import('./store.js').Store} store @param {import('./formula.mjs').Collection} collection @param {Record<string, any>[]} records */
export function exportCsv(store, collection, records) {
  const fields = collection.fields;
  const lines = [fields.map((f) => cell(f.label)).join(',')].concat(
    records.map((r) =>
      fields
        .map((f) => {
          const v = r[f.name];
          if (f.type === 'reference') return cell(store.refTitle(f, v));
          if (f.type === 'tags' && Array.isArray(v)) return cell(v.join(', '));
          if (f.type === 'date' || f.type === 'boolean') return cell(v);
          return cell(f.formula ? formatValue(f, v) : v);
        })
        .join(','),
    ),
  );
  downloadText(collection.name + '.csv', lines.join('\n') + '\n', 'text/csv');
}

/** Rows are matched to fields by label (or name); references by the referenced record's title. */
export async function importCsv(store, collection, text) {
  const [header, ...rows] = parseCsv(text);
  if (!header) return { added: 0, failed: 0, message: 'The file is empty' };
  const columns = header.map((h) =>
    collection.fields.find(
      (f) => !f.formula && (f.label.toLowerCase() === h.trim().toLowerCase() || f.name === h.trim()),
    ),
  );
  let added = 0;
  let failed = 0;
  let firstError = '';
  for (const row of rows) {
    /** @type {Record<string, unknown>} */
    const values = {};
    columns.forEach((field, i) => {
      if (!field) return;
      const raw = (row[i] || '').trim();
      if (field.type === 'reference') {
        const target = field.ref ? store.collection(field.ref) : undefined;
        const match =
          target &&
          store.list(target.name).find((r) => store.titleOf(target, r).toLowerCase() === raw.toLowerCase());
        values[field.name] = match ? match.id : raw === '' ? null : raw;
      } else if (raw !== '' && (field.type === 'number' || field.type === 'money' || field.type === 'rating'))
        values[field.name] = Number(raw);
      else values[field.name] = raw === '' ? null : raw;
    });
    // Rows the server would refuse are refused here, in its words, without a failing request each.
    const problems = collection.fields
      // A column the file leaves out takes the field's default on the server.
      .filter((f) => !f.formula && (f.name in values || f.default === undefined))
      .map((f) => fieldProblem(f, f.name in values ? values[f.name] : null))
      .filter(Boolean);
    if (problems.length === 0) problems.push(...ruleProblems(store, collection, values));
    if (problems.length > 0) {
      failed++;
      if (!firstError) firstError = problems.join('; ');
      continue;
    }
    try {
      await store.save(collection.name, null, values);
      added++;
    } catch (error) {
      failed++;
      if (!firstError) firstError = error instanceof Error ? error.message : String(error);
    }
  }
  const message =
    'Imported ' +
    added +
    ' ' +
    (added === 1 ? collection.label : collection.plural).toLowerCase() +
    (failed ? '; ' + failed + (failed === 1 ? ' row' : ' rows') + ' refused: ' + firstError : '');
  return { added, failed, message };
}
