/** Who a key is: an `admin` manages keys and reads the platform's events; a `user` has its own apps. */
export const KEY_ROLES = ['admin', 'user'] as const;
export type KeyRole = (typeof KEY_ROLES)[number];

export const TIER_NAMES = ['free', 'pro', 'enterprise'] as const;
export type TierName = (typeof TIER_NAMES)[number];

/** What a key of a tier may have and use; per-app caps never exceed the server's own limits. */
export interface Tier {
  maxApps: number;
  maxRunningApps: number;
  generationsPerHour: number;
  memoryMb: number;
  cpuPercent: number;
  timeoutMs: number;
}

/** An API key as `/api/keys` describes it; the secret is only ever in the answer that creates it. */
export interface ApiKeyListItem {
  id: string;
  name: string;
  role: KeyRole;
  tier: TierName;
  maxApps: number;
  apps: number;
  createdAt: string;
  revokedAt: string | null;
}

export interface ApiKeyListResponse {
  keys: ApiKeyListItem[];
}

export interface ApiKeyCreateRequest {
  name: string;
  role?: KeyRole;
  tier?: TierName;
  maxApps?: number;
}

export interface ApiKeyCreateResponse {
  key: ApiKeyListItem;
  /** Shown once: only its hash is kept. */
  secret: string;
}

/**
 * Audit and security events (`GET /api/admin/events`). `audit`: a state change made through the API, by
 * whom. The others are security events: what was refused or stopped, by the backend or the sandbox.
 */
export const AUDIT_EVENT_TYPES = [
  'audit',
  'auth-failure',
  'rate-limit',
  'quota-exceeded',
  'validation-failure',
  'limit-hit',
  'oom-kill',
  'permission-denied',
  'module-refused',
] as const;
export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];

export const SEVERITIES = ['info', 'warning', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface AuditEvent {
  id: number;
  at: string;
  type: AuditEventType;
  severity: Severity;
  /** The key id, `local` when keys are off, `anonymous` for a request without a valid key, `sandbox`, `cli`. */
  actor: string;
  appId: string | null;
  message: string;
  context: Record<string, unknown>;
}

export interface AuditEventListResponse {
  events: AuditEvent[];
  /** Pass as `?cursor=` for older events; null on the last page. */
  nextCursor: string | null;
}
