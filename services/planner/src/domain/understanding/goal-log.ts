// A prompt whose only thing is a goal ("my daily water goal is 2 litres and I want to see today's total
// against it", "how many cups of coffee I have each day against my limit of 3"): the goal's sentence
// names what is logged, so the records are dated entries of it, with the number the goal counts.
import type { CollectionSpec, FieldSpec } from '@isekai/contracts';
import { CONTAINERS } from './kind-words.js';
import type { ReadMeasure } from './measures.js';
import { camelCase, capitalize, namesOf } from './naming.js';
import { singular } from './lexicon.js';
import { nounPhrases } from './phrases.js';

type Goal = Extract<ReadMeasure, { kind: 'goal' }>;

/** Words of a goal's sentence that are the goal, its period or how much, never the thing logged. */
const NOT_LOGGED =
  /^(?:goal|target|limit|aim|cap|allowance|day|night|week|month|year|today|total|daily|weekly|monthly|yearly|many|much|more|few|how|a|an|the|of|my|our|per|each|every)$/;

/** The goal read from the prompt, if there is one. */
export function goalOf(measures: ReadMeasure[]): Goal | undefined {
  return measures.find((m): m is Goal => m.kind === 'goal');
}

/**
 * What the goal's sentence logs: "water" in "my daily water goal", "cup" in "cups of coffee", else what
 * its number counts ("10,000 steps": steps).
 */
function loggedThing(goal: Goal): string | null {
  const unit = goal.of ? singular(goal.of.toLowerCase()) : undefined;
  for (const phrase of nounPhrases(goal.label)) {
    if (CONTAINERS.test(phrase.head)) continue;
    const words = phrase.words.filter((w) => !NOT_LOGGED.test(w) && singular(w) !== unit && !/\d/.test(w));
    if (words.length > 0) return words.join(' ');
  }
  return unit ?? null;
}

/**
 * The dated entries a goal counts, titled after their thing, or null when its sentence names none. A
 * goal in a unit ("2 litres") gets a number of that name; one without ("a limit of 3") counts entries.
 */
export function goalLog(goal: Goal): { collection: CollectionSpec; title: string } | null {
  const thing = loggedThing(goal);
  if (!thing) return null;
  const date: FieldSpec = { name: 'date', label: 'Date', type: 'date', default: 'today', required: true };
  const amount: FieldSpec[] = goal.of
    ? [{ name: camelCase(goal.of), label: capitalize(goal.of), type: 'number', min: 0, required: true }]
    : [];
  const notes: FieldSpec = { name: 'notes', label: 'Notes', type: 'longtext' };
  return {
    collection: { ...namesOf(`${thing} entry`), fields: [date, ...amount, notes], titleField: 'date' },
    title: capitalize(`${thing} ${goal.word}`),
  };
}
