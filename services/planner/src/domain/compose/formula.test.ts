import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CollectionSpec, Expr } from '@isekai/contracts';
import { LIBRARY_SPEC, SHOP_SPEC } from '../../../test/support/example-specs.js';

// The generated app's formula module is plain JavaScript shared by its server and its page; it is
// loaded here as the app's server loads it, a price rounded to cents before it is multiplied.
interface Context {
  collections: CollectionSpec[];
  records: (name: string) => Record<string, unknown>[];
  today?: string;
}
interface FormulaModule {
  evaluate(expr: Expr, record: Record<string, unknown>, collection: CollectionSpec, ctx: Context): unknown;
  withComputed(
    collection: CollectionSpec,
    record: Record<string, unknown>,
    ctx: Context,
  ): Record<string, unknown>;
  figure(
    spec: {
      collection: string;
      fn: string;
      field?: string;
      where?: Expr;
      period?: { field: string; within: string };
    },
    ctx: Context,
  ): unknown;
  inPeriod(iso: string, within: string, today: string): boolean;
  todayIso(days?: number): string;
  dateDefault(value: unknown): unknown;
}
const path = fileURLToPath(new URL('../../../assets/app/public/js/formula.mjs', import.meta.url));
const formula = (await import(path)) as FormulaModule;

const op = (name: string, ...args: Expr[]): Expr => ({ op: name, args }) as Expr;
const v = (value: number | string | boolean | null): Expr => ({ value });
const f = (field: string): Expr => ({ field });

function context(
  data: Record<string, Record<string, unknown>[]>,
  collections: CollectionSpec[],
  today = '2024-03-15',
): Context {
  return { collections, records: (name) => data[name] ?? [], today };
}

