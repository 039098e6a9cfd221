import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CalcExpr, CalculatorDecl } from './calculator.types.js';
import { CALC_FORMATS, CALC_INPUT_KINDS } from './calculator.types.js';
import { CALCULATOR_TOOLS } from './calculators.js';
import { compileFormula, refsOf } from './compile-formula.js';

// The declarations are evaluated by the generated app's own evaluator, loaded as the page loads it.
type Scope = Record<string, number | string | boolean | null>;
interface CalcEval {
  compute(calc: CalculatorDecl, inputs: Scope, env?: { today?: string }): { outputs: unknown[] };
  validate(calc: CalculatorDecl, inputs: Scope, env?: { today?: string }): Record<string, string>;
  evaluate(expr: CalcExpr, scope: Scope): unknown;
  CALC_FUNCTIONS: readonly string[];
}
const path = fileURLToPath(new URL('../../../../assets/app/public/js/tools/calc-eval.mjs', import.meta.url));
const calcEval = (await import(path)) as CalcEval;

const declOf = (id: string): CalculatorDecl => {
  const entry = CALCULATOR_TOOLS.find((t) => t.id === id);
  if (!entry) throw new Error(`no calculator ${id}`);
  return entry.options.calculator as CalculatorDecl;
};

/** The inputs' defaults, as calculator.js starts them, with the given values over them. */
function inputsOf(calc: CalculatorDecl, given: Scope): Scope {
  const scope: Scope = {};
  for (const input of calc.inputs) scope[input.name] = input.default ?? null;
  return { ...scope, ...given };
}

/** Output label -> value, numbers rounded as the page shows them. */
function run(id: string, given: Scope, today = '2024-03-15'): Record<string, unknown> {
  const calc = declOf(id);
  const inputs = inputsOf(calc, given);
  expect(calcEval.validate(calc, inputs, { today }), id).toEqual({});
  const { outputs } = calcEval.compute(calc, inputs, { today });
  return Object.fromEntries(
    calc.outputs.map((o, i) => {
      const v = outputs[i];
      const digits = o.digits ?? (o.format === 'integer' ? 0 : 2);
      return [o.label, typeof v === 'number' ? Number(v.toFixed(digits)) : v];
    }),
  );
}

