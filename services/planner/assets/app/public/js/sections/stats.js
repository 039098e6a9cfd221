// @ts-check
// Figure cards: counts, sums and averages over a collection, redrawn as records change.
import { el } from '../dom.js';
import { formatNumber } from '../format.js';
import { figure, figureRecord } from '../formula.mjs';

/** @param {any} spec @param {import('../store.js').Store} store @param {unknown} value */
export function formatFigure(spec, store, value) {
  if (value === null || value === undefined) return '—';
  const collection = store.collection(spec.collection);
  const field = collection && spec.field ? collection.fields.find((f) => f.name === spec.field) : undefined;
  const money = spec.fn !== 'count' && field && field.type === 'money';
  return formatNumber(value, Boolean(money)) + (spec.unit ? ' ' + spec.unit : '');
}

/**
 * A figure's value; one that names its record ("Top scorer") reads "Ada (96)".
 * @param {any} spec @param {import('../store.js').Store} store
 */
function figureText(spec, store) {
  const value = formatFigure(spec, store, figure(spec, store.context()));
  if (spec.show !== 'record') return value;
  const record = figureRecord(spec, store.context());
  const collection = store.collection(spec.collection);
  return record && collection ? store.titleOf(collection, record) + ' (' + value + ')' : value;
}

/**
 * The goal a figure is read against and how far along it is: "Daily goal: 2,000 ml (60 %)".
 * @param {any} spec @param {import('../store.js').Store} store
 */
function goalText(spec, store) {
  const value = Number(figure(spec, store.context()) ?? 0);
  const share = spec.goal.value ? Math.round((value / spec.goal.value) * 100) : 0;
  return spec.goal.label + ': ' + formatFigure(spec, store, spec.goal.value) + ' (' + share + ' %)';
}

/** @param {any} section @param {import('./section-context.js').SectionContext} ctx */
export function renderStatsSection(section, ctx) {
  const list = el('dl', { className: 'stats' });
  const draw = () =>
    list.replaceChildren(
      ...(section.figures || []).map((/** @type {any} */ f) =>
        el('div', { className: 'figure' }, [
          el('dt', { text: f.label }),
          el('dd', { text: figureText(f, ctx.store) }),
          f.goal ? el('dd', { className: 'figure-goal muted', text: goalText(f, ctx.store) }) : null,
        ]),
      ),
    );
  ctx.onCleanup(ctx.store.subscribe(draw));
  draw();
  return el('section', { className: 'card stats-section', id: ctx.sectionId }, [
    section.title ? el('h2', { text: section.title }) : null,
    list,
  ]);
}
