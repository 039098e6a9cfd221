import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPorts } from '@isekai/test-kit';
import { fuzzRequest, type FuzzRequest, type FuzzTarget, type FuzzWorld } from './support/fuzz-requests.js';
import { startPlatform, type Platform } from './support/platform.js';
import { closeRawAgent, sendRaw, type RawOutcome } from './support/raw-request.js';

const KEYS_CLI = fileURLToPath(new URL('../../../scripts/keys.mjs', import.meta.url));
/** Replay a failure with FUZZ_SEED=<the seed it printed>; FUZZ_REQUESTS sets the count. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const IN_FLIGHT = 12;
/** Of every 10 requests: 6 to the public API, 2 to each internal service. */
const SHARE: FuzzTarget[] = [
  'backend',
  'backend',
  'backend',
  'backend',
  'backend',
  'backend',
  'planner',
  'planner',
  'sandbox',
  'sandbox',
];

/** What malformed requests must leave as it was: every app, version, app event, key and state change. */
function fingerprint(path: string): Record<string, string> {
  const db = new Database(path, { readonly: true });
  try {
    const tables = {
      apps: 'SELECT * FROM apps ORDER BY seq',
      versions: 'SELECT * FROM versions ORDER BY app_id, number',
      events: 'SELECT * FROM events ORDER BY id',
      api_keys: 'SELECT * FROM api_keys ORDER BY id',
      audit: "SELECT * FROM audit_events WHERE type = 'audit' ORDER BY id",
    };
    return Object.fromEntries(
      Object.entries(tables).map(([name, sql]) => [
        name,
        createHash('sha256')
          .update(JSON.stringify(db.prepare(sql).all()))
          .digest('hex'),
      ]),
    );
  } finally {
    db.close();
  }
}

function describeRequest(request: FuzzRequest): string {
  const body = request.body
    ? ` body ${request.body.length} bytes: ${request.body.subarray(0, 120).toString()}`
    : '';
  return `${request.target} ${request.method} ${request.path.slice(0, 200)} ${JSON.stringify(request.headers).slice(0, 300)}${body}`;
}

/**
 * At least 10,000 generated malformed requests (fast-check, seeded) against every route of the three
 * services, with and without keys and the service token: no 5xx, no crash, no hang, everything healthy
 * afterwards, and the stored data byte for byte as it was.
 */
describe('fuzzing every route of every service', () => {
  let platform: Platform;
  let world: FuzzWorld;

  beforeAll(async () => {
    platform = await startPlatform({
      appPorts: appPorts(10),
      env: {
        API_KEYS: 'on',
        // Limits stay, but high enough that requests reach the routes rather than all stop at a 429.
        RATE_LIMIT_AUTH_FAILURES: '1000000',
        RATE_LIMIT_FAILURES: '1000000',
        RATE_LIMIT_WRITES: '1000000',
      },
    });
    const cli = (...args: string[]) =>
      promisify(execFile)(process.execPath, [KEYS_CLI, 'create', ...args], {
        env: {
          PATH: process.env.PATH ?? '/usr/bin:/bin',
          DATABASE_PATH: platform.databasePath,
          API_KEYS: 'on',
        },
      });
    const secretOf = ({ stdout }: { stdout: string }) => /isk_[A-Za-z0-9_-]{32}/.exec(stdout)![0];
    const admin = secretOf(await cli('ops', '--role', 'admin'));
    const user = secretOf(await cli('someone', '--tier', 'free'));
    const created = await platform.api('/api/apps?wait=true', {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}` },
      json: { prompt: 'a todo list' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    world = {
      appId: created.body.id as string,
      unknownAppId: 'zzzzzzzzzzzz',
      keys: { admin, user },
      serviceToken: platform.serviceToken,
    };
  });
  afterAll(async () => {
    closeRawAgent();
    await platform?.stop();
  });

  it(
    `answers ${REQUESTS} malformed requests without a 5xx, a crash or a change (seed ${SEED})`,
    { timeout: 240_000 },
    async () => {
      const before = fingerprint(platform.databasePath);
      const generator = fc
        .integer({ min: 0, max: SHARE.length - 1 })
        .chain((i) => fuzzRequest(world, SHARE[i] as FuzzTarget));
      const requests = fc.sample(generator, { seed: SEED, numRuns: REQUESTS });
      const ports: Record<FuzzTarget, number> = {
        backend: platform.backend.port,
        planner: platform.planner.port,
        sandbox: platform.sandbox.port,
      };
      const failures: string[] = [];
      const byStatus = new Map<string, number>();
      let next = 0;
      const started = Date.now();
      const worker = async () => {
        while (next < requests.length) {
          const request = requests[next++] as FuzzRequest;
          const outcome: RawOutcome = await sendRaw(ports[request.target], request);
          const label =
            outcome.kind === 'answered'
              ? String(outcome.status)
              : 'error' in outcome
                ? `${outcome.kind} ${outcome.error}`
                : outcome.kind;
          byStatus.set(label, (byStatus.get(label) ?? 0) + 1);
          if ((outcome.kind === 'answered' && outcome.status >= 500) || outcome.kind === 'hung') {
            failures.push(`${label}: ${describeRequest(request)}`);
          }
        }
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
      const seconds = (Date.now() - started) / 1000;
      const counts = Object.fromEntries([...byStatus].sort());
      console.log(`fuzz seed ${SEED}: ${REQUESTS} requests in ${seconds.toFixed(1)} s`, counts);

      expect(failures.slice(0, 20), `seed ${SEED}`).toEqual([]);
      const unsendable = [...byStatus].filter(([label]) => label.startsWith('unsendable'));
      expect(unsendable.reduce((sum, [, count]) => sum + count, 0)).toBeLessThan(REQUESTS / 100);
      expect([...byStatus.keys()].filter((status) => /^\d+$/.test(status)).length).toBeGreaterThan(8);

      for (const service of [platform.backend, platform.planner, platform.sandbox]) {
        const health = await fetch(`${service.url}/health`);
        expect(health.status, `${service.name} health\n${service.output}`).toBe(200);
      }
      const admin = { authorization: `Bearer ${world.keys.admin}` };
      const app = await platform.api(`/api/apps/${world.appId}`, { headers: admin });
      expect(app.body.status).toBe('running');
      expect(fingerprint(platform.databasePath)).toEqual(before);
      // The fingerprint sees a change when there is one: one well-formed stop.
      const stop = await platform.api(`/api/apps/${world.appId}/stop`, { method: 'POST', headers: admin });
      expect(stop.status).toBe(200);
      expect(fingerprint(platform.databasePath).apps).not.toBe(before.apps);
    },
  );
});
