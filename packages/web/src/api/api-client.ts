import type {
  AppEvent,
  AppListResponse,
  AppResponse,
  FilesResponse,
  HealthResponse,
  LogLine,
  VersionListResponse,
} from '@isekai/contracts';
import { toApiError } from './api-error.js';

/** Same-origin calls to the public REST API; the UI has no other way in. */
async function call<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init;
  const response = await fetch(path, {
    ...rest,
    headers: { accept: 'application/json', ...(json !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
  });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  if (!response.ok) throw toApiError(response.status, body);
  return body as T;
}

const app = (id: string) => `/api/apps/${encodeURIComponent(id)}`;

export const api = {
  listApps: (cursor?: string) =>
    call<AppListResponse>(`/api/apps?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`),
  getApp: (id: string) => call<AppResponse>(app(id)),
  createApp: (prompt: string) => call<AppResponse>('/api/apps', { method: 'POST', json: { prompt } }),
  changeApp: (id: string, prompt: string) => call<AppResponse>(`${app(id)}/prompts`, { method: 'POST', json: { prompt } }),
  getFiles: (id: string) => call<FilesResponse>(`${app(id)}/files`),
  getVersionFiles: (id: string, version: number) => call<FilesResponse>(`${app(id)}/versions/${version}/files`),
  saveFiles: (id: string, files: Record<string, string | null>) => call<AppResponse>(`${app(id)}/files`, { method: 'PATCH', json: { files } }),
  listVersions: (id: string) => call<VersionListResponse>(`${app(id)}/versions`),
  restoreVersion: (id: string, version: number) => call<AppResponse>(`${app(id)}/versions/${version}/restore`, { method: 'POST' }),
  start: (id: string) => call<AppResponse>(`${app(id)}/start`, { method: 'POST' }),
  stop: (id: string) => call<AppResponse>(`${app(id)}/stop`, { method: 'POST' }),
  cancel: (id: string) => call<AppResponse>(`${app(id)}/cancel`, { method: 'POST' }),
  remove: (id: string) => call<undefined>(app(id), { method: 'DELETE' }),
  health: async (): Promise<HealthResponse & { failing?: string[] }> => {
    // 503 is an answer here, not a failure: its body names what is down.
    const response = await fetch('/health', { headers: { accept: 'application/json' } });
    return (await response.json()) as HealthResponse & { failing?: string[] };
  },
  archiveUrl: (id: string) => `${app(id)}/archive`,
  eventsUrl: (id: string) => `${app(id)}/events`,
  logsUrl: (id: string) => `${app(id)}/logs?follow=true&tail=300`,
};

export type { AppEvent, LogLine };
