import { describe, expect, it } from 'vitest';
import { readTextLimit } from './text-limit.js';

describe('a text limit said in a prompt', () => {
  it('reads the count and whether it is words or characters', () => {
    expect(readTextLimit('cover letter checker, 250 words max')).toEqual({
      count: 250,
      unit: 'words',
      left: 'left',
    });
    expect(readTextLimit('a 2,000-character bio box')).toMatchObject({ count: 2000, unit: 'characters' });
    expect(readTextLimit('headline field of 60 chars')).toMatchObject({ count: 60, unit: 'characters' });
  });

  it("says what is free in the person's word", () => {
    expect(readTextLimit('how many of my 500 letters remain')?.left).toBe('remaining');
    expect(readTextLimit('show the characters remaining out of 140 characters')?.left).toBe('remaining');
  });

  it('is no limit without a number of words or characters', () => {
    expect(readTextLimit('count the words in my essay')).toBeUndefined();
    expect(readTextLimit('500 people at the party')).toBeUndefined();
  });
});
