// Renames reach every place a person reads a name and no place a record stores one; sections a person
// describes are titled in their words. Apps and words of our own, through the offline engine.
import type { AppSpec } from '@isekai/contracts';
import { describe, expect, it } from 'vitest';
import { changed } from './change-steps.js';
import { renameShown, replaceWord } from './shown-words.js';

/** Every string of the spec a person reads, one per line. */
function shownText(spec: AppSpec): string {
  const seen: string[] = [];
  renameShown(structuredClone(spec), (text) => (seen.push(text), text));
  return seen.join('\n');
}

function storedNames(spec: AppSpec): string[] {
  return spec.collections.flatMap((c) => [c.name, ...c.fields.map((f) => `${c.name}.${f.name}`)]);
}

describe(replaceWord.name, () => {
  it('replaces the word in either number, keeping its case, and only whole words', () => {
    expect(replaceWord('By category', 'category', 'type')).toBe('By type');
    expect(replaceWord('All categories', 'Category', 'kind')).toBe('All kinds');
    expect(replaceWord('Tasks due this week', 'task', 'job')).toBe('Jobs due this week');
    expect(replaceWord('Multitasking', 'task', 'job')).toBe('Multitasking');
  });
});

describe('a rename', () => {
  it.each([
    [
      'a recipe box with name, cuisine and cooking time, with a chart by cuisine',
      'rename cuisine to style',
      'cuisine',
      'style',
    ],
    ['a workout log with exercise, weight and reps', 'rename reps to repetitions', 'reps', 'repetitions'],
    ['a task list with a title and a priority', 'rename tasks to jobs', 'task', 'job'],
    ['a plant journal with name and location', 'change the location to spot', 'location', 'spot'],
    ['a list of my guitars with name and brand', 'rename guitars to instruments', 'guitar', 'instrument'],
    // The field called by its head word, or with the word "field" after it.
    ['a savings tracker with a monthly limit and notes', 'rename limit to cap', 'limit', 'cap'],
    ['a list of hikes with name, trail and date', 'rename the trail field to path', 'trail', 'path'],
    // Other shapes of a rename; a field showing the very word wins over a collection known by it.
    ['a gym log with exercise, weight and reps', 'the weight should be called load', 'weight', 'load'],
    [
      'a list of my vinyl with artist, album and year',
      "I'd prefer 'record' rather than album",
      'album',
      'record',
    ],
    [
      'book club meetings with date, venue and book',
      'can we call the venue "place" from now on',
      'venue',
      'place',
    ],
    [
      'a list of my bikes with brand, size and price',
      'replace the word price with cost everywhere',
      'price',
      'cost',
    ],
    ['a pet register with name, species and owner', 'the owner is now called keeper', 'owner', 'keeper'],
  ])(
    '%s + %j: shows the new word everywhere and keeps the stored names',
    async (prompt, change, from, to) => {
      const [first, second] = await changed(prompt, change);
      const shown = shownText(second!.plan.spec);
      expect(shown).not.toMatch(new RegExp(`\\b${from}`, 'i'));
      expect(shown).toMatch(new RegExp(`\\b${to}`, 'i'));
      expect(storedNames(second!.plan.spec)).toEqual(expect.arrayContaining(storedNames(first!.plan.spec)));
      // Sample records keep their stored keys, so a record saved before the rename reads the same after.
      expect(second!.plan.spec.collections.map((c) => c.samples)).toEqual(
        first!.plan.spec.collections.map((c) => c.samples),
      );
    },
  );

  // A word shown only in the app's title or a heading, not as a field, figure or collection, is renamed there.
  it.each([
    [
      "household dashboard with salary and side income coming in, bills and groceries going out, and what's left over",
      'rename household to family',
      'household',
      'family',
    ],
    [
      'a garden planner for my allotment with plants and sowing dates',
      'rename garden to veg patch',
      'garden',
      'veg patch',
    ],
    ['a wedding planner with guests, tables and meals', 'rename wedding to party', 'wedding', 'party'],
    ['a choir admin app with singers and rehearsals', 'rename choir to chorus', 'choir', 'chorus'],
    ["a beekeeper's log with hives and inspections", 'rename beekeeper to apiarist', 'beekeeper', 'apiarist'],
    ['a fishing logbook with catches, species and weight', 'rename fishing to angling', 'fishing', 'angling'],
    ['a dashboard of my market stall takings and stall costs', 'rename takings to sales', 'takings', 'sales'],
    [
      'a dashboard of my market stall takings and stall costs',
      'call the balance "profit" instead',
      'balance',
      'profit',
    ],
    [
      'our church finances: offerings, running costs and the balance',
      'rename running costs to bills',
      'running costs',
      'bills',
    ],
    [
      'revenue and costs of my food blog with the profit this year',
      'change revenue to income',
      'revenue',
      'income',
    ],
  ])('%s + %j: renames the word wherever it is shown', async (prompt, change, from, to) => {
    const [first, second] = await changed(prompt, change);
    expect(shownText(first!.plan.spec)).toMatch(new RegExp(`\\b${from}`, 'i'));
    const shown = shownText(second!.plan.spec);
    expect(shown).not.toMatch(new RegExp(`\\b${from}`, 'i'));
    expect(shown).toMatch(new RegExp(`\\b${to}`, 'i'));
    expect(storedNames(second!.plan.spec)).toEqual(storedNames(first!.plan.spec));
  });

  it('renames a page of a site, in the navigation too', async () => {
    const [, second] = await changed(
      'portfolio website for a photographer named Ana',
      'rename the Work page to Projects',
    );
    const titles = second!.plan.spec.pages.map((p) => p.title);
    expect(titles).toContain('Projects');
    expect(titles).not.toContain('Work');
  });

  it('renames the app wherever its name was written', async () => {
    const [first, second] = await changed('a landing page for my bakery', 'call it Crumb & Co');
    expect(shownText(first!.plan.spec)).toMatch(/Bakery/);
    expect(second!.plan.spec.title).toBe('Crumb & Co');
    expect(shownText(second!.plan.spec)).not.toMatch(/\bBakery\b/);
  });
});

