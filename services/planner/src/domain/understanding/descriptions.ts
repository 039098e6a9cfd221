// What the prompt's own sentences say each kind of record has: "A booking has a member, a trainer and
// the class name", "deals with an amount and a stage", "inspections of each hive with date and notes",
// "pets (species, breed, birthday)". Read as plain structure, before anything is matched to a collection:
// which noun is described (the subject), which nouns its relating clause names ("of each hive", "belongs
// to a company") and which phrases it lists. apply-descriptions.ts decides what each of them is.
import { splitList } from '../offline/field-list.js';
import { singular } from './lexicon.js';
import { terms, type Term } from './phrases.js';

/** A phrase listed for a subject: a field, or a reference when its noun names a collection. */
export interface DescribedItem {
  text: string;
  /** The item's noun phrases, singular: "a member to a book" -> member, book. */
  nouns: string[];
  /** Written in the plural after "has": "has line items" makes the items refer to the subject. */
  plural: boolean;
}

export interface Description {
  /** The described noun, singular: "purchase order". */
  subject: string;
  plural: boolean;
  /** Nouns its relating clause names: "of each hive", "from a supplier for a product". */
  related: string[];
  /** Of those, the ones said to have many of it: "flats in each building", "visits for every pet". */
  owners?: string[];
  items: DescribedItem[];
  /** Where the listed items stand in the prompt, so their nouns are not read as kinds of record. */
  spans: { start: number; end: number }[];
  /** The subject is the grammatical subject of a verb ("each deal belongs to ..."), not a list item. */
  sentence: boolean;
  /** That verb, as typed: "belongs", "has", "is". */
  verb?: string;
  /** As typed. */
  text: string;
  /** The record whose "with" list it followed: when it names no thing, it is one more field of that one. */
  after?: Description;
  /** The other things of the list it stands in. */
  siblings?: string[];
  /** "horses and their riders": the thing named just before, whose own these are. */
  possessor?: string;
}

/** Where a clause ends: a sentence, or a turn from data to behaviour ("so I can", "show which"). */
const CLAUSE_END = /[.;!?](?=\s|$)|,?\s+so\b|,?\s+(?:and\s+)?(?:shows?|showing|see|sees)\b/i;
/** Words that start a relating clause after a subject: "of each hive", "who work at a company". */
const RELATING = new Set([
  'of',
  'for',
  'from',
  'on',
  'at',
  'to',
  'against',
  'between',
  'per',
  'by',
  'in',
  'as',
  'who',
  'that',
  'which',
  'where',
]);
const LEADING = /^(?:(?:and|or|the|a|an|my|our|their|its|his|her|each|every|some|any|also|plus|one)\s+)+/i;
/**
 * Words that end a subject without a relating word: a dash ("attendance - for each rehearsal"), or a
 * determiner or pronoun opening a reduced relative clause ("the roles each actor plays", "the rent
 * payments each tenant makes", "the books I lend").
 */
const SUBJECT_END =
  /^(?:[^a-z0-9']+|each|every|a|an|the|my|our|their|his|her|(?:i|we|they|you|he|she)(?:'[a-z]+)?)$/i;
const PERSON_VERB = /^(?:i|we|you|they)\s+(?:(?:also|just|really|only)\s+)?[a-z]+\s+/i;
/** "and their riders": what follows belongs to the thing named before. */
const POSSESSED = /^(?:(?:and|or|plus)\s+)?(?:their|its|his|her)\s/i;
/** "date and time" is one field, not two. */
const PAIRS: [RegExp, string][] = [[/\bdate and time\b/gi, 'date-and-time']];

function protect(text: string): string {
  return PAIRS.reduce((t, [pattern, joined]) => t.replace(pattern, joined), text);
}

function unprotect(text: string): string {
  return text.replace(/\bdate-and-time\b/gi, 'date and time');
}

function isNounTerm(term: Term): boolean {
  return (
    (term.tags.has('Noun') || term.tags.has('Plural') || term.tags.has('Adjective')) &&
    !term.tags.has('Pronoun') &&
    !term.tags.has('Determiner') &&
    !term.tags.has('Preposition')
  );
}

/** Noun phrases of a short item, as runs of noun-like words: "a member to a book" -> member, book. */
function itemNouns(text: string): { nouns: string[]; plural: boolean } {
  const all = terms(text.replace(/\([^)]*\)/g, ' '));
  const nouns: string[] = [];
  let run: Term[] = [];
  let plural = false;
  const flush = () => {
    while (run.length > 0 && !(run.at(-1)!.tags.has('Noun') || run.at(-1)!.tags.has('Plural'))) run.pop();
    if (run.length > 0) {
      const last = run.at(-1)!;
      if (nouns.length === 0) plural = singular(last.normal) !== last.normal;
      nouns.push([...run.slice(0, -1).map((t) => t.normal), singular(last.normal)].join(' '));
    }
    run = [];
  };
  all.forEach((term, i) => {
    // "each skipper pays": after "each" and its one noun, a plural is the verb.
    const verbAfterEach = /^(?:each|every)$/.test(all[i - 2]?.normal ?? '') && run.length === 1;
    if (isNounTerm(term) && !verbAfterEach && !/^(which|what|whether|when)$/.test(term.normal))
      run.push(term);
    else flush();
  });
  flush();
  return { nouns, plural };
}

