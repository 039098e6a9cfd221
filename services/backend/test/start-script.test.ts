import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { freePort } from './support/free-port.js';

const START = fileURLToPath(new URL('../../../scripts/start.mjs', import.meta.url));

/** `npm start` as the README gives it (the script behind it), on free ports with its state in a temp dir. */
async function runStart(logFormat: string) {
  const dir = mkdtempSync(join(tmpdir(), 'isekai-start-'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  const [backend, planner, sandbox] = await Promise.all([freePort(), freePort(), freePort()]);
  const child: ChildProcess = spawn(process.execPath, [START], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: dir,
      LOG_FORMAT: logFormat,
      BACKEND_PORT: String(backend),
      PLANNER_PORT: String(planner),
      SANDBOX_PORT: String(sandbox),
      DATABASE_PATH: join(dir, 'isekai.db'),
      APPS_DIR: join(dir, 'apps'),
      SANDBOX_STATE_DIR: join(dir, 'sandbox'),
      APP_PORT_MIN: '9350',
      APP_PORT_MAX: '9359',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return {
    url: `http://127.0.0.1:${backend}`,
    output: () => output,
    child,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Ctrl-C, as a person stops it; resolves with the exit code. */
async function interrupt(child: ChildProcess): Promise<number | null> {
  const exited = once(child, 'exit');
  child.kill('SIGINT');
  return ((await exited) as [number | null])[0];
}

const running = (run: Awaited<ReturnType<typeof runStart>>) =>
  vi.waitFor(() => expect(run.output()).toContain('Isekai is running'), { timeout: 30_000, interval: 100 });

describe('npm start', () => {
  const started: Awaited<ReturnType<typeof runStart>>[] = [];
  afterAll(() => {
    for (const run of started) {
      if (run.child.exitCode === null) run.child.kill('SIGKILL');
      run.cleanup();
    }
  });

  it('starts the three services, serves an app, and stops everything on Ctrl-C', async () => {
    const run = await runStart('pretty');
    started.push(run);
    await running(run);
    expect(run.output()).toContain(`backend  ${run.url}`);

    const created = await fetch(`${run.url}/api/apps?wait=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: 'a todo list' }),
    });
    expect(created.status).toBe(201);
    const app = (await created.json()) as { url: string };
    expect((await fetch(app.url)).status).toBe(200);
    // Readable lines ("HH:MM:SS INFO: backend: ..."), and no reconcile failure from starting the backend first.
    expect(run.output()).toMatch(/\[\d\d:\d\d:\d\d\] INFO: backend: backend listening on/);
    expect(run.output()).not.toContain('"level"');
    expect(run.output()).not.toContain('reconcile pass failed');

    expect(await interrupt(run.child)).toBe(0);
    expect(run.output()).toContain('Isekai stopped.');
    await expect(fetch(app.url)).rejects.toThrow();
  });

  it('passes the JSON log lines on unchanged with LOG_FORMAT=json', async () => {
    const run = await runStart('json');
    started.push(run);
    await running(run);
    const line = run
      .output()
      .split('\n')
      .find((l) => l.includes('backend listening on'));
    expect(JSON.parse(line!)).toMatchObject({ level: 30, service: 'backend' });
    expect(await interrupt(run.child)).toBe(0);
  });

  it('refuses an unknown LOG_FORMAT with a message saying what it takes', async () => {
    const run = await runStart('fancy');
    started.push(run);
    const [code] = await once(run.child, 'exit');
    expect(code).toBe(1);
    expect(run.output()).toContain('LOG_FORMAT must be "pretty" or "json"');
  });
});
