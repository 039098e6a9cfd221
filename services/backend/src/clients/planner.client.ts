import type { PlanRequest, PlanResponse } from '@isekai/contracts';
import { createServiceClient } from '@isekai/service-kit';
import type { BackendConfig } from '../config.js';

export function createPlannerClient(config: BackendConfig) {
  const client = createServiceClient({
    name: 'planner',
    baseUrl: config.plannerUrl,
    token: config.serviceToken,
    timeoutMs: config.plannerTimeoutMs,
  });
  return {
    plan: (request: PlanRequest, requestId?: string) =>
      client.request<PlanResponse>('POST', '/v1/plans', { body: request, requestId }),
    health: () => client.request<Record<string, unknown>>('GET', '/health', { timeoutMs: 2000 }),
  };
}

export type PlannerClient = ReturnType<typeof createPlannerClient>;
