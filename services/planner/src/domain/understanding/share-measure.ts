// "spent as a share of budget", "what percentage of its target each campaign has reached": a computed
// percentage on each record of the collection that holds both numbers, and its average as a figure.
import type { CollectionSpec, Expr, FieldSpec } from '@isekai/contracts';
import { fieldNamed, isNumber, overlap, type Found, type Spec } from './measure-fields.js';
import { camelCase, capitalize } from './naming.js';

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

/**
 * A field the whole's words name that was read as text ("each project has a grant"): a share is of a
 * number, so it becomes one, of the collection's money when it has some.
 */
function wordsAsNumber(spec: Spec, words: string): Found | null {
  const found = fieldNamed(spec, words, (f) => f.type === 'text' && !f.formula);
  if (!found) return null;
  found.field.type = found.collection.fields.some((f) => f.type === 'money') ? 'money' : 'number';
  return found;
}

/** The part the words name when the record has no number for it ("what it has used"): one to fill in. */
function addedPart(collection: CollectionSpec, whole: FieldSpec, words: string): FieldSpec {
  const label = capitalize(words);
  const field: FieldSpec = { name: camelCase(label), label, type: whole.type, min: 0 };
  collection.fields.splice(collection.fields.indexOf(whole) + 1, 0, field);
  return field;
}

/**
 * The two numbers of one collection a share is of, made numbers where only the words say so, or null
 * when the app has no such pair.
 */
export function shareFields(
  spec: Spec,
  part: string | undefined,
  whole: string,
  per?: string,
): { collection: CollectionSpec; part: FieldSpec; whole: FieldSpec } | null {
  // "… each team has raised": the team's numbers, though another record has some of the same name.
  const owner = per
    ? spec.collections.filter((c) => overlap(per, { name: c.name, label: c.label, type: 'text' }) > 0)
    : [];
  if (owner.length > 0 && owner.some((c) => c.fields.some((f) => overlap(whole, f) > 0)))
    return shareFields({ collections: owner, pages: spec.pages }, part, whole);
  const found: Found | null =
    fieldNamed(spec, whole, typedIn) ?? fieldNamed(spec, whole, isNumber) ?? wordsAsNumber(spec, whole);
  if (!found) return null;
  // "what they've sold" read as text is the part its words name, a number now.
  const own = { collections: [found.collection], pages: [] };
  const named =
    part && !found.collection.fields.some((f) => isNumber(f) && f !== found.field && overlap(part, f) > 0);
  const partField =
    (named ? wordsAsNumber(own, part)?.field : undefined) ??
    partOf(found.collection, found.field, part) ??
    (part ? addedPart(found.collection, found.field, part) : undefined);
  return partField ? { collection: found.collection, part: partField, whole: found.field } : null;
}