/** Known inputs and the right answers (worked out by hand or with a spreadsheet), one case or more per calculator. */
const KNOWN: Record<string, { given: Scope; today?: string; expect: Record<string, unknown> }[]> = {
  mortgage: [
    {
      given: { price: 375000, down: 75000, rate: 6, years: 30 },
      expect: { 'Monthly payment': 1798.65, 'Loan amount': 300000, 'Total interest': 347514.57 },
    },
  ],
  'loan-payment': [
    {
      given: { principal: 300000, rate: 6, years: 30 },
      expect: { 'Monthly payment': 1798.65, 'Total of payments': 647514.57 },
    },
    {
      given: { principal: 12000, rate: 0, years: 1 },
      expect: { 'Monthly payment': 1000, 'Total interest': 0 },
    },
  ],
  'credit-card-payoff': [
    { given: { balance: 5000, apr: 18, payment: 200 }, expect: { 'Months to pay off': 32 } },
  ],
  'compound-interest': [
    {
      given: { principal: 10000, rate: 5, years: 10, perYear: 1 },
      expect: { 'Final balance': 16288.95, 'Interest earned': 6288.95 },
    },
    {
      given: { principal: 10000, rate: 5, years: 10, perYear: 12 },
      expect: { 'Final balance': 16470.09, 'Effective yearly rate': 5.116 },
    },
    {
      given: { principal: 10000, rate: 5, years: 10, perYear: 1, contribution: 1000 },
      expect: { 'Final balance': 28866.84, 'Total added': 20000 },
    },
  ],
  'savings-goal': [
    {
      given: { goal: 10000, saved: 0, years: 2, rate: 0 },
      expect: { 'Save each month': 416.67, Months: 24 },
    },
    { given: { goal: 10000, saved: 0, years: 2, rate: 5 }, expect: { 'Save each month': 397.05 } },
  ],
  'simple-interest': [
    { given: { principal: 1000, rate: 5, years: 3 }, expect: { Interest: 150, Total: 1150 } },
  ],
  inflation: [
    {
      given: { amount: 100, rate: 3, years: 10 },
      expect: { 'Future cost': 134.39, "Buying power of today's amount then": 74.41 },
    },
  ],
  roi: [
    {
      given: { invested: 1000, returned: 1500, years: 3 },
      expect: { Gain: 500, 'Return on investment': 50, 'Yearly return (CAGR)': 14.47 },
    },
  ],
  'tip-split': [
    {
      given: { bill: 100, tip: 15, people: 4 },
      expect: { 'Tip amount': 15, 'Total with tip': 115, 'Each person pays': 28.75 },
    },
  ],
  discount: [{ given: { price: 80, off: 25 }, expect: { 'You save': 20, 'Price after discount': 60 } }],
  'sales-tax': [{ given: { price: 200, rate: 7.5 }, expect: { Tax: 15, 'Price with tax': 215 } }],
  'overtime-pay': [
    {
      given: { rate: 22, regular: 40, overtime: 6 },
      expect: { 'Total pay': 1078, 'Regular pay': 880, 'Overtime pay': 198 },
    },
  ],
  paint: [
    {
      given: { width: 4.2, height: 2.6, coats: 2, coverage: 12 },
      expect: { 'Paint needed': 1.82, 'Wall area': 10.92 },
    },
  ],
  'fuel-economy': [
    {
      given: { litres: 38, km: 540 },
      expect: { 'Litres per 100 km': 7.04, 'Kilometres per litre': 14.21, 'Miles per US gallon': 33.43 },
    },
  ],
  vat: [
    {
      given: { net: 100, gross: 120, rate: 20 },
      expect: {
        'Gross price of the net price': 120,
        'VAT on the net price': 20,
        'Net price of the gross price': 100,
        'VAT in the gross price': 20,
      },
    },
  ],
  'unit-price': [
    { given: { price: 4.5, quantity: 3 }, expect: { 'Price per unit': 1.5, 'Price per 100 units': 150 } },
  ],
  'unit-price-compare': [
    {
      given: { priceA: 3.5, sizeA: 500, priceB: 6, sizeB: 1000 },
      expect: { 'Item A per 100 units': 0.7, 'Item B per 100 units': 0.6, 'Better deal': 'Item B' },
    },
  ],
  'electricity-cost': [
    {
      given: { watts: 100, hours: 5, price: 0.3 },
      expect: { 'Cost per day': 0.15, 'Cost per year': 54.75, 'Energy per day': 0.5 },
    },
  ],
  'take-home-pay': [
    { given: { gross: 3000, tax: 20 }, expect: { 'Net take-home pay a year': 2400, 'Tax a year': 600 } },
    { given: { gross: 3000, tax: 20, other: 150 }, expect: { 'Net take-home pay a year': 2250 } },
    // 42,000 with 12,570 free of tax at 20 %: tax 5,886, take-home 36,114 a year, 3,009.50 a month.
    {
      given: { gross: 42000, allowance: 12570, tax: 20 },
      expect: { 'Tax a year': 5886, 'Net take-home pay a year': 36114, 'Net take-home pay a month': 3009.5 },
    },
  ],
  'hourly-to-yearly': [
    { given: { wage: 25, hours: 40, weeks: 52 }, expect: { 'Yearly pay': 52000, 'Weekly pay': 1000 } },
  ],
  'yearly-to-hourly': [
    { given: { salary: 52000, hours: 40, weeks: 52 }, expect: { 'Hourly pay': 25, 'Weekly pay': 1000 } },
  ],
  'fuel-cost': [
    {
      given: { distance: 500, consumption: 6.5, price: 1.8, people: 2 },
      expect: { 'Fuel needed': 32.5, 'Fuel cost': 58.5, 'Cost per person': 29.25 },
    },
  ],
  'profit-margin': [{ given: { cost: 60, price: 100 }, expect: { Profit: 40, Margin: 40, Markup: 66.67 } }],
  'break-even': [
    {
      given: { fixed: 5000, price: 25, variable: 15 },
      expect: { 'Units to break even': 500, 'Revenue at break-even': 12500 },
    },
  ],
  currency: [
    { given: { amount: 100, from: 1, to: 0.92 }, expect: { 'Converted amount': 92, Rate: 0.92 } },
    { given: { amount: 92, from: 0.92, to: 150 }, expect: { 'Converted amount': 15000 } },
    // A rate typed in wins over the table's.
    { given: { amount: 250, own: 0.92 }, expect: { 'Converted amount': 230, Rate: 0.92 } },
  ],
  'time-zone': [
    // New York is UTC−5 in January and UTC−4 in July; London is UTC+0 and UTC+1.
    {
      given: { when: '2024-01-15T09:00', from: 'America/New_York', to: 'Europe/London' },
      expect: { 'Time there': '2024-01-15T14:00', Difference: 5 },
    },
    {
      given: { when: '2024-07-15T09:00', from: 'America/New_York', to: 'Asia/Tokyo' },
      expect: { 'Time there': '2024-07-15T22:00', Difference: 13 },
    },
    {
      given: { when: '2024-03-10T23:30', from: 'America/Los_Angeles', to: 'Asia/Kolkata' },
      expect: { 'Time there': '2024-03-11T12:00' },
    },
  ],
  bmi: [
    {
      given: { weight: 70, height: 170 },
      expect: { BMI: 24.2, Category: 'Healthy weight', 'Healthy weight for this height': '53.5–72' },
    },
    { given: { weight: 95, height: 175 }, expect: { BMI: 31, Category: 'Obese' } },
  ],
  'bmr-calories': [
    {
      given: { sex: 5, age: 30, weight: 80, height: 180, activity: 1.2 },
      expect: { BMR: 1780, 'Calories to keep your weight': 2136 },
    },
  ],
  pace: [
    {
      given: { distance: 10, hours: 0, minutes: 50, seconds: 0 },
      expect: { 'Pace per km': 300, 'Pace per mile': 482.8, Speed: 12 },
    },
  ],
  'body-fat': [
    { given: { sex: 1, height: 178, neck: 38, waist: 85 }, expect: { 'Body fat': 16.4 } },
    { given: { sex: 0, height: 165, neck: 34, waist: 70, hip: 95 }, expect: { 'Body fat': 23.8 } },
  ],
  'heart-rate-zones': [
    {
      given: { age: 40 },
      expect: {
        'Maximum heart rate': 180,
        'Moderate zone (50–70 %)': '90–126',
        'Vigorous zone (70–85 %)': '126–153',
      },
    },
  ],
  'step-distance': [
    { given: { steps: 12000, stride: 70 }, expect: { Distance: 8.4, 'Distance in miles': 5.22 } },
  ],
  'fuel-economy-converter': [
    {
      given: { mpg: 30, lp100: 8 },
      expect: {
        'Litres per 100 km (US gallons)': 7.84,
        'Litres per 100 km (UK gallons)': 9.42,
        'Miles per US gallon': 29.4,
        'Miles per UK gallon': 35.31,
      },
    },
  ],
  tiles: [
    {
      given: { width: 3, height: 2.5, tileWidth: 30, tileHeight: 60, spare: 10 },
      expect: { 'Tiles needed': 46, 'Tiles without spare': 42, Area: 7.5 },
    },
  ],
  'water-intake': [
    { given: { weight: 70, exercise: 30 }, expect: { 'Water a day': 2.7, 'Glasses (250 ml)': 11 } },
  ],
  'due-date': [
    {
      given: { lmp: '2024-01-01', on: '2024-03-15' },
      expect: { 'Due date': '2024-10-07', 'Weeks pregnant': '10 weeks 4 days', 'Days to go': 206 },
    },
  ],
  'percent-of': [{ given: { percent: 15, whole: 200 }, expect: { Result: 30 } }],
  'what-percent': [{ given: { part: 30, whole: 200 }, expect: { Percentage: 15 } }],
  'percent-change': [
    { given: { from: 50, to: 75 }, expect: { Change: 50, Difference: 25 } },
    { given: { from: 80, to: 60 }, expect: { Change: -25 } },
  ],
  gpa: [
    {
      given: {
        grade1: 4,
        credits1: 3,
        grade2: 3,
        credits2: 4,
        grade3: 3.7,
        credits3: 3,
        credits4: 0,
        credits5: 0,
      },
      expect: { GPA: 3.51, 'Credits counted': 10, 'Grade points': 35.1 },
    },
  ],
  'grade-needed': [
    {
      given: { current: 85, weight: 30, target: 90 },
      expect: { 'Score needed on the final': 101.67, 'Is it possible?': 'Only with extra credit' },
    },
  ],
  'right-triangle': [{ given: { a: 3, b: 4 }, expect: { 'Hypotenuse c': 5, Area: 6, Perimeter: 12 } }],
  circle: [{ given: { radius: 2 }, expect: { Area: 12.5664, Circumference: 12.5664, Diameter: 4 } }],
  age: [
    {
      given: { birth: '1990-06-20', on: '2024-03-15' },
      expect: { Age: '33 years 8 months', Years: 33, Days: 12322 },
    },
    { given: { birth: '2000-03-15', on: '2024-03-15' }, expect: { Years: 24, Age: '24 years 0 months' } },
  ],
  'days-between': [
    {
      given: { start: '2024-01-01', end: '2024-12-25' },
      expect: { Days: 359, Weeks: '51 weeks 2 days', 'Whole months': 11, 'Counting both dates': 360 },
    },
    // Across the spring daylight-saving change: still whole calendar days.
    { given: { start: '2024-03-09', end: '2024-03-11' }, expect: { Days: 2 } },
  ],
  'add-days': [
    { given: { start: '2024-01-31', days: 30 }, expect: { Date: '2024-03-01', Weekday: 'Friday' } },
  ],
  'length-converter': [
    { given: { amount: 1, from: 1609.344 }, expect: { Kilometres: 1.609344, Feet: 5280, Metres: 1609.344 } },
  ],
  'weight-converter': [
    { given: { amount: 1, from: 1000 }, expect: { Pounds: 2.204623, Ounces: 35.273962, Grams: 1000 } },
  ],
  'volume-converter': [
    {
      given: { amount: 1, from: 3.785411784 },
      expect: { Litres: 3.785412, 'US pints': 8, 'US fluid ounces': 128 },
    },
  ],
  'area-converter': [
    { given: { amount: 1, from: 10000 }, expect: { Acres: 2.471054, 'Square metres': 10000 } },
  ],
  'speed-converter': [
    {
      given: { amount: 100, from: 1 / 3.6 },
      expect: { 'Miles per hour': 62.137119, 'Metres per second': 27.777778 },
    },
  ],
  'data-converter': [
    { given: { amount: 1, from: 1073741824 }, expect: { Megabytes: 1073.741824, Mebibytes: 1024 } },
  ],
  'cooking-converter': [
    {
      given: { amount: 1, from: 236.5882365 },
      expect: { Tablespoons: 16, Teaspoons: 48, Millilitres: 236.588236 },
    },
  ],
  'time-converter': [{ given: { amount: 90, from: 60 }, expect: { Hours: 1.5, Seconds: 5400 } }],
  'energy-converter': [{ given: { amount: 1, from: 4184 }, expect: { Kilojoules: 4.184, Joules: 4184 } }],
  'temperature-converter': [
    { given: { amount: 100, from: 'C' }, expect: { Fahrenheit: 212, Kelvin: 373.15 } },
    { given: { amount: 98.6, from: 'F' }, expect: { Celsius: 37 } },
    { given: { amount: 0, from: 'K' }, expect: { Celsius: -273.15 } },
  ],
};

