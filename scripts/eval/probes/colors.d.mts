// Types for colors.mjs (the pure parts).
export const CHANNEL_TOLERANCE: number;
export function parseColour(text: string): { mode: string; r?: number; g?: number; b?: number } | null;
export function sameColour(a: string, b: string): boolean;
export const ALPHA_COMPONENT: RegExp;
export function isOpaque(css: string, alphaComponent?: RegExp): boolean;
