// What a person says they will type into a calculator, wherever the sentence puts it: "I'd type the total
// rent, the size of my room and the size of all the bedrooms", "I type the weight in grams", "where I
// enter the price and the quantity", "I put in my salary". Each listed thing is the nouns it names; a
// calculator that is to answer the person must take every one of them as an input.
import { unitNamed } from '../knowledge/tools/unit-conversion.js';
import { singular } from './lexicon.js';
import { terms, type Term } from './phrases.js';

/** Verbs of typing a value in; "put", "fill", "plug" and "key" only with "in". */
const ENTERING = new Set(['type', 'enter', 'input']);
const WITH_IN = new Set(['put', 'fill', 'plug', 'key']);
/** The things listed are over at the end of a clause, or where someone does something else ("and it shows"). */
const ENDS = /[.;:!?]/;

const names = (t: Term) =>
  t.tags.has('Noun') &&
  !['Pronoun', 'Possessive', 'Determiner'].some((tag) => t.tags.has(tag)) &&
  /^[a-z-]+$/.test(t.normal);

const verbAt = (list: Term[], i: number): number => {
  const t = list[i]!;
  if (!t.tags.has('Verb')) return 0;
  const root = t.normal.replace(/(?:s|ed|ing)$/, '');
  if (ENTERING.has(t.normal) || ENTERING.has(root) || ENTERING.has(`${root}e`)) return 1;
  return WITH_IN.has(t.normal) && list[i + 1]?.normal === 'in' ? 2 : 0;
};

/** The things typed, each as the nouns (singular) it names, units left out: [["total", "rent"], ["size", "room"]]. */
export function typedThings(prompt: string): string[][] {
  const list = terms(prompt);
  const things: string[][] = [];
  for (let i = 0; i < list.length; i++) {
    const skip = verbAt(list, i);
    if (!skip) continue;
    let item: string[] = [];
    const close = () => {
      if (item.length) things.push(item);
      item = [];
    };
    for (let j = i + skip; j < list.length; j++) {
      const t = list[j]!;
      if (t.tags.has('Pronoun')) break;
      if (t.normal === 'and' || t.normal === 'or') close();
      else if (names(t) && !unitNamed(t.normal) && !unitNamed(`${t.normal} ${list[j + 1]?.normal}`))
        item.push(singular(t.normal));
      if (ENDS.test(t.post)) break;
      if (t.post.includes(',')) close();
    }
    close();
  }
  return things;
}

/** Whether every thing the person types is named by one of the labels (by a word of it). */
export function takesEveryTyped(labels: string[], prompt: string): boolean {
  const words = new Set(labels.flatMap((l) => (l.toLowerCase().match(/[a-z-]+/g) ?? []).map(singular)));
  return typedThings(prompt).every((thing) => thing.some((w) => words.has(w)));
}
