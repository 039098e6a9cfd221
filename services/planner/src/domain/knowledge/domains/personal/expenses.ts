import {
  $,
  board,
  bool,
  chart,
  choice,
  collection,
  computed,
  date,
  desc,
  money,
  ne,
  page,
  ref,
  rollup,
  stats,
  table,
  text,
  total,
  url,
  val,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const expenses: DomainEntry = {
  id: 'expenses',
  name: 'Expense tracker',
  kind: 'data',
  synonyms: [
    'expenses',
    'expense tracker',
    'expense report',
    'business expenses',
    'receipts',
    'reimbursements',
    'expense claims',
    'work expenses',
    'petty cash',
    'mileage claims',
    'travel expenses',
  ],
  description:
    'Record expenses with receipts and categories, claim them back on expense reports and see spending by category and month.',
  collections: [
    collection(
      'expense',
      'Expense',
      'Expenses',
      [
        text('description', 'Description', { required: true }),
        date('date', 'Date', { required: true, default: 'today' }),
        money('amount', 'Amount', { required: true, min: 0 }),
        choice(
          'category',
          'Category',
          ['Travel', 'Meals', 'Lodging', 'Office supplies', 'Software', 'Other'],
          { required: true },
        ),
        text('merchant', 'Merchant'),
        url('receipt', 'Receipt link'),
        ref('report', 'Expense report', 'report'),
        bool('reimbursable', 'Reimbursable', { default: true }),
      ],
      {
        samples: [
          {
            description: 'Train to client site',
            date: '2026-11-18',
            amount: 64.2,
            category: 'Travel',
            merchant: 'Rail Co',
            report: 'November claims',
            reimbursable: true,
          },
          {
            description: 'Team lunch',
            date: '2026-11-21',
            amount: 48,
            category: 'Meals',
            merchant: 'Green Bowl',
            report: 'November claims',
            reimbursable: true,
          },
          {
            description: 'Design app subscription',
            date: '2026-12-01',
            amount: 12,
            category: 'Software',
            reimbursable: false,
          },
        ],
      },
    ),
    collection(
      'report',
      'Expense report',
      'Expense reports',
      [
        text('title', 'Report', { required: true }),
        choice('status', 'Status', ['Draft', 'Submitted', 'Approved', 'Paid'], { default: 'Draft' }),
        date('submittedOn', 'Submitted on'),
        computed(
          'total',
          'Total',
          'money',
          rollup('expense', 'sum', { field: 'amount', via: 'report', where: $('reimbursable') }),
        ),
      ],
      {
        samples: [
          { title: 'November claims', status: 'Submitted', submittedOn: '2026-11-30' },
          { title: 'December claims', status: 'Draft' },
        ],
      },
    ),
  ],
  aliases: {
    expense: ['expense', 'receipt', 'cost', 'purchase', 'claim'],
    report: ['expense report', 'report', 'claim form'],
  },
  core: ['expense', 'report'],
  pages: [
    page(
      'overview',
      'Overview',
      stats(
        total('This month', 'expense', 'amount', { period: { field: 'date', within: 'month' } }),
        total('This year', 'expense', 'amount', { period: { field: 'date', within: 'year' } }),
        total('Waiting to be paid back', 'report', 'total', { where: ne($('status'), val('Paid')) }),
      ),
      chart('By category', 'expense', 'pie', 'sum', 'category', 'amount'),
      chart('By month', 'expense', 'bar', 'sum', 'date', 'amount'),
    ),
    page(
      'expenses',
      'Expenses',
      table('expense', {
        search: true,
        filters: ['category', 'report', 'reimbursable'],
        sort: desc('date'),
        totals: ['amount'],
        exportCsv: true,
      }),
    ),
    page(
      'reports',
      'Reports',
      board('report', 'status', {
        actions: [{ label: 'Submit', set: { status: 'Submitted', submittedOn: 'today' } }],
      }),
    ),
  ],
};
