import { createHash, randomBytes } from 'node:crypto';
import {
  API_KEY_PREFIX,
  type ApiKeyInfo,
  type ApiKeyListItem,
  type KeyRole,
  type Tier,
  type TierName,
} from '@isekai/contracts';
import { AppError } from '@isekai/service-kit';
import type { ApiKeyRecord } from '../data/keys.repository.js';
import type { Store } from '../data/store.js';
import type { Tiers } from '../tiers.js';
import { newAppId } from './app-ids.js';

/** 24 random bytes: 192 bits, so a plain SHA-256 of the secret is safe to store (nothing to brute-force). */
const SECRET_BYTES = 24;

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export interface ApiKeysDeps {
  store: Store;
  tiers: Tiers;
  /** The tier of keys that were given none (API_KEY_DEFAULT_TIER). */
  defaultTier: TierName;
}

export interface NewKey {
  name: string;
  maxApps?: number | null;
  role?: KeyRole;
  tier?: TierName | null;
}

/** Creating, checking and describing API keys; the CLI (scripts/keys.mjs) and the API share it. */
export function createApiKeys({ store, tiers, defaultTier }: ApiKeysDeps) {
  const tierNameOf = (key: ApiKeyRecord): TierName => key.tier ?? defaultTier;
  const tierOf = (key: ApiKeyRecord): Tier => tiers[tierNameOf(key)];
  const maxAppsOf = (key: ApiKeyRecord): number => key.maxApps ?? tierOf(key).maxApps;

  return {
    tierOf,

    /** A new key; its secret is returned once and only its hash is kept. */
    create({ name, maxApps = null, role = 'user', tier = null }: NewKey): {
      key: ApiKeyRecord;
      secret: string;
    } {
      const secret = API_KEY_PREFIX + randomBytes(SECRET_BYTES).toString('base64url');
      const key: ApiKeyRecord = {
        id: `key_${newAppId().slice(0, 8)}`,
        name,
        maxApps,
        role,
        tier,
        createdAt: new Date().toISOString(),
        revokedAt: null,
      };
      store.keys.insertKey({
        id: key.id,
        name,
        secretHash: hashSecret(secret),
        maxApps,
        role,
        tier,
        now: key.createdAt,
      });
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
        role: key.role,
        tier: tierNameOf(key),
      };
    },

    /** The key as an administrator sees it in `/api/keys` and the CLI. */
    listItem(key: ApiKeyRecord): ApiKeyListItem {
      return {
        id: key.id,
        name: key.name,
        role: key.role,
        tier: tierNameOf(key),
        maxApps: maxAppsOf(key),
        apps: store.apps.countLiveAppsOf(key.id),
        createdAt: key.createdAt,
        revokedAt: key.revokedAt,
      };
    },

    /** Throws 403 when the key already owns as many live apps as it may. */
    checkQuota(key: ApiKeyRecord): void {
      const max = maxAppsOf(key);
      if (store.apps.countLiveAppsOf(key.id) < max) return;
      throw new AppError({
        code: 'app-quota-exceeded',
        status: 403,
        message: `This API key already has ${max} apps, its limit (tier ${tierNameOf(key)}); delete one, or ask an administrator for a key with a higher limit.`,
        details: { quota: 'maxApps', limit: max },
      });
    },

    list: () => store.keys.listKeys(),
    revoke: (id: string) => store.keys.revokeKey(id, new Date().toISOString()),
  };
}

export type ApiKeys = ReturnType<typeof createApiKeys>;
