import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { AppResponse } from '@isekai/contracts';
import { appPorts } from '@isekai/test-kit';
import { answers, eventually } from './support/pages.js';
import { interrupt, runStart, type StartRun } from './support/start-script.js';
import type { ServiceName } from '@isekai/test-kit';

const CREATE_PROMPTS = [
  'a todo list',
  'a notes app with title and body',
  'a stopwatch with lap times',
  'a guestbook with name and message',
  'a contact list with name, email and phone',
  'a recipe manager with ingredients, cooking time and a 1-5 star rating',
];
const CHANGE_PROMPTS = ['make it dark', 'add search', 'add tags'];
/** Statuses an app passes through on its way to running or failed; none may remain once the work settles. */
const IN_BETWEEN = new Set(['planning', 'deploying']);
/** Live processes running something from the apps directory, with their command lines. */
function appProcesses(appsDir: string): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        const zombie = /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
        return cmdline.includes(appsDir) && !zombie
          ? [`${pid} ${cmdline.replaceAll('\0', ' ').slice(-120)}`]
          : [];
      } catch {
        return [];
      }
    });
}
const HEALTH: Record<ServiceName, string> = {
  backend: '/health/ready',
  planner: '/health',
  sandbox: '/health',
};

/**
 * Clients creating and changing apps through the public API while, in turn, the planner, the sandbox and
 * the backend are killed with SIGKILL under `npm start`'s supervisor. Every request a client was told was
 * accepted (2xx) must end as a running app or a failed one that says why.
 */
describe('faults under npm start', () => {
  let run: StartRun;
  afterAll(async () => {
    await run?.cleanup();
  });

  it('survives SIGKILL of the planner, the sandbox and the backend in the middle of work', async () => {
    run = await runStart({
      appPorts: appPorts(40),
      env: {
        LOG_LEVEL: 'warn',
        SUPERVISOR_BACKOFF_MS: '200',
        RECONCILE_INTERVAL_MS: '300',
        RATE_LIMIT_WRITES: '10000',
        RATE_LIMIT_GENERATIONS: '10000',
      },
    });
    await vi.waitFor(() => expect(run.output()).toContain('Isekai is running'), { timeout: 30_000 });

    const accepted = new Set<string>();
    const outcomes: Record<string, number> = {};
    let streaming = true;
    const send = async (path: string, prompt: string) => {
      try {
        const response = await fetch(`${run.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ prompt }),
          signal: AbortSignal.timeout(10_000),
        });
        outcomes[response.status] = (outcomes[response.status] ?? 0) + 1;
        return response.ok ? ((await response.json()) as AppResponse) : null;
      } catch {
        outcomes.refused = (outcomes.refused ?? 0) + 1; // the backend was down: nothing was accepted
        return null;
      }
    };
    // Creations up to MAX_APPS (within the 40 app ports), one operation in three; the rest are changes.
    const MAX_APPS = 30;
    const client = async (seed: number) => {
      for (let i = seed; streaming; i++) {
        const ids = [...accepted];
        if ((i % 3 !== 0 || ids.length >= MAX_APPS) && ids.length > 0) {
          await send(`/api/apps/${ids[i % ids.length]}/prompts`, CHANGE_PROMPTS[i % CHANGE_PROMPTS.length]!);
        } else {
          const app = await send('/api/apps', CREATE_PROMPTS[i % CREATE_PROMPTS.length]!);
          if (app) accepted.add(app.id);
        }
        await new Promise((resolve) => setTimeout(resolve, 350));
      }
    };
    const clients = [client(0), client(1)];

    const faults: ServiceName[] = ['planner', 'sandbox', 'backend'];
    for (const name of faults) {
      await new Promise((resolve) => setTimeout(resolve, 2500));
      const pid = run.servicePid(name)!;
      process.kill(pid, 'SIGKILL');
      await vi.waitFor(
        async () => {
          expect(run.servicePid(name)).not.toBe(pid);
          expect(await answers(`http://127.0.0.1:${run.ports[name]}${HEALTH[name]}`)).toBe(true);
        },
        { timeout: 30_000, interval: 100 },
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 2500));
    streaming = false;
    await Promise.all(clients);
    for (const name of faults)
      expect(run.output()).toContain(`${name} stopped unexpectedly (SIGKILL); restarting`);
    expect(run.output()).not.toContain('giving up');

    const read = async (id: string) => {
      const response = await fetch(`${run.url}/api/apps/${id}`);
      return response.status === 404 ? null : ((await response.json()) as AppResponse);
    };
    const settled = await eventually(
      () => Promise.all([...accepted].map(read)),
      (apps) => apps.every((app) => app === null || !IN_BETWEEN.has(app.status)),
      60_000,
    );
    const summary = settled.map((app, i) => app ?? { id: [...accepted][i], status: 'lost' });
    const statuses: Record<string, number> = {};
    for (const app of summary) {
      const key = `${app.status}${'error' in app && app.error ? ` ${app.error.code}` : ''}`;
      statuses[key] = (statuses[key] ?? 0) + 1;
    }
    console.log(
      `fault injection: ${faults.length} SIGKILLs survived, ${accepted.size} apps accepted; responses ${JSON.stringify(outcomes)}; apps ${JSON.stringify(statuses)}`,
    );
    expect(accepted.size).toBeGreaterThanOrEqual(10);
    expect(summary.filter((app) => app.status === 'lost').map((app) => app.id)).toEqual([]);
    const unsettled = summary.filter((app) => !['running', 'failed'].includes(app.status));
    for (const app of unsettled.slice(0, 2)) {
      const { events } = (await (await fetch(`${run.url}/api/apps/${app.id}/events`)).json()) as {
        events: { type: string; message: string }[];
      };
      console.log(`${app.id} ${app.status}: ${events.map((e) => `${e.type}: ${e.message}`).join(' | ')}`);
    }
    expect(unsettled.map((app) => [app.id, app.status])).toEqual([]);
    const failed = settled.filter((app) => app?.status === 'failed');
    expect(failed.filter((app) => !app?.error?.message).map((app) => app?.id)).toEqual([]);

    const runningApps = settled.filter((app): app is AppResponse => app?.status === 'running');
    expect(runningApps.length).toBeGreaterThan(0);
    expect(new Set(runningApps.map((app) => app.port)).size).toBe(runningApps.length);
    for (const app of runningApps) expect(await answers(app.url!)).toBe(true);

    expect(await interrupt(run.child)).toBe(0);
    // No app process outlived the platform: not one left by a killed sandbox, not one it was starting.
    expect(appProcesses(join(run.dir, 'apps'))).toEqual([]);
    const db = new Database(run.databasePath, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = db.prepare('SELECT id FROM apps').pluck().all() as string[];
      expect([...accepted].filter((id) => !stored.includes(id))).toEqual([]);
    } finally {
      db.close();
    }
  }, 150_000);
});
