/** Small English helpers for naming things a person typed; deterministic, no dictionary. */

const IRREGULAR: Record<string, string> = {
  person: 'people',
  child: 'children',
  man: 'men',
  woman: 'women',
  mouse: 'mice',
  goose: 'geese',
  foot: 'feet',
  tooth: 'teeth',
  leaf: 'leaves',
  knife: 'knives',
  life: 'lives',
  wife: 'wives',
  shelf: 'shelves',
  half: 'halves',
  series: 'series',
  species: 'species',
  sheep: 'sheep',
  fish: 'fish',
  deer: 'deer',
  news: 'news',
  quiz: 'quizzes',
  cactus: 'cacti',
  analysis: 'analyses',
  criterion: 'criteria',
};
const IRREGULAR_SINGULAR = Object.fromEntries(Object.entries(IRREGULAR).map(([s, p]) => [p, s]));

/** Words ending in "s" that are already singular. */
const SINGULAR_S = new Set([
  'status',
  'address',
  'class',
  'glass',
  'bus',
  'gas',
  'canvas',
  'boss',
  'process',
  'access',
  'business',
  'campus',
  'bonus',
  'virus',
  'census',
  'lens',
  'notes',
  'progress',
  'chess',
  'news',
  'series',
  'species',
  'alias',
  'atlas',
  'yes',
  'this',
  'its',
  'is',
  'was',
  'has',
  'plus',
  'minus',
  'less',
  'wellness',
  'fitness',
  'kindness',
  'analysis',
  'basis',
  'axis',
  'thesis',
  'tennis',
  'physics',
  'maths',
  'mathematics',
  'diabetes',
  'always',
  'sometimes',
  'hours',
]);

export function pluralize(word: string): string {
  const lower = word.toLowerCase();
  if (IRREGULAR[lower]) return matchCase(word, IRREGULAR[lower]);
  if (/[^aeiou]y$/i.test(word)) return word.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/i.test(word)) return word + 'es';
  return word + 's';
}

export function singularize(word: string): string {
  const lower = word.toLowerCase();
  if (IRREGULAR_SINGULAR[lower]) return matchCase(word, IRREGULAR_SINGULAR[lower]);
  if (IRREGULAR[lower] || SINGULAR_S.has(lower) || lower.length <= 3) return word;
  if (/ies$/i.test(word)) return word.slice(0, -3) + 'y';
  if (/(ss|us|is)$/i.test(word)) return word;
  if (/(xes|zzes|ches|shes|sses)$/i.test(word)) return word.slice(0, -2);
  if (/oes$/i.test(word)) return word.slice(0, -2);
  if (/s$/i.test(word)) return word.slice(0, -1);
  return word;
}

export function isPlural(word: string): boolean {
  return singularize(word).toLowerCase() !== word.toLowerCase();
}

function matchCase(model: string, word: string): string {
  return /^[A-Z]/.test(model) ? capitalize(word) : word;
}

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
