/**
 * A true/false query parameter such as `?wait=true` or `?follow=1`, read after the request's schema has
 * let through only `true`, `false`, `1` and `0`: on for `true` and `1`, off otherwise (absent included).
 */
export function queryFlag(value: unknown): boolean {
  return value === 'true' || value === '1';
}
