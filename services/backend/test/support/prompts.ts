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
