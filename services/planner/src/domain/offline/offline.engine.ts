import {
  COMPOSED_BLUEPRINT,
  migrateSpecV1,
  patchFiles,
  readSpec,
  type AppSpec,
  type FileMap,
  type FilePatch,
  type Plan,
  type PlanRequest,
  type PlanResponse,
} from '@isekai/contracts';
import { AppError } from '@isekai/service-kit';
import { changeSpec } from '../understanding/change-spec.js';
import { builtLines, describeComposed } from '../understanding/describe-plan.js';
import { legacyView } from '../understanding/legacy-view.js';
import { renderSpec } from '../understanding/render-spec.js';
import { understandPrompt } from '../understanding/understand.js';
import { applyChange } from './change-parser.js';
import { keepHandEdits } from './hand-edits.js';

const ENGINE = 'offline';

function respond(plan: Plan, files: FileMap): PlanResponse {
  return { plan, files, engine: ENGINE, notes: plan.notes };
}

async function planNew(prompt: string): Promise<PlanResponse> {
  const understood = await understandPrompt(prompt);
  const files = renderSpec(understood.spec);
  const plan: Plan = {
    spec: understood.spec,
    summary: `Build ${understood.spec.title}: ${understood.spec.description}`,
    built: understood.built,
    leftOut: understood.leftOut,
    steps: [...understood.steps, `Rendered ${Object.keys(files).length} files.`],
    notes: understood.notes,
  };
  return respond(plan, files);
}

const CHANGE_SUGGESTIONS = [
  'add a due date',
  'remove the notes field',
  'add search',
  'link each task to a project',
  'make the header dark blue',
  'add an FAQ section',
  'show them as a board by status',
];

function changeNotUnderstood(prompt: string): AppError {
  return new AppError({
    code: 'change-not-understood',
    status: 422,
    message: `Did not understand the change “${prompt.length > 60 ? `${prompt.slice(0, 57)}…` : prompt}”, so nothing was changed. Name one thing to add, remove, rename, link or recolour.`,
    details: { suggestions: CHANGE_SUGGESTIONS.slice(0, 4) },
  });
}

/** Tools and games change through their v1 blueprint's change parser, then come back as v2. */
function changeTool(
  spec: AppSpec,
  prompt: string,
): { spec: AppSpec; steps: string[]; notUnderstood: string[] } {
  const change = applyChange(legacyView(spec), prompt);
  const next = migrateSpecV1(change.spec);
  return {
    spec: { ...next, theme: { ...spec.theme, mode: next.theme.mode } },
    steps: change.steps,
    notUnderstood: change.notUnderstood,
  };
}

/**
 * The merge base of hand edits: what the planner produced for the app, sent by the caller as a patch over
 * its files. Rendering the old spec again gives it only within one release: after an upgrade (a fixed
 * asset, a v1 blueprint now composed) every file the old release wrote would look edited by hand and stay.
 */
function mergeBase(spec: AppSpec, files: FileMap, base: FilePatch | undefined): FileMap {
  return base ? patchFiles(files, base) : renderSpec(spec);
}

async function planChange(
  prompt: string,
  spec: AppSpec,
  files: FileMap,
  base: FilePatch | undefined,
): Promise<PlanResponse> {
  const change =
    spec.blueprint === COMPOSED_BLUEPRINT ? await changeSpec(spec, prompt) : changeTool(spec, prompt);
  if (change.steps.length === 0) throw changeNotUnderstood(prompt);
  change.spec.description =
    change.spec.blueprint === COMPOSED_BLUEPRINT ? describeComposed(change.spec) : change.spec.description;
  const merged = keepHandEdits(mergeBase(spec, files, base), files, renderSpec(change.spec));
  const notes = change.notUnderstood.map((c) => `Did not understand “${c}”, so it was left out.`);
  const plan: Plan = {
    spec: change.spec,
    summary: `Changed ${change.spec.title}: ${change.steps.map((s) => s.replace(/\.$/, '').toLowerCase()).join('; ')}.`,
    built: builtLines(change.spec),
    leftOut: notes,
    steps: [
      ...change.steps,
      `Re-rendered ${Object.keys(merged.files).length} files; saved data is kept.`,
      ...(merged.kept.length > 0 ? [`Kept the hand edits in ${merged.kept.join(', ')}.`] : []),
    ],
    notes: merged.notes,
  };
  return respond(plan, merged.files);
}

/** The offline engine: no model, no network; the same prompt always gives the same files. */
export async function planOffline(request: PlanRequest): Promise<PlanResponse> {
  if (!request.current) return planNew(request.prompt);
  const spec = readSpec(request.current.plan?.spec);
  if (!spec) {
    throw new AppError({
      code: 'unreadable-plan',
      status: 400,
      message:
        'current.plan.spec is not a spec this planner can change; send the plan it returned earlier, or leave out "current" to plan a new app.',
    });
  }
  return planChange(request.prompt, spec, request.current.files ?? {}, request.current.base);
}
