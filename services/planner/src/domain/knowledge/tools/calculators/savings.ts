import { defineCalculator, numberInput } from '../define-calculator.js';

// Saving and growing money: compound interest, goals, inflation and returns.
const COMPOUNDING = [
  { label: 'Yearly', value: 1 },
  { label: 'Quarterly', value: 4 },
  { label: 'Monthly', value: 12 },
  { label: 'Daily', value: 365 },
];

export const SAVINGS_CALCULATORS = [
  defineCalculator({
    id: 'compound-interest',
    name: 'Compound interest calculator',
    synonyms: [
      'compound interest',
      'compound interest calculator',
      'investment growth',
      'savings growth',
      'interest on interest',
      'future value',
      'investment calculator',
      'how much will my savings grow',
      'grow my money',
    ],
    description:
      'How a starting sum and yearly additions grow with compound interest over the years, with a chart of the growth.',
    inputs: [
      numberInput('principal', 'Starting amount', { kind: 'money', default: 10000, min: 0 }),
      numberInput('rate', 'Interest rate', {
        kind: 'percent',
        unit: '% a year',
        default: 5,
        min: 0,
        max: 100,
        step: 0.01,
      }),
      numberInput('years', 'Years', { default: 10, min: 1, max: 100, step: 1 }),
      { name: 'perYear', label: 'Compounded', kind: 'select', default: 1, options: COMPOUNDING },
      numberInput('contribution', 'Added each year', { kind: 'money', default: 0, min: 0 }),
    ],
    formulas: {
      growth: '(1 + rate / 100 / perYear) ^ perYear - 1',
      fromPrincipal: 'principal * (1 + growth) ^ years',
      fromAdditions:
        'growth == 0 ? contribution * years : contribution * ((1 + growth) ^ years - 1) / growth',
      total: 'fromPrincipal + fromAdditions',
    },
    outputs: [
      { label: 'Final balance', value: 'total', format: 'money' },
      { label: 'Total added', value: 'principal + contribution * years', format: 'money' },
      { label: 'Interest earned', value: 'total - principal - contribution * years', format: 'money' },
      { label: 'Effective yearly rate', value: 'growth * 100', format: 'percent', digits: 3 },
    ],
    explanation:
      "Interest is added to the balance each period and earns interest itself. The balance after t years is P × (1 + r ÷ k)^(k × t) for a yearly rate r compounded k times a year; each year's addition, made at the end of the year, grows the same way from then on.",
    extras: [
      {
        kind: 'growth',
        principal: 'principal',
        rate: 'rate',
        years: 'years',
        contribution: 'contribution',
        perYear: 'perYear',
      },
    ],
  }),
  defineCalculator({
    id: 'savings-goal',
    name: 'Savings goal calculator',
    synonyms: [
      'savings goal',
      'saving goal',
      'how much to save',
      'save for a goal',
      'monthly savings needed',
      'savings plan',
      'save up for',
      'savings target',
      'reach my goal',
    ],
    description:
      'How much to put aside each month to reach a savings goal by a date, with what is already saved and the interest it earns.',
    inputs: [
      numberInput('goal', 'Goal', { kind: 'money', default: 10000, min: 1 }),
      numberInput('saved', 'Already saved', { kind: 'money', default: 0, min: 0 }),
      numberInput('years', 'Time to reach it', { unit: 'years', default: 2, min: 0.1, max: 60, step: 0.5 }),
      numberInput('rate', 'Interest rate', {
        kind: 'percent',
        unit: '% a year',
        default: 0,
        min: 0,
        max: 50,
        step: 0.01,
      }),
    ],
    formulas: {
      r: 'rate / 100 / 12',
      n: 'round(years * 12)',
      savedLater: 'saved * (1 + r) ^ n',
      monthly: 'max(0, r == 0 ? (goal - savedLater) / n : (goal - savedLater) * r / ((1 + r) ^ n - 1))',
    },
    outputs: [
      { label: 'Save each month', value: 'monthly', format: 'money' },
      { label: 'Months', value: 'n', format: 'integer' },
      { label: 'You put in', value: 'saved + monthly * n', format: 'money' },
      { label: 'Interest earned', value: 'max(0, goal - saved - monthly * n)', format: 'money' },
    ],
    explanation:
      'What is already saved grows to S × (1 + r)^n by the deadline (r is the monthly rate, n the months); the rest of the goal is reached by equal monthly deposits D with D × ((1 + r)^n − 1) ÷ r = what is left.',
  }),
  defineCalculator({
    id: 'simple-interest',
    name: 'Simple interest calculator',
    synonyms: [
      'simple interest',
      'simple interest calculator',
      'interest calculator',
      'flat interest',
      'interest earned',
      'interest owed',
      'principal rate time',
      'i = prt',
    ],
    description: 'Interest on a sum at a yearly rate for a number of years, without compounding.',
    inputs: [
      numberInput('principal', 'Principal', { kind: 'money', default: 1000, min: 0 }),
      numberInput('rate', 'Interest rate', {
        kind: 'percent',
        unit: '% a year',
        default: 5,
        min: 0,
        max: 100,
        step: 0.01,
      }),
      numberInput('years', 'Years', { default: 3, min: 0, max: 100, step: 0.5 }),
    ],
    outputs: [
      { label: 'Interest', value: 'principal * rate / 100 * years', format: 'money' },
      { label: 'Total', value: 'principal * (1 + rate / 100 * years)', format: 'money' },
    ],
    explanation: 'Simple interest is principal × rate × time: the interest never earns interest of its own.',
  }),
  defineCalculator({
    id: 'inflation',
    name: 'Inflation calculator',
    synonyms: [
      'inflation',
      'inflation calculator',
      'future cost',
      'purchasing power',
      'cost of living',
      'value of money',
      'what will it cost',
      'price increase over time',
    ],
    description: "What something costs after years of inflation, and what today's money will be worth then.",
    inputs: [
      numberInput('amount', 'Amount today', { kind: 'money', default: 100, min: 0 }),
      numberInput('rate', 'Inflation rate', {
        kind: 'percent',
        unit: '% a year',
        default: 3,
        min: -20,
        max: 100,
        step: 0.1,
      }),
      numberInput('years', 'Years', { default: 10, min: 0, max: 100, step: 1 }),
    ],
    formulas: { factor: '(1 + rate / 100) ^ years' },
    outputs: [
      { label: 'Future cost', value: 'amount * factor', format: 'money' },
      { label: "Buying power of today's amount then", value: 'amount / factor', format: 'money' },
      { label: 'Total price rise', value: '(factor - 1) * 100', format: 'percent' },
    ],
    explanation:
      'Prices grow by the inflation rate each year, so after t years they are multiplied by (1 + rate)^t; the same sum then buys 1 ÷ that as much.',
  }),
  defineCalculator({
    id: 'roi',
    name: 'Return on investment calculator',
    synonyms: [
      'roi',
      'return on investment',
      'roi calculator',
      'investment return',
      'annualized return',
      'cagr',
      'gain on investment',
      'profit on investment',
      'how much did i make',
    ],
    description: 'The return of an investment in per cent, in total and per year (CAGR).',
    inputs: [
      numberInput('invested', 'Amount invested', { kind: 'money', default: 1000, min: 0.01 }),
      numberInput('returned', 'Amount returned', { kind: 'money', default: 1500, min: 0 }),
      numberInput('years', 'Years held', { default: 3, min: 0.1, max: 100, step: 0.5 }),
    ],
    outputs: [
      { label: 'Gain', value: 'returned - invested', format: 'money' },
      { label: 'Return on investment', value: '(returned - invested) / invested * 100', format: 'percent' },
      {
        label: 'Yearly return (CAGR)',
        value: '((returned / invested) ^ (1 / years) - 1) * 100',
        format: 'percent',
      },
    ],
    explanation:
      'ROI is the gain divided by what was invested. The yearly return is the steady rate that turns the investment into the return over the years: (returned ÷ invested)^(1 ÷ years) − 1.',
  }),
];
