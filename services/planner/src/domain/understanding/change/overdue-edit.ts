// "show overdue invoices": a record with a due date is overdue once the date has passed and it is not
// paid, done or returned (when it has such a yes/no field); a computed field and a badge show it.
import { dueDateOf, overdueField } from '../overdue-field.js';
import { collectionNamed, replaceCollection, type Edit } from './context.js';

const OVERDUE =
  /\b(?:show|mark|highlight|flag|list)\s+(?:the |which |all )?(?:overdue|late)\s+([a-z ]+)$|\b([a-z ]+?)\s+(?:that are|which are)\s+(?:overdue|late)$/i;

export const overdueEdit: Edit = (change, clause) => {
  const { spec } = change;
  const match = OVERDUE.exec(clause);
  const named = match ? collectionNamed(spec, match[1] ?? match[2] ?? '') : undefined;
  if (!named) return null;
  const due = dueDateOf(named, true);
  if (!due || named.fields.some((f) => f.name === 'overdue')) return null;
  const { field, settled } = overdueField(named, due);
  replaceCollection(spec, { ...named, fields: [...named.fields, field] });
  change.focus = named.name;
  return `Marked ${named.plural.toLowerCase()} overdue when their ${due.label.toLowerCase()} has passed${settled ? ` and they are not ${settled.label.toLowerCase()}` : ''}.`;
};
