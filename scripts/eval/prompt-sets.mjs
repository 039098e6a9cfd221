// The prompt sets live in the repository (prompts/*.jsonl), so a fresh clone can test and evaluate
// with nothing beside it. One reader for the tests and the evaluation alike.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PROMPTS_DIR = fileURLToPath(new URL('../../prompts/', import.meta.url));

/** The path of a named set ("public", "dev", "test"). */
export function promptSetPath(name) {
  return `${PROMPTS_DIR}${name}.jsonl`;
}

/** Lines of a JSONL prompt file, parsed; blank lines are skipped. */
export function readPromptFile(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
}

/** A named set, parsed. */
export function readPromptSet(name) {
  return readPromptFile(promptSetPath(name));
}
