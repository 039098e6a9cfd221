import { describe, expect, it } from 'vitest';
import { readMeasures } from './measures.js';
import { sharePhrase } from './share-phrase.js';

const share = (text: string) => {
  const found = sharePhrase(text);
  return found ? [found.label, found.part, found.whole] : null;
};

describe(sharePhrase.name, () => {
  it('reads a share wherever it stands in the clause, in the person’s words', () => {
    expect(share("i'd like to see what percent of its budget each club has used")).toEqual([
      'Percent of budget used',
      'used',
      'budget',
    ]);
    expect(share('each project shows the % of its budget that has been spent')).toEqual([
      '% of budget spent',
      'spent',
      'budget',
    ]);
    expect(share('so i can see how much of the allowance is used as a percentage')).toEqual([
      'Percentage of allowance used',
      'used',
      'allowance',
    ]);
    expect(share('i want to know what share of the quota every rep has sold')).toEqual([
      'Share of quota sold',
      'sold',
      'quota',
    ]);
    expect(share('it should show the proportion of seats booked')).toEqual([
      'Proportion of seats booked',
      'booked',
      'seats',
    ]);
    expect(share('let me see the percentage of each target reached')).toEqual([
      'Percentage of target reached',
      'reached',
      'target',
    ]);
    expect(share('please work out what percentage of the capacity is filled')).toEqual([
      'Percentage of capacity filled',
      'filled',
      'capacity',
    ]);
    expect(share('and the percent of the grant already spent')).toEqual([
      'Percent of grant spent',
      'spent',
      'grant',
    ]);
    expect(share('show what fraction of the stock each shop has sold so far')).toEqual([
      'Fraction of stock sold',
      'sold',
      'stock',
    ]);
    expect(share('what percent of their goal each runner has reached')).toEqual([
      'Percent of goal reached',
      'reached',
      'goal',
    ]);
  });

  it('asks for no share where the words name none', () => {
    expect(share('a 10% of the bill service charge')).toBeNull();
    expect(share('share my shopping list with my family')).toBeNull();
    expect(share('a percentage field for the discount')).toBeNull();
    // The measure reader's own form, its part before the mark.
    expect(share('guests as a percentage of beds')).toBeNull();
  });

  it('is read by the measures behind any lead-in, and blanks only its own words', () => {
    const text = "each club gets a budget, and I'd like to see what percent of its budget each club has used";
    const { measures, rest } = readMeasures(text);
    expect(measures.map((m) => (m.kind === 'share' ? [m.label, m.part, m.whole] : m.kind))).toEqual([
      ['Percent of budget used', 'used', 'budget'],
    ]);
    expect(rest).toContain("I'd like to see");
    expect(rest).not.toContain('percent');
    // "what percentage of …" is a share, not the rate of two counts its "percentage" might suggest.
    const said = readMeasures(
      'a budget and the amount spent. Show what percentage of the budget has been spent.',
    );
    expect(said.measures.map((m) => [m.kind, m.label])).toEqual([['share', 'Percentage of budget spent']]);
  });
});
