import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { AppCgroup, CgroupDriver } from '../cgroups/cgroup.types.js';
import type { IsolationTools } from './host.types.js';
import { buildTrialPlan, provenLayers } from './host-trial.js';
import { buildLaunchPlan } from './launch-plan.builder.js';

const isolation: IsolationTools = {
  cgroups: null,
  prlimit: '/usr/bin/prlimit',
  confinement: {
    mode: 'own-uid',
    bwrap: '/usr/bin/bwrap',
    setpriv: '/usr/bin/setpriv',
    runtime: [{ source: '/usr/bin/node', target: '/usr/bin/node' }],
  },
  modules: {
    packages: [{ name: 'preact', dir: '/opt/store/preact' }],
    missing: [],
    preloadPath: '/srv/apps/.runtime/app.preload.cjs',
    linkDir: '/srv/apps/node_modules',
  },
};
const files = { openFiles: 256, fileBytes: 1024 };
const host = {
  usageSampling: true,
  processListing: true,
  processGroups: true,
  problems: [],
  notes: [],
  isolation,
};

/** An argument with the app's own values (paths, port, id, uid, limits) replaced by placeholders. */
function shape(args: string[], appDir: string, uid: number): string[] {
  return args.map((arg) =>
    arg
      .replaceAll(appDir, '<app>')
      .replace(/(\d+)$/, (value) => (Number(value) === uid ? '<uid>' : value))
      .replace(/^--max-old-space-size=\d+$/, '--max-old-space-size=<mb>')
      .replace(/^(trial|abcdef123456)$/, '<id>')
      .replace(/^(0|9003)$/, '<port>'),
  );
}

describe(buildTrialPlan.name, () => {
  it("is an app's launch plan: the same layers and flags, in the same order", () => {
    const trial = buildTrialPlan(isolation, {
      dir: '/srv/apps/.trial',
      uid: 200000,
      files,
      pids: 64,
      nodePath: '/usr/bin/node',
    });
    const launch = buildLaunchPlan(
      {
        id: 'abcdef123456',
        appDir: '/srv/apps/abcdef123456',
        entry: 'trial.js',
        port: 9003,
        limits: { memoryMb: 128, cpuPercent: 50, timeoutMs: 60000 },
        uid: 200003,
        files,
      },
      host,
      '/usr/bin/node',
    );
    expect(trial.command).toBe(launch.command);
    expect(trial.env).toEqual(launch.env);
    expect(shape(trial.args, '/srv/apps/.trial', 200000)).toEqual(
      shape(launch.args, '/srv/apps/abcdef123456', 200003),
    );
    for (const flag of [
      '--unshare-cgroup-try',
      '--new-session',
      '--clearenv',
      '--remount-ro',
      '--no-new-privs',
    ]) {
      expect(trial.args).toContain(flag);
    }
  });
});

describe(provenLayers.name, () => {
  /** A driver whose groups join through `procsFile`: a plain file works, a missing directory does not. */
  function aDriver(procsFile: string, removed: () => void): CgroupDriver {
    const group = {
      procsFiles: [procsFile],
      remove: () => Promise.resolve(removed()),
    } as unknown as AppCgroup;
    return { version: 1, create: () => Promise.resolve(group), close: () => Promise.resolve() };
  }

  async function withScratch(
    test: (dir: string, candidate: Omit<IsolationTools, 'cgroups'>) => Promise<void>,
  ) {
    const dir = await mkdtemp(join(tmpdir(), 'isekai-trial-'));
    try {
      await writeFile(join(dir, 'preload.cjs'), '');
      const modules = { packages: [], missing: [], preloadPath: join(dir, 'preload.cjs'), linkDir: dir };
      await test(dir, { prlimit: null, confinement: null, modules });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  const options = (dir: string) => ({
    dir: join(dir, '.trial'),
    uid: 0,
    files,
    pids: 64,
    nodePath: process.execPath,
  });

  it('keeps every layer whose trial passes, and removes the trial cgroup', async () => {
    await withScratch(async (dir, rest) => {
      const removed = vi.fn();
      const problems: string[] = [];
      const cgroups = aDriver(join(dir, 'cgroup.procs'), removed);
      const layers = await provenLayers({ ...rest, cgroups }, options(dir), problems);
      expect(layers.cgroups).toBe(cgroups);
      expect(problems).toEqual([]);
      expect(removed).toHaveBeenCalledOnce();
    });
  });

  it('drops only the cgroup join when the trial fails in it, and says so', async () => {
    await withScratch(async (dir, rest) => {
      const removed = vi.fn();
      const problems: string[] = [];
      const cgroups = aDriver(join(dir, 'missing', 'cgroup.procs'), removed);
      const layers = await provenLayers({ ...rest, cgroups }, options(dir), problems);
      expect(layers).toMatchObject({ cgroups: null, modules: rest.modules });
      expect(problems).toEqual(['cgroups: a trial app could not be started in its cgroup']);
      expect(removed).toHaveBeenCalled();
    });
  });
});
