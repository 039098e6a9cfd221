import { bool, collection, list, longtext, page, tags, text } from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const notes: DomainEntry = {
  id: 'notes',
  name: 'Notes',
  kind: 'data',
  synonyms: [
    'notes',
    'notes app',
    'note taking',
    'notebook',
    'jot down',
    'memo',
    'memos',
    'sticky notes',
    'scratchpad',
  ],
  description: 'Short notes with a title, text and tags, searchable.',
  collections: [
    collection(
      'note',
      'Note',
      'Notes',
      [
        text('title', 'Title', { required: true }),
        longtext('body', 'Note'),
        tags('tags', 'Tags'),
        bool('pinned', 'Pinned'),
      ],
      {
        samples: [
          { title: 'Ideas', body: 'Try the new bakery on Main Street.', tags: ['food'] },
          { title: 'Packing list', body: 'Charger, passport, umbrella.', tags: ['travel'], pinned: true },
        ],
      },
    ),
  ],
  aliases: { note: ['note', 'memo', 'jotting'] },
  core: ['note'],
  pages: [page('home', 'Notes', list('note', { search: true, filters: ['pinned'] }))],
};
