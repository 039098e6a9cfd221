// The words of a text in their root forms, so a tool named in another form of its words is still named:
// "percent-encode" names "percent encoding", "reversed text" names "reverse text", "squashes spaces"
// names "squash spaces". Read with compromise's lemmas; spaced like `normalWords` for whole-word search.
import nlp from 'compromise';
import { normalWords } from './retrieval.js';

export function rootWords(text: string): string {
  const doc = nlp(text);
  doc.compute('root');
  const sentences = doc.json() as { terms: { normal: string; root?: string }[] }[];
  return normalWords(sentences.flatMap((s) => s.terms.map((t) => t.root ?? t.normal)).join(' '));
}

// The catalogue's names are few and fixed, so their roots are kept; a prompt's are read afresh (a cache of
// every prompt a long-running planner sees would only grow).
const catalogueRoots = new Map<string, string>();

/** `rootWords` of a catalogue name or synonym, read once. */
export function catalogueRootWords(name: string): string {
  let roots = catalogueRoots.get(name);
  if (roots === undefined) {
    roots = rootWords(name).trim();
    catalogueRoots.set(name, roots);
  }
  return roots;
}
