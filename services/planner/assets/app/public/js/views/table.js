// @ts-check
// Table view: a column per field, computed ones included; the table scrolls inside its own box.
import { el } from '../dom.js';
import { fieldLabel } from '../record-form.js';
import { badges, cellNode, recordButtons, titleLink } from '../record-parts.js';

/** @param {Record<string, any>[]} records @param {import('../record-parts.js').ViewEnv} env */
export function renderTable(records, env) {
  const { collection, store } = env;
  const titleField = store.titleField(collection);
  const others = collection.fields.filter((f) => f !== titleField);
  const head = el('tr', {}, [
    el('th', { scope: 'col', text: titleField ? titleField.label : collection.label }),
    ...others.map((f) => el('th', { scope: 'col', text: fieldLabel(f, store) })),
    el('th', { scope: 'col' }, [el('span', { className: 'visually-hidden', text: 'Actions' })]),
  ]);
  const rows = records.map((record) =>
    el('tr', { 'data-id': record.id }, [
      el('th', { scope: 'row' }, [titleLink(env, record), badges(env, record)]),
      ...others.map((f) =>
        el(
          'td',
          {
            'data-label': fieldLabel(f, store),
            className:
              f.type === 'longtext' ? 'long' : f.type === 'money' || f.type === 'number' ? 'num' : '',
          },
          [cellNode(env, f, record)],
        ),
      ),
      el('td', {}, [recordButtons(env, record)]),
    ]),
  );
  return el(
    'div',
    { className: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': collection.plural },
    [el('table', {}, [el('thead', {}, [head]), el('tbody', {}, rows)])],
  );
}
