import type { Plan } from '@isekai/contracts';
import type { Progress } from './progress.js';
import { readSpec, type AnySpec } from './spec-shape.js';

/** A plan as a person reads it: what it is, what was built, what was left out and why, and caveats. */
export interface PlanAccount {
  summary?: string;
  built: string[];
  leftOut: string[];
  notes: string[];
  spec?: AnySpec;
}

export function accountOfPlan(plan: Plan): PlanAccount {
  return {
    summary: plan.summary,
    built: plan.built ?? [],
    leftOut: plan.leftOut ?? [],
    notes: plan.notes ?? [],
    spec: readSpec(plan.spec),
  };
}

/**
 * The account of the run being watched, or null before it has planned. Its event may not carry
 * built/left out; the app's stored plan does, and is the same plan once it has the same summary.
 */
export function accountOfProgress(progress: Progress, current: Plan | null): PlanAccount | null {
  if (!progress.spec && !progress.summary) return null;
  const same = current !== null && current.summary === progress.summary;
  return {
    summary: progress.summary,
    built: progress.built.length > 0 ? progress.built : same ? (current.built ?? []) : [],
    leftOut: progress.leftOut.length > 0 ? progress.leftOut : same ? (current.leftOut ?? []) : [],
    notes: progress.notes,
    spec: progress.spec,
  };
}
