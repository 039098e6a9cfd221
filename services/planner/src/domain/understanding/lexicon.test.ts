import { describe, expect, it } from 'vitest';
import { nounKind } from './lexicon.js';

describe(nounKind.name, () => {
  it.each([
    // A top concept is of the kind it names, not "other".
    ['event', 'event'],
    ['person', 'person'],
    // An agent noun WordNet lacks, made from a verb, is a person.
    ['funder', 'person'],
    ['hirer', 'person'],
    ['grader', 'person'],
    ['renter', 'person'],
    ['bidder', 'person'],
    ['lender', 'person'],
    ['rater', 'person'],
    // Known nouns keep their first sense.
    ['tray', 'artifact'],
    ['walker', 'person'],
  ])('%s is a %s', async (noun, kind) => {
    expect(await nounKind(noun)).toBe(kind);
  });

  it('knows no kind for a word that is no noun nor made from a verb, nor for a compound it lacks', async () => {
    expect(await nounKind('harvest day')).toBeNull();
    expect(await nounKind('zorblax')).toBeNull();
    expect(await nounKind('blorper')).toBeNull();
  });
});
