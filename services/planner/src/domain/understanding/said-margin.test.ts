import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { CalculatorDecl } from '../knowledge/tools/calculator.types.js';
import { understandPrompt } from './understand.js';

type Scope = Record<string, number | string | boolean | null>;
const path = fileURLToPath(new URL('../../../assets/app/public/js/tools/calc-eval.mjs', import.meta.url));
const calcEval = (await import(path)) as {
  compute(calc: CalculatorDecl, inputs: Scope): { outputs: (number | null)[] };
};

async function calculator(prompt: string): Promise<CalculatorDecl> {
  const { spec } = await understandPrompt(prompt);
  const section = spec.pages.flatMap((p) => p.sections).find((s) => s.type === 'tool');
  return (section as unknown as { options: { calculator: CalculatorDecl } }).options.calculator;
}

/** The first answer at the calculator's own starting values. */
async function answer(prompt: string): Promise<number> {
  const calc = await calculator(prompt);
  const values = Object.fromEntries(calc.inputs.map((i) => [i.name, i.default ?? null]));
  return Number(calcEval.compute(calc, values).outputs[0]);
}

// A margin said on top of a catalogue calculator's answer, in other words and shapes: the prompt, the same
// prompt without it, the factor and whether the answer is rounded up.
const TABLE: [string, string, number, boolean][] = [
  ['paint calculator for the hallway, add 10% for waste', 'paint calculator for the hallway', 1.1, false],
  ['How much paint for my fence? I always add 20% extra', 'How much paint for my fence?', 1.2, false],
  [
    'fuel cost calculator for our road trip, plus 10% on top for detours',
    'fuel cost calculator for our road trip',
    1.1,
    false,
  ],
  [
    'electricity cost calculator for my heater. Add 5% more for standing charges',
    'electricity cost calculator for my heater',
    1.05,
    false,
  ],
  [
    'Paint calculator\n- wall width and height\n- coats\n- 15% spare',
    'Paint calculator\n- wall width and height\n- coats',
    1.15,
    false,
  ],
  ['water intake calculator, with 10% extra on hot days', 'water intake calculator', 1.1, false],
  ['fuel cost calculator that adds 10% for traffic', 'fuel cost calculator', 1.1, false],
  ['paint calculator, add 10% for waste and round up to whole litres', 'paint calculator', 1.1, true],
  [
    'I need a paint calculator for the kitchen walls; round up to whole litres',
    'I need a paint calculator for the kitchen walls',
    1,
    true,
  ],
  ['how much paint for the shed, rounded up', 'how much paint for the shed', 1, true],
];

describe('a margin said on top of the answer', () => {
  it.each(TABLE)('%s', async (prompt, without, factor, whole) => {
    const base = (await answer(without)) * factor;
    expect(await answer(prompt)).toBeCloseTo(whole ? Math.ceil(base) : base, 6);
  });

  it('is the input of a calculator that has one: the tiles’ spare for cuts', async () => {
    const calc = await calculator('tile calculator, add 15% for breakages');
    const plain = await calculator('tile calculator');
    expect(calc.outputs[0]!.value).toEqual(plain.outputs[0]!.value);
  });
});
