// The prompt's nouns that may name kinds of record: the phrases compromise found, less the app's
// containers, each with what WordNet says it is and the fields listed for it.
import type { FieldSpec } from '@isekai/contracts';
import { extractFieldList, splitList } from '../offline/field-list.js';
import { inferField } from '../offline/field-typing.js';
import type { Noun } from './compose-data.js';
import { refineFields } from './field-kinds.js';
import { CONTAINERS } from './kind-words.js';
import { RECORD_KINDS, isKnownWord, nounKind, nounKinds, singular, type NounKind } from './lexicon.js';
import { listSpan } from './list-span.js';
import { namesOf } from './naming.js';
import type { Phrase } from './phrases.js';

/** How many items of a list are plural nouns of things ("tools, neighbours, and loans"), not field words. */
const LEADING_SMALL_WORDS = /^(?:(?:the|a|an|my|our|their|with|of|for|some|all|also)\s+)+/;

async function pluralThings(segment: string): Promise<number> {
  let things = 0;
  // "my hives (name, location) and inspections of each hive with date": an item is named before its
  // brackets, its "with" and its relating words.
  for (const whole of splitList(segment)) {
    const item =
      whole.split(/\(|\s(?:with|of|for|on|at|in|from|against|between|who|that|where|we|i)\s/i)[0] ?? whole;
    // "the members who borrow them": leading articles and prepositions are not the item's words.
    const words = (
      item
        .trim()
        .toLowerCase()
        .match(/[a-z]+/g) ?? []
    )
      .join(' ')
      .replace(LEADING_SMALL_WORDS, '')
      .split(' ')
      .filter(Boolean);
    // "contacts who work at a company", "the setlist songs": the item's first plural word names it.
    const last = words.find((w) => singular(w) !== w) ?? words.at(-1);
    if (!last || singular(last) === last) continue;
    const field = inferField(item.trim());
    if (field && field.type !== 'text' && field.type !== 'longtext') continue;
    const kind = await nounKind(last);
    if (
      kind &&
      // A listed plural may also be places or foods kept as records ("rooms", "dishes").
      (RECORD_KINDS.has(kind) || kind === 'place' || kind === 'food') &&
      !/^(notes|tags|photos|pictures|comments|details|ingredients)$/.test(last)
    )
      things += 1;
  }
  return things;
}

/**
 * A noun whose first senses include an act or event is a happening even when its commonest sense is a
 * thing ("screening", "service"), unless it names a person: happenings refer to the things they are about.
 */
export async function happeningOr(kind: NounKind | null, head: string): Promise<NounKind | null> {
  if (kind === null || kind === 'person' || kind === 'act' || kind === 'event') return kind;
  const kinds = await nounKinds(head, 3);
  return kinds.includes('act') || kinds.includes('event') || kinds.includes('time') ? 'act' : kind;
}

/** Brackets hold options ("type (green, black, oolong)"), never kinds of record. */
function inBrackets(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** Words kept as nouns: not containers, not pronouns, and a word of English (or one of its compounds). */
export async function readNouns(text: string, phrases: Phrase[]): Promise<Noun[]> {
  const nouns: Noun[] = [];
  const list = listSpan(text);
  // The list's fields belong to the last thing named before it ("mushrooms I find: species, where...").
  // "with students' test scores": the possessor that opens the list owns what it holds.
  const possessor = list ? /^([a-z]+?)(?:s'|'s)\s+/i.exec(text.slice(list.start)) : null;
  const owner =
    list && !possessor
      ? [...phrases]
          .reverse()
          .find((p) => p.end <= list.start && !CONTAINERS.test(p.noun) && !inBrackets(text, p.start))
      : undefined;
  const listText =
    list && possessor
      ? text.slice(0, list.start) +
        ' '.repeat(possessor[0].length) +
        text.slice(list.start + possessor[0].length)
      : text;
  // "films, members, and screenings": a list of plural things is a list of collections, not of fields.
  const listedThings = list ? await pluralThings(text.slice(list.start, list.end)) : 0;
  const entityList = listedThings >= 2;
  const ownerFields = list && !entityList ? await refineFields(extractFieldList(listText).fields) : [];
  for (const phrase of phrases) {
    // "recipe manager" keeps "recipe"; "long list" keeps nothing, since "long" describes and "list" contains.
    const hasContainer = phrase.words.some((w) => CONTAINERS.test(w)) && phrase.words.length > 1;
    const kept = phrase.words.filter((w) => !hasContainer || !CONTAINERS.test(w));
    const nounsOnly = phrase.words.filter((w, i) => !CONTAINERS.test(w) && phrase.nounWords[i]);
    // "usage logs", "guest lists": a container in the plural after a noun names records of that name.
    const recordsNamed =
      hasContainer &&
      phrase.plural &&
      CONTAINERS.test(phrase.head) &&
      phrase.nounWords.slice(0, -1).some(Boolean);
    const noun = recordsNamed
      ? phrase.words.join(' ')
      : (hasContainer && nounsOnly.length > 0 ? nounsOnly : kept).join(' ');
    // "birdwatching log": a word before a container names what is logged, even one WordNet lacks.
    if (
      hasContainer &&
      nounsOnly.length === 0 &&
      !(await nounKind(noun)) &&
      (!/^[a-z]{4,}$/.test(noun) || phrase.adjectiveWords.some(Boolean))
    )
      continue;
    if (!noun || CONTAINERS.test(noun) || CONTAINERS.test(phrase.noun)) continue;
    const kind = await happeningOr((await nounKind(noun)) ?? (await nounKind(phrase.head)), phrase.head);
    const inList =
      (list !== null && !entityList && phrase.start >= list.start && phrase.start < list.end) ||
      inBrackets(text, phrase.start);
    // "film club: films, members, and screenings": the owner of a list of collections names the app.
    if (entityList && phrase === owner) continue;
    // After a list of collections, the sentences say how they relate ("a member hosts a film"), not new ones.
    if (entityList && list && phrase.start >= list.end) continue;
    // "energy tracker: meter readings with date and kWh": the list's records are named after the colon.
    if (hasContainer && owner && phrase.end <= owner.start && /:/.test(text.slice(phrase.end, owner.start)))
      continue;
    // ... and "classroom dashboard with students' test scores": the students are.
    if (hasContainer && list && possessor && phrase.end <= list.start) continue;
    nouns.push({
      noun,
      kind,
      start: phrase.start,
      listed: phrase === owner ? ownerFields : [],
      inList,
      plural: phrase.plural,
    });
  }
  // "a log of every swim: pool, lengths", "fishing catches: fish, ...": the tagger read the word before
  // the list as a verb; WordNet knows it as a noun, so it names the records the list describes.
  if (list && !nouns.some((n) => n.listed.length > 0) && ownerFields.length > 0) {
    const words = text.slice(0, list.start).match(/[a-z]+/gi) ?? [];
    const before =
      possessor?.[1] ??
      [...words]
        .reverse()
        .find(
          (w) =>
            !CONTAINERS.test(singular(w)) &&
            !/^(with|including|containing|that|has|have|of|for|to|and|the|a|an|my|our|every|each|all)$/i.test(
              w,
            ),
        );
    const kind = before ? ((await nounKind(before)) ?? ((await isKnownWord(before)) ? 'other' : null)) : null;
    const first = nouns.find((n) => !n.inList);
    if (before && kind)
      nouns.unshift({
        noun: singular(before.toLowerCase()),
        kind,
        start: list.start,
        listed: ownerFields,
        inList: false,
        plural: true,
      });
    else if (first) first.listed = ownerFields;
  }
  return nouns;
}

/** A listed field ("due dates", "price") names data, not a kind of record. */
export function isFieldWord(noun: Noun, fields: FieldSpec[]): boolean {
  const field = inferField(noun.noun);
  if (fields.some((f) => singular(f.label.toLowerCase()) === noun.noun || f.name === namesOf(noun.noun).name))
    return true;
  return field !== null && field.type !== 'text' && field.type !== 'longtext';
}
