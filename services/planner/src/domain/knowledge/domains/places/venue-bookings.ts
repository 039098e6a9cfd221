import {
  $,
  board,
  bool,
  calendar,
  choice,
  collection,
  computed,
  count,
  date,
  email,
  eq,
  gallery,
  image,
  lookup,
  money,
  mul,
  not,
  num,
  page,
  ref,
  stats,
  tags,
  text,
  total,
  val,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const venueBookings: DomainEntry = {
  id: 'venue-bookings',
  name: 'Venue bookings',
  kind: 'data',
  synonyms: [
    'venue bookings',
    'event venue',
    'venue hire',
    'room hire',
    'hall bookings',
    'meeting room booking',
    'village hall',
    'function room',
    'space rental',
    'conference room booking',
  ],
  description:
    'Hire out rooms and halls by the hour: spaces with capacity and an hourly price, bookings with times, deposit and confirmed status.',
  collections: [
    collection(
      'space',
      'Space',
      'Spaces',
      [
        text('name', 'Space', { required: true }),
        num('capacity', 'Capacity', { min: 1, unit: 'people' }),
        money('hourlyRate', 'Hourly rate', { required: true, min: 0 }),
        tags('amenities', 'Amenities', {
          options: ['Projector', 'Kitchen', 'Stage', 'Step-free', 'Parking'],
        }),
        image('photo', 'Photo'),
      ],
      {
        samples: [
          {
            name: 'Main hall',
            capacity: 150,
            hourlyRate: 60,
            amenities: ['Stage', 'Kitchen', 'Step-free'],
          },
          { name: 'Garden room', capacity: 30, hourlyRate: 25, amenities: ['Projector'] },
        ],
      },
    ),
    collection(
      'booking',
      'Booking',
      'Bookings',
      [
        text('eventName', 'Event', { required: true }),
        ref('space', 'Space', 'space', { required: true }),
        text('bookedBy', 'Booked by', { required: true }),
        email('email', 'Email'),
        date('date', 'Date', { required: true }),
        num('hours', 'Hours', { required: true, min: 1, max: 24, unit: 'h' }),
        choice('status', 'Status', ['Enquiry', 'Provisional', 'Confirmed', 'Cancelled'], {
          default: 'Enquiry',
        }),
        bool('depositPaid', 'Deposit paid', { default: false }),
        computed('price', 'Price', 'money', mul($('hours'), lookup('space', 'hourlyRate'))),
      ],
      {
        samples: [
          {
            eventName: 'Yoga for seniors',
            space: 'Garden room',
            bookedBy: 'Pat Hughes',
            date: '2026-12-08',
            hours: 2,
            status: 'Confirmed',
            depositPaid: true,
          },
          {
            eventName: '40th birthday party',
            space: 'Main hall',
            bookedBy: 'Leila Haddad',
            email: 'leila@example.com',
            date: '2026-12-19',
            hours: 5,
            status: 'Provisional',
            depositPaid: false,
          },
        ],
      },
    ),
  ],
  aliases: {
    space: ['space', 'room', 'hall', 'venue'],
    booking: ['booking', 'hire', 'reservation', 'event'],
  },
  core: ['space', 'booking'],
  pages: [
    page(
      'calendar',
      'Calendar',
      stats(
        count('Bookings this month', 'booking', { period: { field: 'date', within: 'month' } }),
        total('Booked revenue', 'booking', 'price', { where: eq($('status'), val('Confirmed')) }),
        count('Deposits outstanding', 'booking', { where: not($('depositPaid')) }),
      ),
      calendar('booking', 'date', {
        filters: ['space', 'status'],
        actions: [
          { label: 'Confirm', set: { status: 'Confirmed' } },
          { label: 'Deposit paid', set: { depositPaid: true } },
        ],
      }),
    ),
    page('enquiries', 'Enquiries', board('booking', 'status', { filters: ['space'] })),
    page('spaces', 'Spaces', gallery('space', 'photo')),
  ],
};
