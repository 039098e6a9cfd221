// The things a site prompt lists in its prose: "with speakers, the schedule and ticket prices", "It should
// have: our story, …", "we need prices, a safety bit and online booking", "There's also a kit list",
// "swim school site, class schedule + term dates". Each item is a part of the site unless it is a clause
// ("people rent the main room"), a detail of the item before it ("with hourly rates") or the site itself.
import { terms, type Term } from './phrases.js';
import { opensWithAsk } from './site-asks.js';
import { formPurpose, partTitle, type SitePart } from './site-parts.js';
import { removeBrackets, splitItems, topLevel } from './site-lists.js';

/** Words that open a list of what the site has. */
const LIST_OPENERS = new RegExp(
  [
    /\bsections?(?:,\s*in order)?\s*:/,
    /\b(?:should|must|will|would|to) (?:have|include|show)\s*:/,
    /\b(?:should|must|needs? to|wants? to)\s+(?!be\b)(?=[a-z]+\s)/,
    // "We'd like the website to show our rooms", "it needs a FAQ", "need prices, …"
    /\bto (?:show|have|include|list|feature|present|display|offer)\b/,
    // "we want people to join our list" asks something of the visitors, it names no part.
    /\b(?:need|needs|want|wants|'d like|would like)\s+(?!to\b|(?:people|visitors|customers|guests|parents|members|users|them|you)\s+to\b|(?:an?|the|our|my|some)\s+(?:new\s+|proper\s+|simple\s+)?(?:web ?site|site|page|homepage)\b)/,
    /\b(?:with|showing|including|featuring|covering|offering)\b/,
    /\b(?:that|which) (?:shows|lists|has|includes|features|describes|explains|introduces|presents)\b/,
    // "The home page has a headline, three feature blocks and a call to action."
    /\b(?:page|site|website)\s+(?:has|have|shows|includes|lists)\b/,
    /\b(?:can|could|to) (?:see|browse|read about|view|find out about|learn about|look at)\b/,
    // "There's also a kit list for camp": a thing said to exist is a thing the site has.
    /\bthere(?:'s| is| are| will be)(?: also)?\b/,
    // "Rules:", "What we need on it:": a label at the start of a line or a sentence.
    /(?:^|(?<=[.!?]\s{1,3}))[^.:!?\n]{3,60}?:/,
    // "swim school site, class schedule + term dates": the words after the site's own name.
    /(?<![\s\S])[^.:\n,]{3,60}?\b(?:site|website|homepage|page)\s*(?:,|\s[-–—]\s)/,
  ]
    .map((r) => `(?:${r.source})`)
    .join('|') + '\\s*',
  'gim',
);
/** Words that say how the site is made ("built with Astro"), not what it has. */
const MADE_WITH = /\b(?:built|made|written|done|developed|coded|styled)\s*$/i;
/** An item naming the site itself ("a website for our bakery"), not a part of it. */
const THE_SITE = /^(?:web ?site|site|home ?page|page|one-pager|landing page)\b/i;

/** "people rent the main room", "we bake bread": a subject and its verb say something, they name nothing. */
export function isClause(item: string): boolean {
  const words = terms(removeBrackets(item));
  for (let i = 0; i < words.length; i++) {
    const term = words[i]!;
    if (i > 0 && saysWhatItDoes(term, words[i + 1])) return true;
    // The subject opens the item: "the recitals my pupils play" and "the areas we cover" are things with
    // a clause about them, "explain how the tests work" a thing the site does.
    const opener = i === 0 && (term.tags.has('Pronoun') || term.tags.has('Possessive'));
    const inSubject =
      !term.tags.has('Verb') &&
      (opener ||
        (!term.tags.has('Pronoun') &&
          !term.tags.has('Possessive') &&
          ['Determiner', 'Adjective', 'Noun'].some((tag) => term.tags.has(tag))));
    if (!inSubject) return false;
  }
  return false;
}

/** A verb after the subject; "training packages", "term dates": one in -s is as likely a plural noun,
 * unless what it does follows ("the site shows the menu"). */
function saysWhatItDoes(term: Term, next: Term | undefined): boolean {
  if (!term.tags.has('Verb') || term.tags.has('Gerund') || term.tags.has('Participle')) return false;
  return !/s$/.test(term.normal) || tagOf(next) !== '';
}

const tagOf = (term: Term | undefined) =>
  ['Determiner', 'Possessive', 'Pronoun'].find((tag) => term?.tags.has(tag)) ?? '';

/** "register your child", "book a slot": what a visitor sends, a form (not "the schedule", a thing). */
const asksVisitor = (item: string) =>
  opensWithAsk(item) && /^\S+\s+(?:a|an|the|your|their|our|my|us|me|now|online|here)\b/i.test(item.trim());

/** A position inside brackets: an opener there ("(…, with yearly fees)") details the thing before. */
function inBrackets(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.split('(').length > before.split(')').length;
}

/** The things a list in the prompt names: "speakers, the schedule and ticket prices". */
export function listedThings(text: string): SitePart[] {
  const parts: SitePart[] = [];
  const taken: [number, number][] = [];
  for (const opener of text.matchAll(LIST_OPENERS)) {
    const start = opener.index + opener[0].length;
    if (taken.some(([a, b]) => start >= a && start < b) || inBrackets(text, opener.index)) continue;
    // The list runs to the end of its sentence; a bracket's full stop does not end it.
    const rest = text.slice(start);
    const end = topLevel(rest, /[.?!](?:\s|$)|\n/y)[0]!.end;
    const segment = rest.slice(0, end);
    if (/^\s*(?:pages|sections or pages)\b/i.test(text.slice(opener.index))) continue;
    // "a form with name, email and message" lists fields; "built with Astro" names a tool.
    const lead = text.slice(Math.max(0, opener.index - 30), start);
    if (/\bform\s*(?:with|:|including)?\s*$/i.test(lead) || MADE_WITH.test(text.slice(0, opener.index)))
      continue;
    const items = splitItems(segment);
    const byCommas = !/;/.test(removeBrackets(segment));
    // One thing after "with" is a description ("a page with our menu"), still a part; a list names several.
    if (items.length === 0) continue;
    const claim: [number, number] = [start, start + end];
    taken.push(claim);
    let offset = 0;
    for (const item of items) {
      const at = start + segment.indexOf(item, offset);
      offset = at - start + item.length;
      // "it needs a FAQ, and the leaders want to put up …": a clause ends the list, and its own words
      // may open another.
      if (!/\bform\b/i.test(item) && isClause(item)) {
        claim[1] = at;
        break;
      }
      const form = /\bform\b|\bsign[- ]?up\b/i.test(removeBrackets(item))
        ? { purpose: formPurpose(item) }
        : asksVisitor(item)
          ? { purpose: item.trim() }
          : undefined;
      // "with hourly rates" details the item before it; "people rent rooms" says something of it.
      const title = /^(?:with|for|from|at|by|in|on)\s/i.test(item)
        ? ''
        : partTitle(item, { named: form?.purpose === item.trim() });
      const bracket = /\(([^()]+)\)/.exec(item);
      // "three pricing tiers: Free, Pro at $12/month and Team": what follows the colon is its details.
      const colon = removeBrackets(item).indexOf(':');
      const details = bracket
        ? splitItems(bracket[1]!)
        : colon >= 0
          ? splitItems(segment.slice(at - start + colon + 1))
          : [];
      if (title.replace(/[^a-z]/gi, '').length >= 3 && !THE_SITE.test(title))
        parts.push({ title, details, at, page: false, ...(form ? { form } : {}) });
      // "an RSVP form where guests give their name, whether…", "a form: name, email": the commas after
      // it list what the form holds.
      if (byCommas && (form || colon >= 0) && /\s(?:where|which|who|with)\s|:/i.test(removeBrackets(item)))
        break;
    }
  }
  return parts;
}
