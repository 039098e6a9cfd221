import { describe, expect, it } from 'vitest';
import { entriesCollection, entriesTitle, readEntries } from './entries.js';

describe(readEntries.name, () => {
  it('reads "each day I enter A and B" as dated entries of counts', async () => {
    const entries = await readEntries('blog stats: each week I log readers and comments, and it shows more');
    expect(entries?.period).toBe('week');
    expect(entries?.fields.map((f) => [f.label, f.type])).toEqual([
      ['Readers', 'number'],
      ['Comments', 'number'],
    ]);
  });

  it('reads a list opened by "daily" as a day of numbers, money where the word is money', async () => {
    const entries = await readEntries('market stall: daily takings, jars sold, cakes sold');
    expect(entries?.period).toBe('day');
    expect(entries?.fields.map((f) => [f.label, f.type])).toEqual([
      ['Takings', 'money'],
      ['Jars sold', 'number'],
      ['Cakes sold', 'number'],
    ]);
  });

  it('leaves things to show alone: a page of weekly activities is no log of numbers', async () => {
    expect(
      await readEntries('community centre page: weekly activities, room prices and a contact form'),
    ).toBeNull();
    expect(await readEntries('a recipe box with title, ingredients and steps')).toBeNull();
  });

  it('makes one dated record per period, named by its date, with room for notes', async () => {
    const entries = (await readEntries('gym stats: every day we count members and classes'))!;
    const collection = entriesCollection(entries);
    expect(collection.titleField).toBe('date');
    expect(collection.fields.map((f) => f.name)).toEqual(['date', 'members', 'classes', 'notes']);
    expect(entriesTitle('gym stats: every day we count members and classes', entries)).toBe('Gym Stats');
  });
});
