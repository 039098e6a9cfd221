import { describe, expect, it } from 'vitest';
import { renameWords } from './rename-edit.js';

describe('the ways a rename is said', () => {
  it.each([
    ['rename category to type', ['category', 'type']],
    ['rename the trail field to path', ['trail field', 'path']],
    ["call the price 'cost' instead", ['price', 'cost']],
    ['call the price “cost”', ['price', 'cost']],
    ['call interval frequency instead', ['interval', 'frequency']],
    ['change rating to score', ['rating', 'score']],
    ['change the name of place to route', ['place', 'route']],
    ['the notes field should be called comments', ['notes field', 'comments']],
    ["the target should be renamed to 'goal'", ['target', 'goal']],
    ["use 'goal' instead of 'target'", ['target', 'goal']],
    ['say clients instead of customers', ['customers', 'clients']],
    ['rename target as aim instead', ['target', 'aim']],
  ])('%s', (clause, words) => {
    expect(renameWords(clause)).toEqual(words);
  });

  it.each(['add a due date', 'call me when it is done', 'use navy for the header', 'make the header teal'])(
    'is no rename: %s',
    (clause) => expect(renameWords(clause)).toBeNull(),
  );
});
