// The person's description of their records wins over a domain's defaults: every field they name is on
// the collection it was named for (under their word), every collection they relate it to is a reference,
// and a thing they describe that no collection holds yet becomes one.
import type { CollectionSpec, FieldSpec } from '@isekai/contracts';
import { inferField } from '../offline/field-typing.js';
import { withEnteredValue } from './entered-values.js';
import { item, type Description, type DescribedItem } from './descriptions.js';
import { newCollection, partyCollection, possessionLink, type Records } from './described-things.js';
import { nounSynonyms, singular } from './lexicon.js';
import { namesOf } from './naming.js';

/** Aliases by collection name (from the domains used), and a test for words that name the app. */
export interface DescribeContext {
  aliases: Record<string, string[]>;
  isContainer: (noun: string) => boolean;
}

/**
 * A phrase that says how a value is worked out ("the line amount is hours x rate"), or that it is
 * ("the line total is worked out"), not a field to type in.
 */
export const FORMULA_PHRASE =
  /\s(?:is|=|equals)\s.+\s(?:x|×|\*|times|plus|\+|minus|divided by|\/)\s|\s(?:is|are|gets?|be)\s+(?:worked out|calculated|computed|added up|totalled|totaled)\b/i;

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
  const entered = withEnteredValue(c, field);
  if (entered) return entered;
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
export function withReference(c: CollectionSpec, to: CollectionSpec): CollectionSpec {
  const linked = (a: CollectionSpec, b: CollectionSpec) =>
    a.fields.some((f) => f.type === 'reference' && f.ref === b.name);
  if (c.name === to.name || linked(c, to) || linked(to, c)) return c;
  const ref: FieldSpec = { name: to.name, label: to.label, type: 'reference', ref: to.name };
  if (c.fields.some((f) => f.name === ref.name)) return c;
  return { ...c, fields: [...c.fields.slice(0, 1), ref, ...c.fields.slice(1)] };
}

/**
 * "flats in each building": the flats refer to the building, so a reference the other way, guessed when
 * the collections were made (and used by no worked-out value), goes.
 */
function withoutGuessedReference(
  owner: CollectionSpec,
  owned: CollectionSpec,
  collections: CollectionSpec[],
): CollectionSpec {
  const reverse = owner.fields.find((f) => f.type === 'reference' && f.ref === owned.name);
  const used = JSON.stringify(collections.map((c) => c.fields.map((f) => f.formula ?? null)));
  if (!reverse || used.includes(`"via":"${reverse.name}"`)) return owner;
  return { ...owner, fields: owner.fields.filter((f) => f !== reverse) };
}

/**
 * "records the reason for the visit", said of a visit: the verb that lists it and the record itself are
 * not part of the field's name ("Reason").
 */
function fieldWords(text: string, target: CollectionSpec, resolve: (noun: string) => unknown): string {
  // Only a verb with its article: "records the reason", not the field "notes on the brood".
  const bare = text.replace(
    /^(?:has|have|records|keeps|stores|holds|includes|contains)\s+(?:a|an|the|its|their)\s+(?=\S)/i,
    '',
  );
  const own = /\s+(?:for|of|on)\s+(?:the|this|that|its)\s+([a-z][a-z -]*)$/i.exec(bare);
  const self = own && (resolve(own[1]!) as CollectionSpec | undefined)?.name === target.name;
  return self ? bare.slice(0, own.index) : bare;
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

export async function applyDescriptions(
  start: CollectionSpec[],
  descriptions: Description[],
  context: DescribeContext,
): Promise<CollectionSpec[]> {
  let collections = start.map((c) => ({ ...c, fields: [...c.fields] }));
  const records: Records = {
    resolve: (noun) => resolver(collections, context.aliases)(noun),
    update: (c) => {
      collections = collections.map((d) => (d.name === c.name ? c : d));
    },
    add: (c) => {
      if (!collections.some((d) => d.name === c.name)) collections.push(c);
    },
    current: (c) => collections.find((d) => d.name === c.name) ?? c,
  };
  for (const d of descriptions) {
    let target = d.subject ? records.resolve(d.subject) : undefined;
    if (!target) {
      const made = await newCollection(d, context, records.resolve);
      // "... with date, temperament and notes on the brood": not a thing of its own, one more field.
      const owner = d.after ? records.resolve(d.after.subject) : undefined;
      if (!made && owner) await applyItem(owner, item(d.text), d.after!, records);
      if (!made || collections.some((c) => c.name === made.name)) continue;
      records.add(made);
      target = made;
    }
    const possessor = d.possessor ? records.resolve(d.possessor) : undefined;
    if (possessor) {
      const [from, to] = await possessionLink(target, possessor);
      records.update(withReference(from, to));
      target = records.current(target);
    }
    // "every quote line has ...": a record named after another ("quote") refers to it.
    const modifiers = d.subject.split(' ').slice(0, -1);
    for (const noun of d.owners ?? []) {
      const to = records.resolve(noun);
      if (to && to.name !== target.name) records.update(withoutGuessedReference(to, target, collections));
      target = records.current(target);
    }
    // A modifier names a record only by that record's own word: the "tree" of "tree sponsor" is no
    // "fruit tree".
    const named = modifiers.filter((m) => {
      const to = records.resolve(m);
      return to && [to.label, to.plural].some((w) => singular(w.toLowerCase()) === m);
    });
    for (const noun of [...d.related, ...(d.owners ?? []), ...named]) {
      const to = records.resolve(noun);
      if (to) records.update((target = withReference(target, to)));
    }
    for (const item of d.items) {
      target = await applyItem(target, item, d, records);
    }
  }
  return collections;
}

async function applyItem(
  target: CollectionSpec,
  item: DescribedItem,
  d: Description,
  records: Records,
): Promise<CollectionSpec> {
  const { resolve, update } = records;
  if (!item.text || FORMULA_PHRASE.test(` ${item.text} `)) return target;
  const field = fieldOf(fieldWords(item.text, target, resolve));
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
  const party = typed ? null : await partyCollection(item, d);
  if (party) {
    records.add(party);
    update((target = withReference(target, party)));
    return target;
  }
  if (!field) return target;
  const next = await withPersonField(target, field);
  update(next);
  return next;
}
