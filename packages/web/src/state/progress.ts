import { REJECTION_EVENTS, type AppEvent } from '@isekai/contracts';
import { readSpec, type AnySpec } from './spec-shape.js';

export type StepState = 'pending' | 'active' | 'done' | 'failed';
export type RunKind = 'create' | 'change' | 'edit' | 'restore' | 'start' | 'restart';

export interface ProgressStep {
  key: 'plan' | 'files' | 'start';
  label: string;
  state: StepState;
  detail?: string;
}

/** What happened in the latest piece of work on an app (a build, a change, a restore...), as a person reads it. */
export interface Progress {
  kind: RunKind;
  steps: ProgressStep[];
  /** `rejected`: the planner did not understand the prompt and built nothing; no failure of the app. */
  outcome: 'working' | 'done' | 'failed' | 'stopped' | 'cancelled' | 'rejected';
  summary?: string;
  spec?: AnySpec;
  /** What the plan says it built and left out, when the planned event carries them. */
  built: string[];
  leftOut: string[];
  /** What the engine did, in order. */
  planSteps: string[];
  notes: string[];
  files: string[];
  engine?: string;
  error?: string;
}

/** Event types the backend sends on `/events`; EventSource only delivers named events one listens for. */
export const EVENT_TYPES = [
  'created',
  'planning',
  'planned',
  'version',
  'deploying',
  'running',
  'failed',
  'stopped',
  'stop-requested',
  'start-requested',
  'change-requested',
  'change-failed',
  'change-cancelled',
  'change-interrupted',
  REJECTION_EVENTS.change,
  REJECTION_EVENTS.create,
  'planning-progress',
  'repairing',
  'repaired',
  'cancel-requested',
  'files-edited',
  'restoring',
  'restarting',
  'restart-failed',
  'crashed',
  'expired',
  'deleted',
] as const;

const RUN_STARTS: Record<string, RunKind> = {
  created: 'create',
  'change-requested': 'change',
  'files-edited': 'edit',
  restoring: 'restore',
  'start-requested': 'start',
  restarting: 'restart',
};

const FAILURES = new Set(['failed', 'change-failed', 'restart-failed', 'crashed']);

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function initialSteps(kind: RunKind): ProgressStep[] {
  const planned = kind === 'create' || kind === 'change';
  const steps: ProgressStep[] = [];
  if (planned)
    steps.push({
      key: 'plan',
      label: kind === 'create' ? 'Understanding your prompt' : 'Understanding the change',
      state: 'active',
    });
  if (kind !== 'start' && kind !== 'restart')
    steps.push({ key: 'files', label: 'Writing the files', state: planned ? 'pending' : 'active' });
  steps.push({
    key: 'start',
    label: 'Starting the app',
    state: planned || kind === 'edit' || kind === 'restore' ? 'pending' : 'active',
  });
  return steps;
}

function mark(progress: Progress, key: ProgressStep['key'], state: StepState, detail?: string): void {
  const step = progress.steps.find((s) => s.key === key);
  if (!step) return;
  step.state = state;
  if (detail !== undefined) step.detail = detail;
}

function failActive(progress: Progress, message: string): void {
  const step =
    progress.steps.find((s) => s.state === 'active') ?? progress.steps.find((s) => s.state === 'pending');
  if (step) step.state = 'failed';
  progress.outcome = 'failed';
  progress.error = message;
}

/** The owner stopped the planning: the step under way ends there, and it is no failure. */
function cancelActive(progress: Progress, message: string): void {
  const step = progress.steps.find((s) => s.state === 'active');
  if (step) step.state = 'failed';
  progress.outcome = 'cancelled';
  progress.error = message;
}

/** The planner could not make sense of the prompt: nothing was built, and the step says so calmly. */
function rejectActive(progress: Progress, message: string): void {
  const step = progress.steps.find((s) => s.state === 'active');
  if (step) step.state = 'pending';
  progress.outcome = 'rejected';
  progress.error = message;
}