describe('formula.mjs', () => {
  const loan = LIBRARY_SPEC.collections[2]!;
  const ctx = context({}, LIBRARY_SPEC.collections);
  const calc = (expr: Expr, record: Record<string, unknown> = {}) =>
    formula.evaluate(expr, record, loan, ctx);

  it('does arithmetic, with an empty operand making the answer unknown', () => {
    expect(calc(op('add', v(1), v(2), v(3)))).toBe(6);
    expect(calc(op('sub', v(10), v(4)))).toBe(6);
    expect(calc(op('mul', v(0.1), v(3)))).toBe(0.3);
    expect(calc(op('div', v(1), v(0)))).toBeNull();
    expect(calc(op('round', v(2.345), v(2)))).toBe(2.35);
    expect(calc(op('neg', v(4)))).toBe(-4);
    expect(calc(op('mul', f('missing'), v(3)))).toBeNull();
  });

  it("compares dates as dates and counts whole days between them, today being the context's", () => {
    expect(calc(op('lt', v('2024-03-01'), { today: true }))).toBe(true);
    expect(calc(op('daysBetween', v('2024-02-28'), v('2024-03-01')))).toBe(2);
    expect(calc(op('daysBetween', { today: true }, v('2024-03-10')))).toBe(-5);
    expect(calc(op('gte', v(10), v(9)))).toBe(true);
    expect(calc(op('eq', v('a'), v('a')))).toBe(true);
  });

  it('uses three-valued logic so half-filled records neither fail rules nor show badges', () => {
    expect(calc(op('lt', f('dueOn'), { today: true }), {})).toBeNull();
    expect(calc(op('and', v(true), op('lt', f('dueOn'), v('2024-01-01'))), {})).toBeNull();
    expect(calc(op('and', v(false), v(null)))).toBe(false);
    expect(calc(op('or', v(null), v(true)))).toBe(true);
    expect(calc(op('if', v(null), v('yes'), v('no')))).toBe('no');
    expect(calc(op('isEmpty', f('dueOn')), { dueOn: '' })).toBe(true);
    const overdue = formula.withComputed(loan, { returned: false, dueOn: '' }, ctx);
    expect(overdue.overdue).toBe(false);
  });

  it('marks a loan overdue while it is out past its due date, and counts the days left', () => {
    expect(formula.withComputed(loan, { returned: false, dueOn: '2024-03-10' }, ctx)).toMatchObject({
      overdue: true,
      daysLeft: -5,
    });
    expect(formula.withComputed(loan, { returned: true, dueOn: '2024-03-10' }, ctx)).toMatchObject({
      overdue: false,
      daysLeft: null,
    });
  });

  it('looks up the referenced record and rolls up the referring ones, money to the cent', () => {
    const [, order, line] = SHOP_SPEC.collections as [CollectionSpec, CollectionSpec, CollectionSpec];
    const data = {
      product: [
        { id: 'p1', name: 'Tea', price: 2.335 },
        { id: 'p2', name: 'Soap', price: 4 },
      ],
      order: [
        { id: 'o1', customer: 'Ann', placedOn: '2024-03-02' },
        { id: 'o2', customer: 'Bo', placedOn: '2024-02-02' },
      ],
      orderLine: [
        { id: 'l1', order: 'o1', product: 'p1', quantity: 3 },
        { id: 'l2', order: 'o1', product: 'p2', quantity: 2 },
        { id: 'l3', order: 'o2', product: 'p2', quantity: 1 },
      ],
    };
    const shop = context(data, SHOP_SPEC.collections);
    expect(formula.withComputed(line, data.orderLine[0]!, shop)).toMatchObject({
      price: 2.34,
      lineTotal: 7.02,
    });
    expect(formula.withComputed(order, data.order[0]!, shop).total).toBe(15.02);
    expect(formula.withComputed(order, data.order[1]!, shop).total).toBe(4);
    expect(formula.withComputed(line, { id: 'l9', product: 'gone', quantity: 1 }, shop)).toMatchObject({
      price: null,
      lineTotal: null,
    });
    expect(
      formula.figure(
        { collection: 'order', fn: 'sum', field: 'total', period: { field: 'placedOn', within: 'month' } },
        shop,
      ),
    ).toBe(15.02);
    expect(
      formula.figure({ collection: 'orderLine', fn: 'count', where: op('gt', f('quantity'), v(1)) }, shop),
    ).toBe(2);
    expect(formula.figure({ collection: 'product', fn: 'average', field: 'price' }, shop)).toBeCloseTo(
      3.1675,
    );
    expect(formula.figure({ collection: 'product', fn: 'max', field: 'price' }, shop)).toBe(4);
  });

  it('rolls up by a matching value, over a period, with a condition', () => {
    const budget: CollectionSpec = {
      name: 'budget',
      label: 'Budget',
      plural: 'Budgets',
      fields: [
        { name: 'category', label: 'Category', type: 'text' },
        {
          name: 'spent',
          label: 'Spent',
          type: 'money',
          formula: {
            rollup: {
              collection: 'expense',
              fn: 'sum',
              field: 'amount',
              match: 'category',
              period: { field: 'on', within: 'month' },
              where: op('not', f('refunded')),
            },
          },
        },
      ],
    };
    const expense: CollectionSpec = {
      name: 'expense',
      label: 'Expense',
      plural: 'Expenses',
      fields: [
        { name: 'category', label: 'Category', type: 'text' },
        { name: 'amount', label: 'Amount', type: 'money' },
        { name: 'on', label: 'On', type: 'date' },
        { name: 'refunded', label: 'Refunded', type: 'boolean' },
      ],
    };
    const data = {
      expense: [
        { id: 'e1', category: 'Food', amount: 10.1, on: '2024-03-01', refunded: false },
        { id: 'e2', category: 'Food', amount: 5.2, on: '2024-03-14', refunded: false },
        { id: 'e3', category: 'Food', amount: 99, on: '2024-02-20', refunded: false },
        { id: 'e4', category: 'Food', amount: 7, on: '2024-03-03', refunded: true },
        { id: 'e5', category: 'Rent', amount: 500, on: '2024-03-01', refunded: false },
      ],
    };
    const ctx2 = context(data, [budget, expense]);
    expect(formula.withComputed(budget, { id: 'b1', category: 'Food' }, ctx2).spent).toBe(15.3);
  });

  it('knows the periods: today, the week from Monday, the month and the year', () => {
    // 2024-03-15 is a Friday: its week runs from Monday 11 to Sunday 17.
    expect(formula.inPeriod('2024-03-11', 'week', '2024-03-15')).toBe(true);
    expect(formula.inPeriod('2024-03-17', 'week', '2024-03-15')).toBe(true);
    expect(formula.inPeriod('2024-03-10', 'week', '2024-03-15')).toBe(false);
    expect(formula.inPeriod('2024-03-15', 'today', '2024-03-15')).toBe(true);
    expect(formula.inPeriod('2024-01-01', 'year', '2024-03-15')).toBe(true);
    expect(formula.inPeriod('2023-03-15', 'month', '2024-03-15')).toBe(false);
  });
});

describe("a date field's default", () => {
  it('is today, a day counted from it, or the date given', () => {
    const today = formula.todayIso();
    expect(formula.dateDefault('today')).toBe(today);
    const tomorrow = formula.dateDefault('today+1') as string;
    expect(Date.parse(tomorrow) - Date.parse(today)).toBe(86_400_000);
    expect(Date.parse(today) - Date.parse(formula.dateDefault('today-7') as string)).toBe(7 * 86_400_000);
    expect(formula.dateDefault('2027-04-10')).toBe('2027-04-10');
    expect(formula.dateDefault(undefined)).toBeUndefined();
  });
});
