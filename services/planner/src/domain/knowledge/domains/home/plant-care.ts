import {
  $,
  choice,
  collection,
  computed,
  count,
  date,
  daysBetween,
  desc,
  gallery,
  gte,
  image,
  num,
  page,
  ref,
  stats,
  table,
  text,
  today,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const plantCare: DomainEntry = {
  id: 'plant-care',
  name: 'Plant care',
  kind: 'data',
  synonyms: [
    'plant care',
    'houseplants',
    'watering schedule',
    'plant tracker',
    'water my plants',
    'indoor plants',
    'plant collection',
    'plant journal',
    'succulents',
    'repotting',
  ],
  description:
    'Keep houseplants with their light needs and how often to water them, and see which ones need water today.',
  collections: [
    collection(
      'plant',
      'Plant',
      'Plants',
      [
        text('name', 'Name', { required: true }),
        text('species', 'Species'),
        text('room', 'Room'),
        choice('light', 'Light', ['Low', 'Medium', 'Bright indirect', 'Full sun']),
        num('waterEvery', 'Water every', { required: true, min: 1, max: 60, unit: 'days', default: 7 }),
        date('lastWatered', 'Last watered'),
        image('photo', 'Photo'),
        computed(
          'needsWater',
          'Needs water',
          'boolean',
          gte(daysBetween($('lastWatered'), today), $('waterEvery')),
        ),
        computed('daysSinceWatered', 'Days since watered', 'number', daysBetween($('lastWatered'), today), {
          unit: 'days',
        }),
      ],
      {
        samples: [
          {
            name: 'Monty',
            species: 'Monstera deliciosa',
            room: 'Living room',
            light: 'Bright indirect',
            waterEvery: 7,
            lastWatered: '2026-11-24',
          },
          {
            name: 'Spike',
            species: 'Snake plant',
            room: 'Bedroom',
            light: 'Low',
            waterEvery: 21,
            lastWatered: '2026-11-20',
          },
          {
            name: 'Basil',
            species: 'Sweet basil',
            room: 'Kitchen',
            light: 'Full sun',
            waterEvery: 2,
            lastWatered: '2026-12-01',
          },
        ],
      },
    ),
    collection(
      'careLog',
      'Care log',
      'Care log',
      [
        ref('plant', 'Plant', 'plant', { required: true }),
        date('date', 'Date', { required: true, default: 'today' }),
        choice('task', 'Task', ['Watered', 'Fed', 'Repotted', 'Pruned', 'Treated pests'], {
          required: true,
        }),
        text('note', 'Note'),
      ],
      {
        titleField: 'plant',
        samples: [
          { plant: 'Monty', date: '2026-11-24', task: 'Watered' },
          { plant: 'Spike', date: '2026-10-02', task: 'Repotted', note: 'Moved to 20 cm pot' },
        ],
      },
    ),
  ],
  aliases: {
    plant: ['plant', 'houseplant', 'succulent', 'cactus'],
    careLog: ['care log', 'watering', 'task', 'log entry'],
  },
  core: ['plant'],
  pages: [
    page(
      'plants',
      'Plants',
      stats(count('Plants', 'plant'), count('Need water', 'plant', { where: $('needsWater') })),
      gallery('plant', 'photo', {
        search: true,
        filters: ['light', 'needsWater'],
        actions: [{ label: 'Watered today', set: { lastWatered: 'today' } }],
      }),
    ),
    page('care-log', 'Care log', table('careLog', { filters: ['plant', 'task'], sort: desc('date') })),
  ],
};
