import { describe, expect, it } from 'vitest';
import { renameShown } from './change/shown-words.js';
import { understandPrompt } from './understand.js';

const shownText = async (prompt: string) => {
  const { spec } = await understandPrompt(prompt);
  const seen: string[] = [];
  renameShown(spec, (text) => (seen.push(text), text));
  return seen.join('\n');
};

// A goal named in the person's word, with or without a number, wherever it stands: the app shows that word.
describe('a goal in the person’s word', () => {
  it.each([
    ['a fundraising tracker with donors, donations and a target', 'target'],
    ['savings jar app where I add deposits and see how close I am to my target', 'target'],
    ['sales reps with their monthly quota and the sales they make', 'quota'],
    ['Screen time\n- each session with the child and minutes\n- a daily limit', 'limit'],
    ['our charity bake sale: cakes sold, money raised and the target we set', 'target'],
    ['could you make me a reading log of my books with a goal for the year?', 'goal'],
    ['I log my coffees each day and I want to see my limit', 'limit'],
    ['a pocket money app for my kids: chores done and their weekly allowance', 'allowance'],
    ['a hiking log with each walk’s distance; I have a target for the summer', 'target'],
    ['plant sales for the school fair, with our quota per class', 'quota'],
  ])('%s', async (prompt, word) => {
    expect(await shownText(prompt)).toMatch(new RegExp(`\\b${word}`, 'i'));
  });

  it('takes no goal from words that only look like one', async () => {
    expect(await shownText('a list of my darts matches with the score')).not.toMatch(/\b(?:goal|target)\b/i);
  });
});
