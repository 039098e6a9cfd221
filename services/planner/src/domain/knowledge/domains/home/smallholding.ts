import {
  $,
  cards,
  chart,
  choice,
  collection,
  computed,
  count,
  date,
  desc,
  eq,
  money,
  num,
  page,
  ref,
  stats,
  table,
  text,
  total,
  val,
  yearsSince,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const smallholding: DomainEntry = {
  id: 'smallholding',
  name: 'Smallholding and livestock',
  kind: 'data',
  synonyms: [
    'smallholding',
    'hobby farm',
    'livestock records',
    'backyard chickens',
    'egg log',
    'goats and sheep',
    'farm animals',
    'herd records',
    'homestead',
    'flock records',
  ],
  description:
    'Keep the animals of a small farm or backyard flock, their health treatments, and a daily log of eggs or milk.',
  collections: [
    collection(
      'animal',
      'Animal',
      'Animals',
      [
        text('name', 'Name or tag', { required: true }),
        choice('species', 'Species', ['Chicken', 'Duck', 'Goat', 'Sheep', 'Pig', 'Cow']),
        text('breed', 'Breed'),
        date('born', 'Born'),
        choice('status', 'Status', ['Active', 'Sold', 'Died'], { default: 'Active' }),
        computed('age', 'Age', 'number', yearsSince('born'), { unit: 'years' }),
      ],
      {
        samples: [
          {
            name: 'Henrietta',
            species: 'Chicken',
            breed: 'Buff Orpington',
            born: '2024-04-01',
            status: 'Active',
          },
          { name: 'Clover', species: 'Goat', breed: 'Nubian', born: '2022-03-15', status: 'Active' },
        ],
      },
    ),
    collection(
      'treatment',
      'Treatment',
      'Treatments',
      [
        ref('animal', 'Animal', 'animal', { required: true }),
        date('date', 'Date', { required: true, default: 'today' }),
        text('what', 'Treatment', { required: true }),
        date('nextDue', 'Next due'),
        money('cost', 'Cost', { min: 0 }),
      ],
      {
        titleField: 'what',
        samples: [
          { animal: 'Clover', date: '2026-10-05', what: 'Hoof trim', nextDue: '2027-01-05', cost: 0 },
          { animal: 'Henrietta', date: '2026-09-12', what: 'Worming', nextDue: '2027-03-12', cost: 4 },
        ],
      },
    ),
    collection(
      'produce',
      'Produce',
      'Produce log',
      [
        date('date', 'Date', { required: true, default: 'today' }),
        choice('kind', 'Kind', ['Eggs', 'Milk', 'Wool', 'Honey']),
        num('quantity', 'Quantity', { required: true, min: 0 }),
        text('note', 'Note'),
      ],
      {
        titleField: 'date',
        samples: [
          { date: '2026-11-30', kind: 'Eggs', quantity: 5 },
          { date: '2026-11-30', kind: 'Milk', quantity: 2.5, note: 'Litres' },
        ],
      },
    ),
  ],
  aliases: {
    animal: ['animal', 'hen', 'chicken', 'goat', 'sheep', 'livestock'],
    treatment: ['treatment', 'vaccination', 'worming', 'vet visit'],
    produce: ['produce', 'egg', 'milk', 'yield', 'collection'],
  },
  core: ['animal', 'treatment', 'produce'],
  pages: [
    page(
      'overview',
      'Overview',
      stats(
        count('Animals', 'animal', { where: eq($('status'), val('Active')) }),
        total('Eggs this week', 'produce', 'quantity', {
          where: eq($('kind'), val('Eggs')),
          period: { field: 'date', within: 'week' },
        }),
        count('Treatments due this month', 'treatment', { period: { field: 'nextDue', within: 'month' } }),
      ),
      chart('Produce by month', 'produce', 'bar', 'sum', 'date', 'quantity'),
    ),
    page('animals', 'Animals', cards('animal', { filters: ['species', 'status'] })),
    page(
      'treatments',
      'Treatments',
      table('treatment', { filters: ['animal'], sort: desc('date'), totals: ['cost'] }),
    ),
    page(
      'produce',
      'Produce log',
      table('produce', { filters: ['kind'], sort: desc('date'), totals: ['quantity'] }),
    ),
  ],
};
