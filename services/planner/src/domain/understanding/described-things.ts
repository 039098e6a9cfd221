// Which things the person describes become records of their own, which way two records they name
// together refer to each other, and what a reference is called. apply-descriptions.ts asks; the answers come from the sentence's shape
// and from what kind of thing WordNet says each noun is.
import type { CollectionSpec } from '@isekai/contracts';
import type { DescribeContext } from './apply-descriptions.js';
import type { Description, DescribedItem } from './descriptions.js';
import { genericCollection, HAPPENING_KINDS } from './generic-collection.js';
import { nounKind, singular } from './lexicon.js';

/** The collections being described, for the steps that read and change them. */
export interface Records {
  resolve: (noun: string) => CollectionSpec | undefined;
  update: (c: CollectionSpec) => void;
  add: (c: CollectionSpec) => void;
  /** The collection as it stands now, after the updates. */
  current: (c: CollectionSpec) => CollectionSpec;
}

/** Verbs that list what a record holds ("has a dish"), not whom it is for or from. */
const HOLDING_VERBS = /^(?:has|have|had|holds|includes|contains|records|lists|stores|keeps|notes)$/;

/**
 * A described thing no collection holds becomes one: a plural item related to a record, possessed or
 * listed with fields or beside other records ("stays for each cat", "their riders", "rehearsals (date,
 * venue)", "boats, skippers and mooring payments"), or the subject of a sentence that lists two or
 * more of its fields ("every quote line has a dish, ... and a price").
 * Never the app itself, a value or an amount.
 */
export async function newCollection(
  d: Description,
  context: DescribeContext,
  resolve: (noun: string) => CollectionSpec | undefined,
): Promise<CollectionSpec | null> {
  const head = d.subject.split(' ').at(-1) ?? '';
  if (!head || context.isContainer(d.subject) || context.isContainer(head)) return null;
  // "the owner of each dog": one for each of another record is a kind of record too.
  if (d.sentence ? d.items.length < 2 : !d.plural && !d.owners?.length && !d.possessor) return null;
  const relates = [...d.related, ...(d.owners ?? []), d.possessor ?? ''].some((n) => n && resolve(n));
  // "boats, skippers and the mooring payments": a plural beside two kinds of record is one more.
  const listedWithRecords = (d.siblings ?? []).filter((n) => resolve(n)).length >= 2;
  if (!relates && !listedWithRecords && d.items.length < 2) return null;
  const kind = (await nounKind(d.subject)) ?? (await nounKind(head));
  if (!kind || kind === 'attribute' || kind === 'quantity') return null;
  const made = genericCollection(d.subject, kind, []);
  if (!HAPPENING_KINDS.has(kind) || relates) return made;
  // As in a list of nouns alone, a happening refers to the things listed with it.
  const things = (d.siblings ?? []).map(resolve).filter((c): c is CollectionSpec => c !== undefined);
  const refs = things
    .slice(0, 2)
    .map((t) => ({ name: t.name, label: t.label, type: 'reference' as const, ref: t.name }));
  return { ...made, fields: [made.fields[0]!, ...refs, ...made.fields.slice(1)] };
}

/**
 * "each quote is for a client", "a payment is from a tenant": a person or organisation a record is for,
 * from or assigned to is someone to keep records of, not a line of text. What a record merely has ("has a
 * dish") stays a field.
 */
export async function partyCollection(item: DescribedItem, d: Description): Promise<CollectionSpec | null> {
  if (!d.sentence || HOLDING_VERBS.test(d.verb ?? '') || item.nouns.length !== 1 || item.plural) return null;
  const noun = item.nouns[0]!;
  if (noun.includes(' ') || item.text.split(/\s+/).length > 2) return null;
  const kind = await nounKind(noun);
  return kind === 'person' || kind === 'group' ? genericCollection(noun, kind, []) : null;
}

/**
 * "owners, their pets", "projects and their tasks": what is had refers to what has it, except that a
 * thing refers to the person had with it ("horses and their riders": each horse has its rider).
 */
export async function possessionLink(
  possessed: CollectionSpec,
  possessor: CollectionSpec,
): Promise<[CollectionSpec, CollectionSpec]> {
  const kindOf = (c: CollectionSpec) => nounKind(c.label.toLowerCase());
  const [had, has] = [await kindOf(possessed), await kindOf(possessor)];
  return had === 'person' && has !== 'person' && has !== 'group'
    ? [possessor, possessed]
    : [possessed, possessor];
}

/**
 * A reference is labelled with the singular name of the records it points to ("Dentist", "Neighbour"),
 * so the person finds it under their word, not a domain's ("With", "Borrower"). A label that holds
 * that name already ("Home team") or a second reference to the same records ("From", "To") is kept.
 */
export function namedReferences(collections: CollectionSpec[]): CollectionSpec[] {
  const byName = new Map(collections.map((c) => [c.name, c]));
  return collections.map((c) => {
    const fields = c.fields.map((f) => {
      const to = f.type === 'reference' && f.ref ? byName.get(f.ref) : undefined;
      if (!to || c.fields.filter((g) => g.ref === f.ref).length > 1) return f;
      const words = f.label.toLowerCase().split(/\s+/).map(singular);
      const named = to.label.toLowerCase().split(/\s+/).map(singular);
      return named.every((w) => words.includes(w)) ? f : { ...f, label: to.label };
    });
    return { ...c, fields };
  });
}
