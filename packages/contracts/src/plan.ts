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

export interface PlanRequest {
  prompt: string;
  /** Present for a change: the app as it is now. */
  current?: { plan: Plan; files: FileMap };
}

export interface PlanResponse {
  plan: Plan;
  files: FileMap;
  engine: string;
  model?: string;
  notes: string[];
}

export const PROMPT_MAX_LENGTH = 4000;