/** A failed start goes back to the model: the run is working again, from the plan step. */
function restartFromPlan(progress: Progress, message: string): void {
  progress.outcome = 'working';
  progress.error = undefined;
  for (const step of progress.steps) step.state = step.key === 'plan' ? 'active' : 'pending';
  mark(progress, 'plan', 'active', message);
}

function apply(progress: Progress, event: AppEvent): void {
  const data = event.data ?? {};
  const step = (key: ProgressStep['key']) => progress.steps.find((s) => s.key === key);
  if (event.type === 'planning-progress') {
    // What a language model is doing right now ("writing server.js, 420 tokens"), on the step it belongs to.
    if (step('plan')?.state === 'active') mark(progress, 'plan', 'active', event.message);
  } else if (event.type === 'repairing') {
    restartFromPlan(progress, event.message);
  } else if (event.type === 'repaired') {
    mark(progress, 'plan', 'done', event.message);
    mark(progress, 'files', 'active');
  } else if (
    event.type === 'change-cancelled' ||
    (event.type === 'failed' && data.code === 'generation-cancelled')
  ) {
    cancelActive(progress, event.message);
  } else if (event.type === REJECTION_EVENTS.create || event.type === REJECTION_EVENTS.change) {
    rejectActive(progress, event.message);
  } else if (event.type === 'planned') {
    progress.summary = event.message;
    progress.spec = readSpec(data.spec);
    progress.built = strings(data.built);
    progress.leftOut = strings(data.leftOut);
    progress.planSteps = strings(data.steps);
    progress.notes = strings(data.notes);
    progress.files = strings(data.files);
    if (typeof data.engine === 'string') progress.engine = data.engine;
    mark(progress, 'plan', 'done', event.message);
    mark(progress, 'files', 'active');
  } else if (event.type === 'version') {
    const count = typeof data.files === 'number' ? `${data.files} files` : 'files';
    mark(progress, 'files', 'done', `${count} stored as version ${String(data.version)}`);
  } else if (event.type === 'deploying') {
    mark(progress, 'start', 'active', event.message);
  } else if (event.type === 'running') {
    mark(progress, 'start', 'done', event.message);
    progress.outcome = 'done';
  } else if (event.type === 'stopped') {
    if (progress.outcome === 'working') mark(progress, 'start', 'pending', event.message);
    progress.outcome = 'stopped';
  } else if (FAILURES.has(event.type)) {
    failActive(progress, event.message);
  }
}

const isRejection = (event: AppEvent) =>
  event.type === REJECTION_EVENTS.change || event.type === REJECTION_EVENTS.create;

function runFrom(events: AppEvent[], start: number, skipped: Set<number>): Progress {
  const kind = RUN_STARTS[events[start]!.type]!;
  const progress: Progress = {
    kind,
    steps: initialSteps(kind),
    outcome: 'working',
    planSteps: [],
    built: [],
    leftOut: [],
    notes: [],
    files: [],
  };
  events.forEach((event, index) => {
    if (index > start && !skipped.has(index)) apply(progress, event);
  });
  return progress;
}

/**
 * Progress of the latest run in an app's event history, or null before anything started. A change the
 * planner did not understand changed nothing (the change box says so): the run before it still stands.
 */
export function progressFrom(events: AppEvent[]): Progress | null {
  const skipped = new Set<number>();
  let rejected: Progress | null = null;
  for (let start = events.length - 1; start >= 0; start--) {
    if (!(events[start]!.type in RUN_STARTS)) continue;
    const progress = runFrom(events, start, skipped);
    const end = events.findIndex((e, i) => i > start && !skipped.has(i) && isRejection(e));
    if (end < 0) return progress;
    rejected ??= progress;
    for (let i = start; i <= end; i++) skipped.add(i);
  }
  // A first prompt that was not understood has no run before it.
  return rejected;
}
