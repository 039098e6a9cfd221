// Listed fields typed again with what WordNet knows of their words, where the typing by patterns
// cannot tell: a "party size" counts the people of a group (a number, not small/medium/large).
import type { FieldSpec } from '@isekai/contracts';
import { nounKind, typedNounKind } from './lexicon.js';

async function refined(field: FieldSpec): Promise<FieldSpec> {
  const words = field.label.toLowerCase().split(/\s+/);
  const head = words.at(-1) ?? '';
  if (field.type === 'choice' && head === 'size' && words.length > 1) {
    if ((await nounKind(words[0]!)) === 'group') {
      const { options: _options, ...rest } = field;
      return { ...rest, type: 'number', min: 1 };
    }
  }
  return field;
}

/** A number a person counts each day: money when its word is ("takings"), else a count. */
export async function countedType(label: string): Promise<'money' | 'number'> {
  const head = label.toLowerCase().split(/\s+/).at(-1) ?? '';
  return (await typedNounKind(head)) === 'money' ? 'money' : 'number';
}

/**
 * "each quote is for a client", "has several lines": a listed phrase with a verb that relates records
 * says how they relate (descriptions.ts reads it), it is not a field.
 */
const RELATING_CLAUSE =
  /^(?:has|have|is|are|belongs?)\b|\b(?:is|are) (?:for|from|to|assigned|linked|part of)\b|\bbelongs? to\b|\b(?:has|have) (?:a|an|one|several|many|some|its|their)\b/i;

export async function refineFields(fields: FieldSpec[]): Promise<FieldSpec[]> {
  return Promise.all(fields.filter((f) => !RELATING_CLAUSE.test(f.label)).map(refined));
}
