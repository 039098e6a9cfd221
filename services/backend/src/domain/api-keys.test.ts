import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../data/database.js';
import { createStore, type Store } from '../data/store.js';
import { DEFAULT_TIERS } from '../tiers.js';
import { createApiKeys, hashSecret } from './api-keys.js';

const limits = { memoryMb: 512, cpuPercent: 50, timeoutMs: 300000 };
/** The default tier (pro) allows `maxApps` apps. */
const tiersWith = (maxApps: number) => ({ ...DEFAULT_TIERS, pro: { ...DEFAULT_TIERS.pro, maxApps } });

describe(createApiKeys.name, () => {
  let dir: string;
  let db: Db;
  let store: Store;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'isekai-keys-'));
    db = openDatabase(join(dir, 'isekai.db'));
    store = createStore(db);
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('makes a random secret, stores only its hash, and knows the key by it', () => {
    const keys = createApiKeys({ store, tiers: tiersWith(3), defaultTier: 'pro' });
    const { key, secret } = keys.create({ name: 'ci' });
    const other = keys.create({ name: 'ci' });

    expect(secret).toMatch(/^isk_[A-Za-z0-9_-]{32}$/);
    expect(other.secret).not.toBe(secret);
    expect(keys.authenticate(secret)).toMatchObject({ id: key.id, name: 'ci' });
    expect(keys.authenticate(`${secret}x`)).toBeNull();
    db.checkpoint();
    const file = readFileSync(join(dir, 'isekai.db'));
    expect(file.includes(secret)).toBe(false);
    expect(file.includes(hashSecret(secret))).toBe(true);
  });

  it('forgets a revoked key', () => {
    const keys = createApiKeys({ store, tiers: tiersWith(3), defaultTier: 'pro' });
    const { key, secret } = keys.create({ name: 'ci' });
    expect(keys.revoke(key.id)).toBe(true);
    expect(keys.revoke(key.id)).toBe(false);
    expect(keys.authenticate(secret)).toBeNull();
  });

  it('counts only the live apps a key owns against its limit, or the default one', () => {
    const keys = createApiKeys({ store, tiers: tiersWith(2), defaultTier: 'pro' });
    const { key } = keys.create({ name: 'small', maxApps: 1 });
    const { key: roomy } = keys.create({ name: 'default' });
    store.apps.insertApp({
      id: 'aaaaaaaaaaa1',
      name: 'a',
      prompt: 'p',
      limits,
      now: 't',
      ownerKeyId: key.id,
    });
    store.apps.insertApp({ id: 'aaaaaaaaaaa2', name: 'b', prompt: 'p', limits, now: 't' });

    expect(keys.describe(key)).toMatchObject({ maxApps: 1, apps: 1 });
    expect(() => keys.checkQuota(key)).toThrow(/already has 1 apps/);
    expect(keys.describe(roomy)).toMatchObject({ maxApps: 2, apps: 0 });
    store.apps.markDeleted('aaaaaaaaaaa1', 't2');
    expect(() => keys.checkQuota(key)).not.toThrow();
  });

  it('gives a key a role and a tier, the default tier when none is named', () => {
    const keys = createApiKeys({ store, tiers: tiersWith(2), defaultTier: 'pro' });
    const { key: admin } = keys.create({ name: 'ops', role: 'admin', tier: 'enterprise' });
    const { key: plain } = keys.create({ name: 'someone' });
    expect(keys.listItem(admin)).toMatchObject({ role: 'admin', tier: 'enterprise', maxApps: 1000 });
    expect(keys.listItem(plain)).toMatchObject({ role: 'user', tier: 'pro', maxApps: 2 });
    expect(keys.authenticate(keys.create({ name: 'x', tier: 'free' }).secret)?.tier).toBe('free');
  });
});
