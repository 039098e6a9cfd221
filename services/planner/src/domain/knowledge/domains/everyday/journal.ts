import { collection, date, list, longtext, page, rating, text, desc } from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const journal: DomainEntry = {
  id: 'journal',
  name: 'Journal',
  kind: 'data',
  synonyms: [
    'journal',
    'diary',
    'daily journal',
    'gratitude journal',
    'mood journal',
    'dream journal',
    'daily log',
    'reflections',
    'dear diary',
  ],
  description: 'Dated journal entries with a mood and free text.',
  collections: [
    collection(
      'entry',
      'Entry',
      'Entries',
      [
        text('title', 'Title', { required: true }),
        date('date', 'Date', { default: 'today', required: true }),
        rating('mood', 'Mood', { min: 1, max: 5 }),
        longtext('body', 'Entry'),
      ],
      {
        samples: [
          { title: 'A good start', date: '2026-11-30', mood: 4, body: 'Walked to work in the sun.' },
          { title: 'Rainy Sunday', date: '2026-11-29', mood: 3, body: 'Read all afternoon.' },
        ],
      },
    ),
  ],
  aliases: { entry: ['entry', 'journal entry', 'diary entry', 'day', 'reflection'] },
  core: ['entry'],
  pages: [page('home', 'Journal', list('entry', { search: true, sort: desc('date') }))],
};
