import { describe, expect, it } from 'vitest';
import { bracketLists, splitItems } from './site-lists.js';
import { partTitle, quotedQuestions, readSiteParts } from './site-parts.js';

const titles = (text: string) => readSiteParts(text).map((p) => p.title);

describe('splitItems', () => {
  it('splits on commas, the last "and", and semicolons when there are any', () => {
    expect(splitItems('name, email and message')).toEqual(['name', 'email', 'message']);
    expect(splitItems('walks, boat trips, and pubs')).toEqual(['walks', 'boat trips', 'pubs']);
    expect(splitItems('travel and accommodation')).toEqual(['travel and accommodation']);
    expect(splitItems('a hero (big, bold); the menu (tea 2, cake 3); and reviews')).toEqual([
      'a hero (big, bold)',
      'the menu (tea 2, cake 3)',
      'reviews',
    ]);
  });
});

describe('partTitle', () => {
  it('names a part by its words, without articles, verbs or what qualifies it', () => {
    expect(partTitle('our story (how we met)')).toBe('Story');
    expect(partTitle('show fixed monthly prices for each client')).toBe('Fixed monthly prices');
    expect(partTitle('the areas we cover')).toBe('Areas we cover');
    expect(partTitle('where to subscribe')).toBe('Where to subscribe');
    expect(partTitle('a form to join')).toBe('Join');
    expect(partTitle('Book a tour', { named: true })).toBe('Book a tour');
  });
});

describe('partTitle of words the tagger misreads', () => {
  it.each([
    ['read about each tour', 'Tours'],
    ['every walk', 'Walks'],
    ['seed swap events', 'Seed swap events'],
    ['book club meetings', 'Book club meetings'],
    ['put up the term programme', 'Term programme'],
    ['set out the house rules', 'House rules'],
    ['show before-and-after photos', 'Before-and-after photos'],
    ['a safety briefing bit', 'Safety briefing'],
    ['the parking stuff', 'Parking'],
    ['what to do in an emergency', 'What to do in an emergency'],
    ['what to bring on the day', 'What to bring on the day'],
    ['practical information for a visit', 'Practical information for a visit'],
    ['a call to action', 'Call to action'],
    ['a map of the site', 'Map'],
  ])('%s -> %s', (item, title) => {
    expect(partTitle(item)).toBe(title);
  });
});

describe('readSiteParts', () => {
  it('reads the pages a prompt lists, in its words', () => {
    const parts = readSiteParts('Pages: Home, Lessons, Book a lesson, About us.');
    expect(parts.map((p) => [p.title, p.page])).toEqual([
      ['Home', true],
      ['Lessons', true],
      ['Book a lesson', true],
      ['About us', true],
    ]);
  });

  it('reads the things a short prompt lists after "with" or a colon', () => {
    expect(titles('bakery website with our cakes, the opening times and a form to order a cake')).toEqual([
      'Cakes',
      'Opening times',
      'Order a cake',
    ]);
    expect(titles("dentist's site: treatments, our team, emergency appointments and a contact form")).toEqual(
      ['Treatments', 'Team', 'Emergency appointments', 'Contact form'],
    );
  });

  it('reads pages the prose describes, with what they hold', () => {
    const parts = readSiteParts(
      'There is a Lessons & Fees page (guitar 30, piano 35), an About page with a short bio, and a Contact page with a form.',
    );
    expect(parts.find((p) => p.title === 'Lessons & Fees')?.details).toEqual(['guitar 30', 'piano 35']);
    expect(parts.find((p) => p.title === 'About')?.page).toBe(true);
  });

  it('gives a part the details in brackets after its words, and never a form’s fields', () => {
    const parts = readSiteParts(
      'Pages: Home, Walks, Contact.\n\nShow the guided walks we lead (river walk on Sundays, night walk on Fridays) and a form with name, email and date.',
    );
    expect(parts.find((p) => p.title === 'Walks')?.details).toEqual([
      'river walk on Sundays',
      'night walk on Fridays',
    ]);
    expect(parts.map((p) => p.title)).not.toContain('Email');
  });

  it('stops a list at a form whose own fields follow it', () => {
    expect(
      titles(
        'It should have: the menu, our hours, and a booking form where guests give a name, a date, a time',
      ),
    ).toEqual(['Menu', 'Hours', 'Booking form']);
  });
});

describe('bracketLists and quotedQuestions', () => {
  it('finds bracketed details with the words before them, and quoted questions', () => {
    const [list] = bracketLists('our prices (one hour 40, two hours 75)');
    expect(list?.before).toBe('our prices');
    expect(list?.items).toEqual(['one hour 40', 'two hours 75']);
    expect(quotedQuestions('a FAQ answering "Do you deliver?" and "Is parking free?"')).toEqual([
      'Do you deliver?',
      'Is parking free?',
    ]);
  });
});

/** "a site that describes X, lists Y and explains Z": each verb in -s says what the site does with a part. */
describe('partTitle of a verb in -s that the tagger reads as a plural noun', () => {
  it.each([
    ['lists our guided walks', 'Guided walks'],
    ['lists the opening times', 'Opening times'],
    ['shows our menu', 'Menu'],
    ['describes each reserve', 'Reserves'],
    ['explains the adoption process', 'Adoption process'],
    ['introduces our staff', 'Staff'],
    ['presents the season fixtures', 'Season fixtures'],
    ['gives our prices', 'Prices'],
    ['features local artists', 'Local artists'],
    ['lists upcoming gigs', 'Upcoming gigs'],
  ])('%s -> %s', (item, title) => {
    expect(partTitle(item)).toBe(title);
  });
});
