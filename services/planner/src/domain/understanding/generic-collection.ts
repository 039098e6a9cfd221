// A collection for a noun the knowledge base does not know, shaped by the kind of thing WordNet says it
// is: a person has a name, an email and a phone; an act or event has a date; an animal a species.
import type { CollectionSpec, FieldSpec } from '@isekai/contracts';
import type { NounKind } from './lexicon.js';
import { namesOf } from './naming.js';

const name: FieldSpec = { name: 'name', label: 'Name', type: 'text', required: true };
const title: FieldSpec = { name: 'title', label: 'Title', type: 'text', required: true };
const notes: FieldSpec = { name: 'notes', label: 'Notes', type: 'longtext' };
const date: FieldSpec = { name: 'date', label: 'Date', type: 'date', default: 'today' };

const FIELDS_BY_KIND: Partial<Record<NounKind, FieldSpec[]>> = {
  person: [
    name,
    { name: 'email', label: 'Email', type: 'email' },
    { name: 'phone', label: 'Phone', type: 'phone' },
    notes,
  ],
  animal: [
    name,
    { name: 'species', label: 'Species', type: 'text' },
    { name: 'birthDate', label: 'Birth date', type: 'date' },
    notes,
  ],
  plant: [name, { name: 'location', label: 'Location', type: 'text' }, notes],
  place: [name, { name: 'address', label: 'Address', type: 'text' }, notes],
  act: [title, date, notes],
  event: [title, date, notes],
  time: [title, date, notes],
  document: [title, date, notes],
  money: [
    { name: 'description', label: 'Description', type: 'text', required: true },
    { name: 'amount', label: 'Amount', type: 'money' },
    date,
  ],
  group: [name, { name: 'description', label: 'Description', type: 'longtext' }],
};

/** Kinds whose records happen to things: they refer to the things they are about. */
export const HAPPENING_KINDS = new Set<NounKind>(['act', 'event', 'time', 'money']);

export function defaultFields(kind: NounKind | null): FieldSpec[] {
  return structuredClone(FIELDS_BY_KIND[kind ?? 'other'] ?? [name, notes]);
}

/**
 * Listed fields ("with title, author and year") replace the defaults, but a record always keeps
 * something to be called by, and that field is required.
 */
export function withListedFields(defaults: FieldSpec[], listed: FieldSpec[]): FieldSpec[] {
  if (listed.length === 0) return defaults;
  let fields = [...listed];
  if (!fields.some((f) => f.type === 'text')) {
    const titleField = defaults.find((f) => f.type === 'text') ?? name;
    fields = [titleField, ...fields.filter((f) => f.name !== titleField.name)];
  }
  if (!fields.some((f) => f.required)) {
    const index = fields.findIndex((f) => f.type === 'text');
    fields = fields.map((f, i) => (i === index ? { ...f, required: true } : f));
  }
  return fields;
}

export function genericCollection(noun: string, kind: NounKind | null, listed: FieldSpec[]): CollectionSpec {
  const names = namesOf(noun);
  return { ...names, fields: withListedFields(defaultFields(kind), listed) };
}
