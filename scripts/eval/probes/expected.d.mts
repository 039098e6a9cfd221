// Types for expected.mjs.
export function isNumeric(expected: string): boolean;
export function numbersIn(text: string): number[];
export function toleranceFor(expected: string): number;
export function showsExpected(
  text: string,
  expected: string,
  options?: { exactCase?: boolean; tolerance?: number },
): boolean;
export function countExpected(text: string, expected: string): number;
