// A change by prompt on a v2 spec: each clause ("add a due date to each task and make the header dark
// blue") is one edit of the spec, applied in the order written. The kinds of edit live in ./change/:
// a name (rename-edit), a removal (remove-edit), a link (relation-edit), a page or section
// (site-edits), a computed field (formula-edit, overdue-edit), a view (view-edit), the look
// (look-edit), what a list can do (feature-edit), new collections and fields (add-edit). Records survive
// because collections and fields keep their stored names.
import type { AppSpec } from '@isekai/contracts';
import { addEdit } from './change/add-edit.js';
import { clausesOf, leadingVerb } from './change/clauses.js';
import { tidy, type ChangeContext, type Edit } from './change/context.js';
import { featureEdit } from './change/feature-edit.js';
import { formulaEdit } from './change/formula-edit.js';
import { lookEdit } from './change/look-edit.js';
import { overdueEdit } from './change/overdue-edit.js';
import { relationEdit, statedLinks } from './change/relation-edit.js';
import { removeEdit } from './change/remove-edit.js';
import { renameEdit } from './change/rename-edit.js';
import { pageEdit, sectionEdit } from './change/site-edits.js';
import { viewEdit } from './change/view-edit.js';

export interface ChangeResult {
  spec: AppSpec;
  steps: string[];
  notUnderstood: string[];
}

/** Tried in order; the first edit that understands a clause makes it. */
const EDITS: Edit[] = [
  renameEdit,
  removeEdit,
  relationEdit,
  pageEdit,
  formulaEdit,
  overdueEdit,
  viewEdit,
  sectionEdit,
  lookEdit,
  featureEdit,
  addEdit,
];

async function applyClause(change: ChangeContext, clause: string): Promise<string | null> {
  for (const edit of EDITS) {
    const done = await edit(change, clause);
    if (done) return done;
  }
  return null;
}

export async function changeSpec(current: AppSpec, prompt: string): Promise<ChangeResult> {
  const clauses = clausesOf(prompt);
  const links = clauses.flatMap(statedLinks);
  const notUnderstood: string[] = [];
  const change: ChangeContext = { spec: structuredClone(current), links, notUnderstood };
  const steps: string[] = [];
  let verb: string | null = null;
  for (const clause of clauses) {
    // "add a title, a status and a due date": a clause without a verb takes the one before it.
    const done =
      (await applyClause(change, clause)) ??
      (verb && !leadingVerb(clause) ? await applyClause(change, `${verb} ${clause}`) : null);
    verb = leadingVerb(clause) ?? verb;
    if (done) steps.push(done);
    else notUnderstood.push(clause);
  }
  tidy(change.spec);
  return { spec: change.spec, steps, notUnderstood };
}
