// The person's description of their records wins over a domain's defaults: every field they name is on
// the collection it was named for (under their word), every collection they relate it to is a reference,
// and a thing they describe that no collection holds yet becomes one.
import type { CollectionSpec, FieldSpec } from '@isekai/contracts';
import { inferField } from '../offline/field-typing.js';
import { item, type Description, type DescribedItem } from './descriptions.js';
import { genericCollection } from './generic-collection.js';
import { nounKind, nounSynonyms, singular } from './lexicon.js';
import { namesOf } from './naming.js';

/** Aliases by collection name (from the domains used), and a test for words that name the app. */
export interface DescribeContext {
  aliases: Record<string, string[]>;
  isContainer: (noun: string) => boolean;
}

/** A phrase that says how a value is worked out ("the line amount is hours x rate"), not a field. */
export const FORMULA_PHRASE = /\s(?:is|=|equals)\s.+\s(?:x|×|\*|times|plus|\+|minus|divided by|\/)\s/i;

const words = (label: string) => label.toLowerCase().split(/\s+/).map(singular);

function labelOf(c: CollectionSpec): string {
  return c.label.toLowerCase();
}

/** The collection a noun names: by alias or label, then by its head word, then by a label's head word. */
export function resolver(collections: CollectionSpec[], aliases: Record<string, string[]>) {
  const names = (c: CollectionSpec) =>
    [...(aliases[c.name] ?? []), labelOf(c), singular(c.plural.toLowerCase())].map((a) => singular(a));
  return (noun: string): CollectionSpec | undefined => {
    const bare = singular(noun.trim().toLowerCase());
    const head = bare.split(' ').at(-1) ?? bare;
    const exact = collections.find((c) => names(c).includes(bare));
    if (exact) return exact;
    const byHead = collections.find((c) => names(c).includes(head));
    if (byHead) return byHead;
    // "a member" in a chore chart of "family members".
    const byLabelHead = collections.filter((c) => labelOf(c).split(' ').at(-1) === bare);
    return byLabelHead.length === 1 ? byLabelHead[0] : undefined;
  };
}

function plainFields(c: CollectionSpec): FieldSpec[] {
  return c.fields.filter((f) => !f.formula && f.type !== 'reference');
}

const TEXTUAL = new Set(['text', 'longtext']);

/**
 * One field covers another of its kind when the words of one hold the other's ("hours worked" and
 * "hours"); "last done", a date, does not cover "done", a yes/no.
 */
function covers(a: FieldSpec, b: FieldSpec): boolean {
  if (a.name === b.name) return true;
  const alike = a.type === b.type || (TEXTUAL.has(a.type) && TEXTUAL.has(b.type));
  const x = words(a.label);
  const y = words(b.label);
  return alike && (x.every((w) => y.includes(w)) || y.every((w) => x.includes(w)));
}

/**
 * A field the person names goes on the collection under their word: an existing field that means the
 * same (a WordNet synonym, or the only money field of the record) takes the person's label; else it
 * is added before the computed fields.
 */
async function withPersonField(c: CollectionSpec, field: FieldSpec): Promise<CollectionSpec> {
  const covering = c.fields.find((f) => covers(f, field));
  // "due date" for a domain's "Due": the fuller words the person used are the label they look for.
  if (covering && words(field.label).length > words(covering.label).length)
    return { ...c, fields: c.fields.map((f) => (f === covering ? { ...f, label: field.label } : f)) };
  if (covering) return c;
  const synonyms = await nounSynonyms(field.label);
  const plain = plainFields(c);
  const same =
    plain.find((f) => synonyms.has(f.label.toLowerCase()) || synonyms.has(f.name.toLowerCase())) ??
    (field.type === 'money' && plain.filter((f) => f.type === 'money').length === 1
      ? plain.find((f) => f.type === 'money')
      : undefined);
  if (same) return { ...c, fields: c.fields.map((f) => (f === same ? { ...f, label: field.label } : f)) };
  const computed = c.fields.filter((f) => f.formula);
  return { ...c, fields: [...c.fields.filter((f) => !f.formula), field, ...computed] };
}

