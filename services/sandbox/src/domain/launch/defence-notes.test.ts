import { describe, expect, it } from 'vitest';
import { defenceNotes } from './defence-notes.js';
import type { IsolationTools } from './host.types.js';

const modules = { packages: [], missing: [], preloadPath: '/a/.runtime/p.cjs', linkDir: '/a/node_modules' };
const runtime = [{ source: '/usr/bin/node', target: '/usr/bin/node' }];
const cgroups = {
  version: 2 as const,
  create: () => Promise.reject(new Error('unused')),
  close: async () => {},
};
const none = { problem: null, fix: null };

describe(defenceNotes.name, () => {
  it('has nothing to say for a root sandbox with every layer', () => {
    const isolation: IsolationTools = {
      cgroups,
      prlimit: '/usr/bin/prlimit',
      confinement: { mode: 'own-uid', bwrap: '/usr/bin/bwrap', setpriv: '/usr/bin/setpriv', runtime },
      modules,
    };
    expect(defenceNotes(isolation, none, { why: null, fix: null }, true)).toEqual([]);
  });

  it('for a normal user, reports a uid per app as not applicable and missing cgroups with their fix', () => {
    const isolation: IsolationTools = {
      cgroups: null,
      prlimit: '/usr/bin/prlimit',
      confinement: { mode: 'user-namespace', bwrap: '/usr/bin/bwrap', signalGuard: '/a/g.bpf', runtime },
      modules,
    };
    const notes = defenceNotes(
      isolation,
      { problem: 'v2: /sys/fs/cgroup/user.slice is not delegated', fix: 'systemd-run --user --scope …' },
      { why: null, fix: null },
      false,
    );
    expect(notes).toEqual([
      {
        defence: 'cgroups',
        status: 'missing',
        why: 'v2: /sys/fs/cgroup/user.slice is not delegated',
        fix: 'systemd-run --user --scope …',
      },
      expect.objectContaining({ defence: 'separateUser', status: 'not-applicable' }),
    ]);
  });

  it('says how to install bubblewrap when it is missing, for each defence it carries', () => {
    const isolation: IsolationTools = { cgroups, prlimit: null, confinement: null, modules };
    const notes = defenceNotes(
      isolation,
      none,
      { why: 'bwrap not found', fix: 'apt-get install bubblewrap' },
      true,
    );
    expect(
      notes.filter((note) => note.fix === 'apt-get install bubblewrap').map((note) => note.defence),
    ).toEqual(['bubblewrap', 'networkNamespace', 'moduleAllowList']);
    expect(notes.find((note) => note.defence === 'separateUser')?.status).toBe('missing');
  });
});
