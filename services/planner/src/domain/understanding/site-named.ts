// What a site prompt names, wherever the words stand: each word of a kind of site part (a team, a
// gallery, tours, docs…) and each word that asks for a form (apply, book, a trial, the mailing list…).
// Read over compromise's tagged words and their lemmas rather than sentence shapes, so "people should be
// able to apply from the careers page", "we run free trial classes" and "there's a team section with
// photos" are read alike: site-coverage.ts then makes sure the composed site has every one.
import type { SectionType } from '@isekai/contracts';
import { capitalize } from './naming.js';
import { nounPhrases, terms, type Term } from './phrases.js';
import { inBrackets } from './sent-forms.js';
import { askTitle, namesSubmissions, objectWords } from './site-asks.js';

/** A kind of part a visitor looks for by its name; `type` is the section a recipe builds for it. */
interface PartKind {
  type: SectionType | null;
  nouns: string[];
}

/** The parts people name a site's pages by; the last row is the site's own things, shown as named. */
const PART_KINDS: PartKind[] = [
  { type: 'team', nouns: ['team'] },
  { type: 'gallery', nouns: ['gallery'] },
  { type: 'faq', nouns: ['faq'] },
  { type: 'menu', nouns: ['menu'] },
  { type: 'schedule', nouns: ['schedule', 'timetable'] },
  { type: 'testimonials', nouns: ['testimonial', 'review'] },
  { type: 'pricing', nouns: ['pricing'] },
  {
    type: null,
    nouns: ['tour', 'blog', 'doc', 'docs', 'documentation', 'career', 'event', 'project', 'workshop'],
  },
];

/** Kinds of forms (by the SECTION_RECIPES page that builds them) and the words that ask for each. */
interface AskKind {
  recipe: string;
  /** Things sent or signed up for: any tag, since the tagger reads "trial" in "free trial" as an adjective. */
  nouns: string[];
  /** What a visitor does: only as a verb ("book a table", never "a book"). */
  verbs: string[];
  /** A site has one form of this kind (its contact form): another word for it goes on that form. */
  oneForm: boolean;
}

const ASK_KINDS: AskKind[] = [
  {
    recipe: 'Contact',
    nouns: ['contact', 'enquiry', 'inquiry'],
    verbs: ['contact', 'enquire', 'inquire'],
    oneForm: true,
  },
  {
    recipe: 'Book',
    nouns: ['booking', 'reservation', 'appointment'],
    verbs: ['book', 'reserve'],
    oneForm: true,
  },
  {
    recipe: 'Sign up',
    nouns: ['application', 'trial', 'newsletter', 'mailing list', 'registration', 'sign-up', 'signup'],
    verbs: ['apply', 'register', 'subscribe', 'sign up', 'enrol', 'enroll'],
    oneForm: false,
  },
  { recipe: 'Request', nouns: ['quote', 'estimate', 'order'], verbs: ['order'], oneForm: false },
  { recipe: 'RSVP', nouns: ['rsvp'], verbs: ['rsvp'], oneForm: true },
];

/** Who does it when the business does ("we book the venue", "I'll contact you"): no visitor's form. */
const OWN = new Set(['we', 'i', "we'll", "i'll", 'staff']);
/** Words before a thing in a list: "and reviews", "our tours". */
const LIST_LEADS = new Set(['and', 'or', 'plus', 'the', 'our', 'my', 'a', 'with']);
/** Words that make a page of the word before them: "a Tours page", "the docs section". */
const PAGE_WORDS = new Set(['page', 'section', 'tab']);

export interface NamedPart {
  /** The person's word as typed, lower case: "tours", "docs", "team". */
  word: string;
  lemma: string;
  type: SectionType | null;
  at: number;
}

export interface NamedAsk {
  /** The person's word, lower case: "apply", "trial", "mailing list". */
  word: string;
  recipe: string;
  verb: boolean;
  oneForm: boolean;
  /** A title in the person's words: "Apply to audition", "Free trial sessions". */
  title: string;
  at: number;
  /** The same ask said again in another word ("book" and "booking"), which a visitor may look for too. */
  also: string[];
}

/** The words from `i` on, joined: "mailing list", "sign up". */
const wordsAt = (words: Term[], i: number, n: number) =>
  words
    .slice(i, i + n)
    .map((t) => t.normal)
    .join(' ');

