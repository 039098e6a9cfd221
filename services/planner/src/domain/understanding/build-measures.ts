// The measures a person asked for (measures.ts), built from the app's own fields as the spec's figures,
// charts and computed fields, labelled in the person's words. A measure the fields cannot give is left
// out in plain words rather than shown as something else.
import type { Aggregate, ChartSection, CollectionSpec, Expr, FieldSpec } from '@isekai/contracts';
import { buildGoal } from './goal-measure.js';
import { singular } from './lexicon.js';
import {
  alreadyShown,
  collectionNamed,
  fieldNamed,
  firstOf,
  groupField,
  isNumber,
  numberFor,
  optionWhere,
  overlap,
  withNumber,
  type Spec,
} from './measure-fields.js';
import type { ReadMeasure } from './measures.js';
import { camelCase, capitalize } from './naming.js';
import { placeFigures, placeChart, mainCollection } from './measure-pages.js';
import { dueDateOf, hasOverdue, overdueField } from './overdue-field.js';
import { percent, shareFields } from './share-measure.js';

/** Below this a "low stock" warning shows; said in the plan's notes so a person can change it. */
export const LOW_LEVEL = 5;

export interface BuiltMeasures {
  leftOut: string[];
  notes: string[];
}

function addField(collection: CollectionSpec, field: FieldSpec): FieldSpec {
  const existing = collection.fields.find((f) => f.name === field.name);
  if (existing) return existing;
  collection.fields.push(field);
  return field;
}

/** The date a period or a series reads; a collection without one gets a date, today by default. */
function dateOf(collection: CollectionSpec): FieldSpec {
  return (
    collection.fields.find((f) => f.type === 'date' && !f.formula) ??
    addField(collection, { name: 'date', label: 'Date', type: 'date', default: 'today', required: true })
  );
}

function computed(
  collection: CollectionSpec,
  label: string,
  type: FieldSpec['type'],
  formula: Expr,
): FieldSpec {
  return addField(collection, { name: camelCase(label), label: capitalize(label), type, formula });
}

const f = (field: FieldSpec): Expr => ({ field: field.name });

