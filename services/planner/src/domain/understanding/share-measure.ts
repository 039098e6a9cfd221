// "spent as a share of budget", "what percentage of its target each campaign has reached": a computed
// percentage on each record of the collection that holds both numbers, and its average as a figure.
import type { CollectionSpec, Expr, FieldSpec } from '@isekai/contracts';
import { fieldNamed, isNumber, overlap, type Found, type Spec } from './measure-fields.js';

const typedIn = (f: FieldSpec) => isNumber(f) && !f.formula;

/**
 * The part of a share the words name; unnamed ("reached"), the number beside the whole in its form
 * (the one written next to it, first after it), never a number of another collection.
 */
function partOf(
  collection: CollectionSpec,
  whole: FieldSpec,
  words: string | undefined,
): FieldSpec | undefined {
  const others = collection.fields.filter((f) => isNumber(f) && f !== whole);
  const named = words ? others.find((f) => overlap(words, f) > 0) : undefined;
  if (named) return named;
  const at = collection.fields.indexOf(whole);
  const typed = collection.fields.filter((f) => typedIn(f) && f !== whole);
  return typed.find((f) => collection.fields.indexOf(f) > at) ?? typed.at(-1);
}

/** part / whole as a percentage with one decimal. */
export function percent(part: FieldSpec, whole: FieldSpec): Expr {
  return {
    op: 'round',
    args: [
      {
        op: 'mul',
        args: [{ op: 'div', args: [{ field: part.name }, { field: whole.name }] }, { value: 100 }],
      },
      { value: 1 },
    ],
  };
}

/** The two numbers of one collection a share is of, or null when the app has no such pair. */
export function shareFields(
  spec: Spec,
  part: string | undefined,
  whole: string,
): { collection: CollectionSpec; part: FieldSpec; whole: FieldSpec } | null {
  const found: Found | null = fieldNamed(spec, whole, typedIn) ?? fieldNamed(spec, whole, isNumber);
  if (!found) return null;
  const partField = partOf(found.collection, found.field, part);
  return partField ? { collection: found.collection, part: partField, whole: found.field } : null;
}
