import { describe, expect, it } from 'vitest';
import { readMeasures } from './measures.js';

const read = (text: string) => readMeasures(text).measures.map((m) => `${m.kind}: ${m.label}`);

describe(readMeasures.name, () => {
  it('reads figures in the words the person used', () => {
    expect(read('gym log: sessions with minutes, the club average and the top scorer')).toEqual([
      'figure: Club average',
      'top: Top scorer',
    ]);
    expect(read('plant care dashboard: waterings with date and litres; my monthly average')).toEqual([
      'figure: Monthly average',
    ]);
    expect(read('lemonade stand: each day I log cups sold, and the average price per cup')).toEqual([
      'ratio: Average price per cup',
    ]);
  });

  it('reads one number as a percentage of another, named or left to the record', () => {
    const shares = (text: string) =>
      readMeasures(text).measures.map((m) => (m.kind === 'share' ? [m.label, m.part, m.whole] : m.kind));
    expect(shares('rooms with beds and guests; show guests as a percentage of beds')).toEqual([
      ['Guests as a percentage of beds', 'guests', 'beds'],
    ]);
    expect(shares('teams with quota and sold, and the attainment (sold as a share of quota)')).toEqual([
      ['Attainment', 'sold', 'quota'],
    ]);
    expect(
      shares('savings pots with a goal and saved, and what percent of its goal each pot has reached'),
    ).toEqual([['Percent of goal reached', 'reached', 'goal']]);
    expect(read('shifts with hours; show today’s hours and this month’s hours')).toEqual([
      'figure: Today’s hours',
      'figure: This month’s hours',
    ]);
  });

  it('reads series over time and by a field, counts, rates, products and warnings', () => {
    expect(read('hotel dashboard: bookings with date and guests, guests per night and no-shows')).toEqual([
      'per: Guests per night',
      'negated: No-shows',
    ]);
    expect(
      read('shop stats: visitors and orders, and it shows the order rate and a chart over time'),
    ).toEqual(['rate: Order rate', 'trend: Chart over time']);
    expect(read('garden shed: tools with count and price, the value of each tool (count x price)')).toEqual([
      'product: Value',
    ]);
    expect(read('pantry: jars with quantity and a low quantity alert')).toEqual(['low: Low quantity alert']);
    expect(read('helpdesk: calls with reason and the number of urgent calls by team')).toEqual([
      'count: Number of urgent calls by team',
    ]);
    expect(read('staff board: people with team, headcount per team as a chart')).toEqual([
      'per: Headcount per team',
    ]);
  });

  it('leaves fields and controls alone: what is filled in is not a figure', () => {
    expect(read('a reading list with title, author, number of pages and a finished checkbox')).toEqual([]);
    expect(read('invoices with line items: description, hours and an hourly rate')).toEqual([]);
    expect(read('a line total that is quantity times unit price')).toEqual([]);
    expect(read('recipes with price per kg, and filter by category')).toEqual([]);
    expect(read('a garden app: plants I water twice a week')).toEqual([]);
  });

  it('blanks the measures, keeping positions, so their words become neither fields nor records', () => {
    const text = 'bakery dashboard: loaves with date and flour, the total flour per week and no-shows';
    const { rest } = readMeasures(text);
    expect(rest).toHaveLength(text.length);
    expect(rest.trim()).toBe('bakery dashboard: loaves with date and flour,');
  });
});
