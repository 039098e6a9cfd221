import type { EntitySpec, FieldSpec } from '@isekai/contracts';
import { inferField } from '../field-typing.js';
import { camelCase } from '../words.js';

/** A field typed by the same rules the prompt parser uses, so presets and prompts agree. */
export function f(phrase: string, overrides: Partial<FieldSpec> = {}): FieldSpec {
  const inferred = inferField(phrase) ?? { name: camelCase(phrase), label: phrase, type: 'text' as const };
  return { ...inferred, ...overrides };
}

export function entity(name: string, label: string, plural: string): EntitySpec {
  return { name, label, plural, fields: [] };
}

/** The first number in a phrase such as "25 minute work", or the fallback. */
export function numberBefore(lower: string, word: RegExp, fallback: number): number {
  const match = new RegExp(`(\\d+)\\s*-?\\s*(?:min(?:ute)?s?)?\\s*(?:of\\s+)?${word.source}`).exec(lower);
  return match?.[1] ? Number(match[1]) : fallback;
}

/** "for my bakery, Crumb": a capitalised name set off by a comma after the thing it names. */
const APPOSITIVE =
  /\bfor (?:my|our|a|an|the) [a-z][a-z' -]{1,30}?, ([A-Z][\w'&-]*(?: (?:[A-Z][\w'&-]*|&|and|of|the))*)(?=\s*(?:[,.;:!?]|$)|\s+(?:with|that|which|where|who)\b)/;

/** "called Bean There" / "named X" / "for my bakery, Crumb" in a prompt: the person chose the title. */
/** "called Sprout in Brighton": an unquoted name is its capitalised words (and the small words between them). */
const CAPITALISED_NAME = /^[A-Z0-9][\w'&-]*(?:\s+(?:(?:of|the|and|&|de|la|le|on)\s+)*[A-Z0-9][\w'&-]*)*/;

export function chosenTitle(prompt: string): string | null {
  const match =
    /\b(?:called|named|titled)\s+["“']?([^"”',.;]+)["”']?/i.exec(prompt) ?? APPOSITIVE.exec(prompt);
  const name = match?.[1]?.trim();
  if (!name) return null;
  const quoted = /["“']/.test(match![0].slice(0, match![0].indexOf(match![1]!)));
  return (quoted ? null : CAPITALISED_NAME.exec(name)?.[0]) ?? name;
}
