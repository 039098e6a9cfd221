// A margin said on top of a calculator's answer: "add 10% for waste", "plus 15% extra for cuts", "with 5%
// spare", and "round up to whole tins". A percentage added that no input of the calculator takes (the VAT
// calculator's rate, the tiles' spare for cuts take theirs) is more of the answer; "round up" makes the
// answer a whole number, rounded up, as a shop sells it.
import type { CalcExpr, CalculatorDecl } from '../knowledge/tools/calculator.types.js';
import { numberOf, terms, type Term } from './phrases.js';

/** Words that put a percentage on top of something: a short list of function words. */
const ADDING = new Set(['add', 'adds', 'adding', 'added', 'plus', 'extra', 'more', 'spare', 'top']);
const ENDS = /[.;!?\n]/;

const percentAt = (list: Term[], i: number): number | undefined => {
  const t = list[i]!;
  const percent = t.tags.has('Percent') || t.text.includes('%') || list[i + 1]?.normal === 'percent';
  return percent ? numberOf(t) : undefined;
};

/** The clause around term `i`: from the sentence's start (or a comma) to its end. */
function clauseAround(list: Term[], i: number): Term[] {
  let from = i;
  while (from > 0 && !ENDS.test(list[from - 1]!.post) && !list[from - 1]!.post.includes(',')) from--;
  let to = i;
  while (to < list.length - 1 && !ENDS.test(list[to]!.post) && !list[to]!.post.includes(',')) to++;
  return list.slice(from, to + 1);
}

/** The percentage said to be added on top, or undefined. */
function saidMargin(list: Term[]): number | undefined {
  for (let i = 0; i < list.length; i++) {
    const share = percentAt(list, i);
    if (share === undefined || share <= 0 || share > 100) continue;
    if (clauseAround(list, i).some((t) => ADDING.has(t.normal))) return share;
  }
  return undefined;
}

/** "round up to whole packs", "rounded up": the answer is bought whole. */
const roundsUp = (list: Term[]) => list.some((t, i) => t.root === 'round' && list[i + 1]?.normal === 'up');

/** The calculator with the margin said on top of its answer (its first output), rounded up when said. */
export function withSaidMargin(calc: CalculatorDecl, prompt: string): CalculatorDecl {
  const answer = calc.outputs[0];
  if (!answer || !['number', 'integer', 'money'].includes(answer.format)) return calc;
  const words = terms(prompt);
  const margin = calc.inputs.some((i) => i.kind === 'percent') ? undefined : saidMargin(words);
  const whole = roundsUp(words) && answer.format === 'number';
  if (margin === undefined && !whole) return calc;
  let value: CalcExpr = answer.value;
  if (margin !== undefined) value = { op: 'mul', args: [value, { value: 1 + margin / 100 }] };
  if (whole) value = { op: 'ceil', args: [value] };
  const said = [margin !== undefined && `${margin}% added on top`, whole && 'rounded up to a whole number'];
  return {
    ...calc,
    outputs: [{ ...answer, value, ...(whole && { format: 'integer' as const }) }, ...calc.outputs.slice(1)],
    explanation: `${calc.explanation} The answer has ${said.filter(Boolean).join(', ')}.`,
  };
}
