// A tool's main button in the person's verb: "spin the wheel" spins, "draw a winner" draws, "it picks the
// next host" picks, "shuffle them into tables" shuffles. An entry lists the labels its button may take,
// its default first; the label whose verb the prompt says first, in any form ("spins", "picked"), is the
// page's, so the button a person looks for is there by the word they used.
import type { ToolEntry } from '../knowledge/tool.types.js';
import { rootWords } from './root-words.js';

/** "how many to throw", "how much to give": a verb that says what is counted, not what is pressed. */
const COUNTED = / (?:many|much)(?: \S+)? to $/;

/** Where the verb is first said as the thing done, or -1. */
function pressedAt(roots: string, verb: string): number {
  const word = ` ${verb} `;
  for (let at = roots.indexOf(word); at >= 0; at = roots.indexOf(word, at + 1))
    if (!COUNTED.test(roots.slice(Math.max(0, at - 24), at + 1))) return at;
  return -1;
}

/** The `action` option of the entry's section: the label to show on its main button. */
export function actionInPersonsWords(entry: ToolEntry, prompt: string): { action?: string } {
  const labels = entry.actions;
  if (!labels?.length) return {};
  const roots = rootWords(prompt);
  let chosen = labels[0]!;
  let first = Infinity;
  for (const label of labels) {
    const at = pressedAt(roots, label.split(' ')[0]!.toLowerCase());
    if (at >= 0 && at < first) [chosen, first] = [label, at];
  }
  return { action: chosen };
}
