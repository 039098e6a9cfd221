// "add members and loans: a loan is a member borrowing a book", "add invoices for each client with an
// amount and a due date", "add a due date", "add a project to each task": new collections (linked to
// what they are said to be about), new fields, or links to collections already there.
import type { CollectionSpec, FieldSpec } from '@isekai/contracts';
import { inferField } from '../../offline/field-typing.js';
import { genericCollection, HAPPENING_KINDS } from '../generic-collection.js';
import { isKnownWord, nounKind, singular, type NounKind } from '../lexicon.js';
import { mainCollection } from '../measure-pages.js';
import { capitalize } from '../naming.js';
import {
  addCollection,
  addField,
  collectionCalled,
  collectionNamed,
  collectionOf,
  type ChangeContext,
  type Edit,
} from './context.js';
import { JOINS, linkTo } from './relation-edit.js';

export const ADD =
  /^(?:add|include|also track|track|record|store|with|i want|give (?:it|each \w+)|create|put in)\s+/i;

/** The things a clause adds: "members and loans", "a unit price and a line total that is ..." (a bracket's list stays whole). */
function itemsOf(text: string): string[] {
  return text
    .split(/\s*(?:,|\band\b|&)\s*(?![^(]*\))/i)
    .map((t) =>
      t
        .replace(/^(?:a|an|the|some)\s+/i, '')
        .replace(/\b(field|column|option)s?\b/gi, '')
        .trim(),
    )
    .filter(Boolean);
}

/** "a rating from 1 to 5": the range sets the limits, not the name. */
function fieldOf(item: string): FieldSpec | null {
  const typed = inferField(item);
  return typed
    ? { ...typed, label: typed.label.replace(/\s+from$/i, ''), name: typed.name.replace(/From$/, '') }
    : null;
}

/** A plural noun that WordNet knows as a kind of thing, not an attribute: a collection to add. */
function isThing(item: string, field: FieldSpec | null, kind: NounKind | null): kind is NounKind {
  const last = item.split(' ').at(-1) ?? item;
  return (
    (field === null || field.type === 'text') &&
    kind !== null &&
    singular(last) !== last &&
    !['attribute', 'quantity'].includes(kind)
  );
}

/** A field typed only as text must at least be named in English ("pot size", "SKU"), not "blimble". */
async function isReadable(item: string, field: FieldSpec): Promise<boolean> {
  if (field.type !== 'text' && field.type !== 'longtext') return true;
  const head = item.split(/\s+/).at(-1) ?? item;
  return /^[A-Z0-9]{2,}$/.test(head) || (await isKnownWord(head));
}

/** The collections an explanation names: "a member borrowing a book" -> members, books. */
function collectionsIn(change: ChangeContext, text: string, except: string): CollectionSpec[] {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  const phrases = [...words, ...words.slice(1).map((w, i) => `${words[i]} ${w}`)];
  const found = phrases
    .map((p) => collectionCalled(change.spec, p))
    .filter((c): c is CollectionSpec => c !== undefined && c.name !== except);
  return [...new Set(found)];
}

/**
 * What a new collection refers to: the collection it is added for ("invoices for each client"), the
 * things a relative clause names ("enrolments that link a student to a course"), the things its
 * explanation names ("a loan is a member borrowing a book"), nothing when the sentence links
 * it itself ("add projects and link each task to a project"), or, for a happening, the app's first
 * collections.
 */
function referencesOf(
  change: ChangeContext,
  collection: CollectionSpec,
  kind: NounKind,
  owner: CollectionSpec | undefined,
  explanation: string,
  about: string | undefined,
): CollectionSpec[] {
  if (owner) return [owner];
  if (about) return collectionsIn(change, about, collection.name);
  const noun = collection.label.toLowerCase();
  const said = new RegExp(`\\b${noun}s?\\s+(?:is|means|has|records)\\b(.+)$`, 'i').exec(explanation)?.[1];
  if (said) return collectionsIn(change, said, collection.name);
  const linked = change.links.some((l) => [l.from, l.to].some((side) => singular(side) === noun));
  if (linked) return [];
  return HAPPENING_KINDS.has(kind)
    ? change.spec.collections
        .filter((c) => !c.fields.some((f) => f.formula) && c.name !== collection.name)
        .slice(0, 2)
    : [];
}

/** New collections first, then their references, so "loans and members" may refer to each other. */
function addCollections(
  change: ChangeContext,
  things: { item: string; kind: NounKind }[],
  listed: FieldSpec[],
  owner: CollectionSpec | undefined,
  explanation: string,
  about: string | undefined,
): string[] {
  const made = things.map(({ item, kind }) => {
    const collection = genericCollection(singular(item), kind, listed);
    addCollection(change, collection);
    return { collection, kind };
  });
  return made.map(({ collection, kind }, i) => {
    const described = i === made.length - 1 ? about : undefined;
    const refs = referencesOf(change, collection, kind, owner, explanation, described).map((t) => ({
      name: t.name,
      label: t.label,
      type: 'reference' as const,
      ref: t.name,
    }));
    const fields = [collection.fields[0]!, ...refs, ...collection.fields.slice(1)];
    change.spec.collections = change.spec.collections.map((c) =>
      c.name === collection.name ? { ...collection, fields } : c,
    );
    return `added ${collection.plural.toLowerCase()} (${fields.map((f) => f.label.toLowerCase()).join(', ')})`;
  });
}

