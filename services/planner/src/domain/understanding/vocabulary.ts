import { isKnownWord } from './lexicon.js';
import { terms } from './phrases.js';

/** The prompt's words that are not English (typos, gibberish, names). */
export async function unknownWords(text: string): Promise<{ words: string[]; unknown: string[] }> {
  const words = text.toLowerCase().match(/[a-z]{2,}/g) ?? [];
  const unknown: string[] = [];
  for (const word of words) if (!(await isKnownWord(word))) unknown.push(word);
  return { words, unknown };
}

/** "for", "and", "the": words every sentence has that WordNet, a dictionary of content words, lacks. */
function grammarWords(text: string): Set<string> {
  const grammar = ['Preposition', 'Conjunction', 'Determiner', 'Pronoun'];
  return new Set(terms(text).flatMap((t) => (grammar.some((g) => t.tags.has(g)) ? [t.normal] : [])));
}

/** More than half the words are neither English nor grammar: nothing to build from. */
export async function isMostlyGibberish(text: string): Promise<boolean> {
  const spoken = await unknownWords(text);
  const grammar = grammarWords(text);
  const unknown = spoken.unknown.filter((w) => !grammar.has(w));
  return unknown.length * 2 > spoken.words.length || spoken.words.length === 0;
}
