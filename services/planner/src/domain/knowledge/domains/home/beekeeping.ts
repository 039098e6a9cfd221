import {
  average,
  bool,
  cards,
  chart,
  choice,
  collection,
  computed,
  count,
  date,
  desc,
  longtext,
  num,
  page,
  ref,
  rollup,
  stats,
  table,
  text,
  total,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const beekeeping: DomainEntry = {
  id: 'beekeeping',
  name: 'Beekeeping',
  kind: 'data',
  synonyms: [
    'beekeeping',
    'beehives',
    'hive inspections',
    'apiary',
    'bee colonies',
    'honey harvest',
    'apiarist',
    'queen bee records',
    'varroa treatment',
    'honey bees',
  ],
  description:
    'Keep hives and their colonies, record each inspection (queen seen, brood, temper, varroa) and the honey taken.',
  collections: [
    collection(
      'hive',
      'Hive',
      'Hives',
      [
        text('name', 'Hive', { required: true }),
        text('apiary', 'Apiary'),
        choice('type', 'Type', ['National', 'Langstroth', 'Warré', 'Top bar']),
        num('queenYear', 'Queen born', { min: 2000, max: 2100 }),
        choice('strength', 'Strength', ['Weak', 'Average', 'Strong']),
        computed(
          'honeyThisYear',
          'Honey this year',
          'number',
          rollup('inspection', 'sum', {
            field: 'honeyTaken',
            via: 'hive',
            period: { field: 'date', within: 'year' },
          }),
          { unit: 'kg' },
        ),
        computed(
          'lastInspected',
          'Last inspected',
          'date',
          rollup('inspection', 'max', { field: 'date', via: 'hive' }),
        ),
      ],
      {
        samples: [
          { name: 'Hive A', apiary: 'Orchard', type: 'National', queenYear: 2025, strength: 'Strong' },
          { name: 'Hive B', apiary: 'Orchard', type: 'National', queenYear: 2024, strength: 'Average' },
        ],
      },
    ),
    collection(
      'inspection',
      'Inspection',
      'Inspections',
      [
        ref('hive', 'Hive', 'hive', { required: true }),
        date('date', 'Date', { required: true, default: 'today' }),
        bool('queenSeen', 'Queen or eggs seen', { default: false }),
        num('broodFrames', 'Brood frames', { min: 0, max: 30 }),
        choice('temper', 'Temper', ['Calm', 'Nervous', 'Aggressive']),
        num('varroaCount', 'Varroa drop', { min: 0, unit: 'mites/day' }),
        num('honeyTaken', 'Honey taken', { min: 0, unit: 'kg', default: 0 }),
        longtext('notes', 'Notes'),
      ],
      {
        titleField: 'date',
        samples: [
          {
            hive: 'Hive A',
            date: '2026-07-12',
            queenSeen: true,
            broodFrames: 8,
            temper: 'Calm',
            varroaCount: 2,
            honeyTaken: 11,
          },
          {
            hive: 'Hive B',
            date: '2026-07-12',
            queenSeen: false,
            broodFrames: 5,
            temper: 'Nervous',
            varroaCount: 6,
            honeyTaken: 0,
            notes: 'Check for queen cells',
          },
        ],
      },
    ),
  ],
  aliases: {
    hive: ['hive', 'colony', 'beehive'],
    inspection: ['inspection', 'check', 'visit'],
  },
  core: ['hive', 'inspection'],
  pages: [
    page(
      'apiary',
      'Apiary',
      stats(
        count('Hives', 'hive'),
        total('Honey this year', 'inspection', 'honeyTaken', {
          period: { field: 'date', within: 'year' },
          unit: 'kg',
        }),
        average('Average varroa drop', 'inspection', 'varroaCount'),
      ),
      cards('hive', { filters: ['strength'] }),
    ),
    page(
      'inspections',
      'Inspections',
      table('inspection', {
        filters: ['hive', 'queenSeen', 'temper'],
        sort: desc('date'),
        totals: ['honeyTaken'],
      }),
      chart('Varroa drop over time', 'inspection', 'line', 'average', 'date', 'varroaCount'),
    ),
  ],
};
