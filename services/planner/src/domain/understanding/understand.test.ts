import { describe, expect, it } from 'vitest';
import type { AppSpec, CollectionSpec } from '@isekai/contracts';
import { understandPrompt } from './understand.js';

function collection(spec: AppSpec, plural: string): CollectionSpec {
  const found = spec.collections.find((c) => c.plural.toLowerCase() === plural);
  if (!found) throw new Error(`no ${plural} in ${spec.collections.map((c) => c.plural).join(', ')}`);
  return found;
}

describe(understandPrompt.name, () => {
  it('composes a library of books, members and loans that refer to each other, with overdue loans', async () => {
    const { spec } = await understandPrompt(
      'a library app to track books and the members who borrow them, with due dates',
    );
    const loans = collection(spec, 'loans');
    expect(loans.fields.filter((f) => f.type === 'reference').map((f) => f.ref)).toEqual(['book', 'member']);
    expect(loans.fields.find((f) => f.name === 'overdue')?.formula).toBeDefined();
  });

  it('lets every collection be added to, so a relation can be made from both ends', async () => {
    const { spec } = await understandPrompt('conference planner with speakers, rooms, and talks');
    for (const c of spec.collections) {
      const sections = spec.pages.flatMap((p) => p.sections);
      expect(
        sections.some((s) => s.type === 'collection' && s.collection === c.name && s.form !== false),
        c.name,
      ).toBe(true);
    }
  });

  it('makes happenings refer to things for nouns no domain knows, by what WordNet says they are', async () => {
    const { spec } = await understandPrompt('keep track of my kayaks, paddles and trips');
    expect(spec.domains).toEqual([]);
    expect(
      collection(spec, 'trips')
        .fields.filter((f) => f.type === 'reference')
        .map((f) => f.ref),
    ).toEqual(['kayak', 'paddle']);
  });

  it('keeps the fields a person lists for their own records rather than a domain found by one word', async () => {
    const { spec } = await understandPrompt(
      'a list of podcasts to try, with host, topic, episode count and whether I am subscribed',
    );
    expect(spec.collections).toHaveLength(1);
    expect(spec.collections[0]!.fields.map((f) => f.label.toLowerCase())).toEqual(
      expect.arrayContaining(['host', 'topic', 'episode count']),
    );
  });

  it('reads named colours onto the parts they name and never turns them into fields', async () => {
    const { spec } = await understandPrompt(
      'a landing page for Flowly with pricing tiers and an FAQ. Use ivory for the background and forest green for buttons, with a navy header.',
    );
    expect(spec.theme.colors).toMatchObject({
      background: '#fffff0',
      components: '#228b22',
      header: '#000080',
    });
    expect(spec.theme.mode).toBe('light');
    expect(JSON.stringify(spec.collections)).not.toMatch(/ivory|forest/i);
    expect(spec.pages.flatMap((p) => p.sections.map((s) => s.type))).toEqual(
      expect.arrayContaining(['pricing', 'faq']),
    );
  });

  it('colours the header, not the page, for "a dark blue header"', async () => {
    const { spec } = await understandPrompt('a recipe box with a dark blue header');
    expect(spec.theme).toMatchObject({ mode: 'light', colors: { header: '#00008b' } });
  });

  it('says what it left out and how it honoured stack words', async () => {
    const understood = await understandPrompt(
      'a weather dashboard for my garden plants, built with React and Tailwind',
    );
    expect(understood.leftOut.join(' ')).toMatch(/network/);
    expect(understood.notes.join(' ')).toMatch(/React/);
    expect(understood.spec.stack).toEqual(['React', 'Tailwind']);
  });

  it('finds the same game by any of its names', async () => {
    for (const prompt of ['whack a mole', 'a mole smash game for kids', 'hit the moles']) {
      const { spec } = await understandPrompt(prompt);
      expect(spec.pages[0]?.sections[0], prompt).toMatchObject({ type: 'tool', blueprint: 'whack-a-mole' });
    }
  });

  it('gives a typing test that keeps your results a page of them', async () => {
    const { spec } = await understandPrompt('a typing speed test that keeps your results');
    expect(spec.pages.map((p) => p.sections[0]?.type)).toEqual(['tool', 'collection']);
  });

  it('reads a one-word synonym of a tool only where a tool is asked for', async () => {
    expect((await understandPrompt('books, members, loans')).spec.domains).toEqual(['library']);
    expect(
      (await understandPrompt('a tool-lending shed for our street: tools, neighbours and loans')).spec.kind,
    ).not.toBe('tool');
    expect(
      (await understandPrompt('whack-a-mole game with a 30 second timer')).spec.pages[0]?.sections[0],
    ).toMatchObject({
      type: 'tool',
      blueprint: 'whack-a-mole',
    });
  });

  it('refuses gibberish with suggestions instead of an app named after it', async () => {
    await expect(understandPrompt('blorp zindle fnak')).rejects.toMatchObject({
      status: 422,
      details: { suggestions: expect.arrayContaining([expect.any(String)]) },
    });
  });
});
