import {
  $,
  chart,
  choice,
  collection,
  computed,
  count,
  date,
  desc,
  div,
  mul,
  num,
  page,
  rating,
  ref,
  round,
  stats,
  table,
  text,
  total,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const fitness: DomainEntry = {
  id: 'fitness',
  name: 'Workouts and fitness',
  kind: 'dashboard',
  synonyms: [
    'workout log',
    'workout tracker',
    'fitness tracker',
    'exercise log',
    'training log',
    'running log',
    'strength training',
    'weightlifting log',
    'body weight tracker',
    'personal bests',
    'gym log',
    'cardio tracker',
  ],
  description:
    'Log workouts and the exercises in them with sets, reps and weights, runs with distance and time, and body weight over time.',
  collections: [
    collection(
      'workout',
      'Workout',
      'Workouts',
      [
        text('title', 'Workout', { required: true }),
        date('date', 'Date', { required: true, default: 'today' }),
        choice('type', 'Type', ['Strength', 'Run', 'Cycle', 'Swim', 'Yoga', 'HIIT']),
        num('minutes', 'Duration', { min: 1, max: 600, unit: 'min' }),
        num('distance', 'Distance', { min: 0, unit: 'km' }),
        rating('effort', 'Effort', { min: 1, max: 5 }),
        computed('pace', 'Pace', 'number', round(div($('minutes'), $('distance'))), { unit: 'min/km' }),
      ],
      {
        samples: [
          { title: 'Easy 5k', date: '2026-11-29', type: 'Run', minutes: 28, distance: 5, effort: 2 },
          { title: 'Leg day', date: '2026-11-30', type: 'Strength', minutes: 55, effort: 4 },
        ],
      },
    ),
    collection(
      'exerciseSet',
      'Set',
      'Sets',
      [
        ref('workout', 'Workout', 'workout', { required: true }),
        text('exercise', 'Exercise', { required: true }),
        num('reps', 'Reps', { min: 1, max: 200 }),
        num('weight', 'Weight', { min: 0, unit: 'kg' }),
        computed('volume', 'Volume', 'number', mul($('reps'), $('weight')), { unit: 'kg' }),
      ],
      {
        titleField: 'exercise',
        samples: [
          { workout: 'Leg day', exercise: 'Back squat', reps: 5, weight: 80 },
          { workout: 'Leg day', exercise: 'Romanian deadlift', reps: 8, weight: 60 },
        ],
      },
    ),
    collection(
      'weighIn',
      'Weigh-in',
      'Weigh-ins',
      [
        date('date', 'Date', { required: true, default: 'today' }),
        num('weight', 'Weight', { required: true, min: 20, max: 300, unit: 'kg' }),
        num('bodyFat', 'Body fat', { min: 2, max: 60, unit: '%' }),
        text('note', 'Note'),
      ],
      {
        titleField: 'date',
        samples: [
          { date: '2026-11-01', weight: 78.4, bodyFat: 19 },
          { date: '2026-12-01', weight: 77.1, bodyFat: 18.5 },
        ],
      },
    ),
  ],
  aliases: {
    workout: ['workout', 'session', 'training', 'run', 'exercise'],
    exerciseSet: ['set', 'lift', 'exercise set'],
    weighIn: ['weigh-in', 'weight', 'measurement'],
  },
  core: ['workout', 'exerciseSet'],
  pages: [
    page(
      'overview',
      'Overview',
      stats(
        count('Workouts this week', 'workout', { period: { field: 'date', within: 'week' } }),
        total('Minutes this month', 'workout', 'minutes', {
          period: { field: 'date', within: 'month' },
          unit: 'min',
        }),
        total('Distance this month', 'workout', 'distance', {
          period: { field: 'date', within: 'month' },
          unit: 'km',
        }),
      ),
      chart('Minutes by month', 'workout', 'bar', 'sum', 'date', 'minutes'),
      chart('Body weight', 'weighIn', 'line', 'average', 'date', 'weight'),
    ),
    page(
      'workouts',
      'Workouts',
      table('workout', { filters: ['type'], sort: desc('date'), totals: ['minutes', 'distance'] }),
    ),
    page('sets', 'Sets', table('exerciseSet', { search: true, filters: ['workout'], totals: ['volume'] })),
    page('weight', 'Weight', table('weighIn', { sort: desc('date') })),
  ],
};
