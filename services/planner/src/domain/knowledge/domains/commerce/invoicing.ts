import {
  $,
  add,
  and,
  asc,
  cards,
  chart,
  choice,
  collection,
  computed,
  count,
  date,
  desc,
  div,
  email,
  longtext,
  lt,
  money,
  mul,
  notBefore,
  num,
  page,
  ref,
  rollup,
  stats,
  table,
  text,
  today,
  total,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const invoicing: DomainEntry = {
  id: 'invoicing',
  name: 'Invoicing',
  kind: 'data',
  synonyms: [
    'invoicing',
    'invoices',
    'invoice generator',
    'billing clients',
    'send invoices',
    'unpaid invoices',
    'accounts receivable',
    'freelance invoices',
    'invoice tracker',
    'payments received',
    'bill clients',
  ],
  description:
    'Bill clients with invoices made of lines, record the payments received and see what is still owed and overdue.',
  collections: [
    collection(
      'client',
      'Client',
      'Clients',
      [
        text('name', 'Client', { required: true }),
        text('contact', 'Contact person'),
        email('email', 'Email'),
        longtext('address', 'Billing address'),
        computed(
          'invoiced',
          'Invoiced',
          'money',
          rollup('invoice', 'sum', { field: 'total', via: 'client' }),
        ),
      ],
      {
        samples: [
          { name: 'Fernwood Studio', contact: 'Aiko Tan', email: 'accounts@fernwood.example' },
          { name: 'Harbour Café', contact: 'Luis Ortega', email: 'luis@harbour.example' },
        ],
      },
    ),
    collection(
      'invoice',
      'Invoice',
      'Invoices',
      [
        text('number', 'Invoice number', { required: true }),
        ref('client', 'Client', 'client', { required: true }),
        date('issueDate', 'Issued', { required: true, default: 'today' }),
        date('dueDate', 'Due', { required: true }),
        num('taxRate', 'Tax rate', { min: 0, max: 100, unit: '%', default: 20 }),
        computed(
          'total',
          'Total',
          'money',
          mul(
            rollup('invoiceLine', 'sum', { field: 'amount', via: 'invoice' }),
            add(1, div($('taxRate'), 100)),
          ),
        ),
        computed('paid', 'Paid', 'money', rollup('payment', 'sum', { field: 'amount', via: 'invoice' })),
        computed(
          'overdue',
          'Overdue',
          'boolean',
          and(
            lt($('dueDate'), today),
            lt(
              rollup('payment', 'sum', { field: 'amount', via: 'invoice' }),
              mul(
                rollup('invoiceLine', 'sum', { field: 'amount', via: 'invoice' }),
                add(1, div($('taxRate'), 100)),
              ),
            ),
          ),
        ),
      ],
      {
        rules: [notBefore('dueDate', 'issueDate', 'The due date must be on or after the issue date')],
        samples: [
          {
            number: 'INV-2026-041',
            client: 'Fernwood Studio',
            issueDate: '2026-11-01',
            dueDate: '2026-11-30',
            taxRate: 20,
          },
          {
            number: 'INV-2026-042',
            client: 'Harbour Café',
            issueDate: '2026-11-25',
            dueDate: '2026-12-25',
            taxRate: 20,
          },
        ],
      },
    ),
    collection(
      'invoiceLine',
      'Invoice line',
      'Invoice lines',
      [
        ref('invoice', 'Invoice', 'invoice', { required: true }),
        text('description', 'Description', { required: true }),
        num('quantity', 'Quantity', { required: true, min: 0, default: 1 }),
        money('unitPrice', 'Unit price', { required: true, min: 0 }),
        computed('amount', 'Amount', 'money', mul($('quantity'), $('unitPrice'))),
      ],
      {
        titleField: 'description',
        samples: [
          { invoice: 'INV-2026-041', description: 'Logo design', quantity: 1, unitPrice: 800 },
          { invoice: 'INV-2026-041', description: 'Revisions (hours)', quantity: 3, unitPrice: 60 },
          { invoice: 'INV-2026-042', description: 'Menu layout', quantity: 1, unitPrice: 350 },
        ],
      },
    ),
    collection(
      'payment',
      'Payment',
      'Payments',
      [
        ref('invoice', 'Invoice', 'invoice', { required: true }),
        money('amount', 'Amount', { required: true, min: 0 }),
        date('date', 'Received on', { required: true, default: 'today' }),
        choice('method', 'Method', ['Bank transfer', 'Card', 'Cash', 'PayPal']),
      ],
      {
        titleField: 'invoice',
        samples: [
          { invoice: 'INV-2026-041', amount: 600, date: '2026-11-20', method: 'Bank transfer' },
          { invoice: 'INV-2026-042', amount: 420, date: '2026-11-29', method: 'Card' },
        ],
      },
    ),
  ],
  aliases: {
    client: ['client', 'customer', 'company'],
    invoice: ['invoice', 'bill'],
    invoiceLine: ['invoice line', 'line item', 'item'],
    payment: ['payment', 'receipt'],
  },
  core: ['client', 'invoice', 'invoiceLine', 'payment'],
  pages: [
    page(
      'overview',
      'Overview',
      stats(
        total('Invoiced this year', 'invoice', 'total', { period: { field: 'issueDate', within: 'year' } }),
        total('Received this month', 'payment', 'amount', { period: { field: 'date', within: 'month' } }),
        count('Overdue invoices', 'invoice', { where: $('overdue') }),
      ),
      chart('Payments by month', 'payment', 'bar', 'sum', 'date', 'amount'),
    ),
    page(
      'invoices',
      'Invoices',
      table('invoice', {
        search: true,
        filters: ['client', 'overdue'],
        sort: desc('issueDate'),
        totals: ['total', 'paid'],
      }),
      table('invoiceLine', { title: 'Invoice lines', filters: ['invoice'], totals: ['amount'] }),
    ),
    page(
      'payments',
      'Payments',
      table('payment', { filters: ['invoice', 'method'], sort: desc('date'), totals: ['amount'] }),
    ),
    page('clients', 'Clients', cards('client', { search: true, sort: asc('name') })),
  ],
};
