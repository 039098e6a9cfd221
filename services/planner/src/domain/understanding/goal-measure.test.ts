import { describe, expect, it } from 'vitest';
import type { AppSpec } from '@isekai/contracts';
import { buildMeasures } from './build-measures.js';
import { readMeasures } from './measures.js';

const goals = (text: string) =>
  readMeasures(text)
    .measures.filter((m) => m.kind === 'goal')
    .map((m) => (m.kind === 'goal' ? [m.word, m.value, m.of ?? null, m.period ?? null] : []));

describe('a goal a figure is read against', () => {
  it.each([
    ['water log: glasses with ml. my daily goal is 2000 ml', ['goal', 2000, 'ml', 'today']],
    ['reading challenge, my goal is 30 books this year; books with title', ['goal', 30, 'books', 'year']],
    ['step counter: daily target 10,000 steps, show today', ['target', 10000, 'steps', 'today']],
    ["I'd like today's total shown against my limit of 400 mg.", ['limit', 400, 'mg', 'today']],
    ['Study sessions with hours, weekly goal of 20 hours', ['goal', 20, 'hours', 'week']],
    ['screen time log - a cap of 120 minutes a day', ['cap', 120, 'minutes', 'today']],
    ['Savings jar:\n- deposits with amount\n- target of 1500 this year', ['target', 1500, null, 'year']],
    ['runs with km and my monthly target 100 km', ['target', 100, 'km', 'month']],
    ['calories eaten per meal; a 2,200 calorie daily limit', ['limit', 2200, 'calorie', 'today']],
    ['Fundraising: donations, and our aim is 5000 for the roof', ['aim', 5000, null, null]],
    ['protein log with grams, my daily allowance is 150.5 g', ['allowance', 150.5, 'g', 'today']],
  ])('%s', (text, goal) => {
    expect(goals(text)).toEqual([goal]);
  });

  it.each([
    'campaigns with a target and the amount raised',
    'a target date for each project',
    'savings goals with a name and a target amount',
    'speed limit signs with road and limit',
  ])('is no goal without a number to reach: %s', (text) => {
    expect(goals(text)).toEqual([]);
  });

  it("shows the period's sum of the number it counts, or the count of the records it names", () => {
    const spec = {
      collections: [
        {
          name: 'glass',
          label: 'Glass',
          plural: 'Glasses',
          fields: [
            { name: 'time', label: 'Time', type: 'time' },
            { name: 'ml', label: 'Ml', type: 'number' },
          ],
        },
      ],
      pages: [{ id: 'home', title: 'Home', sections: [{ type: 'collection', collection: 'glass' }] }],
    } as unknown as AppSpec;
    buildMeasures(spec, readMeasures('my daily goal is 2000 ml; glasses a day').measures);
    const stats = spec.pages[0]!.sections[0]!;
    expect(stats).toEqual({
      type: 'stats',
      figures: [
        {
          label: 'Ml today',
          collection: 'glass',
          fn: 'sum',
          field: 'ml',
          period: { field: 'date', within: 'today' },
          goal: { label: 'Daily goal', value: 2000 },
        },
      ],
    });
    // The period needs a date: the glasses get one, today by default.
    expect(spec.collections[0]!.fields.at(-1)).toMatchObject({ name: 'date', default: 'today' });
  });
});
