// @ts-check
// Board view: a column per option of a choice field; a card moves with a labelled select, so the
// keyboard can do everything a mouse can.
import { el, uid } from '../dom.js';
import { badges, recordButtons, titleLink } from '../record-parts.js';
import { recordSummary } from './cards.js';

/** @param {Record<string, any>[]} records @param {import('../record-parts.js').ViewEnv} env @param {string} by */
export function renderBoard(records, env, by) {
  const field = env.collection.fields.find((f) => f.name === by);
  const options = (field && field.options) || [];
  const columns = options.concat(
    records.some((r) => !options.includes(r[by])) ? ['No ' + (field ? field.label.toLowerCase() : by)] : [],
  );
  return el(
    'div',
    { className: 'board' },
    columns.map((column, index) => {
      const inColumn = records.filter((r) =>
        index < options.length ? r[by] === column : !options.includes(r[by]),
      );
      return el('section', { className: 'board-column', 'aria-label': column }, [
        el('h4', {}, [column + ' ', el('span', { className: 'muted', text: '(' + inColumn.length + ')' })]),
        el(
          'ul',
          { className: 'plain' },
          inColumn.map((record) => {
            const id = uid('move-' + record.id);
            const select = /** @type {HTMLSelectElement} */ (
              el(
                'select',
                {
                  id,
                  onchange: async () => {
                    try {
                      await env.store.save(env.collection.name, record.id, { [by]: select.value });
                      env.say('Moved to ' + select.value);
                    } catch (error) {
                      env.say(error instanceof Error ? error.message : String(error), true);
                    }
                  },
                },
                options.map((o) => el('option', { value: o, text: o, selected: o === record[by] })),
              )
            );
            if (!options.includes(record[by])) select.value = '';
            return el('li', { className: 'record board-card', 'data-id': record.id }, [
              el('h5', {}, [titleLink(env, record), badges(env, record)]),
              recordSummary(record, env, [by]),
              el('div', { className: 'field' }, [el('label', { for: id, text: 'Move to' }), select]),
              recordButtons(env, record),
            ]);
          }),
        ),
      ]);
    }),
  );
}