/**
 * "invoices for each client with an amount": what is added, then its fields. "walks that connect a dog
 * with a walker, with a duration": the relative clause says what the last thing refers to, and its own
 * "with" is not a field.
 */
function partsOf(said: string): { head: string; fieldWords?: string; about?: string } {
  const joins = JOINS.exec(said);
  const fieldsFrom = joins ? joins.index + joins[0].length : 0;
  const withFields = /(?:^|\s+)with\s+(.+)$/i.exec(said.slice(fieldsFrom));
  const end = withFields ? fieldsFrom + withFields.index : said.length;
  // "stock levels linking an item to a warehouse": the join's noun ends the head, its verb begins `about`.
  const headEnd = joins ? joins.index + joins[1]!.length : undefined;
  const relative = /\s+(?:that|which|who)\s+/i.exec(said.slice(0, end));
  if (headEnd !== undefined && (!relative || relative.index >= headEnd))
    return { head: said.slice(0, headEnd), fieldWords: withFields?.[1], about: said.slice(headEnd, end) };
  return {
    head: said.slice(0, relative ? relative.index : end),
    fieldWords: withFields?.[1],
    about: relative ? said.slice(relative.index + relative[0].length, end) : undefined,
  };
}

/** "a shipping status: pending, shipped or delivered" lists the choices, as "status (pending, ...)" does. */
function choicesInBrackets(said: string): string {
  const listed = /^([a-z][a-z ]*?):\s*([a-z][a-z -]*(?:\s*(?:,|\bor\b|\band\b)\s*[a-z][a-z -]*)+)$/i.exec(
    said,
  );
  if (!listed || /\b(?:is|are|means|has|have)\b/i.test(listed[2]!)) return said;
  return `${listed[1]} (${listed[2]})`;
}

export const addEdit: Edit = async (change, clause) => {
  const { spec } = change;
  if (!ADD.test(clause)) return null;
  const [said = '', explanation = ''] = choicesInBrackets(clause.replace(ADD, '')).split(/:\s*/, 2);
  const { head, fieldWords, about } = partsOf(said);
  // "for each client", "to every task": the collection the new things belong to.
  const ownerWords = /\s+(?:to|for|on|in)\s+(?:each|every|all|the|a|an)\s+([a-z ]+)$/i.exec(head);
  const owner = ownerWords?.[1] ? collectionNamed(spec, ownerWords[1]) : undefined;
  const items = itemsOf(ownerWords ? head.slice(0, ownerWords.index) : head);
  const listed = fieldWords
    ? itemsOf(fieldWords)
        .map((t) => inferField(t))
        .filter((f): f is FieldSpec => f !== null)
    : [];
  const steps: string[] = [];
  const unread: string[] = [];
  const things: { item: string; kind: NounKind }[] = [];
  for (const item of items) {
    if (/\bfrom \d+ to \d+\b/i.test(item) && !inferField(item)) continue;
    const field = fieldOf(item);
    const kind = await nounKind(item);
    const existing = collectionCalled(spec, item);
    // "stock levels linking an item to a warehouse": what joins two kinds of record is a record too.
    const joins = about !== undefined && item === items.at(-1) && JOINS.test(`${item} ${about}`);
    if (joins && !existing && kind !== null && !isThing(item, field, kind)) {
      things.push({ item, kind: 'act' });
      continue;
    }
    if (isThing(item, field, kind)) {
      if (existing) {
        steps.push(`${existing.plural.toLowerCase()} were already there`);
        change.focus = existing.name;
        // "grades that link a student to a class", grades being there: they are linked all the same.
        if (about && item === items.at(-1))
          steps.push(...collectionsIn(change, about, existing.name).map((c) => linkTo(change, existing, c)));
      } else things.push({ item, kind });
      continue;
    }
    const target = collectionOf(
      spec,
      (owner ?? collectionOf(spec, change.focus) ?? mainCollection(spec))?.name,
    );
    if (!target) continue;
    // "add a project to each task": a thing the app keeps is linked, not typed in.
    if (existing && existing.name !== target.name) {
      steps.push(linkTo(change, target, existing));
      continue;
    }
    if (!field || !(await isReadable(item, field))) {
      unread.push(item);
      continue;
    }
    change.focus = target.name;
    if (
      target.fields.some((f) => f.name === field.name || f.label.toLowerCase() === field.label.toLowerCase())
    ) {
      steps.push(`each ${target.label.toLowerCase()} already had ${field.label.toLowerCase()}`);
      continue;
    }
    addField(spec, target, field);
    steps.push(`added ${field.label.toLowerCase()} (${field.type}) to each ${target.label.toLowerCase()}`);
  }
  steps.unshift(...addCollections(change, things, listed, owner, explanation, about));
  if (steps.length === 0) return null;
  change.notUnderstood.push(...unread);
  return `${capitalize(steps.join('; '))}.`;
};
