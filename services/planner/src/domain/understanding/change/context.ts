// What every kind of change shares: the spec being changed, what the sentence is about so far, and the
// look-ups that find the collection, field or section a phrase names.
import type { AppSpec, CollectionSection, CollectionSpec, FieldSpec } from '@isekai/contracts';
import { DOMAINS } from '../../knowledge/domains/index.js';
import { singular } from '../lexicon.js';
import { mainCollection } from '../measure-pages.js';
import { prunePages, pruneCollections } from '../prune.js';
import { slugOf } from '../slug.js';
import type { StatedLink } from './relation-edit.js';

/** One change sentence being applied, clause after clause. */
export interface ChangeContext {
  spec: AppSpec;
  /**
   * The collection the sentence is about so far: "add loans, with a due date" dates the loans, and
   * "add a due date to tasks and show them as a board" shows the tasks.
   */
  focus?: string;
  /** Parts of a clause an edit could not read ("zorp" in "add a due date and zorp"). */
  notUnderstood: string[];
  /** Links the sentence states ("link each task to a project"), as the words on each side. */
  links: StatedLink[];
}

/** One kind of change: the sentence of what it did, or null when the clause is not of its kind. */
export type Edit = (change: ChangeContext, clause: string) => Promise<string | null> | string | null;

export function collectionOf(spec: AppSpec, name: string | undefined): CollectionSpec | undefined {
  return name === undefined ? undefined : spec.collections.find((c) => c.name === name);
}

function aliasesOf(spec: AppSpec, collection: CollectionSpec): string[] {
  const fromDomains = DOMAINS.filter((d) => spec.domains?.includes(d.id)).flatMap(
    (d) => d.aliases[collection.name] ?? [],
  );
  return [
    collection.name.toLowerCase(),
    collection.label.toLowerCase(),
    singular(collection.plural.toLowerCase()),
    ...fromDomains,
  ];
}

/** The collection a phrase names ("each task", "the loans"), if any. */
export function collectionNamed(spec: AppSpec, phrase: string): CollectionSpec | undefined {
  const lower = phrase.toLowerCase();
  const words = lower.match(/[a-z]+/g)?.map(singular) ?? [];
  return spec.collections.find((c) =>
    aliasesOf(spec, c).some((a) => words.includes(singular(a)) || lower.includes(a)),
  );
}

/** The collection a phrase is the name of ("suppliers", "an expense report"), not just mentions. */
export function collectionCalled(spec: AppSpec, phrase: string): CollectionSpec | undefined {
  const wanted = singular(
    phrase
      .toLowerCase()
      .replace(/^(?:a|an|the|some|my)\s+/, '')
      .trim(),
  );
  return spec.collections.find((c) => aliasesOf(spec, c).some((a) => singular(a) === wanted));
}

/**
 * The word a label is named by: "Cost per unit" is a cost, "Weekly target" a target, "Price (EUR)" a
 * price. A person often calls a field by it alone.
 */
export function headWord(label: string): string {
  const words = label
    .toLowerCase()
    .replace(/\s*\([^)]*\)/g, '')
    .split(/\s+(?:per|each|every|a|an|in|for)\s+/)[0]!
    .trim()
    .split(/\s+/);
  return singular(words.at(-1) ?? '');
}

/** The one field among these whose head word is the phrase's ("target" for "Weekly target"), if only one. */
export function fieldByHead<F extends FieldSpec>(fields: F[], phrase: string): F | undefined {
  const wanted = singular(phrase.trim().toLowerCase());
  const heads = fields.filter((f) => headWord(f.label) === wanted);
  return heads.length === 1 ? heads[0] : undefined;
}

/** The field a phrase names ("the due date", "categories", "the place field"), in the collection given or any. */
export function fieldNamed(
  spec: AppSpec,
  phrase: string,
  within?: CollectionSpec,
): { collection: CollectionSpec; field: FieldSpec } | undefined {
  const wanted = phrase
    .toLowerCase()
    .replace(/^(the|a|an|my)\s+/, '')
    .replace(/\s+(?:field|column|label|box)$/, '')
    .trim();
  const collections = within ? [within] : spec.collections;
  for (const collection of collections) {
    const field = collection.fields.find(
      (f) =>
        f.label.toLowerCase() === wanted ||
        singular(f.label.toLowerCase()) === singular(wanted) ||
        f.name.toLowerCase() === wanted.replace(/\s+/g, ''),
    );
    if (field) return { collection, field };
  }
  for (const collection of collections) {
    const field = fieldByHead(collection.fields, wanted);
    if (field) return { collection, field };
  }
  return undefined;
}

export function collectionSections(spec: AppSpec): CollectionSection[] {
  return spec.pages.flatMap((p) => p.sections).filter((s): s is CollectionSection => s.type === 'collection');
}

/** The section that lists a collection (the first one, when several do). */
export function mainSection(spec: AppSpec, collection?: CollectionSpec): CollectionSection | undefined {
  return collectionSections(spec).find((s) => !collection || s.collection === collection.name);
}

/** The collection a clause names, else the one the sentence is about, else the one the app leads with. */
export function targetOf(change: ChangeContext, clause: string): CollectionSpec | undefined {
  const { spec } = change;
  return collectionNamed(spec, clause) ?? collectionOf(spec, change.focus) ?? mainCollection(spec);
}

export function replaceCollection(spec: AppSpec, next: CollectionSpec): void {
  spec.collections = spec.collections.map((c) => (c.name === next.name ? next : c));
}

/** Adds a field among the ones a person fills in, before the computed ones that read them. */
export function addField(spec: AppSpec, collection: CollectionSpec, field: FieldSpec): CollectionSpec {
  const current = collectionOf(spec, collection.name) ?? collection;
  const others = current.fields.filter((f) => f.name !== field.name);
  const next = field.formula
    ? { ...current, fields: [...others, field] }
    : {
        ...current,
        fields: [...others.filter((f) => !f.formula), field, ...others.filter((f) => f.formula)],
      };
  replaceCollection(spec, next);
  return next;
}

/** A new collection with a page of its own, where its records are listed and added. */
export function addCollection(change: ChangeContext, collection: CollectionSpec): void {
  change.spec.collections.push(collection);
  change.spec.pages.push({
    id: slugOf(collection.plural),
    title: collection.plural,
    sections: [{ type: 'collection', collection: collection.name, view: 'table' }],
  });
  change.focus = collection.name;
}

/** Drops what points at fields or collections no longer there. */
export function tidy(spec: AppSpec): void {
  spec.collections = pruneCollections(spec.collections);
  spec.pages = prunePages(spec.pages, spec.collections);
}
