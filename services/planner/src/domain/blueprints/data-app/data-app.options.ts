import type { AppSpecV1, EntitySpec, FieldSpec } from '@isekai/contracts';

/** Blueprint options the data app understands, read defensively: a change prompt may have removed their field. */
export interface DataAppOptions {
  sort: { field: string; direction: 'asc' | 'desc' } | null;
  chartBy: string | null;
  formTitle: string | null;
  submitLabel: string | null;
  listTitle: string | null;
  countBy: FieldSpec | null;
  groupAverage: { by: FieldSpec; field: FieldSpec; title: string } | null;
  lowStock: { field: FieldSpec; threshold: number } | null;
  due: { last: FieldSpec; interval: FieldSpec; title: string; action: string } | null;
}

function fieldNamed(entity: EntitySpec, name: unknown): FieldSpec | null {
  return typeof name === 'string' ? (entity.fields.find((f) => f.name === name) ?? null) : null;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : null;
}

export function readDataOptions(spec: AppSpecV1, entity: EntitySpec): DataAppOptions {
  const o = spec.options;
  const sort = record(o.sort);
  const sortField = sort.field === 'createdAt' ? 'createdAt' : fieldNamed(entity, sort.field)?.name;
  const group = record(o.groupAverage);
  const groupBy = fieldNamed(entity, group.by);
  const groupField = fieldNamed(entity, group.field);
  const low = record(o.lowStock);
  const lowField = fieldNamed(entity, low.field);
  const due = record(o.due);
  const dueLast = fieldNamed(entity, due.lastField);
  const dueInterval = fieldNamed(entity, due.intervalField);
  return {
    sort: sortField ? { field: sortField, direction: sort.direction === 'desc' ? 'desc' : 'asc' } : null,
    chartBy: text(o.chartBy),
    formTitle: text(o.formTitle),
    submitLabel: text(o.submitLabel),
    listTitle: text(o.listTitle),
    countBy: fieldNamed(entity, o.countBy),
    groupAverage:
      groupBy && groupField
        ? {
            by: groupBy,
            field: groupField,
            title:
              text(group.title) ??
              `Average ${groupField.label.toLowerCase()} per ${groupBy.label.toLowerCase()}`,
          }
        : null,
    lowStock: lowField
      ? { field: lowField, threshold: typeof low.threshold === 'number' ? low.threshold : 5 }
      : null,
    due:
      dueLast && dueInterval
        ? {
            last: dueLast,
            interval: dueInterval,
            title: text(due.title) ?? 'Due today',
            action: text(due.action) ?? 'Done today',
          }
        : null,
  };
}
