// Values the person says how to work out ("the line amount is hours x rate", "total = qty * price") or
// asks for by name ("each purchase order's total"), computed from the fields they name.
import type { CollectionSpec, Expr, FieldSpec } from '@isekai/contracts';
import { singular } from './lexicon.js';
import { camelCase, capitalize } from './naming.js';

type Op = 'mul' | 'add' | 'sub' | 'div';

export interface FormulaAsk {
  label: string;
  left: string;
  op: Op;
  right: string;
}

const OPS: [RegExp, Op][] = [
  [/^(?:x|×|\*|times|multiplied by)$/i, 'mul'],
  [/^(?:plus|\+)$/i, 'add'],
  [/^(?:minus|-)$/i, 'sub'],
  [/^(?:divided by|\/)$/i, 'div'],
];
const FORMULA =
  /([a-z][a-z ]{0,40}?)\s*(?:\bis\b|=|\bequals\b)\s*(?:the\s+)?([a-z][a-z ]{0,30}?)\s*(\bx\b|×|\*|\btimes\b|\bmultiplied by\b|\bplus\b|\+|\bminus\b|\bdivided by\b|\/)\s*(?:the\s+)?([a-z][a-z ]{0,30}?)(?=\s*(?:[.,;)]|$|\s(?:and|with|so|for)\b))/gi;
/** Words before a value's name that are not part of it: "and the line amount" -> "line amount". */
const NOT_NAME = /^.*\b(?:and|the|a|an|each|every|with|has|have|its|their|where|is)\s+/i;

export function readFormulas(text: string): FormulaAsk[] {
  const asks: FormulaAsk[] = [];
  for (const m of text.matchAll(FORMULA)) {
    const op = OPS.find(([test]) => test.test(m[3]!.trim()))?.[1];
    const label = m[1]!.trim().replace(NOT_NAME, '').trim();
    if (op && label) asks.push({ label, left: m[2]!.trim(), op, right: m[4]!.trim() });
  }
  return asks;
}

