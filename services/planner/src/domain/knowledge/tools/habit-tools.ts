import type { CollectionSpec } from '@isekai/contracts';
import type { ToolEntry } from '../tool.types.js';

// The habit heatmap, the one everyday tool that keeps records: the days a habit was kept.

const HABITS: [RegExp, string][] = [
  [/\b(exercis\w*|workouts?|gym|train(ing)?)\b/i, 'Exercise'],
  [/\b(run|running|jog\w*)\b/i, 'Running'],
  [/\b(read|reading|books?)\b/i, 'Reading'],
  [/\b(meditat\w*|mindful\w*)\b/i, 'Meditation'],
  [/\b(water|hydrat\w*)\b/i, 'Drink water'],
  [/\b(sleep|bed ?time)\b/i, 'Sleep 8 hours'],
  [/\b(journal\w*|diary|writing)\b/i, 'Journaling'],
  [/\b(walk|walking|steps)\b/i, 'Walking'],
  [/\b(yoga|stretch\w*)\b/i, 'Yoga'],
  [/\b(code|coding|programming)\b/i, 'Coding'],
  [/\b(practi[cs]e|piano|guitar|music)\b/i, 'Practice'],
  [/\b(no sugar|sugar free|no alcohol|sober)\b/i, 'No sugar'],
];

export const HABIT_COLLECTION: CollectionSpec = {
  name: 'habitDay',
  label: 'Habit day',
  plural: 'Habit days',
  titleField: 'date',
  fields: [
    { name: 'date', label: 'Date', type: 'date', required: true },
    { name: 'habit', label: 'Habit', type: 'text' },
  ],
};

export const HABIT_TOOLS: readonly ToolEntry[] = [
  {
    id: 'habit-heatmap',
    name: 'Habit heatmap',
    kind: 'tool',
    synonyms: [
      'habit tracker',
      'habit heatmap',
      'streak tracker',
      'daily habit',
      'year in pixels',
      "don't break the chain",
      'habit calendar',
      'contribution graph',
      'track my habits',
      'daily check-in',
    ],
    description:
      "A year of a habit as a heatmap of days: mark each day it was kept, see the streaks; the days are kept in the app's data.",
    options: { collection: HABIT_COLLECTION.name, habits: ['Exercise'] },
    readOptions: (prompt) => {
      const habits = HABITS.filter(([pattern]) => pattern.test(prompt)).map(([, name]) => name);
      return habits.length ? { habits } : {};
    },
    collections: [HABIT_COLLECTION],
  },
];
