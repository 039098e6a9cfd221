import {
  APP_FEATURES,
  FIELD_TYPES,
  type AppFeature,
  type AppSpecV1,
  type EntitySpec,
  type FieldSpec,
} from '@isekai/contracts';

/** current.plan comes back from the backend as JSON: trust nothing about its shape. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readField(value: unknown): FieldSpec | null {
  if (!isRecord(value) || typeof value.name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(value.name))
    return null;
  if (typeof value.label !== 'string' || !FIELD_TYPES.includes(value.type as FieldSpec['type'])) return null;
  const field: FieldSpec = { name: value.name, label: value.label, type: value.type as FieldSpec['type'] };
  if (value.required === true) field.required = true;
  if (Array.isArray(value.options))
    field.options = value.options.filter((o): o is string => typeof o === 'string');
  if (typeof value.min === 'number') field.min = value.min;
  if (typeof value.max === 'number') field.max = value.max;
  if (typeof value.unit === 'string') field.unit = value.unit;
  return field;
}

function readEntity(value: unknown): EntitySpec | null {
  if (
    !isRecord(value) ||
    typeof value.name !== 'string' ||
    typeof value.label !== 'string' ||
    typeof value.plural !== 'string'
  )
    return null;
  if (!Array.isArray(value.fields)) return null;
  const fields = value.fields.map(readField);
  if (fields.some((f) => f === null)) return null;
  return { name: value.name, label: value.label, plural: value.plural, fields: fields as FieldSpec[] };
}

export function readSpec(value: unknown): AppSpecV1 | null {
  if (!isRecord(value)) return null;
  const { kind, blueprint, title, description, entities, features, theme, options } = value;
  if (typeof kind !== 'string' || typeof blueprint !== 'string' || typeof title !== 'string') return null;
  if (!Array.isArray(entities) || !Array.isArray(features)) return null;
  const readEntities = entities.map(readEntity);
  if (readEntities.some((e) => e === null)) return null;
  return {
    kind,
    blueprint,
    title,
    description: typeof description === 'string' ? description : '',
    entities: readEntities as EntitySpec[],
    features: features.filter((f): f is AppFeature => APP_FEATURES.includes(f as AppFeature)),
    theme: theme === 'dark' ? 'dark' : 'light',
    options: isRecord(options) ? structuredClone(options) : {},
  };
}
