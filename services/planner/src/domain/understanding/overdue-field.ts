// A record with a due date is overdue once the date has passed and it is not paid, done or returned
// (when it has such a yes/no field): the one computed field both a new app ("show which invoices are
// overdue") and a change ("flag overdue loans") give it.
import type { CollectionSpec, Expr, FieldSpec } from '@isekai/contracts';

/** The date a record is due by: one labelled so ("Due date", "Deadline"), else its only date when `any`. */
export function dueDateOf(collection: CollectionSpec, any: boolean): FieldSpec | undefined {
  const dates = collection.fields.filter((f) => f.type === 'date' && !f.formula);
  return (
    dates.find((f) => /\b(?:due|deadline|return by|expires?|pay by)\b/i.test(f.label)) ??
    (any ? dates[0] : undefined)
  );
}

/** Whether the records already say they are late ("Overdue", a domain's "Late"). */
export function hasOverdue(collection: CollectionSpec): boolean {
  return collection.fields.some((f) => f.type === 'boolean' && /^(?:overdue|late)$/i.test(f.label));
}

/** The computed "Overdue" field for the records, read by their due date, and what settles them. */
export function overdueField(
  collection: CollectionSpec,
  due: FieldSpec,
): { field: FieldSpec; settled?: FieldSpec } {
  const settled = collection.fields.find(
    (f) =>
      f.type === 'boolean' &&
      /\b(paid|done|returned|complete|completed|closed|finished|settled)\b/i.test(f.label),
  );
  const late: Expr = { op: 'lt', args: [{ field: due.name }, { today: true }] };
  const formula: Expr = settled
    ? { op: 'and', args: [late, { op: 'not', args: [{ field: settled.name }] }] }
    : late;
  return {
    field: { name: 'overdue', label: 'Overdue', type: 'boolean', formula },
    ...(settled ? { settled } : {}),
  };
}
