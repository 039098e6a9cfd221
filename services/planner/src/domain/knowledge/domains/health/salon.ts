import {
  $,
  asc,
  calendar,
  cards,
  choice,
  collection,
  computed,
  count,
  date,
  email,
  eq,
  longtext,
  lookup,
  money,
  num,
  page,
  phone,
  ref,
  rollup,
  stats,
  table,
  text,
  time,
  total,
  val,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const salon: DomainEntry = {
  id: 'salon',
  name: 'Salon and spa',
  kind: 'data',
  synonyms: [
    'salon',
    'hair salon',
    'beauty salon',
    'spa',
    'barber shop',
    'barbershop',
    'nail salon',
    'massage appointments',
    'salon bookings',
    'beauty treatments',
    'stylist appointments',
  ],
  description:
    'Book clients in for treatments with a stylist or therapist, with the price and length of each service and the day\u2019s takings.',
  collections: [
    collection(
      'client',
      'Client',
      'Clients',
      [
        text('name', 'Name', { required: true }),
        phone('phone', 'Phone'),
        email('email', 'Email'),
        longtext('preferences', 'Preferences and allergies'),
        computed('visits', 'Visits', 'number', rollup('appointment', 'count', { via: 'client' })),
      ],
      {
        samples: [
          { name: 'Rosie Clarke', phone: '555-0180', preferences: 'Sensitive scalp' },
          { name: 'Imran Shah', phone: '555-0181' },
        ],
      },
    ),
    collection(
      'service',
      'Service',
      'Services',
      [
        text('name', 'Service', { required: true }),
        choice('category', 'Category', ['Hair', 'Nails', 'Massage', 'Skin', 'Barber']),
        num('duration', 'Length', { min: 5, max: 300, unit: 'min' }),
        money('price', 'Price', { required: true, min: 0 }),
      ],
      {
        samples: [
          { name: 'Cut and blow-dry', category: 'Hair', duration: 60, price: 45 },
          { name: 'Beard trim', category: 'Barber', duration: 20, price: 15 },
          { name: 'Deep tissue massage', category: 'Massage', duration: 50, price: 60 },
        ],
      },
    ),
    collection(
      'appointment',
      'Appointment',
      'Appointments',
      [
        ref('client', 'Client', 'client', { required: true }),
        ref('service', 'Service', 'service', { required: true }),
        text('stylist', 'Stylist'),
        date('date', 'Date', { required: true }),
        time('time', 'Time', { required: true }),
        choice('status', 'Status', ['Booked', 'Done', 'No-show', 'Cancelled'], { default: 'Booked' }),
        computed('price', 'Price', 'money', lookup('service', 'price')),
      ],
      {
        titleField: 'client',
        samples: [
          {
            client: 'Rosie Clarke',
            service: 'Cut and blow-dry',
            stylist: 'Bea',
            date: '2026-12-04',
            time: '11:00',
            status: 'Booked',
          },
          {
            client: 'Imran Shah',
            service: 'Beard trim',
            stylist: 'Kai',
            date: '2026-12-01',
            time: '17:40',
            status: 'Done',
          },
        ],
      },
    ),
  ],
  aliases: {
    client: ['client', 'customer', 'guest'],
    service: ['service', 'treatment'],
    appointment: ['appointment', 'booking', 'slot'],
  },
  core: ['client', 'service', 'appointment'],
  pages: [
    page(
      'diary',
      'Diary',
      stats(
        count('Booked today', 'appointment', { period: { field: 'date', within: 'today' } }),
        total('Takings this week', 'appointment', 'price', {
          where: eq($('status'), val('Done')),
          period: { field: 'date', within: 'week' },
        }),
      ),
      calendar('appointment', 'date', {
        filters: ['service', 'status'],
        actions: [{ label: 'Done', set: { status: 'Done' } }],
      }),
    ),
    page('clients', 'Clients', cards('client', { search: true, sort: asc('name') })),
    page('services', 'Services', table('service', { filters: ['category'], sort: asc('category') })),
  ],
};
