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
    // Other shapes of the same ask: a preference, a replacement, "is now called", a trailing "everywhere".
    ["I'd prefer 'prep time' rather than cooking time", ['cooking time', 'prep time']],
    ['we would prefer attendees to guests', ['guests', 'attendees']],
    ["I'd rather say 'mileage' than distance", ['distance', 'mileage']],
    ['replace the word budget with allowance', ['budget', 'allowance']],
    ['swap "owner" for keeper', ['owner', 'keeper']],
    ['the weight is now called load', ['weight', 'load']],
    ['ward should be called unit from now on', ['ward', 'unit']],
    ['change the word target to goal everywhere', ['target', 'goal']],
    ['rename the label deadline to due by throughout the app', ['deadline', 'due by']],
    ['call the host "organiser" instead, please', ['host', 'organiser']],
    ["let's call the venue the location", ['venue', 'location']],
  ])('%s', (clause, words) => {
    expect(renameWords(clause)).toEqual(words);
  });

  it.each([
    'add a due date',
    'call me when it is done',
    'use navy for the header',
    'make the header teal',
    'I would prefer a dark header',
    'replace the chart with a table',
  ])('is no rename: %s', (clause) => expect(renameWords(clause)).toBeNull());
});
