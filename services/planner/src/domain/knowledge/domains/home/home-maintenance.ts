import {
  $,
  asc,
  cards,
  choice,
  collection,
  computed,
  count,
  date,
  daysBetween,
  gte,
  money,
  num,
  page,
  stats,
  table,
  text,
  today,
  url,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const homeMaintenance: DomainEntry = {
  id: 'home-maintenance',
  name: 'Home maintenance',
  kind: 'data',
  synonyms: [
    'home maintenance',
    'house maintenance',
    'home repairs',
    'household chores',
    'chore chart',
    'home inventory',
    'appliance warranties',
    'diy projects',
    'renovation tracker',
    'house jobs',
  ],
  description:
    'Keep recurring jobs around the house with when each was last done and is next due, and the appliances with warranties and manuals.',
  collections: [
    collection(
      'chore',
      'Job',
      'Jobs',
      [
        text('name', 'Job', { required: true }),
        choice('area', 'Area', ['Kitchen', 'Bathroom', 'Garden', 'Heating', 'Outside', 'Whole house']),
        num('everyDays', 'Every', { min: 1, max: 730, unit: 'days' }),
        date('lastDone', 'Last done'),
        text('assignee', 'Who'),
        money('cost', 'Typical cost', { min: 0 }),
        computed('due', 'Due', 'boolean', gte(daysBetween($('lastDone'), today), $('everyDays'))),
      ],
      {
        samples: [
          { name: 'Boiler service', area: 'Heating', everyDays: 365, lastDone: '2025-11-10', cost: 90 },
          {
            name: 'Clean gutters',
            area: 'Outside',
            everyDays: 180,
            lastDone: '2026-09-01',
            assignee: 'Sam',
          },
          {
            name: 'Descale kettle',
            area: 'Kitchen',
            everyDays: 30,
            lastDone: '2026-11-25',
            assignee: 'Alex',
          },
        ],
      },
    ),
    collection(
      'appliance',
      'Appliance',
      'Appliances',
      [
        text('name', 'Appliance', { required: true }),
        text('brand', 'Brand and model'),
        date('purchased', 'Bought on'),
        date('warrantyEnds', 'Warranty ends'),
        url('manual', 'Manual link'),
        computed('underWarranty', 'Under warranty', 'boolean', gte($('warrantyEnds'), today)),
      ],
      {
        samples: [
          {
            name: 'Washing machine',
            brand: 'Bosch Series 6',
            purchased: '2024-03-15',
            warrantyEnds: '2027-03-15',
          },
          { name: 'Fridge freezer', brand: 'Beko', purchased: '2021-07-01', warrantyEnds: '2023-07-01' },
        ],
      },
    ),
  ],
  aliases: {
    chore: ['job', 'chore', 'task', 'repair', 'maintenance task'],
    appliance: ['appliance', 'device', 'warranty'],
  },
  core: ['chore'],
  pages: [
    page(
      'jobs',
      'Jobs',
      stats(count('Due now', 'chore', { where: $('due') }), count('Jobs', 'chore')),
      table('chore', {
        filters: ['area', 'due'],
        sort: asc('lastDone'),
        actions: [{ label: 'Done today', set: { lastDone: 'today' } }],
      }),
    ),
    page('appliances', 'Appliances', cards('appliance', { filters: ['underWarranty'] })),
  ],
};
