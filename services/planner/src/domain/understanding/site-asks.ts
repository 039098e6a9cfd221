// Forms a site prompt asks for by what visitors do, in any phrasing: "visitors can reserve a boat with
// their name, email and date", "parents should be able to enquire about lessons by leaving …", "let them
// book a tour with a form (name, …)", "and request an appointment". Read over compromise's tagged words:
// a verb of sending something (book, apply, join, order…) that a visitor does, its object, and the list
// of what they give, which becomes the form's fields.
import { capitalize } from './naming.js';
import { nounPhrases, terms, type Term } from './phrases.js';
import { splitItems } from './site-lists.js';
import type { SitePart } from './site-parts.js';

/** Verbs whose doer sends the site something: each asks for a form. */
const ASK_VERBS = new Set([
  'book',
  'apply',
  'join',
  'register',
  'subscribe',
  'order',
  'request',
  'contact',
  'enquire',
  'inquire',
  'reserve',
  'donate',
  'volunteer',
  'schedule',
  'arrange',
  'enrol',
  'enroll',
  'rsvp',
  'sign',
]);
/** Verbs that ask for a form only with these objects: "place an order", "get in touch", "send an enquiry". */
const LIGHT_VERBS: Record<string, RegExp> = {
  place: /^(?:an? )?(?:order|booking|reservation)\b/,
  get: /^in touch\b/,
  send: /^(?:an? |us (?:an? )?)?(?:enquiry|inquiry|message|request|application)\b/,
  leave: /^(?:an? |us (?:an? )?)?(?:message|enquiry|inquiry)\b/,
};
/** Who acts when the business does ("we book the venue", "I order supplies"): no visitor's form. */
const OWN_SUBJECTS = new Set(['we', 'i', "we'll", "i'll", 'staff']);
/** Words between a visitor and the verb: "can", "should be able to", "let them", "want to". */
const ENABLERS = new Set(['can', 'could', 'should', 'may', 'must', 'will', 'to', 'let', 'lets', 'them']);

