// Noun phrases of a prompt, read with compromise's part-of-speech tagger: "books and the members who
// borrow them, with due dates" -> book, member, due date. A phrase remembers where it stood, so the
// engine can tell which thing a listed field belongs to and which words join two things.
import nlp from 'compromise';
import { singular } from './lexicon.js';

export interface Term {
  text: string;
  /** Lower case, punctuation removed. */
  normal: string;
  /** compromise's lemma ("orders" -> "order", "applies" -> "apply"), or `normal` when it has none. */
  root: string;
  tags: Set<string>;
  start: number;
  end: number;
  /** Punctuation and spaces after the word: ", " ends a list item. */
  post: string;
}

export interface Phrase {
  /** As typed: "due dates". */
  text: string;
  /** Singular lower-case words: ["due", "date"]. */
  words: string[];
  /** The singular head noun with its modifiers, lower case: "due date". */
  noun: string;
  /** The last word alone: "date". */
  head: string;
  plural: boolean;
  start: number;
  end: number;
  /** The phrase names someone's thing ("beekeeper's"). */
  possessive: boolean;
  /** Per word: the tagger read it as a noun ("recipe" in "recipe manager"), not an adjective ("long"). */
  nounWords: boolean[];
  adjectiveWords: boolean[];
}

/** Words the tagger calls nouns that never name a thing to keep. */
/** Verbs ending in -s that join a subject to what follows ("each invoice has line items"). */
const AUXILIARIES = new Set([
  'has',
  'is',
  'was',
  'does',
  'goes',
  'gets',
  'lets',
  'keeps',
  'needs',
  'uses',
  'links',
  'shows',
  'belongs',
  'says',
  'takes',
  'makes',
  'holds',
  'owns',
  'hosts',
  'refers',
  'lists',
  'tracks',
  'records',
  'stores',
  'includes',
  'contains',
]);

/** Words the tagger takes for nouns at the start of a clause that ask for behaviour ("show which loans are late"). */
const IMPERATIVES = new Set([
  'show',
  'list',
  'track',
  'keep',
  'let',
  'make',
  'add',
  'display',
  'manage',
  'see',
  'view',
  'find',
  'highlight',
  'warn',
  'remind',
  'mark',
  'sort',
  'filter',
  'search',
  'export',
  'import',
  'allow',
]);

const NOT_THINGS = new Set([
  'i',
  'me',
  'we',
  'us',
  'you',
  'they',
  'them',
  'it',
  'he',
  'she',
  'something',
  'anything',
  'everything',
  'thing',
  'stuff',
  'lot',
  'lots',
  'way',
  'one',
  'ones',
  'kind',
  'sort',
  'type',
  'bit',
  'what',
  'which',
  'who',
  'whose',
  'that',
  'this',
  'these',
  'those',
  'each',
  'every',
  'all',
  'both',
  'other',
  'others',
  'my',
  'our',
  'your',
  'their',
  'his',
  'her',
  'its',
]);

/** Words that count what follows them. */
const COUNTING = new Set(['more', 'several', 'many', 'few', 'fewer', 'multiple', 'various']);