/** "in each building", "for every pet": the nouns after "each" or "every". */
function ownersIn(relating: string): string[] {
  return [...relating.matchAll(/\b(?:each|every)\s+([a-z][a-z'-]*)/gi)].map((m) =>
    singular(m[1]!.toLowerCase()),
  );
}

export function item(text: string): DescribedItem {
  const clean = unprotect(text.replace(LEADING, '').trim());
  // Read with its article: alone, "boat" is tagged a verb; "a boat" is a noun.
  return { text: clean, ...itemNouns(unprotect(text.trim())) };
}

/**
 * A list item's subject and what follows it: "purchase orders from a supplier for a product with
 * quantity" -> subject "purchase order", relating "from a supplier for a product", listed "quantity".
 * The subject runs to the first preposition, relative word or bracket (the tagger may call "purchase" a
 * verb, so words are not judged by their tags until then).
 */
function splitItem(raw: string): { subject: string; plural: boolean; relating: string; listed: string } {
  // "I need buildings": the person and their verb are not the thing.
  const text = raw.replace(LEADING, '').replace(PERSON_VERB, '');
  const bracket = text.indexOf('(');
  const withAt = /\bwith\b/i.exec(text);
  const headEnd = Math.min(bracket < 0 ? text.length : bracket, withAt ? withAt.index : text.length);
  const head = text.slice(0, headEnd);
  const words = head.trim().split(/\s+/);
  // "tenants living in a flat": a participle after a plural opens a clause about it too.
  const gerunds = new Set(terms(head).flatMap((t) => (t.tags.has('Gerund') ? [t.normal] : [])));
  const participle = (w: string, i: number) =>
    gerunds.has(w.toLowerCase()) && singular(words[i - 1]!.toLowerCase()) !== words[i - 1]!.toLowerCase();
  const stop = words.findIndex(
    (w, i) => i > 0 && (RELATING.has(w.toLowerCase()) || SUBJECT_END.test(w) || participle(w, i)),
  );
  const subjectWords = (stop < 0 ? words : words.slice(0, stop)).map((w) => w.toLowerCase());
  const last = subjectWords.at(-1) ?? '';
  const inner = bracket >= 0 && (!withAt || bracket < withAt.index) ? /\(([^)]*)\)/.exec(text)?.[1] : '';
  const afterWith = withAt ? text.slice(withAt.index + 4) : '';
  return {
    subject: [...subjectWords.slice(0, -1), singular(last)].join(' ').replace(/[^a-z' -]/g, ''),
    plural: singular(last) !== last,
    relating: stop < 0 ? '' : words.slice(stop).join(' '),
    listed: [inner ?? '', afterWith].filter(Boolean).join(', '),
  };
}

function spanOf(text: string, part: string, from: number): { start: number; end: number } | null {
  const start = part ? text.indexOf(part, from) : -1;
  return start < 0 ? null : { start, end: start + part.length };
}

/** The words that open a sentence about one record: "Each deal ...", "A booking ...". */
const SENTENCE_START = /^(?:each|every|a|an|the|one|any)$/;

/** "Each deal belongs to a company", "A booking has a member, ...": subject, then verb, then items. */
function sentenceDescription(clause: string, offset: number, text: string): Description[] {
  const all = terms(clause);
  if (!SENTENCE_START.test(all[0]?.normal ?? '')) return [];
  // The word after "each" is a noun whatever the tagger says ("each quote is ...").
  let i = 1;
  while (all[i] && (i === 1 || (isNounTerm(all[i]!) && !all[i]!.tags.has('Verb')))) i += 1;
  const verb = all[i];
  if (i === 1 || !verb?.tags.has('Verb')) return [];
  const subjectTerms = all.slice(1, i);
  const last = subjectTerms.at(-1)!;
  const subject = [...subjectTerms.slice(0, -1).map((t) => t.normal), singular(last.normal)].join(' ');
  // The verb and its particles ("is assigned to", "belongs to", "links") say how, not what.
  while (
    all[i] &&
    (all[i]!.tags.has('Verb') || all[i]!.tags.has('Preposition') || all[i]!.tags.has('Adverb'))
  )
    i += 1;
  const rest = all[i] ? clause.slice(all[i]!.start) : '';
  const described: Description = {
    subject,
    plural: singular(last.normal) !== last.normal,
    related: [],
    items: [],
    spans: [],
    sentence: true,
    verb: verb.normal,
    text: clause,
  };
  const found = [described];
  // "has line items with a description, hours and a rate": the items' own fields follow "with";
  // "has its ingredients as rows (ingredient, amount, unit)": or stand in brackets.
  let owner = described;
  for (const part of splitList(protect(rest))) {
    const split = owner === described && /\bwith\b|\(/i.test(part) ? splitItem(part) : null;
    // "has line items with a description" lists the items' fields; "joins a patient with a dentist"
    // names two records.
    const named = split?.subject && !split.plural && /\bwith\b/i.test(part) && !/\(/.test(part);
    const nested = named ? null : split;
    const listed = nested ? splitList(nested.listed).map(item) : [];
    if (nested?.subject) {
      // The item is the thing its fields are of, whatever the tagger makes of the bare word ("repairs").
      const had = item(part.split(/\bwith\b|\(/i)[0] ?? '');
      described.items.push({ ...had, nouns: [nested.subject], plural: nested.plural });
      const child: Description = {
        subject: nested.subject,
        plural: nested.plural,
        related: [],
        items: listed,
        spans: [],
        sentence: false,
        text: part,
      };
      found.push(child);
      if (/\bwith\b/i.test(part)) owner = child;
    } else if (nested) owner.items.push(...listed);
    else owner.items.push(item(part));
    // Only listed fields are kept from being read as kinds of record, not "a member" of "has a member".
    const span = spanOf(text, unprotect(part), offset);
    if (span && owner !== described) owner.spans.push(span);
  }
  // The things it has are described first, so they are records by the time it says it has them.
  return [...found.slice(1), described];
}

/** "owners, their pets (species, breed) and visits for each pet with diagnosis and cost". */
function listDescriptions(clause: string, offset: number, text: string): Description[] {
  const found: Description[] = [];
  let owner: Description | null = null;
  for (const part of splitList(protect(clause))) {
    // "that answers my questions": a clause about what came before, not a thing; on a "with" list
    // ("with a due date, which subject it's for") it is one more of the record's fields.
    if (!owner && /^(?:that|which|who|whose|where|when)\b/i.test(part.trim())) continue;
    const { subject, plural, relating, listed } = splitItem(part);
    const article = /^(?:a|an|the)\s/i.test(part.trim());
    const span = spanOf(text, unprotect(part), offset);
    // After "with", the next items are more of its fields until a plural thing starts a new one.
    if (owner && (!plural || article)) {
      owner.items.push(item(part));
      if (span) owner.spans.push(span);
      continue;
    }
    const previous = found.at(-1);
    // "matches between a home team and an away team with the score": the relating clause goes on.
    if (previous && article && !plural && previous.related.length > 0) {
      previous.related.push(...itemNouns(`${subject} ${relating}`).nouns);
      previous.items.push(...(listed ? splitList(listed).map(item) : []));
      if (/\bwith\b/i.test(part)) owner = previous;
      continue;
    }
    const described: Description = {
      subject,
      plural,
      related: relating ? itemNouns(relating).nouns : [],
      // "the owner of each dog" is the dog's: "of" names what has it, not what has many of it.
      ...(/^of\s+(?:each|every)\s/i.test(relating)
        ? { possessor: itemNouns(relating).nouns[0] }
        : { owners: ownersIn(relating) }),
      items: listed ? splitList(listed).map(item) : [],
      spans: listed && span ? [span] : [],
      sentence: false,
      text: unprotect(part),
      ...(owner ? { after: owner } : {}),
      ...(previous && POSSESSED.test(part.trim()) ? { possessor: previous.subject } : {}),
    };
    found.push(described);
    owner = /\bwith\b/i.test(part) ? described : null;
  }
  // "boats, skippers and the mooring payments": each item is named beside the others (not the phrases
  // that go on a "with" list: "notes on the brood").
  const things = found.filter((d) => !d.after);
  for (const d of things) d.siblings = things.filter((e) => e !== d).map((e) => e.subject);
  return found;
}

/** Clauses of the prompt with where each starts: sentences, and the part after an app's "name:". */
function clauses(text: string): { clause: string; offset: number }[] {
  const found: { clause: string; offset: number }[] = [];
  let at = 0;
  for (const sentence of text.split(CLAUSE_END)) {
    const start = text.indexOf(sentence, at);
    at = start + sentence.length;
    if (!sentence?.trim()) continue;
    // "vet practice: owners, ...": the words before the colon name the app.
    const colon = /^[^,(]*?(?::|\s[-–—]\s)\s*/.exec(sentence);
    const body = colon ? sentence.slice(colon[0].length) : sentence;
    // "a recipe app where each recipe has ...", "jobs for customers, and each job has items with ...": a
    // clause of its own after "where each" or a list's "and each", when a noun and its verb follow.
    const where = [
      ...body.matchAll(/\bwhere\s+(?=(?:each|every)\b)|(?:,\s*|,?\s+and\s+)(?=(?:each|every)\s)/gi),
    ].find((m) => sentenceDescription(body.slice(m.index + m[0].length), 0, body).length > 0);
    if (where) {
      found.push({ clause: body.slice(0, where.index), offset: start + (colon?.[0].length ?? 0) });
      found.push({
        clause: body.slice(where.index + where[0].length),
        offset: start + (colon?.[0].length ?? 0) + where.index + where[0].length,
      });
    } else found.push({ clause: body, offset: start + (colon?.[0].length ?? 0) });
  }
  return found;
}

export function readDescriptions(text: string): Description[] {
  return clauses(text).flatMap(({ clause, offset }) => {
    const sentence = sentenceDescription(clause, offset, text);
    return sentence.length > 0 ? sentence : listDescriptions(clause, offset, text);
  });
}
