import type { FileMap, FilePatch } from './files.js';
import type { AppLimits, AppUsage } from './limits.js';
import type { Plan } from './plan.js';

export const APP_STATUSES = [
  'planning',
  'deploying',
  'running',
  'stopped',
  'expired',
  'crashed',
  'failed',
  'deleted',
] as const;
export type AppStatus = (typeof APP_STATUSES)[number];

export type DesiredState = 'running' | 'stopped';

export interface AppErrorInfo {
  code: string;
  message: string;
}

export interface AppResponse {
  id: string;
  name: string;
  prompt: string;
  status: AppStatus;
  desiredState: DesiredState;
  url: string | null;
  port: number | null;
  version: number;
  plan: Plan | null;
  engine: string | null;
  limits: AppLimits;
  usage: AppUsage | null;
  createdAt: string;
  updatedAt: string;
  error?: AppErrorInfo;
}

export interface AppListResponse {
  apps: AppResponse[];
  /** Pass as `?cursor=` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface AppCreateRequest {
  prompt: string;
  name?: string;
}

export interface AppPromptRequest {
  prompt: string;
}

export interface FilesPatchRequest {
  /** Path -> new content, or null to delete the file. */
  files: FilePatch;
}

export interface FilesResponse {
  version: number;
  files: FileMap;
}

/** `repair`: a language-model engine's fix after the previous version failed to start. */
export type VersionSource = 'create' | 'prompt' | 'edit' | 'restore' | 'repair';

export interface VersionResponse {
  number: number;
  source: VersionSource;
  prompt: string | null;
  summary: string;
  engine: string | null;
  notes: string[];
  fileCount: number;
  createdAt: string;
  current: boolean;
}

export interface VersionListResponse {
  versions: VersionResponse[];
}

export interface AppEvent {
  id: number;
  appId: string;
  type: string;
  message: string;
  data?: Record<string, unknown>;
  at: string;
}

/**
 * Events that end a request without the app it asked for; `message` says why in words, `data` is a
 * {@link RejectionData}.
 * - `rejected`: the planner could not make sense of a new app's prompt (`prompt-not-understood`). The app
 *   is removed right after, as a delete removes it (a `deleted` event follows), so it is no longer listed
 *   and its id answers 404; its events stay readable. With `?wait=true` the create answers 422 instead.
 * - `change-rejected`: a change the planner did not understand (`change-not-understood`). No version is
 *   stored and the current one keeps running. With `?wait=true` the change answers 422 instead.
 *
 * A change the planner understood that would change no file (what it asks for is already there) is no
 * rejection: a `change-unchanged` event says so in the planner's words, no version is stored, and with
 * `?wait=true` the change answers 200 with the app as it is.
 */
export const REJECTION_EVENTS = { create: 'rejected', change: 'change-rejected' } as const;

/** `data` of a rejection event, and `details` of the 422 a waiting client gets. */
export interface RejectionData {
  code: string;
  /** Prompts like the one refused that the planner would understand; may be empty. */
  suggestions: string[];
}

export interface EventListResponse {
  events: AppEvent[];
}

export type HealthState = 'ok' | 'degraded' | 'down';

export interface HealthCheck {
  status: HealthState;
  latencyMs?: number;
  message?: string;
  details?: Record<string, unknown>;
}

/** The API key a request was made with, as `GET /api/session` describes it. */
export interface ApiKeyInfo {
  id: string;
  name: string;
  /** How many live apps this key may own at once. */
  maxApps: number;
  /** How many it owns now. */
  apps: number;
  role?: 'admin' | 'user';
  tier?: string;
}

/**
 * `GET /api/session`, which never needs a key: whether this Isekai wants one (`API_KEYS=on`) and, when a
 * valid key was sent, which. An invalid key gets 401 `api-key-invalid`, so a client can check a key here.
 */
export interface SessionResponse {
  keysRequired: boolean;
  key: ApiKeyInfo | null;
}

/** Where a client sends its API key: `Authorization: Bearer <key>`. Keys look like `isk_` + 32 characters. */
export const API_KEY_PREFIX = 'isk_';

export interface HealthResponse {
  status: HealthState;
  services: Record<string, HealthCheck>;
  timestamp: string;
}

/** Every error any Isekai service returns. */
export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export const REQUEST_ID_HEADER = 'x-request-id';
export const SERVICE_TOKEN_HEADER = 'authorization';
