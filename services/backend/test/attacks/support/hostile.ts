import { expect } from 'vitest';
import type { Platform } from '../../support/platform.js';

/** What a hostile app reports about one attempt: the value it got, or the error code that stopped it. */
export interface Observation {
  ok: boolean;
  value?: unknown;
  error?: string;
}

export interface DeployedApp {
  id: string;
  url: string | null;
  port: number | null;
  status: string;
  /** The PATCH's answer: 200/202 when the app started, 422 with `error` when the start failed. */
  patchStatus: number;
  error: { code: string; message: string } | null;
}

/**
 * A CommonJS server whose every request runs `attempt` (the body of an async function that may use
 * `fs`, `net`, `os`, `path`, `child_process`) and answers what happened as JSON. Code before the server
 * (`startup`) runs once at start, for attacks that act without being asked.
 */
export function hostileApp(attempt: string, startup = ''): string {
  return `
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const http = require('node:http');
${startup}
async function attempt() {
${attempt}
}
http.createServer(async (req, res) => {
  let out;
  try { out = { ok: true, value: await attempt() }; }
  catch (error) { out = { ok: false, error: String(error && (error.code || error.message)) }; }
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(out));
}).listen(Number(process.env.PORT), '127.0.0.1');
`;
}

/** Creates an app through the public API, then replaces its entry with `source` (PATCH …/files). */
export async function deployHostile(platform: Platform, source: string, wait = true): Promise<DeployedApp> {
  const created = await platform.api('/api/apps?wait=true', {
    method: 'POST',
    json: { prompt: 'a todo list' },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.id as string;
  const { body: current } = await platform.api(`/api/apps/${id}/files`);
  const entry = JSON.parse(current.files['manifest.json']).entry as string;
  const patched = await platform.api(`/api/apps/${id}/files${wait ? '?wait=true' : ''}`, {
    method: 'PATCH',
    json: { files: { [entry]: source } },
  });
  expect([200, 202, 422], JSON.stringify(patched.body)).toContain(patched.status);
  const { body } = await platform.api(`/api/apps/${id}`);
  return {
    id,
    url: body.url,
    port: body.port,
    status: body.status,
    patchStatus: patched.status,
    error: patched.status === 422 ? patched.body.error : null,
  };
}

/** Deploys `attempt` and returns what the app observed on its first request. */
export async function observe(platform: Platform, attempt: string): Promise<Observation> {
  const app = await deployHostile(platform, hostileApp(attempt));
  expect(app.status).toBe('running');
  const response = await fetch(`http://127.0.0.1:${app.port}/`, { signal: AbortSignal.timeout(10_000) });
  return (await response.json()) as Observation;
}

/** The app's log lines as the public API returns them. */
export async function logText(platform: Platform, id: string): Promise<string> {
  const { body } = await platform.api(`/api/apps/${id}/logs?tail=200`);
  return (body.lines as { line: string }[]).map((line) => line.line).join('\n');
}

/** Polls `check` every 100 ms, at most `attempts` times. */
export async function eventually<T>(check: () => Promise<T | null | false>, attempts = 100): Promise<T> {
  for (let i = 0; i < attempts; i++) {
    const result = await check();
    if (result) return result;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`condition not met after ${attempts} attempts`);
}

/** The platform answers and a neighbouring app still serves: the attack harmed no one else. */
export async function expectOthersUnharmed(platform: Platform, neighbour: DeployedApp): Promise<void> {
  const health = await fetch(`${platform.backend.url}/health`, { signal: AbortSignal.timeout(10_000) });
  expect(health.status).toBe(200);
  const page = await fetch(`http://127.0.0.1:${neighbour.port}/`, { signal: AbortSignal.timeout(10_000) });
  expect(page.status).toBe(200);
}

/** A well-behaved app to check on after each attack. */
export async function deployNeighbour(platform: Platform): Promise<DeployedApp> {
  return deployHostile(platform, hostileApp("return 'neighbour ok';"));
}
