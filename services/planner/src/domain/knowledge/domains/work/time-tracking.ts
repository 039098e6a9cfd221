import {
  $,
  asc,
  bool,
  cards,
  chart,
  collection,
  computed,
  date,
  desc,
  email,
  iff,
  lookup,
  money,
  mul,
  num,
  page,
  ref,
  rollup,
  stats,
  sub,
  table,
  text,
  total,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const timeTracking: DomainEntry = {
  id: 'time-tracking',
  name: 'Time tracking',
  kind: 'data',
  synonyms: [
    'time tracking',
    'timesheet',
    'timesheets',
    'billable hours',
    'hours worked',
    'time log',
    'track my hours',
    'freelance hours',
    'toggl',
    'work hours',
    'time entries',
  ],
  description:
    'Log hours worked per client and project, mark them billable, and see hours and amounts to bill this week and month.',
  collections: [
    collection(
      'client',
      'Client',
      'Clients',
      [
        text('name', 'Client', { required: true }),
        email('email', 'Email'),
        money('hourlyRate', 'Hourly rate', { min: 0 }),
        computed(
          'hoursThisMonth',
          'Hours this month',
          'number',
          rollup('timeEntry', 'sum', {
            field: 'hours',
            via: 'client',
            period: { field: 'date', within: 'month' },
          }),
          { unit: 'h' },
        ),
      ],
      {
        samples: [
          { name: 'Northwind Books', email: 'ops@northwind.example', hourlyRate: 70 },
          { name: 'Pine & Co', email: 'hello@pine.example', hourlyRate: 85 },
        ],
      },
    ),
    collection(
      'project',
      'Project',
      'Projects',
      [
        text('name', 'Project', { required: true }),
        ref('client', 'Client', 'client', { required: true }),
        num('budgetHours', 'Budget', { min: 0, unit: 'h' }),
        computed(
          'hoursLogged',
          'Logged',
          'number',
          rollup('timeEntry', 'sum', { field: 'hours', via: 'project' }),
          { unit: 'h' },
        ),
        computed(
          'hoursLeft',
          'Hours left',
          'number',
          sub($('budgetHours'), rollup('timeEntry', 'sum', { field: 'hours', via: 'project' })),
          { unit: 'h' },
        ),
      ],
      {
        samples: [
          { name: 'Catalogue app', client: 'Northwind Books', budgetHours: 80 },
          { name: 'Brand refresh', client: 'Pine & Co', budgetHours: 30 },
        ],
      },
    ),
    collection(
      'timeEntry',
      'Time entry',
      'Time entries',
      [
        text('description', 'What I did', { required: true }),
        ref('client', 'Client', 'client', { required: true }),
        ref('project', 'Project', 'project'),
        date('date', 'Date', { required: true, default: 'today' }),
        num('hours', 'Hours', { required: true, min: 0.25, max: 24, unit: 'h' }),
        bool('billable', 'Billable', { default: true }),
        computed(
          'amount',
          'Amount',
          'money',
          iff($('billable'), mul($('hours'), lookup('client', 'hourlyRate')), 0),
        ),
      ],
      {
        samples: [
          {
            description: 'Search page',
            client: 'Northwind Books',
            project: 'Catalogue app',
            date: '2026-11-30',
            hours: 3.5,
            billable: true,
          },
          {
            description: 'Logo sketches',
            client: 'Pine & Co',
            project: 'Brand refresh',
            date: '2026-12-01',
            hours: 2,
            billable: true,
          },
          {
            description: 'Call about scope',
            client: 'Northwind Books',
            project: 'Catalogue app',
            date: '2026-12-01',
            hours: 0.5,
            billable: false,
          },
        ],
      },
    ),
  ],
  aliases: {
    client: ['client', 'customer'],
    project: ['project', 'job'],
    timeEntry: ['time entry', 'entry', 'timesheet entry', 'log', 'session'],
  },
  core: ['client', 'project', 'timeEntry'],
  pages: [
    page(
      'week',
      'This week',
      stats(
        total('Hours this week', 'timeEntry', 'hours', {
          period: { field: 'date', within: 'week' },
          unit: 'h',
        }),
        total('Hours this month', 'timeEntry', 'hours', {
          period: { field: 'date', within: 'month' },
          unit: 'h',
        }),
        total('To bill this month', 'timeEntry', 'amount', { period: { field: 'date', within: 'month' } }),
      ),
      chart('Hours by client', 'timeEntry', 'bar', 'sum', 'client', 'hours'),
    ),
    page(
      'entries',
      'Time entries',
      table('timeEntry', {
        filters: ['client', 'project', 'billable'],
        sort: desc('date'),
        totals: ['hours', 'amount'],
        exportCsv: true,
      }),
    ),
    page('projects', 'Projects', table('project', { filters: ['client'] })),
    page('clients', 'Clients', cards('client', { sort: asc('name') })),
  ],
};
