// @ts-check
// A collection section: the form that adds and edits records, the toolbar (search, filters, CSV), the
// chosen view and the totals under it. The form is built once; the rest redraws when records change.
import { el, lower, statusArea, uid } from '../dom.js';
import { formatValue } from '../format.js';
import { fieldLabel, recordForm } from '../record-form.js';
import { exportCsv, importCsv } from '../csv.js';
import { renderBoard } from '../views/board.js';
import { renderCalendar } from '../views/calendar.js';
import { renderCards } from '../views/cards.js';
import { renderGallery } from '../views/gallery.js';
import { renderTable } from '../views/table.js';

const LIVE_POLL_MS = 3000;

/** "Total estimate", but "Total" for a field already called total. @param {string} label */
function totalLabel(label) {
  return /^total\b/i.test(label) ? label : 'Total ' + lower(label);
}

/** @typedef {import('./section-context.js').SectionContext} SectionContext */

/** @param {any} section @param {SectionContext} ctx */
export function renderCollectionSection(section, ctx) {
  const { store } = ctx;
  const collection = store.collection(section.collection);
  if (!collection)
    return el('section', { className: 'card' }, [
      el('p', { className: 'error', text: 'Missing collection ' + section.collection }),
    ]);
  const noun = lower(collection.plural);
  const state = { query: '', /** @type {Record<string, string>} */ filters: {}, month: '' };
  const message = statusArea('section-status');
  const form =
    section.form === false
      ? null
      : recordForm(store, collection, { title: section.formTitle, submitLabel: section.submitLabel });
  const body = el('div', { className: 'view' });
  /** @type {import('../record-parts.js').ViewEnv} */
  const env = {
    store,
    collection,
    pageId: ctx.pageId,
    actions: section.actions || [],
    onEdit: form ? (record) => form.edit(record) : null,
    say: message.say,
  };

  const toolbar = el('div', { className: 'toolbar' });
  if (section.search) {
    const id = uid('search-' + collection.name);
    const input = /** @type {HTMLInputElement} */ (
      el('input', { id, type: 'search', placeholder: 'Search ' + noun })
    );
    input.addEventListener('input', () => {
      state.query = input.value.trim().toLowerCase();
      draw();
    });
    toolbar.append(el('div', { className: 'field' }, [el('label', { for: id, text: 'Search' }), input]));
  }
  /** @type {{ field: any, select: HTMLSelectElement }[]} */
  const filterControls = [];
  for (const name of section.filters || []) {
    const field = collection.fields.find((f) => f.name === name);
    if (!field) continue;
    const id = uid('filter-' + collection.name + '-' + name);
    const select = /** @type {HTMLSelectElement} */ (el('select', { id }));
    select.addEventListener('change', () => {
      state.filters[name] = select.value;
      draw();
    });
    filterControls.push({ field, select });
    toolbar.append(
      el('div', { className: 'field' }, [el('label', { for: id, text: fieldLabel(field, store) }), select]),
    );
  }
  if (section.exportCsv)
    toolbar.append(
      el('button', {
        type: 'button',
        className: 'secondary',
        text: 'Export CSV',
        onclick: () => exportCsv(store, collection, visible()),
      }),
    );
  if (section.importCsv) {
    const id = uid('import-' + collection.name);
    const file = /** @type {HTMLInputElement} */ (
      el('input', { id, type: 'file', accept: '.csv,text/csv', className: 'visually-hidden' })
    );
    file.addEventListener('change', async () => {
      const chosen = file.files && file.files[0];
      if (!chosen) return;
      const report = await importCsv(store, collection, await chosen.text());
      message.say(report.message, report.failed > 0);
      file.value = '';
    });
    toolbar.append(el('label', { for: id, className: 'button secondary', text: 'Import CSV' }), file);
  }

  /** Options of a filter: the values present now, titles for references. */
  function refreshFilters() {
    for (const { field, select } of filterControls) {
      const chosen = select.value;
      /** @type {[string, string][]} */
      let options;
      if (field.type === 'boolean')
        options = [
          ['true', 'Yes'],
          ['false', 'No'],
        ];
      else if (field.type === 'reference') {
        const target = store.collection(field.ref);
        options = target ? store.list(target.name).map((r) => [r.id, store.titleOf(target, r)]) : [];
      } else if (field.type === 'choice' && field.options) options = field.options.map((o) => [o, o]);
      else {
        const values = new Set(
          store
            .list(collection.name)
            .flatMap((r) => (Array.isArray(r[field.name]) ? r[field.name] : [r[field.name]]))
            .filter((v) => v !== null && v !== undefined && v !== ''),
        );
        options = [...values].map((v) => [String(v), formatValue(field, v)]);
      }
      select.replaceChildren(
        el('option', { value: '', text: 'All' }),
        ...options.map(([value, text]) => el('option', { value, text })),
      );
      select.value = options.some(([value]) => value === chosen) ? chosen : '';
      state.filters[field.name] = select.value;
    }
  }

  function visible() {
    let records = store.list(collection.name);
    if (state.query) {
      records = records.filter((r) =>
        collection.fields
          .map((f) => (f.type === 'reference' ? store.refTitle(f, r[f.name]) : formatValue(f, r[f.name])))
          .join(' ')
          .toLowerCase()
          .includes(state.query),
      );
    }
    for (const [name, wanted] of Object.entries(state.filters)) {
      if (!wanted) continue;
      records = records.filter((r) => {
        const v = r[name];
        return Array.isArray(v)
          ? v.map(String).includes(wanted)
          : String(v === null || v === undefined ? '' : v) === wanted;
      });
    }
    if (section.sort) {
      const { field, direction } = section.sort;
      const sign = direction === 'desc' ? -1 : 1;
      const spec = collection.fields.find((f) => f.name === field);
      // References sort by the title a person reads, choices in the order of their options.
      /** @param {Record<string, any>} r */
      const key = (r) => {
        const v = r[field];
        if (spec && spec.type === 'reference') return store.refTitle(spec, v) || null;
        if (spec && spec.type === 'choice' && spec.options && spec.options.includes(v))
          return spec.options.indexOf(v);
        return v;
      };
      records = records.slice().sort((a, b) => {
        const x = key(a);
        const y = key(b);
        if (x === y) return 0;
        if (x === null || x === undefined || x === '') return 1;
        if (y === null || y === undefined || y === '') return -1;
        return (
          (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * sign
        );
      });
    }
    return records;
  }

  function totals(records) {
    const names = (section.totals || []).filter((n) => collection.fields.some((f) => f.name === n));
    if (names.length === 0 || records.length === 0) return null;
    return el(
      'dl',
      { className: 'totals' },
      names.map((name) => {
        const field = collection.fields.find((f) => f.name === name);
        const sum = records.reduce((s, r) => s + (Number(r[name]) || 0), 0);
        return el('div', {}, [
          el('dt', { text: totalLabel(field ? field.label : name) }),
          el('dd', { text: field ? formatValue(field, Math.round(sum * 100) / 100) : String(sum) }),
        ]);
      }),
    );
  }

  function draw() {
    if (form) form.refreshOptions();
    refreshFilters();
    const all = store.list(collection.name);
    const records = visible();
    let view;
    if (all.length === 0) {
      const empty = el('p', {
        className: 'empty',
        text: 'No ' + noun + ' yet' + (form ? ' — add the first one above' : ''),
      });
      // An empty table still shows its columns, computed ones too: what each record will hold and show.
      const tabular = !section.view || section.view === 'table';
      view = tabular ? el('div', {}, [empty, renderTable([], env)]) : empty;
    } else if (records.length === 0) {
      view = el('p', { className: 'empty', text: 'No ' + noun + ' match' });
    } else {
      const by = section.by || '';
      if (section.view === 'board') view = renderBoard(records, env, by);
      else if (section.view === 'calendar') view = renderCalendar(records, env, by, state, draw);
      else if (section.view === 'gallery') view = renderGallery(records, env, by);
      else if (section.view === 'cards' || section.view === 'list')
        view = renderCards(records, env, section.view);
      else view = renderTable(records, env);
    }
    body.replaceChildren(view, totals(records) || '');
  }

  ctx.onCleanup(store.subscribe(draw));
  if (section.live) {
    const timer = setInterval(() => store.refresh().catch(() => undefined), LIVE_POLL_MS);
    ctx.onCleanup(() => clearInterval(timer));
  }
  draw();
  return el('section', { className: 'card collection-section', id: ctx.sectionId }, [
    // The page's own heading often says the same ("Books" on the Books page): keep the outline, not the echo.
    el('h2', {
      text: section.title || collection.plural,
      className: !section.title && ctx.pageTitle === collection.plural ? 'visually-hidden' : undefined,
    }),
    form ? form.node : null,
    toolbar.childElementCount > 0 ? toolbar : null,
    message.node,
    body,
  ]);
}
