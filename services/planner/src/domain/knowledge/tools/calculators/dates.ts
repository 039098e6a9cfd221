import { defineCalculator } from '../define-calculator.js';

// Counting days and years between dates (calendar days, so daylight saving never shifts a count).
export const DATE_CALCULATORS = [
  defineCalculator({
    id: 'age',
    name: 'Age calculator',
    synonyms: [
      'age',
      'age calculator',
      'how old am i',
      'birthday calculator',
      'date of birth',
      'age in days',
      'exact age',
      'years old',
      'age on a date',
    ],
    description: 'Exact age in years and months, and in weeks and days, from a date of birth.',
    inputs: [
      { name: 'birth', label: 'Date of birth', kind: 'date', default: '2000-01-01' },
      { name: 'on', label: 'Age on', kind: 'date', default: 'today' },
    ],
    formulas: { months: 'monthsBetween(birth, on)' },
    outputs: [
      { label: 'Age', value: "floor(months / 12) + ' years ' + months % 12 + ' months'", format: 'text' },
      { label: 'Years', value: 'yearsBetween(birth, on)', format: 'integer' },
      { label: 'Weeks', value: 'floor(daysBetween(birth, on) / 7)', format: 'integer' },
      { label: 'Days', value: 'daysBetween(birth, on)', format: 'integer' },
    ],
    checks: [
      {
        check: 'daysBetween(birth, on) >= 0',
        message: 'The date of birth must be before the date the age is counted on.',
      },
    ],
    explanation:
      'Whole years and months are counted from the birthday, a month being reached on the same day of the month; days are calendar days between the two dates.',
  }),
  defineCalculator({
    id: 'days-between',
    name: 'Days between dates',
    synonyms: [
      'days between dates',
      'date difference',
      'how many days until',
      'days until',
      'countdown days',
      'date calculator',
      'number of days',
      'days since',
      'weeks between dates',
    ],
    description: 'The number of days, weeks and months between two dates.',
    inputs: [
      { name: 'start', label: 'Start date', kind: 'date', default: 'today' },
      { name: 'end', label: 'End date', kind: 'date', default: '2030-01-01' },
    ],
    formulas: { days: 'daysBetween(start, end)' },
    outputs: [
      { label: 'Days', value: 'days', format: 'integer' },
      { label: 'Weeks', value: "floor(abs(days) / 7) + ' weeks ' + abs(days) % 7 + ' days'", format: 'text' },
      { label: 'Whole months', value: 'monthsBetween(start, end)', format: 'integer' },
      { label: 'Counting both dates', value: 'days + (days < 0 ? -1 : 1)', format: 'integer' },
    ],
    explanation:
      'Calendar days from the start date to the end date (the end not counted); a negative number means the end is before the start.',
  }),
  defineCalculator({
    id: 'add-days',
    name: 'Add days to a date',
    synonyms: [
      'add days to date',
      'date plus days',
      'days from now',
      'date after',
      'what date is',
      'subtract days',
      'deadline calculator',
      'future date',
    ],
    description: 'The date a number of days after (or before) another date.',
    inputs: [
      { name: 'start', label: 'Start date', kind: 'date', default: 'today' },
      { name: 'days', label: 'Days to add', kind: 'number', default: 30, step: 1, min: -100000, max: 100000 },
    ],
    outputs: [
      { label: 'Date', value: 'addDays(start, days)', format: 'date' },
      { label: 'Weekday', value: 'weekdayName(addDays(start, days))', format: 'text' },
    ],
    explanation: 'Counts calendar days forward from the start date (backward for a negative number).',
  }),
];
