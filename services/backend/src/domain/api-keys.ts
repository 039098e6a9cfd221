import { createHash, randomBytes } from 'node:crypto';
import { API_KEY_PREFIX, type ApiKeyInfo } from '@isekai/contracts';
import { AppError } from '@isekai/service-kit';
import type { ApiKeyRecord } from '../data/keys.repository.js';
import type { Store } from '../data/store.js';
import { newAppId } from './app-ids.js';

/** 24 random bytes: 192 bits, so a plain SHA-256 of the secret is safe to store (nothing to brute-force). */
const SECRET_BYTES = 24;

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export interface ApiKeysDeps {
  store: Store;
  /** Live apps a key may own unless it has its own limit (API_KEY_MAX_APPS). */
  defaultMaxApps: number;
}

/** Creating, checking and describing API keys; the CLI (scripts/keys.mjs) and the API share it. */
export function createApiKeys({ store, defaultMaxApps }: ApiKeysDeps) {
  const maxAppsOf = (key: ApiKeyRecord): number => key.maxApps ?? defaultMaxApps;

  return {
    /** A new key; its secret is returned once and only its hash is kept. */
    create({ name, maxApps = null }: { name: string; maxApps?: number | null }): {
      key: ApiKeyRecord;
      secret: string;
    } {
      const secret = API_KEY_PREFIX + randomBytes(SECRET_BYTES).toString('base64url');
      const key: ApiKeyRecord = {
        id: `key_${newAppId().slice(0, 8)}`,
        name,
        maxApps,
        createdAt: new Date().toISOString(),
        revokedAt: null,
      };
      store.keys.insertKey({ id: key.id, name, secretHash: hashSecret(secret), maxApps, now: key.createdAt });
      return { key, secret };
    },

    /** The live key this secret belongs to, or null for an unknown or revoked one. */
    authenticate(secret: string): ApiKeyRecord | null {
      const key = store.keys.findBySecretHash(hashSecret(secret));
      return key && key.revokedAt === null ? key : null;
    },

    describe(key: ApiKeyRecord): ApiKeyInfo {
      return {
        id: key.id,
        name: key.name,
        maxApps: maxAppsOf(key),
        apps: store.apps.countLiveAppsOf(key.id),
      };
    },

    /** Throws 403 when the key already owns as many live apps as it may. */
    checkQuota(key: ApiKeyRecord): void {
      const max = maxAppsOf(key);
      if (store.apps.countLiveAppsOf(key.id) < max) return;
      throw new AppError({
        code: 'app-quota-exceeded',
        status: 403,
        message: `This API key already has ${max} apps, its limit; delete one, or ask an administrator for a key with a higher limit.`,
      });
    },

    list: () => store.keys.listKeys(),
    revoke: (id: string) => store.keys.revokeKey(id, new Date().toISOString()),
  };
}

export type ApiKeys = ReturnType<typeof createApiKeys>;