/** Words that open the list of what a visitor gives: "with their …", "by leaving …", ": …". */
const FIELDS_OPENER =
  /^\s*(?:online\s*)?(?:(?:with|giving|using)\s+(?:a form\s*)?|by\s+(?:giving|leaving|telling us|entering|providing|sending|filling in)\s+|:\s*|,?\s*just\s+|\(\s*)/i;

export interface VisitorAsk {
  part: SitePart;
  /** From the verb to the end of the fields, so no other reader takes these words for parts of the site. */
  span: [number, number];
}

/** "book a free taster session" from the verb on: the object and one prepositional phrase. */
function objectWords(text: string, words: Term[], from: number): Term[] {
  const taken: Term[] = [];
  let prepositions = 0;
  for (let i = from; i < words.length && taken.length < 7; i++) {
    const term = words[i]!;
    const previous = words[i - 1];
    if (i > from && previous && /[,.;:!?(]/.test(text.slice(previous.end, term.start))) break;
    if (/^(?:with|by|using|via|online|just|so|and|or|when|where|which|who|if|as|through)$/.test(term.normal))
      break;
    if (term.tags.has('Preposition') && ++prepositions > 1) break;
    // "for their child": what a possessive pronoun opens after a preposition is who it is for.
    if (
      prepositions > 0 &&
      /^(?:their|his|her)$/.test(term.normal) &&
      taken.at(-1)?.tags.has('Preposition')
    ) {
      taken.pop();
      break;
    }
    taken.push(term);
  }
  while (taken.length > 1 && taken.at(-1)!.tags.has('Preposition')) taken.pop();
  return taken;
}

/** The visitor's words, spoken to them: "book their first lesson" -> "Book your first lesson". */
function titleOf(words: Term[]): string {
  const text = words
    .map((t, i) => (i === 0 ? t.normal : /^(?:their|his|her)$/.test(t.normal) ? 'your' : t.text))
    .join(' ')
    .replace(/["“”]/g, '');
  return capitalize(text.replace(/\bsign up\b/i, 'sign up'));
}

/** A visitor does it: after "can", "be able to", "let them", a plural doer, or opening a clause or list item. */
function visitorDoes(words: Term[], at: number): boolean {
  const before = words.slice(Math.max(0, at - 5), at);
  if (before.some((t) => OWN_SUBJECTS.has(t.normal))) return false;
  const previous = words[at - 1];
  // "explaining how to register": what the site tells, not what a visitor sends.
  if (previous?.normal === 'to' && /^(?:how|when|where|what|why)$/.test(words[at - 2]?.normal ?? ''))
    return false;
  if (!previous || /[.;:!?(\n]/.test(previous.post) || /^(?:and|or|also|then|please)$/.test(previous.normal))
    return true;
  if (ENABLERS.has(previous.normal) || before.some((t) => t.normal === 'able')) return true;
  // "people book a tour", not "Prices, Book" in a list of pages.
  return previous.tags.has('Plural') && !previous.tags.has('Pronoun') && !/,/.test(previous.post);
}

/** The fields a visitor gives, from the words after the ask up to the end of its sentence or bracket. */
function fieldsAfter(text: string, from: number): { items: string[]; span: [number, number] } | null {
  const rest = text.slice(from);
  const opener = FIELDS_OPENER.exec(rest);
  if (!opener) return null;
  const start = from + opener[0].length;
  const bracket = opener[0].trim().startsWith('(');
  const end = bracket
    ? text.indexOf(')', start)
    : start + (/[.;\n]|\.(?:\s|$)/.exec(text.slice(start))?.index ?? text.length - start);
  const list = text.slice(start, end < 0 ? undefined : end);
  const items = splitItems(list)
    .map((item) =>
      item
        .replace(/^(?:(?:their|your|the|a|an|any|us|just|and)\s+)+/i, '')
        .replace(/\s+(?:they|you)\s+(?:want|need|would like).*$/i, '')
        .trim(),
    )
    .filter((item) => item.length > 1);
  return items.length >= 2 ? { items, span: [start, end < 0 ? text.length : end] } : null;
}

/** "the adoption process (apply, home visit, …)": words in a bracket are details of a part. */
function inBrackets(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** "apply for membership", "request a free consultation": words that say what a visitor sends. */
export const opensWithAsk = (words: string) =>
  ASK_VERBS.has(words.trim().split(/\s+/)[0]?.toLowerCase() ?? '') ||
  /^(?:place an order|get in touch)\b/i.test(words.trim());

/**
 * "an appointment request form with name, phone and preferred time": a form named by its kind, with the
 * fields it lists. (A form named with no fields is read with the other things the site has.)
 */
function namedForms(text: string): VisitorAsk[] {
  const asks: VisitorAsk[] = [];
  for (const phrase of nounPhrases(text)) {
    if (phrase.head !== 'form' || phrase.words.length < 2 || inBrackets(text, phrase.start)) continue;
    const fields = fieldsAfter(text, phrase.end);
    if (!fields) continue;
    const kind = text.slice(phrase.start, phrase.end).replace(/\s*\bform$/i, '');
    asks.push({
      part: { title: capitalize(kind), details: fields.items, at: phrase.start, page: false, form: {} },
      span: [phrase.start, fields.span[1]],
    });
  }
  return asks;
}

/** Every form a visitor is said to fill in, in order, titled by what they do ("Request an appointment"). */
export function visitorAsks(text: string): VisitorAsk[] {
  const words = terms(text);
  const asks: VisitorAsk[] = namedForms(text);
  for (let i = 0; i < words.length; i++) {
    const verb = words[i]!;
    if (!verb.tags.has('Verb') || verb.tags.has('Gerund') || verb.tags.has('PastTense')) continue;
    const root = verb.normal.replace(/s$/, '');
    const rest = words
      .slice(i + 1, i + 4)
      .map((t) => t.normal)
      .join(' ');
    const light = LIGHT_VERBS[verb.normal]?.test(rest) ?? false;
    if (!light && !ASK_VERBS.has(verb.normal) && !ASK_VERBS.has(root)) continue;
    if (root === 'sign' && words[i + 1]?.normal !== 'up') continue;
    if (!visitorDoes(words, i) || inBrackets(text, verb.start)) continue;
    // "Prices, Book." names a page: a capital mid-sentence is a name, not what a visitor does.
    if (/^[A-Z]/.test(verb.text) && !/[.!?:\n]\s*$/.test(text.slice(0, verb.start))) continue;
    const object = objectWords(text, words, i + 1);
    // "a volunteer sign-up form": a form named by its kind is read where forms are named.
    if (object.some((t) => t.normal === 'form')) continue;
    const said = [verb, ...object];
    const last = said.at(-1)!;
    const fields = fieldsAfter(text, last.end);
    const title = titleOf(said);
    asks.push({
      part: { title, details: fields?.items ?? [], at: verb.start, page: false, form: { purpose: title } },
      span: [verb.start, fields?.span[1] ?? last.end],
    });
    i += said.length - 1;
  }
  return asks.sort((x, y) => x.span[0] - y.span[0]);
}

/** The plural of what a form stores: "the tour bookings", "RSVPs", "orders". */
const SUBMISSIONS =
  /\b(?:bookings|orders|sign-?ups|registrations|applications|enquiries|inquiries|requests|responses|submissions|rsvps|reservations|entries)\b/i;

/**
 * "show the tour bookings on their own page", "the orders should appear on a separate page": where the
 * owner reads what visitors sent, which every form's responses page already is, not a part to add.
 */
export function namesSubmissions(part: SitePart, text: string): boolean {
  if (part.form) return false;
  const start = Math.max(text.lastIndexOf('.', part.at), text.lastIndexOf('\n', part.at)) + 1;
  const end = text.slice(part.at).search(/[.;\n]/);
  const sentence = text.slice(start, end < 0 ? undefined : part.at + end);
  return SUBMISSIONS.test(sentence) && /\bpage\b/i.test(sentence);
}
