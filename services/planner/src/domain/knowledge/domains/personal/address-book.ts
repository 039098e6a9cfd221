import {
  asc,
  bool,
  cards,
  choice,
  collection,
  computed,
  date,
  desc,
  email,
  list,
  longtext,
  page,
  phone,
  ref,
  table,
  text,
  yearsSince,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const addressBook: DomainEntry = {
  id: 'address-book',
  name: 'Contacts and address book',
  kind: 'data',
  synonyms: [
    'address book',
    'contacts',
    'contact list',
    'phone book',
    'personal contacts',
    'birthdays',
    'birthday reminders',
    'friends and family',
    'rolodex',
    'keep in touch',
    'christmas card list',
  ],
  description:
    'Keep people\u2019s phone numbers, emails, addresses and birthdays in groups, and see whose birthday is next and who you have not spoken to lately.',
  collections: [
    collection(
      'person',
      'Contact',
      'Contacts',
      [
        text('name', 'Name', { required: true }),
        phone('phone', 'Phone'),
        email('email', 'Email'),
        longtext('address', 'Address'),
        date('birthday', 'Birthday'),
        choice('group', 'Group', ['Family', 'Friends', 'Work', 'Neighbours', 'Other']),
        bool('favourite', 'Favourite', { default: false }),
        date('lastSpoke', 'Last spoke'),
        computed('age', 'Age', 'number', yearsSince('birthday'), { unit: 'years' }),
      ],
      {
        samples: [
          {
            name: 'Grandma Rose',
            phone: '555-0101',
            birthday: '1948-02-14',
            group: 'Family',
            favourite: true,
            lastSpoke: '2026-11-29',
          },
          {
            name: 'Theo Walsh',
            phone: '555-0102',
            email: 'theo@example.com',
            birthday: '1991-07-03',
            group: 'Friends',
            lastSpoke: '2026-08-12',
          },
          { name: 'Dr Okafor (dentist)', phone: '555-0103', group: 'Other' },
        ],
      },
    ),
    collection(
      'note',
      'Note',
      'Notes',
      [
        ref('person', 'Contact', 'person', { required: true }),
        date('date', 'Date', { default: 'today' }),
        longtext('text', 'Note', { required: true }),
      ],
      {
        titleField: 'text',
        samples: [
          {
            person: 'Theo Walsh',
            date: '2026-08-12',
            text: 'Moving to Glasgow in spring; ask about the new job.',
          },
          { person: 'Grandma Rose', date: '2026-11-29', text: 'Wants the recipe for the lemon cake.' },
        ],
      },
    ),
  ],
  aliases: {
    person: ['contact', 'person', 'friend', 'relative', 'acquaintance'],
    note: ['note', 'reminder', 'memo'],
  },
  core: ['person'],
  pages: [
    page(
      'contacts',
      'Contacts',
      cards('person', {
        search: true,
        filters: ['group', 'favourite'],
        sort: asc('name'),
        importCsv: true,
        exportCsv: true,
        actions: [{ label: 'Spoke today', set: { lastSpoke: 'today' } }],
      }),
    ),
    page(
      'birthdays',
      'Birthdays',
      table('person', { form: false, sort: asc('birthday'), filters: ['group'] }),
    ),
    page('notes', 'Notes', list('note', { filters: ['person'], sort: desc('date') })),
  ],
};