describe('the calculator catalogue', () => {
  it('has at least 40 calculators with unique ids, 8 or more synonyms and a description', () => {
    expect(CALCULATOR_TOOLS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CALCULATOR_TOOLS.map((t) => t.id)).size).toBe(CALCULATOR_TOOLS.length);
    for (const t of CALCULATOR_TOOLS) {
      expect(t.id, t.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(t.kind).toBe('calculator');
      expect(t.synonyms.length, t.id).toBeGreaterThanOrEqual(8);
      expect(t.description.length, t.id).toBeGreaterThan(20);
    }
  });

  it.each(CALCULATOR_TOOLS.map((t) => [t.id]))('%s is well-formed', (id) => {
    const calc = declOf(id);
    const names = calc.inputs.map((i) => i.name);
    expect(new Set(names).size, 'input names are unique').toBe(names.length);
    for (const input of calc.inputs) {
      expect(CALC_INPUT_KINDS).toContain(input.kind);
      expect(input.label).toBeTruthy();
      if (input.kind === 'select') {
        expect(input.options?.length, input.name).toBeGreaterThan(1);
        expect(input.options!.map((o) => o.value)).toContain(input.default);
      }
    }
    // Every name a formula uses is an input or an earlier formula; outputs may use them all.
    const known = new Set(names);
    const functions = new Set(calcEval.CALC_FUNCTIONS);
    const check = (expr: CalcExpr, where: string) => {
      for (const ref of refsOf(expr)) expect(known.has(ref), `${where} uses ${ref}`).toBe(true);
      const ops = (e: CalcExpr): string[] => ('op' in e ? [e.op, ...e.args.flatMap(ops)] : []);
      for (const op of ops(expr)) expect(functions.has(op), `${where} calls ${op}`).toBe(true);
    };
    for (const f of calc.formulas ?? []) {
      check(f.value, f.name);
      known.add(f.name);
    }
    for (const o of calc.outputs) {
      check(o.value, o.label);
      expect(CALC_FORMATS).toContain(o.format);
    }
    for (const c of calc.checks ?? []) check(c.check, c.message);
    for (const extra of calc.extras ?? [])
      for (const [key, value] of Object.entries(extra))
        if (key !== 'kind' && key !== 'base')
          for (const name of Array.isArray(value) ? value : [value])
            expect(known.has(String(name)), `${extra.kind}.${key}`).toBe(true);
    // Every input feeds an answer, through the formulas it flows into: an input that changes nothing misleads.
    const feeds = new Set(calc.outputs.flatMap((o) => refsOf(o.value)));
    for (const f of [...(calc.formulas ?? [])].reverse())
      if (feeds.has(f.name)) for (const ref of refsOf(f.value)) feeds.add(ref);
    for (const extra of calc.extras ?? [])
      for (const [key, value] of Object.entries(extra))
        if (key !== 'kind')
          for (const name of Array.isArray(value) ? value : [value]) feeds.add(String(name));
    expect(
      names.filter((n) => !feeds.has(n)),
      'inputs that feed no answer',
    ).toEqual([]);
    expect(calc.explanation.length).toBeGreaterThan(30);
    // The defaults are a valid example, so a new section shows an answer at once.
    expect(calcEval.validate(calc, inputsOf(calc, {}), { today: '2024-03-15' })).toEqual({});
  });

  it('has known answers checked for every calculator', () => {
    expect(CALCULATOR_TOOLS.map((t) => t.id).filter((id) => !KNOWN[id])).toEqual([]);
  });

  it.each(Object.entries(KNOWN))('%s gives the right answers for known inputs', (id, cases) => {
    for (const c of cases) {
      const out = run(id, c.given, c.today);
      for (const [label, want] of Object.entries(c.expect))
        expect(out[label], `${id} ${label}`).toEqual(want);
    }
  });
});

