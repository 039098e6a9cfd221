import type { EntitySpec, FieldSpec } from '@isekai/contracts';
import { directionFrom, type SortOption } from './features.js';
import { singularize } from './words.js';

/** The field a phrase such as "date" or "the cooking time" points at, by label words. */
export function findField(entity: EntitySpec, phrase: string): FieldSpec | null {
  const wanted = phrase
    .toLowerCase()
    .replace(/^(the|a|an|my|its|their)\s+/, '')
    .replace(/\s+(field|column)s?$/, '')
    .trim();
  if (!wanted) return null;
  const norm = (s: string) => s.toLowerCase().split(/\s+/).map(singularize).join(' ');
  const target = norm(wanted);
  return (
    entity.fields.find(
      (f) => norm(f.label) === target || f.name.toLowerCase() === wanted.replace(/\s+/g, ''),
    ) ??
    entity.fields.find((f) => norm(f.label).includes(target) || target.includes(norm(f.label))) ??
    entity.fields.find((f) =>
      target.split(' ').some((w) => w.length > 2 && norm(f.label).split(' ').includes(w)),
    ) ??
    (/\b(date|day|when)\b/.test(target)
      ? entity.fields.find((f) => f.type === 'date' || f.type === 'datetime')
      : undefined) ??
    null
  );
}

/** "sort by date, newest first" -> {field: 'date', direction: 'desc'}; "newest first" alone sorts by creation. */
export function parseSortOption(lower: string, entity: EntitySpec): SortOption | null {
  const by =
    /\b(?:sort(?:ed)?|order(?:ed)?)\s+(?:them\s+|it\s+|everything\s+)?by\s+([a-z0-9 ]+?)(?:\s*(?:,|\(|;|\.|$)|\s+(?:newest|oldest|latest|earliest|highest|lowest|ascending|descending|from|with|first|a-z|z-a)\b)/.exec(
      lower,
    );
  if (by?.[1]) {
    const field = findField(entity, by[1]);
    const fallback =
      field &&
      ['date', 'datetime', 'rating', 'money', 'number'].includes(field.type) &&
      /newest|latest|highest|most/.test(lower)
        ? 'desc'
        : 'asc';
    if (field) return { field: field.name, direction: directionFrom(lower, fallback) };
    if (/\b(created|added|newest|recent)\b/.test(by[1]))
      return { field: 'createdAt', direction: directionFrom(lower, 'desc') };
  }
  if (/\b(newest|latest|most recent) first\b/.test(lower)) {
    const date = entity.fields.find((f) => f.type === 'date' || f.type === 'datetime');
    return { field: date?.name ?? 'createdAt', direction: 'desc' };
  }
  return null;
}
