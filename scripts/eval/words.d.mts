// Types for words.mjs, so the TypeScript tests share the scorer's word rule instead of copying it.
export function wordForms(word: string): string[];
export function hasWord(text: string, word: string): boolean;
export function checkWords(
  text: string,
  expect?: string[],
  absent?: string[],
): { missing: string[]; present: string[] };
