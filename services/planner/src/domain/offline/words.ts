/** Small English helpers for naming things a person typed; plurals come from ../plural.ts. */

export { isPlural, pluralize, singularize } from '../plural.js';

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "recipe manager" -> "Recipe Manager"; short joining words stay lower case; acronyms stay. */
export function titleCase(text: string): string {
  const small = new Set(['a', 'an', 'and', 'or', 'of', 'for', 'the', 'to', 'in', 'on', 'with']);
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((w, i) =>
      i > 0 && small.has(w.toLowerCase()) ? w.toLowerCase() : /^[A-Z0-9]{2,}$/.test(w) ? w : capitalize(w),
    )
    .join(' ');
}

/** "Cooking time" -> "cookingTime"; always a safe JavaScript identifier. */
export function camelCase(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9 ]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  const joined = words.map((w, i) => (i === 0 ? w : capitalize(w))).join('');
  if (joined === '') return 'field';
  return /^[0-9]/.test(joined) ? `f${joined}` : joined;
}

/** A label a person reads: first letter capitalised, acronyms ("SKU") kept. */
export function toLabel(text: string): string {
  const cleaned = text.replace(/\s+/g, ' ').trim();
  return capitalize(cleaned.replace(/\b([A-Z]{2,})\b/g, '$1'));
}
