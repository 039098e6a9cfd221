import {
  calendar,
  chart,
  choice,
  collection,
  computed,
  count,
  date,
  desc,
  gallery,
  image,
  money,
  num,
  page,
  ref,
  stats,
  table,
  text,
  total,
  yearsSince,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const pets: DomainEntry = {
  id: 'pets',
  name: 'Pet care',
  kind: 'data',
  synonyms: [
    'pet care',
    'my pets',
    'pet tracker',
    'dog care',
    'cat care',
    'pet health records',
    'pet feeding schedule',
    'puppy',
    'dog walks',
    'pet medication',
  ],
  description:
    'Keep your pets\u2019 details, vet visits, vaccinations and medicines, and the walks, feeds and weights you log.',
  collections: [
    collection(
      'pet',
      'Pet',
      'Pets',
      [
        text('name', 'Name', { required: true }),
        choice('species', 'Species', ['Dog', 'Cat', 'Rabbit', 'Guinea pig', 'Bird', 'Fish', 'Reptile']),
        text('breed', 'Breed'),
        date('birthDate', 'Birthday'),
        computed('age', 'Age', 'number', yearsSince('birthDate'), { unit: 'years' }),
        text('microchip', 'Microchip number'),
        image('photo', 'Photo'),
      ],
      {
        samples: [
          { name: 'Pepper', species: 'Dog', breed: 'Border collie', birthDate: '2021-05-18' },
          { name: 'Tofu', species: 'Cat', breed: 'Ragdoll', birthDate: '2024-02-02' },
        ],
      },
    ),
    collection(
      'careEvent',
      'Care event',
      'Care events',
      [
        ref('pet', 'Pet', 'pet', { required: true }),
        choice('kind', 'Kind', ['Vet visit', 'Vaccination', 'Medicine', 'Grooming', 'Walk', 'Weigh-in'], {
          required: true,
        }),
        date('date', 'Date', { required: true, default: 'today' }),
        date('nextDue', 'Next due'),
        num('weight', 'Weight', { min: 0, unit: 'kg' }),
        money('cost', 'Cost', { min: 0 }),
        text('note', 'Note'),
      ],
      {
        titleField: 'kind',
        samples: [
          { pet: 'Pepper', kind: 'Vaccination', date: '2026-05-20', nextDue: '2027-05-20', cost: 55 },
          { pet: 'Tofu', kind: 'Weigh-in', date: '2026-11-28', weight: 4.6 },
        ],
      },
    ),
  ],
  aliases: {
    pet: ['pet', 'dog', 'cat', 'animal'],
    careEvent: ['care event', 'vet visit', 'vaccination', 'walk', 'medicine'],
  },
  core: ['pet', 'careEvent'],
  pages: [
    page('pets', 'Pets', gallery('pet', 'photo')),
    page(
      'care',
      'Care',
      stats(
        count('Due this month', 'careEvent', { period: { field: 'nextDue', within: 'month' } }),
        total('Spent this year', 'careEvent', 'cost', { period: { field: 'date', within: 'year' } }),
      ),
      calendar('careEvent', 'date', { filters: ['pet', 'kind'] }),
    ),
    page(
      'history',
      'History',
      table('careEvent', { filters: ['pet', 'kind'], sort: desc('date'), totals: ['cost'] }),
      chart('Weight over time', 'careEvent', 'line', 'average', 'date', 'weight'),
    ),
  ],
};
