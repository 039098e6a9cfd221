import { describe, expect, it } from 'vitest';
import { lineParts } from './site-lines.js';

const parts = (text: string) => lineParts(text).parts.map((p) => [p.title, p.page, p.details]);

describe('lineParts', () => {
  it('reads a bulleted list, each bullet a part with its details', () => {
    expect(
      parts('What we need:\n- Rides: ghost train, carousel\n- Prices, each with a photo, adult and child'),
    ).toEqual([
      ['Rides', false, ['ghost train', 'carousel']],
      ['Prices', false, ['adult', 'child']],
    ]);
  });

  it('makes each bullet a page under a line that names pages', () => {
    expect(parts('The site has these pages:\n- Menu\n- Events: quiz night, live music')).toEqual([
      ['Menu', true, []],
      ['Events', true, ['quiz night', 'live music']],
    ]);
  });

  it('reads a labelled line, but not the look, the pages or a clause', () => {
    expect(parts('Our cheeses: a brie, a blue and a goat cheese')).toEqual([
      ['Cheeses', false, ['a brie', 'a blue', 'a goat cheese']],
    ]);
    expect(parts('Colours: navy header, white background')).toEqual([]);
    expect(parts('Pages: Home, About')).toEqual([]);
    expect(parts('It should have: a map, a menu')).toEqual([]);
    expect(parts('- A booking form: name, date')).toEqual([]);
  });
});

/** Several short lines without bullets, each naming a thing, under a first line that names the site. */
describe('plain short lines, one part a line', () => {
  const titles = (text: string) => lineParts(text).parts.map((p) => p.title);
  it.each([
    [
      'Page for my candle shop.\nOur scents\nStockists\nA mailing list for new releases',
      ['Scents', 'Stockists', 'Mailing list'],
    ],
    [
      'Website for a dog walker\nwalking prices\nareas covered\nreviews',
      ['Walking prices', 'Areas covered', 'Reviews'],
    ],
    ['Cafe site\n\nMenu\nOpening hours\nEvents', ['Menu', 'Opening hours', 'Events']],
    [
      'site for our choir\nconcerts\nrehearsal times\nnew singers',
      ['Concerts', 'Rehearsal times', 'New singers'],
    ],
    [
      'A site for my tattoo studio:\nartists\naftercare advice\nflash designs',
      ['Artists', 'Aftercare advice', 'Flash designs'],
    ],
    ['Brewery website\nour beers\nthe taproom\nbrewery tours', ['Beers', 'Taproom', 'Brewery tours']],
    ['Landing page for my app\nFeatures\nPricing\nFAQ', ['Features', 'Pricing', 'FAQ']],
    ['Farm shop\nmeat boxes\nseasonal veg', ['Meat boxes', 'Seasonal veg']],
    ['Wedding band site\nour songs\nthe band\npackages', ['Songs', 'Band', 'Packages']],
    ['Dentist website\nour team\nprices\nnew patients', ['Team', 'Prices', 'New patients']],
  ])('%j', (text, expected) => {
    expect(titles(text)).toEqual(expected);
  });

  it.each([
    'I run a bakery.\nWe bake bread every morning.\nPlease make it warm and friendly.',
    'Make a site for my shop\nIt should be blue',
    'A site for my band',
    'Site for my shop, with a map.\n\nMany thanks\nSarah Jones',
    'Website for a florist.\n\nWe make bouquets for weddings and funerals, and we deliver across town.',
  ])('not sentences: %j', (text) => {
    expect(titles(text)).toEqual([]);
  });
});
