import { describe, expect, it } from 'vitest';
import { queryFlag } from './query-flag.js';

describe('queryFlag', () => {
  it('is on for true and 1 only', () => {
    expect(['true', '1'].map(queryFlag)).toEqual([true, true]);
    expect(['false', '0', undefined, ['true']].map(queryFlag)).toEqual([false, false, false, false]);
  });
});
