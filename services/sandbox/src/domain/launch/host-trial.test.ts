import { describe, expect, it } from 'vitest';
import type { IsolationTools } from './host.types.js';
import { buildTrialPlan } from './host-trial.js';
import { buildLaunchPlan } from './launch-plan.builder.js';

const isolation: IsolationTools = {
  cgroups: null,
  prlimit: '/usr/bin/prlimit',
  confinement: {
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
const host = { usageSampling: true, processListing: true, processGroups: true, problems: [], isolation };

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
