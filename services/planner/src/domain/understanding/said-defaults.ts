// A number the prompt says with an input's words is where that input starts: "The salary is 42,000 a
// year", "the first 12,570 is tax-free", "taxed at 20%", "the loan is 15,000". Read clause by clause,
// wherever it stands: a clause with one number and the words of exactly one input of that number's kind
// (a percentage for an input in %, any other number for the rest) gives the input that number, within
// its limits. Units name no input ("a year" is the salary's, not "Other deductions a year").
import type { CalcInput, CalculatorDecl } from '../knowledge/tools/calculator.types.js';
import { unitNamed, unitOfSymbol } from '../knowledge/tools/unit-conversion.js';
import { rootWords } from './root-words.js';

const NUMBER = /(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w.,]*\d)\s*(%|percent\b)?(?:\s*([a-z]+))?/gi;
/** Clauses: sentences, their commas and the words that join two statements. */
const CLAUSE = /[.;!?\n]+(?:\s|$)|,\s+|\s+(?:and|but|then|while)\s+/i;
/** Words of a label that say no more than how it is counted. */
const SMALL = new Set(['a', 'an', 'the', 'of', 'per', 'in', 'to', 'for', 'on', 'number', 'amount', 'value']);

const NUMERIC = new Set(['number', 'money', 'percent']);
const ownUnit = (unit: string) => unitNamed(unit) ?? unitOfSymbol(unit);

function labelWords(input: CalcInput): string[] {
  return rootWords(input.label.replace(/-/g, ' '))
    .trim()
    .split(' ')
    .filter((w) => w.length > 1 && !SMALL.has(w) && !unitNamed(w));
}

/** The calculator with the inputs the prompt gives a number for starting at it. */
export function inPersonsNumbers(calc: CalculatorDecl, prompt: string): CalculatorDecl {
  const words = calc.inputs.map((i) => (NUMERIC.has(i.kind) ? labelWords(i) : []));
  const given = new Map<number, number>();
  for (const clause of prompt.split(CLAUSE)) {
    const numbers = [...clause.matchAll(NUMBER)];
    if (numbers.length !== 1) continue;
    const [, whole, fraction, percent, after] = numbers[0]!;
    // "2000 watts": a number said in an input's own unit is that input's.
    const unit = after ? unitNamed(after) : undefined;
    const value = Number(`${whole!.replace(/,/g, '')}${fraction ?? ''}`);
    const roots = rootWords(clause.replace(/-/g, ' '));
    const fits = calc.inputs
      .map((input, i) => ({ input, i }))
      .filter(({ input }) => NUMERIC.has(input.kind) && (input.kind === 'percent') === Boolean(percent))
      .filter(
        ({ input, i }) =>
          words[i]!.some((w) => roots.includes(` ${w} `)) ||
          (unit !== undefined && input.unit !== undefined && ownUnit(input.unit)?.abbr === unit.abbr),
      );
    if (fits.length !== 1) continue;
    const { input, i } = fits[0]!;
    if ((input.min !== undefined && value < input.min) || (input.max !== undefined && value > input.max))
      continue;
    if (!given.has(i)) given.set(i, value);
  }
  if (given.size === 0) return calc;
  return {
    ...calc,
    inputs: calc.inputs.map((input, i) => (given.has(i) ? { ...input, default: given.get(i)! } : input)),
  };
}