/** Verbs the tagger sometimes takes for nouns, and nouns it takes for verbs, are settled by the list they stand in. */
function isNounLike(
  term: Term,
  previous: Term | undefined,
  next: Term | undefined,
  beforePrevious?: Term,
): boolean {
  if (NOT_THINGS.has(term.normal)) return false;
  // "the fees each skipper pays": "each" takes one singular noun, so a plural after it is the verb.
  if (/^(?:each|every)$/.test(beforePrevious?.normal ?? '') && /s$/.test(term.normal)) return false;
  const clauseStart = !previous || /[.;:!?]/.test(previous.post);
  if (clauseStart && IMPERATIVES.has(term.normal)) return false;
  // "…, show today's pages", "and shows the temperature": after a comma or "and", before a determiner or
  // a possessive, a word that asks for behaviour is the verb of a new clause.
  const joined = previous?.normal === 'and' || /,\s*$/.test(previous?.post ?? '');
  const leadsIn = next?.tags.has('Determiner') || next?.tags.has('Possessive');
  if (joined && leadsIn && (IMPERATIVES.has(term.normal) || AUXILIARIES.has(term.normal))) return false;
  if (term.tags.has('Pronoun') || (term.tags.has('Possessive') && !term.normal.endsWith("'s"))) return false;
  // "a plant needs watering", "each task needs a date": after a singular noun and before a gerund or an
  // article, the word the tagger read as a plural noun is the verb.
  if (
    AUXILIARIES.has(term.normal) &&
    previous?.tags.has('Singular') &&
    (next?.tags.has('Gerund') || next?.tags.has('Determiner'))
  )
    return false;
  if (term.tags.has('Noun') || term.tags.has('Acronym')) return true;
  // "log feeding for each pond", "track spending": a gerund right after a verb of keeping is what is kept.
  if (term.tags.has('Gerund') && /^(?:log|record|track)$/.test(previous?.normal ?? '')) return true;
  // "in one or more payments", "several visits": a plural after a word that counts is what is counted.
  if (COUNTING.has(previous?.normal ?? '') && /s$/.test(term.normal) && !term.tags.has('Gerund')) return true;
  // "Coaches train the swimmers": of two verbs in a row, a first one ending in -s is the plural that
  // does the second.
  if (
    term.tags.has('Verb') &&
    !term.tags.has('Gerund') &&
    /s$/.test(term.normal) &&
    !AUXILIARIES.has(term.normal) &&
    next?.tags.has('Infinitive') &&
    !/[,;:.!?]/.test(term.post)
  )
    return true;
  // "a 2048 game that…", "space invaders game, shoot…": a bare verb after a number, or after two nouns,
  // with no object before the clause ends is the last noun of a compound, not a verb.
  const plainNoun = (t: Term | undefined) =>
    t !== undefined && t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Possessive');
  const compound =
    previous?.tags.has('Value') ||
    (plainNoun(previous) && (plainNoun(beforePrevious) || beforePrevious?.tags.has('Value')));
  const noObject = !next || /[,;:.!?]/.test(term.post) || /^(?:that|which)$/.test(next.normal);
  if (term.tags.has('Infinitive') && compound && noObject) return true;
  // "the fountain pens I own": a plural right after a noun finishes the compound, whatever the tagger thought.
  if (
    previous?.tags.has('Noun') &&
    !previous.tags.has('Pronoun') &&
    !AUXILIARIES.has(term.normal) &&
    /s$/.test(term.normal) &&
    !/[,;:]/.test(previous.post)
  )
    return term.tags.has('Verb') && !term.tags.has('Gerund');
  // "show me cafes", "find us hotels": a plural right after the one it is for is what is asked for.
  if (previous && /^(me|us)$/.test(previous.normal) && /s$/.test(term.normal) && term.tags.has('Verb'))
    return !term.tags.has('Gerund');
  // "fruit trees and harvest days", "tools, repair jobs": a verb's bare form between a list's
  // separator and a plural names the plural's kind ("and show loans" asks for something instead).
  const afterSeparator =
    previous !== undefined && (/,\s*$/.test(previous.post) || /^(?:and|or)$/.test(previous.normal));
  if (
    afterSeparator &&
    term.tags.has('Infinitive') &&
    next?.tags.has('Plural') &&
    !IMPERATIVES.has(term.normal)
  )
    return true;
  // "order lines with a product…", "purchase orders from suppliers": a prompt that opens on a word the
  // tagger guessed is a verb only from where it stands (no tense of its own), before a plural, names the
  // plural's kind; the verbs people ask with ("create invoices", "plan meals") carry a tense.
  if (
    !previous &&
    term.tags.has('Imperative') &&
    !term.tags.has('PresentTense') &&
    next?.tags.has('Plural') &&
    !IMPERATIVES.has(term.normal)
  )
    return true;
  // "bikes, rides and repairs": a plural in a list is a noun even when it could be a verb.
  const inList =
    (previous !== undefined &&
      (/,\s*$/.test(previous.post) || previous.normal === 'and' || previous.normal === 'or')) ||
    /,\s*$/.test(term.post) ||
    next?.normal === 'and';
  return term.tags.has('Verb') && /s$/.test(term.normal) && !term.tags.has('Gerund') && inList;
}

