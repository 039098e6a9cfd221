import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FieldSpec, FileMap } from '@isekai/contracts';
import { freePort } from '@isekai/test-kit';

/** Writes a version's files over the app directory; data/ is left alone, as the sandbox does. */
export async function writeApp(dir: string, files: FileMap): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export interface RunningApp {
  url: string;
  child: ChildProcess;
  output: () => string;
}

/** Starts `node server.js` with only the variables the sandbox passes, and waits until /health answers. */
export async function startGeneratedApp(dir: string): Promise<RunningApp> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, ['server.js'], {
    cwd: dir,
    env: { PORT: String(port), NODE_ENV: 'production', HOME: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`app exited with ${child.exitCode}: ${output}`);
    const ok = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, child, output: () => output };
    await new Promise((r) => setTimeout(r, 25));
  }
  child.kill('SIGKILL');
  throw new Error(`app did not answer on ${url}: ${output}`);
}

export async function stopGeneratedApp(app: RunningApp | null): Promise<void> {
  if (!app || app.child.exitCode !== null) return;
  const exited = new Promise((resolve) => app.child.once('exit', resolve));
  app.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
  if (app.child.exitCode === null) app.child.kill('SIGKILL');
}

/** A value each field type accepts, for round-trips through a generated API. */
export function sampleValue(field: FieldSpec): unknown {
  switch (field.type) {
    case 'number':
      return Math.min(field.max ?? 100, Math.max(field.min ?? 0, 3));
    case 'money':
      return 12.5;
    case 'rating':
      return Math.min(field.max ?? 5, 4);
    case 'date':
      return '2024-05-01';
    case 'datetime':
      return '2024-05-01T10:00';
    case 'time':
      return '10:30';
    case 'boolean':
      return true;
    case 'choice':
      return field.options?.[0] ?? 'Other';
    case 'url':
      return 'https://example.com/page';
    case 'email':
      return 'ada@example.com';
    case 'phone':
      return '+1 555 0100';
    case 'tags':
      return ['one', 'two'];
    case 'color':
      return '#336699';
    case 'longtext':
      return 'Line one\nLine two';
    case 'text':
      return 'Sample text';
  }
}

/** Visible words only: scripts and tags removed, entities for the few characters we escape. */
export function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}
