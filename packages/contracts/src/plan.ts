import type { FileMap } from './files.js';

export const FIELD_TYPES = [
  'text',
  'longtext',
  'number',
  'money',
  'date',
  'datetime',
  'time',
  'boolean',
  'rating',
  'choice',
  'url',
  'email',
  'phone',
  'tags',
  'color',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldSpec {
  /** camelCase key used in stored records. */
  name: string;
  /** What a person sees, e.g. "Cooking time". */
  label: string;
  type: FieldType;
  required?: boolean;
  /** Choices for `choice` (and suggestions for `tags`). */
  options?: string[];
  min?: number;
  max?: number;
  /** Unit shown beside numbers, e.g. "min", "kg". */
  unit?: string;
}

export interface RelationSpec {
  /** Field on this entity that holds the other entity's record id. */
  field: string;
  entity: string;
}

export interface EntitySpec {
  /** camelCase singular key, e.g. "recipe". */
  name: string;
  label: string;
  plural: string;
  fields: FieldSpec[];
  relations?: RelationSpec[];
}

export const APP_FEATURES = [
  'search',
  'sort',
  'filter',
  'totals',
  'chart',
  'csv-export',
  'csv-import',
  'dark-mode',
  'live',
  'reminders',
  'stats',
  'persistence',
] as const;
export type AppFeature = (typeof APP_FEATURES)[number];

/** What the planner understood, in a form a person can read and a change prompt can edit. */
export interface AppSpec {
  /** Broad family, e.g. "data", "timer", "game", "viewer". */
  kind: string;
  /** The blueprint that renders this spec into files, e.g. "data-app", "pomodoro". */
  blueprint: string;
  title: string;
  description: string;
  entities: EntitySpec[];
  features: AppFeature[];
  theme: 'light' | 'dark';
  /** Blueprint-specific settings (timer lengths, quiz topic, board columns...). */
  options: Record<string, unknown>;
}

export interface Plan {
  spec: AppSpec;
  /** One sentence on what will be built or changed. */
  summary: string;
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
  /** Present for a change: the app as it is now. */
  current?: { plan: Plan; files: FileMap };
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
