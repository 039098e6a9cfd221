import type { CalculatorDecl } from '../calculator.types.js';
import { findCities } from '../city-zones.js';
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

const currency = defineCalculator({
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
  description:
    'Converts an amount between currencies at an exchange rate typed in, or at the rates of a table the person can edit.',
  inputs: [
    numberInput('amount', 'Amount', { kind: 'money', default: 100, min: 0 }),
    { name: 'from', label: 'From', kind: 'select', default: 1, options: currencies },
    { name: 'to', label: 'To', kind: 'select', default: 0.92, options: currencies },
    // Apps have no network: a rate of the day is typed in; left empty, the table's rates apply.
    numberInput('own', 'Exchange rate (your own)', { unit: 'per 1 of From', min: 0, required: false }),
  ],
  formulas: { rate: 'own && own > 0 ? own : to / from' },
  outputs: [
    { label: 'Converted amount', value: 'amount * rate', format: 'money' },
    { label: 'Rate', value: 'rate', format: 'number', digits: 4 },
  ],
  explanation:
    'The converted amount is the amount × the exchange rate. Without a rate typed in, the table’s rates are used: each is units of the currency per US dollar, so the rate is the second currency’s ÷ the first’s.',
  extras: [{ kind: 'rates', selects: ['from', 'to'], base: 'USD' }],
  notes: [
    'Exchange rates cannot be fetched without a network: the table starts from fixed rates you can edit.',
  ],
});

const timeZone = defineCalculator({
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
});

/** Currencies a prompt names, by code or by the word for them: "dollars to euros". */
const CURRENCY_WORDS: [RegExp, string][] = [
  [/\b(usd|us dollars?|dollars?)\b/i, 'USD'],
  [/\b(eur|euros?)\b/i, 'EUR'],
  [/\b(gbp|pounds?|sterling)\b/i, 'GBP'],
  [/\b(jpy|yen)\b/i, 'JPY'],
  [/\b(cad|canadian dollars?)\b/i, 'CAD'],
  [/\b(aud|australian dollars?)\b/i, 'AUD'],
  [/\b(chf|swiss francs?)\b/i, 'CHF'],
  [/\b(cny|yuan|renminbi)\b/i, 'CNY'],
  [/\b(inr|rupees?)\b/i, 'INR'],
  [/\b(mxn|pesos?)\b/i, 'MXN'],
  [/\b(brl|reais|real)\b/i, 'BRL'],
  [/\b(sek|kronor|krona)\b/i, 'SEK'],
];

/** The declaration with new defaults for some inputs (a select's default is one of its values). */
function withDefaults(
  decl: CalculatorDecl,
  defaults: Record<string, number | string>,
): { calculator: CalculatorDecl } {
  return {
    calculator: {
      ...decl,
      inputs: decl.inputs.map((input) =>
        input.name in defaults ? { ...input, default: defaults[input.name] } : input,
      ),
    },
  };
}

currency.readOptions = (prompt) => {
  const spans = CURRENCY_WORDS.flatMap(([pattern, code]) =>
    [...prompt.matchAll(new RegExp(pattern.source, 'gi'))].map((m) => ({
      code,
      at: m.index,
      end: m.index + m[0].length,
    })),
  );
  // A name inside a longer one is not a currency of its own: "canadian dollars" is CAD, not also USD.
  const found = spans
    .filter(
      (a) => !spans.some((b) => b !== a && b.at <= a.at && b.end >= a.end && b.end - b.at > a.end - a.at),
    )
    .sort((a, b) => a.at - b.at)
    .map((f) => f.code);
  const codes = [...new Set(found)];
  if (codes.length === 0) return {};
  const decl = currency.options.calculator as CalculatorDecl;
  const from = codes[0]!;
  const to = codes[1] ?? (from === 'USD' ? 'EUR' : 'USD');
  return withDefaults(decl, { from: CURRENCY_RATES[from]!, to: CURRENCY_RATES[to]! });
};

timeZone.readOptions = (prompt) => {
  const cities = findCities(prompt).filter((c) => c.zone !== 'UTC' || /\butc\b/i.test(prompt));
  if (cities.length === 0) return {};
  const decl = timeZone.options.calculator as CalculatorDecl;
  // Cities missing from the choices join them, so the converter starts on the ones the prompt named.
  const zones = decl.inputs.find((i) => i.name === 'from')!.options!;
  const choices = [
    ...zones,
    ...cities
      .filter((c) => !zones.some((z) => z.value === c.zone))
      .map((c) => ({ label: c.name, value: c.zone })),
  ];
  const withChoices: CalculatorDecl = {
    ...decl,
    inputs: decl.inputs.map((i) => (i.kind === 'select' ? { ...i, options: choices } : i)),
  };
  const to = cities[1]?.zone ?? (cities[0]!.zone === 'Europe/London' ? 'America/New_York' : 'Europe/London');
  return withDefaults(withChoices, { from: cities[0]!.zone, to });
};

export const WORLD_CALCULATORS = [currency, timeZone];