/** Adds a reference to `to`, unless one links the two already, either way (a talk's session refers to it). */
function withReference(c: CollectionSpec, to: CollectionSpec): CollectionSpec {
  const linked = (a: CollectionSpec, b: CollectionSpec) =>
    a.fields.some((f) => f.type === 'reference' && f.ref === b.name);
  if (c.name === to.name || linked(c, to) || linked(to, c)) return c;
  const ref: FieldSpec = { name: to.name, label: to.label, type: 'reference', ref: to.name };
  if (c.fields.some((f) => f.name === ref.name)) return c;
  return { ...c, fields: [...c.fields.slice(0, 1), ref, ...c.fields.slice(1)] };
}

/** "returned yes/no", "since when": the person's shorthand for a yes/no and a date. */
function fieldOf(text: string): FieldSpec | null {
  const yesNo = /^(.+?)\s+(?:yes\s*\/\s*no|y\/n|true\s*\/\s*false)$/i.exec(text);
  if (yesNo?.[1]) {
    const names = namesOf(yesNo[1].toLowerCase());
    return { name: names.name, label: names.label, type: 'boolean' };
  }
  const when = /^(since|until|from|till) when$/i.exec(text);
  if (when?.[1])
    return { name: when[1].toLowerCase(), label: namesOf(when[1].toLowerCase()).label, type: 'date' };
  return inferField(text);
}

/** A described thing no collection holds becomes one: plural, related or listed, and not the app itself. */
async function newCollection(
  d: Description,
  context: DescribeContext,
  resolve: (noun: string) => CollectionSpec | undefined,
): Promise<CollectionSpec | null> {
  const head = d.subject.split(' ').at(-1) ?? '';
  if (!d.plural || d.sentence || !head || context.isContainer(d.subject) || context.isContainer(head))
    return null;
  if (!d.related.some((n) => resolve(n)) && d.items.length < 2) return null;
  const kind = (await nounKind(d.subject)) ?? (await nounKind(head));
  if (!kind || kind === 'attribute' || kind === 'quantity') return null;
  return genericCollection(d.subject, kind, []);
}

export async function applyDescriptions(
  start: CollectionSpec[],
  descriptions: Description[],
  context: DescribeContext,
): Promise<CollectionSpec[]> {
  let collections = start.map((c) => ({ ...c, fields: [...c.fields] }));
  const update = (c: CollectionSpec) => {
    collections = collections.map((d) => (d.name === c.name ? c : d));
  };
  for (const d of descriptions) {
    let resolve = resolver(collections, context.aliases);
    let target = d.subject ? resolve(d.subject) : undefined;
    if (!target) {
      const made = await newCollection(d, context, resolve);
      // "... with date, temperament and notes on the brood": not a thing of its own, one more field.
      const owner = d.after ? resolve(d.after.subject) : undefined;
      if (!made && owner) await applyItem(owner, item(d.text), d.after!, resolve, update);
      if (!made || collections.some((c) => c.name === made.name)) continue;
      collections.push(made);
      resolve = resolver(collections, context.aliases);
      target = made;
    }
    for (const noun of d.related) {
      const to = resolve(noun);
      if (to) update((target = withReference(target, to)));
    }
    for (const item of d.items) {
      target = await applyItem(target, item, d, resolve, update);
    }
  }
  return collections;
}

async function applyItem(
  target: CollectionSpec,
  item: DescribedItem,
  d: Description,
  resolve: (noun: string) => CollectionSpec | undefined,
  update: (c: CollectionSpec) => void,
): Promise<CollectionSpec> {
  if (!item.text || FORMULA_PHRASE.test(` ${item.text} `)) return target;
  const field = fieldOf(item.text);
  const named = item.nouns.map(resolve).filter((c): c is CollectionSpec => c !== undefined);
  const others = named.filter((c) => c.name !== target.name);
  // "price per cake" is a price, whatever it is per; "a member to a book" names two records.
  const typed = field !== null && field.type !== 'text' && field.type !== 'longtext';
  if (others.length > 0 && !typed) {
    // "each invoice has line items": the items refer to the invoice; "a booking has a member": the
    // booking refers to the member.
    for (const other of others) {
      if (d.sentence && item.plural) update(withReference(other, target));
      else update((target = withReference(target, other)));
    }
    return target;
  }
  // "ingredients (ingredient, amount, unit)": the record's own name is its title, already there.
  if (named.length > 0 && item.nouns.length === 1 && !typed) return target;
  if (!field) return target;
  const next = await withPersonField(target, field);
  update(next);
  return next;
}
