// @ts-check
// Cards and list views: each record with its title, badges, its other fields as a short description list.
import { el } from '../dom.js';
import { fieldLabel } from '../record-form.js';
import { badges, cellNode, recordButtons, titleLink } from '../record-parts.js';

/**
 * @param {Record<string, any>} record
 * @param {import('../record-parts.js').ViewEnv} env
 * @param {string[]} [omit] fields the context already says (the board's column, the record a detail page is about)
 */
export function recordSummary(record, env, omit = []) {
  const titleField = env.store.titleField(env.collection);
  const rows = env.collection.fields
    .filter(
      (f) =>
        f !== titleField &&
        !omit.includes(f.name) &&
        record[f.name] !== null &&
        record[f.name] !== undefined &&
        record[f.name] !== '' &&
        !(f.formula && f.type === 'boolean'),
    )
    .map((f) =>
      el('div', {}, [el('dt', { text: fieldLabel(f, env.store) }), el('dd', {}, [cellNode(env, f, record)])]),
    );
  return el('dl', { className: 'summary' }, rows);
}

/** @param {Record<string, any>[]} records @param {import('../record-parts.js').ViewEnv} env @param {'cards' | 'list'} kind */
export function renderCards(records, env, kind) {
  return el(
    'ul',
    { className: kind === 'cards' ? 'cards' : 'record-list' },
    records.map((record) =>
      el('li', { className: 'record', 'data-id': record.id }, [
        el('h4', {}, [titleLink(env, record), badges(env, record)]),
        recordSummary(record, env),
        recordButtons(env, record),
      ]),
    ),
  );
}
