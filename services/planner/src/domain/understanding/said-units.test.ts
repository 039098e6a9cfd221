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
});
