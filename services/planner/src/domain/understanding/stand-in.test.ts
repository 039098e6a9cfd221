import { describe, expect, it } from 'vitest';
import type { AppSpec } from '@isekai/contracts';
import { properNames } from './stand-in.js';
import { understandPrompt } from './understand.js';

/** The one collection of a stand-in app, with its field labels. */
function records(spec: AppSpec): { plural: string; labels: string[] } {
  expect(spec.collections).toHaveLength(1);
  const [c] = spec.collections;
  return { plural: c!.plural, labels: c!.fields.map((f) => f.label.toLowerCase()) };
}

/** The record's page has its table and the form to add one. */
function hasForm(spec: AppSpec, name: string): boolean {
  return spec.pages
    .flatMap((p) => p.sections)
    .some((s) => s.type === 'collection' && s.collection === name && s.form !== false);
}

describe('stand-in records for what needs a network', () => {
  it.each([
    ['a weather app that shows the live forecast for Oslo for the next week', 'Forecasts', 'high °c', 'Oslo'],
    ['the weather in Paris this week', 'Forecasts', 'conditions', 'Paris'],
    ['live tennis results from Wimbledon', 'Tennis matches', 'home score', 'Wimbledon'],
    ['live basketball scores', 'Basketball matches', 'away score', ''],
    ['real-time prices', 'Prices', 'price', ''],
    ['a stock ticker with live prices for Apple and Tesla', 'Stock prices', 'symbol', 'Apple'],
    ['live crypto prices for Bitcoin and Ethereum', 'Crypto prices', 'symbol', 'Bitcoin'],
    ['translate my phrases into Spanish automatically', 'Translations', 'language', 'Spanish'],
  ])('"%s" keeps %s typed in by hand', async (prompt, plural, label, name) => {
    const u = await understandPrompt(prompt);
    const kept = records(u.spec);
    expect(kept.plural).toBe(plural);
    expect(kept.labels).toContain(label);
    expect(u.spec.title).toContain(name);
    expect(hasForm(u.spec, u.spec.collections[0]!.name)).toBe(true);
    expect(u.leftOut.join(' ')).toMatch(/\bnetwork\b/);
  });

  it.each([
    ['track my Amazon packages and where they are now', 'Packages', 'tracking number'],
    ['show me cafes near me on a map', 'Cafes', 'address'],
    ['a map of the museums near me', 'Museums', 'address'],
    ['a GPS hike tracker', 'Hikes', 'distance'],
    ['remind me by SMS when a plant needs watering', 'Plant reminders', 'remind on'],
    ['text me when a bill is due', 'Bill reminders', 'remind on'],
  ])('"%s" names the records from the prompt\'s own thing: %s', async (prompt, plural, label) => {
    const u = await understandPrompt(prompt);
    const kept = records(u.spec);
    expect(kept.plural).toBe(plural);
    expect(kept.labels).toContain(label);
    expect(u.leftOut.join(' ')).toMatch(/\bnetwork\b/);
  });

  it.each([
    'an AI chatbot that answers questions about my uploaded documents',
    'a chatbot for my bakery that answers customer questions',
    'a voice assistant that answers my questions',
  ])('"%s" keeps questions with the answers you write, not a quiz', async (prompt) => {
    const u = await understandPrompt(prompt);
    expect(records(u.spec).labels).toEqual(['question', 'answer', 'topic']);
    expect(u.leftOut).toHaveLength(1);
    expect(u.leftOut[0]).toMatch(/\bmodel\b/);
  });

  it('keeps a quiz asked for with AI a quiz, and a teaching assistant a person', async () => {
    expect((await understandPrompt('an AI quiz about history')).spec.blueprint).toBe('quiz');
    expect((await understandPrompt('a teaching assistant rota')).leftOut).toEqual([]);
  });

  it('leaves a domain app that keeps the thing itself as it is', async () => {
    const u = await understandPrompt('send me a WhatsApp when my library book is due back');
    expect(u.spec.collections.map((c) => c.name)).toContain('loan');
    expect(u.leftOut.join(' ')).toMatch(/\bnetwork\b/);
  });

  it('leaves a domain app with the need beside it as it is, saying what is left out', async () => {
    const u = await understandPrompt('a garden planner with the weather forecast');
    expect(u.spec.collections.map((c) => c.name)).not.toContain('forecast');
    expect(u.spec.collections.flatMap((c) => c.fields.map((f) => f.name))).not.toContain('the');
    expect(u.leftOut.join(' ')).toMatch(/weather/i);
  });

  it('names the stand-in records after the thing, never after when it happens', async () => {
    const u = await understandPrompt('phone my dad every morning to remind him about his inhalers');
    expect(u.spec.collections.map((c) => c.label)).toEqual(['Inhaler reminder']);
    expect(u.leftOut.join(' ')).toMatch(/phone calls/i);
  });

  it('builds what was asked for around a video meeting, with a form to add to it', async () => {
    const u = await understandPrompt('video meetings with my Spanish tutor every Tuesday');
    expect(u.spec.kind).toBe('data');
    expect(
      u.spec.pages.flatMap((p) => p.sections).some((s) => s.type === 'collection' && s.form !== false),
    ).toBe(true);
    expect(u.leftOut.join(' ')).toMatch(/video/i);
  });
});

describe(properNames.name, () => {
  it('finds the places, leagues and carriers a prompt names', () => {
    expect(properNames('the forecast for London')).toEqual(['London']);
    expect(properNames('scores from the Premier League')).toEqual(['Premier League']);
    expect(properNames('track my DHL parcel')).toEqual(['DHL']);
    expect(properNames('a list of my plants')).toEqual([]);
  });
});
