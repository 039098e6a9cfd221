import {
  $,
  asc,
  board,
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
  money,
  page,
  phone,
  ref,
  rollup,
  stats,
  table,
  tags,
  text,
  time,
  total,
  val,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const fieldService: DomainEntry = {
  id: 'field-service',
  name: 'Field service jobs',
  kind: 'data',
  synonyms: [
    'field service',
    'cleaning business',
    'plumber jobs',
    'electrician jobs',
    'handyman business',
    'job scheduling',
    'service calls',
    'technician dispatch',
    'home services business',
    'gardening business',
    'window cleaning round',
  ],
  description:
    'Schedule jobs at customers\u2019 addresses for technicians or cleaners, track them from booked to paid, with the price of each job.',
  collections: [
    collection(
      'customer',
      'Customer',
      'Customers',
      [
        text('name', 'Name', { required: true }),
        text('address', 'Address', { required: true }),
        phone('phone', 'Phone'),
        email('email', 'Email'),
        longtext('accessNotes', 'Access notes'),
      ],
      {
        samples: [
          {
            name: 'Mrs Patel',
            address: '22 Birch Road',
            phone: '555-0155',
            accessNotes: 'Key under the blue pot',
          },
          {
            name: 'Riverside Dental',
            address: '3 Quay Street',
            phone: '555-0156',
            email: 'office@riverside.example',
          },
        ],
      },
    ),
    collection(
      'technician',
      'Technician',
      'Technicians',
      [
        text('name', 'Name', { required: true }),
        phone('phone', 'Phone'),
        tags('skills', 'Skills', {
          options: ['Plumbing', 'Electrical', 'Cleaning', 'Gardening', 'Heating'],
        }),
        computed(
          'jobsThisWeek',
          'Jobs this week',
          'number',
          rollup('job', 'count', { via: 'technician', period: { field: 'date', within: 'week' } }),
        ),
      ],
      {
        samples: [
          { name: 'Luca Romano', phone: '555-0157', skills: ['Plumbing', 'Heating'] },
          { name: 'Beth Nolan', phone: '555-0158', skills: ['Cleaning'] },
        ],
      },
    ),
    collection(
      'job',
      'Job',
      'Jobs',
      [
        text('title', 'Job', { required: true }),
        ref('customer', 'Customer', 'customer', { required: true }),
        ref('technician', 'Technician', 'technician'),
        date('date', 'Date', { required: true }),
        time('time', 'Time'),
        choice('status', 'Status', ['Booked', 'On the way', 'Done', 'Invoiced', 'Paid'], {
          default: 'Booked',
        }),
        money('price', 'Price', { min: 0 }),
        longtext('notes', 'Notes'),
      ],
      {
        samples: [
          {
            title: 'Fix leaking tap',
            customer: 'Mrs Patel',
            technician: 'Luca Romano',
            date: '2026-12-03',
            time: '09:00',
            status: 'Booked',
            price: 75,
          },
          {
            title: 'Weekly office clean',
            customer: 'Riverside Dental',
            technician: 'Beth Nolan',
            date: '2026-12-01',
            time: '18:00',
            status: 'Done',
            price: 120,
          },
        ],
      },
    ),
  ],
  aliases: {
    customer: ['customer', 'client', 'household', 'site'],
    technician: ['technician', 'cleaner', 'engineer', 'worker', 'crew'],
    job: ['job', 'visit', 'work order', 'call-out', 'appointment'],
  },
  core: ['customer', 'technician', 'job'],
  pages: [
    page(
      'today',
      'Today',
      stats(
        count('Jobs today', 'job', { period: { field: 'date', within: 'today' } }),
        total('Done, not invoiced', 'job', 'price', { where: eq($('status'), val('Done')) }),
        total('Paid this month', 'job', 'price', {
          where: eq($('status'), val('Paid')),
          period: { field: 'date', within: 'month' },
        }),
      ),
      board('job', 'status', {
        filters: ['technician'],
        actions: [
          { label: 'Done', set: { status: 'Done' } },
          { label: 'Paid', set: { status: 'Paid' } },
        ],
      }),
    ),
    page('schedule', 'Schedule', calendar('job', 'date', { filters: ['technician', 'status'] })),
    page('customers', 'Customers', table('customer', { search: true, sort: asc('name') })),
    page('technicians', 'Technicians', cards('technician', { filters: ['skills'] })),
  ],
};
