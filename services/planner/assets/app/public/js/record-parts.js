// @ts-check
// Pieces every view shows for a record: its title as a link to its detail page, its badges, its cells
// (references as links to the record they name) and its buttons (edit, delete, one-click actions).
import { el, lower } from './dom.js';
import { valueNode } from './format.js';
import { todayIso } from './formula.mjs';
import { recordHref } from './router.js';

/** @typedef {import('./formula.mjs').Field} Field */
/** @typedef {import('./formula.mjs').Collection} Collection */

/**
 * @typedef {{
 *   store: import('./store.js').Store, collection: Collection, pageId: string,
 *   actions: { label: string, set: Record<string, string | number | boolean> }[],
 *   onEdit: ((record: Record<string, any>) => void) | null,
 *   say: (text: string, isError?: boolean) => void,
 * }} ViewEnv
 */

/** @param {ViewEnv} env @param {Record<string, any>} record */
export function titleLink(env, record) {
  return el('a', {
    href: recordHref(env.pageId, env.collection.name, record.id),
    className: 'record-title',
    text: env.store.titleOf(env.collection, record),
  });
}

/**
 * The first words typed into a record besides its title ("reason" of an appointment titled by its
 * patient), for views too small for a summary: what was just saved is seen where it lands.
 * @param {ViewEnv} env @param {Record<string, any>} record
 */
export function subtitle(env, record) {
  const title = env.store.titleField(env.collection);
  const field = env.collection.fields.find(
    (f) => f !== title && !f.formula && (f.type === 'text' || f.type === 'longtext') && record[f.name],
  );
  return field ? el('span', { className: 'record-subtitle', text: String(record[field.name]) }) : null;
}

/** "Sample" on sample records and the label of every computed yes/no field that holds ("Overdue"). @param {ViewEnv} env @param {Record<string, any>} record */
export function badges(env, record) {
  const list = env.collection.fields
    .filter((f) => f.formula && f.type === 'boolean' && record[f.name] === true)
    .map((f) => el('span', { className: 'badge badge-flag', text: f.label }));
  if (record.sample === true) list.push(el('span', { className: 'badge badge-sample', text: 'Sample' }));
  return list.length > 0 ? el('span', { className: 'badges' }, list) : null;
}

/** @param {ViewEnv} env @param {Field} field @param {Record<string, any>} record */
export function cellNode(env, field, record) {
  const value = record[field.name];
  if (field.type === 'reference') {
    const title = env.store.refTitle(field, value);
    return title && field.ref
      ? el('a', { href: recordHref(env.pageId, field.ref, String(value)), text: title })
      : document.createTextNode('');
  }
  if (field.formula && field.type === 'boolean')
    return document.createTextNode(value === true ? field.label : '');
  return valueNode(field, value);
}

/** @param {Field | undefined} field @param {string | number | boolean} value */
function actionValue(field, value) {
  return value === 'today' && field && field.type === 'date' ? todayIso() : value;
}

/** Actions that would change something on this record. @param {ViewEnv} env @param {Record<string, any>} record */
export function applicableActions(env, record) {
  return env.actions.filter((action) =>
    Object.entries(action.set).some(
      ([name, value]) =>
        record[name] !==
        actionValue(
          env.collection.fields.find((f) => f.name === name),
          value,
        ),
    ),
  );
}

/** @param {ViewEnv} env @param {Record<string, any>} record */
export function recordButtons(env, record) {
  const title = env.store.titleOf(env.collection, record);
  const noun = lower(env.collection.label);
  const buttons = applicableActions(env, record).map((action) =>
    el('button', {
      type: 'button',
      className: 'secondary small',
      text: action.label,
      'aria-label': action.label + ': ' + title,
      onclick: async () => {
        /** @type {Record<string, unknown>} */
        const change = {};
        for (const [name, value] of Object.entries(action.set))
          change[name] = actionValue(
            env.collection.fields.find((f) => f.name === name),
            value,
          );
        try {
          await env.store.save(env.collection.name, record.id, change);
          env.say(action.label + ': ' + title);
        } catch (error) {
          env.say(error instanceof Error ? error.message : String(error), true);
        }
      },
    }),
  );
  if (env.onEdit) {
    const onEdit = env.onEdit;
    buttons.push(
      el('button', {
        type: 'button',
        className: 'secondary small',
        text: 'Edit',
        'aria-label': 'Edit ' + noun + ' ' + title,
        onclick: () => onEdit(record),
      }),
    );
  }
  buttons.push(
    el('button', {
      type: 'button',
      className: 'danger small',
      text: 'Delete',
      'aria-label': 'Delete ' + noun + ' ' + title,
      onclick: async () => {
        if (!window.confirm('Delete ' + noun + ' "' + title + '"?')) return;
        try {
          await env.store.remove(env.collection.name, record.id);
          env.say(env.collection.label + ' deleted');
        } catch (error) {
          env.say(error instanceof Error ? error.message : String(error), true);
        }
      },
    }),
  );
  return el('div', { className: 'row-actions' }, buttons);
}
