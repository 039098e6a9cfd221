// A calculation the person states in words, step after step: "takes the bill, adds 10% service and divides
// it by the number of friends", "the sales amount times the commission rate, plus a base pay of 1500",
// "the hours times my hourly rate, and then 20% VAT added on top". Each thing named is an input (a number
// said with it is its default: "a base pay of 1500"), each step applies to what the steps before made,
// in the order said, as people describe a sum they do by hand.
import type { CalcExpr, CalcInput, CalculatorDecl } from '../knowledge/tools/calculator.types.js';
import type { ToolEntry } from '../knowledge/tool.types.js';
import { camelCase, capitalize } from './naming.js';
import { terms, type Term } from './phrases.js';

type Op = 'mul' | 'div' | 'add' | 'sub';

/** The words of arithmetic, by what they do: a short list of function words, not of prompts. */
const OP_WORDS: Record<string, Op> = {
  times: 'mul',
  multiplied: 'mul',
  multiply: 'mul',
  multiplies: 'mul',
  x: 'mul',
  divided: 'div',
  divide: 'div',
  divides: 'div',
  plus: 'add',
  add: 'add',
  adds: 'add',
  added: 'add',
  adding: 'add',
  minus: 'sub',
  less: 'sub',
  subtract: 'sub',
  subtracts: 'sub',
  subtracted: 'sub',
  off: 'sub',
};
/** Words between an operation and its operand: "divides it by the", "and then the". */
const SKIPPED = new Set([
  ...['it', 'that', 'this', 'by', 'the', 'a', 'an', 'my', 'our', 'your', 'then', 'and', 'to'],
  // "added on top"
  ...['on', 'top'],
]);
/** Who does something, not what a sum does: "I add", "we subtract". */
const PEOPLE = new Set(['i', 'we', 'you', 'they']);
/** A rate per some time is money ("hourly rate"); another rate is a percentage ("commission rate"). */
const MONEY_RATE = /(?:ly|exchange)$/;

export interface Operand {
  label: string;
  /** A number said with it: "a base pay of 1500", "10% service". */
  value?: number;
  percent: boolean;
}

export interface Step {
  op: Op;
  operand: Operand;
}

export interface StatedFormula {
  start: Operand;
  steps: Step[];
}

const isOpWord = (t: Term) => Object.prototype.hasOwnProperty.call(OP_WORDS, t.normal);
/** Spans of time, to tell how often from how much: "a few times a month" multiplies nothing. */
const SPANS = /^(?:hour|day|night|morning|evening|week|fortnight|month|term|season|year)s?$/;
const EVERY = new Set(['a', 'an', 'per', 'each', 'every']);
const ofFrequency = (list: Term[], i: number) =>
  list[i]?.normal === 'times' &&
  ((EVERY.has(list[i + 1]?.normal ?? '') && SPANS.test(list[i + 2]?.normal ?? '')) ||
    /^(?:daily|nightly|weekly|monthly|yearly)$/.test(list[i + 1]?.normal ?? ''));
/** An operation word used as one: "opening times" is no multiplication, "1000 times the price" is. */
function opAt(list: Term[], i: number): Op | undefined {
  const t = list[i];
  if (!t || !isOpWord(t) || ofFrequency(list, i)) return undefined;
  const before = list[i - 1];
  const named = t.normal === 'times' && t.tags.has('Noun') && before && !before.tags.has('Value');
  return named && (before.tags.has('Noun') || before.tags.has('Adjective')) ? undefined : OP_WORDS[t.normal];
}
const isValue = (t: Term) => t.tags.has('Value') && /^\d/.test(t.normal);
/** A word that names part of a thing: a noun or adjective, or a verb form used as one ("sales tax",
 * "the listing fee"), never "shows", "my" or "it". */
