import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { killMembers, readKey, readNumber, removeGroup, writeValue } from './cgroup-files.js';
import { NEEDED, delegatedBase, enableControllers } from './cgroup-v2.delegation.js';
import type { AppCgroup, CgroupDriver, CgroupLimits, CgroupSample } from './cgroup.types.js';

const CFS_PERIOD_US = 100_000;

/**
 * cgroup v2 (the unified hierarchy most current hosts run). Controllers must be enabled in the
 * subtree_control of every group above an app's, and v2 forbids that in a group that holds processes
 * itself ("no internal processes"): the sandbox moves its group's processes into a leaf of their own
 * first (`enableControllers`). It needs the group to be its own: root anywhere, or a normal user in a
 * delegated subtree (`systemd-run --user --scope -p Delegate=yes`); otherwise this driver refuses to open,
 * says which command fixes it, and the sandbox falls back to the watchdog.
 */
export class CgroupV2Driver implements CgroupDriver {
  readonly version = 2;

  private constructor(
    private readonly parent: string,
    /** How many processes were moved into the leaf to free the group, for the start log. */
    readonly moved: number,
  ) {}

  static async open(root: string, tag: string): Promise<CgroupV2Driver> {
    const base = await delegatedBase(root);
    const { moved } = await enableControllers(base);
    const parent = join(base, `isekai-${tag}`);
    await mkdir(parent, { recursive: true });
    await writeValue(join(parent, 'cgroup.subtree_control'), NEEDED.map((name) => `+${name}`).join(' '));
    return new CgroupV2Driver(parent, moved);
  }

  async create(name: string, limits: CgroupLimits): Promise<AppCgroup> {
    const dir = join(this.parent, name);
    await mkdir(dir, { recursive: true });
    await writeValue(join(dir, 'memory.max'), limits.memoryBytes);
    await writeValue(join(dir, 'memory.swap.max'), 0).catch(() => undefined);
    await writeValue(
      join(dir, 'cpu.max'),
      `${Math.round((CFS_PERIOD_US * limits.cpuPercent) / 100)} ${CFS_PERIOD_US}`,
    );
    await writeValue(join(dir, 'pids.max'), limits.pids);
    return new CgroupV2Group(dir);
  }

  async close(): Promise<void> {
    await removeGroup(this.parent).catch(() => undefined);
  }
}

class CgroupV2Group implements AppCgroup {
  readonly procsFiles: string[];

  constructor(private readonly dir: string) {
    this.procsFiles = [join(dir, 'cgroup.procs')];
  }

  async sample(): Promise<CgroupSample> {
    const [current, inactive, usageUsec, throttledPeriods, pidsRefused] = await Promise.all([
      readNumber(join(this.dir, 'memory.current')),
      readKey(join(this.dir, 'memory.stat'), 'inactive_file'),
      readKey(join(this.dir, 'cpu.stat'), 'usage_usec'),
      readKey(join(this.dir, 'cpu.stat'), 'nr_throttled'),
      readKey(join(this.dir, 'pids.events'), 'max').catch(() => 0),
    ]);
    return {
      memoryBytes: Math.max(0, current - inactive),
      cpuUsageNs: usageUsec * 1000,
      throttledPeriods,
      pidsRefused,
    };
  }

  oomKills(): Promise<number> {
    return readKey(join(this.dir, 'memory.events'), 'oom_kill').catch(() => 0);
  }

  peakBytes(): Promise<number | null> {
    // memory.peak needs Linux 5.19.
    return readNumber(join(this.dir, 'memory.peak')).catch(() => null);
  }

  async killAll(): Promise<void> {
    // cgroup.kill (Linux 5.14) kills the whole group atomically; the loop covers older kernels and stragglers.
    await writeValue(join(this.dir, 'cgroup.kill'), 1).catch(() => undefined);
    await killMembers(this.procsFiles[0]!);
  }

  async remove(): Promise<void> {
    await this.killAll();
    await removeGroup(this.dir);
  }
}

export async function hasCgroupV2(root: string): Promise<boolean> {
  try {
    await access(join(root, 'cgroup.controllers'));
    return true;
  } catch {
    return false;
  }
}
