import {
  $,
  bool,
  calendar,
  cards,
  collection,
  computed,
  count,
  date,
  email,
  gte,
  lookup,
  num,
  page,
  phone,
  ref,
  rollup,
  stats,
  table,
  tags,
  text,
  today,
  total,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const volunteers: DomainEntry = {
  id: 'volunteers',
  name: 'Volunteer management',
  kind: 'data',
  synonyms: [
    'volunteers',
    'volunteer management',
    'volunteer rota',
    'volunteer shifts',
    'volunteer sign-up',
    'volunteer hours',
    'volunteer coordinator',
    'food bank volunteers',
    'charity volunteers',
    'helpers rota',
  ],
  description:
    'Keep the volunteers of a charity or event, the shifts that need people and who signed up for which shift, with hours given.',
  collections: [
    collection(
      'volunteer',
      'Volunteer',
      'Volunteers',
      [
        text('name', 'Name', { required: true }),
        email('email', 'Email'),
        phone('phone', 'Phone'),
        tags('skills', 'Skills', { options: ['Driving', 'Cooking', 'First aid', 'Languages', 'Lifting'] }),
        bool('backgroundCheck', 'Background check done', { default: false }),
        computed(
          'hoursGiven',
          'Hours given',
          'number',
          rollup('signup', 'sum', { field: 'hours', via: 'volunteer', where: $('attended') }),
          { unit: 'h' },
        ),
      ],
      {
        samples: [
          {
            name: 'Priya Nair',
            email: 'priya@example.com',
            skills: ['Driving', 'First aid'],
            backgroundCheck: true,
          },
          { name: 'Owen Hart', email: 'owen@example.com', skills: ['Cooking'], backgroundCheck: false },
        ],
      },
    ),
    collection(
      'shift',
      'Shift',
      'Shifts',
      [
        text('title', 'Shift', { required: true }),
        date('date', 'Date', { required: true }),
        text('location', 'Location'),
        num('hours', 'Length', { min: 0.5, max: 12, unit: 'h' }),
        num('needed', 'People needed', { min: 1, default: 2 }),
        computed('signedUp', 'Signed up', 'number', rollup('signup', 'count', { via: 'shift' })),
      ],
      {
        samples: [
          {
            title: 'Saturday food sorting',
            date: '2026-12-05',
            location: 'Warehouse',
            hours: 3,
            needed: 6,
          },
          { title: 'Delivery round', date: '2026-12-07', location: 'North route', hours: 2, needed: 2 },
        ],
      },
    ),
    collection(
      'signup',
      'Sign-up',
      'Sign-ups',
      [
        ref('volunteer', 'Volunteer', 'volunteer', { required: true }),
        ref('shift', 'Shift', 'shift', { required: true }),
        bool('attended', 'Attended', { default: false }),
        computed('hours', 'Hours', 'number', lookup('shift', 'hours'), { unit: 'h' }),
      ],
      {
        titleField: 'volunteer',
        samples: [
          { volunteer: 'Priya Nair', shift: 'Delivery round', attended: false },
          { volunteer: 'Owen Hart', shift: 'Saturday food sorting', attended: true },
        ],
      },
    ),
  ],
  aliases: {
    volunteer: ['volunteer', 'helper'],
    shift: ['shift', 'slot', 'session'],
    signup: ['sign-up', 'signup', 'assignment'],
  },
  core: ['volunteer', 'shift', 'signup'],
  pages: [
    page(
      'overview',
      'Overview',
      stats(
        count('Volunteers', 'volunteer'),
        count('Upcoming shifts', 'shift', { where: gte($('date'), today) }),
        total('Hours given', 'signup', 'hours', { where: $('attended'), unit: 'h' }),
      ),
    ),
    page('shifts', 'Shifts', calendar('shift', 'date')),
    page(
      'volunteers',
      'Volunteers',
      cards('volunteer', { search: true, filters: ['skills', 'backgroundCheck'] }),
    ),
    page(
      'signups',
      'Sign-ups',
      table('signup', {
        filters: ['shift', 'attended'],
        actions: [{ label: 'Mark attended', set: { attended: true } }],
      }),
    ),
  ],
};
