import { describe, expect, it } from 'vitest';
import type { CalculatorDecl } from '../knowledge/tools/calculator.types.js';
import { TOOLS_CATALOGUE } from '../knowledge/tools/index.js';
import { inPersonsNumbers } from './said-defaults.js';

const calcOf = (id: string) => TOOLS_CATALOGUE.find((t) => t.id === id)!.options.calculator as CalculatorDecl;
const defaults = (id: string, prompt: string) =>
  Object.fromEntries(inPersonsNumbers(calcOf(id), prompt).inputs.map((i) => [i.name, i.default]));

describe('a number said with an input’s words is where it starts', () => {
  it('reads each clause’s number for the one input of its kind its words name', () => {
    expect(
      defaults(
        'take-home-pay',
        'The salary is 42,000 a year. The first 12,570 is tax-free and everything above that is taxed at 20%.',
      ),
    ).toMatchObject({ gross: 42000, allowance: 12570, tax: 20 });
  });

  it.each([
    ['take-home-pay', 'my salary is 55,000 and the tax rate is 25%', { gross: 55000, tax: 25 }],
    ['loan-payment', 'the loan is 15,000, at 7.5% interest', { principal: 15000, rate: 7.5 }],
    ['tip-split', 'we usually tip 15% and there are 6 people', { tip: 15, people: 6 }],
    ['discount', 'the shop has a 30% discount on everything', { off: 30 }],
    ['hourly-to-yearly', 'I earn a wage of 18.50 an hour', { wage: 18.5 }],
    ['sales-tax', 'sales tax here is 8.25%', { rate: 8.25 }],
    ['paint', 'the coverage on the tin is 12 square metres a litre', { coverage: 12 }],
    ['paint', 'we always do 3 coats', { coats: 3 }],
    ['electricity-cost', 'the heater draws 2000 watts', { watts: 2000 }],
    ['savings-goal', 'my goal is 8,000 for a car', { goal: 8000 }],
  ])('%s: %s', (id, prompt, expected) => {
    expect(defaults(id, prompt)).toMatchObject(expected);
  });

  it('gives nothing where a clause has two numbers, names no input, or is out of range', () => {
    const before = defaults('paint', '');
    expect(defaults('paint', 'a wall of 4 by 2.5')).toEqual(before);
    expect(defaults('paint', 'paint for 2 rooms')).toEqual(before);
    expect(defaults('take-home-pay', 'taxed at 140%')).toEqual(defaults('take-home-pay', ''));
    // A year is how the salary is counted, not the other deductions' word.
    expect(defaults('take-home-pay', 'the salary is 42,000 a year')).toMatchObject({
      gross: 42000,
      other: 0,
    });
  });
});
