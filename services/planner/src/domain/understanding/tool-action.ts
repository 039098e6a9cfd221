// A tool's main button in the person's verb: "spin the wheel" spins, "draw a winner" draws, "it picks the
// next host" picks, "shuffle them into tables" shuffles. An entry lists the labels its button may take,
// its default first; the label whose verb the prompt says first, in any form ("spins", "picked"), is the
// page's, so the button a person looks for is there by the word they used.
import type { ToolEntry } from '../knowledge/tool.types.js';
import { rootWords } from './root-words.js';

/** The `action` option of the entry's section: the label to show on its main button. */
export function actionInPersonsWords(entry: ToolEntry, prompt: string): { action?: string } {
  const labels = entry.actions;
  if (!labels?.length) return {};
  const roots = rootWords(prompt);
  let chosen = labels[0]!;
  let first = Infinity;
  for (const label of labels) {
    const at = roots.indexOf(` ${label.split(' ')[0]!.toLowerCase()} `);
    if (at >= 0 && at < first) [chosen, first] = [label, at];
  }
  return { action: chosen };
}
