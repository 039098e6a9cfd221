import { describe, expect, it } from 'vitest';
import { readGroupShare } from './group-size.js';

describe('how a list of people is shared out', () => {
  it('reads a size per group, in digits or words, with the person’s noun for a group', () => {
    expect(readGroupShare('split the class into groups of 3')).toEqual({ group: 'group', size: 3 });
    expect(readGroupShare('wedding guests at tables of eight')).toEqual({ group: 'table', size: 8 });
    expect(readGroupShare('five players per team')).toEqual({ group: 'team', size: 5 });
  });

  it('reads a number of groups', () => {
    expect(readGroupShare('make 4 teams from the list')).toEqual({ group: 'team', teams: 4 });
    expect(readGroupShare('three squads for the match')).toEqual({ group: 'squad', teams: 3 });
  });

  it('reads nothing from other counts', () => {
    expect(readGroupShare('a list of 20 names')).toEqual({});
    expect(readGroupShare('cups of tea for 6 people')).toEqual({});
  });
});
