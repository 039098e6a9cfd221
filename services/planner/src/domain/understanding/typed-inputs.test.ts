import { describe, expect, it } from 'vitest';
import { takesEveryTyped, typedThings } from './typed-inputs.js';

describe('what a person says they type', () => {
  it('reads each listed thing, wherever the verb of typing stands', () => {
    expect(
      typedThings(
        "I'd type the total rent, the size of my room and the size of all the bedrooms added together, in square metres",
      ),
    ).toEqual([
      ['total', 'rent'],
      ['size', 'room'],
      ['size', 'all', 'bedroom'],
    ]);
    expect(typedThings('chicken roasting time: I type the weight in grams')).toEqual([['weight']]);
    expect(typedThings('a page where I enter the price and the quantity and it shows the total')).toEqual([
      ['price'],
      ['quantity'],
    ]);
  });

  // A sum read from the words that leaves out something the person types is not the one they meant.
  it.each([
    [
      "I'd type the total rent, the size of my room and the size of all the bedrooms",
      ['Bedrooms', 'Together'],
      false,
    ],
    ['20 minutes per 500 g plus an extra 20 minutes, I type the weight in grams', ['G', 'Extra'], false],
    [
      'I type the length and width of the room and how many square metres one pack covers',
      ['Buy', 'Extra'],
      false,
    ],
    ['I type the sale price, it takes off the 6.5% platform fee', ['Sale price', 'Platform fee'], true],
    ['Parents should type how many children they are signing up', ['Children'], true],
    ['you put in your hours and your hourly rate, then VAT on top', ['Hours', 'Hourly rate', 'VAT'], true],
    ['where I enter the bill and the number of friends', ['Bill', 'Friends'], true],
    ['where I enter the bill and the number of friends', ['Bill', 'Service'], false],
    ['I fill in the distance and the fuel price', ['Fuel price'], false],
    ['a calculator that takes the bill, adds 10% and divides it by the friends', ['Bill', 'Friends'], true],
    ['I input my salary; it takes off 20% tax', ['Salary'], true],
  ])('%s', (prompt, labels, takes) => {
    expect(takesEveryTyped(labels, prompt)).toBe(takes);
  });
});

describe('a calculator of typed things whose formula is unknown', () => {
  it.each([
    // (A rate said with its numbers, "20 minutes per 500 g", is a known formula now: said-rate.test.ts.)
    'a shed roof calculator where I type the width of the shed and the pitch of the roof',
    'a little calculator where I type the length and width of the room and how many square metres one pack covers',
  ])(
    'is not passed off as the one asked for: %s',
    async (prompt) => {
      const { understandPrompt } = await import('./understand.js');
      const plan = await understandPrompt(prompt);
      expect(plan.leftOut.join(' ')).toMatch(/formula is neither known nor stated/);
    },
    30_000,
  );
});
