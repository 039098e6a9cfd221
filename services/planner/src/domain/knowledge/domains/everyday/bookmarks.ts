import { collection, longtext, page, table, tags, text, url } from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const bookmarks: DomainEntry = {
  id: 'bookmarks',
  name: 'Bookmarks',
  kind: 'data',
  synonyms: [
    'bookmark',
    'bookmarks',
    'bookmark manager',
    'saved links',
    'link collection',
    'reading links',
    'favourite sites',
    'favorite websites',
    'link saver',
  ],
  description: 'Links to web pages with a title, tags and a note.',
  collections: [
    collection(
      'bookmark',
      'Bookmark',
      'Bookmarks',
      [
        text('title', 'Title', { required: true }),
        url('url', 'URL', { required: true }),
        tags('tags', 'Tags'),
        longtext('note', 'Note'),
      ],
      {
        samples: [
          { title: 'MDN Web Docs', url: 'https://developer.mozilla.org/', tags: ['reference'] },
          { title: 'Node.js docs', url: 'https://nodejs.org/docs/', tags: ['reference', 'node'] },
        ],
      },
    ),
  ],
  aliases: { bookmark: ['bookmark', 'link', 'url', 'site'] },
  core: ['bookmark'],
  pages: [page('home', 'Bookmarks', table('bookmark', { search: true, filters: ['tags'] }))],
};
