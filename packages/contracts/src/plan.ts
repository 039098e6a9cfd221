import type { FileMap, FilePatch } from './files.js';
import type { AppSpec } from './spec.js';

export interface Plan {
  spec: AppSpec;
  /** One sentence on what will be built or changed. */
  summary: string;
  /** What the app has, in plain words, one line a part ("Books: a table with title, author and year"). */
  built?: string[];
  /** What was asked and not built, with the reason ("Online payments: apps have no network"). */
  leftOut?: string[];
  /** What the engine did, in order, for people watching progress. */
  steps: string[];
  /** Honest caveats: what was asked but approximated or left out. */
  notes: string[];
}

/** A deployed version that did not start, sent back so a language-model engine can fix it. */
export interface PlanRepair {
  /** What the sandbox reported, e.g. "exited with code 1 before listening". */
  error: string;
  /** The app's last output lines (stack traces live here). */
  log?: string;
  /** 1 for the first repair of this version, and so on. */
  round?: number;
}

export interface PlanRequest {
  prompt: string;
  /**
   * Present for a change: the app as it is now. `base` (optional) is the merge base of hand edits: what
   * turns `files` back into what the planner really produced for `plan`, given as the paths that differ
   * (the produced content, or null for a file added by hand); {} when nothing was edited. Without it the
   * offline engine takes what it renders of `plan.spec` today, which after an upgrade of the platform is
   * not what the app was made of.
   */
  current?: { plan: Plan; files: FileMap; base?: FilePatch };
  /** Present for a repair (with `current`): the failed start to fix. */
  repair?: PlanRepair;
}

export interface PlanResponse {
  plan: Plan;
  files: FileMap;
  engine: string;
  model?: string;
  notes: string[];
  /** How many failed starts the caller may send back with `repair` (0 or absent: the engine cannot repair). */
  repairRounds?: number;
  /** Set when the configured engine could not answer and another one did (e.g. "openai"). */
  fallbackFrom?: string;
}

/** One progress event of a streamed plan (`POST /v1/plans` with `Accept: text/event-stream`). */
export interface PlanProgress {
  /** e.g. "reading", "model-writing", "checking", "retrying", "rendering". */
  stage: string;
  message: string;
  /** The file the model is writing now, when known. */
  file?: string;
  /** Output tokens so far (approximate while streaming, exact at the end when the endpoint reports usage). */
  tokens?: number;
  attempt?: number;
}

/** Events of a streamed plan: `progress` (PlanProgress) any number of times, then `plan` (PlanResponse) or `error` (ErrorBody). */
export const PLAN_STREAM_EVENTS = { progress: 'progress', plan: 'plan', error: 'error' } as const;

/** Limits of a repair request: the log is cut to its end by the backend before sending. */
export const REPAIR_LOG_MAX_LENGTH = 20_000;

export const PROMPT_MAX_LENGTH = 4000;
