// Types for report.mjs (the parts the tests read).
export interface CategoryRate {
  total: number;
  passed: number;
  passRate: number;
}
export function byCategory(results: { pass: boolean; category?: string }[]): Record<string, CategoryRate>;
export function failureReasons(
  results: unknown[],
): { id: string | number; category: string; reason: string }[];
export function formatTable(results: unknown[]): string;
