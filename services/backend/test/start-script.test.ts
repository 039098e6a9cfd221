import { once } from 'node:events';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { eventually } from './support/pages.js';
import { interrupt, isAlive, runStart, type StartRun } from './support/start-script.js';

const createApp = async (run: StartRun) => {
  const response = await fetch(`${run.url}/api/apps?wait=true`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ prompt: 'a todo list' }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; url: string };
};

const eventTypes = async (run: StartRun, id: string) => {
  const { events } = (await (await fetch(`${run.url}/api/apps/${id}/events`)).json()) as {
    events: { type: string }[];
  };
  return events.map((e) => e.type);
};

/** The pid of the service's process once it is a different one from `previous` (it was restarted). */
const nextPid = (run: StartRun, name: 'backend' | 'planner' | 'sandbox', previous?: number) =>
  vi.waitFor(
    () => {
      const pid = run.servicePid(name);
      expect(pid).toBeDefined();
      expect(pid).not.toBe(previous);
      return pid!;
    },
    { timeout: 30_000, interval: 20 },
  );

const running = (run: StartRun) =>
  vi.waitFor(() => expect(run.output()).toContain('Isekai is running'), { timeout: 30_000, interval: 100 });

describe('npm start', () => {
  const started: StartRun[] = [];
  afterAll(async () => {
    await Promise.all(started.map((run) => run.cleanup()));
  });

  it('starts the three services, serves an app, and stops everything on Ctrl-C', async () => {
    const run = await runStart({ logFormat: 'pretty' });
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
    const run = await runStart({ logFormat: 'json' });
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
    const run = await runStart({ logFormat: 'fancy' });
    started.push(run);
    const [code] = await once(run.child, 'exit');
    expect(code).toBe(1);
    expect(run.output()).toContain('LOG_FORMAT must be "pretty" or "json"');
  });

  it('refuses a supervisor setting that is not a number, naming it', async () => {
    const run = await runStart({ env: { SUPERVISOR_MAX_RESTARTS: 'many' } });
    started.push(run);
    const [code] = await once(run.child, 'exit');
    expect(code).toBe(1);
    expect(run.output()).toContain(
      'SUPERVISOR_MAX_RESTARTS must be a whole number from 0 to 100, got "many"',
    );
    expect(run.output()).not.toContain('listening');
  });

  it('starts a SIGKILLed sandbox again while the others keep running, and runs its apps again', async () => {
    const run = await runStart({ env: { SUPERVISOR_BACKOFF_MS: '200', RECONCILE_INTERVAL_MS: '200' } });
    started.push(run);
    await running(run);
    const app = await createApp(run);
    const [backend, planner, sandbox] = (['backend', 'planner', 'sandbox'] as const).map((name) =>
      run.servicePid(name),
    );
    const restartsBefore = (await eventTypes(run, app.id)).filter((t) => t === 'restarting').length;

    process.kill(sandbox!, 'SIGKILL');
    const newSandbox = await nextPid(run, 'sandbox', sandbox);
    expect(run.output()).toContain(
      'sandbox stopped unexpectedly (SIGKILL); restarting it in 0.2 s (restart 1 of at most 5 a minute).',
    );
    // The backend saw the new sandbox instance and started the app in it.
    const types = await eventually(
      () => eventTypes(run, app.id),
      (t) => t.filter((type) => type === 'restarting').length > restartsBefore && t.at(-1) === 'running',
      20_000,
    );
    expect(types.at(-1)).toBe('running');
    expect((await fetch(app.url)).status).toBe(200);
    expect([run.servicePid('backend'), run.servicePid('planner')]).toEqual([backend, planner]);
    expect(run.output()).not.toContain('giving up');

    expect(await interrupt(run.child)).toBe(0);
    expect(run.output()).toContain('Isekai stopped.');
    expect([backend!, planner!, newSandbox].filter(isAlive)).toEqual([]);
    await expect(fetch(app.url)).rejects.toThrow();
  });

  it('gives up on a service that keeps dying, says so, and stops everything', async () => {
    const run = await runStart({ env: { SUPERVISOR_MAX_RESTARTS: '2', SUPERVISOR_BACKOFF_MS: '100' } });
    started.push(run);
    await running(run);
    const app = await createApp(run);
    const others = [run.servicePid('backend')!, run.servicePid('sandbox')!];
    const exited = once(run.child, 'exit');

    // Killed as soon as each new process exists: three deaths in a row, two restarts allowed.
    let planner: number | undefined;
    for (let death = 1; death <= 3; death++) {
      planner = await nextPid(run, 'planner', planner);
      process.kill(planner, 'SIGKILL');
    }

    const [code] = (await exited) as [number | null];
    expect(code).toBe(1);
    expect(run.output()).toContain('restarting it in 0.1 s (restart 1 of at most 2 a minute)');
    expect(run.output()).toContain('restarting it in 0.2 s (restart 2 of at most 2 a minute)');
    expect(run.output()).toContain(
      'planner stopped unexpectedly (SIGKILL) after 2 restarts within a minute (SUPERVISOR_MAX_RESTARTS); giving up: stopping Isekai.',
    );
    expect(run.output()).toContain('Isekai stopped.');
    expect(others.filter(isAlive)).toEqual([]);
    await expect(fetch(app.url)).rejects.toThrow();
  });
});