export function terms(text: string): Term[] {
  const doc = nlp(text);
  doc.compute('root');
  const sentences = doc.json({ offset: true }) as {
    terms: {
      text: string;
      normal: string;
      root?: string;
      tags: string[];
      post: string;
      offset: { start: number; length: number };
    }[];
  }[];
  const read = sentences.flatMap((s) =>
    s.terms.map((t) => ({
      text: t.text,
      normal: t.normal.replace(/[^a-z0-9'&+#.-]/g, ''),
      root: (t.root ?? t.normal).replace(/[^a-z0-9'&+#.-]/g, ''),
      tags: new Set(t.tags),
      start: t.offset.start,
      end: t.offset.start + t.offset.length,
      post: t.post,
    })),
  );
  // "repairs      , each with": a comma left alone by blanked words is punctuation after the word before.
  return read.flatMap((t, i) => {
    if (t.normal !== '' || i === 0) return [t];
    read[i - 1]!.post += t.text + t.post;
    return [];
  });
}

/** The number a term says in figures ("2,000", "4.5", "10%"), or undefined. */
export const numberOf = (t: Term | undefined): number | undefined =>
  t && t.tags.has('Value') && /^\d/.test(t.normal) ? Number(t.normal.replace(/,/g, '')) : undefined;

/** Adjectives that belong to a thing's name ("due date", "monthly budget"), unlike "my" or "simple". */
function joinsPhrase(term: Term): boolean {
  return (
    (term.tags.has('Adjective') || term.tags.has('Noun') || term.tags.has('Value')) &&
    !term.tags.has('Pronoun') &&
    !NOT_THINGS.has(term.normal) &&
    // "a few tanks", "a season fee": the tagger reads "a" as the number one; neither names the thing.
    !/^(?:a|an|the)$/.test(term.normal) &&
    !COUNTING.has(term.normal) &&
    !/^(simple|small|little|nice|basic|easy|quick|good|great|cool|new|big|beautiful|modern|clean|online|personal|full|whole|own)$/.test(
      term.normal,
    )
  );
}

function phraseOf(run: Term[]): Phrase {
  const last = run[run.length - 1]!;
  const possessive = last.normal.endsWith("'s");
  const words = run.map((t, i) => {
    const bare = t.normal.replace(/'s$/, '');
    return i === run.length - 1 ? singular(bare) : bare;
  });
  return {
    text: run.map((t) => t.text).join(' '),
    words,
    noun: words.join(' '),
    head: words[words.length - 1]!,
    plural: last.tags.has('Plural') || (!possessive && singular(last.normal) !== last.normal),
    start: run[0]!.start,
    end: last.end,
    possessive,
    nounWords: run.map((t) => t.tags.has('Noun') || t.tags.has('Plural')),
    adjectiveWords: run.map((t) => t.tags.has('Adjective')),
  };
}

/** Every noun phrase, in order; modifiers that are nouns or adjectives stay with their head. */
export function nounPhrases(text: string): Phrase[] {
  const all = terms(text);
  const nounLike = all.map((term, i) => isNounLike(term, all[i - 1], all[i + 1], all[i - 2]));
  const phrases: Phrase[] = [];
  let run: number[] = [];
  const flush = () => {
    while (run.length > 0 && !nounLike[run[run.length - 1]!]) run.pop();
    // "three buildings": a count before a plural says how many, it is not part of the name.
    const last = run.length > 0 ? all[run[run.length - 1]!]! : undefined;
    while (run.length > 1 && last?.tags.has('Plural') && all[run[0]!]!.tags.has('Cardinal')) run.shift();
    if (run.length > 0) phrases.push(phraseOf(run.map((i) => all[i]!)));
    run = [];
  };
  all.forEach((term, i) => {
    // "cooking time", "parking spot": a gerund before a noun names the thing's kind.
    const modifier = term.tags.has('Gerund') && nounLike[i + 1] === true && run.length === 0;
    if (nounLike[i] || modifier || (joinsPhrase(term) && !term.tags.has('Verb'))) {
      run.push(i);
      // A comma, a colon, a line break or a possessive ends the phrase: "orders, customers" and the
      // lines of a bulleted list are two things.
      if (/[,;:.!?()\n]|\s[-–—]\s/.test(term.post) || term.normal.endsWith("'s")) flush();
    } else {
      flush();
    }
  });
  flush();
  return phrases;
}
