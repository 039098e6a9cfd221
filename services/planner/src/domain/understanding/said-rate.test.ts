import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { CalculatorDecl } from '../knowledge/tools/calculator.types.js';
import { understandPrompt } from './understand.js';

type Scope = Record<string, number | string | boolean | null>;
const path = fileURLToPath(new URL('../../../assets/app/public/js/tools/calc-eval.mjs', import.meta.url));
const calcEval = (await import(path)) as {
  compute(calc: CalculatorDecl, inputs: Scope): { outputs: (number | null)[] };
};

// A rate said with its numbers, in other domains and sentence shapes: the quantity typed (in the unit the
// person says it in) and the answer worked out by hand.
const TABLE: [string, number, number][] = [
  [
    'turkey roasting time calculator: 40 minutes per kg plus 20 minutes resting, weight in pounds',
    11.0231,
    220,
  ],
  ['lamb roast calculator, 15 minutes per 500 g, I type the weight in kg', 2, 60],
  ['baby bottle calculator: 150 ml per kg of body weight a day', 4, 600],
  ['fertiliser calculator: 35 g per square metre, I type the lawn area', 20, 700],
  ['Can you make me a dog food calculator? 20 g per kg of the dog’s weight', 15, 300],
  ['brine calculator: 60 g of salt per litre of water', 3, 180],
  ['walking time estimator: 12 minutes per km, distance in miles', 3.10686, 60],
  ['caffeine calculator, 3 mg per kg of body weight', 70, 210],
  ['defrosting calculator\n- 10 hours per 2 kg\n- I type the weight', 5, 25],
  [
    'We smoke brisket every summer. Could you build a calculator for it? It takes about 90 minutes per pound, plus another 60 minutes to rest, and I type the weight in kg.',
    2,
    90 * 4.40924 + 60,
  ],
];

async function calculator(prompt: string): Promise<CalculatorDecl | undefined> {
  const { spec } = await understandPrompt(prompt);
  const section = spec.pages.flatMap((p) => p.sections).find((s) => s.type === 'tool');
  return (section as { options?: { calculator?: CalculatorDecl } } | undefined)?.options?.calculator;
}

describe('a rate said with its numbers', () => {
  it.each(TABLE)('%s', async (prompt, typed, expected) => {
    const calc = await calculator(prompt);
    expect(calc?.inputs).toHaveLength(1);
    const answer = calcEval.compute(calc!, { [calc!.inputs[0]!.name]: typed }).outputs[0];
    expect(Number(answer)).toBeCloseTo(expected, 1);
  });
});
