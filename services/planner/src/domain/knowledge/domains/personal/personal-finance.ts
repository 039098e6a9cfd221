import {
  $,
  add,
  cards,
  chart,
  choice,
  collection,
  computed,
  date,
  desc,
  gt,
  longtext,
  lt,
  money,
  neg,
  page,
  ref,
  rollup,
  stats,
  table,
  text,
  total,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

const SPENDING = ['Groceries', 'Rent', 'Transport', 'Eating out', 'Bills', 'Fun', 'Health', 'Other'];

export const personalFinance: DomainEntry = {
  id: 'personal-finance',
  name: 'Personal finance and budgets',
  kind: 'dashboard',
  synonyms: [
    'personal finance',
    'budget',
    'budget planner',
    'monthly budget',
    'household budget',
    'money tracker',
    'money manager',
    'income and expenses',
    'spending tracker',
    'bank accounts',
    'savings tracker',
    'ynab',
    'family budget',
  ],
  description:
    'See where money goes: accounts, income and spending as transactions in categories, and a monthly budget per category with what is left.',
  collections: [
    collection(
      'account',
      'Account',
      'Accounts',
      [
        text('name', 'Account', { required: true }),
        choice('type', 'Type', ['Current', 'Savings', 'Credit card', 'Cash']),
        money('openingBalance', 'Opening balance', { default: 0 }),
        computed(
          'balance',
          'Balance',
          'money',
          add($('openingBalance'), rollup('transaction', 'sum', { field: 'amount', via: 'account' })),
        ),
      ],
      {
        samples: [
          { name: 'Everyday account', type: 'Current', openingBalance: 1200 },
          { name: 'Rainy day fund', type: 'Savings', openingBalance: 3000 },
        ],
      },
    ),
    collection(
      'transaction',
      'Transaction',
      'Transactions',
      [
        text('description', 'Description', { required: true }),
        date('date', 'Date', { required: true, default: 'today' }),
        money('amount', 'Amount', {
          required: true,
          message: 'Write spending as a negative amount and income as a positive one',
        }),
        choice('category', 'Category', [...SPENDING, 'Income']),
        ref('account', 'Account', 'account'),
        longtext('note', 'Note'),
      ],
      {
        samples: [
          {
            description: 'Salary',
            date: '2026-11-28',
            amount: 2400,
            category: 'Income',
            account: 'Everyday account',
          },
          {
            description: 'Weekly shop',
            date: '2026-11-30',
            amount: -86.4,
            category: 'Groceries',
            account: 'Everyday account',
          },
          {
            description: 'Bus pass',
            date: '2026-12-01',
            amount: -55,
            category: 'Transport',
            account: 'Everyday account',
          },
        ],
      },
    ),
    collection(
      'budget',
      'Budget',
      'Budgets',
      [
        choice('category', 'Category', SPENDING, { required: true }),
        money('amount', 'Monthly budget', { required: true, min: 0 }),
        computed(
          'spent',
          'Spent this month',
          'money',
          neg(
            rollup('transaction', 'sum', {
              field: 'amount',
              match: 'category',
              period: { field: 'date', within: 'month' },
            }),
          ),
        ),
        computed(
          'left',
          'Left this month',
          'money',
          add(
            $('amount'),
            rollup('transaction', 'sum', {
              field: 'amount',
              match: 'category',
              period: { field: 'date', within: 'month' },
            }),
          ),
        ),
      ],
      {
        titleField: 'category',
        samples: [
          { category: 'Groceries', amount: 400 },
          { category: 'Transport', amount: 120 },
          { category: 'Eating out', amount: 150 },
        ],
      },
    ),
  ],
  aliases: {
    account: ['account', 'bank account', 'wallet', 'card'],
    transaction: ['transaction', 'payment', 'expense', 'income', 'purchase', 'spending'],
    budget: ['budget', 'envelope', 'spending limit'],
  },
  core: ['transaction', 'budget', 'account'],
  pages: [
    page(
      'overview',
      'Overview',
      stats(
        total('Spent this month', 'transaction', 'amount', {
          where: lt($('amount'), 0),
          period: { field: 'date', within: 'month' },
        }),
        total('Income this month', 'transaction', 'amount', {
          where: gt($('amount'), 0),
          period: { field: 'date', within: 'month' },
        }),
        total('Left in budgets', 'budget', 'left'),
      ),
      chart('Spending by category', 'transaction', 'pie', 'sum', 'category', 'amount'),
      chart('Money in and out by month', 'transaction', 'bar', 'sum', 'date', 'amount'),
    ),
    page(
      'transactions',
      'Transactions',
      table('transaction', {
        search: true,
        filters: ['category', 'account'],
        sort: desc('date'),
        totals: ['amount'],
        importCsv: true,
        exportCsv: true,
      }),
    ),
    page('budgets', 'Budgets', table('budget', { totals: ['amount', 'spent', 'left'] })),
    page('accounts', 'Accounts', cards('account')),
  ],
};
