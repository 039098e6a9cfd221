import type { PlanRequest, PlanResponse } from '@isekai/contracts';
import type { PlannerEngine } from '../config.js';
import { planOffline } from './offline/offline.engine.js';

/** One entry point per engine; only the offline engine exists so far. */
export function createPlan(request: PlanRequest, engine: PlannerEngine): PlanResponse {
  switch (engine) {
    case 'offline':
      return planOffline(request);
  }
}
