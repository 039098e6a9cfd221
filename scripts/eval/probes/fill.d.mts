// Types for fill.mjs (the pure parts).
export function resolveDateToken(value: string, now?: Date): string;
