import type { KeyRole, TierName } from '@isekai/contracts';
import type { Db } from './database.js';

export interface ApiKeyRecord {
  readonly id: string;
  readonly name: string;
  /** This key's own limit of live apps; null means the server's default (API_KEY_MAX_APPS). */
  readonly maxApps: number | null;
  readonly role: KeyRole;
  /** null: the server's default tier (API_KEY_DEFAULT_TIER), as for every key made before tiers. */
  readonly tier: TierName | null;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

interface KeyRow {
  id: string;
  name: string;
  max_apps: number | null;
  role: KeyRole;
  tier: TierName | null;
  created_at: string;
  revoked_at: string | null;
}

const toKey = (row: KeyRow): ApiKeyRecord => ({
  id: row.id,
  name: row.name,
  maxApps: row.max_apps,
  role: row.role,
  tier: row.tier,
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
});

const COLUMNS = 'id, name, max_apps, role, tier, created_at, revoked_at';

/** API keys by id and by the hash of their secret; secrets themselves are never stored. */
export function createKeysRepository(db: Db) {
  return {
    insertKey(key: {
      id: string;
      name: string;
      secretHash: string;
      maxApps: number | null;
      role: KeyRole;
      tier: TierName | null;
      now: string;
    }): void {
      db.run(
        'INSERT INTO api_keys (id, name, secret_hash, max_apps, role, tier, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [key.id, key.name, key.secretHash, key.maxApps, key.role, key.tier, key.now],
      );
    },

    findById(id: string): ApiKeyRecord | undefined {
      const row = db.first<KeyRow>(`SELECT ${COLUMNS} FROM api_keys WHERE id = ?`, [id]);
      return row && toKey(row);
    },

    /** The key whose secret hashes to this, revoked or not; the caller decides what revoked means. */
    findBySecretHash(secretHash: string): ApiKeyRecord | undefined {
      const row = db.first<KeyRow>(`SELECT ${COLUMNS} FROM api_keys WHERE secret_hash = ?`, [secretHash]);
      return row && toKey(row);
    },

    listKeys(): ApiKeyRecord[] {
      return db.all<KeyRow>(`SELECT ${COLUMNS} FROM api_keys ORDER BY created_at, id`).map(toKey);
    },

    revokeKey(id: string, now: string): boolean {
      return (
        db.run('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', [now, id])
          .changes === 1
      );
    },
  };
}

export type KeysRepository = ReturnType<typeof createKeysRepository>;
