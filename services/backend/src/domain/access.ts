import { APP_ID_PATTERN } from '@isekai/contracts';
import { notFound } from '@isekai/service-kit';
import type { ApiKeyRecord } from '../data/keys.repository.js';
import type { Store } from '../data/store.js';
import type { ApiKeys } from './api-keys.js';

/** Who makes a request: the API key it was made with, or none when keys are off. */
export interface Caller {
  key: ApiKeyRecord | null;
}

export const ANONYMOUS: Caller = { key: null };

/** What a caller may see and do; routes hand over the caller, the checks live here. */
export function createAccess({ store, apiKeys }: { store: Store; apiKeys: ApiKeys }) {
  return {
    /** The caller of a secret, or null for an unknown or revoked key. */
    authenticate(secret: string): Caller | null {
      const key = apiKeys.authenticate(secret);
      return key ? { key } : null;
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

    /** Throws 403 when the caller's key already owns as many live apps as it may. */
    checkCreateQuota(caller: Caller): void {
      if (caller.key) apiKeys.checkQuota(caller.key);
    },
  };
}

export type Access = ReturnType<typeof createAccess>;
