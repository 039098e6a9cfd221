import type { CalcInput } from '../calculator.types.js';
import { defineCalculator, numberInput } from '../define-calculator.js';

// Borrowing: the monthly payment of an annuity loan, r = the monthly rate, n = the number of payments.
const PAYMENT = 'r == 0 ? principal / n : principal * r / (1 - (1 + r) ^ -n)';
const rate = (defaultValue: number, label = 'Interest rate'): CalcInput =>
  numberInput('rate', label, {
    kind: 'percent',
    unit: '% a year',
    default: defaultValue,
    min: 0,
    max: 50,
    step: 0.01,
  });
const years = (defaultValue: number): CalcInput =>
  numberInput('years', 'Term', { unit: 'years', default: defaultValue, min: 1, max: 50, step: 1 });

export const LOAN_CALCULATORS = [
  defineCalculator({
    id: 'mortgage',
    name: 'Mortgage calculator',
    synonyms: [
      'mortgage',
      'mortgage calculator',
      'home loan',
      'house loan',
      'mortgage payment',
      'monthly mortgage',
      'how much house can i afford',
      'down payment calculator',
      'property loan',
      'amortization schedule',
    ],
    description:
      'Works out the monthly payment of a home loan from the price, the down payment, the interest rate and the term, with an amortization table.',
    inputs: [
      numberInput('price', 'Home price', { kind: 'money', default: 375000, min: 1, step: 1000 }),
      numberInput('down', 'Down payment', { kind: 'money', default: 75000, min: 0, step: 1000 }),
      rate(6),
      years(30),
    ],
    formulas: { principal: 'price - down', r: 'rate / 100 / 12', n: 'years * 12', monthly: PAYMENT },
    outputs: [
      { label: 'Monthly payment', value: 'monthly', format: 'money' },
      { label: 'Loan amount', value: 'principal', format: 'money' },
      { label: 'Total of payments', value: 'monthly * n', format: 'money' },
      { label: 'Total interest', value: 'monthly * n - principal', format: 'money' },
      { label: 'Down payment share', value: 'down / price * 100', format: 'percent', digits: 1 },
    ],
    checks: [{ check: 'down < price', message: 'The down payment must be less than the home price.' }],
    explanation:
      "The loan is the price less the down payment. With r the yearly rate divided by 12 and n the number of monthly payments, the payment is loan × r ÷ (1 − (1 + r)^−n); each payment first pays the month's interest, the rest pays off the loan.",
    extras: [{ kind: 'amortization', principal: 'principal', rate: 'rate', years: 'years' }],
  }),
  defineCalculator({
    id: 'loan-payment',
    name: 'Loan payment calculator',
    synonyms: [
      'loan',
      'loan calculator',
      'loan payment',
      'monthly payment',
      'car loan',
      'auto loan',
      'personal loan',
      'student loan',
      'loan repayment',
      'emi calculator',
      'installment calculator',
      'car finance',
      'finance calculator',
      'monthly repayment',
      'repayment calculator',
    ],
    description:
      'Works out the monthly payment, the total paid and the interest of a loan from its amount, rate and term, with an amortization table.',
    inputs: [
      numberInput('principal', 'Loan amount', { kind: 'money', default: 300000, min: 1, step: 100 }),
      // What a lender quotes for a car or personal loan is its APR.
      rate(6, 'Interest rate (APR)'),
      years(30),
    ],
    formulas: { r: 'rate / 100 / 12', n: 'years * 12', monthly: PAYMENT },
    outputs: [
      { label: 'Monthly payment', value: 'monthly', format: 'money' },
      { label: 'Total of payments', value: 'monthly * n', format: 'money' },
      { label: 'Total interest', value: 'monthly * n - principal', format: 'money' },
    ],
    explanation:
      'With r the yearly rate divided by 12 and n the number of monthly payments, the payment is amount × r ÷ (1 − (1 + r)^−n); at 0 % it is the amount divided by n.',
    extras: [{ kind: 'amortization', principal: 'principal', rate: 'rate', years: 'years' }],
  }),
  defineCalculator({
    id: 'credit-card-payoff',
    name: 'Credit card payoff calculator',
    synonyms: [
      'credit card payoff',
      'credit card calculator',
      'debt payoff',
      'pay off debt',
      'how long to pay off',
      'card balance',
      'debt free date',
      'credit card interest',
      'payoff time',
    ],
    description:
      'How many months it takes to pay off a card balance with a fixed monthly payment, and the interest paid on the way.',
    inputs: [
      numberInput('balance', 'Balance', { kind: 'money', default: 5000, min: 1 }),
      numberInput('apr', 'Interest rate (APR)', {
        kind: 'percent',
        unit: '% a year',
        default: 18,
        min: 0,
        max: 100,
        step: 0.1,
      }),
      numberInput('payment', 'Monthly payment', { kind: 'money', default: 200, min: 1 }),
    ],
    formulas: {
      r: 'apr / 100 / 12',
      months: 'ceil(r == 0 ? balance / payment : -ln(1 - r * balance / payment) / ln(1 + r))',
    },
    outputs: [
      { label: 'Months to pay off', value: 'months', format: 'integer', unit: 'months' },
      { label: 'Years', value: 'months / 12', format: 'number', digits: 1, unit: 'years' },
      { label: 'Total interest (about)', value: 'max(0, payment * months - balance)', format: 'money' },
    ],
    checks: [
      {
        check: 'payment > balance * apr / 1200',
        message: 'The payment must be more than the monthly interest, or the balance never goes down.',
      },
    ],
    explanation:
      'Each month the balance grows by the monthly rate r (APR ÷ 12) and shrinks by the payment P. The months needed are −ln(1 − r × balance ÷ P) ÷ ln(1 + r), rounded up; the interest is about the payments less the balance.',
  }),
];
