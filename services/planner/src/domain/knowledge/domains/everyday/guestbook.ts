import { collection, count, date, list, longtext, page, stats, text, desc } from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const guestbook: DomainEntry = {
  id: 'guestbook',
  name: 'Guestbook',
  kind: 'data',
  synonyms: [
    'guestbook',
    'guest book',
    'visitor book',
    'visitors book',
    'sign the guestbook',
    'leave a message',
    'wall of messages',
    'message wall',
    'shoutbox',
  ],
  description: 'Visitors leave their name and a message; everyone sees the messages.',
  collections: [
    collection(
      'entry',
      'Message',
      'Messages',
      [
        text('name', 'Name', { required: true }),
        longtext('message', 'Message', { required: true }),
        date('date', 'Date', { default: 'today' }),
      ],
      {
        samples: [
          { name: 'Mia', message: 'Lovely to visit, thank you!', date: '2026-11-28' },
          { name: 'Jonas', message: 'Greetings from Bergen.', date: '2026-11-29' },
        ],
      },
    ),
  ],
  aliases: { entry: ['message', 'entry', 'note', 'signature', 'visitor'] },
  core: ['entry'],
  pages: [
    page(
      'home',
      'Guestbook',
      stats(count('Messages', 'entry')),
      list('entry', { formTitle: 'Sign the guestbook', submitLabel: 'Leave message', sort: desc('date') }),
    ),
  ],
};
