// A rename reaches every place a person reads the old word (labels, section and chart titles, figures,
// form titles, page titles, copy) and none where a program stores it (field and collection names,
// references, formulas, sample records), so saved records survive.
import { plural, singular } from '../lexicon.js';
import { capitalize } from '../naming.js';

/** Keys whose string a person reads; every other string is a stored name, an id or data. */
const SHOWN = new Set([
  'title',
  'label',
  'plural',
  'heading',
  'text',
  'intro',
  'body',
  'formTitle',
  'submitLabel',
  'thanks',
  'message',
  'question',
  'answer',
  'caption',
  'detail',
  'quote',
  'role',
  'bio',
  'description',
  'features',
]);

/** Never walked: records a person saved, the choices records hold, and settings. */
const STORED = new Set(['samples', 'options', 'theme', 'formula', 'check', 'where', 'set', 'default']);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function cased(like: string, word: string): string {
  if (like.length > 1 && like === like.toUpperCase()) return word.toUpperCase();
  return /^[A-Z]/.test(like) ? capitalize(word) : word.toLowerCase();
}

/** "By category" -> "By type", "All categories" -> "All types": the word in either number, its case kept. */
export function replaceWord(text: string, from: string, to: string): string {
  const one = singular(from.toLowerCase());
  const many = plural(one);
  const forms = [...new Set([many, one])].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`\\b(${forms.join('|')})\\b`, 'gi');
  return text.replace(pattern, (found) =>
    cased(found, found.toLowerCase() === many && many !== one ? plural(singular(to)) : singular(to)),
  );
}

/** Replaces `change` in every string a person reads below `node`, in place. */
export function renameShown(node: unknown, change: (text: string) => string): void {
  if (Array.isArray(node)) {
    node.forEach((item) => renameShown(item, change));
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (STORED.has(key)) continue;
    if (typeof value === 'string' && SHOWN.has(key)) record[key] = change(value);
    else if (Array.isArray(value) && SHOWN.has(key) && value.every((v) => typeof v === 'string'))
      record[key] = value.map((v: string) => change(v));
    else renameShown(value, change);
  }
}
