import { APP_ID_PATTERN, type AppLimits } from '@isekai/contracts';
import { AppError, notFound } from '@isekai/service-kit';
import type { ApiKeyRecord } from '../data/keys.repository.js';
import type { Store } from '../data/store.js';
import type { ApiKeys } from './api-keys.js';
import { createQuotas } from './quotas.js';

/** Who makes a request: the API key it was made with, or none when keys are off. */
export interface Caller {
  key: ApiKeyRecord | null;
}

export const ANONYMOUS: Caller = { key: null };

export interface AccessDeps {
  store: Store;
  apiKeys: ApiKeys;
  /** API_KEYS=on; with keys off the one caller is the machine's owner, and an administrator. */
  keysRequired: boolean;
  /** The server's per-app limits, which no tier exceeds. */
  limits: AppLimits;
}

/** What a caller may see and do; routes hand over the caller, the checks live here. */
export function createAccess({ store, apiKeys, keysRequired, limits }: AccessDeps) {
  const quotas = createQuotas({ store, apiKeys });
  const isAdmin = (caller: Caller): boolean => !keysRequired || caller.key?.role === 'admin';

  return {
    /** The caller of a secret, or null for an unknown or revoked key. */
    authenticate(secret: string): Caller | null {
      const key = apiKeys.authenticate(secret);
      return key ? { key } : null;
    },

    isAdmin,

    /** Throws 403 unless the caller is an administrator. */
    requireAdmin(caller: Caller): void {
      if (isAdmin(caller)) return;
      throw new AppError({
        code: 'admin-only',
        status: 403,
        message: 'Only an administrator key may do this; ask an administrator.',
      });
    },

    /**
     * Another key's app answers exactly like an app that does not exist (404), so ids cannot be probed.
     * A malformed id is left to the route's validation (400).
     */
    requireVisible(caller: Caller, appId: string): void {
      if (!caller.key || !APP_ID_PATTERN.test(appId)) return;
      const owner = store.apps.ownerOf(appId);
      if (owner && owner.ownerKeyId !== caller.key.id) throw notFound('app', appId);
    },

    /** The per-app limits of a new app: its key's tier caps, or the server's limits without keys. */
    limitsFor(caller: Caller): AppLimits {
      return caller.key ? quotas.limitsFor(caller.key, limits) : limits;
    },

    /** A new app: within the key's apps, running apps and generations an hour (403 or 429 saying which). */
    checkCreateQuota(caller: Caller): void {
      if (!caller.key) return;
      apiKeys.checkQuota(caller.key);
      quotas.checkRunning(caller.key);
      quotas.checkGenerations(caller.key);
    },

    /** A change by prompt: within the key's generations an hour. */
    checkGenerationQuota(caller: Caller): void {
      if (caller.key) quotas.checkGenerations(caller.key);
    },

    /** Starting an app that is not meant to run now: within the key's running apps. */
    checkStartQuota(caller: Caller, appId: string): void {
      if (!caller.key) return;
      if (store.apps.getAppById(appId)?.desiredState === 'running') return;
      quotas.checkRunning(caller.key);
    },
  };
}

export type Access = ReturnType<typeof createAccess>;
