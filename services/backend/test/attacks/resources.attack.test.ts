import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPorts } from '@isekai/test-kit';
import { startPlatform, type Platform } from '../support/platform.js';
import {
  deployHostile,
  deployNeighbour,
  eventually,
  expectOthersUnharmed,
  hostileApp,
  logText,
  observe,
  type DeployedApp,
} from './support/hostile.js';
import { throttledPeriods } from './support/cgroup-stats.js';

const MAX_FILE_MB = 8;
const MAX_DISK_MB = 24;
const MAX_OPEN_FILES = 128;

function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true })) {
    const stat = statSync(join(dir, String(entry)), { throwIfNoEntry: false });
    if (stat?.isFile()) total += stat.size;
  }
  return total;
}

describe('attacks on resources', () => {
  let platform: Platform;
  let neighbour: DeployedApp;

  beforeAll(async () => {
    platform = await startPlatform({
      appPorts: appPorts(20),
      env: {
        CPU_GRACE_MS: '1500',
        WATCHDOG_INTERVAL_MS: '200',
        START_TIMEOUT_MS: '2000',
        MAX_FILE_MB: String(MAX_FILE_MB),
        MAX_DISK_MB: String(MAX_DISK_MB),
        MAX_OPEN_FILES: String(MAX_OPEN_FILES),
      },
    });
    neighbour = await deployNeighbour(platform);
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('is killed for its memory limit when it hoards Buffers (outside the V8 heap)', async () => {
    const app = await deployHostile(
      platform,
      hostileApp(
        "return 'up';",
        'const kept = []; setInterval(() => kept.push(Buffer.alloc(16 * 1024 * 1024, 1)), 20);',
      ),
    );
    await eventually(async () => /memory limit \d+ MB exceeded/.test(await logText(platform, app.id)));
    await expectOthersUnharmed(platform, neighbour);
  });

  it('cannot grow its heap past the limit', async () => {
    const app = await deployHostile(
      platform,
      hostileApp(
        "return 'up';",
        'const kept = []; setInterval(() => kept.push(new Array(1e6).fill(kept.length)), 5);',
      ),
    );
    await eventually(
      async () => /memory limit|heap out of memory/i.test(await logText(platform, app.id)),
      300,
    );
    await expectOthersUnharmed(platform, neighbour);
  });

  it('is held to its CPU quota in a busy loop, past the grace period, while the platform answers', async () => {
    const app = await deployHostile(
      platform,
      hostileApp("return 'up';", 'setTimeout(() => { for (;;) {} }, 50);'),
    );
    const throttledAtStart = await throttledPeriods(platform, app.id);
    const shares: number[] = [];
    await eventually(async () => {
      const { body } = await platform.api(`/api/apps/${app.id}`);
      if (body.status !== 'running') throw new Error(`the busy app was ended: ${JSON.stringify(body.error)}`);
      if (body.usage?.cpuPercent > 0) shares.push(body.usage.cpuPercent as number);
      expect((await fetch(`${platform.backend.url}/health`)).status).toBe(200);
      return shares.length >= 25 && shares; // ~3 s of readings: well past CPU_GRACE_MS
    });
    const median = [...shares].sort((a, b) => a - b)[Math.floor(shares.length / 2)]!;
    // How much of its quota the app gets depends on what else the shared machine runs; that the kernel
    // throttled it, and that it never went far past its 50 %, is what shows the quota holding it.
    expect(await throttledPeriods(platform, app.id)).toBeGreaterThan(throttledAtStart);
    expect(median).toBeGreaterThan(0);
    expect(median).toBeLessThanOrEqual(65);
    await expectOthersUnharmed(platform, neighbour);
  });

  it('cannot start processes (a fork bomb never forks)', async () => {
    const seen = await observe(
      platform,
      `const outcomes = new Set();
       for (let i = 0; i < 50; i++) {
         try { require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(()=>{},1000)']); outcomes.add('spawned'); }
         catch (error) { outcomes.add(error.code); }
       }
       return [...outcomes];`,
    );
    expect(seen.ok).toBe(true);
    expect(seen.value).not.toContain('spawned');
    await expectOthersUnharmed(platform, neighbour);
  });

  it('cannot start worker threads', async () => {
    const seen = await observe(
      platform,
      "const { Worker } = require('node:worker_threads'); new Worker('setInterval(() => {}, 1000)', { eval: true }); return 'started';",
    );
    expect(seen.ok).toBe(false);
    await expectOthersUnharmed(platform, neighbour);
  });

  it('cannot hold more open files than its hard limit', async () => {
    const seen = await observe(
      platform,
      `const fds = [];
       try { for (let i = 0; i < 5000; i++) fds.push(fs.openSync(__filename, 'r')); }
       catch (error) { const count = fds.length; fds.forEach((fd) => fs.closeSync(fd)); return { count, error: error.code }; }
       return { count: fds.length };`,
    );
    expect(seen.value).toMatchObject({ error: 'EMFILE' });
    expect((seen.value as { count: number }).count).toBeLessThan(MAX_OPEN_FILES);
    await expectOthersUnharmed(platform, neighbour);
  });

  it('cannot write a file above the file size limit', async () => {
    const seen = await observe(
      platform,
      "fs.writeFileSync(path.join(__dirname, 'big.bin'), Buffer.alloc(64 * 1024 * 1024, 1)); return 'written';",
    );
    expect(seen).toEqual({ ok: false, error: 'EFBIG' });
    await expectOthersUnharmed(platform, neighbour);
  });

  it('is killed when it fills its directory past the disk cap', async () => {
    const app = await deployHostile(
      platform,
      hostileApp(
        "return 'up';",
        `let n = 0;
         const timer = setInterval(() => {
           if (n >= 20) return clearInterval(timer);
           fs.writeFileSync(path.join(__dirname, 'fill-' + n++ + '.bin'), Buffer.alloc(4 * 1024 * 1024, 1));
         }, 100);`,
      ),
    );
    await eventually(async () => /disk cap of \d+ MB/.test(await logText(platform, app.id)));
    // 20 files of 4 MB would be 80 MB: the cap stopped it well before.
    expect(dirBytes(join(platform.appsDir, app.id))).toBeLessThan(20 * 4 * 1024 * 1024);
    await expectOthersUnharmed(platform, neighbour);
  });

  it('leaves no core dump when it aborts', async () => {
    const app = await deployHostile(
      platform,
      hostileApp("return 'up';", 'setTimeout(() => process.abort(), 100);'),
      false,
    );
    await eventually(async () => /SIGABRT|code 134/.test(await logText(platform, app.id)));
    const names = readdirSync(join(platform.appsDir, app.id));
    expect(names.filter((name) => name.startsWith('core'))).toEqual([]);
    await expectOthersUnharmed(platform, neighbour);
  });

  it('cannot flood the platform with a huge log', async () => {
    const app = await deployHostile(
      platform,
      hostileApp(
        "return 'up';",
        "const line = 'x'.repeat(100000); for (let i = 0; i < 500; i++) console.log(line);",
      ),
    );
    const { body } = await platform.api(`/api/apps/${app.id}/logs?tail=5000`);
    expect(body.lines.length).toBeLessThanOrEqual(1000);
    for (const line of body.lines as { line: string }[])
      expect(Buffer.byteLength(line.line)).toBeLessThanOrEqual(4096 + 64);
    await expectOthersUnharmed(platform, neighbour);
  });

  it('cannot hang the platform with a response that never comes', async () => {
    const app = await deployHostile(
      platform,
      "require('node:http').createServer(() => {}).listen(Number(process.env.PORT), '127.0.0.1');",
    );
    const hung = [0, 1, 2, 3, 4].map(() =>
      fetch(`http://127.0.0.1:${app.port}/`, { signal: AbortSignal.timeout(1500) }).then(
        () => 'answered',
        () => 'aborted',
      ),
    );
    await expectOthersUnharmed(platform, neighbour);
    expect(await Promise.all(hung)).toEqual(['aborted', 'aborted', 'aborted', 'aborted', 'aborted']);
  });

  it('is reported as failed when it exits at once', async () => {
    const app = await deployHostile(platform, "console.error('bye'); process.exit(3);");
    expect(app.patchStatus).toBe(422);
    expect(app.error?.code).toBe('app-start-failed');
    expect(app.status).not.toBe('running');
    await eventually(async () => /exited with code 3/.test(await logText(platform, app.id)));
    await expectOthersUnharmed(platform, neighbour);
  });

  it('is stopped and reported when it never listens', async () => {
    const app = await deployHostile(platform, 'setInterval(() => {}, 1000);');
    expect(app.patchStatus).toBe(422);
    expect(app.error?.code).toBe('app-start-timeout');
    expect(app.status).not.toBe('running');
    await eventually(async () => /did not listen on port \d+ within/.test(await logText(platform, app.id)));
    await expectOthersUnharmed(platform, neighbour);
  });
});
