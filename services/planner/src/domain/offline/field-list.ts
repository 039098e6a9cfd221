import type { AppFeature, FieldSpec } from '@isekai/contracts';
import { featuresIn } from './features.js';
import { inferField } from './field-typing.js';

export interface FieldList {
  fields: FieldSpec[];
  features: AppFeature[];
}

/** Where a list of fields starts: "with A, B", "X: A, B", "to track A and B". */
const LIST_START =
  /(?::|\s[-–—]\s|\bwith\b|\bincluding\b|\bcontaining\b|\bthat (?:has|have|stores?|records?|tracks?)\b|\b(?:to|for|and) (?:track|record|store|log|keep track of|note|save)(?:ing)?\b|\btracking\b|\brecording\b|\bfields?\b|\bcolumns?\b)\s*/i;

/**
 * Where a list ends: a new clause about behaviour rather than data. A "where" or "which" clause that
 * stands as an item of its own ("date found, where it was found") is a field; one that says what
 * someone can do ("where I can sort them") ends the list wherever it stands.
 */
const LIST_END =
  /(?:;|\.\s|\bthat (?:i|we|you|people|users|visitors) can\b|\bso (?:that )?(?:i|we|you)\b|\b(?:where|which) (?:i|we|you|people|users|visitors) (?:can|could|will|would|may|might)\b|(?<![,(:]\s*|\band\s+)(?:\bwhere (?:i|we|you|people|users|visitors|it|they|each|every)\b|\bwhich\b)|\bshowing\b|\band (?:show|see|let|lets|warn|display|highlight|remind|tell|sort|search|filter|export)\b|\bwarn\b|\bremind\b|\bsorted\b|\bshow(?:s|ing)? (?:me|the|a|my|each)\b|\bgrouped\b)/i;

/** Between items: a comma, "and", "plus", or a line break (with its bullet, when the items are bulleted). */
const SEPARATOR = String.raw`,|\s+and\s+|\s*&\s*|\s+plus\s+|\s+as well as\s+|\s*\n\s*(?:[-*•·]\s*)?`;
const TOKENS = new RegExp(String.raw`(\(|\)|${SEPARATOR})`, 'i');
const IS_SEPARATOR = new RegExp(`^(?:${SEPARATOR})$`, 'i');

/** Splits on commas, "and" and line breaks, but not inside "(mint, good or poor)". */
export function splitList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const token of text.split(TOKENS)) {
    if (token === '(') depth += 1;
    if (token === ')') depth = Math.max(0, depth - 1);
    const separator = IS_SEPARATOR.test(token);
    if (separator && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += token;
    }
  }
  parts.push(current);
  return parts.map((p) => p.trim().replace(/^[-*•·]\s+/, '')).filter(Boolean);
}

/**
 * "dashboard: reservations with date, party size", "invoices: each invoice has invoice lines with a
 * description, quantity…": the list opens with the records it describes.
 */
const NESTED_START = /^\s*((?:[\w'-]+\s+){0,7}[\w'-]+)\s+with\s+/i;

export function listSegment(prompt: string): string | null {
  const start = LIST_START.exec(prompt);
  if (!start) return null;
  let rest = prompt.slice(start.index + start[0].length);
  const nested = NESTED_START.exec(rest);
  if (nested && !/[,;]/.test(nested[1]!)) rest = rest.slice(nested[0].length);
  const end = LIST_END.exec(rest);
  const segment = (end ? rest.slice(0, end.index) : rest).trim();
  return segment.length > 0 ? segment : null;
}

/** The fields a person listed, and any features mentioned inside the list ("..., search and a chart"). */
export function extractFieldList(prompt: string): FieldList {
  const segment = listSegment(prompt);
  if (!segment) return { fields: [], features: [] };
  const fields: FieldSpec[] = [];
  const features: AppFeature[] = [];
  for (const part of splitList(segment)) {
    const found = featuresIn(part);
    if (found.length > 0 && isFeaturePhrase(part)) {
      features.push(...found);
      continue;
    }
    // "an attendee list" or "a summary page" names a part of the app, not a field.
    if (/\b(list|table|page|form|section|view|screen|dashboard|overview)$/i.test(part.trim())) continue;
    const field = inferField(part);
    if (field && !fields.some((f) => f.name === field.name)) fields.push(field);
  }
  return { fields, features };
}

/** "a monthly chart" or "dark mode" name a feature; "sort order" or "search term" would be data. */
function isFeaturePhrase(part: string): boolean {
  return (
    /\b(chart|graph|search|sort(ing)?|filters?|export|import|csv|dark|light|mode|theme|stats|statistics|averages?|totals?|reminders?|live|real[- ]time)\b/i.test(
      part,
    ) && !/\b(date|name|price|amount)\b/i.test(part)
  );
}
