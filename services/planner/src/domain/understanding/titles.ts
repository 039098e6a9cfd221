import type { Noun } from './compose-data.js';
import { CONTAINERS } from './kind-words.js';
import { namesOf, titleCase } from './naming.js';
import type { Phrase } from './phrases.js';

/** A title for records of the prompt's own nouns: "Beekeeper's Log", "Bikes, Rides & Repairs". */
export function genericTitle(phrases: Phrase[], entities: Noun[]): string {
  const named = phrases[0];
  if (named && named.words.some((w) => CONTAINERS.test(w)) && named.words.length > 1)
    return titleCase(named.text.replace(/^(?:a|an|the|my|our)\s+/i, ''));
  const owner = phrases.find((p) => p.possessive);
  const container = owner ? phrases[phrases.indexOf(owner) + 1] : undefined;
  if (owner && container && CONTAINERS.test(container.head))
    return titleCase(`${owner.text} ${container.text}`);
  // "members, the events they attend … each member": a thing named twice is one word of the title.
  const plurals = [...new Set(entities.map((e) => namesOf(e.noun).plural))].slice(0, 3);
  return plurals.length <= 2 ? plurals.join(' & ') : `${plurals.slice(0, -1).join(', ')} & ${plurals.at(-1)}`;
}
