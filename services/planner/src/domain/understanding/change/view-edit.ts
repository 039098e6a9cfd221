// "show the tasks as a board by status", "make it a calendar": how a list shows its records. A board
// or calendar needs a field to group by; one is added when the collection has none.
import type { CollectionSection, FieldSpec } from '@isekai/contracts';
import { addField, collectionNamed, collectionOf, fieldNamed, mainSection, type Edit } from './context.js';

const FIELD_FOR: Partial<Record<CollectionSection['view'], FieldSpec['type']>> = {
  board: 'choice',
  calendar: 'date',
  gallery: 'image',
};

/** What a board or calendar groups by when the collection has nothing to group by yet. */
const ADDED_FOR: Partial<Record<CollectionSection['view'], FieldSpec>> = {
  board: { name: 'status', label: 'Status', type: 'choice', options: ['To do', 'Doing', 'Done'] },
  calendar: { name: 'date', label: 'Date', type: 'date', default: 'today' },
};

export const viewEdit: Edit = (change, clause) => {
  const { spec } = change;
  const view = /\b(board|kanban|calendar|cards?|gallery|table|list)\b/i.exec(clause)?.[1]?.toLowerCase();
  if (!view || !/\b(as|view|show|switch|display|make it|turn)\b/i.test(clause)) return null;
  const kind = view === 'kanban' ? 'board' : view === 'card' ? 'cards' : (view as CollectionSection['view']);
  const target = collectionNamed(spec, clause) ?? collectionOf(spec, change.focus);
  const section = mainSection(spec, target) ?? mainSection(spec);
  let collection = collectionOf(spec, section?.collection);
  if (!section || !collection) return null;
  const wantedType = FIELD_FOR[kind];
  if (wantedType) {
    const byWords = /\bby ([a-z ]+)$/i.exec(clause)?.[1];
    let by =
      (byWords ? fieldNamed(spec, byWords, collection)?.field : undefined) ??
      collection.fields.find((f) => f.type === wantedType);
    const added = ADDED_FOR[kind];
    if (!by && added) {
      collection = addField(spec, collection, added);
      by = added;
    }
    if (!by) return null;
    section.by = by.name;
  } else {
    delete section.by;
  }
  section.view = kind;
  change.focus = collection.name;
  return `Showed ${collection.plural.toLowerCase()} as ${kind === 'cards' ? 'cards' : `a ${kind}`}.`;
};
