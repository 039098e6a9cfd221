import { describe, expect, it } from 'vitest';
import { isClause, listedThings } from './site-listed.js';

const titles = (text: string) => listedThings(text).map((p) => p.title);

describe('isClause', () => {
  it.each([
    ['people rent the main room for parties', true],
    ['we bake bread every morning', true],
    ['the leaders want to put up the term programme', true],
    ['the kids learn to paddle', true],
    ['the recitals my pupils play twice a year', false],
    ['explain how the theory tests work', false],
    ['they deliver on weekdays', true],
    ['the areas we cover', false],
    ['training packages', false],
    ['term dates', false],
    ['seed swap events through the year', false],
    ['kids climbing club on sundays', false],
    ['opening hours', false],
    ['the walls and what grades we set', false],
  ])('%s -> %s', (item, clause) => {
    expect(isClause(item)).toBe(clause);
  });
});

describe('listedThings', () => {
  it.each([
    [
      'we need prices, a safety briefing bit and online booking',
      ['Prices', 'Safety briefing', 'Online booking'],
    ],
    [
      'Parents keep asking, so it needs a FAQ, a kit list and the term dates.',
      ['FAQ', 'Kit list', 'Term dates'],
    ],
    ["There's also a parking map, a menu and a dog policy.", ['Parking map', 'Menu', 'Dog policy']],
    [
      'Our club. What we need on it: fixtures, results and a league table.',
      ['Fixtures', 'Results', 'League table'],
    ],
    ['swim school site, class schedule + term dates', ['Class schedule', 'Term dates']],
    [
      'florist website - wedding flowers, funeral tributes, same-day delivery',
      ['Wedding flowers', 'Funeral tributes', 'Same-day delivery'],
    ],
    [
      "We'd like the website to show our three rooms, a typical day and our fees.",
      ['Three rooms', 'Typical day', 'Fees'],
    ],
    [
      'The home page has a headline, three feature blocks and a call to action.',
      ['Headline', 'Three feature blocks', 'Call to action'],
    ],
    ['Visitors can read about each walk, see the map and check the weather.', ['Walks', 'Map', 'Weather']],
    [
      'I want to list the services, show before-and-after photos and let people book a slot.',
      ['Services', 'Before-and-after photos', 'Book a slot'],
    ],
  ])('%s', (text, expected) => {
    expect(titles(text)).toEqual(expected);
  });

  it('leaves clauses, bracket words, details of the item before and the site itself', () => {
    expect(titles('The main thing: people rent the hall for parties.')).toEqual([]);
    expect(titles('a page about membership (junior, adult, with yearly fees)')).toEqual([]);
    expect(titles('I need a website for our bakery.')).toEqual([]);
    expect(titles('The leaders want to put up the term programme.')).toEqual(['Term programme']);
  });

  it('reads an item that asks what visitors send as a form', () => {
    const [register] = listedThings('swim school site, class schedule + register your child').slice(1);
    expect(register).toMatchObject({
      title: 'Register your child',
      form: { purpose: 'register your child' },
    });
  });
});
