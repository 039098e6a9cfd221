import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CalculatorDecl } from './calculator.types.js';
import { readUnitPair, unitConverter } from './unit-conversion.js';

type Scope = Record<string, number | string | boolean | null>;
const path = fileURLToPath(new URL('../../../../assets/app/public/js/tools/calc-eval.mjs', import.meta.url));
const calcEval = (await import(path)) as {
  compute(calc: CalculatorDecl, inputs: Scope): { outputs: (number | null)[] };
};

function converterFor(prompt: string) {
  const pair = readUnitPair(prompt);
  if (!pair) throw new Error(`no units in ${prompt}`);
  const entry = unitConverter(pair);
  return { entry, calc: entry.options.calculator as CalculatorDecl };
}

/** Both outputs for a value typed in the first unit and one typed in the second. */
function convert(prompt: string, there: number, back: number | null = null): (number | null)[] {
  return calcEval.compute(converterFor(prompt).calc, { there, back }).outputs;
}

describe('unit conversion over the units library', () => {
  it('reads two units of one measure in the person’s spelling, with any separator', () => {
    const pairs = [
      'kilometres to miles converter',
      'convert celsius into fahrenheit',
      'a converter between psi and bar',
      'ounces to grams converter for baking',
      'square feet to square metres',
      'mb to gb',
    ].map((p) => readUnitPair(p));
    expect(pairs.map((p) => `${p?.from.abbr}>${p?.to.abbr}`)).toEqual([
      'km>mi',
      'C>F',
      'psi>bar',
      'oz>g',
      'ft2>m2',
      'MB>GB',
    ]);
    expect(pairs[0]).toMatchObject({ fromSaid: 'kilometres', toSaid: 'miles' });
  });

  it('takes no pair of different measures, nor units said in passing', () => {
    expect(readUnitPair('cups to grams converter')).toBeNull();
    expect(readUnitPair('a timer from 5 minutes to 2 hours')).toBeNull();
    expect(readUnitPair('a log of my runs: km and minutes')).toBeNull();
    expect(readUnitPair('a to-do list')).toBeNull();
  });

  it('takes no unit that is part of a rate as one of the pair', () => {
    const rates = [
      'a converter from miles per gallon to litres per 100 km',
      'convert litres per 100 km to miles per gallon',
      'grams per litre to ounces per gallon converter',
      'convert dollars per pound into euros per kilo',
      'cost per mile to cost per km converter',
      'convert pence per kWh into pounds per kWh',
      'price per square foot to price per square metre converter',
      'convert calories per gram to calories per ounce',
      'can you convert beats per minute to beats per second',
      'a converter for kilograms per hectare to pounds per acre',
    ];
    expect(rates.filter((p) => readUnitPair(p) !== null)).toEqual([]);
    // A rate the units library names whole is still a unit of its own.
    expect(readUnitPair('kilometres per hour to miles per hour converter')).toMatchObject({
      fromSaid: 'kilometres per hour',
      toSaid: 'miles per hour',
    });
  });

  it('converts both ways, as the library does', () => {
    expect(convert('kilometres to miles', 10)[0]).toBeCloseTo(6.2137, 4);
    expect(convert('ounces to grams', 8)[0]).toBeCloseTo(226.796, 3);
    const [f, c] = convert('celsius to fahrenheit', 100, 212);
    expect(f).toBeCloseTo(212, 6);
    expect(c).toBeCloseTo(100, 6);
    expect(convert('litres to gallons', 1, null)[1]).toBeNull();
  });

  it('is labelled with the person’s words and says how it is worked out', () => {
    const { entry, calc } = converterFor('kilometres to miles converter');
    expect(entry.name).toBe('Kilometres to miles converter');
    expect(calc.inputs.map((i) => i.label)).toEqual(['Kilometres', 'Miles']);
    expect(calc.outputs.map((o) => o.label)).toEqual(['Kilometres in miles', 'Miles in kilometres']);
    expect(calc.explanation).toContain('1 kilometre = 0.621371 miles');
    expect(converterFor('km to mi').calc.inputs[0]!.label).toBe('Kilometers');
    expect(converterFor('celsius to fahrenheit').calc.explanation).toContain('× 1.8 + 32');
  });
});
