import { describe, expect, it } from 'vitest';
import { countedType, refineFields } from './field-kinds.js';

describe(refineFields.name, () => {
  it('drops a listed phrase that says how records relate, keeps one that names a value', async () => {
    const fields = await refineFields([
      { name: 'a', label: 'Each order is for a customer', type: 'text' },
      { name: 'b', label: 'Has several parcels', type: 'text' },
      { name: 'c', label: 'What was done', type: 'text' },
    ]);
    expect(fields.map((f) => f.label)).toEqual(['What was done']);
  });

  it('counts the people of a group for its size, but keeps a size of things as sizes', async () => {
    const [team, shirt] = await refineFields([
      { name: 'teamSize', label: 'Team size', type: 'choice', options: ['Small', 'Medium', 'Large'] },
      { name: 'shirtSize', label: 'Shirt size', type: 'choice', options: ['Small', 'Medium', 'Large'] },
    ]);
    expect(team).toEqual({ name: 'teamSize', label: 'Team size', type: 'number', min: 1 });
    expect(shirt?.type).toBe('choice');
  });
});

describe(countedType.name, () => {
  it('reads money from the word as typed, and counts everything else', async () => {
    expect(await countedType('takings')).toBe('money');
    expect(await countedType('earnings')).toBe('money');
    expect(await countedType('coffees sold')).toBe('number');
    expect(await countedType('visitors')).toBe('number');
  });
});
