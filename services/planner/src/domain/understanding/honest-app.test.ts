// The nearest honest app for what a sandbox cannot do: it opens where its records are added (a form on
// the first page), and its left-out lines name what was left out in the person's own words.
import { describe, expect, it } from 'vitest';
import { understandPrompt } from './understand.js';

const HONEST: [string, string][] = [
  ['an app that connects to my smart thermostat and shows the temperature in each room', 'smart thermostat'],
  ['Link up to my bank account so I can see my spending by category', 'bank account'],
  ['sync with my Fitbit watch and keep my sleep each night', 'fitbit watch'],
  ['call my patients the day before their appointment', 'call my patients'],
  ['I keep forgetting to phone my clients back; ring me when one is due', 'ring me'],
  ['Members pay each month by direct debit and we see who has paid', 'direct debit'],
  ['a cake shop where customers pay at the checkout', 'checkout'],
  ['remind the volunteers by text message the day before their shift', 'text message'],
  ['track my parcels and show where they are now', 'where they are now'],
  ['Email every tenant when the rent is due and keep a list of payments', 'email every tenant'],
  ['a dashboard of my home energy pulled from my smart meter every hour', 'smart meter'],
  ['our book club meets over video chat; keep the meetings and the books', 'video chat'],
];

describe('the nearest honest app', () => {
  it.each(HONEST)('for "%s" opens on a form and says what was left out', async (prompt, said) => {
    const { spec, leftOut } = await understandPrompt(prompt);
    const home = spec.pages[0];
    expect(home?.sections.some((s) => s.type === 'collection' && s.form !== false)).toBe(true);
    expect(leftOut.join(' ').toLowerCase()).toContain(said);
  });
});
