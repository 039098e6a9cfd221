import {
  asc,
  chart,
  choice,
  collection,
  count,
  date,
  datetime,
  desc,
  gallery,
  image,
  list,
  num,
  page,
  stats,
  table,
  text,
  time,
  total,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const babyTracker: DomainEntry = {
  id: 'baby-tracker',
  name: 'Baby tracker',
  kind: 'dashboard',
  synonyms: [
    'baby tracker',
    'newborn log',
    'feeding log',
    'breastfeeding tracker',
    'nappy log',
    'diaper log',
    'baby sleep log',
    'baby milestones',
    'infant log',
    'new parents app',
  ],
  description:
    'Log a baby\u2019s feeds, sleeps and nappies through the day, see today\u2019s totals, and keep milestones and growth.',
  collections: [
    collection(
      'feed',
      'Feed',
      'Feeds',
      [
        datetime('time', 'Time', { required: true }),
        choice('kind', 'Kind', ['Breast left', 'Breast right', 'Bottle', 'Solids'], { required: true }),
        num('amount', 'Amount', { min: 0, max: 400, unit: 'ml' }),
        num('minutes', 'Minutes', { min: 0, max: 120, unit: 'min' }),
        date('date', 'Day', { required: true, default: 'today' }),
      ],
      {
        titleField: 'kind',
        samples: [
          { time: '2026-12-01T06:10', kind: 'Bottle', amount: 120, date: '2026-12-01' },
          { time: '2026-12-01T09:30', kind: 'Breast left', minutes: 15, date: '2026-12-01' },
        ],
      },
    ),
    collection(
      'sleep',
      'Sleep',
      'Sleeps',
      [
        date('date', 'Day', { required: true, default: 'today' }),
        time('start', 'Fell asleep', { required: true }),
        time('end', 'Woke up'),
        num('minutes', 'Minutes', { min: 0, max: 720, unit: 'min' }),
        choice('where', 'Where', ['Cot', 'Pram', 'Car seat', 'Arms']),
      ],
      {
        titleField: 'start',
        samples: [
          { date: '2026-12-01', start: '10:00', end: '11:20', minutes: 80, where: 'Cot' },
          { date: '2026-12-01', start: '13:45', end: '14:30', minutes: 45, where: 'Pram' },
        ],
      },
    ),
    collection(
      'nappy',
      'Nappy',
      'Nappies',
      [
        datetime('time', 'Time', { required: true }),
        choice('kind', 'Kind', ['Wet', 'Dirty', 'Both'], { required: true }),
        date('date', 'Day', { required: true, default: 'today' }),
        text('note', 'Note'),
      ],
      {
        titleField: 'kind',
        samples: [
          { time: '2026-12-01T07:00', kind: 'Wet', date: '2026-12-01' },
          { time: '2026-12-01T11:25', kind: 'Both', date: '2026-12-01' },
        ],
      },
    ),
    collection(
      'milestone',
      'Milestone',
      'Milestones',
      [
        text('title', 'Milestone', { required: true }),
        date('date', 'Date', { required: true }),
        num('weight', 'Weight', { min: 0, max: 30, unit: 'kg' }),
        num('length', 'Length', { min: 0, max: 120, unit: 'cm' }),
        image('photo', 'Photo'),
      ],
      {
        samples: [
          { title: 'First smile', date: '2026-11-12' },
          { title: '8-week check', date: '2026-11-20', weight: 5.2, length: 57 },
        ],
      },
    ),
  ],
  aliases: {
    feed: ['feed', 'feeding', 'bottle', 'meal'],
    sleep: ['sleep', 'nap'],
    nappy: ['nappy', 'diaper', 'change'],
    milestone: ['milestone', 'first', 'growth check'],
  },
  core: ['feed', 'sleep', 'nappy'],
  pages: [
    page(
      'today',
      'Today',
      stats(
        count('Feeds today', 'feed', { period: { field: 'date', within: 'today' } }),
        total('Sleep today', 'sleep', 'minutes', {
          period: { field: 'date', within: 'today' },
          unit: 'min',
        }),
        count('Nappies today', 'nappy', { period: { field: 'date', within: 'today' } }),
      ),
      list('feed', { title: 'Feeds', sort: desc('time') }),
    ),
    page(
      'sleep',
      'Sleep',
      table('sleep', { sort: desc('date'), totals: ['minutes'] }),
      chart('Sleep by day', 'sleep', 'bar', 'sum', 'date', 'minutes'),
    ),
    page('nappies', 'Nappies', table('nappy', { filters: ['kind'], sort: desc('time') })),
    page('milestones', 'Milestones', gallery('milestone', 'photo', { sort: asc('date') })),
  ],
};
