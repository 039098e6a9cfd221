import { defineCalculator, numberInput } from '../define-calculator.js';

// Money and time across the world: currencies with rates a person edits, and time zones through Intl.

/** Units of each currency per US dollar; rough, dated, and editable on the page (apps have no network). */
export const CURRENCY_RATES: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 0.92,
  GBP: 0.79,
  JPY: 150,
  CAD: 1.36,
  AUD: 1.52,
  CHF: 0.88,
  CNY: 7.2,
  INR: 83,
  MXN: 17,
  BRL: 5,
  SEK: 10.5,
};
const currencies = Object.entries(CURRENCY_RATES).map(([label, value]) => ({ label, value }));

/** Zones a person picks from, by a city in each. */
export const ZONE_CHOICES = [
  ['Los Angeles', 'America/Los_Angeles'],
  ['Denver', 'America/Denver'],
  ['Chicago', 'America/Chicago'],
  ['New York', 'America/New_York'],
  ['São Paulo', 'America/Sao_Paulo'],
  ['UTC', 'UTC'],
  ['London', 'Europe/London'],
  ['Paris', 'Europe/Paris'],
  ['Berlin', 'Europe/Berlin'],
  ['Moscow', 'Europe/Moscow'],
  ['Dubai', 'Asia/Dubai'],
  ['Mumbai', 'Asia/Kolkata'],
  ['Singapore', 'Asia/Singapore'],
  ['Tokyo', 'Asia/Tokyo'],
  ['Sydney', 'Australia/Sydney'],
  ['Auckland', 'Pacific/Auckland'],
].map(([label, value]) => ({ label: label!, value: value! }));

export const WORLD_CALCULATORS = [
  defineCalculator({
    id: 'currency',
    name: 'Currency converter',
    synonyms: [
      'currency converter',
      'currency',
      'exchange rate',
      'convert money',
      'dollars to euros',
      'forex',
      'money converter',
      'exchange money',
      'foreign currency',
      'currency exchange',
    ],
    description: 'Converts an amount between currencies with exchange rates the person can edit.',
    inputs: [
      numberInput('amount', 'Amount', { kind: 'money', default: 100, min: 0 }),
      { name: 'from', label: 'From', kind: 'select', default: 1, options: currencies },
      { name: 'to', label: 'To', kind: 'select', default: 0.92, options: currencies },
    ],
    outputs: [
      { label: 'Converted amount', value: 'amount / from * to', format: 'money' },
      { label: 'Rate', value: 'to / from', format: 'number', digits: 4 },
    ],
    explanation:
      'Every rate is units of the currency per US dollar: the amount is turned into dollars (÷ the first rate) and then into the other currency (× the second).',
    extras: [{ kind: 'rates', selects: ['from', 'to'], base: 'USD' }],
    notes: [
      'Exchange rates cannot be fetched without a network: the table starts from fixed rates you can edit.',
    ],
  }),
  defineCalculator({
    id: 'time-zone',
    name: 'Time zone converter',
    synonyms: [
      'time zone converter',
      'time zone',
      'timezone',
      'convert time',
      'time difference',
      'what time is it in',
      'meeting planner',
      'utc converter',
      'time in another city',
    ],
    description: 'The time in another city when it is a given time in one, daylight saving included.',
    inputs: [
      { name: 'when', label: 'Date and time', kind: 'datetime', default: 'now' },
      { name: 'from', label: 'In', kind: 'select', default: 'America/New_York', options: ZONE_CHOICES },
      { name: 'to', label: 'Time in', kind: 'select', default: 'Europe/London', options: ZONE_CHOICES },
    ],
    outputs: [
      { label: 'Time there', value: 'zoneTime(when, from, to)', format: 'datetime' },
      {
        label: 'Difference',
        value: 'zoneOffset(to, zoneTime(when, from, to)) - zoneOffset(from, when)',
        format: 'number',
        unit: 'hours',
      },
    ],
    explanation:
      "Both cities' offsets from UTC on that date come from the browser's time-zone database, so daylight saving is counted: the time there is the time here less this offset plus theirs.",
  }),
];
