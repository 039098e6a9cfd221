import {
  $,
  cards,
  chart,
  choice,
  collection,
  computed,
  count,
  date,
  datetime,
  desc,
  list,
  longtext,
  lte,
  num,
  page,
  rating,
  ref,
  stats,
  table,
  text,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const medications: DomainEntry = {
  id: 'medications',
  name: 'Medication tracker',
  kind: 'data',
  synonyms: [
    'medication tracker',
    'medicine reminder',
    'pill tracker',
    'medications list',
    'prescriptions',
    'dose log',
    'medicine schedule',
    'symptom tracker',
    'health log',
    'refill reminders',
  ],
  description:
    'Keep your medicines with dose and schedule, log each dose taken, and see when a prescription needs a refill.',
  collections: [
    collection(
      'medication',
      'Medication',
      'Medications',
      [
        text('name', 'Medicine', { required: true }),
        text('dose', 'Dose'),
        choice('frequency', 'How often', [
          'Once a day',
          'Twice a day',
          'Three times a day',
          'As needed',
          'Weekly',
        ]),
        num('pillsLeft', 'Pills left', { min: 0 }),
        num('refillAt', 'Refill when down to', { min: 0, default: 7 }),
        text('prescriber', 'Prescribed by'),
        computed('needsRefill', 'Needs refill', 'boolean', lte($('pillsLeft'), $('refillAt'))),
      ],
      {
        samples: [
          { name: 'Vitamin D', dose: '1000 IU', frequency: 'Once a day', pillsLeft: 40, refillAt: 7 },
          {
            name: 'Cetirizine',
            dose: '10 mg',
            frequency: 'As needed',
            pillsLeft: 5,
            refillAt: 7,
            prescriber: 'Dr Yusuf',
          },
        ],
      },
    ),
    collection(
      'dose',
      'Dose',
      'Doses',
      [
        ref('medication', 'Medicine', 'medication', { required: true }),
        datetime('takenAt', 'Taken at', { required: true }),
        text('note', 'Note'),
      ],
      {
        titleField: 'medication',
        samples: [
          { medication: 'Vitamin D', takenAt: '2026-12-01T08:00' },
          { medication: 'Cetirizine', takenAt: '2026-11-30T21:15', note: 'Hay fever at the park' },
        ],
      },
    ),
    collection(
      'symptom',
      'Symptom',
      'Symptoms',
      [
        text('name', 'Symptom', { required: true }),
        date('date', 'Date', { required: true, default: 'today' }),
        rating('severity', 'Severity', { min: 1, max: 5 }),
        longtext('notes', 'Notes'),
      ],
      {
        samples: [
          { name: 'Headache', date: '2026-11-29', severity: 2 },
          { name: 'Sneezing', date: '2026-11-30', severity: 3, notes: 'Better after medicine' },
        ],
      },
    ),
  ],
  aliases: {
    medication: ['medication', 'medicine', 'pill', 'prescription', 'drug', 'supplement'],
    dose: ['dose', 'intake'],
    symptom: ['symptom', 'flare-up'],
  },
  core: ['medication', 'dose'],
  pages: [
    page(
      'today',
      'Today',
      stats(
        count('Doses today', 'dose', { period: { field: 'takenAt', within: 'today' } }),
        count('Need a refill', 'medication', { where: $('needsRefill') }),
      ),
      list('dose', { title: 'Doses', sort: desc('takenAt') }),
    ),
    page('medications', 'Medications', cards('medication', { filters: ['frequency', 'needsRefill'] })),
    page(
      'symptoms',
      'Symptoms',
      table('symptom', { sort: desc('date') }),
      chart('Symptoms by month', 'symptom', 'line', 'count', 'date'),
    ),
  ],
};
