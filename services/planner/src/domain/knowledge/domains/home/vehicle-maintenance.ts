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
  div,
  lt,
  money,
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

export const vehicleMaintenance: DomainEntry = {
  id: 'vehicle-maintenance',
  name: 'Vehicle maintenance',
  kind: 'data',
  synonyms: [
    'vehicle maintenance',
    'car maintenance',
    'car service log',
    'fuel log',
    'fuel economy',
    'oil changes',
    'mpg tracker',
    'motorbike maintenance',
    'car expenses',
    'mot reminder',
  ],
  description:
    'Keep your cars or bikes with their services and repairs, the fuel you buy and what it all costs, with the next service due.',
  collections: [
    collection(
      'vehicle',
      'Vehicle',
      'Vehicles',
      [
        text('name', 'Vehicle', { required: true }),
        text('registration', 'Registration'),
        num('year', 'Year', { min: 1900, max: 2100 }),
        num('odometer', 'Odometer', { min: 0, unit: 'km' }),
        date('nextServiceDue', 'Next service due'),
        computed('serviceOverdue', 'Service overdue', 'boolean', lt($('nextServiceDue'), today)),
        computed(
          'spentThisYear',
          'Spent on services this year',
          'money',
          rollup('service', 'sum', {
            field: 'cost',
            via: 'vehicle',
            period: { field: 'date', within: 'year' },
          }),
        ),
      ],
      {
        samples: [
          {
            name: 'Family Skoda',
            registration: 'FS19 KDA',
            year: 2019,
            odometer: 68400,
            nextServiceDue: '2027-02-01',
          },
          {
            name: 'Honda CB500',
            registration: 'HB21 MTR',
            year: 2021,
            odometer: 9100,
            nextServiceDue: '2026-11-15',
          },
        ],
      },
    ),
    collection(
      'service',
      'Service',
      'Services',
      [
        ref('vehicle', 'Vehicle', 'vehicle', { required: true }),
        date('date', 'Date', { required: true, default: 'today' }),
        choice('kind', 'Work', ['Service', 'Oil change', 'Tyres', 'Brakes', 'Inspection', 'Repair'], {
          required: true,
        }),
        num('odometer', 'Odometer', { min: 0, unit: 'km' }),
        text('garage', 'Garage'),
        money('cost', 'Cost', { min: 0 }),
      ],
      {
        titleField: 'kind',
        samples: [
          {
            vehicle: 'Family Skoda',
            date: '2026-02-03',
            kind: 'Service',
            odometer: 61200,
            garage: 'Town Motors',
            cost: 240,
          },
          {
            vehicle: 'Honda CB500',
            date: '2026-06-10',
            kind: 'Tyres',
            odometer: 7800,
            garage: 'Bike Hub',
            cost: 210,
          },
        ],
      },
    ),
    collection(
      'fuel',
      'Fuel',
      'Fuel',
      [
        ref('vehicle', 'Vehicle', 'vehicle', { required: true }),
        date('date', 'Date', { required: true, default: 'today' }),
        num('litres', 'Litres', { required: true, min: 0 }),
        money('cost', 'Cost', { required: true, min: 0 }),
        num('odometer', 'Odometer', { min: 0, unit: 'km' }),
        computed('pricePerLitre', 'Price per litre', 'money', div($('cost'), $('litres'))),
      ],
      {
        titleField: 'date',
        samples: [
          { vehicle: 'Family Skoda', date: '2026-11-26', litres: 42, cost: 61.7, odometer: 68400 },
          { vehicle: 'Honda CB500', date: '2026-11-20', litres: 12, cost: 17.9, odometer: 9100 },
        ],
      },
    ),
  ],
  aliases: {
    vehicle: ['vehicle', 'car', 'motorbike', 'bike', 'van'],
    service: ['service', 'repair', 'maintenance', 'oil change'],
    fuel: ['fuel', 'fill-up', 'refuel', 'petrol', 'gas'],
  },
  core: ['vehicle', 'service', 'fuel'],
  pages: [
    page(
      'overview',
      'Overview',
      stats(
        count('Service overdue', 'vehicle', { where: $('serviceOverdue') }),
        total('Fuel this month', 'fuel', 'cost', { period: { field: 'date', within: 'month' } }),
        total('Services this year', 'service', 'cost', { period: { field: 'date', within: 'year' } }),
      ),
      chart('Fuel spend by month', 'fuel', 'bar', 'sum', 'date', 'cost'),
    ),
    page('vehicles', 'Vehicles', cards('vehicle')),
    page(
      'services',
      'Services',
      table('service', { filters: ['vehicle', 'kind'], sort: desc('date'), totals: ['cost'] }),
    ),
    page(
      'fuel',
      'Fuel',
      table('fuel', { filters: ['vehicle'], sort: desc('date'), totals: ['litres', 'cost'] }),
    ),
  ],
};
