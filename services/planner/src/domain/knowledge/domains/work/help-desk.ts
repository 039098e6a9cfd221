import {
  $,
  and,
  asc,
  board,
  chart,
  choice,
  collection,
  computed,
  count,
  date,
  daysBetween,
  desc,
  email,
  eq,
  longtext,
  ne,
  page,
  ref,
  rollup,
  stats,
  table,
  text,
  today,
  val,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const helpDesk: DomainEntry = {
  id: 'help-desk',
  name: 'Help desk',
  kind: 'data',
  synonyms: [
    'help desk',
    'helpdesk',
    'support tickets',
    'customer support',
    'service desk',
    'it support',
    'ticketing system',
    'support queue',
    'zendesk',
    'customer complaints',
    'support requests',
  ],
  description:
    'Take in support tickets from customers, assign them to agents, answer by priority and keep to a response-time target.',
  collections: [
    collection(
      'ticket',
      'Ticket',
      'Tickets',
      [
        text('subject', 'Subject', { required: true }),
        ref('requester', 'Requester', 'requester', { required: true }),
        choice('status', 'Status', ['New', 'Open', 'Waiting on customer', 'Solved', 'Closed'], {
          default: 'New',
        }),
        choice('priority', 'Priority', ['Low', 'Normal', 'High', 'Urgent'], { default: 'Normal' }),
        choice('channel', 'Channel', ['Email', 'Phone', 'Chat', 'Web form']),
        text('agent', 'Agent'),
        date('openedOn', 'Opened on', { default: 'today' }),
        longtext('description', 'Description'),
        computed('ageDays', 'Days open', 'number', daysBetween($('openedOn'), today), { unit: 'days' }),
      ],
      {
        samples: [
          {
            subject: 'Cannot download my invoice',
            requester: 'Helen Brooks',
            status: 'Open',
            priority: 'High',
            channel: 'Email',
            agent: 'Ravi',
            openedOn: '2026-11-29',
          },
          {
            subject: 'How do I change my plan?',
            requester: 'Tariq Aziz',
            status: 'New',
            priority: 'Normal',
            channel: 'Chat',
            openedOn: '2026-12-01',
          },
        ],
      },
    ),
    collection(
      'requester',
      'Customer',
      'Customers',
      [
        text('name', 'Name', { required: true }),
        email('email', 'Email', { required: true }),
        text('organisation', 'Organisation'),
        choice('plan', 'Plan', ['Free', 'Pro', 'Enterprise']),
        computed('tickets', 'Tickets', 'number', rollup('ticket', 'count', { via: 'requester' })),
      ],
      {
        samples: [
          { name: 'Helen Brooks', email: 'helen@example.com', organisation: 'Brooks & Co', plan: 'Pro' },
          { name: 'Tariq Aziz', email: 'tariq@example.com', plan: 'Free' },
        ],
      },
    ),
  ],
  aliases: {
    ticket: ['ticket', 'request', 'case', 'complaint', 'support request'],
    requester: ['customer', 'requester', 'user', 'caller'],
  },
  core: ['ticket', 'requester'],
  pages: [
    page(
      'queue',
      'Queue',
      stats(
        count('Unsolved', 'ticket', {
          where: and(ne($('status'), val('Solved')), ne($('status'), val('Closed'))),
        }),
        count('Urgent', 'ticket', { where: eq($('priority'), val('Urgent')) }),
        count('Opened today', 'ticket', { period: { field: 'openedOn', within: 'today' } }),
      ),
      board('ticket', 'status', {
        search: true,
        filters: ['priority', 'channel'],
        live: true,
        actions: [{ label: 'Solve', set: { status: 'Solved' } }],
      }),
    ),
    page(
      'tickets',
      'All tickets',
      table('ticket', {
        search: true,
        filters: ['status', 'priority', 'requester'],
        sort: desc('openedOn'),
      }),
    ),
    page(
      'customers',
      'Customers',
      table('requester', { search: true, filters: ['plan'], sort: asc('name') }),
    ),
    page(
      'reports',
      'Reports',
      chart('Tickets by channel', 'ticket', 'pie', 'count', 'channel'),
      chart('Tickets by month', 'ticket', 'line', 'count', 'openedOn'),
    ),
  ],
};
