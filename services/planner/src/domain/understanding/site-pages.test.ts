import { describe, expect, it } from 'vitest';
import { prosePages } from './site-pages.js';

const pages = (text: string) => prosePages(text).map((p) => [p.title, p.page]);

describe('prosePages', () => {
  it('names a page by its modifiers or by what it is about', () => {
    expect(pages('Our website needs a parking page and a page about our walking routes.')).toEqual([
      ['Parking', true],
      ['Walking routes', true],
    ]);
    expect(pages('On the site, please add a page introducing the volunteers.')).toEqual([
      ['Volunteers', true],
    ]);
    expect(pages('The site has a dedicated section for young carers.')).toEqual([['Young carers', true]]);
    expect(pages('Our homepage links to a Recipes tab.')).toEqual([['Recipes', true]]);
  });

  it('names a page by a subject the tagger reads as a verb, up to the "and" after it', () => {
    expect(pages('Our website has a kit list and a page about safeguarding and our policy.')).toEqual([
      ['Safeguarding', true],
    ]);
    expect(pages('The site needs a page about fundraising or events.')).toEqual([['Fundraising', true]]);
  });

  it('leaves a bracket past a comma to the item it follows', () => {
    expect(
      prosePages('The website needs a page about courses for adults, membership (junior, full).')[0]?.details,
    ).toEqual([]);
  });

  it('takes the details of a bracket right after it', () => {
    expect(prosePages('The website has a page about the rides (ghost train, carousel).')[0]?.details).toEqual(
      ['ghost train', 'carousel'],
    );
  });

  it('leaves kinds of page and the page the prompt opens by naming', () => {
    expect(pages('a landing page for my app')).toEqual([]);
    expect(pages('Build a page for my choir. It has its own page.')).toEqual([]);
  });
});
