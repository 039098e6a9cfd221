import { describe, expect, it } from 'vitest';
import type { AppSpec, CollectionSection } from '@isekai/contracts';
import { checkSpec } from './check-spec.js';
import {
  EXAMPLE_SPECS,
  LIBRARY_SPEC,
  PLANNER_SPEC,
  SHOP_SPEC,
  SITE_SPEC,
} from '../../../test/support/example-specs.js';

/** A deep copy to break one thing in. */
const copy = (spec: AppSpec): AppSpec => structuredClone(spec);

describe('checkSpec', () => {
  for (const [name, spec] of Object.entries(EXAMPLE_SPECS)) {
    it(`finds nothing wrong with the ${name} example`, () => {
      expect(checkSpec(spec)).toEqual([]);
    });
  }

  it('names a section that shows an unknown collection', () => {
    const spec = copy(LIBRARY_SPEC);
    (spec.pages[1]!.sections[0] as CollectionSection).collection = 'visitor';
    expect(checkSpec(spec)).toEqual(['page "members", section 1 (collection): unknown collection "visitor"']);
  });

  it('names a reference to a missing collection', () => {
    const spec = copy(LIBRARY_SPEC);
    spec.collections[2]!.fields[0]!.ref = 'novel';
    expect(checkSpec(spec)).toContain(
      'collection "loan", field "book" refers to a missing collection "novel"',
    );
  });

  it('names a formula over a missing field, and a lookup that does not go through a reference', () => {
    const spec = copy(SHOP_SPEC);
    const line = spec.collections[2]!;
    line.fields[4]!.formula = { op: 'mul', args: [{ field: 'qty' }, { field: 'price' }] };
    line.fields[3]!.formula = { lookup: { via: 'quantity', field: 'price' } };
    expect(checkSpec(spec)).toEqual([
      'collection "orderLine", field "price": the lookup goes through "quantity", which is not a reference field',
      'collection "orderLine", field "lineTotal": the formula names a missing field "qty"',
    ]);
  });

  it('names a rollup whose collection does not point back, and a rule over a missing field', () => {
    const spec = copy(SHOP_SPEC);
    spec.collections[1]!.fields[3]!.formula = { rollup: { collection: 'product', fn: 'count' } };
    spec.collections[0]!.rules = [
      { check: { op: 'gt', args: [{ field: 'cost' }, { value: 0 }] }, message: 'Costs money' },
    ];
    expect(checkSpec(spec)).toEqual([
      'collection "product", rule "Costs money": the formula names a missing field "cost"',
      'collection "order", field "total": "product" has no reference field to "order" for the rollup',
    ]);
  });

  it('names a board grouped by a field that is not a choice, and a calendar without a date', () => {
    const spec = copy(PLANNER_SPEC);
    (spec.pages[0]!.sections[0] as CollectionSection).by = 'title';
    (spec.pages[1]!.sections[0] as CollectionSection).by = 'name';
    expect(checkSpec(spec)).toEqual([
      'page "board", section 1 (collection): the board\'s "by" must be a choice field of "task"',
      'page "calendar", section 1 (collection): the calendar\'s "by" must be a date field of "event"',
    ]);
  });

  it('names a hero button to a missing page, a form into a missing collection and a chart by a missing field', () => {
    const spec = copy(SITE_SPEC);
    const hero = spec.pages[0]!.sections[0]!;
    if (hero.type === 'hero') hero.action = { label: 'Go', target: 'contact' };
    const form = spec.pages[2]!.sections[0]!;
    if (form.type === 'form') form.collection = 'lead';
    const shop = copy(SHOP_SPEC);
    const chart = shop.pages[0]!.sections[2]!;
    if (chart.type === 'chart') chart.by = 'month';
    expect(checkSpec(spec)).toEqual([
      'page "home", section 1 (hero): the button goes to a missing page "contact"',
      'page "join", section 1 (form): unknown collection "lead"',
    ]);
    expect(checkSpec(shop)).toEqual([
      'page "orders", section 3 (chart): the chart groups by a missing field "month"',
    ]);
  });

  it('names samples with unknown fields, computed values, bad choices and references to no sample', () => {
    const spec = copy(LIBRARY_SPEC);
    spec.collections[0]!.samples = [{ title: 'Emma', genre: 'Poetry', onLoan: true, pages: 300 }];
    spec.collections[2]!.samples = [
      { book: 'Persuasion', member: 'ada lovelace', dueOn: '2024-01-16', loanedOn: '2024-01-02' },
    ];
    expect(checkSpec(spec)).toEqual([
      'collection "book", sample 1: "Poetry" is not one of the choices of "genre"',
      'collection "book", sample 1: "onLoan" is computed, so it cannot be given',
      'collection "book", sample 1: "pages" is not a field',
      'collection "loan", sample 1: "book" names "Persuasion", which is not the title of a sample book',
    ]);
  });

  it('names actions on computed fields and totals of text', () => {
    const spec = copy(LIBRARY_SPEC);
    const loans = spec.pages[2]!.sections[0] as CollectionSection;
    loans.actions = [{ label: 'Clear', set: { overdue: false } }];
    loans.totals = ['member'];
    expect(checkSpec(spec)).toEqual([
      'page "loans", section 1 (collection): total of "member", which is not a number field',
      'page "loans", section 1 (collection): action "Clear" sets the computed field "overdue"',
    ]);
  });
});
