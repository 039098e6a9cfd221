// AppSpec v1, the shape plans were stored in before v2: one list of entities, feature flags and a
// blueprint per app. Kept only so stored plans can be read and migrated (spec-migration.ts).
import type { FieldSpec } from './spec.js';

export interface EntitySpecV1 {
  name: string;
  label: string;
  plural: string;
  fields: FieldSpec[];
}

export interface AppSpecV1 {
  kind: string;
  blueprint: string;
  title: string;
  description: string;
  entities: EntitySpecV1[];
  features: AppFeature[];
  theme: 'light' | 'dark';
  options: Record<string, unknown>;
}

/** v1's feature flags; only the v1 reader and the offline engine being replaced use them. */
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
export type EntitySpec = EntitySpecV1;
