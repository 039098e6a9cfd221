import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readStatedFormula, statedCalculatorEntry } from './stated-formula.js';
import type { CalculatorDecl } from '../knowledge/tools/calculator.types.js';

type Scope = Record<string, number | string | boolean | null>;
const path = fileURLToPath(new URL('../../../assets/app/public/js/tools/calc-eval.mjs', import.meta.url));
const calcEval = (await import(path)) as {
  compute(calc: CalculatorDecl, inputs: Scope): { outputs: (number | null)[] };
};

// A sum stated in words, in other domains and sentence shapes: the inputs (by a word of their label) and
// the answer the person would work out by hand, the steps taken in the order said.
const TABLE: [string, Record<string, number>, number][] = [
  [
    'a page that takes the order total, adds 8% sales tax and divides it by the number of flatmates',
    { total: 60, tax: 8, flatmate: 4 },
    16.2,
  ],
  [
    'I type the ticket price, it takes off the 5% booking fee and shows what the venue gets',
    { price: 20, fee: 5 },
    19,
  ],
  [
    'quote tool: the square metres times the price per square metre, plus a call-out charge of 40',
    { 'square metres': 12, 'price per': 15, charge: 40 },
    220,
  ],
  ['the days times my daily rate, and then 25% tax added on top', { day: 3, rate: 200 }, 750],
  ['cups of flour divided by the servings times the guests', { flour: 3, serving: 4, guest: 8 }, 6],
  [
    'the distance minus the distance already driven, divided by the speed',
    { distance: 300, 'already driven': 120, speed: 60 },
    3,
  ],
  ['the monthly rent times 12 plus a deposit of 1000', { rent: 900 }, 11800],
  [
    'Can you make me a calculator where the hours worked multiplied by the hourly wage gives my pay?',
    { hours: 38, wage: 12 },
    456,
  ],
  ['the weight in grams divided by 1000 times the price per kilo', { gram: 500, price: 8 }, 4],
  ['takes the salary and subtracts the 20% income tax', { salary: 2000, tax: 20 }, 1600],
  ['the litres of paint times the coats plus 10% spare added on top', { litre: 4, coat: 2 }, 8.8],
];

function answer(calc: CalculatorDecl, given: Record<string, number>): number {
  const values: Scope = {};
  for (const input of calc.inputs) {
    // The longest word that names the input: "driven" before "distance" in "Distance already driven".
    const key = Object.keys(given)
      .filter((k) => input.label.toLowerCase().includes(k))
      .sort((a, b) => b.length - a.length)[0];
    values[input.name] = key ? given[key]! : Number(input.default);
  }
  return Number(calcEval.compute(calc, values).outputs[0]);
}

describe('a formula stated in words', () => {
  it.each(TABLE)('%s', (prompt, given, expected) => {
    const formula = readStatedFormula(prompt);
    expect(formula).not.toBeNull();
    const calc = statedCalculatorEntry(formula!, prompt).options.calculator as CalculatorDecl;
    expect(answer(calc, given)).toBeCloseTo(expected, 2);
  });

  it('reads no formula where none is stated', () => {
    for (const prompt of [
      'a BMI calculator with weight and height',
      'track my books and who borrowed them',
      'tic tac toe',
      'a GPA calculator where I add my courses with credits',
    ])
      expect(readStatedFormula(prompt)).toBeNull();
  });

  // "times" said of how often something happens is no multiplication, whatever comes around it.
  it.each([
    'I put money in a few times a month and my target is 1500',
    'we rehearse three times a week and I log who came',
    'I feed the fish several times a day, plus I note the water temperature',
    'a log of my runs: I go 4 times per week and note the distance',
    'the kids brush their teeth two times a day and get a sticker',
    'I weigh myself a couple of times a week, with my weight and the date',
    'we restock the shelves many times each month; log each delivery with the supplier',
    'the nurse checks the patients 6 times every night and notes their pulse',
    'I water the orchids a few times a fortnight and note the fertiliser',
    'the dog gets walked 3 times a day, with the walker and the minutes',
  ])('reads no formula in “%s”', (prompt) => {
    expect(readStatedFormula(prompt)).toBeNull();
  });
});