/** "each purchase order's total", "the invoice's total": a total asked for by the record's name. */
export function readAskedTotals(text: string): string[] {
  return [...text.matchAll(/\b([a-z]+(?: [a-z]+)?)'s (?:line |grand |order )?total\b/gi)].map((m) =>
    singular(m[1]!.toLowerCase().replace(/^(?:each|every|the|a|an)\s+/, '')),
  );
}

const words = (label: string) => label.toLowerCase().split(/\s+/).map(singular);

/**
 * The field a word names: its words within the field's label or the label's within it ("rate", "hourly
 * rate"). What a value is per says what it is of, not what it is: "price per portion" is no portions.
 */
function fieldNamed(c: CollectionSpec, name: string): FieldSpec | undefined {
  const wanted = words(name);
  return c.fields.find((f) => {
    const label = words(f.label.split(/\s+per\s+/i)[0]!);
    return wanted.every((w) => label.includes(w)) || label.every((w) => wanted.includes(w));
  });
}

const MONEY_WORDS = /\b(rate|price|cost|fee|wage|salary|charge)\b/i;

/** An input of a formula must hold a number: a text field named "hourly rate" becomes money. */
function asNumber(f: FieldSpec): FieldSpec {
  if (f.type === 'number' || f.type === 'money') return f;
  return { ...f, type: MONEY_WORDS.test(f.label) ? 'money' : 'number', min: 0 };
}

function fieldsRead(expr: Expr): string[] {
  if ('field' in expr) return [expr.field];
  if ('op' in expr) return expr.args.flatMap(fieldsRead);
  return [];
}

/**
 * Sets the collection's computed field to the formula; the inputs only the old formula read, which the
 * person never named, go (a domain's quantity x unit price replaced by hours x rate).
 */
function withFormula(c: CollectionSpec, label: string, formula: Expr, text: string): CollectionSpec {
  const inputs = fieldsRead(formula);
  const money = c.fields.some((f) => inputs.includes(f.name) && f.type === 'money');
  const existing = fieldNamed(c, label);
  const computed: FieldSpec = existing
    ? { ...existing, formula, type: money ? 'money' : 'number' }
    : { name: camelCase(label), label: capitalize(label), type: money ? 'money' : 'number', formula };
  const old = existing?.formula ? fieldsRead(existing.formula) : [];
  const readElsewhere = new Set(
    c.fields.filter((f) => f !== existing && f.formula).flatMap((f) => fieldsRead(f.formula!)),
  );
  const lower = ` ${text.toLowerCase()} `;
  const dropped = old.filter((name) => {
    const f = c.fields.find((g) => g.name === name);
    return (
      f &&
      !inputs.includes(name) &&
      !readElsewhere.has(name) &&
      !words(f.label).some((w) => lower.includes(` ${w}`))
    );
  });
  const fields = c.fields
    .filter((f) => !dropped.includes(f.name))
    .map((f) => (f === existing ? computed : inputs.includes(f.name) ? asNumber(f) : f));
  const samples = c.samples?.map((s) =>
    Object.fromEntries(Object.entries(s).filter(([k]) => !dropped.includes(k))),
  );
  return { ...c, fields: existing ? fields : [...fields, computed], ...(samples ? { samples } : {}) };
}

/** quantity x unit cost: the record's one count and its one price, for a total asked for by name. */
function productOf(c: CollectionSpec, total: FieldSpec | undefined): Expr | null {
  const inputs = c.fields.filter((f) => !f.formula && f !== total && f.type !== 'reference');
  const counts = inputs.filter((f) => f.type === 'number' && !/\byear\b/i.test(f.label));
  const count =
    counts.find((f) => /quantit|qty|hour|units|count/i.test(f.label)) ??
    (counts.length === 1 ? counts[0] : undefined);
  const prices = inputs.filter((f) => f.type === 'money');
  const price =
    prices.length === 1 ? prices[0] : prices.find((f) => /\b(per|unit|each|rate|price)\b/i.test(f.label));
  if (!count || !price) return null;
  return { op: 'mul', args: [{ field: count.name }, { field: price.name }] };
}

/**
 * "orders with order lines (flower, quantity, price) and the line total": a total named after another
 * record ("line") that its own record cannot work out is that record's, when it has a count and a price.
 */
function movedTotals(
  all: CollectionSpec[],
  resolve: (noun: string) => CollectionSpec | undefined,
): CollectionSpec[] {
  let result = all;
  for (const c of all) {
    const total = c.fields.find((f) => !f.formula && /\btotal\b/i.test(f.label));
    const of = total?.label
      .toLowerCase()
      .replace(/\s*\btotal\b.*$/, '')
      .trim();
    if (!total || !of || productOf(c, total)) continue;
    const owner = resolve(of);
    const target = owner && result.find((d) => d.name === owner.name && d.name !== c.name);
    if (!target || !productOf(target, undefined) || target.fields.some((f) => f.name === total.name))
      continue;
    result = result.map((d) =>
      d.name === c.name
        ? { ...d, fields: d.fields.filter((f) => f.name !== total.name) }
        : d.name === target.name
          ? { ...d, fields: [...d.fields, { ...total }] }
          : d,
    );
  }
  return result;
}

export function applyFormulas(
  collections: CollectionSpec[],
  text: string,
  resolve: (noun: string) => CollectionSpec | undefined,
): CollectionSpec[] {
  let result = collections;
  const replace = (c: CollectionSpec) => {
    result = result.map((d) => (d.name === c.name ? c : d));
  };
  for (const ask of readFormulas(text)) {
    const c = result.find((d) => fieldNamed(d, ask.left) && fieldNamed(d, ask.right));
    if (!c) continue;
    const formula: Expr = {
      op: ask.op,
      args: [{ field: fieldNamed(c, ask.left)!.name }, { field: fieldNamed(c, ask.right)!.name }],
    };
    replace(withFormula(c, ask.label, formula, text));
  }
  // A total the person names, as a field ("and a line total") or of a record ("each order's total").
  const asked = new Set(readAskedTotals(text).map((n) => resolve(n)?.name));
  result = movedTotals(result, resolve);
  for (const c of result) {
    const total = c.fields.find((f) => !f.formula && /\btotal\b/i.test(f.label));
    if (!total && !asked.has(c.name)) continue;
    if (c.fields.some((f) => f.formula && /\btotal\b/i.test(f.label))) continue;
    const formula = productOf(c, total);
    if (formula) replace(withFormula(c, total?.label.toLowerCase() ?? 'total', formula, text));
  }
  return result;
}
