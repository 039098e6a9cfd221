import type { SandboxAppList, SandboxAppState, SandboxDeployRequest, SandboxLogs } from '@isekai/contracts';
import { createServiceClient, isAppError } from '@isekai/service-kit';
import type { BackendConfig } from '../config.js';

/** A sandbox 404 only means the sandbox holds no process for the app. */
async function orNull<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (isAppError(error) && error.status === 404) return null;
    throw error;
  }
}

export function createSandboxClient(config: BackendConfig) {
  const client = createServiceClient({
    name: 'sandbox',
    baseUrl: config.sandboxUrl,
    token: config.serviceToken,
    timeoutMs: config.sandboxTimeoutMs,
  });
  const path = (id: string) => `/v1/apps/${encodeURIComponent(id)}`;
  return {
    deploy: (id: string, request: SandboxDeployRequest) =>
      client.request<SandboxAppState>('PUT', path(id), { body: request }),
    stop: (id: string) => orNull(client.request<SandboxAppState>('POST', `${path(id)}/stop`)),
    remove: (id: string) => orNull(client.request<void>('DELETE', path(id))),
    get: (id: string) => orNull(client.request<SandboxAppState>('GET', path(id))),
    list: () => client.request<SandboxAppList>('GET', '/v1/apps', { timeoutMs: 5000 }),
    logs: (id: string, tail: number) =>
      orNull(client.request<SandboxLogs>('GET', `${path(id)}/logs?tail=${tail}`)),
    followLogs: (id: string, signal: AbortSignal) =>
      client.stream(`${path(id)}/logs?follow=true`, { signal }),
    health: () => client.request<Record<string, unknown>>('GET', '/health', { timeoutMs: 2000 }),
  };
}

export type SandboxClient = ReturnType<typeof createSandboxClient>;
