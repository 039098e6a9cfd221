// Stored plans of v1 become v2: one entity becomes one collection shown on one page, feature flags
// become the section's settings, and the data app's special options become computed fields,
// figures and charts. Also the one reader of a spec that comes back as JSON (current.plan.spec).
import {
  COMPOSED_BLUEPRINT,
  FIELD_TYPES,
  SPEC_VERSION,
  type AppSpec,
  type ChartSection,
  type CollectionSection,
  type CollectionSpec,
  type FieldSpec,
  type SectionSpec,
  type StatsSection,
} from './spec.js';
import { APP_FEATURES, type AppFeature, type AppSpecV1, type EntitySpecV1 } from './spec-v1.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function readField(value: unknown): FieldSpec | null {
  if (!isRecord(value) || typeof value.name !== 'string' || !NAME.test(value.name)) return null;
  if (typeof value.label !== 'string' || !FIELD_TYPES.includes(value.type as FieldSpec['type'])) return null;
  const field = structuredClone(value) as unknown as FieldSpec;
  if (field.options !== undefined && !Array.isArray(field.options)) delete field.options;
  if (Array.isArray(field.options)) field.options = field.options.filter((o) => typeof o === 'string');
  return field;
}

function readFields(value: unknown): FieldSpec[] | null {
  if (!Array.isArray(value)) return null;
  const fields = value.map(readField);
  return fields.every((f): f is FieldSpec => f !== null) ? fields : null;
}

function readCollection(value: unknown): CollectionSpec | null {
  if (!isRecord(value) || typeof value.name !== 'string' || !NAME.test(value.name)) return null;
  if (typeof value.label !== 'string' || typeof value.plural !== 'string') return null;
  const fields = readFields(value.fields);
  if (!fields) return null;
  return { ...(structuredClone(value) as unknown as CollectionSpec), fields };
}

function fieldNamed(entity: EntitySpecV1, name: unknown): FieldSpec | undefined {
  return typeof name === 'string' ? entity.fields.find((f) => f.name === name) : undefined;
}

/** The v1 data app's options and feature flags as computed fields, a section, figures and charts. */
function migrateDataApp(
  v1: AppSpecV1,
  entity: EntitySpecV1,
): { collection: CollectionSpec; sections: SectionSpec[] } {
  const o = v1.options;
  const has = (feature: AppFeature) => v1.features.includes(feature);
  const fields = [...entity.fields];
  const figures: StatsSection['figures'] = [];
  const charts: ChartSection[] = [];
  const actions: CollectionSection['actions'] = [];

  const low = isRecord(o.lowStock) ? o.lowStock : null;
  const lowField = low ? fieldNamed(entity, low.field) : undefined;
  if (low && lowField) {
    const threshold = typeof low.threshold === 'number' ? low.threshold : 5;
    fields.push({
      name: 'lowStock',
      label: 'Low stock',
      type: 'boolean',
      formula: { op: 'lte', args: [{ field: lowField.name }, { value: threshold }] },
    });
    figures.push({ label: 'Low stock', collection: entity.name, fn: 'count', where: { field: 'lowStock' } });
  }
  const due = isRecord(o.due) ? o.due : null;
  const last = due ? fieldNamed(entity, due.lastField) : undefined;
  const interval = due ? fieldNamed(entity, due.intervalField) : undefined;
  if (due && last && interval) {
    const title = text(due.title) ?? 'Due today';
    fields.push({
      name: 'isDue',
      label: title,
      type: 'boolean',
      formula: {
        op: 'gte',
        args: [
          { op: 'daysBetween', args: [{ field: last.name }, { today: true }] },
          { field: interval.name },
        ],
      },
    });
    figures.push({ label: title, collection: entity.name, fn: 'count', where: { field: 'isDue' } });
    actions.push({ label: text(due.action) ?? 'Done today', set: { [last.name]: 'today' } });
  }
  const countBy = fieldNamed(entity, o.countBy);
  if (countBy) {
    charts.push({
      type: 'chart',
      title: `${entity.plural} by ${countBy.label.toLowerCase()}`,
      collection: entity.name,
      chart: 'bar',
      fn: 'count',
      by: countBy.name,
    });
  }
  const group = isRecord(o.groupAverage) ? o.groupAverage : null;
  const groupBy = group ? fieldNamed(entity, group.by) : undefined;
  const groupField = group ? fieldNamed(entity, group.field) : undefined;
  if (group && groupBy && groupField) {
    charts.push({
      type: 'chart',
      title:
        text(group.title) ?? `Average ${groupField.label.toLowerCase()} per ${groupBy.label.toLowerCase()}`,
      collection: entity.name,
      chart: 'bar',
      fn: 'average',
      field: groupField.name,
      by: groupBy.name,
    });
  }
  const measure =
    entity.fields.find((f) => f.type === 'money') ?? entity.fields.find((f) => f.type === 'number');
  if (has('chart')) {
    const by =
      fieldNamed(entity, o.chartBy) ??
      entity.fields.find((f) => f.type === 'choice') ??
      entity.fields.find((f) => f.type === 'date');
    if (by) {
      charts.push({
        type: 'chart',
        title: `${measure ? measure.label : 'Count'} by ${by.type === 'date' ? 'month' : by.label.toLowerCase()}`,
        collection: entity.name,
        chart: 'bar',
        fn: measure ? 'sum' : 'count',
        ...(measure ? { field: measure.name } : {}),
        by: by.name,
      });
    }
  }
  if (has('stats')) {
    figures.unshift({ label: entity.plural, collection: entity.name, fn: 'count' });
    if (measure)
      figures.push({
        label: `Total ${measure.label.toLowerCase()}`,
        collection: entity.name,
        fn: 'sum',
        field: measure.name,
      });
  }

  const sort = isRecord(o.sort) ? o.sort : null;
  const sortField =
    sort && (sort.field === 'createdAt' || fieldNamed(entity, sort.field)) ? String(sort.field) : null;
  const section: CollectionSection = {
    type: 'collection',
    collection: entity.name,
    view: o.layout === 'cards' ? 'cards' : 'table',
    ...(has('search') ? { search: true } : {}),
    ...(has('filter')
      ? {
          filters: entity.fields
            .filter((f) => ['choice', 'boolean', 'tags'].includes(f.type))
            .map((f) => f.name),
        }
      : {}),
    ...(sort && sortField
      ? { sort: { field: sortField, direction: sort.direction === 'desc' ? 'desc' : 'asc' } }
      : {}),
    ...(has('totals')
      ? { totals: entity.fields.filter((f) => f.type === 'money' || f.type === 'number').map((f) => f.name) }
      : {}),
    ...(has('csv-export') ? { exportCsv: true } : {}),
    ...(has('csv-import') ? { importCsv: true } : {}),
    ...(has('live') ? { live: true } : {}),
    ...(text(o.listTitle) ? { title: text(o.listTitle) } : {}),
    ...(text(o.formTitle) ? { formTitle: text(o.formTitle) } : {}),
    ...(text(o.submitLabel) ? { submitLabel: text(o.submitLabel) } : {}),
    ...(actions.length > 0 ? { actions } : {}),
  };
  const sections: SectionSpec[] = [];
  if (figures.length > 0) sections.push({ type: 'stats', figures });
  sections.push(section, ...charts);
  return { collection: { name: entity.name, label: entity.label, plural: entity.plural, fields }, sections };
}

