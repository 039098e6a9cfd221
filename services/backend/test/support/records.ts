import type { CollectionSpec, EntitySpec, FieldSpec } from '@isekai/contracts';

/** A plausible value for a field of the planner's spec, so a test can add a record to any data app. */
export function sampleValue(field: FieldSpec, seed: string): unknown {
  switch (field.type) {
    case 'number':
    case 'money':
      return Math.max(field.min ?? 1, 3);
    case 'rating':
      return Math.min(field.max ?? 5, 4);
    case 'boolean':
      return true;
    case 'date':
      return '2026-11-21';
    case 'datetime':
      return '2026-11-21T10:00';
    case 'time':
      return '10:00';
    case 'choice':
      return field.options?.[0] ?? seed;
    case 'url':
      return 'https://example.org/';
    case 'image':
      return 'https://example.org/photo.jpg';
    case 'email':
      return 'ada@example.org';
    case 'phone':
      return '+44 20 7946 0000';
    case 'tags':
      return ['one', 'two'];
    case 'color':
      return '#336699';
    default:
      return `${field.label} ${seed}`;
  }
}

/** Every field a person types in: computed fields are worked out by the app, references need another record. */
export function sampleRecord(entity: EntitySpec | CollectionSpec, seed: string): Record<string, unknown> {
  const typed = entity.fields.filter((field) => !field.formula && field.type !== 'reference');
  return Object.fromEntries(typed.map((field) => [field.name, sampleValue(field, seed)]));
}
