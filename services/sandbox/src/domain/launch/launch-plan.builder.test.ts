import { describe, expect, it } from 'vitest';
import type { HostCapabilities, IsolationTools } from './host.types.js';
import { buildLaunchPlan, type LaunchRequest } from './launch-plan.builder.js';

const bare: HostCapabilities = {
  usageSampling: true,
  processListing: true,
  processGroups: true,
  isolation: null,
  problems: [],
  notes: [],
};

function aRequest(overrides: Partial<LaunchRequest> = {}): LaunchRequest {
  return {
    id: 'abcdef123456',
    appDir: '/srv/apps/abcdef123456',
    entry: 'src/server.js',
    port: 9003,
    limits: { memoryMb: 64, cpuPercent: 50, timeoutMs: 60000 },
    ...overrides,
  };
}

function anIsolatedHost(overrides: Partial<IsolationTools> = {}): HostCapabilities {
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
      preloadPath: '/srv/state/app.preload.cjs',
      linkDir: '/srv/apps/node_modules',
    },
    ...overrides,
  };
  return { ...bare, isolation };
}

describe(buildLaunchPlan.name, () => {
  it('runs node with a heap limit on the absolute entry, with exactly four variables', () => {
    const plan = buildLaunchPlan(aRequest(), bare, '/usr/bin/node');
    expect(plan.command).toBe('/usr/bin/node');
    expect(plan.args).toEqual(['--max-old-space-size=64', '/srv/apps/abcdef123456/src/server.js']);
    expect(plan.cwd).toBe('/srv/apps/abcdef123456');
    expect(plan.env).toEqual({
      PORT: '9003',
      NODE_ENV: 'production',
      APP_ID: 'abcdef123456',
      HOME: '/srv/apps/abcdef123456',
    });
    expect(plan.handover).toBe(false);
  });

  it('starts bubblewrap with an empty environment and gives the app its four variables inside', () => {
    const plan = buildLaunchPlan(aRequest({ uid: 200003 }), anIsolatedHost(), '/usr/bin/node');
    expect(plan.env).toEqual({});
    const args = plan.args.join(' ');
    expect(args).toContain('--setenv PORT 9003');
    expect(args).toContain('--setenv HOME /srv/apps/abcdef123456');
    expect(args).toContain('--unshare-net');
    expect(args).toContain('--die-with-parent');
    expect(args).toContain('--new-session');
    expect(args).toContain('--bind /srv/apps/abcdef123456 /srv/apps/abcdef123456');
    expect(args).toContain('--ro-bind /opt/store/preact /node_modules/preact');
    expect(args).toContain('--reuid=200003 --regid=200003 --clear-groups');
    expect(plan.handover).toBe(true);
  });

  it('as a normal user, runs bubblewrap in a user namespace with the signal guard and no uid change', () => {
    const host = anIsolatedHost({
      confinement: {
        mode: 'user-namespace',
        bwrap: '/usr/bin/bwrap',
        signalGuard: '/srv/apps/.runtime/signal-guard.bpf',
        runtime: [{ source: '/usr/bin/node', target: '/usr/bin/node' }],
      },
    });
    const plan = buildLaunchPlan(aRequest(), host, '/usr/bin/node');
    expect(plan.env).toEqual({});
    expect(plan.command).toBe('/bin/sh');
    expect(plan.args.slice(2, 5)).toEqual([
      'isekai-signal-guard',
      '/srv/apps/.runtime/signal-guard.bpf',
      '/usr/bin/bwrap',
    ]);
    const args = plan.args.join(' ');
    expect(args).toContain('--unshare-user --disable-userns');
    expect(args).toContain('--unshare-net');
    expect(args).toContain('--seccomp 5');
    expect(args).toContain('--ro-bind /opt/store/preact /node_modules/preact');
    // Only the app's own directory is bound: never the apps directory, never a neighbour.
    const binds = plan.args.flatMap((arg, at) => (arg === '--bind' ? [plan.args[at + 1]] : []));
    expect(binds).toEqual(['/srv/apps/abcdef123456']);
    expect(args).not.toContain('setpriv');
    expect(plan.args).toContain('--experimental-permission');
  });

  it('puts hard rlimits outside bubblewrap and the cgroup join outermost', () => {
    const host = anIsolatedHost({
      cgroups: {
        version: 1,
        create: () => Promise.reject(new Error('unused')),
        close: () => Promise.resolve(),
      },
    });
    const plan = buildLaunchPlan(
      aRequest({
        uid: 200003,
        cgroupProcs: ['/cg/memory/x/cgroup.procs'],
        files: { openFiles: 256, fileBytes: 1024 },
      }),
      host,
      '/usr/bin/node',
    );
    expect(plan.command).toBe('/bin/sh');
    const cgroupAt = plan.args.indexOf('/cg/memory/x/cgroup.procs');
    const prlimitAt = plan.args.indexOf('/usr/bin/prlimit');
    const bwrapAt = plan.args.indexOf('/usr/bin/bwrap');
    expect(cgroupAt).toBeGreaterThan(0);
    expect(prlimitAt).toBeGreaterThan(cgroupAt);
    expect(bwrapAt).toBeGreaterThan(prlimitAt);
    expect(plan.args).toEqual(
      expect.arrayContaining(['--nofile=256:256', '--fsize=1024:1024', '--core=0:0']),
    );
  });

  it('applies the permission model without child processes or workers, writing only in the app directory', () => {
    const plan = buildLaunchPlan(aRequest({ uid: 200003 }), anIsolatedHost(), '/usr/bin/node');
    expect(plan.args).toContain('--experimental-permission');
    expect(plan.args).toContain('--allow-fs-write=/srv/apps/abcdef123456/*');
    expect(
      plan.args.some((arg) => arg.startsWith('--allow-child-process') || arg.startsWith('--allow-worker')),
    ).toBe(false);
    expect(plan.args.at(-1)).toBe('/srv/apps/abcdef123456/src/server.js');
  });
});
