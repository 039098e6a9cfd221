import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppResponse } from '@isekai/contracts';
import { appPorts } from '@isekai/test-kit';
import { answers, eventually } from './support/pages.js';
import { startPlatform, type Platform } from './support/platform.js';

/** Pids of the processes running an app from the apps directory (the sandbox's app processes). */
function appProcesses(appsDir: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(appsDir);
      } catch {
        return false; // gone meanwhile
      }
    })
    .map(Number);
}

/** A request on a new connection once the service is stopping: refused, or a 503. */
async function refusedOrUnavailable(url: string): Promise<boolean> {
  return fetch(url, { signal: AbortSignal.timeout(2000) }).then(
    (response) => response.status === 503,
    () => true,
  );
}

describe('SIGTERM', () => {
  let platform: Platform;
  const create = (prompt: string) =>
    platform.api('/api/apps?wait=true', { method: 'POST', json: { prompt } });

  beforeAll(async () => {
    platform = await startPlatform({ appPorts: appPorts(10), env: { LOG_LEVEL: 'info' } });
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('lets the backend finish a deploy in flight, refuses new requests, and checkpoints the WAL', async () => {
    const { body: app } = await create('a todo list');
    expect(app.status).toBe('running');
    const stream = await fetch(`${platform.backend.url}/api/apps/${app.id}/events`, {
      headers: { accept: 'text/event-stream' },
    });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');

    // A version that takes 2.5 s to listen: its `?wait=true` edit is still being served when SIGTERM comes.
    const { body: files } = await platform.api(`/api/apps/${app.id}/files`);
    const entry = JSON.parse(files.files['manifest.json']).entry as string;
    const slow = `setTimeout(() => require('node:http').createServer((q, r) => r.end('slow but up')).listen(Number(process.env.PORT), '127.0.0.1'), 2500);`;
    const inFlight = platform.api(`/api/apps/${app.id}/files?wait=true`, {
      method: 'PATCH',
      json: { files: { [entry]: slow } },
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stopped = platform.backend.kill('SIGTERM');
    await eventually(
      () => Promise.resolve(platform.backend.output),
      (output) => output.includes('shutting down'),
      5000,
    );
    expect(await refusedOrUnavailable(`${platform.backend.url}/health/live`)).toBe(true);
    // The event stream is ended by the server rather than cut, so it does not hold the stop.
    await expect(stream.text()).resolves.toEqual(expect.any(String));

    const { status, body } = await inFlight;
    expect(status).toBe(200);
    expect([body.status, body.version]).toEqual(['running', 2]);
    await stopped;
    expect(platform.backend.output).not.toContain('shutdown failed');

    // Everything is in the database file itself: the WAL was folded in and emptied.
    const wal = `${platform.databasePath}-wal`;
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
    const db = new Database(platform.databasePath, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT status FROM apps WHERE id = ?').pluck().get(body.id)).toBe('running');
    } finally {
      db.close();
    }

    await platform.backend.start();
    expect(((await platform.api(`/api/apps/${body.id}`)).body as AppResponse).status).toBe('running');
  });

  it('makes the sandbox stop every app and leave no app process behind', async () => {
    const { body: app } = await create('a notes app with title and body');
    expect(app.status).toBe('running');
    const before = appProcesses(platform.appsDir);
    expect(before.length).toBeGreaterThanOrEqual(2);

    await platform.sandbox.kill('SIGTERM');
    expect(platform.sandbox.output).toContain('shutting down');
    expect(before.filter((pid) => existsSync(`/proc/${pid}`) && !isZombie(pid))).toEqual([]);
    expect(appProcesses(platform.appsDir)).toEqual([]);
    expect(await answers(app.url)).toBe(false);
  });

  it('stops the planner and refuses new connections', async () => {
    await platform.planner.kill('SIGTERM');
    expect(platform.planner.output).toContain('shutting down');
    expect(await refusedOrUnavailable(`${platform.planner.url}/health`)).toBe(true);
  });
});

function isZombie(pid: number): boolean {
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}
