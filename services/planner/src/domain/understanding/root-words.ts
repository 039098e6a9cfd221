// The words of a text in their root forms, so a tool named in another form of its words is still named:
// "percent-encode" names "percent encoding", "reversed text" names "reverse text", "squashes spaces"
// names "squash spaces". Read with compromise's lemmas; spaced like `normalWords` for whole-word search.
import nlp from 'compromise';
import { normalWords } from './retrieval.js';

const cache = new Map<string, string>();

export function rootWords(text: string): string {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const doc = nlp(text);
  doc.compute('root');
  const sentences = doc.json() as { terms: { normal: string; root?: string }[] }[];
  const roots = normalWords(sentences.flatMap((s) => s.terms.map((t) => t.root ?? t.normal)).join(' '));
  cache.set(text, roots);
  return roots;
}
