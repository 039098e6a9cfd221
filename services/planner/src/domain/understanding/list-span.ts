import { listSegment } from '../offline/field-list.js';

export interface Span {
  start: number;
  end: number;
}

/** Where the list of fields starts and ends ("a log of every swim: pool, lengths, minutes"), if there is one. */
export function listSpan(text: string): Span | null {
  const segment = listSegment(text);
  if (!segment) return null;
  const start = text.indexOf(segment);
  return { start, end: start + segment.length };
}
