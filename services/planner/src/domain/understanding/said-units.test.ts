import { describe, expect, it } from 'vitest';
import type { CalculatorDecl } from '../knowledge/tools/calculator.types.js';
import { inPersonsUnits } from './said-units.js';

const calc: CalculatorDecl = {
  inputs: [
    { name: 'principal', label: 'Loan amount', kind: 'money', default: 1000 },
    { name: 'years', label: 'Term', kind: 'number', unit: 'years', default: 30, min: 1, max: 50 },
    { name: 'weight', label: 'Weight', kind: 'number', unit: 'kg', default: 70 },
  ],
  formulas: [{ name: 'n', value: { op: 'mul', args: [{ ref: 'years' }, { value: 12 }] } }],
  outputs: [],
  explanation: '',
};

describe('an input said in another unit of its measure', () => {
  it('is typed in the person’s unit and turned into the formulas’ unit first', () => {
    const said = inPersonsUnits(calc, 'a loan for a car, term in months, weight in pounds');
    expect(said.inputs.map((i) => [i.name, i.label, i.unit, i.default])).toEqual([
      ['principal', 'Loan amount', undefined, 1000],
      ['yearsSaid', 'Term in months', 'months', 360],
      ['weightSaid', 'Weight in pounds', 'pounds', 154.324],
    ]);
    expect(said.inputs[1]).toMatchObject({ min: 12, max: 600 });
    expect(said.formulas![0]).toEqual({
      name: 'years',
      value: { op: 'mul', args: [{ ref: 'yearsSaid' }, { value: 1 / 12 }] },
    });
    // The calculator's own formulas follow, unchanged.
    expect(said.formulas!.at(-1)!.name).toBe('n');
  });

  it('leaves an input said in its own unit, or in no unit of its measure, as it is', () => {
    expect(inPersonsUnits(calc, 'term in years and weight in kg')).toBe(calc);
    expect(inPersonsUnits(calc, 'term in months')).not.toBe(calc);
    expect(inPersonsUnits(calc, 'the weight in grams of flour, term in dollars')).toMatchObject({
      inputs: [{}, { name: 'years' }, { name: 'weightSaid', unit: 'grams' }],
    });
  });

  it('takes the unit as the input’s name when it leads a word of the label', () => {
    const fuel: CalculatorDecl = {
      inputs: [
        { name: 'litres', label: 'Fuel used', kind: 'number', unit: 'litres', default: 40 },
        { name: 'km', label: 'Distance driven', kind: 'number', unit: 'km', default: 600 },
      ],
      outputs: [],
      explanation: '',
    };
    const said = inPersonsUnits(fuel, 'fuel economy from gallons used and kilometres driven');
    expect(said.inputs.map((i) => [i.name, i.label])).toEqual([
      ['litresSaid', 'Gallons used'],
      ['km', 'Kilometres driven'],
    ]);
    expect(said.formulas).toHaveLength(1);
    // Not across a comma: "regular hours, overtime hours" names no "hours overtime".
    const pay: CalculatorDecl = {
      inputs: [{ name: 'overtime', label: 'Overtime hours', kind: 'number', unit: 'hours' }],
      outputs: [],
      explanation: '',
    };
    expect(inPersonsUnits(pay, 'pay: regular hours, overtime hours paid at time and a half')).toBe(pay);
  });

  describe('a count of a unit names the one input of its measure', () => {
    const loan: CalculatorDecl = {
      inputs: [
        { name: 'principal', label: 'Loan amount', kind: 'money', default: 1000 },
        { name: 'years', label: 'Term', kind: 'number', unit: 'years', default: 5 },
      ],
      outputs: [],
      explanation: '',
    };
    it.each([
      ['car loan: amount, rate and number of months', 'Number of months', 'months'],
      ['How many months will it take? amount borrowed and APR', 'Number of months', 'months'],
      ['I want to borrow 4000 over 18 months', 'Term in months', 'months'],
      ['paying it back for 36 months at 5%', 'Term in months', 'months'],
      ['a loan paid within 104 weeks', 'Term in weeks', 'weeks'],
      ['savings: the goal and the weeks left', 'Term in weeks', 'weeks'],
      ['Loan amount; number of years; rate', 'Number of years', 'years'],
      ['the number of days I have to pay it off', 'Number of days', 'days'],
      ['spread across 24 months, what do I pay?', 'Term in months', 'months'],
      ['how many weeks to go until it is paid', 'Number of weeks', 'weeks'],
    ])('%s', (prompt, label, unit) => {
      const term = inPersonsUnits(loan, prompt).inputs[1]!;
      expect([term.label, term.unit ?? 'years']).toEqual([label, unit]);
    });

    it.each([
      // Two inputs of the measure: which one the count is is not said.
      ['overtime: 40 regular hours and how many hours of overtime', 'pay'],
      // Two units of the measure counted: "1 hour 45 minutes" is no one unit.
      ['a ride of 42 km in 1 hours 45 minutes', 'pace'],
      // A rate is no count: "per month", "monthly".
      ['a loan repaid at 200 per month with a monthly fee', 'loan'],
    ])('leaves the inputs when %s', (prompt, which) => {
      const pay: CalculatorDecl = {
        inputs: [
          { name: 'regular', label: 'Regular hours', kind: 'number', unit: 'hours' },
          { name: 'overtime', label: 'Overtime', kind: 'number', unit: 'hours' },
        ],
        outputs: [],
        explanation: '',
      };
      const pace: CalculatorDecl = {
        inputs: [{ name: 'time', label: 'Time', kind: 'number', unit: 'minutes' }],
        outputs: [],
        explanation: '',
      };
      const calc = { pay, pace, loan }[which]!;
      expect(inPersonsUnits(calc, prompt)).toBe(calc);
    });
  });
});

