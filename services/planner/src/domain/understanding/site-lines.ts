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
  if (first.tags.has('Verb') || words.some((t) => t.tags.has('Modal') || t.tags.has('Pronoun'))) {
    return /^(?:our|my|the)$/.test(first.normal) && !words.some((t) => t.tags.has('Modal'));
  }
  return last.tags.has('Noun');
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
  return { parts, spans };
}
