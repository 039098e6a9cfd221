import convert from 'convert-units';
import { singularize } from '../../plural.js';
import { capitalize } from '../../offline/words.js';
import type { ToolEntry } from '../tool.types.js';
import { defineCalculator, numberInput } from './define-calculator.js';

// Any "X to Y converter" between two units of one measure, as one mechanism: the units and their sizes
// come from convert-units (a well-kept units library: lengths, masses, volumes, temperatures, times,
// data, speeds, energy, pressure...), so "kilometres to miles", "ounces to grams" and "psi to bar" are
// all the same two-way converter, labelled with the person's own words for the units.

type Unit = ReturnType<ReturnType<typeof convert>['describe']>;

/** A unit's words in one spelling: lower case, singular, "metre"/"litre" read as "meter"/"liter". */
export function unitWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => singularize(w).replace(/tre$/, 'ter'))
    .join(' ');
}

let byName: Map<string, Unit> | null = null;

/** Every unit by its names and (two letters or more) abbreviations; "degree Celsius" also as "celsius". */
function unitsByName(): Map<string, Unit> {
  if (byName) return byName;
  byName = new Map();
  for (const unit of convert().list()) {
    const names = [unit.singular, unit.plural].map(unitWords);
    for (const name of names) if (name.startsWith('degree ')) names.push(name.slice(7));
    // One letter is too little to tell a unit from a word ("m", "s"); "in" is the word, not inches.
    if (unit.abbr.length >= 2 && unit.abbr !== 'in') names.push(unit.abbr.toLowerCase());
    for (const name of names) byName.set(name, unit);
  }
  return byName;
}

/** The unit a few words name ("months", "km", "litres"), or undefined. */
export const unitNamed = (words: string): Unit | undefined => unitsByName().get(unitWords(words));

let byAbbr: Map<string, Unit> | null = null;

/**
 * The unit of an exact symbol ("m", "g", "h", "km"): a catalogue input's own unit, which may be one
 * letter, where a prompt's one-letter word may not.
 */
export function unitOfSymbol(symbol: string): Unit | undefined {
  byAbbr ??= new Map(
    convert()
      .list()
      .map((u) => [u.abbr, u]),
  );
  return byAbbr.get(symbol);
}

/** a and b of y = a·x + b from one unit to another (by abbreviation) of the same measure. */
export function unitRatio(from: string, to: string): { a: number; b: number } {
  const at = (x: number) =>
    convert(x)
      .from(from as never)
      .to(to as never);
  const b = at(0);
  return { a: at(1) - b, b };
}

const SEPARATORS = new Set(['to', 'into', 'and', '->', '→', '↔', '<->', 'vs']);
const LONGEST_NAME = 4;

/** The unit named by the longest run of words ending (or starting) at `at`, with the words used. */
function unitAt(words: string[], at: number, direction: -1 | 1): { unit: Unit; said: string } | null {
  for (let length = LONGEST_NAME; length >= 1; length--) {
    const from = direction === 1 ? at : at - length + 1;
    if (from < 0 || from + length > words.length) continue;
    const said = words.slice(from, from + length).join(' ');
    const unit = unitsByName().get(unitWords(said));
    if (unit) return { unit, said };
  }
  return null;
}

export interface UnitPair {
  from: Unit;
  to: Unit;
  /** The words the prompt used for each unit: "kilometres", "miles". */
  fromSaid: string;
  toSaid: string;
}

const CONVERSION_WORD = /\bconver(?:t|ter|ts|ting|sion)s?\b/i;

/**
 * Two units of one measure the prompt asks to convert between: "kilometres to miles", "convert psi into
 * bar", "a converter between celsius and fahrenheit". Without a word like "converter" the pair must open
 * the prompt, so "a timer from minutes to hours of practice" stays a timer.
 */
export function readUnitPair(prompt: string): UnitPair | null {
  const words = prompt.toLowerCase().match(/[a-z0-9/²³]+|->|→|↔|<->/g) ?? [];
  const asked = CONVERSION_WORD.test(prompt);
  for (let i = 1; i < words.length - 1; i++) {
    if (!SEPARATORS.has(words[i]!)) continue;
    const from = unitAt(words, i - 1, -1);
    const to = unitAt(words, i + 1, 1);
    if (!from || !to || from.unit.measure !== to.unit.measure || from.unit.abbr === to.unit.abbr) continue;
    const fromStart = i - from.said.split(' ').length;
    // "miles per gallon to litres per 100 km": a unit that is part of a rate is no unit of the pair.
    if (words[fromStart - 1] === 'per' || words[i + 1 + to.said.split(' ').length] === 'per') continue;
    const opens = fromStart <= 1;
    if (asked || opens) return { from: from.unit, to: to.unit, fromSaid: from.said, toSaid: to.said };
  }
  return null;
}

/** A short number for a formula: 12 significant digits, as the library computed it. */
const literal = (n: number) => String(Number(n.toPrecision(12)));

/** y = a·x + b from `from` to `to`: every conversion of the library is a ratio or, like temperature, a shift. */
const linear = (from: Unit, to: Unit) => unitRatio(from.abbr, to.abbr);

function formula(name: string, { a, b }: { a: number; b: number }): string {
  return b === 0 ? `${name} * ${literal(a)}` : `${name} * ${literal(a)} + ${literal(b)}`;
}

/** How a rule reads in words: "1 kilometre = 0.621371 miles", or "°F = °C × 1.8 + 32". */
function rule(fromLabel: string, toLabel: string, { a, b }: { a: number; b: number }): string {
  const size = Number(a.toPrecision(6));
  if (b === 0) return `1 ${singularize(fromLabel.toLowerCase())} = ${size} ${toLabel.toLowerCase()}`;
  return `${toLabel} = ${fromLabel} × ${size} + ${Number(b.toPrecision(6))}`;
}

/** The label for a unit in the person's words: "kilometres" -> "Kilometres", "km" -> "Kilometers". */
function labelOf(unit: Unit, said: string): string {
  return capitalize(said.length > unit.abbr.length ? said : unit.plural.toLowerCase());
}

/** A two-way converter: a value in either unit shown in the other. */
export function unitConverter(pair: UnitPair): ToolEntry {
  const fromLabel = labelOf(pair.from, pair.fromSaid);
  const toLabel = labelOf(pair.to, pair.toSaid);
  const there = linear(pair.from, pair.to);
  const back = linear(pair.to, pair.from);
  const name = `${fromLabel} to ${toLabel.toLowerCase()} converter`;
  return defineCalculator({
    id: `convert-${pair.from.abbr}-${pair.to.abbr}`.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    name,
    synonyms: [`${pair.fromSaid} to ${pair.toSaid}`, `${pair.toSaid} to ${pair.fromSaid}`],
    description: `Converts ${fromLabel.toLowerCase()} to ${toLabel.toLowerCase()} and back.`,
    inputs: [
      numberInput('there', fromLabel, { unit: pair.from.abbr, default: 1 }),
      numberInput('back', toLabel, { unit: pair.to.abbr, required: false }),
    ],
    outputs: [
      {
        label: `${fromLabel} in ${toLabel.toLowerCase()}`,
        value: formula('there', there),
        format: 'number',
        unit: pair.to.abbr,
        digits: 4,
      },
      {
        label: `${toLabel} in ${fromLabel.toLowerCase()}`,
        value: formula('back', back),
        format: 'number',
        unit: pair.from.abbr,
        digits: 4,
      },
    ],
    explanation: `${rule(fromLabel, toLabel, there)}; back the other way, ${rule(toLabel, fromLabel, back)}.`,
  });
}
