import {
  board,
  calendar,
  cards,
  chart,
  choice,
  collection,
  computed,
  date,
  desc,
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

export const garden: DomainEntry = {
  id: 'garden',
  name: 'Garden planner',
  kind: 'data',
  synonyms: [
    'garden',
    'garden planner',
    'vegetable garden',
    'allotment',
    'planting calendar',
    'seed sowing',
    'harvest log',
    'veg patch',
    'raised beds',
    'grow your own',
    'seed inventory',
  ],
  description:
    'Plan what grows in which bed, when it was sown and should be harvested, and log the harvests by weight.',
  collections: [
    collection(
      'bed',
      'Bed',
      'Beds',
      [
        text('name', 'Bed', { required: true }),
        num('area', 'Area', { min: 0, unit: 'm²' }),
        choice('sun', 'Sun', ['Full sun', 'Part shade', 'Shade']),
        text('soil', 'Soil'),
      ],
      {
        samples: [
          { name: 'Raised bed 1', area: 2.4, sun: 'Full sun', soil: 'Compost mix' },
          { name: 'Greenhouse', area: 6, sun: 'Full sun' },
        ],
      },
    ),
    collection(
      'crop',
      'Crop',
      'Crops',
      [
        text('name', 'Crop', { required: true }),
        text('variety', 'Variety'),
        ref('bed', 'Bed', 'bed'),
        date('sown', 'Sown', { required: true }),
        num('daysToHarvest', 'Days to harvest', { min: 1, max: 400 }),
        choice('stage', 'Stage', ['Planned', 'Sown', 'Growing', 'Harvesting', 'Finished'], {
          default: 'Planned',
        }),
        computed(
          'harvested',
          'Harvested',
          'number',
          rollup('harvest', 'sum', { field: 'weight', via: 'crop' }),
          { unit: 'kg' },
        ),
      ],
      {
        samples: [
          {
            name: 'Tomato',
            variety: 'Gardener’s Delight',
            bed: 'Greenhouse',
            sown: '2026-03-10',
            daysToHarvest: 120,
            stage: 'Finished',
          },
          {
            name: 'Garlic',
            variety: 'Early Purple Wight',
            bed: 'Raised bed 1',
            sown: '2026-10-28',
            daysToHarvest: 240,
            stage: 'Growing',
          },
        ],
      },
    ),
    collection(
      'harvest',
      'Harvest',
      'Harvests',
      [
        ref('crop', 'Crop', 'crop', { required: true }),
        date('date', 'Date', { required: true, default: 'today' }),
        num('weight', 'Weight', { required: true, min: 0, unit: 'kg' }),
        text('note', 'Note'),
      ],
      {
        titleField: 'crop',
        samples: [
          { crop: 'Tomato', date: '2026-08-14', weight: 2.2 },
          { crop: 'Tomato', date: '2026-08-29', weight: 3.1, note: 'Best week' },
        ],
      },
    ),
  ],
  aliases: {
    bed: ['bed', 'plot', 'patch', 'border', 'greenhouse'],
    crop: ['crop', 'plant', 'vegetable', 'seed', 'planting'],
    harvest: ['harvest', 'pick', 'yield'],
  },
  core: ['bed', 'crop', 'harvest'],
  pages: [
    page('crops', 'Crops', board('crop', 'stage', { filters: ['bed'] })),
    page('calendar', 'Calendar', calendar('crop', 'sown', { filters: ['bed'] })),
    page(
      'harvests',
      'Harvests',
      stats(
        total('Harvested this year', 'harvest', 'weight', {
          period: { field: 'date', within: 'year' },
          unit: 'kg',
        }),
      ),
      chart('Harvest by crop', 'harvest', 'bar', 'sum', 'crop', 'weight'),
      table('harvest', { filters: ['crop'], sort: desc('date'), totals: ['weight'] }),
    ),
    page('beds', 'Beds', cards('bed')),
  ],
};
