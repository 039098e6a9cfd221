import { describe, expect, it } from 'vitest';
import type { Aggregate, AppSpec, ChartSection, CollectionSpec } from '@isekai/contracts';
import { understandPrompt } from './understand.js';

// Prompts of the kinds people write for dashboards, none of them an evaluation prompt: each measure is
// built from the app's own fields and labelled in the person's words.
const figures = (spec: AppSpec): Aggregate[] =>
  spec.pages.flatMap((p) => p.sections).flatMap((s) => (s.type === 'stats' ? s.figures : []));
const charts = (spec: AppSpec): ChartSection[] =>
  spec.pages.flatMap((p) => p.sections).filter((s): s is ChartSection => s.type === 'chart');
const figure = (spec: AppSpec, label: string) => figures(spec).find((f) => f.label === label);
function collection(spec: AppSpec, name: string): CollectionSpec {
  const found = spec.collections.find((c) => c.name === name);
  if (!found) throw new Error(`no ${name} in ${spec.collections.map((c) => c.name).join(', ')}`);
  return found;
}

describe('measures built from the prompt', () => {
  it('averages the records’ number, over the period asked, with a date to tell the period by', async () => {
    const { spec } = await understandPrompt('running dashboard: distance, minutes and my monthly average');
    const average = figure(spec, 'Monthly average');
    expect(average).toMatchObject({ fn: 'average', field: 'distance', period: { within: 'month' } });
    expect(spec.collections[0]!.fields.some((f) => f.type === 'date')).toBe(true);
  });

  it('names the top record of the possessor that opens the list, and the group’s average', async () => {
    const { spec } = await understandPrompt(
      "swimming club dashboard with swimmers' race points, the club average and the top scorer",
    );
    expect(spec.collections.map((c) => c.name)).toEqual(['swimmer']);
    expect(figure(spec, 'Club average')).toMatchObject({ fn: 'average', field: 'racePoints' });
    expect(figure(spec, 'Top scorer')).toMatchObject({ fn: 'max', field: 'racePoints', show: 'record' });
  });

  it('sums a series over the nights and counts the no for a yes/no field', async () => {
    const { spec } = await understandPrompt(
      'escape room dashboard: bookings with date, team size and whether they turned up; players per day and no-shows',
    );
    const booking = collection(spec, 'booking');
    expect(booking.fields.find((f) => f.name === 'teamSize')?.type).toBe('number');
    expect(charts(spec).find((c) => c.title === 'Players per day')).toMatchObject({
      fn: 'sum',
      field: 'teamSize',
      every: 'day',
    });
    expect(figure(spec, 'No-shows')?.where).toEqual({
      op: 'ne',
      args: [{ field: 'turnedUp' }, { value: true }],
    });
  });

  it('works out a rate of two counts entered each period, and draws it over time', async () => {
    const { spec, notes } = await understandPrompt(
      'newsletter tracker: every week I record emails sent and replies, and show the reply rate and a chart over time',
    );
    const week = collection(spec, 'week');
    const rate = week.fields.find((f) => f.label === 'Reply rate');
    expect(rate?.unit).toBe('%');
    expect(JSON.stringify(rate?.formula)).toContain(
      '"div","args":[{"field":"replies"},{"field":"emailsSent"}]',
    );
    expect(charts(spec).find((c) => c.field === rate?.name)).toMatchObject({ chart: 'line', every: 'day' });
    expect(notes.join(' ')).toMatch(/replies as a share of emails sent/);
  });

  it('divides by a count it adds when the person names one per record', async () => {
    const { spec } = await understandPrompt(
      'food truck dashboard: daily takings, burgers sold, and the average spend per order',
    );
    const day = collection(spec, 'day');
    expect(day.fields.find((f) => f.name === 'orders')).toMatchObject({ type: 'number' });
    expect(day.fields.find((f) => f.label === 'Average spend per order')?.formula).toEqual({
      op: 'round',
      args: [{ op: 'div', args: [{ field: 'takings' }, { field: 'orders' }] }, { value: 2 }],
    });
    expect(figure(spec, 'Average spend per order')?.fn).toBe('average');
  });

  it('multiplies the fields the person names, and warns of a low number', async () => {
    const { spec, notes } = await understandPrompt(
      'hardware shop dashboard: items with count on shelf and unit price, the value of each item (count x price), and a low count alert',
    );
    const tool = collection(spec, 'item');
    expect(tool.fields.find((f) => f.label === 'Value')?.formula).toEqual({
      op: 'mul',
      args: [{ field: 'countOnShelf' }, { field: 'unitPrice' }],
    });
    expect(tool.fields.find((f) => f.name === 'lowCount')?.type).toBe('boolean');
    expect(figure(spec, 'Low count')?.where).toEqual({ field: 'lowCount' });
    expect(notes.join(' ')).toMatch(/fewer than 5/);
  });

  it('counts records of each option the person names, and groups by a field as a chart', async () => {
    const { spec } = await understandPrompt(
      'helpdesk dashboard: calls with urgency (low, high) and state (waiting, done), and the number of waiting calls by urgency',
    );
    expect(
      figures(spec)
        .map((f) => f.label)
        .filter((l) => l.startsWith('Waiting')),
    ).toEqual(['Waiting calls (low urgency)', 'Waiting calls (high urgency)']);
    const staff = await understandPrompt(
      'volunteer dashboard: volunteers with team and start date, headcount per team as a chart',
    );
    expect(charts(staff.spec).find((c) => c.title === 'Headcount per team')).toMatchObject({
      fn: 'count',
      by: 'team',
    });
  });

  it('says what it cannot work out instead of showing something else', async () => {
    const { leftOut } = await understandPrompt(
      'book club dashboard: members with name and email, and the club average',
    );
    expect(leftOut.join(' ')).toMatch(/Club average: no number among the \w+ to work it out from/);
  });
});
