import { describe, expect, it } from 'vitest';
import { readExamples } from './examples.js';
import { understandPrompt } from './understand.js';

describe('examples of a thing are its options', () => {
  it.each([
    [
      'log care events like watering, repotting and feeding for each plant',
      'care event',
      ['Watering', 'Repotting', 'Feeding'],
    ],
    ['expenses in categories such as food, rent and travel', 'category', ['Food', 'Rent', 'Travel']],
    ['jobs with a stage like applied, interview or offer', 'stage', ['Applied', 'Interview', 'Offer']],
    ['workouts of a type e.g. run, swim, ride', 'type', ['Run', 'Swim', 'Ride']],
    [
      'chores like dishes, laundry and hoovering, with who did them',
      'chore',
      ['Dishes', 'Laundry', 'Hoovering'],
    ],
    ['repairs for example brakes, gears or tyres per bike', 'repair', ['Brakes', 'Gears', 'Tyres']],
  ])('%s', (text, of, options) => {
    const { examples, rest } = readExamples(text);
    expect(examples).toEqual([{ of, options }]);
    for (const option of options) expect(rest.toLowerCase()).not.toContain(option.toLowerCase());
    expect(rest).toContain(text.split(/\s+(?:like|such as|e\.g\.|for example)\s/)[0]!);
  });

  it('reads no examples from "like" as a verb', () => {
    expect(readExamples('I would like a list of books and authors').examples).toEqual([]);
  });

  it.each([
    [
      'a tracker for my horses to record care tasks such as farrier visits, worming and vaccinations for each horse',
      'Care task',
      ['Farrier visits', 'Worming', 'Vaccinations'],
    ],
    ['an expense tracker with categories like food, rent and travel', 'Expense', ['Food', 'Rent', 'Travel']],
    [
      'my bike shop: bikes, and repairs such as brakes, gears or tyres for each bike',
      'Repair',
      ['Brakes', 'Gears', 'Tyres'],
    ],
  ])('%s', async (prompt, label, options) => {
    const { spec } = await understandPrompt(prompt);
    const holder = spec.collections.find((c) => c.label === label);
    const choice = holder?.fields.find(
      (f) => f.type === 'choice' && options.every((o) => f.options?.includes(o)),
    );
    expect(choice, JSON.stringify(holder?.fields)).toBeDefined();
    const labels = spec.collections.map((c) => c.label.toLowerCase());
    for (const option of options) expect(labels).not.toContain(option.toLowerCase());
  });
});
