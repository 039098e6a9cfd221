// "link each task to a project", "each book belongs to an author": a reference from one collection to
// another, made when the second is new.
import type { CollectionSpec, FieldSpec } from '@isekai/contracts';
import { genericCollection } from '../generic-collection.js';
import { nounKind, singular } from '../lexicon.js';
import { article, capitalize } from '../naming.js';
import { addCollection, addField, collectionNamed, type ChangeContext, type Edit } from './context.js';

const LINK =
  /^(?:link|connect|assign|attach|relate) (?:each |every |the |a |an |all )?([a-z ]+?) to (?:a |an |the |each |one )?([a-z ]+)$/i;
const BELONGS =
  /^each ([a-z ]+?) (?:belongs to|has|is for|goes with|is linked to|refers to) (?:a |an |one |the )?([a-z ]+)$/i;
/**
 * "enrolments that link a student to a course", "stock levels linking an item to a warehouse", "an
 * attendance connects a member with an event": a collection whose records join two others. The verb
 * follows its noun (a relative clause, a participle or a statement), so "and link each task to a
 * project", an order, is no join.
 */
export const JOINS =
  /\b([a-z]+)\s+(?:(?:that|which)\s+(?:link|connect|join|pair|match)(?:e?s)?|(?:link|connect|join|pair|match)(?:e?s|ing))\s+(?:a |an |each |one |the )?([a-z]+(?: [a-z]+)?)\s+(?:to|with|and)\s+(?:a |an |each |one |the )?([a-z]+)\b/i;

export interface StatedLink {
  from: string;
  to: string;
}

/** The links a clause states: "link each task to a project"; "enrolments that link a student to a course". */
export function statedLinks(clause: string): StatedLink[] {
  const joins = JOINS.exec(clause);
  if (joins)
    return [
      { from: joins[1]!, to: joins[2]! },
      { from: joins[1]!, to: joins[3]! },
    ];
  const match = LINK.exec(clause) ?? BELONGS.exec(clause);
  return match?.[1] && match[2] ? [{ from: match[1].trim(), to: match[2].trim() }] : [];
}

/** A reference from one collection to another, unless it is there already. */
export function linkTo(change: ChangeContext, from: CollectionSpec, to: CollectionSpec): string {
  change.focus = from.name;
  const said = `each ${from.label.toLowerCase()} to ${article(to.label)} ${to.label.toLowerCase()}`;
  if (from.fields.some((f) => f.type === 'reference' && f.ref === to.name)) return `already linked ${said}`;
  const field: FieldSpec = { name: to.name, label: to.label, type: 'reference', ref: to.name };
  addField(change.spec, from, field);
  return `linked ${said}`;
}

/**
 * "where an attendance connects a member with an event", said of collections the app has: the joining
 * one refers to both. ("add grades that link ..." names a new collection: that is add-edit's.)
 */
function joinEdit(change: ChangeContext, clause: string): string | null {
  const joins = JOINS.exec(clause);
  const joining = joins?.[1] ? collectionNamed(change.spec, joins[1]) : undefined;
  if (!joins || !joining) return null;
  const joined = [joins[2]!, joins[3]!]
    .map((words) => collectionNamed(change.spec, words))
    .filter((c): c is CollectionSpec => c !== undefined && c !== joining);
  if (joined.length === 0) return null;
  return `${capitalize(joined.map((c) => linkTo(change, joining, c)).join('; '))}.`;
}

export const relationEdit: Edit = async (change, clause) => {
  const { spec } = change;
  if (!/^(?:add|include|create|track)\b/i.test(clause)) {
    const joined = joinEdit(change, clause);
    if (joined) return joined;
  }
  const match = LINK.exec(clause) ?? BELONGS.exec(clause);
  if (!match?.[1] || !match[2]) return null;
  const link = { from: match[1].trim(), to: match[2].trim() };
  const from = collectionNamed(spec, link.from);
  if (!from) return null;
  const steps: string[] = [];
  let to = collectionNamed(spec, link.to);
  if (to === from) return null;
  if (!to) {
    const noun = singular(link.to);
    to = genericCollection(noun, await nounKind(noun), []);
    addCollection(change, to);
    steps.push(`added ${to.plural.toLowerCase()}`);
  }
  steps.push(linkTo(change, from, to));
  return `${capitalize(steps.join('; '))}.`;
};
