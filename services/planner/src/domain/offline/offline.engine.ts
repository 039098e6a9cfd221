import {
  readSpec as readAnySpec,
  type AppSpec,
  type AppSpecV1,
  type FileMap,
  type Plan,
  type PlanRequest,
  type PlanResponse,
} from '@isekai/contracts';
import { legacyView } from '../understanding/legacy-view.js';
import { AppError } from '@isekai/service-kit';
import { renderApp } from '../blueprints/render-app.js';
import { applyChange } from './change-parser.js';
import { keepHandEdits } from './hand-edits.js';
import { parsePrompt } from './prompt-parser.js';
import { readSpec } from './read-spec.js';

const ENGINE = 'offline';

/**
 * The blueprints engine still answers spec v1 (readers accept both through readSpec) until the composed
 * engine (OFFLINE_ENGINE=composed) is the default.
 */
function asPlanSpec(spec: AppSpecV1): AppSpec {
  return spec as unknown as AppSpec;
}

function respond(plan: Plan, files: FileMap): PlanResponse {
  return { plan, files, engine: ENGINE, notes: plan.notes };
}

function planNew(prompt: string, extraNotes: string[] = []): PlanResponse {
  const parsed = parsePrompt(prompt);
  const files = renderApp(parsed.spec);
  const plan: Plan = {
    spec: asPlanSpec(parsed.spec),
    summary: `Build ${parsed.spec.title}: ${parsed.spec.description}`,
    steps: [
      ...parsed.steps,
      `Rendered ${Object.keys(files).length} files from the ${parsed.spec.blueprint} blueprint.`,
    ],
    notes: [...extraNotes, ...parsed.notes],
  };
  return respond(plan, files);
}

function planChange(prompt: string, spec: AppSpecV1, files: FileMap): PlanResponse {
  const change = applyChange(spec, prompt);
  const notes = change.notUnderstood.map(
    (c) =>
      `Did not understand "${c}", so it was left out; try e.g. "add a due date", "remove the rating", "make it dark".`,
  );
  if (change.steps.length === 0) {
    // Nothing understood: the app stays exactly as it was, hand edits included.
    const plan: Plan = {
      spec: asPlanSpec(spec),
      summary: `No change to ${spec.title}: the request was not understood.`,
      steps: ['Kept the app unchanged.'],
      notes,
    };
    return respond(plan, files);
  }
  // Rendering is deterministic: the old spec renders again exactly what it rendered before any hand edit.
  const merged = keepHandEdits(renderApp(spec), files, renderApp(change.spec));
  const plan: Plan = {
    spec: asPlanSpec(change.spec),
    summary: `Changed ${change.spec.title}: ${change.steps.map((s) => s.replace(/\.$/, '').toLowerCase()).join('; ')}.`,
    steps: [
      ...change.steps,
      `Re-rendered ${Object.keys(merged.files).length} files; saved data is kept.`,
      ...(merged.kept.length > 0 ? [`Kept the hand edits in ${merged.kept.join(', ')}.`] : []),
    ],
    notes: [...notes, ...merged.notes],
  };
  return respond(plan, merged.files);
}

/** The offline engine: no model, no network; the same prompt always gives the same files. */
export function planOffline(request: PlanRequest): PlanResponse {
  if (!request.current) return planNew(request.prompt);
  // A plan stored as v2 (migrated) is read back through its v1 view.
  const stored = request.current.plan?.spec;
  const v2 = readSpec(stored) ? null : readAnySpec(stored);
  const spec = readSpec(stored) ?? (v2 ? legacyView(v2) : null);
  if (!spec) {
    throw new AppError({
      code: 'unreadable-plan',
      status: 400,
      message:
        'current.plan.spec is not a spec this planner can change; send the plan it returned earlier, or leave out "current" to plan a new app.',
    });
  }
  return planChange(request.prompt, spec, request.current.files ?? {});
}
