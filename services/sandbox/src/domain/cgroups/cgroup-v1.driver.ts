import { access, mkdir, readdir, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import {
  isLeftByDeadSandbox,
  killMembers,
  ownGroupPath,
  readKey,
  readNumber,
  removeGroup,
  writeValue,
} from './cgroup-files.js';
import type { AppCgroup, CgroupDriver, CgroupLimits, CgroupSample } from './cgroup.types.js';

const CONTROLLERS = ['memory', 'cpu', 'cpuacct', 'pids'] as const;
type Controller = (typeof CONTROLLERS)[number];
const CFS_PERIOD_US = 100_000;

/** cgroup v1: one hierarchy per controller, each mounted at /sys/fs/cgroup/<controller>. */
export class CgroupV1Driver implements CgroupDriver {
  readonly version = 1;

  private constructor(private readonly parents: Record<Controller, string>) {}

  /**
   * Creates `isekai-<tag>` below this process's own group in every controller. Nesting below our own
   * group keeps whatever limits the operator put on the sandbox in force for its apps too.
   */
  static async open(root: string, tag: string): Promise<CgroupV1Driver> {
    const parents = {} as Record<Controller, string>;
    for (const controller of CONTROLLERS) {
      const own = await ownGroupPath(controller);
      if (own === null) throw new Error(`cgroup v1 controller ${controller} is not mounted`);
      const parent = join(await realpath(join(root, controller)), own, `isekai-${tag}`);
      await mkdir(parent, { recursive: true });
      parents[controller] = parent;
    }
    await removeStaleSiblings(Object.values(parents));
    return new CgroupV1Driver(parents);
  }

  async create(name: string, limits: CgroupLimits): Promise<AppCgroup> {
    const dirs = {} as Record<Controller, string>;
    for (const controller of CONTROLLERS) {
      dirs[controller] = join(this.parents[controller], name);
      await mkdir(dirs[controller], { recursive: true });
    }
    await writeValue(join(dirs.memory, 'memory.limit_in_bytes'), limits.memoryBytes);
    // Without swap accounting the limit could be dodged by swapping out; the file exists only when swap is accounted.
    await writeValue(join(dirs.memory, 'memory.memsw.limit_in_bytes'), limits.memoryBytes).catch(
      () => undefined,
    );
    await writeValue(join(dirs.cpu, 'cpu.cfs_period_us'), CFS_PERIOD_US);
    await writeValue(
      join(dirs.cpu, 'cpu.cfs_quota_us'),
      Math.round((CFS_PERIOD_US * limits.cpuPercent) / 100),
    );
    await writeValue(join(dirs.pids, 'pids.max'), limits.pids);
    return new CgroupV1Group(dirs);
  }

  async close(): Promise<void> {
    await Promise.all(Object.values(this.parents).map((dir) => removeGroup(dir).catch(() => undefined)));
  }
}

class CgroupV1Group implements AppCgroup {
  readonly procsFiles: string[];

  constructor(private readonly dirs: Record<Controller, string>) {
    // A co-mounted cpu,cpuacct hierarchy gives the same directory twice: join it once.
    this.procsFiles = [...new Set(Object.values(dirs))].map((dir) => join(dir, 'cgroup.procs'));
  }

  async sample(): Promise<CgroupSample> {
    const [usage, inactive, cpuUsageNs, throttledPeriods, pidsRefused] = await Promise.all([
      readNumber(join(this.dirs.memory, 'memory.usage_in_bytes')),
      readKey(join(this.dirs.memory, 'memory.stat'), 'total_inactive_file'),
      readNumber(join(this.dirs.cpuacct, 'cpuacct.usage')),
      readKey(join(this.dirs.cpu, 'cpu.stat'), 'nr_throttled'),
      readKey(join(this.dirs.pids, 'pids.events'), 'max').catch(() => 0),
    ]);
    return { memoryBytes: Math.max(0, usage - inactive), cpuUsageNs, throttledPeriods, pidsRefused };
  }

  oomKills(): Promise<number> {
    // `oom_kill` in memory.oom_control needs Linux 4.13; older kernels report 0 and fall back to the exit signal.
    return readKey(join(this.dirs.memory, 'memory.oom_control'), 'oom_kill').catch(() => 0);
  }

  peakBytes(): Promise<number | null> {
    return readNumber(join(this.dirs.memory, 'memory.max_usage_in_bytes')).catch(() => null);
  }

  async killAll(): Promise<void> {
    await killMembers(join(this.dirs.pids, 'cgroup.procs'));
    await Promise.all(this.procsFiles.map((file) => killMembers(file)));
  }

  async remove(): Promise<void> {
    await this.killAll();
    await Promise.all([...new Set(Object.values(this.dirs))].map((dir) => removeGroup(dir)));
  }
}

/**
 * Empty groups left by a sandbox that died (`isekai-<pid>-…` siblings of ours whose pid is gone). A live
 * sandbox's groups are empty between two apps too, so emptiness alone is no sign of a dead owner.
 */
async function removeStaleSiblings(parents: string[]): Promise<void> {
  for (const parent of parents) {
    const above = join(parent, '..');
    const names = await readdir(above).catch(() => []);
    for (const name of names.filter(isLeftByDeadSandbox)) {
      const dir = join(above, name);
      if (dir === parent) continue;
      const children = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const child of children.filter((entry) => entry.isDirectory())) {
        await removeGroup(join(dir, child.name), 1).catch(() => undefined);
      }
      await removeGroup(dir, 1).catch(() => undefined);
    }
  }
}

export async function hasCgroupV1(root: string): Promise<boolean> {
  try {
    await Promise.all(CONTROLLERS.map((controller) => access(join(root, controller, 'cgroup.procs'))));
    return true;
  } catch {
    return false;
  }
}
