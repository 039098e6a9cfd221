import type { AppResponse, AppUsage, Plan, SandboxAppState } from '@isekai/contracts';
import type { AppRecord } from '../data/apps.repository.js';

function toUsage(state: SandboxAppState | undefined, status: AppRecord['status']): AppUsage | null {
  if (!state || status !== 'running') return null;
  return {
    memoryMb: state.memoryMb,
    cpuPercent: state.cpuPercent,
    uptimeMs: state.uptimeMs,
    timeLeftMs: state.timeLeftMs,
  };
}

export function toAppResponse(
  app: AppRecord,
  plan: Plan | null,
  state: SandboxAppState | undefined,
  publicAppHost: string,
): AppResponse {
  const running = app.status === 'running' && app.port !== null;
  const response: AppResponse = {
    id: app.id,
    name: app.name,
    prompt: app.prompt,
    status: app.status,
    desiredState: app.desiredState,
    url: running ? `http://${publicAppHost}:${app.port}/` : null,
    port: app.port,
    version: app.currentVersion,
    plan,
    engine: app.engine,
    limits: app.limits,
    usage: toUsage(state, app.status),
    createdAt: app.createdAt,
    updatedAt: app.updatedAt,
  };
  if (app.error) response.error = app.error;
  return response;
}
