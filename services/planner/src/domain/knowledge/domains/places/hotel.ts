import {
  $,
  asc,
  calendar,
  choice,
  collection,
  computed,
  count,
  date,
  daysBetween,
  email,
  eq,
  gt,
  longtext,
  lookup,
  money,
  mul,
  num,
  page,
  phone,
  ref,
  rule,
  stats,
  table,
  text,
  val,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const hotel: DomainEntry = {
  id: 'hotel',
  name: 'Hotel',
  kind: 'data',
  synonyms: [
    'hotel',
    'hotel management',
    'room bookings',
    'b&b',
    'bed and breakfast',
    'guest house',
    'hostel',
    'front desk',
    'room reservations',
    'check-in and check-out',
    'inn',
    'motel',
  ],
  description:
    'Keep a hotel\u2019s rooms, guests and reservations with arrival and departure dates, nights, the bill and who checks in today.',
  collections: [
    collection(
      'room',
      'Room',
      'Rooms',
      [
        text('number', 'Room', { required: true }),
        choice('type', 'Type', ['Single', 'Double', 'Twin', 'Family', 'Suite'], { required: true }),
        money('rate', 'Rate per night', { required: true, min: 0 }),
        num('sleeps', 'Sleeps', { min: 1, max: 8 }),
        choice('housekeeping', 'Housekeeping', ['Clean', 'Needs cleaning', 'Out of order'], {
          default: 'Clean',
        }),
      ],
      {
        samples: [
          { number: '101', type: 'Double', rate: 95, sleeps: 2, housekeeping: 'Clean' },
          { number: '102', type: 'Twin', rate: 90, sleeps: 2, housekeeping: 'Needs cleaning' },
          { number: '201', type: 'Suite', rate: 180, sleeps: 4, housekeeping: 'Clean' },
        ],
      },
    ),
    collection(
      'guest',
      'Guest',
      'Guests',
      [
        text('name', 'Name', { required: true }),
        email('email', 'Email'),
        phone('phone', 'Phone'),
        text('country', 'Country'),
        longtext('notes', 'Notes'),
      ],
      {
        samples: [
          { name: 'Marie Dubois', email: 'marie@example.com', country: 'France' },
          { name: 'Kwame Asante', email: 'kwame@example.com', country: 'Ghana', notes: 'Late arrival' },
        ],
      },
    ),
    collection(
      'reservation',
      'Reservation',
      'Reservations',
      [
        ref('guest', 'Guest', 'guest', { required: true }),
        ref('room', 'Room', 'room', { required: true }),
        date('arrival', 'Arrival', { required: true, default: 'today' }),
        // A day after today, so a new reservation keeps its rule before anyone edits it.
        date('departure', 'Departure', { required: true, default: 'today+1' }),
        num('guests', 'Guests', { min: 1, max: 8, default: 2 }),
        choice('status', 'Status', ['Booked', 'Checked in', 'Checked out', 'Cancelled'], {
          default: 'Booked',
        }),
        computed('nights', 'Nights', 'number', daysBetween($('arrival'), $('departure'))),
        computed(
          'bill',
          'Bill',
          'money',
          mul(daysBetween($('arrival'), $('departure')), lookup('room', 'rate')),
        ),
      ],
      {
        titleField: 'guest',
        rules: [rule(gt($('departure'), $('arrival')), 'Departure must be at least one night after arrival')],
        samples: [
          {
            guest: 'Marie Dubois',
            room: '101',
            arrival: '2026-12-01',
            departure: '2026-12-04',
            guests: 2,
            status: 'Checked in',
          },
          {
            guest: 'Kwame Asante',
            room: '201',
            arrival: '2026-12-18',
            departure: '2026-12-22',
            guests: 3,
            status: 'Booked',
          },
        ],
      },
    ),
  ],
  aliases: {
    room: ['room', 'suite', 'unit'],
    guest: ['guest', 'visitor', 'customer'],
    reservation: ['reservation', 'booking', 'stay'],
  },
  core: ['room', 'guest', 'reservation'],
  pages: [
    page(
      'front-desk',
      'Front desk',
      stats(
        count('Arrivals today', 'reservation', { period: { field: 'arrival', within: 'today' } }),
        count('Departures today', 'reservation', { period: { field: 'departure', within: 'today' } }),
        count('In house', 'reservation', { where: eq($('status'), val('Checked in')) }),
        count('Rooms to clean', 'room', { where: eq($('housekeeping'), val('Needs cleaning')) }),
      ),
      table('reservation', {
        title: 'Reservations',
        filters: ['status', 'room'],
        sort: asc('arrival'),
        actions: [
          { label: 'Check in', set: { status: 'Checked in' } },
          { label: 'Check out', set: { status: 'Checked out' } },
        ],
      }),
    ),
    page('calendar', 'Calendar', calendar('reservation', 'arrival', { form: false })),
    page(
      'rooms',
      'Rooms',
      table('room', {
        filters: ['type', 'housekeeping'],
        sort: asc('number'),
        actions: [{ label: 'Cleaned', set: { housekeeping: 'Clean' } }],
      }),
    ),
    page('guests', 'Guests', table('guest', { search: true, sort: asc('name') })),
  ],
};
