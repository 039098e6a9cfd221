import {
  $,
  asc,
  average,
  board,
  calendar,
  chart,
  choice,
  collection,
  count,
  date,
  email,
  eq,
  longtext,
  notBefore,
  num,
  page,
  ref,
  stats,
  table,
  text,
  total,
  url,
  val,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const podcasts: DomainEntry = {
  id: 'podcasts',
  name: 'Podcast production',
  kind: 'data',
  synonyms: [
    'podcast',
    'podcasts',
    'podcast episodes',
    'podcast planner',
    'podcast guests',
    'episode planning',
    'show notes',
    'podcast production',
    'radio show',
    'podcast listening list',
  ],
  description:
    'Plan a podcast\u2019s episodes from idea to published, book guests, keep show notes and follow downloads.',
  collections: [
    collection(
      'episode',
      'Episode',
      'Episodes',
      [
        text('title', 'Title', { required: true }),
        num('number', 'Episode number', { min: 0 }),
        ref('guest', 'Guest', 'guest'),
        choice('stage', 'Stage', ['Idea', 'Booked', 'Recorded', 'Edited', 'Published'], {
          default: 'Idea',
        }),
        date('recordDate', 'Recording date'),
        date('publishDate', 'Publish date'),
        num('minutes', 'Length', { min: 1, unit: 'min' }),
        num('downloads', 'Downloads', { min: 0 }),
        longtext('showNotes', 'Show notes'),
      ],
      {
        rules: [
          notBefore('publishDate', 'recordDate', 'An episode cannot be published before it is recorded'),
        ],
        samples: [
          {
            title: 'Starting a makerspace',
            number: 41,
            guest: 'Ayo Bankole',
            stage: 'Published',
            recordDate: '2026-11-04',
            publishDate: '2026-11-18',
            minutes: 48,
            downloads: 1320,
          },
          {
            title: 'Repair cafés and the right to repair',
            number: 42,
            guest: 'Greta Holm',
            stage: 'Booked',
            recordDate: '2026-12-09',
          },
        ],
      },
    ),
    collection(
      'guest',
      'Guest',
      'Guests',
      [
        text('name', 'Name', { required: true }),
        text('topic', 'Topic'),
        email('email', 'Email'),
        url('website', 'Website'),
        choice('status', 'Status', ['To ask', 'Asked', 'Confirmed', 'Recorded'], { default: 'To ask' }),
      ],
      {
        samples: [
          { name: 'Ayo Bankole', topic: 'Makerspaces', email: 'ayo@example.com', status: 'Recorded' },
          { name: 'Greta Holm', topic: 'Repair cafés', email: 'greta@example.com', status: 'Confirmed' },
        ],
      },
    ),
  ],
  aliases: {
    episode: ['episode', 'show', 'recording'],
    guest: ['guest', 'interviewee', 'speaker'],
  },
  core: ['episode', 'guest'],
  pages: [
    page(
      'overview',
      'Overview',
      stats(
        count('Published', 'episode', { where: eq($('stage'), val('Published')) }),
        total('Downloads', 'episode', 'downloads'),
        average('Average length', 'episode', 'minutes', { unit: 'min' }),
      ),
      chart('Downloads by month', 'episode', 'bar', 'sum', 'publishDate', 'downloads'),
    ),
    page(
      'episodes',
      'Episodes',
      board('episode', 'stage', {
        search: true,
        actions: [{ label: 'Publish', set: { stage: 'Published', publishDate: 'today' } }],
      }),
    ),
    page('calendar', 'Calendar', calendar('episode', 'recordDate')),
    page('guests', 'Guests', table('guest', { filters: ['status'], sort: asc('name') })),
  ],
};
