// Types for prompt-sets.mjs, so the TypeScript tests read the prompt sets the way the evaluation does.
export interface PromptStep {
  prompt: string;
  expect: string[];
  absent?: string[];
}
export interface PromptCase extends PromptStep {
  category?: string;
  then?: PromptStep[];
}
export const PROMPTS_DIR: string;
export function promptSetPath(name: string): string;
export function readPromptFile(path: string): PromptCase[];
export function readPromptSet(name: string): PromptCase[];
