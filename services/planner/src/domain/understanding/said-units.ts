// An input said in another unit of its measure than the catalogue's: "term in months" for a loan whose
// formulas count years, "weight in pounds" for a BMI in kilograms. The input is then typed in the
// person's unit and labelled so ("Term in months"); a first formula turns it into the unit the formulas
// use, so nothing else of the calculator changes. Units and their sizes come from convert-units.
import type { CalcExpr, CalcInput, CalculatorDecl } from '../knowledge/tools/calculator.types.js';
import { unitNamed, unitOfSymbol, unitRatio } from '../knowledge/tools/unit-conversion.js';
import { capitalize } from '../offline/words.js';
import { singular } from './lexicon.js';

/** "<word> in <unit>", "<word> (<unit>)": "term in months", "distance (miles)". */
const SAID_IN = /\b([a-z]+)\s+(?:in|\()\s*([a-z]+)(?:\s+([a-z]+))?/gi;

/** A word that ends an item of a list before its last: "width and ", "length, ", "distance and the ". */
const LISTED_BEFORE = /\b([a-z]+)(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+)(?:(?:the|my|a|an|our|your)\s+)?$/i;

const NUMERIC = new Set(['number', 'money', 'percent']);

interface SaidUnit {
  /** The word of the input's label it was said with: "term", "driven"; none for a count ("18 months"). */
  word?: string;
  unit: NonNullable<ReturnType<typeof unitNamed>>;
  /** The unit as typed: "months". */
  said: string;
  /** The person's name for the input when the unit leads it: "Kilometres driven". */
  label?: string;
}

/** Each "<word> in <unit>" and "<unit> <word>" of the prompt ("square metres" before "square"). */
function saidUnits(prompt: string): SaidUnit[] {
  const found: SaidUnit[] = [];
  for (const m of prompt.matchAll(SAID_IN)) {
    const two = m[3] ? `${m[2]} ${m[3]}` : '';
    const said = two && unitNamed(two) ? two : m[2]!;
    const unit = unitNamed(said);
    if (!unit) continue;
    found.push({ word: singular(m[1]!.toLowerCase()), unit, said: said.toLowerCase() });
    // "wall width and height in cm", "length, width in inches": the unit is each listed word's.
    let before = prompt.slice(0, m.index);
    for (let listed = LISTED_BEFORE.exec(before); listed; listed = LISTED_BEFORE.exec(before)) {
      found.push({ word: singular(listed[1]!.toLowerCase()), unit, said: said.toLowerCase() });
      before = before.slice(0, listed.index);
    }
  }
  // "<unit> <word>": "kilometres driven", "litres used": the unit names the input.
  // Within a phrase: "regular hours, overtime hours" says no "hours overtime".
  for (const phrase of prompt.toLowerCase().split(/[^a-z\s]+/)) {
    const words = phrase.match(/[a-z]+/g) ?? [];
    words.forEach((word, i) => {
      const unit = unitNamed(word);
      const next = words[i + 1];
      if (unit && next && !unitNamed(next))
        found.push({ word: singular(next), unit, said: word, label: capitalize(`${word} ${next}`) });
    });
  }
  return found;
}

/**
 * "number of months", "how many weeks", "over 18 months", "months left": a count of a unit, said with no
 * word of a label, names the one input of that measure ("Term" in years). Only when every count of the
 * measure is in the same unit: "1 hour 45 minutes" says no one unit.
 */
const COUNT =
  /\b(?:(number of|how many)\s+([a-z]+)|(?:over|for|within|in|across)\s+\d+(?:\.\d+)?\s+([a-z]+)|([a-z]+)\s+(?:left|remaining|to go))\b/gi;

function countedUnits(prompt: string): SaidUnit[] {
  const found: SaidUnit[] = [];
  for (const m of prompt.matchAll(COUNT)) {
    const said = (m[2] ?? m[3] ?? m[4])!.toLowerCase();
    const unit = unitNamed(said);
    if (unit) found.push({ unit, said, ...(m[1] && { label: capitalize(`number of ${said}`) }) });
  }
  const numbered = [...prompt.matchAll(/\d\s*([a-z]+)/gi)].flatMap((m) => unitNamed(m[1]!) ?? []);
  return found.filter((s) =>
    [...found.map((o) => o.unit), ...numbered].every((u) => u.measure !== s.unit.measure || u === s.unit),
  );
}

const scaled = (n: number | string | undefined, a: number) =>
  typeof n === 'number' ? Number((n / a).toPrecision(6)) : n;

/** The input typed in the said unit, and the formula that gives the value the formulas expect. */
function retyped(
  input: CalcInput,
  said: SaidUnit,
): { input: CalcInput; formula: { name: string; value: CalcExpr } } {
  const { a, b } = unitRatio(said.unit.abbr, input.unit!);
  const name = `${input.name}Said`;
  const times: CalcExpr = { op: 'mul', args: [{ ref: name }, { value: a }] };
  return {
    input: {
      ...input,
      name,
      label: said.label ?? `${input.label} in ${said.said}`,
      unit: said.unit.plural.toLowerCase(),
      default: scaled(input.default, a),
      min: b === 0 ? (scaled(input.min, a) as number | undefined) : undefined,
      max: b === 0 ? (scaled(input.max, a) as number | undefined) : undefined,
      step: undefined,
    },
    formula: { name: input.name, value: b === 0 ? times : { op: 'add', args: [times, { value: b }] } },
  };
}

/** The calculator with each input the prompt says in another unit of its measure typed in that unit. */
export function inPersonsUnits(calc: CalculatorDecl, prompt: string): CalculatorDecl {
  const said = saidUnits(prompt);
  const counted = countedUnits(prompt);
  const ownUnit = (input: CalcInput) =>
    input.unit && NUMERIC.has(input.kind) ? (unitNamed(input.unit) ?? unitOfSymbol(input.unit)) : undefined;
  const formulas: { name: string; value: CalcExpr }[] = [];
  const inputs = calc.inputs.map((input) => {
    const own = ownUnit(input);
    if (!own) return input;
    const words = (input.label.toLowerCase().match(/[a-z]+/g) ?? []).map(singular);
    const sameMeasure = calc.inputs.filter((i) => ownUnit(i)?.measure === own.measure);
    const match =
      said.find((s) => s.word && words.includes(s.word) && s.unit.measure === own.measure) ??
      (sameMeasure.length === 1 ? counted.find((s) => s.unit.measure === own.measure) : undefined);
    if (!match) return input;
    // Said in its own unit: only the person's name for it, when they gave one.
    if (match.unit.abbr === own.abbr) return match.label ? { ...input, label: match.label } : input;
    const { input: typed, formula } = retyped({ ...input, unit: own.abbr }, match);
    formulas.push(formula);
    return typed;
  });
  if (inputs.every((input, i) => input === calc.inputs[i])) return calc;
  return { ...calc, inputs, formulas: [...formulas, ...(calc.formulas ?? [])] };
}
