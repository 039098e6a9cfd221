// The check after composition that does not depend on how a sentence is built: every kind of record
// the prompt names (in the plural or as "each X"), wherever it stands, is in the
// app — as a collection under the person's word, with a page and a form, referring to the record named
// beside it. The rules that read particular sentences run first; this catches what they missed.
import type { CollectionSpec, PageSpec } from '@isekai/contracts';
import { inferField } from '../offline/field-typing.js';
import { resolver, withReference } from './apply-descriptions.js';
import { retitled, withFormsForAll, withPagesForNamed } from './collection-pages.js';
import type { Noun } from './compose-data.js';
import { genericCollection, HAPPENING_KINDS } from './generic-collection.js';
import { ENDS_IN_RECORD_HOLDER } from './kind-words.js';
import { nounSynonyms, RECORD_KINDS, singular, type NounKind } from './lexicon.js';
import { namesOf } from './naming.js';
import { prunePages, pruneCollections } from './prune.js';

export interface CoveredApp {
  collections: CollectionSpec[];
  pages: PageSpec[];
}

export interface Coverage extends CoveredApp {
  /** Nouns that became collections here. */
  added: string[];
  /** The domain's own collections were dropped: it held none of the things the person named. */
  droppedDomain: boolean;
}

/** Kinds of thing kept as records when named as such: people, things, happenings, places, foods, payments. */
const NAMED_RECORD_KINDS = new Set<NounKind>([...RECORD_KINDS, 'place', 'food', 'money']);

/** Parts of the app itself ("a monthly chart", "totals"), never records; "plots" of land are. */
const APP_PARTS =
  /\b(?:charts?|graphs?|search|summary|summaries|totals?|stats|statistics|averages?|reminders?|alerts?|exports?|imports?)\b/i;

/** "each hive", "every repair job", "per unit": one of many records. */
const EACH_BEFORE = /\b(?:each|every|per|which)\s+$/i;
/** "the number of seats", "how many tasks": a count of things, not a list of them. */
const COUNT_BEFORE = /\b(?:number of|how many|count of|amount of|total of)\s+$/i;
/** "the products each supplier delivers", "hives at each apiary": what belongs to the record named next. */
const BELONGS_TO_NEXT = /^[^,;.]{0,48}?\b(?:each|every|per|which)\s+$/i;
/** "gigs at venues", "chemicals stored in cabinets": a record placed at, in or under the one named next. */
const PLACED_IN_NEXT =
  /^\S*\s+(?:[a-z]+\s+)?(?:at|in|on|inside|under|within|from|of)\s+(?:(?:the|a|an|our|their|its)\s+)?$/i;