const names = (t: Term) =>
  (t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Infinitive') || t.tags.has('Gerund')) &&
  !['Pronoun', 'Possessive', 'Determiner', 'Preposition', 'Conjunction'].some((tag) => t.tags.has(tag)) &&
  !isOpWord(t) &&
  /^[a-z][a-z-]*$/.test(t.normal);
/** "the distance already driven", "the amount borrowed": a participle after a name says which one. */
const participle = (list: Term[], at: number) =>
  list[at]?.tags.has('PastTense') && !isOpWord(list[at])
    ? 1
    : list[at]?.tags.has('Adverb') && list[at + 1]?.tags.has('PastTense') && !isOpWord(list[at + 1]!)
      ? 2
      : 0;
/** A word as the person wrote it when it is an acronym ("VAT"), else lower case. */
const spelled = (t: Term) =>
  /^[A-Z]{2,}$/.test(t.text.replace(/\W/g, '')) ? t.text.replace(/\W/g, '') : t.normal;
const ends = (t: Term) => /[,;:.!?()=]/.test(t.post);

/** The operand from `i` on: an optional number, the words that name it, "of" and a number or a noun. */
function readOperand(list: Term[], i: number): { operand: Operand; next: number } | null {
  let at = i;
  let value: number | undefined;
  let percent = false;
  const words: string[] = [];
  if (list[at] && isValue(list[at]!)) {
    value = Number(list[at]!.normal);
    percent = list[at]!.tags.has('Percent') || list[at + 1]?.normal === 'percent';
    if (ends(list[at]!)) return { operand: { label: '', value, percent }, next: at + 1 };
    at += list[at + 1]?.normal === 'percent' ? 2 : 1;
  }
  while (list[at] && (names(list[at]!) || (list[at]!.post === '-' && /^[a-z]+$/.test(list[at]!.normal)))) {
    let term = list[at]!;
    // "call-out" is two words to the tagger and one to the person.
    const joined = term.post === '-' && list[at + 1] ? list[at + 1]! : null;
    words.push(joined ? `${term.normal}-${joined.normal}` : spelled(term));
    if (joined) term = list[++at]!;
    at++;
    if (ends(term)) break;
    const which = participle(list, at);
    if (which > 0) {
      words.push(...list.slice(at, at + which).map((t) => t.normal));
      at += which;
      break;
    }
    // "the price per square metre" is one name.
    if (list[at]?.normal === 'per' && list[at + 1] && names(list[at + 1]!)) {
      words.push('per');
      at++;
      continue;
    }
    // "the number of friends" is one name; "a base pay of 1500" a name and its number.
    if (list[at]?.normal === 'of' && list[at + 1]) {
      const after = list[at + 1]!;
      if (isValue(after)) {
        value = Number(after.normal);
        at += 2;
        break;
      }
      if (names(after) || after.tags.has('Determiner')) {
        words.push('of');
        at += after.tags.has('Determiner') ? 2 : 1;
      }
    }
  }
  if (words.length === 0 && value === undefined) return null;
  const label = words.join(' ');
  const rate = /\brate$/.test(label) && !words.slice(0, -1).some((w) => MONEY_RATE.test(w));
  return {
    operand: { label, value, percent: percent || rate || /\bpercent(?:age)?\b/.test(label) },
    next: at,
  };
}

/** The thing the first step acts on: the name said right before it ("the sales amount times"). */
function startBefore(list: Term[], opIndex: number): Operand | null {
  for (let end = opIndex; end > 0; end--) {
    let begin = end;
    const joins = (i: number) => i > 0 && names(list[i - 1]!) && (i === end || !ends(list[i - 1]!));
    while (joins(begin) || (begin < end && list[begin - 1]?.normal === 'of' && joins(begin - 1))) begin--;
    if (begin < end)
      return {
        label: list
          .slice(begin, end)
          .map((t) => t.normal)
          .join(' '),
        percent: false,
      };
    // "I type the sale price, it takes off": a pronoun or a verb between them points back.
    if (end < opIndex - 4) return null;
  }
  return null;
}

/** The formula of the first sentence that states one with two things or more, or null. */
export function readStatedFormula(text: string): StatedFormula | null {
  const list = terms(text);
  // "where I add my courses" is the person entering things, not a step of a sum.
  const first = list.findIndex(
    (t, i) =>
      opAt(list, i) !== undefined && (i > 0 || t.normal !== 'x') && !PEOPLE.has(list[i - 1]?.normal ?? ''),
  );
  if (first < 0) return null;
  const start = startBefore(list, first);
  if (!start) return null;
  const steps: Step[] = [];
  let op: Op | undefined;
  // A thing joins the sum after an operation word or an "and" ("the 6.5% fee and the 0.20 listing fee"),
  // not after a comma that starts a list of other things.
  let joined = false;
  for (let i = first; i < list.length;) {
    const term = list[i]!;
    const said = opAt(list, i);
    if (said) {
      op = said;
      joined = true;
      i++;
      continue;
    }
    if (SKIPPED.has(term.normal)) {
      joined ||= term.normal === 'and';
      i++;
      continue;
    }
    const read = op && joined ? readOperand(list, i) : null;
    if (!read) break;
    // "20% VAT added on top": the operation said after what it adds, as a participle ("multiplied by" is not).
    const next = list[read.next];
    const after =
      next?.tags.has('PastTense') && list[read.next + 1]?.normal !== 'by' ? opAt(list, read.next) : undefined;
    const stepOp = after ?? op!;
    steps.push({ op: stepOp, operand: read.operand });
    op = stepOp;
    joined = false;
    i = after && stepOp === after ? read.next + 1 : read.next;
    if (list[i - 1] && /[.!?]/.test(list[i - 1]!.post)) break;
  }
  return steps.length > 0 ? { start, steps } : null;
}

const ref = (name: string): CalcExpr => ({ ref: name });
const num = (value: number): CalcExpr => ({ value });

/** One step on the running value: a percentage added or taken off scales it. */
function apply(expr: CalcExpr, step: Step, value: CalcExpr): CalcExpr {
  if (step.operand.percent && (step.op === 'add' || step.op === 'sub')) {
    const share: CalcExpr = { op: 'div', args: [value, num(100)] };
    return { op: 'mul', args: [expr, { op: step.op, args: [num(1), share] }] };
  }
  const operand = step.operand.percent ? { op: 'div', args: [value, num(100)] } : value;
  return { op: step.op, args: [expr, operand] };
}

/** The inputs the formula names, each once, and the running value as one output. */
export function statedCalculator(formula: StatedFormula, result: string): CalculatorDecl {
  const inputs: CalcInput[] = [];
  const inputFor = (operand: Operand): string => {
    const label = capitalize(operand.label);
    const name = camelCase(label) || `input${inputs.length + 1}`;
    if (!inputs.some((i) => i.name === name))
      inputs.push({
        name,
        label,
        kind: operand.percent ? 'percent' : 'number',
        ...(operand.percent && { unit: '%' }),
        ...(operand.value !== undefined && { default: operand.value }),
        min: 0,
      });
    return name;
  };
  let expr: CalcExpr = ref(inputFor(formula.start));
  // A number said alone ("times 12", "divided by 1000") is a constant of the formula, not an input.
  for (const step of formula.steps)
    expr = apply(expr, step, step.operand.label ? ref(inputFor(step.operand)) : num(step.operand.value ?? 0));
  const said = formula.steps.map((s) => `${SIGN[s.op]} ${s.operand.percent ? '% ' : ''}${s.operand.label}`);
  return {
    inputs,
    outputs: [{ label: result, value: expr, format: 'number' }],
    explanation: `${capitalize(formula.start.label)} ${said.join(' ')}, in the order you said it.`,
  };
}

const SIGN: Record<Op, string> = { mul: '×', div: '÷', add: '+', sub: '−' };

/** What the person says the page shows: "shows what I actually keep", "gives me the total". */
const SHOWS = /\b(?:shows?|gives?|tells?)\s+(?:me\s+|us\s+|them\s+)?((?:what|how|the)\b[^.,;:?!\n]{1,40})/i;

export const STATED_CALCULATOR = 'stated-calculator';

/** The calculator of a formula the prompt states, its result named as the person says it. */
export function statedCalculatorEntry(formula: StatedFormula, prompt: string): ToolEntry {
  const result = SHOWS.exec(prompt)?.[1]
    ?.trim()
    .replace(/^the\s+/i, '');
  const calculator = statedCalculator(formula, capitalize(result ?? 'result'));
  return {
    id: STATED_CALCULATOR,
    name: 'Calculator',
    kind: 'calculator',
    synonyms: [],
    description: calculator.explanation,
    options: { calculator },
  };
}
