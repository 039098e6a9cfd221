import { describe, expect, it } from 'vitest';
import { offeredThings } from './site-offers.js';

const read = (text: string) => offeredThings(text).map((p) => [p.title, p.details]);

/** What a business says it offers, in a clause of its own, becomes content of its site. */
describe('offeredThings', () => {
  it.each([
    [
      'Could you make a page for my pottery studio? We sell mugs, bowls and vases, we run evening classes and we have a newsletter',
      [
        ['What we sell', ['mugs', 'bowls', 'vases']],
        ['Evening classes', []],
        ['Newsletter', []],
      ],
    ],
    [
      'A site for my farm. We grow potatoes, leeks and kale.',
      [['What we grow', ['potatoes', 'leeks', 'kale']]],
    ],
    [
      'Bakery website. We bake sourdough, rye and bagels every morning.',
      [['What we bake', ['sourdough', 'rye', 'bagels every morning']]],
    ],
    ['I teach piano and guitar from home.', [['Piano and guitar', []]]],
    ['Site for my shop. We also stock local honey.', [['Local honey', []]]],
    [
      'We run a physiotherapy clinic called Motion Works. We offer sports massage and acupuncture.',
      [['Sports massage and acupuncture', []]],
    ],
    [
      'Our cafe site. We serve breakfast, lunch and cakes, and we host quiz nights.',
      [
        ['What we serve', ['breakfast', 'lunch', 'cakes']],
        ['Quiz nights', []],
      ],
    ],
    [
      'Garden centre website: we sell plants, compost and tools.',
      [['What we sell', ['plants', 'compost', 'tools']]],
    ],
    [
      'We rent out kayaks, canoes and paddleboards on the lake.',
      [['What we rent out', ['kayaks', 'canoes', 'paddleboards on the lake']]],
    ],
    [
      'Website for our brewery. We brew a pale ale, a stout and a sour.',
      [['What we brew', ['a pale ale', 'a stout', 'a sour']]],
    ],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    'We have to move fast on this.',
    'I run a driving school in Leicester.',
    'We need a website for our bakery.',
  ])('offers nothing: %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('offeredThings inside a clause about a thing', () => {
  it.each([
    'People should see the sessions we run (kids club on Saturdays) and our prices.',
    'Show the dishes we make with local beef.',
    'a list of the beers we brew',
  ])('%j is no offer', (text) => {
    expect(offeredThings(text)).toEqual([]);
  });
});
