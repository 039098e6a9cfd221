// "cleaners clean the rooms, and each cleaning is logged with a date": the people and things a prompt
// names that no record refers to are who does its happenings and what they are done to: the first
// happening refers to them (and every happening to someone who does it), so its form chooses the
// cleaner and the room, and their detail pages list the cleanings.
import type { CollectionSpec } from '@isekai/contracts';
import { withReference } from './apply-descriptions.js';
import { HAPPENING_KINDS } from './generic-collection.js';
import { nounKind, singular, type NounKind } from './lexicon.js';
import { happeningOr } from './read-nouns.js';
import { normalWords } from './retrieval.js';

type Role = 'happening' | 'party' | 'thing' | null;

/** Things a happening is done to: objects, animals, plants, places and food, not documents or values. */
const DONE_TO = new Set<NounKind>(['artifact', 'animal', 'plant', 'place', 'food']);

async function roleOf(c: CollectionSpec): Promise<Role> {
  const head = singular(c.label.toLowerCase().split(' ').at(-1) ?? '');
  const kind = await happeningOr((await nounKind(c.label.toLowerCase())) ?? (await nounKind(head)), head);
  if (kind && HAPPENING_KINDS.has(kind)) return 'happening';
  if (kind === 'person' || kind === 'group') return 'party';
  if (kind && DONE_TO.has(kind)) return 'thing';
  // "litter picks" (a document to WordNet) made with a date: records of when something was done.
  return c.fields.some((f) => !f.formula && (f.type === 'date' || f.type === 'datetime'))
    ? 'happening'
    : null;
}

const refersTo = (c: CollectionSpec, to: CollectionSpec) =>
  c.fields.some((f) => f.type === 'reference' && f.ref === to.name);

export async function withHappeningParties(
  collections: CollectionSpec[],
  text: string,
): Promise<CollectionSpec[]> {
  const said = normalWords(text);
  // Only records the person names: a domain's own collections they never mention are not theirs.
  const named = (c: CollectionSpec) => [c.label, c.plural].some((w) => said.includes(normalWords(w)));
  const roles = new Map<string, Role>();
  for (const c of collections) roles.set(c.name, named(c) ? await roleOf(c) : null);
  let result = collections;
  const refer = (from: CollectionSpec, to: CollectionSpec) => {
    const next = withReference(from, to);
    result = result.map((c) => (c.name === from.name ? next : c));
  };
  const now = (c: CollectionSpec) => result.find((d) => d.name === c.name)!;
  const happenings = collections.filter((c) => roles.get(c.name) === 'happening');
  // A happening that names nobody who does it is done by the first person the prompt names.
  const firstParty = collections.find((c) => roles.get(c.name) === 'party');
  for (const h of happenings) {
    const byAnyone = now(h).fields.some((f) => f.type === 'reference' && roles.get(f.ref ?? '') === 'party');
    if (firstParty && !byAnyone) refer(now(h), firstParty);
  }
  // A person or thing no record refers to, and that refers to none, is part of the first happening.
  for (const party of collections) {
    const role = roles.get(party.name);
    if ((role !== 'party' && role !== 'thing') || !happenings[0]) continue;
    const linked = result.some(
      (c) => c.name !== party.name && (refersTo(c, now(party)) || refersTo(now(party), c)),
    );
    if (!linked) refer(now(happenings[0]), party);
  }
  return result;
}
