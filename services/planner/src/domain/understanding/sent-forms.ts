// Forms named by the thing a visitor sends rather than by what they do: "an application for membership
// must be available online: name, date of birth…", "we want enquiries to come through the site: each
// enquiry has the person's name, phone…", "a school trip enquiry form with school, date and class size",
// "send us a rental request with the item, the dates and their email". A noun phrase whose head is a thing
// sent names the form; the list its sentence gives is what the form asks for.
import { capitalize } from './naming.js';
import { nounPhrases, type Phrase } from './phrases.js';
import { splitItems } from './site-lists.js';
import type { SitePart } from './site-parts.js';

/** What a visitor fills in and sends: the head noun of a form's name. */
const SENT_HEADS = new Set([
  'form',
  'sheet',
  'request',
  'enquiry',
  'inquiry',
  'application',
  'booking',
  'reservation',
  'order',
  'registration',
  'sign-up',
  'signup',
  'rsvp',
  'message',
  'submission',
  'referral',
]);
/** Heads that say nothing alone: "a form" is only a form of some kind ("a booking form"). */
const NEEDS_KIND = new Set(['form', 'sheet']);

/** "rental request", "sign-up sheet", "enquiry": a singular head noun that names something sent. */
export const isSentNoun = (head: string) => SENT_HEADS.has(head.toLowerCase());

export interface VisitorAsk {
  part: SitePart;
  /** From the verb to the end of the fields, so no other reader takes these words for parts of the site. */
  span: [number, number];
}

/** Words that open the list of what a visitor gives, right after the ask: "with their …", ": …", "(…". */
const FIELDS_OPENER =
  /^\s*(?:online\s*)?(?:,?\s*(?:with|giving|using)\s+(?:a form\s*)?|by\s+(?:giving|leaving|telling us|entering|providing|sending|filling in)\s+|:\s*|,?\s*just\s+|\(\s*)/i;
/** Words later in the sentence that open the list: "…online: name, …", "each enquiry has name, …". */
const LATER_OPENER =
  /:\s*|\b(?:with|giving|has|have|asks? for|needs?|includes?|takes?|collects?)\s+(?:(?:their|your|the)\s+details\s*(?::|of)?\s*)?/gi;
/** How far (in characters) a later opener may stand from the thing it lists the fields of. */
const LATER_REACH = 90;

/** A listed item without its article or possessive: "their email address" -> "email address". */
const tidyItem = (item: string) =>
  item
    .replace(/^(?:(?:their|your|the|a|an|any|each|every|us|just|and)\s+)+/i, '')
    .replace(/\s+(?:they|you)\s+(?:want|need|would like).*$/i, '')
    .trim();

function listed(text: string, start: number, end: number) {
  const items = splitItems(text.slice(start, end))
    .map(tidyItem)
    .filter((item) => item.length > 1);
  return items.length >= 2 ? { items, span: [start, end] as [number, number] } : null;
}

const sentenceEnd = (text: string, from: number) =>
  from + (/[;\n?!]|\.(?:\s|$)/.exec(text.slice(from))?.index ?? text.length - from);

/** The fields a visitor gives, from the words right after the ask up to the end of its sentence or bracket. */
export function fieldsAfter(text: string, from: number): { items: string[]; span: [number, number] } | null {
  const opener = FIELDS_OPENER.exec(text.slice(from));
  if (!opener) return null;
  const start = from + opener[0].length;
  if (opener[0].trim().startsWith('(')) {
    const close = text.indexOf(')', start);
    return listed(text, start, close < 0 ? text.length : close);
  }
  return listed(text, start, sentenceEnd(text, start));
}

/**
 * The fields a named thing is given later in its sentence: the list whose first comma follows, opened by
 * the last colon or "has"/"with"/"asks for" before that comma ("…must be available online: the name, …").
 */
export function fieldsLater(text: string, from: number): { items: string[]; span: [number, number] } | null {
  const end = sentenceEnd(text, from);
  const comma = text.indexOf(',', from);
  if (comma < 0 || comma > end || comma - from > LATER_REACH + 40) return null;
  const lead = text.slice(from, comma);
  const opener = [...lead.matchAll(LATER_OPENER)].at(-1);
  if (!opener || opener.index > LATER_REACH) return null;
  return listed(text, from + opener.index + opener[0].length, end);
}

/** "application for membership": the phrase, and the thing after "for" that says what it is for. */
function titleOf(text: string, phrase: Phrase, phrases: Phrase[]): { title: string; end: number } {
  const noun = phrase.plural ? phrase.noun : text.slice(phrase.start, phrase.end);
  // "sign-up sheet": a hyphenated word before a form's head is part of its name.
  const compound = NEEDS_KIND.has(phrase.head)
    ? (/([\w]+-[\w-]+)\s+$/.exec(text.slice(0, phrase.start))?.[1] ?? '')
    : '';
  const forWhat = phrases.find(
    (next) =>
      next.start > phrase.end &&
      /^\s+for\s+(?:(?:a|an|the|our|your|their)\s+)?$/i.test(text.slice(phrase.end, next.start)),
  );
  const end = forWhat ? forWhat.end : phrase.end;
  const title = `${compound ? `${compound} ` : ''}${noun}${text.slice(phrase.end, end)}`;
  return { title: capitalize(title.replace(/["“”]/g, '').replace(/\s+/g, ' ')), end };
}

/** "the adoption process (apply, home visit, …)": words in a bracket are details of a part. */
export function inBrackets(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/**
 * Every form named by the thing sent that lists its fields, in order. A thing named with no fields
 * ("we take bookings by phone") is read with the other things the site has, not as a form.
 */
export function sentForms(text: string): VisitorAsk[] {
  const asks: VisitorAsk[] = [];
  const phrases = nounPhrases(text);
  for (const phrase of phrases) {
    if (!isSentNoun(phrase.head) || inBrackets(text, phrase.start)) continue;
    const { title, end } = titleOf(text, phrase, phrases);
    if (NEEDS_KIND.has(phrase.head) && title.split(/\s+/).length < 2) continue;
    // "each enquiry has …" after "enquiries to come through the site:" is the same form.
    if (asks.some(({ span: [start, end] }) => phrase.start >= start && phrase.start < end)) continue;
    // A form of a kind lists its fields right after its name; a thing sent may list them later on.
    const fields = fieldsAfter(text, end) ?? (NEEDS_KIND.has(phrase.head) ? null : fieldsLater(text, end));
    if (!fields) continue;
    // "a school trip enquiry form" is a school trip enquiry.
    const kind = title.replace(/\s+form$/i, '');
    asks.push({
      part: { title: kind, details: fields.items, at: phrase.start, page: false, form: {} },
      span: [phrase.start, fields.span[1]],
    });
  }
  return asks;
}
