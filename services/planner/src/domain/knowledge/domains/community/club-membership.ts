import {
  $,
  asc,
  chart,
  choice,
  collection,
  computed,
  count,
  date,
  desc,
  email,
  lt,
  money,
  page,
  phone,
  ref,
  rollup,
  stats,
  table,
  text,
  today,
  total,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const clubMembership: DomainEntry = {
  id: 'club-membership',
  name: 'Club membership',
  kind: 'data',
  synonyms: [
    'club membership',
    'membership dues',
    'club members',
    'society members',
    'membership fees',
    'annual dues',
    'member renewals',
    'association members',
    'chess club',
    'hiking club',
    'membership list',
  ],
  description:
    'Keep a club\u2019s members, their membership type and renewal date, and the dues they paid this year.',
  collections: [
    collection(
      'member',
      'Member',
      'Members',
      [
        text('name', 'Name', { required: true }),
        email('email', 'Email'),
        phone('phone', 'Phone'),
        choice('membershipType', 'Membership', ['Standard', 'Student', 'Family', 'Honorary'], {
          default: 'Standard',
        }),
        date('joined', 'Joined', { default: 'today' }),
        date('renewalDate', 'Renewal date'),
        computed('lapsed', 'Lapsed', 'boolean', lt($('renewalDate'), today)),
        computed(
          'paidThisYear',
          'Paid this year',
          'money',
          rollup('due', 'sum', {
            field: 'amount',
            via: 'member',
            period: { field: 'paidOn', within: 'year' },
          }),
        ),
      ],
      {
        samples: [
          {
            name: 'Hana Kowalski',
            email: 'hana@example.com',
            membershipType: 'Family',
            joined: '2023-04-01',
            renewalDate: '2027-04-01',
          },
          {
            name: 'Felix Moreau',
            email: 'felix@example.com',
            membershipType: 'Student',
            joined: '2025-10-12',
            renewalDate: '2026-10-12',
          },
          {
            name: 'Grace Obi',
            email: 'grace@example.com',
            membershipType: 'Standard',
            joined: '2026-02-20',
            renewalDate: '2027-02-20',
          },
        ],
      },
    ),
    collection(
      'due',
      'Payment',
      'Dues',
      [
        ref('member', 'Member', 'member', { required: true }),
        money('amount', 'Amount', { required: true, min: 0 }),
        date('paidOn', 'Paid on', { required: true, default: 'today' }),
        choice('method', 'Method', ['Cash', 'Card', 'Bank transfer']),
        text('note', 'Note'),
      ],
      {
        titleField: 'member',
        samples: [
          { member: 'Hana Kowalski', amount: 90, paidOn: '2026-04-02', method: 'Bank transfer' },
          { member: 'Grace Obi', amount: 45, paidOn: '2026-02-20', method: 'Card' },
        ],
      },
    ),
  ],
  aliases: {
    member: ['member', 'subscriber', 'associate'],
    due: ['due', 'payment', 'fee', 'subscription'],
  },
  core: ['member', 'due'],
  pages: [
    page(
      'overview',
      'Overview',
      stats(
        count('Members', 'member'),
        count('Lapsed', 'member', { where: lt($('renewalDate'), today) }),
        total('Dues this year', 'due', 'amount', { period: { field: 'paidOn', within: 'year' } }),
      ),
      chart('Members by type', 'member', 'pie', 'count', 'membershipType'),
    ),
    page(
      'members',
      'Members',
      table('member', { search: true, filters: ['membershipType'], sort: asc('name'), exportCsv: true }),
    ),
    page(
      'dues',
      'Dues',
      table('due', { filters: ['member', 'method'], sort: desc('paidOn'), totals: ['amount'] }),
    ),
  ],
};
