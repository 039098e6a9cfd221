// The things a site prompt says the business has or offers, wherever the words stand: what it calls its
// own ("our rehearsal times", "my prices"), what it sells, bakes, serves, runs or rents ("we bake bread",
// "we do repairs and e-bike rentals"), and everything listed with one of those ("…, rye and granary", "plus
// aftercare advice"). Read over compromise's noun phrases and tagged words; WordNet says which heads are
// people, places or times, which are not offerings. site-coverage.ts puts each one missing on the site.
import { nounKind, singular, type NounKind } from './lexicon.js';
import { capitalize } from './naming.js';
import { nounPhrases, terms, type Phrase, type Term } from './phrases.js';

/** Verbs whose object is what the business offers (compromise's lemmas). */
const OFFER_VERBS = new Set([
  'sell',
  'offer',
  'bake',
  'make',
  'serve',
  'stock',
  'grow',
  'roast',
  'brew',
  'rent',
  'hire',
  'teach',
  'run',
  'host',
  'do',
]);
/** Words after which a thing is one more asked for: "plus aftercare advice". */
const MORE = new Set(['plus', 'also']);
/** Possessives that make a thing the business's own. */
const OWN = new Set(['our', 'my']);
/** Heads that name the site or its machinery, not what the business offers. */
const SITE_WORDS = new Set([
  'website',
  'site',
  'page',
  'homepage',
  'home',
  'section',
  'tab',
  'form',
  'way',
  'thing',
  'list',
  'link',
  'button',
  'business',
  'company',
  'shop',
  'bit',
  'detail',
  'info',
  'information',
]);
/** Kinds of heads that are not offerings: who, where and when, amounts. */
const NOT_OFFERED = new Set<NounKind>(['person', 'place', 'time', 'quantity', 'money', 'group']);
/** Words that carry a list on from one thing to the next. */
const JOINS = /^[\s,]*(?:(?:and|or|plus|&|as well as)\s+)?(?:(?:our|my|the|some|a|an|also)\s+)*$/i;
/** How many words may stand between an offering verb and its object ("we run free trial classes"). */
const VERB_REACH = 3;

export interface NamedThing {
  /** The person's words, without the article: "Rehearsal times". */
  title: string;
  /** The phrase's head noun, singular: "time". */
  head: string;
  at: number;
}

/** The term that ends just before a place in the text, skipping none. */
const before = (words: Term[], at: number) => words.filter((t) => t.end <= at).at(-1);

/** An offering verb shortly before the phrase, in the same clause. */
function offeredBy(text: string, words: Term[], phrase: Phrase): boolean {
  const lead = words.filter((t) => t.end <= phrase.start).slice(-(VERB_REACH + 1));
  for (let i = lead.length - 1; i >= 0; i--) {
    const term = lead[i]!;
    if (/[.;:!?\n]/.test(text.slice(term.end, phrase.start))) return false;
    if (term.tags.has('Verb') && OFFER_VERBS.has(term.root)) return true;
    if (term.tags.has('Verb') && !term.tags.has('Auxiliary')) return false;
  }
  return false;
}

/** Every thing the business is said to have or offer, first of each head word, in order. */
export async function namedThings(text: string): Promise<NamedThing[]> {
  const words = terms(text);
  const phrases = nounPhrases(text);
  const things: NamedThing[] = [];
  let previous: { phrase: Phrase; counted: boolean } | undefined;
  for (const phrase of phrases) {
    const lead = before(words, phrase.start);
    // "a gallery of our work": what another part shows, not a thing of its own.
    const ofAnother = lead !== undefined && before(words, lead.start)?.normal === 'of';
    const own = (OWN.has(lead?.normal ?? '') && !ofAnother) || MORE.has(lead?.normal ?? '');
    const chained = previous?.counted === true && JOINS.test(text.slice(previous.phrase.end, phrase.start));
    const counted = own || chained || offeredBy(text, words, phrase);
    previous = { phrase, counted };
    // A head the tagger took for a noun only by its place ("explains") is no thing.
    if (!counted || phrase.nounWords.at(-1) !== true) continue;
    const title = phrase.text.replace(/[^\w'’&-]+$/, '').trim();
    const head = singular(title.split(/\s+/).at(-1)?.toLowerCase() ?? '');
    if (!/[a-z]/.test(head) || SITE_WORDS.has(head) || title.split(/\s+/).length > 4) continue;
    // "Solent Sea Safaris": a name, not a thing offered.
    if (words.some((t) => t.start >= phrase.start && t.end <= phrase.end && t.tags.has('ProperNoun')))
      continue;
    const kind = await nounKind(head);
    if ((kind && NOT_OFFERED.has(kind)) || things.some((t) => t.head === head)) continue;
    things.push({ title: capitalize(title), head, at: phrase.start });
  }
  return things;
}
