import { describe, expect, it } from 'vitest';
import { clausesOf, leadingVerb } from './clauses.js';

describe(clausesOf.name, () => {
  it.each([
    [
      'add suppliers and link each product to a supplier',
      ['add suppliers', 'link each product to a supplier'],
    ],
    ['add a colour, a size and rename name to title', ['add a colour', 'a size', 'rename name to title']],
    ['please add search. Then make the header green!', ['add search', 'make the header green']],
    [
      'add a price and a total that is quantity times price',
      ['add a price', 'a total that is quantity times price'],
    ],
    ['add courses then show them as cards', ['add courses', 'show them as cards']],
  ])('reads %j as its changes in order', (prompt, clauses) => {
    expect(clausesOf(prompt)).toEqual(clauses);
  });

  it('keeps "and" between things added together in one clause', () => {
    expect(clausesOf('add members and loans')).toEqual(['add members and loans']);
  });
});

describe(leadingVerb.name, () => {
  it('names the verb a clause starts with, and none for a bare noun phrase', () => {
    expect(leadingVerb('rename category to type')).toBe('rename');
    expect(leadingVerb('Add a size')).toBe('add');
    expect(leadingVerb('a size')).toBeNull();
    expect(leadingVerb('address')).toBeNull();
  });
});
