// Test support: an app made from a prompt, then changed by each follow-up in turn through the offline
// engine, every step kept so a test can compare them.
import type { PlanResponse } from '@isekai/contracts';
import { planOffline } from '../../offline/offline.engine.js';

export async function changed(prompt: string, ...changes: string[]): Promise<PlanResponse[]> {
  const steps = [await planOffline({ prompt })];
  for (const change of changes) {
    const last = steps.at(-1)!;
    steps.push(await planOffline({ prompt: change, current: { plan: last.plan, files: last.files } }));
  }
  return steps;
}
