import { describe, expect, it } from 'vitest';
import { namedAsks, namedParts } from './site-named.js';
import { namedThings } from './site-things.js';

const askWords = (text: string) => namedAsks(text).map((a) => a.word);
const partWords = (text: string) => namedParts(text).map((p) => p.word);

describe('namedAsks', () => {
  it.each([
    ['people should be able to apply from the careers page', ['apply']],
    ['We run free trial sessions for beginners on Tuesdays.', ['trial']],
    ['Members hear about walks through the mailing list.', ['mailing list']],
    ['Book a kayak', ['book']],
    ['a booking form for the cottage', ['booking']],
    ['we take orders for birthday cakes', ['orders']],
    ['Guests RSVP by June', ['rsvp']],
    ['a way to register interest', ['register']],
  ])('%s → %j', (text, words) => {
    expect(askWords(text)).toEqual(words);
  });

  it.each([
    ['We book the venue a year ahead.'],
    ['In order to keep prices low we bake in the morning.'],
    ['quotes from our customers'],
    ['the committee contacts and the rules'],
    ['Apply for membership. The applications should be listed on their own page.'],
  ])('%s: no form beyond the first', (text) => {
    expect(askWords(text).length).toBeLessThanOrEqual(1);
  });

  it('titles a verb by what follows it and a noun by its phrase', () => {
    const [apply, trial] = namedAsks('Actors can apply to audition. We offer free trial classes.');
    expect(apply?.title).toBe('Apply to audition');
    expect(trial?.title).toBe('Free trial classes');
  });
});

describe('namedParts', () => {
  it.each([
    ['Our website needs a Tours page and a page about the team of guides', ['tours', 'team']],
    ['there is a team section with photos of each artist', ['team']],
    ['a homepage with examples, the API docs and a blog', ['docs', 'blog']],
    ['a gallery of our dishes and reviews from diners', ['gallery', 'reviews']],
  ])('%s → %j', (text, words) => {
    expect(partWords(text)).toEqual(words);
  });

  it.each([['our tour guide meets you at the pier'], ['invoicing for small teams'], ['team building days']])(
    '%s: a word that only qualifies or names who is no part',
    (text) => {
      expect(partWords(text)).toEqual([]);
    },
  );
});

describe('namedThings', () => {
  it('reads what the business calls its own, offers, and lists with them', async () => {
    const titles = async (text: string) => (await namedThings(text)).map((t) => t.title);
    expect(await titles('we bake sourdough bread, rye and granary every morning')).toEqual([
      'Sourdough bread',
      'Rye',
      'Granary',
    ]);
    expect(await titles('a page with our rehearsal times and upcoming concerts')).toEqual([
      'Rehearsal times',
      'Upcoming concerts',
    ]);
    expect(await titles('Our boat company, Solent Sea Safaris, takes people out')).toEqual([]);
    expect(await titles('a gallery of our work plus aftercare advice')).toEqual(['Aftercare advice']);
  });
});