/** A v1 spec as v2; the app it renders shows the same things under the composed renderer. */
export function migrateSpecV1(v1: AppSpecV1): AppSpec {
  const theme: AppSpec['theme'] = { mode: v1.theme === 'dark' ? 'dark' : 'light', colors: {} };
  const base = { version: SPEC_VERSION, kind: v1.kind, title: v1.title, description: v1.description, theme };
  const entity = v1.entities[0];
  if (v1.blueprint === 'data-app' && entity) {
    const { collection, sections } = migrateDataApp(v1, entity);
    return {
      ...base,
      blueprint: COMPOSED_BLUEPRINT,
      collections: [collection],
      pages: [{ id: 'home', title: v1.title, sections }],
      options: {},
    };
  }
  return {
    ...base,
    blueprint: v1.blueprint,
    collections: v1.entities.map((e) => ({
      name: e.name,
      label: e.label,
      plural: e.plural,
      fields: e.fields,
    })),
    pages: [],
    options: structuredClone(v1.options),
  };
}

function readV1(value: Record<string, unknown>): AppSpecV1 | null {
  const { kind, blueprint, title, description, entities, features, theme, options } = value;
  if (typeof kind !== 'string' || typeof blueprint !== 'string' || typeof title !== 'string') return null;
  if (!Array.isArray(entities) || !Array.isArray(features)) return null;
  const read = entities.map((e) => {
    if (
      !isRecord(e) ||
      typeof e.name !== 'string' ||
      typeof e.label !== 'string' ||
      typeof e.plural !== 'string'
    )
      return null;
    const fields = readFields(e.fields);
    return fields ? { name: e.name, label: e.label, plural: e.plural, fields } : null;
  });
  if (read.some((e) => e === null)) return null;
  return {
    kind,
    blueprint,
    title,
    description: typeof description === 'string' ? description : '',
    entities: read as EntitySpecV1[],
    features: features.filter((f): f is AppFeature => APP_FEATURES.includes(f as AppFeature)),
    theme: theme === 'dark' ? 'dark' : 'light',
    options: isRecord(options) ? options : {},
  };
}

function readV2(value: Record<string, unknown>): AppSpec | null {
  const { kind, blueprint, title, collections, pages, theme } = value;
  if (typeof kind !== 'string' || typeof blueprint !== 'string' || typeof title !== 'string') return null;
  if (!Array.isArray(collections) || !Array.isArray(pages)) return null;
  const read = collections.map(readCollection);
  if (read.some((c) => c === null)) return null;
  const pagesOk = pages.every(
    (p) =>
      isRecord(p) && typeof p.id === 'string' && typeof p.title === 'string' && Array.isArray(p.sections),
  );
  if (!pagesOk) return null;
  const colors = isRecord(theme) && isRecord(theme.colors) ? theme.colors : {};
  const copy = structuredClone(value) as unknown as AppSpec;
  return {
    ...copy,
    version: SPEC_VERSION,
    description: typeof value.description === 'string' ? value.description : '',
    collections: read as CollectionSpec[],
    theme: {
      ...(isRecord(theme) ? (structuredClone(theme) as unknown as AppSpec['theme']) : {}),
      mode: isRecord(theme) && theme.mode === 'dark' ? 'dark' : 'light',
      colors: Object.fromEntries(Object.entries(colors).filter(([, c]) => typeof c === 'string')),
    },
    options: isRecord(value.options) ? structuredClone<Record<string, unknown>>(value.options) : {},
  };
}

/**
 * A spec that came back as JSON (a stored plan, `current.plan.spec`): v2 as it is, v1 migrated,
 * anything else null. Trusts nothing about its shape.
 */
export function readSpec(value: unknown): AppSpec | null {
  if (!isRecord(value)) return null;
  if (value.version === SPEC_VERSION) return readV2(value);
  const v1 = readV1(value);
  return v1 ? migrateSpecV1(v1) : null;
}
