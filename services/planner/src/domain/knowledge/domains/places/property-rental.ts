import {
  $,
  cards,
  chart,
  choice,
  collection,
  computed,
  count,
  date,
  desc,
  email,
  eq,
  money,
  notBefore,
  num,
  page,
  phone,
  ref,
  rollup,
  stats,
  sub,
  table,
  text,
  total,
  val,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const propertyRental: DomainEntry = {
  id: 'property-rental',
  name: 'Property rental',
  kind: 'data',
  synonyms: [
    'property rental',
    'landlord',
    'rental properties',
    'tenants',
    'rent collection',
    'rent tracker',
    'leases',
    'property management',
    'letting agent',
    'buy to let',
    'apartments for rent',
    'rent payments',
  ],
  description:
    'A landlord\u2019s properties, tenants and leases with the monthly rent, the rent payments received and arrears.',
  collections: [
    collection(
      'property',
      'Property',
      'Properties',
      [
        text('address', 'Address', { required: true }),
        choice('type', 'Type', ['Flat', 'House', 'Room', 'Commercial']),
        num('bedrooms', 'Bedrooms', { min: 0, max: 20 }),
        choice('status', 'Status', ['Let', 'Vacant', 'Being renovated'], { default: 'Vacant' }),
      ],
      {
        samples: [
          { address: '3 Mill Lane', type: 'House', bedrooms: 3, status: 'Let' },
          { address: 'Flat 2, 40 High Street', type: 'Flat', bedrooms: 1, status: 'Let' },
        ],
      },
    ),
    collection(
      'tenant',
      'Tenant',
      'Tenants',
      [
        text('name', 'Name', { required: true }),
        email('email', 'Email'),
        phone('phone', 'Phone'),
        text('emergencyContact', 'Emergency contact'),
      ],
      {
        samples: [
          { name: 'Sophie Turner', email: 'sophie@example.com', phone: '555-0140' },
          { name: 'Ali Hassan', email: 'ali@example.com', phone: '555-0141' },
        ],
      },
    ),
    collection(
      'lease',
      'Lease',
      'Leases',
      [
        ref('property', 'Property', 'property', { required: true }),
        ref('tenant', 'Tenant', 'tenant', { required: true }),
        date('startDate', 'Starts', { required: true }),
        date('endDate', 'Ends'),
        money('monthlyRent', 'Monthly rent', { required: true, min: 0 }),
        money('deposit', 'Deposit', { min: 0 }),
        computed(
          'paidThisMonth',
          'Paid this month',
          'money',
          rollup('rentPayment', 'sum', {
            field: 'amount',
            via: 'lease',
            period: { field: 'date', within: 'month' },
          }),
        ),
        computed(
          'owedThisMonth',
          'Owed this month',
          'money',
          sub(
            $('monthlyRent'),
            rollup('rentPayment', 'sum', {
              field: 'amount',
              via: 'lease',
              period: { field: 'date', within: 'month' },
            }),
          ),
        ),
      ],
      {
        titleField: 'property',
        rules: [notBefore('endDate', 'startDate', 'A lease must end on or after the day it starts')],
        samples: [
          {
            property: '3 Mill Lane',
            tenant: 'Sophie Turner',
            startDate: '2025-09-01',
            endDate: '2027-08-31',
            monthlyRent: 1150,
            deposit: 1300,
          },
          {
            property: 'Flat 2, 40 High Street',
            tenant: 'Ali Hassan',
            startDate: '2026-04-01',
            endDate: '2027-03-31',
            monthlyRent: 780,
            deposit: 900,
          },
        ],
      },
    ),
    collection(
      'rentPayment',
      'Rent payment',
      'Rent payments',
      [
        ref('lease', 'Lease', 'lease', { required: true }),
        date('date', 'Paid on', { required: true, default: 'today' }),
        money('amount', 'Amount', { required: true, min: 0 }),
        choice('method', 'Method', ['Standing order', 'Bank transfer', 'Cash']),
      ],
      {
        titleField: 'lease',
        samples: [
          { lease: '3 Mill Lane', date: '2026-12-01', amount: 1150, method: 'Standing order' },
          { lease: 'Flat 2, 40 High Street', date: '2026-11-03', amount: 780, method: 'Bank transfer' },
        ],
      },
    ),
  ],
  aliases: {
    property: ['property', 'unit', 'flat', 'house', 'apartment'],
    tenant: ['tenant', 'renter', 'lodger', 'occupant'],
    lease: ['lease', 'tenancy', 'contract', 'agreement'],
    rentPayment: ['rent payment', 'payment', 'rent'],
  },
  core: ['property', 'tenant', 'lease', 'rentPayment'],
  pages: [
    page(
      'overview',
      'Overview',
      stats(
        total('Rent due each month', 'lease', 'monthlyRent'),
        total('Received this month', 'rentPayment', 'amount', {
          period: { field: 'date', within: 'month' },
        }),
        count('Vacant', 'property', { where: eq($('status'), val('Vacant')) }),
      ),
      chart('Rent received by month', 'rentPayment', 'bar', 'sum', 'date', 'amount'),
    ),
    page(
      'leases',
      'Leases',
      table('lease', { filters: ['property', 'tenant'], totals: ['monthlyRent', 'owedThisMonth'] }),
    ),
    page(
      'payments',
      'Rent payments',
      table('rentPayment', { filters: ['lease', 'method'], sort: desc('date'), totals: ['amount'] }),
    ),
    page('properties', 'Properties', cards('property', { filters: ['status', 'type'] })),
    page('tenants', 'Tenants', table('tenant', { search: true })),
  ],
};
