import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Platform } from '../../support/platform.js';

/** Where a cgroup path from /proc/<pid>/cgroup lives, for the CPU controller on v1 and on v2. */
const CPU_ROOTS = [
  '/sys/fs/cgroup/cpu,cpuacct',
  '/sys/fs/cgroup/cpu',
  '/sys/fs/cgroup/unified',
  '/sys/fs/cgroup',
];

async function appPid(platform: Platform, id: string): Promise<number> {
  const response = await fetch(`${platform.sandbox.url}/v1/apps/${id}`, {
    headers: { authorization: `Bearer ${platform.serviceToken}` },
  });
  const state = (await response.json()) as { pid: number | null };
  if (!state.pid) throw new Error(`app ${id} has no process`);
  return state.pid;
}

/** The CPU cgroup of a process: the v1 line naming the cpu controller, else the v2 line ("0::/path"). */
function cpuGroupPath(pid: number): string {
  const lines = readFileSync(`/proc/${pid}/cgroup`, 'utf8').trim().split('\n');
  const parsed = lines.map((line) => {
    const [, controllers = '', path = ''] = line.split(':');
    return { controllers: controllers.split(','), path };
  });
  const group =
    parsed.find((entry) => entry.controllers.includes('cpu')) ??
    parsed.find((entry) => entry.controllers[0] === '');
  if (!group) throw new Error(`no CPU cgroup for pid ${pid}`);
  return group.path;
}

/**
 * How many CFS periods the kernel has throttled the app's group in, read from its own cpu.stat: the
 * kernel's evidence that the quota, not the machine's load, is what holds the app back.
 */
export async function throttledPeriods(platform: Platform, id: string): Promise<number> {
  const path = cpuGroupPath(await appPid(platform, id));
  const stat = CPU_ROOTS.map((root) => join(root, path, 'cpu.stat')).find((file) => existsSync(file));
  if (!stat) throw new Error(`no cpu.stat for the cgroup ${path}`);
  const line = readFileSync(stat, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('nr_throttled '));
  return Number(line?.split(' ')[1] ?? Number.NaN);
}
