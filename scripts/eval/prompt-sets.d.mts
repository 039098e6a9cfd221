// Types for prompt-sets.mjs, so the TypeScript tests read the prompt sets the way the evaluation does.
/** One of scripts/eval/declared-probes.mjs's kinds, with its own fields (see prompts/README.md). */
export interface ProbeDeclaration {
  type: string;
  [field: string]: unknown;
}
export interface PromptStep {
  prompt: string;
  expect: string[];
  absent?: string[];
  probes?: ProbeDeclaration[];
}
export interface PromptCase extends PromptStep {
  id?: string;
  category?: string;
  then?: PromptStep[];
  reject?: boolean;
  noteWords?: string[];
}
export const PROMPTS_DIR: string;
export function promptSetPath(name: string): string;
export function readPromptFile(path: string): PromptCase[];
export function readPromptSet(name: string): PromptCase[];
