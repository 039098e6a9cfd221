// What a site prompt says its parts are, in the person's own words: the pages it lists ("Pages: Home,
// Classes, Book a tour"), the things it lists ("with speakers, the schedule and ticket prices", "It should
// have: our story (how we met), …"), the pages it describes ("a Services & Rates page (book covers from
// 800, …)") and the details it gives in brackets, so each part can be titled and filled from the prompt.
import nlp from 'compromise';
import { plural } from './lexicon.js';
import { capitalize } from './naming.js';
import { terms } from './phrases.js';
import { lineParts } from './site-lines.js';
import { pageSubject, prosePages } from './site-pages.js';
import { namesSubmissions, visitorAsks, type VisitorAsk } from './site-asks.js';
import { bracketLists, removeBrackets, splitItems } from './site-lists.js';
import { listedThings } from './site-listed.js';
import { offeredThings } from './site-offers.js';

export interface SitePart {
  /** The person's words for it, tidied: "Schedule of the day", "Services & Rates". */
  title: string;
  /** Details the prompt gives for it: bracketed or listed items ("ceremony 2pm", "drinks 3pm"). */
  details: string[];
  /** Where it was said, to find the sentence around it. */
  at: number;
  /** Named as a page ("Pages: …", "an About page"), not only as something the site has. */
  page: boolean;
  /** Named in a list of the pages ("Pages: Home, Classes"): the person named every page. */
  listed?: boolean;
  /** Asked for as a form ("a contact form to request a free consultation"), with what it is for. */
  form?: { purpose?: string };
}

/** Leading articles, possessives and fillers that are not the part's name. */
const LEAD =
  /^(?:(?:a|an|the|our|my|your|their|its|some|also|this|that|these|then|plus|each|every|simple|little|short|separate)\s+)+/i;
/** What follows a part's name without naming it: "the hosts and where…", "gallery of pieces we've made" (a "call to action" is one name). */
const TAIL =
  /(?<!\bcall)\s+(?:with|where|which|that|who|showing|so|for|to|from|when|while|if|of (?:the|our|my|us))\b.*$/i;
/** "where to subscribe", "how to order a book": a question's words are its name, up to what qualifies it. */
const QUESTION = /^(?:how|where|when|what|who|why)\b/i;
const QUESTION_TAIL = /\s+(?:for|with|if|that|which|in|we (?:don't|do not|can't|cannot))\b.*$/i;
/** Words that say how the site is made ("built with Astro"), not what it has. */

/** What a visitor does with a part ("look at a gallery", "read a bit about me"): not its name. */
const VISITOR_VERB =
  /^(?:see|browse|read|view|find out|learn|look|check(?: out)?)\s+(?:(?:at|about)\s+(?=\S))?(?:(?:a bit|a little|more)\s+(?=about\b))?/i;

/** "info for new patients", "practical information for a visit": a word that needs what follows it. */
const GENERIC =
  /^(?:[a-z]+\s+)?(?:info|information|details|advice|news|notes|guidance|tips|help)\s+(?:for|on|about)\s/i;
/** "a safety briefing bit": a word that says the part is small, not what it is. */
const SIZE_WORD = /\s+(?:bit|bits|part|stuff|thing)$/i;

const tagsOf = (words: string) =>
  (nlp(words).terms().json() as { terms: { tags: string[] }[] }[]).map((t) => t.terms[0]!.tags);

/**
 * "show before-and-after photos": a first word the tagger took for a noun, with no noun after it to
 * name, is a verb when a subject before it makes it one ("we show …").
 */
function readAsVerb(words: string, tagged: string[][]): boolean {
  const next = tagged[1] ?? [];
  // "lists our guided walks": a plural before what it acts on is a verb when "it" before it makes one.
  if (
    tagged[0]?.includes('Plural') &&
    ['Determiner', 'Possessive', 'Adjective', 'Gerund'].some((t) => next.includes(t))
  )
    return tagsOf(`it ${words}`)[1]?.includes('Verb') === true;
  if (!tagged[0]?.includes('Singular') || next.includes('Noun') || next.includes('Adjective')) return false;
  return tagsOf(`we ${words}`)[1]?.includes('Verb') === true;
}

/** A leading verb is what the site does with the part ("explain the process", "show fixed prices"). */
function withoutVerb(words: string): string {
  const [first, next] = words.split(/\s+/);
  // "travel and accommodation", "schedule of the day": a noun joined to more words, not a verb.
  if (!first || !next || /^(?:and|or|of|&)$/i.test(next) || words.split(/\s+/).length < 3) return words;
  const tagged = tagsOf(words);
  if (!tagged[0]?.includes('Verb') && !readAsVerb(words, tagged)) return words;
  // "catering for events": a noun the tagger took for a verb, since what follows is no object.
  if (/^(?:for|with|in|on|at|from)$/i.test(next)) return words;
  // "seed swap events": a bare singular noun and another noun after it make a compound, not an object.
  const noun = (tags: string[] | undefined) => tags?.includes('Noun') && !tags.includes('Pronoun');
  if (tagged[1]?.includes('Singular') && noun(tagged[1]) && noun(tagged[2])) return words;
  // "put up the term programme": the verb's particle goes with it.
  const particle = tagged[1]?.includes('Particle') ? next.length + 1 : 0;
  return words
    .slice(first.length + particle)
    .trim()
    .replace(/^(?:(?:about|at|to|how|people|visitors|them|us)\s+)+/i, '');
}

