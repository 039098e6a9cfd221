import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface PromptCase {
  prompt: string;
  expect: string[];
  absent?: string[];
  then?: { prompt: string; expect: string[]; absent?: string[] }[];
}

/** The public prompts real users type, from the shared folder beside the checkout. */
export function publicPrompts(): PromptCase[] {
  const path = fileURLToPath(new URL('../../../../../shared/prompts/public.jsonl', import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as PromptCase);
}

/** True when the word, or its plural, appears in the text (case-insensitive). */
export function mentions(text: string, word: string): boolean {
  const lower = text.toLowerCase();
  const w = word.toLowerCase();
  return lower.includes(w) || lower.includes(w.replace(/y$/, 'ies')) || lower.includes(`${w}s`) || (w.endsWith('s') && lower.includes(w.slice(0, -1)));
}
