import { describe, expect, it } from 'vitest';
import { ledgerOf, readMoneyFlows } from './money-flows.js';

// Money named coming in and going out, in other domains and sentence shapes: the person's word for each
// way (or "Money in"/"Money out" when they name only its sources) and a source or cost they name.
const TABLE: [string, string, string, string][] = [
  ['a dashboard of my market stall takings and stall costs', 'Market stall takings', 'Stall costs', ''],
  [
    'can you make me something for the football club finances? subs and sponsorship coming in, pitch hire and kit going out',
    'Money in',
    'Money out',
    'Kit',
  ],
  [
    'Pottery studio money\n- money in: classes, commissions\n- money out: clay, kiln repairs',
    'Money in',
    'Money out',
    'Clay',
  ],
  [
    'I tutor maths. I want to see my income from lessons and my expenses for books and travel, and what is left over.',
    'Income',
    'Expenses',
    '',
  ],
  [
    'our choir earns money from concerts and spends it on sheet music; show the balance',
    'Money in',
    'Money out',
    'Sheet music',
  ],
  ['revenue and costs of my food blog with the profit this year', 'Revenue', 'Costs', ''],
  [
    'a household budget with my wages, the bills and groceries we pay for, and what is left',
    'Money in',
    'Money out',
    'Groceries',
  ],
  ['track the earnings and outgoings of my window cleaning round', 'Earnings', 'Outgoings', ''],
  ['donations to our animal shelter and the vet bills and food costs', 'Money in', 'Food costs', 'Donations'],
  [
    'holiday let: rental income, cleaning costs and the net for the year',
    'Rental income',
    'Cleaning costs',
    '',
  ],
  ['a spending and income overview for my student loan and part-time job', 'Income', 'Spending', ''],
];

describe('money in and out', () => {
  it.each(TABLE)('%s', async (prompt, moneyIn, moneyOut, kind) => {
    const flows = await readMoneyFlows(prompt);
    expect(flows).not.toBeNull();
    expect(flows!.words).toEqual({ in: moneyIn, out: moneyOut });
    if (kind) expect(flows!.kinds).toContain(kind);
  });

  it('keeps whom the money comes from when the person names them', async () => {
    const flows = await readMoneyFlows('my income from each pupil and what I spend on music books');
    expect(flows?.party).toBe('Pupil');
    expect(ledgerOf(flows!, 'Lessons').collection.fields.map((f) => f.label)).toContain('Pupil');
  });

  it.each([
    'a list of my books with the price I paid',
    'a shop with products, prices and orders',
    'a log of my runs with distance and time',
    'my weekly goal is to save 50 pounds',
    'an expense tracker with categories and receipts',
    'KPI board for my shop: orders coming in, revenue this month and orders by country',
  ])('names no money both ways: %s', async (prompt) => {
    expect(await readMoneyFlows(prompt)).toBeNull();
  });

  it('shows each way, each kind and what is left in the person’s words, for the period they said', async () => {
    const flows = await readMoneyFlows('my etsy earnings and shop costs with the profit each month');
    const { pages } = ledgerOf(flows!, 'Etsy shop');
    const figures = pages[0]!.sections.flatMap((s) => (s.type === 'stats' ? s.figures : []));
    expect(figures.map((f) => f.label)).toEqual([
      'Etsy earnings this month',
      'Shop costs this month',
      'Profit this month',
    ]);
    expect(figures.every((f) => f.period?.within === 'month')).toBe(true);
  });
});