/** The noun phrase a word stands in, as typed, without its article: "free trial sessions". */
function phraseTitle(text: string, at: number, fallback: string): string {
  const phrase = nounPhrases(text).find((p) => p.start <= at && at < p.end);
  const typed = phrase ? text.slice(phrase.start, phrase.end) : fallback;
  const bare = typed.replace(/\s+form$/i, '').replace(/\s+/g, ' ');
  return capitalize(bare.split(' ').length <= 4 ? bare : fallback);
}

/** Every form word the prompt says, first of each word, in order. */
export function namedAsks(text: string): NamedAsk[] {
  const words = terms(text);
  const asks: NamedAsk[] = [];
  for (let i = 0; i < words.length; i++) {
    const term = words[i]!;
    if (inBrackets(text, term.start)) continue;
    for (const kind of ASK_KINDS) {
      const noun = kind.nouns.find((n) => wordsAt(words, i, n.split(' ').length) === n || term.root === n);
      const verb = kind.verbs.find((v) => {
        const n = v.split(' ').length;
        const said = n > 1 ? wordsAt(words, i, n) : term.root;
        return said === v && term.tags.has('Verb') && !term.tags.has('PastTense') && !term.tags.has('Gerund');
      });
      if (!noun && !verb) continue;
      // "in order to", "quotes from our customers": no form in those words.
      if (noun === 'order' && words[i - 1]?.normal === 'in') continue;
      // "committee contacts" are people to reach, not a contact form.
      if ((noun === 'quote' || noun === 'contact') && term.tags.has('Plural')) continue;
      if (verb && words.slice(Math.max(0, i - 2), i).some((t) => OWN.has(t.normal))) continue;
      const word = verb ?? (noun!.includes(' ') || noun === 'contact' ? noun! : term.normal);
      // "the bookings should be listed on their own page": the responses page every form has ("make a
      // booking on the Reservations page" asks for the form).
      if (
        term.tags.has('Plural') &&
        namesSubmissions({ title: word, details: [], at: term.start, page: false }, text)
      )
        continue;
      // "apply … the applications", "Book … a booking request": one thing named twice, by a verb and its
      // noun; a visitor may look for it by either word.
      const twice = asks.find((a) => a.recipe === kind.recipe && a.word.slice(0, 4) === word.slice(0, 4));
      if (twice) {
        if (twice.word !== word && !twice.also.includes(word)) twice.also.push(word);
        continue;
      }
      const title = verb
        ? askTitle([term, ...objectWords(text, words, i + verb.split(' ').length)])
        : phraseTitle(text, term.start, word);
      asks.push({
        word,
        recipe: kind.recipe,
        verb: verb !== undefined,
        oneForm: kind.oneForm,
        title,
        at: term.start,
        also: [],
      });
    }
  }
  return asks;
}

/**
 * Every part the prompt names as a thing the site has: a word of a kind that heads its noun phrase
 * ("the team of guides", "mountain bike tours") or names a page ("a Tours page"), not one that only
 * qualifies another thing ("a tour guide", "team building").
 */
export function namedParts(text: string): NamedPart[] {
  const phrases = nounPhrases(text);
  const parts: NamedPart[] = [];
  const words = terms(text);
  words.forEach((term, i) => {
    // "- Reviews", "and reviews from diners": a word the tagger read as a verb is a noun in a list.
    const previous = words[i - 1];
    const listed = !previous || /[,:\n]/.test(previous.post) || LIST_LEADS.has(previous.normal);
    if ((!term.tags.has('Noun') && !listed) || inBrackets(text, term.start)) return;
    const lemma = term.root;
    const kind = PART_KINDS.find((k) => k.nouns.includes(lemma) || k.nouns.includes(term.normal));
    if (!kind) return;
    const phrase = phrases.find((p) => p.start <= term.start && term.start < p.end);
    const heads = !phrase || phrase.end === term.end || PAGE_WORDS.has(phrase.head);
    const key = kind.type ?? lemma;
    // "for small teams", "teams choose us": who a product is for; a team section is "our team".
    if (kind.type === 'team' && term.tags.has('Plural')) return;
    if (!heads || parts.some((p) => (p.type ?? p.lemma) === key)) return;
    parts.push({ word: term.normal, lemma, type: kind.type, at: term.start });
  });
  return parts;
}
