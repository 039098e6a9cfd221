// "order lines with a cake, a quantity and a price": a value the person says a record has is typed in
// on that record. A domain's computed field that would look it up through a reference (the chosen
// product's price) becomes the input, and the formulas that looked it up read what was typed, so the
// line total is the quantity times the price the person entered.
import type { CollectionSpec, Expr, FieldSpec } from '@isekai/contracts';
import { singular } from './lexicon.js';

const words = (label: string) => label.toLowerCase().split(/\s+/).map(singular);

function lookupOf(expr: Expr | undefined): { via: string; field: string } | null {
  return expr && 'lookup' in expr ? expr.lookup : null;
}

/** The computed field that looks up what `field` names: of its type, one label's words holding the other's. */
function lookedUp(collection: CollectionSpec, field: FieldSpec): FieldSpec | undefined {
  const said = words(field.label);
  return collection.fields.find((f) => {
    const lookup = lookupOf(f.formula);
    if (!lookup || f.type !== field.type) return false;
    const own = words(f.label);
    return (
      said.every((w) => own.includes(w)) || own.every((w) => said.includes(w)) || lookup.field === field.name
    );
  });
}

/** Every use of `from` in an expression, read as `to` instead. */
function replaced(expr: Expr, from: string, to: Expr): Expr {
  return JSON.parse(JSON.stringify(expr).split(from).join(JSON.stringify(to))) as Expr;
}

/** The lookups an expression makes, in order. */
function lookupsIn(expr: Expr): { via: string; field: string }[] {
  if ('lookup' in expr) return [expr.lookup];
  return 'op' in expr ? expr.args.flatMap(lookupsIn) : [];
}

/** Fields worked out after the fields they are worked out from. */
function inputsFirst(fields: FieldSpec[]): FieldSpec[] {
  return [...fields.filter((f) => !f.formula), ...fields.filter((f) => f.formula)];
}

/**
 * The collection with `field` typed in where its formulas looked it up, under the person's label: a
 * computed field that is that lookup becomes the input ("Unit price"), else the field is added and the
 * lookups of a field of its name ("the client's hourly rate" for an "hourly rate") read it. Null when
 * nothing looks it up.
 */
export function withEnteredValue(collection: CollectionSpec, field: FieldSpec): CollectionSpec | null {
  const computed = lookedUp(collection, field);
  const inFormulas = collection.fields
    .flatMap((f) => (f.formula ? lookupsIn(f.formula) : []))
    .find((l) => l.field === field.name);
  const looked = computed?.formula ?? (inFormulas ? { lookup: inFormulas } : null);
  if (!looked || (!computed && collection.fields.some((f) => f.name === field.name))) return null;
  const from = JSON.stringify(looked);
  const input: FieldSpec = { ...(computed ?? field), label: field.label, min: 0 };
  delete input.formula;
  const read: Expr = { field: input.name };
  const fields = collection.fields.map((f) =>
    f === computed ? input : f.formula ? { ...f, formula: replaced(f.formula, from, read) } : f,
  );
  return { ...collection, fields: inputsFirst(computed ? fields : [...fields, input]) };
}
