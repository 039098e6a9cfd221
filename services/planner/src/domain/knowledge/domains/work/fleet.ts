import {
  $,
  asc,
  cards,
  chart,
  choice,
  collection,
  computed,
  count,
  date,
  desc,
  gte,
  lt,
  num,
  page,
  phone,
  ref,
  rollup,
  rule,
  stats,
  sub,
  table,
  text,
  today,
  total,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const fleet: DomainEntry = {
  id: 'fleet',
  name: 'Fleet management',
  kind: 'data',
  synonyms: [
    'fleet',
    'fleet management',
    'company vehicles',
    'company cars',
    'delivery vans',
    'drivers and vehicles',
    'vehicle fleet',
    'trucks',
    'mileage log',
    'fleet maintenance',
    'van fleet',
  ],
  description:
    'Keep a company\u2019s vehicles and drivers, the trips they make with mileage, and when each vehicle is due for its inspection.',
  collections: [
    collection(
      'vehicle',
      'Vehicle',
      'Vehicles',
      [
        text('registration', 'Registration', { required: true }),
        text('model', 'Make and model'),
        choice('kind', 'Type', ['Car', 'Van', 'Truck', 'Bike']),
        ref('driver', 'Assigned driver', 'driver'),
        choice('status', 'Status', ['In service', 'In workshop', 'Off road'], { default: 'In service' }),
        date('inspectionDue', 'Inspection due'),
        computed('inspectionOverdue', 'Inspection overdue', 'boolean', lt($('inspectionDue'), today)),
        computed(
          'milesThisMonth',
          'Distance this month',
          'number',
          rollup('trip', 'sum', {
            field: 'distance',
            via: 'vehicle',
            period: { field: 'date', within: 'month' },
          }),
          { unit: 'km' },
        ),
      ],
      {
        samples: [
          {
            registration: 'KX21 ABC',
            model: 'Ford Transit',
            kind: 'Van',
            driver: 'Sam Okoro',
            status: 'In service',
            inspectionDue: '2027-03-01',
          },
          {
            registration: 'LM70 XYZ',
            model: 'Toyota Corolla',
            kind: 'Car',
            driver: 'Julia Weber',
            status: 'In workshop',
            inspectionDue: '2026-11-20',
          },
        ],
      },
    ),
    collection(
      'driver',
      'Driver',
      'Drivers',
      [
        text('name', 'Name', { required: true }),
        phone('phone', 'Phone'),
        text('licence', 'Licence number'),
        date('licenceExpiry', 'Licence expires'),
      ],
      {
        samples: [
          { name: 'Sam Okoro', phone: '555-0131', licence: 'OKORO801', licenceExpiry: '2029-05-30' },
          { name: 'Julia Weber', phone: '555-0132', licence: 'WEBER552', licenceExpiry: '2027-02-11' },
        ],
      },
    ),
    collection(
      'trip',
      'Trip',
      'Trips',
      [
        ref('vehicle', 'Vehicle', 'vehicle', { required: true }),
        ref('driver', 'Driver', 'driver'),
        date('date', 'Date', { required: true, default: 'today' }),
        text('purpose', 'Purpose'),
        num('startOdometer', 'Odometer at start', { min: 0, unit: 'km' }),
        num('endOdometer', 'Odometer at end', { min: 0, unit: 'km' }),
        computed('distance', 'Distance', 'number', sub($('endOdometer'), $('startOdometer')), {
          unit: 'km',
        }),
      ],
      {
        titleField: 'purpose',
        rules: [
          rule(
            gte($('endOdometer'), $('startOdometer')),
            'The odometer at the end must not be below the start',
          ),
        ],
        samples: [
          {
            vehicle: 'KX21 ABC',
            driver: 'Sam Okoro',
            date: '2026-11-30',
            purpose: 'Deliveries north',
            startOdometer: 40210,
            endOdometer: 40398,
          },
          {
            vehicle: 'KX21 ABC',
            driver: 'Sam Okoro',
            date: '2026-12-01',
            purpose: 'Depot run',
            startOdometer: 40398,
            endOdometer: 40452,
          },
        ],
      },
    ),
  ],
  aliases: {
    vehicle: ['vehicle', 'van', 'car', 'truck', 'lorry'],
    driver: ['driver', 'operator'],
    trip: ['trip', 'journey', 'run', 'mileage'],
  },
  core: ['vehicle', 'driver', 'trip'],
  pages: [
    page(
      'overview',
      'Overview',
      stats(
        count('Vehicles', 'vehicle'),
        count('Inspection overdue', 'vehicle', { where: $('inspectionOverdue') }),
        total('Distance this month', 'trip', 'distance', {
          period: { field: 'date', within: 'month' },
          unit: 'km',
        }),
      ),
      chart('Distance by vehicle', 'trip', 'bar', 'sum', 'vehicle', 'distance'),
    ),
    page(
      'vehicles',
      'Vehicles',
      table('vehicle', { search: true, filters: ['kind', 'status', 'driver'], sort: asc('inspectionDue') }),
    ),
    page(
      'trips',
      'Trips',
      table('trip', { filters: ['vehicle', 'driver'], sort: desc('date'), totals: ['distance'] }),
    ),
    page('drivers', 'Drivers', cards('driver', { sort: asc('name') })),
  ],
};
