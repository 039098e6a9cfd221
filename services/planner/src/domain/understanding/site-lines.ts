// Parts a site prompt gives one per line: a bulleted list ("- Projects, each with a photo and the year",
// "- Coaching: junior squads, adult beginners") or a labelled line ("Our beers: a pale ale, a stout").
// The label (or a bullet's first item) names the part; what follows is its details. Lines about the
// look ("Colours: …") or the pages ("Pages: …") are read elsewhere.
import { terms } from './phrases.js';
import { splitItems } from './site-lists.js';
import { partTitle, type SitePart } from './site-parts.js';

const BULLET = /^[ \t]*(?:[-*•]|\d+[.)])[ \t]+(.+)$/gm;
const LABELLED = /^[ \t]*([^:\n]{2,40}):[ \t]*(\S[^\n]*)$/gm;
/** Labels that say how the site looks or how the person words the request, never a part of it. */
const NOT_PARTS =
  /\b(?:colou?rs?|colou?r-wise|style|theme|brand(?:ing)?|look|palette|fonts?|design|pages?|sections?|(?:web)?site|homepage|app|stuff|things|everything|brief|requirements?|notes?|p\.?s)\b/i;
/** "each with ABV and tasting notes": how every item is described, not an item. */
const ABOUT_EACH = /^(?:each|every|all|both)\b/i;

export interface LineParts {
  parts: SitePart[];
  /** The lines read, so no other reader takes their items for parts of their own. */
  spans: [number, number][];
}

/** The line that opens a bulleted list: the last line before it that is no bullet. */
function leadOf(text: string, at: number): string {
  const lines = text.slice(0, at).trimEnd().split('\n');
  return [...lines].reverse().find((line) => !/^[ \t]*(?:[-*•]|\d+[.)])[ \t]+/.test(line)) ?? '';
}

/** A label that names a thing: a noun phrase, not a clause ("It should have", "Keep it simple"). */
function namesThing(label: string): boolean {
  if (NOT_PARTS.test(label) || /,/.test(label)) return false;
  const words = terms(label);
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last || words.length > 5) return false;
  // "Coaching", "Fixtures": one word is a name, whatever the tagger thinks of it.
  if (words.length === 1) return true;
  // "Find us", "Trade with us": a page named by what visitors do with the business.
  if (first.tags.has('Verb') && last.normal === 'us' && !words.some((t) => t.tags.has('Modal'))) return true;
  if (first.tags.has('Verb') || words.some((t) => t.tags.has('Modal') || t.tags.has('Pronoun'))) {
    return /^(?:our|my|the)$/.test(first.normal) && !words.some((t) => t.tags.has('Modal'));
  }
  return last.tags.has('Noun');
}

/** A line that could name a part on its own: no bullet, no label, no sentence's ending, a few words. */
const SHORT_LINE = /^[ \t]*([^\s:\-*•.!?,][^:\n.!?]{0,60}?)[ \t]*$/;

/**
 * "Page for my candle shop.\nOur scents\nStockists\nA mailing list": two or more short lines in a row,
 * after the first line, each naming a thing, are the parts. A run with a person's name in it is the
 * sign-off ("Many thanks\nSarah"), not parts.
 */
function plainLines(text: string, taken: [number, number][]): { title: string; at: number; end: number }[] {
  const found: { title: string; at: number; end: number }[] = [];
  let run: typeof found = [];
  let at = 0;
  let signOff = false;
  const close = () => {
    if (run.length >= 2 && !signOff) found.push(...run);
    run = [];
    signOff = false;
  };
  text.split('\n').forEach((line, i) => {
    const start = at;
    at += line.length + 1;
    const named = i > 0 ? (SHORT_LINE.exec(line)?.[1] ?? '') : '';
    const words = named ? terms(named) : [];
    const title = named && words.length <= 8 ? partTitle(named) : '';
    if (!title || taken.some(([s]) => s === start) || !namesThingAlone(named)) return close();
    if (words.some((t) => t.tags.has('Person'))) signOff = true;
    run.push({ title, at: start, end: start + line.length });
  });
  close();
  return found;
}

/**
 * A line alone that names a thing: some noun, and no clause ("It should be blue", "Make it warm"). A
 * tagger's verb first is a compound's ("Opening hours", "Mailing list") unless an object follows it.
 */
function namesThingAlone(line: string): boolean {
  const words = terms(line);
  if (NOT_PARTS.test(line)) return false;
  // "Reviews", "Pricing": one word is a name, whatever the tagger thinks of it.
  if (words.length === 1) return !words[0]!.tags.has('Pronoun');
  if (!words.some((t) => t.tags.has('Noun') && !t.tags.has('Pronoun'))) return false;
  if (words.some((t) => t.tags.has('Modal') || (t.tags.has('Pronoun') && !t.tags.has('Possessive'))))
    return false;
  const [first, next] = words;
  return !(first?.tags.has('Verb') && (next?.tags.has('Determiner') || next?.tags.has('Preposition')));
}

const details = (list: string) => splitItems(list).filter((item) => !ABOUT_EACH.test(item));

/** The lines of the prompt that each give one part; under a line naming pages, each is a page. */
export function lineParts(text: string): LineParts {
  const parts: SitePart[] = [];
  const spans: [number, number][] = [];
  for (const line of text.matchAll(BULLET)) {
    const body = line[1]!;
    const start = line.index;
    const lead = leadOf(text, start);
    const page = /\bpages?\b/i.test(lead) && /:\s*$/.test(lead);
    const colon = /^([^:()]{2,40}):\s*(.*)$/.exec(body);
    const name = colon ? colon[1]! : body.split(',')[0]!;
    const rest = colon ? colon[2]! : body.slice(name.length + 1);
    if (colon && !namesThing(name)) continue;
    spans.push([start, start + line[0].length]);
    // "- An application form to apply for membership (…)": forms are read where forms are named.
    if (/\bform\b/i.test(name)) continue;
    const title = partTitle(name, { named: page });
    if (title) parts.push({ title, details: details(rest), at: start, page });
  }
  for (const line of text.matchAll(LABELLED)) {
    if (spans.some(([start]) => start === line.index) || !namesThing(line[1]!)) continue;
    const title = partTitle(line[1]!);
    if (!title) continue;
    parts.push({ title, details: details(line[2]!), at: line.index, page: false });
    spans.push([line.index, line.index + line[0].length]);
  }
  for (const line of plainLines(text, spans)) {
    parts.push({ title: line.title, details: [], at: line.at, page: false });
    spans.push([line.at, line.end]);
  }
  return { parts, spans };
}
