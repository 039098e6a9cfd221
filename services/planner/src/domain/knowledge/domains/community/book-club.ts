import {
  bool,
  calendar,
  cards,
  chart,
  choice,
  collection,
  computed,
  date,
  email,
  list,
  page,
  phone,
  rating,
  ref,
  rollup,
  table,
  text,
  time,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const bookClub: DomainEntry = {
  id: 'book-club',
  name: 'Book club',
  kind: 'data',
  synonyms: [
    'book club',
    'reading group',
    'book group',
    'book club meetings',
    'monthly book pick',
    'book discussion group',
    'literary circle',
    'book club votes',
    'bookclub',
    'book night',
  ],
  description:
    'Run a book club: members, the books picked for each month, meetings with host and place, and everyone\u2019s ratings.',
  collections: [
    collection(
      'member',
      'Member',
      'Members',
      [
        text('name', 'Name', { required: true }),
        email('email', 'Email'),
        phone('phone', 'Phone'),
        bool('active', 'Active', { default: true }),
      ],
      {
        samples: [
          { name: 'Clara', email: 'clara@example.com', active: true },
          { name: 'Ravi', email: 'ravi@example.com', active: true },
        ],
      },
    ),
    collection(
      'pick',
      'Book pick',
      'Book picks',
      [
        text('title', 'Book', { required: true }),
        text('author', 'Author'),
        ref('suggestedBy', 'Suggested by', 'member'),
        choice('status', 'Status', ['Suggested', 'Chosen', 'Read'], { default: 'Suggested' }),
        computed(
          'averageRating',
          'Average rating',
          'number',
          rollup('review', 'average', { field: 'rating', via: 'pick' }),
        ),
      ],
      {
        samples: [
          {
            title: 'Tomorrow, and Tomorrow, and Tomorrow',
            author: 'Gabrielle Zevin',
            suggestedBy: 'Clara',
            status: 'Read',
          },
          {
            title: 'The Left Hand of Darkness',
            author: 'Ursula K. Le Guin',
            suggestedBy: 'Ravi',
            status: 'Chosen',
          },
        ],
      },
    ),
    collection(
      'meeting',
      'Meeting',
      'Meetings',
      [
        date('date', 'Date', { required: true }),
        time('time', 'Time'),
        ref('pick', 'Book', 'pick', { required: true }),
        ref('host', 'Host', 'member'),
        text('place', 'Where'),
      ],
      {
        titleField: 'pick',
        samples: [
          {
            date: '2026-11-19',
            time: '19:30',
            pick: 'Tomorrow, and Tomorrow, and Tomorrow',
            host: 'Clara',
            place: 'Clara\u2019s flat',
          },
          {
            date: '2026-12-17',
            time: '19:30',
            pick: 'The Left Hand of Darkness',
            host: 'Ravi',
            place: 'The Crown, back room',
          },
        ],
      },
    ),
    collection(
      'review',
      'Rating',
      'Ratings',
      [
        ref('pick', 'Book', 'pick', { required: true }),
        ref('member', 'Member', 'member', { required: true }),
        rating('rating', 'Rating', { required: true, min: 1, max: 5 }),
        text('comment', 'One line'),
      ],
      {
        titleField: 'comment',
        samples: [
          {
            pick: 'Tomorrow, and Tomorrow, and Tomorrow',
            member: 'Clara',
            rating: 5,
            comment: 'Made me want to play games again',
          },
          {
            pick: 'Tomorrow, and Tomorrow, and Tomorrow',
            member: 'Ravi',
            rating: 4,
            comment: 'Long but worth it',
          },
        ],
      },
    ),
  ],
  aliases: {
    member: ['member', 'reader'],
    pick: ['book', 'pick', 'suggestion'],
    meeting: ['meeting', 'meetup', 'session'],
    review: ['rating', 'review', 'vote'],
  },
  core: ['member', 'pick', 'meeting'],
  pages: [
    page(
      'next',
      'Next meeting',
      calendar('meeting', 'date'),
      cards('pick', {
        title: 'Books',
        filters: ['status'],
        actions: [{ label: 'Choose', set: { status: 'Chosen' } }],
      }),
    ),
    page(
      'ratings',
      'Ratings',
      table('review', { filters: ['pick', 'member'] }),
      chart('Average rating by book', 'review', 'bar', 'average', 'pick', 'rating'),
    ),
    page('members', 'Members', list('member', { filters: ['active'] })),
  ],
};
