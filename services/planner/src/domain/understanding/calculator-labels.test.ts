import { describe, expect, it } from 'vitest';
import type { CalculatorDecl } from '../knowledge/tools/calculator.types.js';
import { inPersonsWords } from './calculator-labels.js';

const calc = (...labels: string[]): CalculatorDecl => ({
  inputs: labels.map((label, i) => ({ name: `i${i}`, label, kind: 'number' })),
  outputs: [],
  explanation: '',
});
const labelsFor = (prompt: string, ...labels: string[]) =>
  inPersonsWords(calc(...labels), prompt).inputs.map((i) => i.label);

describe('calculator inputs in the person’s words', () => {
  it('relabels an input the prompt names in other words', () => {
    expect(
      labelsFor(
        'final exam grade calculator: my current grade, the weight of the final in %, and my target grade',
        'Current grade',
        'Final exam weight',
        'Grade wanted',
      ),
    ).toEqual(['Current grade', 'Final exam weight', 'Target grade']);
    expect(
      labelsFor('mortgage calculator: house price and down payment', 'Home price', 'Down payment'),
    ).toEqual(['House price', 'Down payment']);
    expect(labelsFor('savings calculator with my monthly deposit', 'Starting balance', 'Deposit')).toEqual([
      'Starting balance',
      'Monthly deposit',
    ]);
    expect(labelsFor('fuel calculator: trip distance, fuel price', 'Distance', 'Fuel price')).toEqual([
      'Trip distance',
      'Fuel price',
    ]);
  });

  it('takes a noun the tagger reads as a verb', () => {
    expect(
      labelsFor(
        'exam calculator: my current grade and my target grade - what must I score?',
        'Current grade',
        'Grade wanted',
      ),
    ).toEqual(['Current grade', 'Target grade']);
  });

  it('fills a label’s “value” with the person’s noun', () => {
    expect(
      labelsFor('percentage increase from an old price to a new price', 'Old value', 'New value'),
    ).toEqual(['Old price', 'New price']);
    expect(labelsFor('percent change from the old rent to the new rent', 'Old value', 'New value')).toEqual([
      'Old rent',
      'New rent',
    ]);
  });

  it('keeps labels that already say it, and the calculator’s own name is no input', () => {
    expect(
      labelsFor(
        'break-even calculator: fixed costs, price per unit, variable cost per unit',
        'Fixed costs',
        'Price per unit',
        'Variable cost per unit',
      ),
    ).toEqual(['Fixed costs', 'Price per unit', 'Variable cost per unit']);
    expect(labelsFor('mortgage calculator: down payment and the monthly payment', 'Down payment')).toEqual([
      'Down payment',
    ]);
    expect(labelsFor('tip calculator: bill amount and number of people', 'Bill', 'People')).toEqual([
      'Bill',
      'People',
    ]);
  });

  it('leaves alone a phrase that could be one of several inputs', () => {
    expect(
      labelsFor(
        'GPA calculator where I add my courses with credits and letter grades',
        'Course 1 grade',
        'Course 2 grade',
        'Course 3 grade',
      ),
    ).toEqual(['Course 1 grade', 'Course 2 grade', 'Course 3 grade']);
  });

  it('takes a participle after the noun as part of its name', () => {
    expect(
      labelsFor('car finance: amount borrowed, rate and term', 'Loan amount', 'Interest rate', 'Term'),
    ).toEqual(['Amount borrowed', 'Interest rate', 'Term']);
    expect(labelsFor('trip cost: miles driven and gallons used', 'Miles', 'Gallons')).toEqual([
      'Miles driven',
      'Gallons used',
    ]);
  });

  // What a question asks for is the answer, not an input: "how many tiles" is no tile's size.
  it.each([
    [
      'tile calculator: wall width and height, how many tiles do I need',
      ['Tile width', 'Width'],
      'Tile width',
    ],
    ['paint calculator, how much paint for my room size', ['Paint coverage', 'Room size'], 'Paint coverage'],
    ['pizza planner: how many pizzas for the number of guests', ['Pizza size', 'Guests'], 'Pizza size'],
    ['how many bags of concrete for a post hole depth', ['Bag size', 'Hole depth'], 'Bag size'],
    [
      'seed calculator - how many seed packets, the bed length',
      ['Seeds per packet', 'Bed length'],
      'Seeds per packet',
    ],
    ['tell me how many boxes of flooring from the room area', ['Box coverage', 'Area'], 'Box coverage'],
    ['how much fuel for the distance', ['Fuel economy', 'Distance'], 'Fuel economy'],
    [
      'work out how many rolls of wallpaper for the wall height',
      ['Roll length', 'Wall height'],
      'Roll length',
    ],
    [
      'how many cups of coffee a day from the caffeine per cup',
      ['Coffee strength', 'Caffeine per cup'],
      'Coffee strength',
    ],
    ['how many litres of water for the tank size', ['Water per fish', 'Tank size'], 'Water per fish'],
  ])('%s', (prompt, labels, kept) => {
    expect(labelsFor(prompt, ...labels)[0]).toBe(kept);
  });

  it('relabels no choice, so a number of the same word takes the person’s phrase', () => {
    const vat: CalculatorDecl = {
      inputs: [
        { name: 'price', label: 'Price', kind: 'money' },
        { name: 'includes', label: 'The price', kind: 'select', options: [] },
      ],
      outputs: [],
      explanation: '',
    };
    expect(
      inPersonsWords(vat, 'tax calculator: the net price and the rate').inputs.map((i) => i.label),
    ).toEqual(['Net price', 'The price']);
  });
});
