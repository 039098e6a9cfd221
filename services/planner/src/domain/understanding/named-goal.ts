// A goal the person names in their own word ("a target", "my quota", "the limit") is shown under that
// word, wherever it stands and with or without a number: a domain's field or figure for the same thing
// ("Goal" of a campaign) takes the person's word, and an app with none gets a number to fill in. A word
// the person reads can then be renamed ("rename target to goal"), as every word they named should be.
import type { AppSpec } from '@isekai/contracts';
import { renameShown, replaceWord } from './change/shown-words.js';
import { mainCollection } from './measure-pages.js';
import { camelCase, capitalize } from './naming.js';

/** The nouns of a figure to reach or stay under: a short list of one kind, as measures.ts reads them. */
const GOAL_WORDS = ['goal', 'target', 'limit', 'quota', 'allowance'];
const SAID = new RegExp(`\\b(${GOAL_WORDS.join('|')})s?\\b`, 'gi');

function shownText(spec: AppSpec): string {
  const seen: string[] = [];
  renameShown(structuredClone(spec), (text) => (seen.push(text), text));
  return seen.join('\n').toLowerCase();
}

const shows = (text: string, word: string) => new RegExp(`\\b${word}s?\\b`).test(text);

/** Shows each goal word the prompt names; says what was done, one line each, for the plan's steps. */
export function showNamedGoals(spec: AppSpec, prompt: string): string[] {
  const named = [...new Set([...prompt.matchAll(SAID)].map((m) => m[1]!.toLowerCase()))];
  const steps: string[] = [];
  for (const word of named) {
    const shown = shownText(spec);
    if (shows(shown, word)) continue;
    // "goal" in a shown string where the person said "target": the same thing in another word.
    const other = GOAL_WORDS.find((w) => w !== word && !named.includes(w) && shows(shown, w));
    if (other) {
      renameShown(spec, (text) => replaceWord(text, other, word));
      steps.push(`Showed the ${other} as “${word}”, the word the prompt uses.`);
      continue;
    }
    const main = mainCollection(spec);
    if (!main) continue;
    const money = main.fields.some((f) => f.type === 'money');
    const plain = main.fields.filter((f) => !f.formula);
    const field = {
      name: camelCase(word),
      label: capitalize(word),
      type: money ? 'money' : 'number',
      min: 0,
    } as const;
    if (main.fields.some((f) => f.name === field.name)) continue;
    main.fields = [...plain, field, ...main.fields.filter((f) => f.formula)];
    steps.push(`Gave the ${main.plural.toLowerCase()} a ${word} to fill in.`);
  }
  return steps;
}
