import type { EntitySpec } from '@isekai/contracts';
import { camelCase, capitalize, isPlural, pluralize, singularize } from './words.js';

/** Words that name the container of records rather than the records themselves. */
export const CONTAINER_WORDS =
  'manager|tracker|log|logbook|catalog|catalogue|list|collection|app|application|directory|journal|diary|database|db|organizer|organiser|library|register|registry|keeper|book|watchlist|wishlist|archive|notebook|system|crm|records?|planner|logger|table|index|board|inventory|box|vault|hub|portal|dashboard|tool|site|page|store';

const LEADING =
  /^(?:(?:please|can you|could you|i want|i need|i'd like|id like|give me|create|build|make|write|generate|design|develop|set up|setup|code|me|us|an?|the|my|our|simple|small|basic|personal|little|tiny|nice|quick|clean|minimal|modern|online|web|new|private|shared|family|team|to|for|some|just|app|application)\s+)+/i;

/** Adjectives that are not part of a record's name. */
const NOT_NOUN = new Set([
  'simple',
  'small',
  'basic',
  'personal',
  'little',
  'tiny',
  'nice',
  'my',
  'a',
  'an',
  'the',
  'web',
  'online',
  'digital',
  'daily',
  'weekly',
  'monthly',
  'home',
  'shared',
  'family',
  'private',
  'new',
  'own',
  'good',
  'great',
  'cool',
  'full',
  'whole',
  'big',
]);

const WEAK_CONTAINERS = /^(app|application|system|tool|site|page|hub|portal|dashboard)$/;

export interface NounPhrase {
  /** Singular words, e.g. "recipe" or "board game". */
  noun: string;
  /** The container word when there was one ("manager"), for the title. */
  container: string | null;
}

function cleanNoun(words: string[]): string {
  const kept = words.filter((w) => !NOT_NOUN.has(w.toLowerCase())).slice(-2);
  if (kept.length === 0) return '';
  const last = kept.pop() ?? '';
  return [...kept, singularize(last)].join(' ');
}

/** "a recipe manager with ..." -> recipe/manager; "track my runs" -> run; "recipes with ..." -> recipe. */
export function findNounPhrase(prompt: string): NounPhrase | null {
  const text = prompt
    .toLowerCase()
    .replace(/[^a-z0-9'\s:-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const tracking =
    /\b(?:track(?:ing)?|keep track of|log(?:ging)?|record(?:ing)?|manage|organi[sz]e|catalog(?:ue)?|store|list of|collection of|all (?:of )?(?:my|our|the))\s+(?:my |our |the |all |of )*([a-z' -]+?)(?=\s+(?:with|and|by|:|for|that|which|where|so|including|in|on)\b|[:,]|$)/.exec(
      text,
    );
  const head = text.replace(LEADING, '').split(/\s+(?:with|that|which|where|including)\b|[:,]/)[0] ?? '';
  // "book catalog" and "job application tracker" hold container words inside the noun: the last strong
  // container with a noun before it wins; "app" and the like only when there is nothing better.
  const containers = [...head.matchAll(new RegExp(`\\b(${CONTAINER_WORDS})\\b`, 'g'))];
  const candidates = containers
    .map((c) => ({
      noun: cleanNoun(head.slice(0, c.index).trim().split(/\s+/).filter(Boolean)),
      container: c[1] ?? '',
    }))
    .filter((c) => c.noun !== '');
  const strong = candidates.filter((c) => !WEAK_CONTAINERS.test(c.container));
  const chosen = strong[strong.length - 1] ?? candidates[0];
  if (chosen) return chosen;
  if (containers[0]) {
    const after = /\bfor (?:my |our |the |all )?([a-z]+(?: [a-z]+)?)/.exec(text);
    if (after?.[1]) return { noun: cleanNoun(after[1].split(' ')), container: containers[0][1] ?? null };
  }
  if (tracking?.[1]) {
    const noun = cleanNoun(tracking[1].trim().split(/\s+/));
    if (noun) return { noun, container: null };
  }
  const start = head.split(/\s+(?:for|to)\b/)[0] ?? '';
  const noun = cleanNoun(start.trim().split(/\s+/).filter(Boolean));
  return noun && noun.length > 1 ? { noun, container: null } : null;
}

export function entityFromNoun(noun: string): EntitySpec {
  const singular = noun.trim();
  const words = singular.split(' ');
  const last = words.pop() ?? singular;
  const plural = [...words, isPlural(last) ? last : pluralize(last)].join(' ');
  return { name: camelCase(singular), label: capitalize(singular), plural: capitalize(plural), fields: [] };
}
