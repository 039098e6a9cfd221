import { CgroupV1Driver, hasCgroupV1 } from './cgroup-v1.driver.js';
import { CgroupV2Driver, hasCgroupV2 } from './cgroup-v2.driver.js';
import type { CgroupDriver } from './cgroup.types.js';

const ROOT = '/sys/fs/cgroup';

export interface CgroupDetection {
  driver: CgroupDriver | null;
  /** Why there is no driver, for the start-up warning. */
  problem: string | null;
}

/**
 * Pure v2 (`/sys/fs/cgroup/cgroup.controllers`) first, then v1 (`/sys/fs/cgroup/<controller>`). A
 * hybrid host with a v2 mount at `unified` but its controllers bound to v1 is treated as v1.
 */
export async function detectCgroups(tag: string): Promise<CgroupDetection> {
  if (process.platform !== 'linux') return { driver: null, problem: 'cgroups need Linux' };
  const problems: string[] = [];
  if (await hasCgroupV2(ROOT)) {
    try {
      return { driver: await CgroupV2Driver.open(ROOT, tag), problem: null };
    } catch (error) {
      problems.push(`v2: ${(error as Error).message}`);
    }
  }
  if (await hasCgroupV1(ROOT)) {
    try {
      return { driver: await CgroupV1Driver.open(ROOT, tag), problem: null };
    } catch (error) {
      problems.push(`v1: ${(error as Error).message}`);
    }
  }
  if (problems.length === 0)
    problems.push(`no cgroup v1 or v2 hierarchy with memory, cpu and pids under ${ROOT}`);
  return { driver: null, problem: problems.join('; ') };
}
