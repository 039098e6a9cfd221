// A rate said with its numbers, so much of one unit for so much of another: "25 minutes per 450 g plus an
// extra 25 minutes", "about 35 ml per kilogram", "15 minutes a pound". The person types the second
// quantity (the weight, in the unit they say: "weight in grams"); the answer is the first, scaled, with
// any amount said added on top. Units and their sizes come from convert-units.
import type { CalcExpr, CalculatorDecl } from '../knowledge/tools/calculator.types.js';
import type { ToolEntry } from '../knowledge/tool.types.js';
import { unitNamed, unitOfSymbol, unitRatio } from '../knowledge/tools/unit-conversion.js';
import { capitalize } from '../offline/words.js';
import { numberOf, terms, type Term } from './phrases.js';

type Unit = NonNullable<ReturnType<typeof unitNamed>>;

/** The words that say "for each": "per 450 g", "a pound", "for every kilo". */
const EACH = new Set(['per', 'a', 'an', 'each', 'every']);
/** Words that add an amount to the answer: "plus an extra 25 minutes", "and another 10 minutes". */
const ADDS = new Set(['plus', 'add', 'adding', 'and']);
const FILLERS = new Set(['an', 'a', 'extra', 'another', 'further', 'additional', 'then']);
/** What a measure's quantity is called when the person gives it no name of their own. */
const MEASURE_WORDS: Record<string, string> = {
  mass: 'Weight',
  length: 'Distance',
  area: 'Area',
  volume: 'Volume',
  time: 'Time',
};

export interface SaidRate {
  amount: number;
  unit: Unit;
  /** The unit as typed: "minutes". */
  said: string;
  per: number;
  perUnit: Unit;
  /** Amounts of the answer's unit added on top: "plus an extra 25 minutes". */
  extra: number;
}

/** The unit the words at `at` name (two words first: "square metres"); one letter only after a number. */
function unitAt(list: Term[], at: number, afterNumber: boolean): { unit: Unit; used: number } | null {
  const one = list[at]?.normal ?? '';
  const two = list[at + 1] ? `${one} ${list[at + 1]!.normal}` : '';
  if (two && unitNamed(two)) return { unit: unitNamed(two)!, used: 2 };
  const unit = unitNamed(one) ?? (afterNumber ? unitOfSymbol(one) : undefined);
  return unit ? { unit, used: 1 } : null;
}

/** The first "<n> <unit> per <m>? <unit>" of the text, with what is said to be added after it. */
export function readSaidRate(text: string): SaidRate | null {
  const list = terms(text);
  for (let i = 0; i < list.length; i++) {
    const amount = numberOf(list[i]);
    if (amount === undefined) continue;
    const first = unitAt(list, i + 1, true);
    if (!first || /[,;:.!?]/.test(list[i + first.used]!.post)) continue;
    let at = i + 1 + first.used;
    // "60 g of salt per litre": what the amount is of stands between it and its "per".
    if (list[at]?.normal === 'of')
      for (let j = at + 1; j < at + 4 && list[j] && naming(list[j]!); j++)
        if (EACH.has(list[j + 1]?.normal ?? '')) at = j + 1;
    if (list[at]?.normal === 'for' && list[at + 1]?.normal === 'every') at++;
    if (!EACH.has(list[at]?.normal ?? '')) continue;
    at++;
    const per = numberOf(list[at]) ?? 1;
    if (numberOf(list[at]) !== undefined) at++;
    const second = unitAt(list, at, per !== 1 || numberOf(list[at - 1]) !== undefined);
    if (!second) continue;
    at += second.used;
    return {
      amount,
      unit: first.unit,
      said: list[i + 1]!.normal,
      per,
      perUnit: second.unit,
      extra: extraAfter(list, at, first.unit),
    };
  }
  return null;
}

/** "plus an extra 25 minutes", "and then 10 minutes resting": amounts of the answer's unit said next. */
function extraAfter(list: Term[], at: number, unit: Unit): number {
  let extra = 0;
  for (let i = at; i < list.length && i < at + 6; i++) {
    if (!ADDS.has(list[i]!.normal)) continue;
    let j = i + 1;
    while (FILLERS.has(list[j]?.normal ?? '')) j++;
    const n = numberOf(list[j]);
    const said = n === undefined ? null : unitAt(list, j + 1, true);
    if (n !== undefined && said?.unit.measure === unit.measure)
      extra += n * unitRatio(said.unit.abbr, unit.abbr).a;
  }
  return extra;
}

/** A word that names part of a thing: "cooking", "time", not "me", "a" or "my". */
const naming = (t: Term) =>
  (t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Gerund')) &&
  !['Pronoun', 'Possessive', 'Determiner', 'Preposition'].some((tag) => t.tags.has(tag));

/** What the answer is called: the calculator's own name ("cooking time" of "gammon cooking time calculator"). */
function answerName(list: Term[], rate: SaidRate): string {
  const at = list.findIndex((t) => /^(?:calculator|estimator|planner)$/.test(t.normal));
  const name: string[] = [];
  for (let i = at - 1; i >= 0 && i >= at - 2 && naming(list[i]!) && !/[,;:.]/.test(list[i]!.post); i--)
    name.unshift(list[i]!.normal);
  return capitalize(name.length ? name.join(' ') : rate.said);
}

export const SAID_RATE_CALCULATOR = 'said-rate-calculator';

const num = (value: number): CalcExpr => ({ value });

/** The calculator of a said rate: the typed quantity, over the rate's "per", times its amount, plus extras. */
export function saidRateEntry(rate: SaidRate, text: string): ToolEntry {
  // Typed in the rate's own unit; one said with it in another ("weight in pounds") is converted as in
  // every calculator (said-units). 1800 g is 4 of "per 450 g".
  const scaled: CalcExpr = { op: 'mul', args: [{ ref: 'quantity' }, num(rate.amount / rate.per)] };
  const value: CalcExpr = rate.extra ? { op: 'add', args: [scaled, num(rate.extra)] } : scaled;
  const extra = rate.extra ? `, plus ${rate.extra} ${rate.said}` : '';
  const calculator: CalculatorDecl = {
    inputs: [
      {
        name: 'quantity',
        label: MEASURE_WORDS[rate.perUnit.measure] ?? 'Amount',
        kind: 'number',
        unit: rate.perUnit.abbr,
        min: 0,
      },
    ],
    outputs: [{ label: answerName(terms(text), rate), value, format: 'number', unit: rate.said }],
    explanation: `${rate.amount} ${rate.said} for every ${rate.per} ${rate.perUnit.abbr}${extra}.`,
  };
  return {
    id: SAID_RATE_CALCULATOR,
    name: `${answerName(terms(text), rate)} calculator`,
    kind: 'calculator',
    synonyms: [],
    description: calculator.explanation,
    options: { calculator },
  };
}
