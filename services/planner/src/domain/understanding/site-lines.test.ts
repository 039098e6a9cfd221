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
