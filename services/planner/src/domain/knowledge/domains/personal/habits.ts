import {
  $,
  calendar,
  cards,
  chart,
  choice,
  collection,
  color,
  computed,
  count,
  date,
  desc,
  gte,
  list,
  num,
  page,
  rating,
  ref,
  rollup,
  stats,
  table,
  text,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const habits: DomainEntry = {
  id: 'habits',
  name: 'Habit tracker',
  kind: 'dashboard',
  synonyms: [
    'habit tracker',
    'habits',
    'daily habits',
    'streaks',
    'build habits',
    'routine tracker',
    'daily check-ins',
    'goal tracker',
    'good habits',
    'self improvement',
  ],
  description:
    'Choose habits with a weekly target, tick them off each day and see how many times each was done this week and month.',
  collections: [
    collection(
      'habit',
      'Habit',
      'Habits',
      [
        text('name', 'Habit', { required: true }),
        choice('area', 'Area', ['Health', 'Mind', 'Learning', 'Home', 'Work']),
        num('weeklyTarget', 'Times a week', { min: 1, max: 7, default: 7 }),
        color('colour', 'Colour'),
        computed(
          'doneThisWeek',
          'Done this week',
          'number',
          rollup('checkIn', 'count', { via: 'habit', period: { field: 'date', within: 'week' } }),
        ),
        computed(
          'onTrack',
          'On track',
          'boolean',
          gte(
            rollup('checkIn', 'count', { via: 'habit', period: { field: 'date', within: 'week' } }),
            $('weeklyTarget'),
          ),
        ),
        computed(
          'doneThisMonth',
          'Done this month',
          'number',
          rollup('checkIn', 'count', { via: 'habit', period: { field: 'date', within: 'month' } }),
        ),
      ],
      {
        samples: [
          { name: 'Walk 8,000 steps', area: 'Health', weeklyTarget: 5, colour: '#16a34a' },
          { name: 'Read 20 pages', area: 'Learning', weeklyTarget: 7, colour: '#2563eb' },
          { name: 'No phone after 10pm', area: 'Mind', weeklyTarget: 6, colour: '#9333ea' },
        ],
      },
    ),
    collection(
      'checkIn',
      'Check-in',
      'Check-ins',
      [
        ref('habit', 'Habit', 'habit', { required: true }),
        date('date', 'Day', { required: true, default: 'today' }),
        text('note', 'Note'),
        rating('mood', 'Mood', { min: 1, max: 5 }),
      ],
      {
        titleField: 'habit',
        samples: [
          { habit: 'Walk 8,000 steps', date: '2026-11-30', mood: 4 },
          { habit: 'Read 20 pages', date: '2026-11-30', note: 'Finished chapter 3' },
          { habit: 'Read 20 pages', date: '2026-12-01' },
        ],
      },
    ),
  ],
  aliases: {
    habit: ['habit', 'routine', 'goal'],
    checkIn: ['check-in', 'tick', 'entry', 'log'],
  },
  core: ['habit', 'checkIn'],
  pages: [
    page(
      'today',
      'Today',
      stats(
        count('Done today', 'checkIn', { period: { field: 'date', within: 'today' } }),
        count('Habits on track', 'habit', { where: $('onTrack') }),
        count('Check-ins this month', 'checkIn', { period: { field: 'date', within: 'month' } }),
      ),
      cards('habit', { form: false }),
      list('checkIn', { title: 'Tick one off', sort: desc('date') }),
    ),
    page(
      'history',
      'History',
      calendar('checkIn', 'date', { filters: ['habit'] }),
      chart('Check-ins by month', 'checkIn', 'line', 'count', 'date'),
    ),
    page('habits', 'Habits', table('habit', { filters: ['area'] })),
  ],
};