/** Builds each measure into the spec; what cannot be built is said in `leftOut`. */
export function buildMeasures(spec: Spec, measures: ReadMeasure[]): BuiltMeasures {
  const leftOut: string[] = [];
  const notes: string[] = [];
  const main = mainCollection(spec);
  if (!main) return { leftOut, notes };
  let last: { collection: CollectionSpec; field: FieldSpec } | null = null;
  const cannot = (m: ReadMeasure, why: string) => leftOut.push(`${m.label}: ${why}.`);
  for (const m of measures) {
    // "the total per month" beside the app's own "Per month" figure: it is there already.
    if (alreadyShown(spec, m.label)) continue;
    switch (m.kind) {
      case 'figure': {
        const found = numberFor(spec, m.of, main);
        if (!found) {
          cannot(m, `no number among the ${main.plural.toLowerCase()} to work it out from`);
          break;
        }
        const figure: Aggregate = {
          label: m.label,
          collection: found.collection.name,
          fn: m.fn,
          field: found.field.name,
          ...(m.period ? { period: { field: dateOf(found.collection).name, within: m.period } } : {}),
        };
        placeFigures(spec, found.collection, [figure]);
        last = found;
        break;
      }
      case 'top': {
        const found = numberFor(spec, m.of, main) ?? withNumber(main);
        if (!found) {
          cannot(m, `no number among the ${main.plural.toLowerCase()} to rank them by`);
          break;
        }
        placeFigures(spec, found.collection, [
          {
            label: m.label,
            collection: found.collection.name,
            fn: m.fn,
            field: found.field.name,
            show: 'record',
          },
        ]);
        break;
      }
      case 'count': {
        const collection = collectionNamed(spec, m.of) ?? main;
        const where = m.of ? optionWhere(collection, m.of) : null;
        const by = m.by ? collection.fields.find((g) => overlap(m.by!, g) > 0) : undefined;
        if (m.by && !by) {
          cannot(m, `the ${collection.plural.toLowerCase()} have no ${m.by}`);
          break;
        }
        if (by && where && by.type === 'choice' && by.options) {
          // A chart cannot filter: the open tickets of each priority are figures of their own.
          placeFigures(
            spec,
            collection,
            by.options.map((option) => ({
              label: `${capitalize(m.of!)} (${option.toLowerCase()} ${by.label.toLowerCase()})`,
              collection: collection.name,
              fn: 'count' as const,
              where: { op: 'and', args: [where.expr, { op: 'eq', args: [f(by), { value: option }] }] },
            })),
          );
        } else if (by) {
          placeChart(spec, collection, chartOf(m.label, collection, 'count', undefined, by, undefined));
        } else {
          placeFigures(spec, collection, [
            {
              label: m.label,
              collection: collection.name,
              fn: 'count',
              ...(where ? { where: where.expr } : {}),
            },
          ]);
        }
        break;
      }
      case 'per': {
        if (m.by) {
          // "headcount per department": the records that have a department, counted (or their number summed).
          const holder = [main, ...spec.collections].find((c) => groupField(c, m.by!));
          const by = holder && groupField(holder, m.by);
          if (!holder || !by) {
            cannot(m, `no records have a ${m.by} to group them by`);
            break;
          }
          const summed = collectionNamed(spec, m.of)
            ? null
            : fieldNamed({ collections: [holder], pages: [] }, m.of, isNumber);
          const chart = chartOf(m.label, holder, summed ? 'sum' : 'count', summed?.field, by, undefined);
          placeChart(spec, holder, chart);
          break;
        }
        // "covers per night", "bugs opened per week": a series over the records' dates.
        const counted = collectionNamed(spec, m.of);
        const collection = counted ?? main;
        const summed = counted ? null : numberFor(spec, m.of, collection);
        const by = dateOf(summed?.collection ?? collection);
        const every = m.every && m.every !== 'month' ? m.every : undefined;
        const chart = chartOf(
          m.label,
          summed?.collection ?? collection,
          summed ? 'sum' : 'count',
          summed?.field,
          by,
          every,
        );
        placeChart(spec, summed?.collection ?? collection, chart, { sameSeries: !summed });
        break;
      }
      case 'rate': {
        const counts = main.fields.filter((g) => isNumber(g) && !g.formula);
        const [whole, part] = counts;
        if (!whole || !part) {
          cannot(m, `it needs two counts of the ${main.plural.toLowerCase()} to divide`);
          break;
        }
        const field = computed(main, m.label, 'number', percent(part, whole));
        field.unit = '%';
        placeFigures(spec, main, [averageOf(m.label, main, field)]);
        notes.push(`${m.label} is ${part.label.toLowerCase()} as a share of ${whole.label.toLowerCase()}.`);
        last = { collection: main, field };
        break;
      }
      case 'share': {
        const pair = shareFields(spec, m.part, m.whole, m.per);
        if (!pair) {
          cannot(m, `no two numbers of one kind of record to divide`);
          break;
        }
        // The person's words name it: a domain's own field of that name does not stand in for it.
        const field = computed(pair.collection, m.label, 'number', percent(pair.part, pair.whole));
        Object.assign(field, { type: 'number', unit: '%', formula: percent(pair.part, pair.whole) });
        placeFigures(spec, pair.collection, [averageOf(m.label, pair.collection, field)]);
        notes.push(
          `${m.label} is ${pair.part.label.toLowerCase()} as a percentage of ${pair.whole.label.toLowerCase()}.`,
        );
        last = { collection: pair.collection, field };
        break;
      }
      case 'ratio': {
        const top = fieldNamed(spec, m.of, isNumber) ?? withNumber(main);
        const collection = top?.collection ?? main;
        const per =
          collection.fields.find((g) => isNumber(g) && overlap(m.per, g) > 0) ??
          addField(collection, {
            name: camelCase(pluralOf(m.per)),
            label: capitalize(pluralOf(m.per)),
            type: 'number',
            min: 0,
          });
        if (!top || top.field === per) {
          cannot(m, `no number among the ${collection.plural.toLowerCase()} to divide`);
          break;
        }
        const type = top.field.type === 'money' ? 'money' : 'number';
        const field = computed(collection, m.label, type, {
          op: 'round',
          args: [{ op: 'div', args: [f(top.field), f(per)] }, { value: 2 }],
        });
        placeFigures(spec, collection, [averageOf(m.label, collection, field)]);
        last = { collection, field };
        break;
      }
      case 'product': {
        const [a, b] = m.operands ?? [];
        const left = fieldNamed(spec, a, isNumber) ?? (a ? null : firstOf(main, 'number'));
        const right = fieldNamed(spec, b, isNumber) ?? (b ? null : firstOf(main, 'money'));
        if (!left || !right || left.collection !== right.collection) {
          cannot(m, `no two numbers of one kind of record to multiply`);
          break;
        }
        const type = left.field.type === 'money' || right.field.type === 'money' ? 'money' : 'number';
        const formula: Expr = { op: 'mul', args: [f(left.field), f(right.field)] };
        const field = computed(left.collection, m.label, type, formula);
        // The person's own formula ("quantity x cost") wins over the one a domain had for the name.
        if (m.operands) Object.assign(field, { formula, type });
        placeFigures(spec, left.collection, [
          {
            label: `Total ${m.label.toLowerCase()}`,
            collection: left.collection.name,
            fn: 'sum',
            field: field.name,
          },
        ]);
        last = { collection: left.collection, field };
        break;
      }
      case 'negated': {
        const yesNo = main.fields.filter((g) => g.type === 'boolean' && !g.formula);
        const field = yesNo.find((g) => overlap(m.of, g) > 0) ?? (yesNo.length === 1 ? yesNo[0] : undefined);
        if (!field) {
          cannot(m, `the ${main.plural.toLowerCase()} have no yes/no field it could count`);
          break;
        }
        placeFigures(spec, main, [
          {
            label: m.label,
            collection: main.name,
            fn: 'count',
            where: { op: 'ne', args: [f(field), { value: true }] },
          },
        ]);
        break;
      }
      case 'overdue': {
        // The records with a date said to be due, else the main records' only date.
        const due = [main, ...spec.collections.filter((c) => c !== main), main]
          .map((c, i) => ({ collection: c, due: dueDateOf(c, i > 0 && c === main) }))
          .find((d) => d.due);
        // Asked whether they are overdue, records without a date are due by one.
        const found = due?.due
          ? { collection: due.collection, due: due.due }
          : { collection: main, due: addField(main, { name: 'dueDate', label: 'Due date', type: 'date' }) };
        if (hasOverdue(found.collection)) break;
        const { field, settled } = overdueField(found.collection, found.due);
        addField(found.collection, field);
        const label = `Overdue ${found.collection.plural.toLowerCase()}`;
        if (!alreadyShown(spec, label))
          placeFigures(spec, found.collection, [
            { label, collection: found.collection.name, fn: 'count', where: f(field) },
          ]);
        notes.push(
          `A ${found.collection.label.toLowerCase()} is overdue once its ${found.due.label.toLowerCase()} has passed${settled ? ` and it is not ${settled.label.toLowerCase()}` : ''}.`,
        );
        break;
      }
      case 'low': {
        const found = fieldNamed(spec, m.of, (g) => g.type === 'number');
        if (!found) {
          cannot(m, `the records have no ${m.of} number to watch`);
          break;
        }
        const label = `Low ${m.of}`;
        const field = computed(found.collection, label, 'boolean', {
          op: 'lt',
          args: [f(found.field), { value: LOW_LEVEL }],
        });
        placeFigures(spec, found.collection, [
          { label, collection: found.collection.name, fn: 'count', where: f(field) },
        ]);
        notes.push(`${label} means fewer than ${LOW_LEVEL} ${found.field.label.toLowerCase()}.`);
        break;
      }
      case 'trend': {
        const target = last ?? withNumber(main);
        if (!target) {
          cannot(m, `no number among the ${main.plural.toLowerCase()} to draw`);
          break;
        }
        const by = dateOf(target.collection);
        const chart = chartOf(
          `${target.field.label} over time`,
          target.collection,
          'average',
          target.field,
          by,
          'day',
        );
        placeChart(spec, target.collection, { ...chart, chart: 'line' });
        break;
      }
      case 'goal': {
        const why = buildGoal(spec, m, main, dateOf);
        if (why) cannot(m, why);
        break;
      }
    }
  }
  return { leftOut, notes };
}

/** The figure of a per-record measure: its average over the records, under the person's words. */
function averageOf(label: string, collection: CollectionSpec, field: FieldSpec): Aggregate {
  return {
    label,
    collection: collection.name,
    fn: 'average',
    field: field.name,
    ...(field.unit ? { unit: field.unit } : {}),
  };
}

function pluralOf(words: string): string {
  const parts = words.trim().split(/\s+/);
  const last = parts.pop() ?? words;
  return [...parts, singular(last) === last ? `${last}s`.replace(/ss$/, 'sses') : last].join(' ');
}

function chartOf(
  title: string,
  collection: CollectionSpec,
  fn: ChartSection['fn'],
  field: FieldSpec | undefined,
  by: FieldSpec,
  every: ChartSection['every'],
): ChartSection {
  return {
    type: 'chart',
    title,
    collection: collection.name,
    chart: by.type === 'date' ? 'line' : 'bar',
    fn,
    ...(field ? { field: field.name } : {}),
    by: by.name,
    ...(every ? { every } : {}),
  };
}
