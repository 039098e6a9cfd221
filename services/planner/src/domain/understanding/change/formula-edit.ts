// "a line total that is quantity times unit price": a computed field over two fields of one collection.
// An input the collection lacks is added with it, so "add a total that is hours times rate" works on a
// list that has hours but no rate yet.
import type { CollectionSpec, FieldSpec } from '@isekai/contracts';
import { inferField } from '../../offline/field-typing.js';
import { singular } from '../lexicon.js';
import { camelCase, capitalize } from '../naming.js';
import { addField, collectionOf, fieldByHead, type ChangeContext, type Edit } from './context.js';

const OPERATORS: Record<string, 'mul' | 'add' | 'sub' | 'div'> = {
  times: 'mul',
  x: 'mul',
  '×': 'mul',
  '*': 'mul',
  'multiplied by': 'mul',
  plus: 'add',
  '+': 'add',
  minus: 'sub',
  '-': 'sub',
  less: 'sub',
  'divided by': 'div',
  over: 'div',
  '/': 'div',
};

const OPERATOR = Object.keys(OPERATORS)
  .sort((a, b) => b.length - a.length)
  .map((o) => o.replace(/[*+/-]/g, '\\$&'))
  .join('|');

const FORMULA = new RegExp(
  `^(?:add\\s+|and\\s+|with\\s+)?(?:a |an |the )?([a-z ]+?)\\s+(?:that is|that's|which is|which's|=|is|equal to|equals|as)\\s+(?:the )?([a-z ]+?)\\s+(${OPERATOR})\\s+(?:the )?([a-z ]+?)$`,
  'i',
);

/** The field a formula's word names: its label, or the head word of one label ("cost" for "Cost per unit"). */
function inputNamed(collection: CollectionSpec, words: string): FieldSpec | undefined {
  const wanted = singular(words.trim().toLowerCase());
  const fields = collection.fields.filter((f) => f.type !== 'reference');
  return fields.find((f) => singular(f.label.toLowerCase()) === wanted) ?? fieldByHead(fields, wanted);
}

/** The collection the formula goes on: one that has an input, else the one the sentence is about. */
function homeOf(change: ChangeContext, left: string, right: string): CollectionSpec | undefined {
  const { spec } = change;
  const focused = collectionOf(spec, change.focus);
  const candidates = focused ? [focused, ...spec.collections.filter((c) => c !== focused)] : spec.collections;
  return (
    candidates.find((c) => inputNamed(c, left) && inputNamed(c, right)) ??
    candidates.find((c) => inputNamed(c, left) || inputNamed(c, right)) ??
    focused ??
    (spec.collections.length === 1 ? spec.collections[0] : undefined)
  );
}

/** The input named, added as a number (or money, for a price) when the collection has no such field. */
function ensureInput(change: ChangeContext, home: CollectionSpec, words: string, added: string[]): FieldSpec {
  const found = inputNamed(collectionOf(change.spec, home.name)!, words);
  if (found) return found;
  const typed = inferField(words);
  const field: FieldSpec =
    typed && (typed.type === 'money' || typed.type === 'number')
      ? typed
      : { name: camelCase(words), label: capitalize(words.trim()), type: 'number' };
  addField(change.spec, home, field);
  added.push(`${field.label.toLowerCase()} (${field.type})`);
  return field;
}

export const formulaEdit: Edit = (change, clause) => {
  const match = FORMULA.exec(clause);
  if (!match) return null;
  const [, name, left, operator, right] = match;
  const home = homeOf(change, left!, right!);
  if (!home) return null;
  const added: string[] = [];
  const a = ensureInput(change, home, left!, added);
  const b = ensureInput(change, home, right!, added);
  const label = capitalize(name!.trim());
  const field: FieldSpec = {
    name: camelCase(label),
    label,
    type: a.type === 'money' || b.type === 'money' ? 'money' : 'number',
    formula: { op: OPERATORS[operator!.toLowerCase()]!, args: [{ field: a.name }, { field: b.name }] },
  };
  addField(change.spec, home, field);
  change.focus = home.name;
  const steps = [
    ...added.map((f) => `added ${f}`),
    `added ${label.toLowerCase()} = ${a.label.toLowerCase()} ${operator} ${b.label.toLowerCase()}`,
  ];
  return `${capitalize(steps.join(' and '))} to each ${home.label.toLowerCase()}.`;
};
