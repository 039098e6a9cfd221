import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPorts } from '@isekai/test-kit';
import { startPlatform, type Platform } from './support/platform.js';
import { hostileApp } from './attacks/support/hostile.js';

const KEYS_CLI = fileURLToPath(new URL('../../../scripts/keys.mjs', import.meta.url));
const SECRET = /isk_[A-Za-z0-9_-]{32}/;
const METRICS_TOKEN = 'scrape-token-5f2e9c7a1b3d';
/** Never registered: a guess a client might send. */
const WRONG_KEY = 'isk_wrongwrongwrongwrongwrongwrong00';
const SERVER_MEMORY_MB = 128;
/** A small free tier, so each allowance is reached in a few requests. */
const TIERS = {
  free: {
    maxApps: 2,
    maxRunningApps: 1,
    generationsPerHour: 3,
    memoryMb: 96,
    cpuPercent: 20,
    timeoutMs: 600_000,
  },
};

/** The value of the first sample of `name` whose labels include all of `labels` (in any order), or 0. */
function sample(text: string, name: string, labels: Record<string, string | RegExp>): number {
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)\{(.*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries(
      [...(match[2] as string).matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    );
    const fits = Object.entries(labels).every(([key, want]) =>
      typeof want === 'string' ? found[key] === want : want.test(found[key] ?? ''),
    );
    if (fits) return Number(match[3]);
  }
  return 0;
}

/**
 * Metrics, the audit trail and security events, roles and tiers, on the real platform with API_KEYS=on.
 * Every service logs at debug, so the last test can search everything they printed for the secrets used.
 */
describe('metrics, events, roles and tiers', () => {
  let platform: Platform;
  let admin: string;
  let adminId: string;
  let user: string;
  let userId: string;

  const as = (secret: string) => ({ authorization: `Bearer ${secret}` });
  const api = (path: string, secret: string, init: RequestInit & { json?: unknown } = {}) =>
    platform.api(path, { ...init, headers: { ...as(secret), ...(init.headers ?? {}) } });
  const events = async (query: string) => {
    const answer = await api(`/api/admin/events${query}`, admin);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body.events as {
      id: number;
      type: string;
      severity: string;
      actor: string;
      appId: string | null;
      message: string;
      context: Record<string, unknown>;
    }[];
  };
  const eventually = async (check: () => Promise<boolean>, timeoutMs = 20_000) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('condition not met in time');
  };
  /** An app of the admin's whose entry is replaced by `source`. */
  const deploy = async (source: string) => {
    const created = await api('/api/apps?wait=true', admin, {
      method: 'POST',
      json: { prompt: 'a todo list' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    const { body } = await api(`/api/apps/${id}/files`, admin);
    const entry = (JSON.parse(body.files['manifest.json']) as { entry: string }).entry;
    await api(`/api/apps/${id}/files?wait=true`, admin, {
      method: 'PATCH',
      json: { files: { [entry]: source } },
    });
    return id;
  };

  beforeAll(async () => {
    platform = await startPlatform({
      appPorts: appPorts(10),
      keepLogs: true,
      env: {
        API_KEYS: 'on',
        LOG_LEVEL: 'debug',
        METRICS_TOKEN,
        TIERS: JSON.stringify(TIERS),
        MAX_MEMORY_MB: String(SERVER_MEMORY_MB),
        WATCHDOG_INTERVAL_MS: '200',
        RATE_LIMIT_AUTH_FAILURES: '40',
      },
    });
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [KEYS_CLI, 'create', 'ops', '--role', 'admin', '--tier', 'enterprise'],
      {
        env: {
          PATH: process.env.PATH ?? '/usr/bin:/bin',
          DATABASE_PATH: platform.databasePath,
          API_KEYS: 'on',
        },
      },
    );
    expect(stdout).toContain('admin of tier enterprise');
    admin = SECRET.exec(stdout)![0];
    adminId = /key_[a-z0-9]{8}/.exec(stdout)![0];
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('lets an administrator manage keys through /api/keys, and no one else', async () => {
    const created = await api('/api/keys', admin, { method: 'POST', json: { name: 'pat', tier: 'free' } });
    expect(created.status).toBe(201);
    expect(created.body.key).toMatchObject({ name: 'pat', role: 'user', tier: 'free', maxApps: 2, apps: 0 });
    user = created.body.secret as string;
    userId = created.body.key.id as string;
    expect(user).toMatch(SECRET);

    expect((await api('/api/keys', user)).status).toBe(403);
    expect(
      (await api('/api/keys', user, { method: 'POST', json: { name: 'me', role: 'admin' } })).body.error.code,
    ).toBe('admin-only');
    expect((await api('/api/admin/events', user)).status).toBe(403);
    expect((await platform.api('/api/keys')).status).toBe(401);

    const bad = await api('/api/keys', admin, {
      method: 'POST',
      json: { name: 'x', role: 'root', maxApps: '5' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/role must be one of admin, user; maxApps must be a whole number/);

    const spare = await api('/api/keys', admin, { method: 'POST', json: { name: 'spare' } });
    expect((await api(`/api/keys/${spare.body.key.id}`, admin, { method: 'DELETE' })).status).toBe(204);
    expect((await api(`/api/keys/${spare.body.key.id}`, admin, { method: 'DELETE' })).status).toBe(404);
    expect((await api('/api/session', spare.body.secret)).status).toBe(401);

    const list = await api('/api/keys', admin);
    expect(list.body.keys.map((key: { name: string }) => key.name)).toEqual(['ops', 'pat', 'spare']);
    expect(JSON.stringify(list.body)).not.toMatch(SECRET);
    expect(list.body.keys[2].revokedAt).not.toBeNull();
  });

  it('holds a key to its tier: per-app caps, running apps, apps, generations an hour', async () => {
    const first = await api('/api/apps?wait=true', user, { method: 'POST', json: { prompt: 'a todo list' } });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.limits).toEqual({ memoryMb: 96, cpuPercent: 20, timeoutMs: 300_000 });

    const running = await api('/api/apps', user, { method: 'POST', json: { prompt: 'a notes app' } });
    expect(running.status).toBe(403);
    expect(running.body.error.code).toBe('running-quota-exceeded');
    expect(running.body.error.message).toMatch(/may run 1 apps at once/);

    expect((await api(`/api/apps/${first.body.id}/stop`, user, { method: 'POST' })).status).toBe(200);
    const second = await api('/api/apps?wait=true', user, {
      method: 'POST',
      json: { prompt: 'a notes app' },
    });
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    const restart = await api(`/api/apps/${first.body.id}/start`, user, { method: 'POST' });
    expect(restart.body.error.code).toBe('running-quota-exceeded');

    const third = await api('/api/apps', user, { method: 'POST', json: { prompt: 'a timer' } });
    expect(third.status).toBe(403);
    expect(third.body.error.code).toBe('app-quota-exceeded');

    const change = (prompt: string) =>
      api(`/api/apps/${second.body.id}/prompts`, user, { method: 'POST', json: { prompt } });
    expect((await change('make the header dark blue')).status).toBe(202);
    const limited = await change('make the header green');
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('generation-quota-exceeded');
    expect(limited.body.error.message).toMatch(/3 generations .* an hour.*next is allowed at/);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(3000);
    expect(retryAfter).toBeLessThanOrEqual(3600);
  });

  it('serves metrics to a scrape token or an administrator, with routes as patterns', async () => {
    expect((await platform.api('/metrics')).status).toBe(401);
    expect((await api('/metrics', user)).status).toBe(403);
    const scraped = await api('/metrics', METRICS_TOKEN);
    expect(scraped.status).toBe(200);
    expect(scraped.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = scraped.body as string;
    const stops = { method: 'POST', route: '/api/apps/:id/stop', status: '200' };
    expect(sample(text, 'isekai_http_request_duration_seconds_count', stops)).toBeGreaterThan(0);
    const invalid = { method: 'POST', route: '/api/keys', status: '400' };
    expect(sample(text, 'isekai_http_request_duration_seconds_count', invalid)).toBeGreaterThan(0);
    expect(text).not.toMatch(/route="\/api\/apps\/[a-z0-9]{12}/);
    expect(sample(text, 'isekai_apps', { status: 'stopped' })).toBeGreaterThan(0);
    expect(sample(text, 'isekai_auth_failures_total', { reason: 'api-key-required' })).toBeGreaterThan(0);
    expect(sample(text, 'isekai_audit_events_total', { type: 'quota-exceeded' })).toBeGreaterThan(0);
    expect(sample(text, 'process_start_time_seconds', { service: 'backend' })).toBeGreaterThan(0);
    expect((await api('/metrics', admin)).status).toBe(200);

    const internal = (service: Platform['planner'], token?: string) =>
      fetch(`${service.url}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect((await internal(platform.planner)).status).toBe(401);
    expect((await internal(platform.sandbox)).status).toBe(401);
    const planner = await (await internal(platform.planner, platform.serviceToken)).text();
    expect(sample(planner, 'isekai_plan_duration_seconds_count', { outcome: 'planned' })).toBeGreaterThan(0);
    const sandbox = await (await internal(platform.sandbox, platform.serviceToken)).text();
    const deploys = { what: 'deploy', outcome: 'running' };
    expect(sample(sandbox, 'isekai_sandbox_start_duration_seconds_count', deploys)).toBeGreaterThan(0);
    expect(sample(sandbox, 'isekai_app_memory_bytes', { app: /^[a-z0-9]{12}$/ })).toBeGreaterThan(0);
    expect(sample(sandbox, 'isekai_app_cpu_percent', { app: /^[a-z0-9]{12}$/ })).toBeGreaterThanOrEqual(0);
    expect(sample(sandbox, 'isekai_sandbox_apps', { status: 'running' })).toBeGreaterThan(0);
  });

  it('records who changed what, and what was refused, filtered and paged for an administrator', async () => {
    const audit = await events('?type=audit');
    const creations = audit.filter((event) => event.message === 'POST /api/apps' && event.actor === userId);
    expect(creations).toHaveLength(2);
    expect(creations[0]?.appId).toMatch(/^[a-z0-9]{12}$/);
    expect(audit.some((event) => event.message === 'DELETE /api/keys/:id' && event.actor === adminId)).toBe(
      true,
    );
    expect(audit.some((event) => event.actor === 'cli' && event.context.role === 'admin')).toBe(true);

    const quota = await events('?type=quota-exceeded');
    expect(quota.map((event) => event.context.code)).toEqual(
      expect.arrayContaining(['running-quota-exceeded', 'app-quota-exceeded', 'generation-quota-exceeded']),
    );
    await api('/api/apps?limit=1&limit=2', user);
    const [invalid] = await events('?type=validation-failure');
    expect(invalid).toMatchObject({
      severity: 'info',
      actor: userId,
      context: { route: '/api/apps', fields: ['limit'] },
    });
    await platform.api('/api/apps', { headers: as(WRONG_KEY) });
    const refusedUser = (await events('?type=auth-failure')).find((event) => event.actor === userId);
    expect(refusedUser?.context).toMatchObject({ code: 'admin-only', status: 403 });
    const [denied] = await events('?type=auth-failure&minSeverity=warning');
    expect(denied).toMatchObject({
      severity: 'warning',
      actor: 'anonymous',
      context: { code: 'api-key-invalid' },
    });

    const page = await api('/api/admin/events?limit=2', admin);
    expect(page.body.events).toHaveLength(2);
    const next = await api(`/api/admin/events?limit=2&cursor=${page.body.nextCursor}`, admin);
    expect(next.body.events[0].id).toBeLessThan(page.body.events[1].id);
    expect(await events(`?since=${new Date(Date.now() + 60_000).toISOString()}`)).toEqual([]);
    for (const query of [
      '?minSeverity=loud',
      '?type=audit&type=audit',
      '?since=yesterday',
      '?limit=0',
      '?cursor=x',
    ]) {
      expect((await api(`/api/admin/events${query}`, admin)).status, query).toBe(400);
    }
  });

  it("records the limits that stopped an app and what the sandbox refused, from the app's output", async () => {
    const refused = await deploy(
      hostileApp("return 'up';", "try { require('left-pad'); } catch (error) { console.error(error); }"),
    );
    // Refused by the permission model, or by the pids limit where that is all there is: either is told.
    const spawner = await deploy(
      hostileApp(
        "return 'up';",
        "try { require('node:child_process').spawn(process.execPath, ['-e', '1']).on('error', (e) => console.error(e)); } catch (error) { console.error(error); }",
      ),
    );
    const hog = await deploy(
      hostileApp(
        "return 'up';",
        'const kept = []; setInterval(() => kept.push(Buffer.alloc(16 * 1024 * 1024, 1)), 20);',
      ),
    );
    await eventually(async () =>
      (await events('?type=module-refused')).some((event) => event.appId === refused),
    );
    await eventually(async () =>
      (await events('')).some(
        (event) =>
          event.appId === spawner &&
          (event.type === 'permission-denied' ||
            (event.type === 'limit-hit' && event.context.kind === 'processes')),
      ),
    );
    const [refusal] = (await events('?minSeverity=high')).filter((event) => event.appId === refused);
    expect(refusal).toMatchObject({ type: 'module-refused', severity: 'high', actor: 'sandbox' });
    expect(refusal?.message).toContain('left-pad');

    await eventually(async () =>
      (await events('?minSeverity=warning')).some(
        (event) =>
          event.appId === hog &&
          ['limit-hit', 'oom-kill'].includes(event.type) &&
          event.context.kind === 'memory',
      ),
    );
    const sandbox = await (
      await fetch(`${platform.sandbox.url}/metrics`, { headers: as(platform.serviceToken) })
    ).text();
    const memoryKills = { kind: /^(memory-limit|oom-kill)$/ };
    expect(sample(sandbox, 'isekai_sandbox_limit_hits_total', memoryKills)).toBeGreaterThan(0);
    expect(sample(sandbox, 'isekai_sandbox_refusals_total', { kind: 'module-refused' })).toBeGreaterThan(0);
  });

  it('records a rate-limit hit, and never writes a key, token or secret to a log line or an event', async () => {
    // A key in the URL by mistake: logged (at debug) with the key redacted.
    await api(`/api/apps?key=${user}`, user);
    for (let i = 0; i < 45; i++) await platform.api('/api/apps', { headers: as(WRONG_KEY) });
    const db = new Database(platform.databasePath, { readonly: true });
    try {
      const limited = db.prepare("SELECT context_json FROM audit_events WHERE type = 'rate-limit'").all() as {
        context_json: string;
      }[];
      expect(limited.length).toBeGreaterThan(0);
      expect(JSON.parse(limited[0]!.context_json)).toMatchObject({ limiter: 'auth-failures' });
      const everything = JSON.stringify(db.prepare('SELECT * FROM audit_events').all());
      const logs = platform.backend.allOutput + platform.planner.allOutput + platform.sandbox.allOutput;
      expect(logs).toContain('isk_[redacted]');
      for (const secret of [admin, user, WRONG_KEY, METRICS_TOKEN, platform.serviceToken]) {
        expect(everything.includes(secret), 'a secret in the events table').toBe(false);
        expect(logs.includes(secret), 'a secret in the logs').toBe(false);
      }
    } finally {
      db.close();
    }
  });
});
