import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPorts } from '@isekai/test-kit';
import { startPlatform, type Platform } from './support/platform.js';

const KEYS_CLI = fileURLToPath(new URL('../../../scripts/keys.mjs', import.meta.url));
const SECRET = /isk_[A-Za-z0-9_-]{32}/;

/** The platform with API_KEYS=on; keys are made the way an administrator makes them, with the CLI. */
describe('API keys', () => {
  let platform: Platform;
  let alice: string;
  let bob: string;
  let bobId: string;

  const keysCli = async (...args: string[]) =>
    promisify(execFile)(process.execPath, [KEYS_CLI, ...args], {
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        DATABASE_PATH: platform.databasePath,
        API_KEYS: 'on',
      },
    });
  const createKey = async (name: string, ...options: string[]) => {
    const { stdout } = await keysCli('create', name, ...options);
    return { secret: SECRET.exec(stdout)![0], id: /key_[a-z0-9]{8}/.exec(stdout)![0] };
  };
  const as = (secret: string) => ({ authorization: `Bearer ${secret}` });
  const createApp = (secret: string) =>
    platform.api('/api/apps?wait=true', {
      method: 'POST',
      headers: as(secret),
      json: { prompt: 'a todo list' },
    });

  beforeAll(async () => {
    platform = await startPlatform({
      appPorts: appPorts(10),
      env: { API_KEYS: 'on', RATE_LIMIT_AUTH_FAILURES: '8' },
    });
    alice = (await createKey('alice')).secret;
    ({ secret: bob, id: bobId } = await createKey('bob', '--max-apps', '1'));
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('asks for a key, saying how to get one, and tells a wrong key apart', async () => {
    const missing = await platform.api('/api/apps');
    expect(missing.status).toBe(401);
    expect(missing.body.error).toMatchObject({ code: 'api-key-required' });
    expect(missing.body.error.message).toContain('npm run keys -- create');

    const wrong = await platform.api('/api/apps', { headers: as('isk_not-a-real-key-not-a-real-key-00') });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('api-key-invalid');

    expect((await platform.api('/health')).status).toBe(200);
    expect((await platform.api('/api/session')).body).toEqual({ keysRequired: true, key: null });
  });

  it('describes the key it is given, and refuses a wrong one', async () => {
    const session = await platform.api('/api/session', { headers: as(bob) });
    expect(session.body).toEqual({
      keysRequired: true,
      key: { id: bobId, name: 'bob', maxApps: 1, apps: 0, role: 'user', tier: 'pro' },
    });
    expect((await platform.api('/api/session', { headers: as(`${bob}x`) })).status).toBe(401);
  });

  it("gives each key its own apps: another key's app is not found, in every route", async () => {
    const created = await createApp(alice);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;

    expect(
      (await platform.api('/api/apps', { headers: as(alice) })).body.apps.map((a: { id: string }) => a.id),
    ).toEqual([id]);
    expect((await platform.api('/api/apps', { headers: as(bob) })).body.apps).toEqual([]);
    for (const [method, path] of [
      ['GET', `/api/apps/${id}`],
      ['GET', `/api/apps/${id}/files`],
      ['GET', `/api/apps/${id}/events`],
      ['GET', `/api/apps/${id}/logs`],
      ['GET', `/api/apps/${id}/archive`],
      ['GET', `/api/apps/${id}/versions`],
      ['POST', `/api/apps/${id}/stop`],
      ['DELETE', `/api/apps/${id}`],
    ] as const) {
      const answer = await platform.api(path, { method, headers: as(bob) });
      expect(answer.status, `${method} ${path}`).toBe(404);
      expect(answer.body.error.code).toBe('app-not-found');
    }
    expect((await platform.api(`/api/apps/${id}`, { headers: as(alice) })).body.status).toBe('running');
  });

  it('holds a key to its quota of apps, and counts only its own', async () => {
    expect((await createApp(bob)).status).toBe(201);
    const over = await createApp(bob);
    expect(over.status).toBe(403);
    expect(over.body.error).toMatchObject({ code: 'app-quota-exceeded' });
    expect(over.body.error.message).toContain('already has 1 apps');
    expect((await createApp(alice)).status).toBe(201);
  });

  it('stops a revoked key at once, with the backend running', async () => {
    const carol = await createKey('carol');
    expect((await platform.api('/api/apps', { headers: as(carol.secret) })).status).toBe(200);
    await keysCli('revoke', carol.id);
    const refused = await platform.api('/api/apps', { headers: as(carol.secret) });
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('api-key-invalid');
    expect((await keysCli('list')).stdout).toMatch(/carol\s+revoked/);
  });

  it('slows down key guessing: past the limit of failures, an address is refused for the window', async () => {
    let status = 401;
    for (let attempt = 0; attempt < 20 && status === 401; attempt++) {
      status = (await platform.api('/api/apps', { headers: as(`isk_guess-${attempt}`) })).status;
    }
    expect(status).toBe(429);
  });
});