// A catalogue input's unit may be one letter ("m", "g", "h"), and a unit said after a list is each item's
// ("width and height in cm"): every input named is typed in the person's unit.
describe('inputs said in another unit, one letter or after a list', () => {
  const calcOf = (labels: string[], unit: string): CalculatorDecl => ({
    inputs: labels.map((label, i) => ({ name: `i${i}`, label, kind: 'number', unit, default: 2 })),
    outputs: [],
    explanation: '',
  });
  it.each([
    ['tile calculator: the width in cm', ['Width'], 'm', 'centimeters'],
    ['the flour weight in ounces', ['Flour weight'], 'g', 'ounces'],
    ['a room length in feet', ['Length'], 'm', 'feet'],
    ['the tank volume in gallons', ['Volume'], 'l', 'gallons'],
    ['how long it takes, time in minutes', ['Time'], 'h', 'minutes'],
    ['the distance (miles) and the fuel', ['Distance'], 'km', 'miles'],
    ['my height in inches', ['Height'], 'm', 'inches'],
    ['pan depth in mm', ['Depth'], 'cm', 'millimeters'],
    ['the garden width in yards', ['Width'], 'm', 'yards'],
    ['wall width and height in cm', ['Width', 'Height'], 'm', 'centimeters'],
    ['the length and width in feet', ['Length', 'Width'], 'm', 'feet'],
    ['a tank: length, width in inches', ['Length', 'Width'], 'cm', 'inches'],
    ['flour and sugar in ounces', ['Flour', 'Sugar'], 'g', 'ounces'],
    [
      'the run distance and the walk distance, both in miles',
      ['Run distance', 'Walk distance'],
      'km',
      'miles',
    ],
    ['my waist and hip in inches', ['Waist', 'Hip'], 'cm', 'inches'],
    ['milk and water (cups)', ['Milk', 'Water'], 'ml', 'cups'],
    ['type the depth and width in mm', ['Depth', 'Width'], 'cm', 'millimeters'],
    ['rest time and work time in seconds', ['Rest time', 'Work time'], 'min', 'seconds'],
    ['the height and the base in metres', ['Height', 'Base'], 'cm', 'meters'],
  ])('%s', (prompt, labels, unit, typed) => {
    const units = inPersonsUnits(calcOf(labels, unit), prompt).inputs.map((i) => i.unit);
    expect(units).toEqual(labels.map(() => typed));
  });
});
