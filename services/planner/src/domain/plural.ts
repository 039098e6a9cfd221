// Singular and plural forms from the pluralize library, the one source of them in the planner (the
// hand-written rules and word lists of offline/words.ts are gone). The few words it reads wrongly for
// what people name in apps are registered here once: singular nouns ending in -s, and adverbs.
import library from 'pluralize';

for (const word of ['physics', 'maths', 'mathematics', 'always', 'sometimes'])
  library.addUncountableRule(word);
const IRREGULAR: [string, string][] = [
  ['canvas', 'canvases'],
  ['lens', 'lenses'],
  ['axis', 'axes'],
  ['its', 'its'],
  ['sms', 'sms'],
];
for (const [one, many] of IRREGULAR) library.addIrregularRule(one, many);

/** "Books" -> "Book", "people" -> "person"; a word that is already singular is kept, and so is its case. */
export function singularize(word: string): string {
  return library.singular(word);
}

/** "Book" -> "Books", "person" -> "people", keeping the word's case. */
export function pluralize(word: string): string {
  return library.plural(word);
}

export function isPlural(word: string): boolean {
  return singularize(word).toLowerCase() !== word.toLowerCase();
}
