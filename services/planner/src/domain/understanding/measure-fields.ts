// Which of the app's fields a person's words name: "scorer" the test score, "open tickets" the open
// status of tickets, "covers" a reservation's only number. Measures are built from what these find.
import type { CollectionSpec, Expr, FieldSpec, PageSpec } from '@isekai/contracts';
import { singular } from './lexicon.js';

export interface Spec {
  collections: CollectionSpec[];
  pages: PageSpec[];
}

export interface Found {
  collection: CollectionSpec;
  field: FieldSpec;
}

export const isNumber = (f: FieldSpec) => f.type === 'number' || f.type === 'money';

/** A word's stem for matching "scorer" to "score", "showed" to "show": plural and verb endings off. */
function stem(word: string): string {
  const one = singular(word.toLowerCase());
  const cut = one.replace(/(?:ers?|ing|ed|es|e|s)$/, '');
  return cut.length >= 3 ? cut : one;
}

const stems = (text: string) => new Set((text.toLowerCase().match(/[a-z]+/g) ?? []).map(stem));

/** How many of the words' stems the field's label or name shares. */
export function overlap(words: string, field: FieldSpec): number {
  const own = stems(`${field.label} ${field.name.replace(/([A-Z])/g, ' $1')}`);
  return [...stems(words)].filter((s) => own.has(s)).length;
}

/** The field the words name, best match first, in the given collection or any. */
export function fieldNamed(
  spec: Spec,
  words: string | undefined,
  only?: (f: FieldSpec) => boolean,
): Found | null {
  if (!words) return null;
  let best: { collection: CollectionSpec; field: FieldSpec; score: number } | null = null;
  for (const collection of spec.collections)
    for (const field of collection.fields) {
      if (only && !only(field)) continue;
      const score = overlap(words, field);
      if (score > 0 && (!best || score > best.score)) best = { collection, field, score };
    }
  // A figure or chart already named so ("Revenue by month") says which field the words mean.
  if (!best)
    for (const page of spec.pages)
      for (const section of page.sections) {
        const named =
          section.type === 'chart'
            ? [{ label: section.title, collection: section.collection, field: section.field }]
            : section.type === 'stats'
              ? section.figures
              : [];
        for (const n of named) {
          const collection = spec.collections.find((c) => c.name === n.collection);
          const field = collection?.fields.find((f) => f.name === n.field);
          if (
            collection &&
            field &&
            (!only || only(field)) &&
            overlap(words, { ...field, label: n.label }) > 0
          )
            return { collection, field };
        }
      }
  return best;
}

/** The number a measure without a field of its own means: the first money, else number, typed in. */
function mainNumber(collection: CollectionSpec): FieldSpec | undefined {
  return (
    collection.fields.find((f) => f.type === 'money' && !f.formula) ??
    collection.fields.find((f) => f.type === 'number' && !f.formula) ??
    collection.fields.find(isNumber)
  );
}

/**
 * The number the words name; without words the collection's main number, and for words that name no
 * field its only typed-in number ("covers" of reservations with a party size), never a guess among several.
 */
export function numberFor(spec: Spec, words: string | undefined, collection: CollectionSpec): Found | null {
  const named = fieldNamed(spec, words, isNumber);
  if (named || !words) return named ?? withNumber(collection);
  const numbers = collection.fields.filter(isNumber);
  return numbers.length === 1 ? { collection, field: numbers[0]! } : null;
}

/** The field records are grouped by: a choice or reference the words name ("department"). */
export function groupField(collection: CollectionSpec, words: string): FieldSpec | undefined {
  return collection.fields.find(
    (g) =>
      ['choice', 'reference', 'tags', 'text', 'boolean'].includes(g.type) &&
      !g.formula &&
      overlap(words, g) > 0,
  );
}

export function withNumber(collection: CollectionSpec): Found | null {
  const field = mainNumber(collection);
  return field ? { collection, field } : null;
}

export function firstOf(collection: CollectionSpec, type: 'number' | 'money') {
  const field = collection.fields.find((g) => g.type === type && !g.formula);
  return field ? { collection, field } : null;
}

/** The collection a word of the words names ("open tickets" -> ticket, "bugs opened" -> bug). */
export function collectionNamed(spec: Spec, words: string | undefined): CollectionSpec | undefined {
  const nouns = new Set((words ?? '').toLowerCase().split(/\s+/).filter(Boolean).map(singular));
  return spec.collections.find((c) => nouns.has(c.label.toLowerCase()) || nouns.has(c.name.toLowerCase()));
}

/** "open tickets": a word that is an option of a choice field filters the records to it. */
export function optionWhere(collection: CollectionSpec, words: string): { expr: Expr } | null {
  for (const word of words.toLowerCase().split(/\s+/))
    for (const field of collection.fields)
      for (const option of field.type === 'choice' ? (field.options ?? []) : [])
        if (option.toLowerCase() === word)
          return { expr: { op: 'eq', args: [{ field: field.name }, { value: option }] } };
  return null;
}

/** A figure or chart whose every word is in the label: "Per month" for "Total per month". */
export function alreadyShown(spec: Spec, label: string): boolean {
  const words = stems(label);
  return spec.pages
    .flatMap((p) => p.sections)
    .flatMap((s) =>
      s.type === 'stats' ? s.figures.map((g) => g.label) : s.type === 'chart' ? [s.title] : [],
    )
    .some((shown) => {
      const own = [...stems(shown)];
      return own.length > 0 && own.every((w) => words.has(w)) && own.length >= words.size - 1;
    });
}
