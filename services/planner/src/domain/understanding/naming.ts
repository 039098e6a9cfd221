// Names a person reads and keys a program stores, made from the words a person typed.
import { pluralize } from '../plural.js';

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with']);

export function titleCase(text: string): string {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((w, i) => (i > 0 && SMALL.has(w.toLowerCase()) ? w.toLowerCase() : capitalize(w)))
    .join(' ');
}

/** "due date" -> "dueDate"; never starts with a digit. */
export function camelCase(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const key = words.map((w, i) => (i === 0 ? w : capitalize(w))).join('');
  return /^[a-z_]/.test(key) ? key : `f${key}`;
}

/** "member" -> { label: "Member", plural: "Members" }; the last word is the one made plural. */
export function namesOf(noun: string): { name: string; label: string; plural: string } {
  const words = noun.trim().split(/\s+/);
  const last = words.pop() ?? noun;
  const plural = [...words, pluralize(last)].join(' ');
  return { name: camelCase(noun), label: capitalize(noun), plural: capitalize(plural) };
}

/** "a", "an" before a word read aloud. */
export function article(word: string): string {
  return /^[aeiou]/i.test(word) && !/^(uni|use|eu|one)/i.test(word) ? 'an' : 'a';
}

export function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}