describe('a section in the person’s words', () => {
  const formTitles = (spec: AppSpec) =>
    spec.pages.flatMap((p) => p.sections).flatMap((s) => (s.type === 'form' ? [s.title] : []));

  it.each([
    [
      'a site for my pottery studio',
      'add a booking form for a wheel-throwing class',
      /wheel-throwing class/i,
    ],
    [
      'a website for our book club',
      'add a sign-up form for the summer reading challenge',
      /summer reading challenge/i,
    ],
    [
      'a landing page for my dog grooming business',
      'add a contact form for grooming questions',
      /grooming questions/i,
    ],
    ['a site for my band', 'add a newsletter signup section', /newsletter/i],
  ])('%s + %j', async (prompt, change, title) => {
    const [, second] = await changed(prompt, change);
    expect(formTitles(second!.plan.spec).join(' | ')).toMatch(title);
  });

  it.each([
    [
      'a landing page for my cleaning company',
      'add a pricing section with Standard, Premium and Gold plans',
      ['Standard', 'Premium', 'Gold'],
    ],
    [
      'a site for my cafe',
      'add a menu section with flat white, scone and soup',
      ['Flat white', 'Scone', 'Soup'],
    ],
    [
      'a site for our wedding',
      'add a schedule section with ceremony 2pm and dinner 6pm',
      ['Ceremony', 'Dinner'],
    ],
  ])('%s + %j: the listed items fill the section', async (prompt, change, items) => {
    const [, second] = await changed(prompt, change);
    const pages = JSON.stringify(second!.plan.spec.pages);
    for (const item of items) expect(pages).toContain(`"${item}"`);
  });

  it('gives a form the fields listed with it', async () => {
    const [, second] = await changed(
      'a site for my yoga classes',
      'add a booking form with name, date and class level',
    );
    const booking = second!.plan.spec.collections.find((c) => c.name === 'booking');
    expect(booking?.fields.map((f) => f.label)).toEqual(expect.arrayContaining(['Date', 'Class level']));
  });

  it('heads the recipe’s section with the word the person used for it', async () => {
    const [, second] = await changed('a site for my yoga classes', 'add an FAQ section');
    const faq = second!.plan.spec.pages.flatMap((p) => p.sections).find((s) => s.type === 'faq');
    expect(faq && 'title' in faq && faq.title).toBe('FAQ');
  });

  it('puts a section on the page it names', async () => {
    const [, second] = await changed(
      'portfolio website for a potter named June',
      'add a newsletter form to the About page',
    );
    const about = second!.plan.spec.pages.find((p) => p.title === 'About')!;
    expect(about.sections.map((s) => s.type)).toContain('form');
  });
});
