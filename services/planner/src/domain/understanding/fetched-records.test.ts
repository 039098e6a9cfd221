import { describe, expect, it } from 'vitest';
import { readNeeds, withoutNeedWords } from './needs.js';
import { understandPrompt } from './understand.js';

// Data asked to be fetched on its own, said with the thing fetched: the fetching goes to `leftOut`, the
// thing stays the records the person keeps by hand.
const TABLE: [string, string][] = [
  [
    'can you make me an app that imports my runs from Strava automatically and shows my weekly distance?',
    'runs',
  ],
  ['pull my bike rides from Garmin and list them with distance and date', 'bike rides'],
  ['a playlist log that fetches my songs from Spotify', 'songs'],
  ['sync my workouts from Fitbit automatically and show the minutes per week', 'workouts'],
  ['import my purchases from Amazon and total them by month', 'purchases'],
  ['an app that imports my photos from Instagram with the caption and likes', 'photos'],
  ['fetch my steps from Google automatically and chart them', 'steps'],
  ['pulls my swims from Garmin, with lengths and time', 'swims'],
  ['import my sales from eBay automatically and show the profit on each', 'sales'],
  ['Hikes\n- import my hikes from Strava automatically\n- distance, climb, date', 'hikes'],
];

describe('what is fetched stays a record', () => {
  for (const [prompt, thing] of TABLE)
    it(prompt, async () => {
      const needs = await readNeeds(prompt);
      expect(needs.map((n) => n.what)).toContain('Live data from the internet');
      const rest = withoutNeedWords(prompt, needs);
      expect(rest).toContain(thing);
      expect(rest).not.toMatch(/\b(?:strava|garmin|spotify|fitbit|amazon|instagram|google|ebay)\b/i);
    });

  it('builds the records from the rest, and says what was not fetched', async () => {
    const { spec, leftOut } = await understandPrompt(TABLE[0]![0]);
    expect(spec.collections.map((c) => c.name)).toContain('run');
    expect(leftOut.join(' ')).toMatch(/network/);
  });
});
