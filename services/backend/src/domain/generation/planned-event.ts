import type { PlanResponse } from '@isekai/contracts';

/** What the "planned" event says of a plan, for the UI's progress panel: the same for a first version and a change. */
export function plannedEventData(planned: PlanResponse, withFiles: boolean): Record<string, unknown> {
  return {
    engine: planned.engine,
    spec: planned.plan.spec,
    steps: planned.plan.steps,
    ...(planned.plan.built ? { built: planned.plan.built } : {}),
    ...(planned.plan.leftOut ? { leftOut: planned.plan.leftOut } : {}),
    notes: planned.notes,
    ...(withFiles ? { files: Object.keys(planned.files) } : {}),
  };
}
