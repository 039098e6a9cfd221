// @ts-check
// A record's own page: every field (computed ones too), then, for each collection that refers to it,
// the referring records and a form to add one already linked to this record.
import { el, lower, statusArea, withArticle } from './dom.js';
import { fieldLabel, recordForm } from './record-form.js';
import { badges, cellNode, recordButtons, titleLink } from './record-parts.js';
import { formatValue } from './format.js';
import { recordSummary } from './views/cards.js';
import { pageHref } from './router.js';

/**
 * @param {{ pageId: string, collection: string, recordId: string }} route
 * @param {import('./sections/section-context.js').SectionContext} ctx
 * @param {string} backTitle
 */
export function renderDetail(route, ctx, backTitle) {
  const { store } = ctx;
  const root = el('article', { className: 'detail' });
  const back = el('p', {}, [el('a', { href: pageHref(route.pageId), text: '← Back to ' + backTitle })]);
  const message = statusArea('section-status');
  /** @type {Map<string, ReturnType<typeof recordForm>>} forms kept across redraws so typing is not lost */
  const forms = new Map();
  /** The record's own edit form, shown by its Edit button and hidden again once saved. */
  let editor = null;
  const editCard = el('section', { className: 'card record-editor', hidden: true });

  const draw = () => {
    const collection = store.collection(route.collection);
    const record = collection ? store.find(collection.name, route.recordId) : null;
    if (!collection || !record) {
      root.replaceChildren(
        back,
        el('h1', { tabindex: '-1', text: 'Not found' }),
        el('p', { className: 'empty', text: 'This record no longer exists.' }),
        message.node,
      );
      return;
    }
    /** @type {import('./record-parts.js').ViewEnv} */
    const env = {
      store,
      collection,
      pageId: route.pageId,
      actions: detailActions(ctx.spec, collection.name),
      onEdit: (current) => {
        if (!editor) {
          const hide = () => (editCard.hidden = true);
          editor = recordForm(store, collection, { onSaved: hide, onCancel: hide });
          editCard.append(editor.node);
        }
        editCard.hidden = false;
        editor.edit(current);
      },
      say: message.say,
    };
    if (editor) editor.refreshOptions();
    const fields = el(
      'dl',
      { className: 'detail-fields' },
      collection.fields.map((f) =>
        el('div', {}, [
          el('dt', { text: fieldLabel(f, store) }),
          el('dd', {}, [
            f.formula && f.type === 'boolean' ? formatValue(f, record[f.name]) : cellNode(env, f, record),
          ]),
        ]),
      ),
    );
    const related = store.spec.collections.flatMap((/** @type {any} */ other) =>
      other.fields
        .filter((/** @type {any} */ f) => f.type === 'reference' && f.ref === collection.name)
        .map((/** @type {any} */ f) => referringBlock(ctx, env, other, f, record, forms)),
    );
    root.replaceChildren(
      back,
      el('h1', { tabindex: '-1' }, [store.titleOf(collection, record), ' ', badges(env, record)]),
      el('section', { className: 'card' }, [fields, recordButtons(env, record)]),
      editCard,
      message.node,
      ...related,
    );
  };
  ctx.onCleanup(store.subscribe(draw));
  draw();
  return root;
}

/** Actions a collection section offers on this collection's records, so the detail page offers them too. */
function detailActions(spec, name) {
  for (const page of spec.pages)
    for (const s of page.sections)
      if (s.type === 'collection' && s.collection === name && s.actions) return s.actions;
  return [];
}

function referringBlock(ctx, env, other, field, record, forms) {
  const { store } = ctx;
  const rows = store.list(other.name).filter((r) => r[field.name] === record.id);
  // Referring records are edited on their own detail page, which their title links to.
  const otherEnv = Object.assign({}, env, {
    collection: other,
    actions: detailActions(ctx.spec, other.name),
    onEdit: null,
  });
  const key = other.name + '.' + field.name;
  let form = forms.get(key);
  if (!form) {
    form = recordForm(store, other, { preset: { [field.name]: record.id } });
    forms.set(key, form);
  } else form.refreshOptions();
  const list = rows.length
    ? el(
        'ul',
        { className: 'record-list' },
        rows.map((r) =>
          el('li', { className: 'record', 'data-id': r.id }, [
            el('h4', {}, [titleLink(otherEnv, r), badges(otherEnv, r)]),
            recordSummary(r, otherEnv, [field.name]),
            recordButtons(otherEnv, r),
          ]),
        ),
      )
    : el('p', { className: 'empty', text: 'No ' + lower(other.plural) + ' yet' });
  const adder = el('details', { className: 'add-related' }, [
    el('summary', { text: 'Add ' + withArticle(lower(other.label)) }),
    form.node,
  ]);
  return el('section', { className: 'card related' }, [el('h2', { text: other.plural }), list, adder]);
}