/** "units in each building", "readings per meter": whatever WordNet calls them, records of each record. */
const OF_EACH_NEXT = /^\S*\s+(?:[a-z]+\s+)?(?:(?:in|at|of|on|for|from|under)\s+(?:each|every)|per)\s/i;
/** "the plot holders who rent them": someone, whatever WordNet's first sense of "holder" is. */
const WHO_NEXT = /^\S*\s+who\b/i;
/** "care events such as misting, each with a date": records that have values of their own. */
const EACH_WITH_NEXT = /^[a-z']*\s*,?\s*each\s+(?:with|has|having)\b/i;
/** "a log of health checks", "the programme of pieces", "its cast list of actors": the records are inside. */
const OF_NEXT = /^[a-z']*\s+of\s+/i;
const holdsRecords = (text: string, noun: Noun) =>
  ENDS_IN_RECORD_HOLDER.test(noun.noun) && OF_NEXT.test(text.slice(noun.start + noun.noun.length));
const LOGGED_BEFORE =
  /\b(?:log|logs|logging|record|records|recording|track|tracking)\s+(?:(?:the|all|any)\s+)?$/i;
/** "Publishers have series": the verb's number says the subject is many. */
const HAVE_NEXT = /^\S*\s+have\b/i;

const PEOPLE = new Set<NounKind>(['person', 'group']);

/** The kind of thing a noun names here: the words around it may say more than WordNet's first sense. */
function kindHere(text: string, noun: Noun): NounKind | null {
  const after = text.slice(noun.start);
  if (WHO_NEXT.test(after.slice(noun.noun.length))) return 'person';
  if (noun.plural && OF_EACH_NEXT.test(after.slice(noun.noun.length))) {
    return noun.kind && NAMED_RECORD_KINDS.has(noun.kind) ? noun.kind : 'artifact';
  }
  return noun.kind;
}

interface Named {
  noun: Noun;
  sentence: number;
}

function sentenceIndex(text: string, at: number): number {
  return (text.slice(0, at).match(/[.!?;\n]+/g) ?? []).length;
}

/** The mentions of record kinds the person names, in order; the same thing may be named again. */
function namedThings(text: string, nouns: Noun[], isField: (noun: Noun) => boolean): Named[] {
  const mentions = nouns.flatMap((said) => {
    const noun = { ...said, kind: kindHere(text, said) };
    const before = text.slice(Math.max(0, noun.start - 20), noun.start);
    const after = text.slice(noun.start + noun.noun.length);
    // "series have issues": a subject that takes "have" is many, whatever its plural looks like.
    // "log maintenance for each tank": what is logged for each of something is records, even a mass noun.
    const loggedForEach = LOGGED_BEFORE.test(before) && OF_EACH_NEXT.test(after);
    const asRecord = noun.plural || EACH_BEFORE.test(before) || HAVE_NEXT.test(after) || loggedForEach;
    // "aquariums with water tests for each tank", "plants with pots, and care events such as misting,
    // each with a date": an item of a list said to be kept for each of something, to be people who do
    // something, to have things of its own, or to be happenings (which no one field can hold), is a
    // kind of record, not a field.
    const recordInList =
      loggedForEach ||
      (noun.plural &&
        (OF_EACH_NEXT.test(after) ||
          WHO_NEXT.test(after) ||
          EACH_WITH_NEXT.test(after) ||
          noun.kind === 'event'));
    const out =
      (noun.inList && !recordInList) ||
      !asRecord ||
      COUNT_BEFORE.test(before) ||
      holdsRecords(text, noun) ||
      // "in one or more payments": payments made are records, though one amount is a field; in a
      // list of values ("a task, hours and a rate") a plural is one value.
      (isField(noun) &&
        !recordInList &&
        !(noun.plural && !noun.inList && (noun.kind === 'act' || noun.kind === 'event'))) ||
      APP_PARTS.test(noun.noun);
    return out ? [] : [noun];
  });
  const isRecordKind = (noun: Noun) =>
    noun.kind !== null && NAMED_RECORD_KINDS.has(noun.kind) && (noun.kind !== 'money' || noun.plural);
  // "units in each building … per unit": a word named once as a record is one wherever it is named.
  const records = new Set(mentions.filter(isRecordKind).map((n) => n.noun));
  return mentions
    .filter((n) => records.has(n.noun))
    .map((noun) => ({ noun, sentence: sentenceIndex(text, noun.start) }));
}

/**
 * Which of two records named together refers to the other: the one said to belong to "each" of the
 * other; else a happening refers to what it is about, a thing to the person who has it, and a record
 * named later to the one named before it.
 */
function referrer(text: string, a: Named, b: Named): [Named, Named] {
  const [first, second] = a.noun.start < b.noun.start ? [a, b] : [b, a];
  const between = text.slice(first.noun.start, second.noun.start);
  const after = between.slice(first.noun.noun.length);
  if (BELONGS_TO_NEXT.test(after) || PLACED_IN_NEXT.test(after)) return [first, second];
  const happens = (n: Named) => HAPPENING_KINDS.has(n.noun.kind!);
  const person = (n: Named) => PEOPLE.has(n.noun.kind!);
  if (happens(first) !== happens(second)) return happens(first) ? [first, second] : [second, first];
  // "swimmers, the squads they train in": a person is one of a group's, not the other way round.
  const group = (n: Named) => n.noun.kind === 'group';
  if (group(first) !== group(second) && person(first) && person(second))
    return group(first) ? [second, first] : [first, second];
  if (person(first) !== person(second)) return person(first) ? [second, first] : [first, second];
  return [second, first];
}

/**
 * A collection found by another of its words ("Bed" for "allotment plots") or by the head of the
 * person's ("Note" for "tasting notes") takes the person's word, if no other collection has it.
 */
function inPersonsWord(c: CollectionSpec, noun: string, all: CollectionSpec[]): CollectionSpec {
  const label = c.label.toLowerCase();
  const own = [label, singular(c.plural.toLowerCase())];
  const fuller = noun.endsWith(` ${label}`);
  // "Meeting room" found for "rooms" keeps its fuller name; "Service" found for "repairs" takes theirs.
  if (own.includes(noun) || (!fuller && own.some((o) => o.split(' ').length > noun.split(' ').length)))
    return c;
  if (all.some((d) => d !== c && d.label.toLowerCase() === noun)) return c;
  // "hospital volunteers need shift": a plural inside, or a long run, is the tagger's, not a name.
  const words = noun.split(' ');
  if (words.length > 3 || words.slice(0, -1).some((w) => singular(w) !== w)) return c;
  return { ...c, ...namesOf(noun), name: c.name };
}

/** "requests per flat", "flats in each block", "gigs at venues": the record the one just named belongs to. */
const BELONGS_TO =
  /^\S*\s+(?:[a-z]+\s+){0,2}?(?:per\s+|(?:in|at|of|on|for|from|under|inside|within)\s+(?:(?:each|every|the|a|an|our|their)\s+)?)([a-z]+(?:\s+[a-z]+)?)/i;

/** "each order has lines", "every project has its tasks": what a record of the kind named before has. */
const HAS_BEFORE =
  /\b(?:(?:each|every|an?|the)\s+)?([a-z]+(?:\s+[a-z]+)?)\s+(?:has|have|holds|contains|includes|lists)\s+(?:(?:its|their|several|many|some|multiple|a few|one or more)\s+)?$/i;
/** "for every production its cast list of actors and roles", "at every visit we record the observers". */
const FOR_EACH_BEFORE = /\b(?:for|at|in|on|of)\s+(?:each|every)\s+([a-z]+(?:\s+[a-z]+)?)\b[^,;.:]{0,40}$/i;

/**
 * "maintenance requests per unit", "units in each building", "each order has lines": when the words
 * right after a record, or right before it, say which record it belongs to, it refers to that one, and a
 * reference the other way that a domain or a
 * guess put there (and no worked-out value reads) goes.
 */
function withSaidRelations(
  text: string,
  named: Named[],
  coveredBy: Map<Named, string>,
  collections: CollectionSpec[],
  aliases: Record<string, string[]>,
  guessed: Set<string>,
): CollectionSpec[] {
  let current = collections;
  for (const a of named) {
    const before = text.slice(Math.max(0, a.noun.start - 60), a.noun.start);
    const had = HAS_BEFORE.exec(before) ?? FOR_EACH_BEFORE.exec(before);
    const said = BELONGS_TO.exec(text.slice(a.noun.start + a.noun.noun.length));
    if (!said && !had) continue;
    const resolve = resolver(current, aliases);
    const ownerWords = (said ?? had)![1]!;
    const words = ownerWords.split(/\s+/);
    const owner = resolve(ownerWords) ?? resolve(words[0]!) ?? resolve(words.at(-1)!);
    const owned = current.find((c) => c.name === coveredBy.get(a));
    if (!owned || !owner || owned.name === owner.name) continue;
    // Only a worked-out value of the owner's own can read through its reference to the owned.
    const formulas = JSON.stringify(owner.fields.map((f) => f.formula ?? null));
    const reverse = owner.fields.find((f) => f.type === 'reference' && f.ref === owned.name);
    const keptOwner =
      reverse && !formulas.includes(`"${reverse.name}"`)
        ? { ...owner, fields: owner.fields.filter((f) => f !== reverse) }
        : owner;
    // What the sentence says replaces the nearest-record guess made for it.
    const guess = (f: CollectionSpec['fields'][number]) =>
      f.ref !== owner.name && guessed.has(`${owned.name}>${f.ref}`) && !formulas.includes(`"${f.name}"`);
    const linked = withReference({ ...owned, fields: owned.fields.filter((f) => !guess(f)) }, keptOwner);
    current = current.map((c) => (c.name === owned.name ? linked : c.name === owner.name ? keptOwner : c));
  }
  return current;
}

/** "the yearly rent each holder pays", "a due date for every loan": a value kept on each of a record. */
const OF_EACH_RECORD = /^\S*\s+(?:(?:of|for|on|in)\s+)?(?:each|every)\s+([a-z]+(?:\s+[a-z]+)?)/i;
/** "every family pays a yearly fee", "each boat gets a berth number": the record, then its value. */
const EACH_DOES_BEFORE =
  /\b(?:each|every)\s+([a-z]+(?:\s+[a-z]+)?)\s+[a-z]+s\s+(?:(?:a|an|the|its|their)\s+)?$/i;
const VALUE_KINDS = new Set<NounKind>(['attribute', 'quantity', 'money', 'time']);

/** Values the person says each record of a kind has, on that kind's collection unless it has them. */
function withValuesOfEach(
  text: string,
  nouns: Noun[],
  collections: CollectionSpec[],
  aliases: Record<string, string[]>,
): CollectionSpec[] {
  const resolve = resolver(collections, aliases);
  let current = collections;
  for (const noun of nouns) {
    if (noun.plural || !noun.kind || !VALUE_KINDS.has(noun.kind)) continue;
    const each =
      OF_EACH_RECORD.exec(text.slice(noun.start + noun.noun.length)) ??
      EACH_DOES_BEFORE.exec(text.slice(Math.max(0, noun.start - 50), noun.start));
    const owner = each ? (resolve(each[1]!) ?? resolve(each[1]!.split(/\s+/)[0]!)) : undefined;
    const field = owner ? inferField(noun.noun) : null;
    if (!owner || !field) continue;
    const head = noun.noun.split(' ').at(-1)!;
    const has = owner.fields.some(
      (f) => f.name === field.name || f.label.toLowerCase().split(/\s+/).map(singular).includes(head),
    );
    if (has) continue;
    const plain = owner.fields.filter((f) => !f.formula);
    const valued = { ...owner, fields: [...plain, field, ...owner.fields.filter((f) => f.formula)] };
    current = current.map((c) => (c.name === owner.name ? valued : c));
  }
  return current;
}

/**
 * "the due date of each loan" read as records of due dates: a collection that refers to a record
 * holding a field of its own name, with nothing referring to it, is that field, not records.
 */
function withoutValuesAsRecords(collections: CollectionSpec[]): CollectionSpec[] {
  const referred = new Set(collections.flatMap((c) => c.fields.flatMap((f) => (f.ref ? [f.ref] : []))));
  const isValue = (c: CollectionSpec) =>
    !referred.has(c.name) &&
    c.fields.some((f) => {
      const owner = f.type === 'reference' ? collections.find((d) => d.name === f.ref) : undefined;
      // A date, a number or an amount: a line of text of the same name may be a stray word instead.
      const VALUE_TYPES = ['date', 'datetime', 'number', 'money', 'boolean'];
      return owner?.fields.some((g) => VALUE_TYPES.includes(g.type) && g.name === c.name) ?? false;
    });
  return collections.filter((c) => !isValue(c));
}

/** A "programme" of pieces made a collection of its own: the pieces are the records, nothing refers to it. */
function withoutHolders(text: string, nouns: Noun[], collections: CollectionSpec[]): CollectionSpec[] {
  const holders = new Set(nouns.filter((n) => holdsRecords(text, n)).map((n) => n.noun));
  const referred = new Set(collections.flatMap((c) => c.fields.flatMap((f) => (f.ref ? [f.ref] : []))));
  return collections.filter((c) => !holders.has(c.label.toLowerCase()) || referred.has(c.name));
}

/** "To log care events" beside "Care events": the verb that asked for the records is not their name. */
function withoutAskingWords(collections: CollectionSpec[]): CollectionSpec[] {
  const labels = new Set(collections.map((c) => c.label.toLowerCase()));
  return collections.filter((c) => {
    const asked = /^to\s+[a-z]+\s+(.+)$/.exec(c.label.toLowerCase());
    return !asked || !labels.has(asked[1]!);
  });
}

export async function withNamedThingsCovered(
  app: CoveredApp,
  text: string,
  nouns: Noun[],
  aliases: Record<string, string[]>,
  isField: (noun: Noun) => boolean,
): Promise<Coverage> {
  const named = namedThings(text, nouns, isField);
  // Values said of each record go on it first, so a value misread as records of its own is seen as one.
  let collections = withoutValuesAsRecords(withValuesOfEach(text, nouns, app.collections, aliases));
  const before = collections.map((c) => c.name);
  const added: string[] = [];
  const coveredBy = new Map<Named, string>();
  for (const thing of named) {
    // "teachers" for a domain's "Instructor", "pupils" for its "Student": WordNet's synonyms name it too.
    const synonyms = await nounSynonyms(thing.noun.noun);
    const found =
      resolver(collections, aliases)(thing.noun.noun) ??
      collections.find((c) => c.name === namesOf(thing.noun.noun).name) ??
      collections.find((c) => synonyms.has(c.label.toLowerCase()));
    if (found) {
      const renamed = inPersonsWord(found, thing.noun.noun, collections);
      collections = collections.map((c) => (c.name === found.name ? renamed : c));
      coveredBy.set(thing, found.name);
      continue;
    }
    const made = genericCollection(thing.noun.noun, thing.noun.kind, thing.noun.listed);
    collections.push(made);
    added.push(thing.noun.noun);
    coveredBy.set(thing, made.name);
  }
  // The list item read as a field before ("Water tests for each tank") is the new collection now.
  const fromLists = named.filter((t) => t.noun.inList && added.includes(t.noun.noun));
  const misread = (f: CollectionSpec['fields'][number]) =>
    f.type !== 'reference' &&
    fromLists.some((t) =>
      // "With germination checks for each tray": the list's joining word is not part of the item.
      `${f.label
        .toLowerCase()
        .replace(/^(?:with|and|the|a|an)\s+/, '')
        .split(/\s+/)
        .map(singular)
        .join(' ')} `.startsWith(`${t.noun.noun} `),
    );
  collections = collections.map((c) => ({ ...c, fields: c.fields.filter((f) => !misread(f)) }));
  // Each new collection, and each named one that stands alone, refers to (or is referred to by) the
  // record named beside it: the one it is said to be "of each" or "of which", else the nearest in
  // its sentence ("units in each building", "the plot holders who rent them").
  // Alone among the things named: a reference only to a domain's record the person never named
  // ("Owner" for a health check of a shelter's animals) relates it to nothing they asked for.
  const namedNames = new Set(coveredBy.values());
  const alone = (name: string) =>
    !collections.some((c) =>
      c.fields.some(
        (f) =>
          f.type === 'reference' &&
          ((c.name === name && namedNames.has(f.ref!)) || (f.ref === name && namedNames.has(c.name))),
      ),
    );
  // "an app for our gigs: the clubs we play at, …, and the tunes": what is listed after a colon is
  // the topic's, the thing named just before it.
  const colonTopic = (thing: Named) =>
    named.find(
      (t) =>
        t.sentence === thing.sentence &&
        t.noun.start < thing.noun.start &&
        coveredBy.get(t) !== coveredBy.get(thing) &&
        /^[a-z']*\s*:/.test(text.slice(t.noun.start + t.noun.noun.length)),
    );
  const linkedTo = (a: string, b: string) =>
    collections.some(
      (c) =>
        (c.name === a && c.fields.some((f) => f.ref === b)) ||
        (c.name === b && c.fields.some((f) => f.ref === a)),
    );
  const unlinkedToTopic = (t: Named) => {
    const topic = colonTopic(t);
    return !!topic && !linkedTo(coveredBy.get(t) ?? '', coveredBy.get(topic) ?? '');
  };
  const relating = new Set([
    ...added,
    ...named.filter((t) => alone(coveredBy.get(t) ?? '') || unlinkedToTopic(t)).map((t) => t.noun.noun),
  ]);
  const guessed = new Set<string>();
  for (const noun of relating) {
    const mentions = named.filter((t) => t.noun.noun === noun);
    const pairs = mentions.map((thing) => {
      const others = named.filter(
        (t) => t.sentence === thing.sentence && coveredBy.get(t) !== coveredBy.get(thing),
      );
      const said = others.find(
        (t) =>
          t.noun.start > thing.noun.start &&
          BELONGS_TO_NEXT.test(text.slice(thing.noun.start + thing.noun.noun.length, t.noun.start)),
      );
      const nearest = others.sort(
        (x, y) => Math.abs(x.noun.start - thing.noun.start) - Math.abs(y.noun.start - thing.noun.start),
      )[0];
      // "the animals, their kennels, and a log of health checks": a happening is about the thing the
      // sentence is about, the first one it names before it, not the one listed last.
      const topic = HAPPENING_KINDS.has(thing.noun.kind!)
        ? others
            .filter((t) => t.noun.start < thing.noun.start && !HAPPENING_KINDS.has(t.noun.kind!))
            .sort((x, y) => x.noun.start - y.noun.start)[0]
        : undefined;
      const other = said ?? colonTopic(thing) ?? topic ?? nearest;
      return other ? ([thing, other] as const) : null;
    });
    const pair = pairs.find(Boolean);
    if (!pair) continue;
    const [from, to] = referrer(text, pair[0], pair[1]);
    const target = collections.find((c) => c.name === coveredBy.get(to))!;
    guessed.add(`${coveredBy.get(from)}>${target.name}`);
    collections = collections.map((c) => (c.name === coveredBy.get(from) ? withReference(c, target) : c));
  }
  collections = withSaidRelations(text, named, coveredBy, collections, aliases, guessed);
  // ... and on the collections just made for what the person named.
  collections = withValuesOfEach(text, nouns, collections, aliases);
  // A domain that holds none of the things named, beside two or more the person named, is not their app.
  const domainCovers = named.some((t) => before.includes(coveredBy.get(t) ?? ''));
  const droppedDomain = before.length > 0 && added.length >= 2 && !domainCovers;
  if (droppedDomain) collections = collections.filter((c) => !before.includes(c.name));
  collections = pruneCollections(withoutAskingWords(withoutHolders(text, nouns, collections)));
  const pages = prunePages(retitled(app.pages, app.collections, collections), collections);
  // What was made, and every domain collection the person named ("order lines" shown only inside
  // "Orders"), can be found under the person's word.
  const newOnes = collections.filter((c) => !before.includes(c.name) || namedNames.has(c.name));
  return {
    collections,
    pages: withFormsForAll(withPagesForNamed(pages, newOnes), collections),
    added,
    droppedDomain,
  };
}
