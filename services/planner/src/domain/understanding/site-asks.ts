// Forms a site prompt asks for by what visitors do, in any phrasing: "visitors can reserve a boat with
// their name, email and date", "parents should be able to enquire about lessons by leaving …", "let them
// book a tour with a form (name, …)", "and request an appointment". Read over compromise's tagged words:
// a verb of sending something (book, apply, join, order…) that a visitor does, its object, and the list
// of what they give, which becomes the form's fields.
import { capitalize } from './naming.js';
import { singular } from './lexicon.js';
import { terms, type Term } from './phrases.js';
import type { SitePart } from './site-parts.js';
import { fieldsAfter, inBrackets, isSentNoun, sentForms, type VisitorAsk } from './sent-forms.js';

export type { VisitorAsk } from './sent-forms.js';

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
/** Verbs that ask for a form only when what follows is a thing sent: "send us a rental request", "make a
 * booking", "place an order for bread", "leave an enquiry"; "get in touch" says it with no object. */
const LIGHT_VERBS = new Set(['send', 'leave', 'submit', 'make', 'place', 'fill', 'complete', 'lodge', 'put']);
const IN_TOUCH = /^in (?:touch|contact)\b/;
/** Who acts when the business does ("we book the venue", "I order supplies"): no visitor's form. */
const OWN_SUBJECTS = new Set(['we', 'i', "we'll", "i'll", 'staff']);
/** Words between a visitor and the verb: "can", "should be able to", "let them", "want to". */
const ENABLERS = new Set(['can', 'could', 'should', 'may', 'must', 'will', 'to', 'let', 'lets', 'them']);

/** "book a free taster session" from the verb on: the object and one prepositional phrase. */
export function objectWords(text: string, words: Term[], from: number): Term[] {
  const taken: Term[] = [];
  let prepositions = 0;
  for (let i = from; i < words.length && taken.length < 7; i++) {
    const term = words[i]!;
    const previous = words[i - 1];
    // A comma, a sentence's or a line's end between words ends the object, right after the verb too ("…to join.").
    if (previous && /[,.;:!?(\n]/.test(text.slice(previous.end, term.start))) break;
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
export function askTitle(words: Term[]): string {
  const text = words
    .map((t, i) => (i === 0 ? t.normal : /^(?:their|his|her)$/.test(t.normal) ? 'your' : t.text))
    .join(' ')
    .replace(/["“”]/g, '');
  return capitalize(text.replace(/\bsign up\b/i, 'sign up'));
}

/** A visitor does it: after "can", "be able to", "let them", a plural doer, or opening a clause or list item. */
function visitorDoes(words: Term[], at: number): boolean {
  const before = words.slice(Math.max(0, at - 5), at);
  // "we want visitors to apply": the people named after the business are the ones who act.
  const own = before.findLastIndex((t) => OWN_SUBJECTS.has(t.normal));
  const doers = before.slice(own + 1).some((t) => t.tags.has('Plural') && !t.tags.has('Pronoun'));
  if (own >= 0 && !doers) return false;
  const previous = words[at - 1];
  // "explaining how to register": what the site tells, not what a visitor sends.
  if (previous?.normal === 'to' && /^(?:how|when|where|what|why)$/.test(words[at - 2]?.normal ?? ''))
    return false;
  if (!previous || /[.;:!?(\n]/.test(previous.post) || /^(?:and|or|also|then|please)$/.test(previous.normal))
    return true;
  if (ENABLERS.has(previous.normal) || before.some((t) => t.normal === 'able')) return true;
  // "Can locals reserve a pitch?": a modal a few words back asks what its subject may do.
  if (before.slice(-3).some((t) => t.tags.has('Modal'))) return true;
  // "people book a tour", not "Prices, Book" in a list of pages.
  return previous.tags.has('Plural') && !previous.tags.has('Pronoun') && !/,/.test(previous.post);
}

/** "us a rental request", "in an application", "an order for bread": the object names a thing sent. */
function sendsThing(object: Term[]): boolean {
  const words = object.map((t) => t.normal);
  let i = /^(?:us|me|in|out)$/.test(words[0] ?? '') ? 1 : 0;
  if (/^(?:a|an|the|your|their|our|one)$/.test(words[i] ?? '')) i++;
  for (let kept = 0; i < words.length && kept < 3; i++, kept++) {
    if (isSentNoun(singular(words[i]!))) return true;
    if (object[i]!.tags.has('Preposition') || object[i]!.tags.has('Determiner')) return false;
  }
  return false;
}

/** The verb asks for a form: a verb of sending, a light verb with a thing sent, or "get in touch". */
function asksWith(words: Term[], at: number, object: () => Term[]): boolean {
  const verb = words[at]!;
  const root = verb.normal.replace(/s$/, '');
  if (ASK_VERBS.has(verb.normal) || ASK_VERBS.has(root))
    return root !== 'sign' || words[at + 1]?.normal === 'up';
  if (LIGHT_VERBS.has(verb.normal) || LIGHT_VERBS.has(root)) return sendsThing(object());
  const rest = words
    .slice(at + 1, at + 3)
    .map((t) => t.normal)
    .join(' ');
  return root === 'get' && IN_TOUCH.test(rest);
}

/** "apply for membership", "send us a rental request", "get in touch": words that say what a visitor sends. */
export function opensWithAsk(words: string): boolean {
  const said = terms(words.trim());
  return said.length > 0 && asksWith(said, 0, () => said.slice(1));
}

/** Every form a visitor is said to fill in, in order, titled by what they do ("Request an appointment"). */
export function visitorAsks(text: string): VisitorAsk[] {
  const words = terms(text);
  const asks: VisitorAsk[] = [];
  for (let i = 0; i < words.length; i++) {
    const verb = words[i]!;
    if (!verb.tags.has('Verb') || verb.tags.has('Gerund') || verb.tags.has('PastTense')) continue;
    if (!asksWith(words, i, () => objectWords(text, words, i + 1))) continue;
    if (!visitorDoes(words, i) || inBrackets(text, verb.start)) continue;
    // "Prices, Book." names a page: a capital mid-sentence is a name, not what a visitor does.
    if (/^[A-Z]/.test(verb.text) && !/[.!?:\n]\s*$/.test(text.slice(0, verb.start))) continue;
    const object = objectWords(text, words, i + 1);
    // "a volunteer sign-up form": a form named by its kind is read where forms are named.
    if (object.some((t) => t.normal === 'form')) continue;
    const said = [verb, ...object];
    const last = said.at(-1)!;
    const fields = fieldsAfter(text, last.end);
    const title = askTitle(said);
    asks.push({
      part: { title, details: fields?.items ?? [], at: verb.start, page: false, form: { purpose: title } },
      span: [verb.start, fields?.span[1] ?? last.end],
    });
    i += said.length - 1;
  }
  // "place an order for bread with …" is read by its verb; "an application …: the squad they wish to
  // join" by its noun, and the verb among its fields is one of them.
  const inside = (at: number, { span: [start, end] }: VisitorAsk) => at >= start && at < end;
  const named = sentForms(text).filter((form) => !asks.some((ask) => inside(form.span[0], ask)));
  const verbs = asks.filter((ask) => !named.some((form) => inside(ask.span[0], form)));
  return [...named, ...verbs].sort((x, y) => x.span[0] - y.span[0]);
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
