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
    // A need said of the app is something to add, and "that's" opens a formula as "that is" does.
    [
      "I also need an hourly rate on each entry and an amount that's hours times rate",
      ['add an hourly rate on each entry', "an amount that's hours times rate"],
    ],
    ['we want a priority on each ticket', ['add a priority on each ticket']],
    ["we'd like a notes field", ['add a notes field']],
    ['I would like the tags removed', ['I would like the tags removed']],
    ['i need a due date and a status', ['add a due date and a status']],
  ])('reads %j as its changes in order', (prompt, clauses) => {
    expect(clausesOf(prompt)).toEqual(clauses);
  });

  it('keeps a list that "with" began in its clause, unless a change starts after the comma', () => {
    expect(clausesOf('add a menu section with soup, bread and cake')).toEqual([
      'add a menu section with soup, bread and cake',
    ]);
    expect(clausesOf('add invoices with an amount, a due date, and make the header red')).toEqual([
      'add invoices with an amount, a due date',
      'make the header red',
    ]);
    expect(clausesOf('add loans: a loan is a member borrowing a book, with a due date')).toEqual([
      'add loans: a loan is a member borrowing a book',
      'with a due date',
    ]);
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
