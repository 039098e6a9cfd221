// "care events like watering, repotting and feeding", "categories such as food, rent and travel": the
// words after "like" or "such as" are examples of the thing named before them — the options of its
// kind — never fields or kinds of record of their own. They are read, and blanked, before the nouns.
import type { CollectionSpec, FieldSpec } from '@isekai/contracts';
import { resolver } from './apply-descriptions.js';
import { singular } from './lexicon.js';
import { capitalize, namesOf } from './naming.js';

export interface Examples {
  /** The thing they are examples of ("care event", "category"), singular. */
  of: string;
  options: string[];
}

export interface ExamplesReading {
  examples: Examples[];
  /** The text without the examples and the word that leads them in. */
  rest: string;
}

/** The thing, the word that leads examples in, then the examples up to where the clause moves on. */
const EXAMPLES =
  /\b([a-z]+(?:\s+[a-z]+)?)\s+(?:like|such as|e\.g\.|for example|for instance)\s+([a-z][a-z' -]*(?:(?:\s*,\s*|\s+(?:and|or)\s+)[a-z][a-z' -]*)+)/gi;
/** Where the examples end: "for each plant", ", with the date", "per month". */
const TAIL = /(?:\s*,\s*|\s+)(?:each|every|for|per|with|at|in|on|to|from|that|which|who|so|where|when)\s.*$/i;
const LEADING = /^(?:(?:a|an|the|my|our|and|or|with|to|log|record|track|keep|of|for|in)\s+)+/i;

export function readExamples(text: string): ExamplesReading {
  const examples: Examples[] = [];
  let rest = text;
  for (const m of text.matchAll(EXAMPLES)) {
    const listed = m[2]!.replace(TAIL, '');
    const options = listed
      .split(/\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/i)
      .map((o) => o.trim())
      .filter((o) => o && o.split(/\s+/).length <= 3);
    if (options.length < 2) continue;
    const of = singular(m[1]!.toLowerCase().replace(LEADING, '').trim());
    examples.push({ of, options: options.map(capitalize) });
    // From the lead-in word to the last example: the thing itself stays, to be read as a noun.
    const start = m.index + m[1]!.length;
    const end = m.index + m[0].lastIndexOf(m[2]!) + listed.length;
    rest = rest.slice(0, start) + ' '.repeat(end - start) + rest.slice(end);
  }
  return { examples, rest };
}

const TYPE_WORDS = /^(?:type|kind|category|categories|sort|status|stage|level|class)$/;

function withOptions(c: CollectionSpec, field: FieldSpec, options: string[]): CollectionSpec {
  const choice: FieldSpec = { ...field, type: 'choice', options };
  const fields = c.fields.some((f) => f.name === field.name)
    ? c.fields.map((f) => (f.name === field.name ? choice : f))
    : [c.fields[0]!, choice, ...c.fields.slice(1)];
  return { ...c, fields };
}

/**
 * Examples of a kind of record ("care events like watering…") are its types; examples of a field
 * ("categories like food…") are that field's options, on the collection that has it or the first one.
 */
export function withExamples(
  collections: CollectionSpec[],
  examples: Examples[],
  aliases: Record<string, string[]>,
): CollectionSpec[] {
  let current = collections;
  for (const { of, options } of examples) {
    const head = of.split(' ').at(-1)!;
    const holder = TYPE_WORDS.test(head) ? undefined : resolver(current, aliases)(of);
    const fieldOf = (c: CollectionSpec) =>
      c.fields.find((f) => !f.formula && f.type !== 'reference' && singular(f.label.toLowerCase()) === of);
    const owner = holder ?? current.find((c) => fieldOf(c)) ?? current[0];
    if (!owner) continue;
    const named = namesOf(holder ? 'type' : of);
    const typeField = (holder
      ? owner.fields.find((f) => f.type === 'choice' && TYPE_WORDS.test(f.name.toLowerCase()))
      : fieldOf(owner)) ?? { name: named.name, label: named.label, type: 'choice' as const };
    const updated = withOptions(owner, typeField, options);
    current = current.map((c) => (c.name === owner.name ? updated : c));
  }
  return current;
}
