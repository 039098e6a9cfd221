import type {
  AppEvent,
  AppListResponse,
  AppResponse,
  FilesResponse,
  HealthResponse,
  LogLine,
  SessionResponse,
  VersionListResponse,
} from '@isekai/contracts';
import { toApiError } from './api-error.js';
import { authorizationHeader, readApiKey, reportKeyRefusal } from './api-key.js';

type CallInit = RequestInit & {
  json?: unknown;
  /** A key to try instead of the stored one, as the sign-in prompt does. */
  apiKey?: string;
};

function parseBody(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}

/** Same-origin calls to the public REST API; the UI has no other way in. A non-2xx answer throws its ApiError. */
async function send(path: string, { json, apiKey, ...rest }: CallInit = {}): Promise<Response> {
  const response = await fetch(path, {
    ...rest,
    headers: {
      accept: 'application/json',
      ...authorizationHeader(apiKey ?? readApiKey()),
      ...(json !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
  });
  if (response.ok) return response;
  const error = toApiError(response.status, parseBody(await response.text()));
  // A key being tried is the prompt's business; a refusal of the stored key concerns the whole UI.
  if (apiKey === undefined) reportKeyRefusal(error);
  throw error;
}

async function call<T>(path: string, init?: CallInit): Promise<T> {
  const response = await send(path, init);
  if (response.status === 204) return undefined as T;
  return parseBody(await response.text()) as T;
}

const app = (id: string) => `/api/apps/${encodeURIComponent(id)}`;

export const api = {
  /** Never needs a key; with `apiKey`, checks that key instead of the stored one. */
  session: (apiKey?: string) => call<SessionResponse>('/api/session', { apiKey }),
  listApps: (cursor?: string) =>
    call<AppListResponse>(`/api/apps?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`),
  getApp: (id: string) => call<AppResponse>(app(id)),
  createApp: (prompt: string) => call<AppResponse>('/api/apps', { method: 'POST', json: { prompt } }),
  changeApp: (id: string, prompt: string) =>
    call<AppResponse>(`${app(id)}/prompts`, { method: 'POST', json: { prompt } }),
  getFiles: (id: string) => call<FilesResponse>(`${app(id)}/files`),
  getVersionFiles: (id: string, version: number) =>
    call<FilesResponse>(`${app(id)}/versions/${version}/files`),
  saveFiles: (id: string, files: Record<string, string | null>) =>
    call<AppResponse>(`${app(id)}/files`, { method: 'PATCH', json: { files } }),
  listVersions: (id: string) => call<VersionListResponse>(`${app(id)}/versions`),
  restoreVersion: (id: string, version: number) =>
    call<AppResponse>(`${app(id)}/versions/${version}/restore`, { method: 'POST' }),
  start: (id: string) => call<AppResponse>(`${app(id)}/start`, { method: 'POST' }),
  stop: (id: string) => call<AppResponse>(`${app(id)}/stop`, { method: 'POST' }),
  cancel: (id: string) => call<AppResponse>(`${app(id)}/cancel`, { method: 'POST' }),
  remove: (id: string) => call<undefined>(app(id), { method: 'DELETE' }),
  /** The zip as it came, for its body and Content-Disposition: a plain link could not carry the key. */
  getArchive: (id: string) => send(`${app(id)}/archive`),
  health: async (): Promise<HealthResponse & { failing?: string[] }> => {
    // 503 is an answer here, not a failure: its body names what is down.
    const response = await fetch('/health', { headers: { accept: 'application/json' } });
    return (await response.json()) as HealthResponse & { failing?: string[] };
  },
  eventsUrl: (id: string) => `${app(id)}/events`,
  logsUrl: (id: string) => `${app(id)}/logs?follow=true&tail=300`,
};

export type { AppEvent, LogLine };
