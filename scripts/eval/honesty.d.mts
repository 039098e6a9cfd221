// Types for honesty.mjs.
export function rejectionProblem(status: number, body: unknown): string | null;
export function planText(plan: unknown): string;
export function missingNoteWords(plan: unknown, words?: string[]): string[];