describe('calculator input validation', () => {
  it('says which input is missing or out of range, and refuses impossible combinations', () => {
    const mortgage = declOf('mortgage');
    const problems = calcEval.validate(mortgage, inputsOf(mortgage, { price: null, rate: 80 }));
    expect(problems.price).toBe('Home price is needed.');
    expect(problems.rate).toBe('Interest rate must be at most 50.');
    expect(calcEval.validate(mortgage, inputsOf(mortgage, { price: 100000, down: 200000 }))).toEqual({
      '': 'The down payment must be less than the home price.',
    });
    const card = declOf('credit-card-payoff');
    expect(calcEval.validate(card, inputsOf(card, { balance: 10000, apr: 24, payment: 150 }))['']).toMatch(
      /never goes down/,
    );
  });

  it('gives no answer rather than a wrong one when an operand is impossible', () => {
    expect(calcEval.evaluate(compileFormula('1 / x'), { x: 0 })).toBeNull();
    expect(calcEval.evaluate(compileFormula('sqrt(x)'), { x: -1 })).toBeNull();
    expect(calcEval.evaluate(compileFormula('x * 2'), { x: null })).toBeNull();
    expect(calcEval.evaluate(compileFormula("x + ' kg'"), { x: null })).toBeNull();
  });
});

describe('compileFormula', () => {
  it('turns formula strings into JSON expressions, with ^ as a right-associative power', () => {
    expect(compileFormula('a + b * 2')).toEqual({
      op: 'add',
      args: [{ ref: 'a' }, { op: 'mul', args: [{ ref: 'b' }, { value: 2 }] }],
    });
    expect(calcEval.evaluate(compileFormula('2 ^ 3 ^ 2'), {})).toBe(512);
    expect(calcEval.evaluate(compileFormula('x > 1 ? max(x, 4) : -x'), { x: 2 })).toBe(4);
  });

  it('refuses anything that is not a formula', () => {
    expect(() => compileFormula('alert(1)')).toThrow(/unknown function alert/);
    expect(() => compileFormula('a.constructor')).toThrow(/not allowed/);
    expect(() => compileFormula('[1, 2]')).toThrow(/not allowed/);
    expect(() => compileFormula('x = 1')).toThrow();
  });
});