/** "each tour" -> "tours": what every one of is named is the many of them. */
function everyOne(words: string): string {
  const each = /^(?:each|every)\s+([a-z]+)$/i.exec(words);
  return each ? plural(each[1]!) : words;
}

/** "what to do in an emergency": a question whose first words name no thing keeps what follows them. */
function questionTitle(words: string): string {
  const cut = words.replace(QUESTION_TAIL, '');
  return terms(cut).some((t) => t.tags.has('Noun') && !t.tags.has('Pronoun')) ? cut : words;
}

/** Words that are never a part's name on their own. */
const FILLER = /^(?:a|an|the|and|or|our|my|each|every|this|that|it|page|section|form|us|way|site|website)$/i;

/** "where to subscribe", "how it works": a description of a part rather than its name. */
export const isQuestion = (title: string) => QUESTION.test(title);

/**
 * "our story (how we met)" -> "Our story"; "a request-a-quote form" -> "Request-a-quote form". A page's
 * name is kept as given ("Book a tour"); a listed thing loses the verb before it ("show fixed prices").
 * A form is named by the words before "form", or by its purpose when none ("a form to join" -> "Join").
 */
export function partTitle(item: string, { named = false } = {}): string {
  const words = removeBrackets(item)
    .replace(/["“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:and|or|then|also)\s+/i, '')
    .replace(/\s+(?:sections?|pages?)$/i, '')
    .trim();
  if (named) return capitalize(words);
  const purpose = formPurpose(words);
  const name = purpose !== undefined ? words.slice(0, words.search(/\bform\s+(?:to|for)\s/i)).trim() : words;
  const seen = everyOne(pageSubject(name) ?? name.replace(VISITOR_VERB, ''));
  const verbless = LEAD.test(seen) ? seen : everyOne(withoutVerb(seen));
  const bare = verbless.replace(LEAD, '').replace(/\s*:.*$/, '');
  const cut = QUESTION.test(bare)
    ? questionTitle(bare)
    : GENERIC.test(bare)
      ? bare
      : bare.replace(TAIL, '').trim() || bare;
  const title = cut
    .replace(/\s+(?:sections?|pages?)$/i, '')
    .replace(SIZE_WORD, '')
    .split(' ')
    .slice(0, 6)
    .join(' ');
  if (FILLER.test(title) || !title)
    return purpose ? capitalize(purpose.split(' ').slice(0, 6).join(' ')) : '';
  return capitalize(title);
}

/** "a contact form to request a free consultation" -> "request a free consultation". */
export function formPurpose(item: string): string | undefined {
  return /\bform\s+(?:to|for)\s+(.+)$/i.exec(removeBrackets(item).trim())?.[1]?.trim();
}

/** "Pages: Home, Classes, Book a tour." / "Sections or pages: …": the page names, in order. */
function listedPages(text: string): SitePart[] {
  const match =
    /\b(?:sections or pages|pages or sections|pages)[ \t]*(?::|—|-|–|like|including|such as)[ \t]*([^.\n;]+)/i.exec(
      text,
    );
  if (!match) return [];
  const at = match.index + match[0].length - match[1]!.length;
  return splitItems(match[1]!)
    .filter((item) => item.split(/\s+/).length <= 4)
    .map((item) => ({
      title: partTitle(item, { named: true }),
      details: [],
      at: at + match[1]!.indexOf(item),
      page: true,
      listed: true,
    }));
}

/** Words that name a kind of site, never a page of it ("a landing page", "my Facebook page"). */
const NOT_PAGES =
  /^(landing|web|home|single|one|simple|main|new|static|saas|product|splash|front|my|our|this|that|a|the|facebook|instagram|twitter|linkedin|tiktok|youtube|social|github|event|invitation|group|centre|center|party|separate|own|dedicated|different|same|whole|other)$/i;

/** "a Services & Rates page (…)", "an About page with a short bio and clients": pages the prose describes. */
function describedPages(text: string): SitePart[] {
  const parts: SitePart[] = [];
  const pattern =
    /\b(?:[Aa]n?|[Tt]he|its own|separate)\s+((?:[A-Z][\w'-]*(?:\s*(?:&|and)\s*[A-Z][\w'-]*)*)|[a-z]+)\s+(page|section)\b/g;
  for (const match of text.matchAll(pattern)) {
    const name = match[1]!;
    if (NOT_PAGES.test(name)) continue;
    const after = text.slice(match.index + match[0].length);
    // What the page holds: a bracket right after it, or "with …"/"grouped by …" up to the next page or sentence.
    const bracket = /^\s*\(([^()]+)\)/.exec(after);
    const clause =
      /^\s*(?:with|grouped by|showing|shows|describes|lists|listing|for|that (?:has|shows|lists))\s+(.+?)(?=,\s*(?:and\s+)?(?:an?|the)\s+[\w&' ]+?\s+page\b|[.;\n]|$)/i.exec(
        after,
      );
    const details = bracket ? splitItems(bracket[1]!) : clause ? splitItems(clause[1]!) : [];
    // "a form: name, email…" lists the fields of a form, not what the page holds.
    const held = /\bform\b/i.test(details[0] ?? '') ? [] : details;
    parts.push({
      title: partTitle(name, { named: true }),
      details: held,
      at: match.index,
      page: match[2] === 'page',
    });
  }
  return parts;
}

/** "have a contact form to book a first lesson" anywhere in the prose: a form named by its purpose. */
function purposefulForms(text: string): SitePart[] {
  const parts: SitePart[] = [];
  const pattern = /\b(?:an?|the)\s+((?:[\w-]+\s+){0,2}?)form\s+(?:to|for)\s+([^,.;:()\n]+)/gi;
  for (const match of text.matchAll(pattern)) {
    const purpose = match[2]!.trim().split(' ').slice(0, 6).join(' ');
    const title = partTitle(`${match[1]!}form to ${purpose}`);
    if (title) parts.push({ title, details: [], at: match.index, page: false, form: { purpose } });
  }
  return parts;
}

/** Quoted sentences ending in "?": the questions a FAQ is asked to answer. */
export function quotedQuestions(text: string): string[] {
  return [...text.matchAll(/["“]([^"“”]{6,200}\?)["”]/g)].map((m) => m[1]!.trim());
}

/** The words of a title, singular-ish and lower case, to find the bracket that describes it. */
const stems = (text: string) =>
  (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).map((w) => w.replace(/e?s$/, ''));

/**
 * Every part of the site the prompt names, pages first, without repeats (by title, case-insensitively).
 * A part given no details of its own takes the bracket that follows its words elsewhere ("Classes" and
 * "what classes we run (beginner wheel throwing on Tuesday evenings, …)").
 */
export function readSiteParts(text: string): SitePart[] {
  const parts = distinctParts(text);
  const brackets = bracketLists(text);
  const used = new Set(parts.flatMap((p) => p.details.join('|')));
  for (const part of parts) {
    if (part.details.length) continue;
    const own = stems(part.title);
    const bracket = brackets.find(
      (b) => !used.has(b.items.join('|')) && stems(b.before).some((w) => own.includes(w)),
    );
    if (bracket) {
      part.details = bracket.items;
      used.add(bracket.items.join('|'));
    }
  }
  return parts;
}

/** "a contact form to request a free consultation": the form's purpose is an ask it already names. */
function withinForm(ask: VisitorAsk, forms: SitePart[], text: string): boolean {
  return forms.some((form) => form.at < ask.span[0] && !/[.;\n]/.test(text.slice(form.at, ask.span[0])));
}

/** Parts another reader took from the words of a visitor's ask: its verb, object and fields. */
function claimedBy(asks: VisitorAsk[], text: string) {
  return (part: SitePart) =>
    asks.some(({ span: [start, end] }) => {
      if (part.at >= start && part.at < end) return true;
      // "an application form to apply for membership": a form named in the sentence of the ask is it.
      return part.form !== undefined && part.at < start && !/[.;\n]/.test(text.slice(part.at, start));
    });
}

function distinctParts(text: string): SitePart[] {
  const seen = new Map<string, SitePart>();
  const purposeful = purposefulForms(text);
  const asks = visitorAsks(text).filter((ask) => !withinForm(ask, purposeful, text));
  const claimed = claimedBy(asks, text);
  const lines = lineParts(text);
  const onLine = (part: SitePart) => lines.spans.some(([start, end]) => part.at >= start && part.at < end);
  const listed = listedPages(text);
  const all = [
    ...listed,
    // A person who lists the pages has named them all; otherwise the prose names them.
    ...(listed.length ? [] : prosePages(text)),
    ...describedPages(text),
    ...lines.parts.filter((part) => !claimed(part)),
    ...listedThings(text).filter((part) => !onLine(part) && !claimed(part) && !namesSubmissions(part, text)),
    ...purposeful.filter((part) => !claimed(part) && !namesSubmissions(part, text)),
    ...offeredThings(text).filter((part) => !onLine(part) && !claimed(part)),
    ...asks.map((ask) => ask.part),
  ];
  for (const part of all) {
    const key = part.title.toLowerCase();
    const known = seen.get(key);
    if (known) {
      if (known.details.length === 0) known.details = part.details;
      // "Pages: …, Book a tour" and "people book a tour with …": the page is where the form is.
      // Only a form whose fields are given: "a way to donate (just describe how…)" stays a page.
      if (!known.form && part.form && part.details.length >= 2) known.form = part.form;
      continue;
    }
    seen.set(key, part);
  }
  return [...seen.values()];
}
