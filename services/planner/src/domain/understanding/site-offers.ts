// What a site prompt says the business offers, in a clause of its own: "We sell mugs, bowls and vases",
// "we run evening classes", "I teach piano and guitar". Each is content of the site: several things are
// the cards of one part named with the person's verb ("What we sell"), one thing is a part of its own.
import { removeBrackets, splitItems, topLevel } from './site-lists.js';
import { partTitle, type SitePart } from './site-parts.js';

/**
 * "We sell", "I also teach": a subject and a verb of what a business offers, then its objects, opening a
 * clause ("the sessions we run (…)" is a thing with a clause about it, not an offer).
 */
const OFFERS =
  /(?<=(?:^|[.!?;,:\n]|\band|\bbut|\bso)\s*)(we|i)(?:'ve|\s+also|\s+now|\s+still)?\s+(sell|offer|make|bake|brew|roast|grow|serve|stock|run|host|hold|teach|provide|do|have|rent out|hire out)\s+(?!to\b|been\b|got\b|no\b|not\b|\()/gi;
/** Where the objects end: the next clause ("…, we run classes") or the sentence's end. */
const NEXT_CLAUSE = /\s*[,;]?\s*(?:and\s+|but\s+|plus\s+)?(?:we|i)\s+[a-z]+\b|[.?!](?:\s|$)|\n/iy;

/** "a pottery studio called Clay": the business itself, named in the first sentence, is not an offer. */
const isTheBusiness = (item: string, firstSentence: boolean) => firstSentence && /^(?:a|an)\s/i.test(item);

export function offeredThings(text: string): SitePart[] {
  const parts: SitePart[] = [];
  const firstEnd = topLevel(text, /[.?!](?:\s|$)|\n/y)[0]!.end;
  for (const offer of text.matchAll(OFFERS)) {
    const start = offer.index + offer[0].length;
    const rest = text.slice(start);
    const segment = rest.slice(0, topLevel(rest, NEXT_CLAUSE)[0]!.end);
    const items = splitItems(segment).filter((item) => !isTheBusiness(item, offer.index < firstEnd));
    const titled = items.map((item) => partTitle(item)).filter((title) => title.length >= 3);
    if (titled.length === 0) continue;
    const [subject, verb] = [offer[1]!.toLowerCase() === 'i' ? 'I' : 'we', offer[2]!.toLowerCase()];
    parts.push(
      titled.length === 1
        ? { title: titled[0]!, details: [], at: start, page: false }
        : {
            title: `What ${subject} ${verb}`,
            details: items.map((item) => removeBrackets(item).trim()),
            at: offer.index,
            page: false,
          },
    );
  }
  return parts;
}
