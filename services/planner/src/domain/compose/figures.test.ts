import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CollectionSpec } from '@isekai/contracts';

// The app's figure that names its record ("Top scorer: Ada (96)") and the chart's date groups, loaded
// as the generated app loads them.
interface Context {
  collections: CollectionSpec[];
  records: (name: string) => Record<string, unknown>[];
  today?: string;
}
const js = (file: string) => fileURLToPath(new URL(`../../../assets/app/public/js/${file}`, import.meta.url));
const formula = (await import(js('formula.mjs'))) as {
  figureRecord(
    spec: { collection: string; fn: string; field?: string },
    ctx: Context,
  ): Record<string, unknown> | null;
};
const chart = (await import(js('sections/chart.js'))) as { dateGroup(iso: string, every?: string): string };

const student: CollectionSpec = {
  name: 'student',
  label: 'Student',
  plural: 'Students',
  fields: [
    { name: 'name', label: 'Name', type: 'text' },
    { name: 'score', label: 'Score', type: 'number' },
  ],
};
const records = [
  { id: '1', name: 'Ada', score: 81 },
  { id: '2', name: 'Ben', score: 96 },
  { id: '3', name: 'Cy', score: 74 },
];
const ctx: Context = { collections: [student], records: () => records };

describe('figureRecord', () => {
  it('names the record holding the highest or the lowest value', () => {
    expect(formula.figureRecord({ collection: 'student', fn: 'max', field: 'score' }, ctx)?.name).toBe('Ben');
    expect(formula.figureRecord({ collection: 'student', fn: 'min', field: 'score' }, ctx)?.name).toBe('Cy');
  });

  it('names none when no record has a value', () => {
    const empty: Context = { collections: [student], records: () => [] };
    expect(formula.figureRecord({ collection: 'student', fn: 'max', field: 'score' }, empty)).toBeNull();
  });
});

describe('dateGroup', () => {
  it('groups a date by its day, the Monday of its week, its month or its year', () => {
    expect(chart.dateGroup('2024-03-14', 'day')).toBe('2024-03-14');
    expect(chart.dateGroup('2024-03-14', 'week')).toBe('2024-03-11');
    expect(chart.dateGroup('2024-03-17', 'week')).toBe('2024-03-11');
    expect(chart.dateGroup('2024-03-14')).toBe('2024-03');
    expect(chart.dateGroup('2024-03-14', 'year')).toBe('2024');
  });
});
