import {
  bool,
  calendar,
  cards,
  choice,
  collection,
  computed,
  count,
  date,
  email,
  money,
  num,
  page,
  ref,
  rollup,
  stats,
  table,
  tags,
  text,
  total,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const coworking: DomainEntry = {
  id: 'coworking',
  name: 'Coworking space',
  kind: 'data',
  synonyms: [
    'coworking',
    'coworking space',
    'shared office',
    'hot desks',
    'desk booking',
    'desk reservations',
    'office space members',
    'flexible workspace',
    'hot desking',
    'workspace bookings',
  ],
  description:
    'Run a shared workspace: members on plans, desks and meeting rooms, and who booked which desk or room on which day.',
  collections: [
    collection(
      'member',
      'Member',
      'Members',
      [
        text('name', 'Name', { required: true }),
        text('company', 'Company'),
        email('email', 'Email'),
        choice('plan', 'Plan', ['Day pass', 'Part-time', 'Full-time', 'Private office'], {
          default: 'Part-time',
        }),
        money('monthlyFee', 'Monthly fee', { min: 0 }),
        computed(
          'bookingsThisMonth',
          'Bookings this month',
          'number',
          rollup('deskBooking', 'count', { via: 'member', period: { field: 'date', within: 'month' } }),
        ),
      ],
      {
        samples: [
          {
            name: 'Tess Hall',
            company: 'Hall Design',
            email: 'tess@example.com',
            plan: 'Full-time',
            monthlyFee: 280,
          },
          { name: 'Omar Said', email: 'omar@example.com', plan: 'Part-time', monthlyFee: 150 },
        ],
      },
    ),
    collection(
      'desk',
      'Desk or room',
      'Desks and rooms',
      [
        text('name', 'Name', { required: true }),
        choice('kind', 'Kind', ['Hot desk', 'Fixed desk', 'Meeting room', 'Phone booth']),
        num('seats', 'Seats', { min: 1, max: 30, default: 1 }),
        tags('features', 'Features', {
          options: ['Monitor', 'Standing', 'Window', 'Screen', 'Whiteboard'],
        }),
      ],
      {
        samples: [
          { name: 'Desk 4', kind: 'Hot desk', seats: 1, features: ['Monitor', 'Window'] },
          { name: 'Oak room', kind: 'Meeting room', seats: 8, features: ['Screen', 'Whiteboard'] },
        ],
      },
    ),
    collection(
      'deskBooking',
      'Booking',
      'Bookings',
      [
        ref('member', 'Member', 'member', { required: true }),
        ref('desk', 'Desk or room', 'desk', { required: true }),
        date('date', 'Date', { required: true }),
        choice('slot', 'Time', ['Morning', 'Afternoon', 'All day'], { default: 'All day' }),
        bool('checkedIn', 'Checked in', { default: false }),
      ],
      {
        titleField: 'desk',
        samples: [
          { member: 'Tess Hall', desk: 'Desk 4', date: '2026-12-03', slot: 'All day', checkedIn: false },
          {
            member: 'Omar Said',
            desk: 'Oak room',
            date: '2026-12-03',
            slot: 'Afternoon',
            checkedIn: false,
          },
        ],
      },
    ),
  ],
  aliases: {
    member: ['member', 'coworker', 'tenant'],
    desk: ['desk', 'meeting room', 'room', 'booth', 'space'],
    deskBooking: ['booking', 'reservation'],
  },
  core: ['member', 'desk', 'deskBooking'],
  pages: [
    page(
      'today',
      'Today',
      stats(
        count('Booked today', 'deskBooking', { period: { field: 'date', within: 'today' } }),
        count('Members', 'member'),
        total('Monthly income', 'member', 'monthlyFee'),
      ),
      calendar('deskBooking', 'date', {
        filters: ['desk', 'member'],
        actions: [{ label: 'Check in', set: { checkedIn: true } }],
      }),
    ),
    page('members', 'Members', table('member', { search: true, filters: ['plan'], totals: ['monthlyFee'] })),
    page('spaces', 'Desks and rooms', cards('desk', { filters: ['kind', 'features'] })),
  ],
};