describe('calculator options read from the prompt', () => {
  const entry = (id: string) => CALCULATOR_TOOLS.find((t) => t.id === id)!;
  const defaultsOf = (options: Record<string, unknown>) =>
    Object.fromEntries((options.calculator as CalculatorDecl).inputs.map((i) => [i.name, i.default]));

  it('currency: the currencies named, in order, a longer name winning', () => {
    const read = entry('currency').readOptions!;
    const yen = read('convert dollars to yen');
    expect(defaultsOf(yen)).toMatchObject({ from: 1, to: 150 });
    const calc = yen.calculator as CalculatorDecl;
    expect(calcEval.compute(calc, inputsOf(calc, {})).outputs[0]).toBe(15000);
    expect(defaultsOf(read('canadian dollars to euros'))).toMatchObject({ from: 1.36, to: 0.92 });
    expect(defaultsOf(read('a pounds converter'))).toMatchObject({ from: 0.79, to: 1 });
    expect(read('a money converter')).toEqual({});
  });

  it('time zones: the cities named become the two zones, joining the choices when missing', () => {
    const read = entry('time-zone').readOptions!;
    expect(defaultsOf(read('meeting times between Chicago and Singapore'))).toMatchObject({
      from: 'America/Chicago',
      to: 'Asia/Singapore',
    });
    const honolulu = read('what time is it in Honolulu when it is 9 in Tokyo');
    expect(defaultsOf(honolulu)).toMatchObject({ from: 'Pacific/Honolulu', to: 'Asia/Tokyo' });
    const calc = honolulu.calculator as CalculatorDecl;
    const from = calc.inputs.find((i) => i.name === 'from')!;
    expect(from.options!.map((o) => o.value)).toContain('Pacific/Honolulu');
    expect(calcEval.validate(calc, inputsOf(calc, { when: '2024-01-15T09:00' }))).toEqual({});
    expect(calcEval.compute(calc, inputsOf(calc, { when: '2024-01-15T09:00' })).outputs[0]).toBe(
      '2024-01-16T04:00',
    );
    expect(read('a time zone converter')).toEqual({});
  });
});
